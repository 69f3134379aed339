"""The runner's header: the institution, status, save state, progress and page buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.counts import answered_text
from desktop.ui.assessment.formatting import status_label
from desktop.ui.assessment.saver import SaveState
from desktop.ui.assessment.widgets import ProgressLine, page_title
from desktop.ui.common.responsive import WrappingHeader

if TYPE_CHECKING:
    from desktop.core.assessments.item_states import QuestionCount
    from desktop.core.assessments.model import Assessment


def _repolish(widget: QWidget) -> None:
    # A dynamic property changed: the style sheet picks it up only after a re-polish.
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RunnerHeader(QFrame):
    """Title, status chip, save state (with retry), Results / Mark complete / Close, and
    the checklist line with the progress bar. The runner connects the buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("runnerHeader")
        hl = QVBoxLayout(self)
        hl.setContentsMargins(18, 12, 18, 10)
        hl.setSpacing(4)
        self.title = page_title("", parent, self.tr("Assessment"))
        # The buttons go under the title when both do not fit (a long institution name
        # in a 1024-pixel window): the title is never hidden behind them.
        row = self.row = WrappingHeader(self.title, self)
        self.status_chip = QLabel(parent)
        self.status_chip.setObjectName("statusChip")
        self.status_chip.setAccessibleName(self.tr("Status"))
        row.add(self.status_chip)
        self.save_state = QLabel(parent)
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        row.add(self.save_state)
        self.retry_button = QPushButton(self.tr("&Retry saving"), parent)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.retry_button.hide()
        row.add(self.retry_button)
        self.results_button = QPushButton(self.tr("Re&sults"), parent)
        self.results_button.setAccessibleName(self.tr("Show the results"))
        row.add(self.results_button)
        self.complete_button = QPushButton(self.tr("&Mark complete…"), parent)
        self.complete_button.setObjectName("primaryButton")
        self.complete_button.setAccessibleName(self.tr("Mark the assessment complete"))
        self.complete_button.setToolTip(self.tr("Mark complete (Ctrl+Enter)"))
        row.add(self.complete_button)
        self.close_button = QPushButton(self.tr("&Close"), parent)
        self.close_button.setAccessibleName(self.tr("Close the assessment"))
        row.add(self.close_button)
        hl.addWidget(row)
        sub = QHBoxLayout()
        self.subtitle = QLabel(parent)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(self.tr("Checklist and country"))
        sub.addWidget(self.subtitle, 1)
        self.progress = ProgressLine(parent)
        self.progress.setObjectName("runnerProgress")
        self.progress.setAccessibleName(self.tr("Questions answered"))
        sub.addWidget(self.progress)
        hl.addLayout(sub)

    def show_assessment(self, a: Assessment, read_only: bool) -> None:
        """The institution, checklist, country, assessors and status of ``a``."""
        self.title.setText(a.institution)
        self.subtitle.setText(
            self.tr("%1 · version %2 · %3 · assessors: %4")
            .replace("%1", checklist_title(a))
            .replace("%2", a.checklist_version)
            .replace("%3", a.country_name)
            .replace("%4", ", ".join(a.assessors) or self.tr("none named"))
        )
        if read_only:
            self.status_chip.setText(self.tr("Read-only"))
            self.status_chip.setProperty("status", "readonly")
        else:
            self.status_chip.setText(status_label(a))
            self.status_chip.setProperty("status", a.status)
        _repolish(self.status_chip)

    def show_progress(self, count: QuestionCount) -> None:
        """ "12 of 46 answered (3 closed by an earlier answer)"; the bar fills with the
        questions that need nothing more."""
        self.progress.set_progress(count.done, count.total, answered_text(count))

    def show_save_state(self, state: SaveState, message: str) -> None:
        """ "Saving…", "Saved ✓" or "Not saved — kept here" (with ``message`` as its
        tooltip, and the retry button)."""
        text = {
            SaveState.IDLE: "",
            SaveState.PENDING: self.tr("Saving…"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.SAVED: self.tr("Saved ✓"),
            SaveState.FAILED: self.tr("Not saved — kept here"),
        }[state]
        self.save_state.setText(text)
        self.save_state.setProperty("state", state.value)
        self.save_state.setToolTip(message)
        self.save_state.setAccessibleDescription(message or text)
        _repolish(self.save_state)
        self.retry_button.setVisible(state == SaveState.FAILED)
