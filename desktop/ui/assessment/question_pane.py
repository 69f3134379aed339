"""The runner's middle and right panes: the question with its navigation and key hints,
and the question's guidance."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.assessment.question_card import QuestionCard
from desktop.ui.assessment.runner_keys import key_hint_bar
from desktop.ui.assessment.runner_navigation import NavigationButtons
from desktop.ui.assessment.widgets import GuidanceView, heading
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.library.checklists import Item, Section
    from desktop.core.library.documents import Library


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


def question_meta(item: Item, position: int, count: int, sections: tuple[Section, ...]) -> str:
    """ "Question 3 of 12 · Section 1 of 2: Ethics · ETH-3" (and the weight, when not 1)."""
    s_index = next((n for n, s in enumerate(sections) if s.id == item.section), 0)
    meta = (
        _t("Question %1 of %2 · Section %3 of %4: %5 · %6")
        .replace("%1", str(position))
        .replace("%2", str(count))
        .replace("%3", str(s_index + 1))
        .replace("%4", str(len(sections)))
        .replace("%5", sections[s_index].title)
        .replace("%6", item.id)
    )
    if item.weight != 1:
        meta += " · " + _t("weight %1").replace("%1", f"{item.weight:g}")
    return meta


class QuestionPane(QWidget):
    """The question card, the navigation row (previous, first unanswered, next) and the
    key-hint bar under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ml = QVBoxLayout(self)
        ml.setContentsMargins(16, 14, 10, 10)
        ml.setSpacing(10)
        # The card scrolls when the window is small (1024×600): a number question's
        # field, levels and source must never be squeezed out of sight.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("questionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card = QuestionCard(self.scroll)
        # As wide as the pane (the text wraps), as tall as it needs (then it scrolls).
        self.card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.card.note.escaped.connect(self.card.focus_answers)
        self.scroll.setWidget(self.card)
        ml.addWidget(self.scroll, 1)
        self.nav = NavigationButtons(self)
        ml.addLayout(self.nav.layout)
        ml.addLayout(key_hint_bar(self))


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
        self.title = heading(_t("Guidance"), self)
        gl.addWidget(self.title)
        self.view = GuidanceView(self)
        self.view.setObjectName("guidanceView")
        self.view.setAccessibleName(_t("Guidance for this question"))
        self.view.documentRequested.connect(self.documentRequested)
        gl.addWidget(self.view, 1)

    def set_library(self, library: Library | None) -> None:
        """The library the guidance links to (rendered again)."""
        self.library = library
        self.forget()

    def forget(self) -> None:
        """Render every question's guidance again when next shown."""
        self._cache.clear()

    def show_item(self, item: Item) -> None:
        """The guidance of ``item``, under the name of its component."""
        self.title.setText(_t("Guidance · %1").replace("%1", component_label(item.component)))
        self.view.setHtml(self._html(item))

    def _html(self, item: Item) -> str:
        cached = self._cache.get(item.id)
        if cached is not None:
            return cached
        from desktop.core.library.render import render_markdown

        if item.guidance:
            body = render_markdown(item.guidance, self.library).html
        else:
            body = "<p>" + html.escape(_t("This question has no guidance.")) + "</p>"
        self._cache[item.id] = body
        return body
