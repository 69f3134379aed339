"""Marking the assessment shown complete (or submitting it as partial), once everything
typed is saved.

:meth:`Completion.ask` shows the core's completion check of the answers as they are now
(saved and still waiting) in the completion dialog; the use case
(:func:`desktop.core.actions.assessments.complete_and_queue`: complete, then queue the
revision for the hub) runs on the db lane only after the answer sheet has nothing
waiting. A failure is shown in the runner's notice bar with a way to try again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.actions.assessments import complete_and_queue
from desktop.core.assessments.completion import CompletionCheck, check_completion
from desktop.core.assessments.model import Answer, AssessmentState
from desktop.ui.assessment.answer_sheet import AnswerSheet
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.common.notice import NoticeBar

if TYPE_CHECKING:
    from desktop.core.assessments.model import CompleteResult
    from desktop.ui.assessment.complete_dialog import CompleteDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


def completed_message(result: CompleteResult) -> str:
    """'Marked complete as revision 2.' or 'Submitted as partial, revision 2.'"""
    done = (
        QCoreApplication.translate("RunnerPage", "Submitted as partial, revision %1.")
        if result.assessment.is_partial
        else QCoreApplication.translate("RunnerPage", "Marked complete as revision %1.")
    )
    return done.replace("%1", str(result.assessment.revision))


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

    def current_state(self, state: AssessmentState) -> AssessmentState:
        """``state`` with the answers and notes as shown now (waiting ones included)."""
        values = self.sheet.values()
        ids = set(self.sheet.stored) | set(values)
        answers = {i: Answer(i, values.get(i), self.sheet.note_of(i), "", "") for i in ids}
        return AssessmentState(state.assessment, state.checklist, answers)

    def ask(
        self,
        state: AssessmentState,
        by: str,
        go_to: Callable[[str], Any],
        make_dialog: Callable[[CompletionCheck], CompleteDialog],
    ) -> None:
        """Show what stands in the way of completing ``state``; then go to the question
        chosen, or complete (as partial, with the reason typed)."""
        dialog = make_dialog(check_completion(self.current_state(state)))
        dialog.exec()
        choice, reason, target = dialog.choice, dialog.reason(), dialog.goto_item
        dialog.deleteLater()
        if choice == "goto" and target is not None:
            go_to(target.id)
        elif choice in ("complete", "partial"):
            self.complete(state.assessment.id, by, reason if choice == "partial" else None)

    def complete(self, assessment_id: str, by: str, partial_reason: str | None = None) -> None:
        """Mark ``assessment_id`` complete (as ``by``; as partial with ``partial_reason``)
        once every typed answer is saved."""
        self.sheet.when_saved(
            lambda: self._complete_now(assessment_id, by, partial_reason), self._not_saved
        )

    def _not_saved(self, reason: str) -> None:
        self.notice.show_notice(
            QCoreApplication.translate(
                "RunnerPage", "Cannot mark complete while answers are not saved. %1"
            ).replace("%1", reason),
            "error",
            [(QCoreApplication.translate("RunnerPage", "Retry now"), self.sheet.retry)],
        )

    def _complete_now(self, aid: str, by: str, reason: str | None) -> None:
        task = self.service.call(
            lambda store: complete_and_queue(store, aid, by, partial_reason=reason).result,
            "complete",
            write=True,
            ids=[aid],
        )
        task.succeeded.connect(self.completed)
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                QCoreApplication.translate(
                    "RunnerPage", "Could not mark the assessment complete: %1"
                ).replace("%1", describe_error(exc)),
                "error",
                [
                    (
                        QCoreApplication.translate("RunnerPage", "Try again"),
                        lambda: self.complete(aid, by, reason),
                    )
                ],
            )
        )
