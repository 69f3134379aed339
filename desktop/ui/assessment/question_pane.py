"""The runner's middle and right panes: the question with its navigation and key hints,
and the question's guidance."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.assessment.counts import position_text
from desktop.ui.assessment.question_card import QuestionCard
from desktop.ui.assessment.runner_keys import key_hint_bar
from desktop.ui.assessment.runner_navigation import NavigationButtons
from desktop.ui.assessment.widgets import GuidanceView, heading
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.assessments.item_states import QuestionCount
    from desktop.core.library.checklists import Item, Section
    from desktop.core.library.documents import Library


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


def question_meta(item: Item, count: QuestionCount, sections: tuple[Section, ...]) -> str:
    """ "Question 3 of 46 (2 closed by an earlier answer) · Section 1 of 6: Ethics · ETH-3"
    (and the weight, when not 1); the number is the question's place in the checklist."""
    s_index = next((n for n, s in enumerate(sections) if s.id == item.section), 0)
    ids = [i.id for s in sections for i in s.items]
    position = ids.index(item.id) + 1 if item.id in ids else 0
    meta = (
        QCoreApplication.translate("RunnerPage", "%1 · Section %2 of %3: %4 · %5")
        .replace("%1", position_text(position, count))
        .replace("%2", str(s_index + 1))
        .replace("%3", str(len(sections)))
        .replace("%4", sections[s_index].title)
        .replace("%5", item.id)
    )
    if item.weight != 1:
        meta += " · " + QCoreApplication.translate("RunnerPage", "weight %1").replace(
            "%1", f"{item.weight:g}"
        )
    return meta


class QuestionPane(QWidget):
    """The question card (and, in a narrow window, the guidance under it) in a scrolling
    column, the navigation row (previous, first unanswered, questions, next) and the
    key-hint bar under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ml = QVBoxLayout(self)
        ml.setContentsMargins(16, 14, 10, 10)
        ml.setSpacing(10)
        # The column scrolls when the window is small (1024×600): a number question's
        # field, levels and source must never be squeezed out of sight.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("questionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column = QWidget(self.scroll)
        self.column.setObjectName("questionColumn")
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.card = QuestionCard(self.column)
        # As wide as the pane (the text wraps), as tall as it needs (then it scrolls).
        self.card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.card.note.escaped.connect(self.card.focus_answers)
        column.addWidget(self.card)
        self.guidance_slot = QVBoxLayout()
        self.guidance_slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.guidance_slot)
        column.addStretch(1)
        self.scroll.setWidget(self.column)
        ml.addWidget(self.scroll, 1)
        self.nav = NavigationButtons(self)
        ml.addLayout(self.nav.layout)
        self.keys = key_hint_bar(self)
        ml.addWidget(self.keys)

    def show_guidance_inline(self, guidance: GuidancePane) -> None:
        """Show ``guidance`` under the question, in the same scrolling column."""
        guidance.set_inline(True)
        self.guidance_slot.addWidget(guidance)
        guidance.show()


class GuidancePane(QWidget):
    """The guidance of the question shown, rendered once per question; library links
    are emitted as ``documentRequested``."""

    documentRequested = Signal(str, str)  # doc id, anchor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self._cache: dict[str, str] = {}
        gl = QVBoxLayout(self)
        gl.setContentsMargins(6, 14, 16, 10)
        gl.setSpacing(6)
        self.title = heading(QCoreApplication.translate("RunnerPage", "Guidance"), self)
        gl.addWidget(self.title)
        self.view = GuidanceView(self)
        self.view.setObjectName("guidanceView")
        self.view.setAccessibleName(
            QCoreApplication.translate("RunnerPage", "Guidance for this question")
        )
        self.view.documentRequested.connect(self.documentRequested)
        self.view.document().documentLayout().documentSizeChanged.connect(self._fit_inline)
        gl.addWidget(self.view, 1)
        self.inline = False

    def set_inline(self, inline: bool) -> None:
        """Under the question (``inline``): as tall as its text, scrolled with the
        question; beside it: a pane of its own that scrolls by itself."""
        self.inline = inline
        margins = (0, 0, 0, 0) if inline else (6, 14, 16, 10)
        self.layout().setContentsMargins(*margins)
        policy = QSizePolicy.Policy.Fixed if inline else QSizePolicy.Policy.Expanding
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, policy)
        bars = Qt.ScrollBarPolicy
        self.view.setVerticalScrollBarPolicy(
            bars.ScrollBarAlwaysOff if inline else bars.ScrollBarAsNeeded
        )
        if inline:
            self._fit_inline()
        else:
            self.view.setMinimumHeight(0)
            self.view.setMaximumHeight(16_777_215)

    def _fit_inline(self, *_args: object) -> None:
        if not self.inline:
            return
        frame = self.view.frameWidth() * 2
        height = int(self.view.document().size().height()) + frame + 2
        self.view.setFixedHeight(max(60, height))

    def set_library(self, library: Library | None) -> None:
        """The library the guidance links to (rendered again)."""
        self.library = library
        self.forget()

    def forget(self) -> None:
        """Render every question's guidance again when next shown."""
        self._cache.clear()

    def show_item(self, item: Item) -> None:
        """The guidance of ``item``, under the name of its component."""
        self.title.setText(
            QCoreApplication.translate("RunnerPage", "Guidance · %1").replace(
                "%1", component_label(item.component)
            )
        )
        self.view.setHtml(self._html(item))

    def _html(self, item: Item) -> str:
        cached = self._cache.get(item.id)
        if cached is not None:
            return cached
        from desktop.core.library.render import render_markdown

        if item.guidance:
            body = render_markdown(item.guidance, self.library).html
        else:
            body = (
                "<p>"
                + html.escape(
                    QCoreApplication.translate("RunnerPage", "This question has no guidance.")
                )
                + "</p>"
            )
        self._cache[item.id] = body
        return body
