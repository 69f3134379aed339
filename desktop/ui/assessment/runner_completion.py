"""Marking the assessment shown complete, once everything typed is saved.

The use case (:func:`desktop.core.actions.assessments.complete_and_queue`: complete,
then queue the revision for the hub) runs on the db lane only after the answer sheet has
nothing waiting; a failure is shown in the runner's notice bar with a way to try again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.actions.assessments import complete_and_queue
from desktop.ui.assessment.answer_sheet import AnswerSheet
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.common.notice import NoticeBar


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


class Completion(QObject):
    """Completes assessments for the runner; ``completed`` carries the CompleteResult."""

    completed = Signal(object)

    def __init__(
        self, service: AssessmentService, sheet: AnswerSheet, notice: NoticeBar, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.sheet = sheet
        self.notice = notice

    def complete(self, assessment_id: str, by: str) -> None:
        """Mark ``assessment_id`` complete (as ``by``) once every typed answer is saved."""
        self.sheet.when_saved(lambda: self._complete_now(assessment_id, by), self._not_saved)

    def _not_saved(self, reason: str) -> None:
        self.notice.show_notice(
            _t("Cannot mark complete while answers are not saved. %1").replace("%1", reason),
            "error",
            [(_t("Retry now"), self.sheet.retry)],
        )

    def _complete_now(self, aid: str, by: str) -> None:
        task = self.service.call(
            lambda store: complete_and_queue(store, aid, by).result,
            "complete",
            write=True,
            ids=[aid],
        )
        task.succeeded.connect(self.completed)
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                _t("Could not mark the assessment complete: %1").replace("%1", describe_error(exc)),
                "error",
                [(_t("Try again"), lambda: self.complete(aid, by))],
            )
        )
