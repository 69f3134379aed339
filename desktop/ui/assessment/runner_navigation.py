"""Moving through the runner's questions: the navigation row (previous, first unanswered,
next) and remembering the question shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.ui.common.bidi import arrow

if TYPE_CHECKING:
    from desktop.ui.assessment.service import AssessmentService


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


class NavigationButtons:
    """The buttons under the question and the row that holds them (``layout``);
    :meth:`update` enables them for the position of the question shown."""

    def __init__(self, parent: QWidget) -> None:
        self.previous = QPushButton(
            f"{arrow(False)} " + QCoreApplication.translate("RunnerPage", "&Previous"), parent
        )
        self.previous.setAccessibleName(
            QCoreApplication.translate("RunnerPage", "Previous question")
        )
        self.previous.setToolTip(
            QCoreApplication.translate("RunnerPage", "Previous question (Page Up)")
        )
        self.next = QPushButton(
            QCoreApplication.translate("RunnerPage", "&Next") + f" {arrow(True)}", parent
        )
        self.next.setAccessibleName(QCoreApplication.translate("RunnerPage", "Next question"))
        self.next.setToolTip(QCoreApplication.translate("RunnerPage", "Next question (Page Down)"))
        self.unanswered = QPushButton(
            QCoreApplication.translate("RunnerPage", "First &unanswered"), parent
        )
        self.unanswered.setAccessibleName(
            QCoreApplication.translate("RunnerPage", "First unanswered question")
        )
        self.unanswered.setToolTip(
            QCoreApplication.translate("RunnerPage", "First unanswered question (Ctrl+U)")
        )
        # Shown in a narrow window, where the question list is a drawer.
        self.questions = QPushButton(
            QCoreApplication.translate("RunnerPage", "☰ &Questions"), parent
        )
        self.questions.setObjectName("questionsButton")
        self.questions.setAccessibleName(
            QCoreApplication.translate("RunnerPage", "List of questions")
        )
        self.questions.setToolTip(
            QCoreApplication.translate("RunnerPage", "The list of questions (Ctrl+L)")
        )
        self.questions.hide()
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.previous)
        self.layout.addWidget(self.unanswered)
        self.layout.addWidget(self.questions)
        self.layout.addStretch(1)
        self.layout.addWidget(self.next)

    def update(self, position: int, count: int) -> None:
        """The question shown is number ``position`` (1-based; 0: none) of ``count``."""
        self.previous.setEnabled(position > 1)
        self.next.setEnabled(0 < position < count)


class PlaceKeeper(QObject):
    """Remembers the question shown (``set_position``) a moment after the user stops on
    it, so the assessment reopens there. ``where`` says (assessment id, item id), or None
    when there is nothing to remember."""

    DELAY_MS = 300

    def __init__(
        self,
        service: AssessmentService,
        where: Callable[[], tuple[str, str] | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._where = where
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._save)

    def touch(self) -> None:
        """The question shown changed: remember it after the pause."""
        self._timer.start()

    def flush(self) -> None:
        """Remember it now if a change is waiting."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()

    def _save(self) -> None:
        place = self._where()
        if place is None or self.service.read_only:
            return
        aid, item_id = place
        task = self.service.call(
            lambda store: store.set_position(aid, item_id), "remember the place"
        )
        # Not user data: a failure only means the place is not remembered.
        task.failed.connect(lambda _exc: None)
