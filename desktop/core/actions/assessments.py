"""Assessment use cases shared by ``accord assessment …`` and the app's screens.

* :func:`start_assessment` — a startable checklist of the library, then a new draft.
* :func:`save_answer`, :func:`save_note` — one answer or evidence note.
* :func:`complete_and_queue` — mark complete (or submit as partial, with a reason), then
  queue the revision for the hub.
* :func:`write_report` — the report as JSON, CSV or PDF (through a writer passed in,
  since drawing a PDF needs Qt, which the core never loads).
* :func:`plan_draft_move`, :func:`move_draft` — move a draft to the installed version of
  its checklist: the plan first, then the move.

Each raises :class:`~desktop.core.assessments.errors.AssessmentError` subclasses whose
``code`` tells the front end which hint to give (see that module).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.assessments.errors import InvalidInputError
from desktop.core.assessments.startable import startable_checklist

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report
    from desktop.core.assessments.model import (
        Assessment,
        CompleteResult,
        MigrationPlan,
        SaveResult,
    )
    from desktop.core.assessments.store import AssessmentStore
    from desktop.core.library.checklists import Checklist
    from desktop.core.library.documents import Library

log = logging.getLogger(__name__)

REPORT_FORMATS = ("pdf", "csv", "json")
# Draws the PDF of a report into a file: (report, path, document titles) → anything.
PdfWriter = Callable[["Report", Path, "Mapping[str, str] | None"], Any]


def first_assessor(store: AssessmentStore, assessment_id: str, given: str | None = None) -> str:
    """Who makes a change: ``given`` (trimmed) when there is one, else the assessment's
    first assessor, else nobody ("")."""
    if given is not None:
        return given.strip()
    assessors = store.get(assessment_id).assessors
    return assessors[0] if assessors else ""


# --- starting and answering -------------------------------------------------------------------


def start_assessment(
    store: AssessmentStore,
    library: Library,
    checklist_id: str,
    *,
    institution: str,
    country: str,
    assessors: Iterable[str] = (),
    by: str | None = None,
    language: str = "en",
) -> Assessment:
    """Start a draft of the library's checklist ``checklist_id`` for an institution,
    shown and reported in ``language`` (its translation's words when there is one).

    ``by`` defaults to the first assessor named. Raises NotFoundError
    (``assessment.checklist-not-found``), ChecklistNotStartableError, or
    InvalidInputError for an empty institution or an unknown country.
    """
    checklist = startable_checklist(library, checklist_id)
    names = [assessors] if isinstance(assessors, str) else list(assessors)
    return store.create(
        checklist,
        institution=institution,
        country=country,
        assessors=names,
        by=(names[0] if names else "") if by is None else by,
        language=language,
    )


def save_answer(
    store: AssessmentStore,
    assessment_id: str,
    item_id: str,
    value: str | None,
    note: str | None = None,
    by: str | None = None,
) -> SaveResult:
    """Save an answer (and, unless None, its evidence note); see
    :meth:`AssessmentStore.save_answer`. ``by`` defaults to the first assessor."""
    actor = first_assessor(store, assessment_id, by)
    return store.save_answer(assessment_id, item_id, value, note, actor)


def save_note(
    store: AssessmentStore, assessment_id: str, item_id: str, note: str, by: str | None = None
) -> SaveResult:
    """Save only the evidence note of an item; ``by`` defaults to the first assessor."""
    return store.save_note(assessment_id, item_id, note, first_assessor(store, assessment_id, by))


# --- completing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Completion:
    """What completing did: the store's result, the outbox entry (None when it could not
    be queued) and, then, why not."""

    result: CompleteResult
    queued: Any = None
    not_queued: str = ""


def complete_and_queue(
    store: AssessmentStore,
    assessment_id: str,
    by: str = "",
    *,
    partial_reason: str | None = None,
) -> Completion:
    """Mark the assessment complete (``partial_reason``: submit it as partial), then
    queue the completed revision for the hub.

    An assessment below the minimum coverage is refused unless submitted as partial
    (CompletionRefusedError, ``assessment.insufficient-coverage``; nothing changed).

    The completion is what the user asked for: if queueing fails (a payload the envelope
    refuses, say), the completion stands, the reason is returned and logged, and the next
    sync queues it (``sync.outbox.queue_completed``).
    """
    from desktop.core.errors import AccordError
    from desktop.core.sync.outbox import queue_submission

    result = store.complete(assessment_id, by, partial_reason=partial_reason)
    try:
        queued = queue_submission(store, assessment_id)
    except AccordError as exc:
        log.warning("assessment %s was not queued for the hub: %s", assessment_id, exc.code)
        return Completion(result, None, str(exc))
    except Exception as exc:  # never undo or fail a completion for the outbox's sake
        log.warning("could not queue assessment %s for the hub", assessment_id, exc_info=True)
        return Completion(result, None, str(exc) or type(exc).__name__)
    return Completion(result, queued)


# --- the report ---------------------------------------------------------------------------------


def write_report(
    report: Report,
    fmt: str,
    out: Path,
    *,
    titles: Mapping[str, str] | None = None,
    pdf_writer: PdfWriter | None = None,
) -> Path:
    """Write ``report`` to ``out`` as ``json`` or ``csv`` (the answers), or ``pdf`` (the
    report, drawn by ``pdf_writer``; ``titles`` names the documents gaps link to).

    Every format is written beside the target and renamed, so a failed export never
    leaves half a file. Raises InvalidInputError for an unknown format, or for a PDF
    without a writer (``assessment.pdf-unavailable``).
    """
    from desktop.core.assessments.export import write_csv, write_json

    if fmt == "json":
        write_json(report, out)
    elif fmt == "csv":
        write_csv(report, out)
    elif fmt == "pdf":
        if pdf_writer is None:
            raise InvalidInputError(
                "the PDF report needs the desktop report module, which is not available here",
                code="assessment.pdf-unavailable",
            )
        tmp = out.with_name(f".{out.stem}.{uuid.uuid4().hex[:8]}.tmp.pdf")
        try:
            pdf_writer(report, tmp, titles)
            tmp.replace(out)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        raise InvalidInputError(
            f"'{fmt}' is not a report format; use one of: {', '.join(REPORT_FORMATS)}"
        )
    return out


# --- moving a draft to a newer checklist version -------------------------------------------------


@dataclass(frozen=True)
class DraftMove:
    """The plan of a move and the checklist version it moves to."""

    plan: MigrationPlan
    checklist: Checklist


def plan_draft_move(store: AssessmentStore, library: Library, assessment_id: str) -> DraftMove:
    """What moving the assessment to the library's version of its checklist does.

    Raises NotFoundError (``assessment.checklist-not-found``) or
    ChecklistNotStartableError when the library's version cannot be used (the assessment
    stays on its version and remains readable), MigrationRefusedError for an older one.
    """
    checklist = startable_checklist(library, store.get(assessment_id).checklist_id)
    return DraftMove(store.plan_migration(assessment_id, checklist), checklist)


def move_draft(
    store: AssessmentStore, assessment_id: str, checklist: Checklist, by: str | None = None
) -> MigrationPlan:
    """Move the assessment to ``checklist`` (from :func:`plan_draft_move`); ``by``
    defaults to the first assessor. Returns the applied plan."""
    return store.migrate(assessment_id, checklist, first_assessor(store, assessment_id, by))
