"""What the runner says about the assessment it opens, above the question.

The library's copy of the checklist may fail validation (the assessment then opens
read-only), a newer version may be installed (a draft can move to it), the last move may
have flagged new questions, the data folder may be read-only, or the assessment may be
complete (a change starts a new revision). :func:`opening_notice` picks the one to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.library.versions import is_newer
from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.formatting import format_when

if TYPE_CHECKING:
    from desktop.core.assessments.model import AssessmentState
    from desktop.core.library.documents import Library


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


@dataclass(frozen=True)
class ReadOnlyReason:
    """Why the runner does not accept changes: ``kind`` is ``invalid-checklist``."""

    kind: str
    message: str


@dataclass(frozen=True)
class OpeningNotice:
    """A notice for the runner. ``kind``: ``invalid-checklist`` (open read-only),
    ``newer-version`` (offer the move), ``moved``, ``read-only-store`` or ``complete``;
    ``level`` is the notice bar's (``info``, ``warning``)."""

    kind: str
    message: str
    level: str


def read_only_store_message() -> str:
    """The data folder cannot be written just now."""
    return QCoreApplication.translate(
        "RunnerPage",
        "Accord's data folder cannot be written just now, so answers cannot be "
        "saved. What you type stays in this form and is saved as soon as the "
        "folder can be written again.",
    )


def opening_notice(
    state: AssessmentState, library: Library | None, store_read_only: bool
) -> OpeningNotice | None:
    """The notice to show for ``state`` (None: nothing to say)."""
    a = state.assessment
    doc = library.get(a.checklist_id) if library is not None else None
    if doc is not None and doc.type == "checklist" and doc.checklist is None:
        problems = "; ".join(f"{p.file}:{p.line}: {p.message}" for p in doc.checklist_problems[:3])
        message = (
            QCoreApplication.translate(
                "RunnerPage",
                "The checklist “%1” fails validation, so this assessment opens read-only: "
                "you can read its answers and results but not change them until the "
                "checklist is fixed. %2",
            )
            .replace("%1", checklist_title(a))
            .replace("%2", problems)
        )
        return OpeningNotice("invalid-checklist", message, "warning")
    if (
        doc is not None
        and doc.checklist is not None
        and doc.checklist.content_hash
        and doc.checklist.content_hash != a.checklist_hash
        and is_newer(doc.checklist.version, a.checklist_version)
        and not a.is_complete
    ):
        message = (
            QCoreApplication.translate(
                "RunnerPage",
                "Version %1 of this checklist is installed; this draft uses version %2. "
                "You can move it: answers are carried by question, removed questions are "
                "listed, new ones are flagged.",
            )
            .replace("%1", doc.checklist.version)
            .replace("%2", a.checklist_version)
        )
        return OpeningNotice("newer-version", message, "info")
    if state.new_items or state.changed_items:
        return OpeningNotice("moved", _moved_message(state), "info")
    if store_read_only:
        return OpeningNotice("read-only-store", read_only_store_message(), "warning")
    if a.is_complete:
        message = (
            QCoreApplication.translate(
                "RunnerPage",
                "This assessment was marked complete on %1 (revision %2). Changing an "
                "answer starts revision %3; revision %2 stays as it was.",
            )
            .replace("%1", format_when(a.completed or ""))
            .replace("%2", str(a.revision))
            .replace("%3", str(a.revision + 1))
        )
        return OpeningNotice("complete", message, "info")
    return None


def _moved_message(state: AssessmentState) -> str:
    a = state.assessment
    removed = state.removed_answers()
    message = (
        QCoreApplication.translate(
            "RunnerPage", "Moved to version %1: %2 new questions are flagged “new”."
        )
        .replace("%1", a.checklist_version)
        .replace("%2", str(len(state.new_items)))
    )
    if removed:
        message += " " + QCoreApplication.translate(
            "RunnerPage",
            "%1 answers belong to questions this version removed: they are kept "
            "and listed in the report, but no longer count.",
        ).replace("%1", str(len(removed)))
    if state.changed_items:
        message += " " + QCoreApplication.translate(
            "RunnerPage",
            "%1 questions changed under the same id: answer them again (flagged "
            "“changed”; the earlier answer is in the history).",
        ).replace("%1", str(len(state.changed_items)))
    return message


def reopened_message(revision: int) -> str:
    """A change to a completed assessment started revision ``revision``."""
    return (
        QCoreApplication.translate(
            "RunnerPage",
            "You changed a completed assessment, so it is a draft again as revision "
            "%1. The completed revision %2 is kept as it was; mark this one complete "
            "when you are done.",
        )
        .replace("%1", str(revision))
        .replace("%2", str(revision - 1))
    )


def not_saved_message(reason: str) -> str:
    """Saving failed for ``reason``; what was typed is kept and retried."""
    return QCoreApplication.translate(
        "RunnerPage",
        "Your answers are not saved yet. %1 What you typed stays here and is "
        "saved automatically as soon as possible.",
    ).replace("%1", reason)
