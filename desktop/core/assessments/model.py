"""What an assessment is, as plain frozen data: header, answers, state and results.

An *assessment* answers one checklist for one institution in one country (ISO 3166-1
alpha-2). :class:`Assessment` is its header, :class:`Answer` one stored answer, and
:class:`AssessmentState` everything the runner needs in one read. The result classes say
what a save, a completion or a move to a newer checklist version did.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.assessments.crosswalk import FrameworkResult, framework_results
from desktop.core.assessments.gaps import Gap, gap_list
from desktop.core.assessments.item_states import (
    ItemState,
    Progress,
    applicable_items,
    item_states,
    question_count,
    section_progress,
    unanswered_items,
)
from desktop.core.assessments.scoring import Score, score_answers
from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item
from desktop.core.library.countries import country_name

if TYPE_CHECKING:
    from desktop.core.library.documents import Library

DRAFT = "draft"
COMPLETE = "complete"
# How a completed revision was submitted: complete, or partial (below the minimum
# coverage, with a reason). The hub's national index counts complete ones only.
PARTIAL = "partial"
COMPLETIONS = (COMPLETE, PARTIAL)


@dataclass(frozen=True)
class Answer:
    """One stored answer. ``value`` is None when only an evidence note has been typed."""

    item_id: str
    value: str | None
    note: str
    by: str
    at: str


@dataclass(frozen=True)
class Assessment:
    """The header of an assessment (no answers; see :class:`AssessmentState`)."""

    id: str
    checklist_id: str
    checklist_version: str
    checklist_hash: str
    checklist_title: str
    institution: str
    country: str
    assessors: tuple[str, ...]
    status: str
    revision: int
    created: str
    updated: str
    completed: str | None
    position: str | None  # the item the runner showed last, to reopen where one left off
    # complete or partial while complete (None for a draft), and why it is partial.
    completion: str | None = None
    partial_reason: str | None = None
    # The language it is shown and reported in (its checklist's words through
    # ``library.translations.checklist_in``); ids, answers and scores are the same in all.
    language: str = "en"

    @property
    def country_name(self) -> str:
        """The country's name in English, e.g. 'Kenya'."""
        return country_name(self.country)

    @property
    def is_complete(self) -> bool:
        """True when the current revision is marked complete (or submitted as partial)."""
        return self.status == COMPLETE

    @property
    def is_partial(self) -> bool:
        """True when the current revision was submitted as partial."""
        return self.is_complete and self.completion == PARTIAL

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` form of the header (with the country's name)."""
        data = dataclasses.asdict(self)
        data["assessors"] = list(self.assessors)
        data["country_name"] = self.country_name
        return data


@dataclass(frozen=True)
class AssessmentState:
    """Everything the runner needs in one read: header, checklist snapshot, answers."""

    assessment: Assessment
    checklist: Checklist
    answers: dict[str, Answer]
    new_items: tuple[str, ...] = ()  # added by the last move to a newer checklist version
    # Changed by the last move (question, scale or unit): answered again, or to answer.
    changed_items: tuple[str, ...] = ()

    def values(self) -> dict[str, str]:
        """item id → answer value, for the answers that have one."""
        return {k: a.value for k, a in self.answers.items() if a.value is not None}

    def score(self) -> Score:
        """The component scores and overall index of the current answers."""
        return score_answers(self.checklist, self.values())

    def states(self) -> list[ItemState]:
        """Every item's state (answered, closed, not applicable, open, waiting)."""
        return item_states(self.checklist, self.values())

    def frameworks(self) -> list[FrameworkResult]:
        """Results per framework part the checklist's items map to."""
        return framework_results(self.checklist, self.values())

    def applicable(self) -> list[Item]:
        """The items skip logic shows now, in order."""
        return applicable_items(self.checklist, self.values())

    def is_applicable(self, item_id: str) -> bool:
        """True when skip logic shows ``item_id`` with the current answers."""
        return any(item.id == item_id for item in self.applicable())

    def unanswered(self) -> list[Item]:
        """Shown items without a response (``na`` is a response)."""
        return unanswered_items(self.checklist, self.values())

    def progress(self) -> dict[str, Progress]:
        """Progress per section id."""
        return section_progress(self.checklist, self.values())

    def na_without_reason(self) -> list[Item]:
        """Shown items marked not applicable with no reason in their note."""
        return [
            item
            for item in self.applicable()
            if (a := self.answers.get(item.id)) is not None
            and a.value == NOT_APPLICABLE
            and not a.note.strip()
        ]

    def removed_answers(self) -> list[Answer]:
        """Answers kept for items that the current checklist version no longer has."""
        known = {item.id for item in self.checklist.items}
        return [a for k, a in sorted(self.answers.items()) if k not in known]

    def gaps(self, library: Library | None = None, limit: int | None = 10) -> list[Gap]:
        """The weakest answered items first, with the documents that help."""
        return gap_list(self.checklist, self.values(), library, limit)


@dataclass(frozen=True)
class SaveResult:
    """What a save did. Returned only after the commit: show "saved" then."""

    assessment_id: str
    item_id: str
    value: str | None
    note: str
    saved_at: str
    revision: int
    changed: bool  # False when the stored answer was already exactly this
    reopened: bool  # True when this save started a new revision of a completed assessment
    applicable: bool  # False when skip logic hides the item (kept, but not scored)


@dataclass(frozen=True)
class CompleteResult:
    """What marking complete did (the automatic backup, when one was taken)."""

    assessment: Assessment
    unanswered: tuple[str, ...]  # shown items left without a response
    changed: bool  # False when it was already complete
    backup: Path | None = None

    @property
    def completion(self) -> str:
        """``complete`` or ``partial``."""
        return self.assessment.completion or COMPLETE


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the append-only history. ``action`` is one of: create, answer, note,
    details, complete, reopen, migrate, migrate-invalidated."""

    id: int
    at: str
    by: str
    action: str
    revision: int
    item_id: str | None
    value: str | None
    note: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class Revision:
    """The answers as they were when ``revision`` was marked complete."""

    revision: int
    completed: str
    completed_by: str
    checklist_id: str
    checklist_hash: str
    answers: dict[str, Answer]
    completion: str = COMPLETE
    partial_reason: str | None = None


@dataclass(frozen=True)
class MigrationPlan:
    """What moving an assessment to another version of its checklist does (or did).

    ``carried``: item ids whose answers move over unchanged. ``removed``: stored answers of
    items the new version does not have; they stay stored, listed and in the history, but
    no longer count. ``invalidated``: answers whose value the item's new scale does not
    accept; the value is cleared (the note stays, the old value is in the history).
    ``added``: items new in this version, flagged for the runner. ``changed``: answers
    to items whose question, scale or unit changed under the same id (their fingerprints
    differ): the value is cleared to be answered again (the note stays, the old value is
    in the history), and the runner flags them.
    """

    assessment_id: str
    checklist_id: str
    from_version: str
    from_hash: str
    to_version: str
    to_hash: str
    carried: tuple[str, ...]
    removed: tuple[Answer, ...]
    invalidated: tuple[Answer, ...]
    added: tuple[str, ...]
    changed: tuple[Answer, ...] = ()
    applied: bool = False
    reopened: bool = False

    def to_answer_again(self) -> tuple[str, ...]:
        """Items whose answer the move clears: invalidated or changed."""
        return tuple(a.item_id for a in (*self.invalidated, *self.changed))

    @property
    def up_to_date(self) -> bool:
        """True when the assessment already uses exactly this checklist."""
        return self.from_hash == self.to_hash

    def as_json(self) -> dict[str, Any]:
        """The ``accord assessment migrate --json`` form of the plan."""
        return {
            "assessment_id": self.assessment_id,
            "checklist_id": self.checklist_id,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "up_to_date": self.up_to_date,
            "carried": list(self.carried),
            "removed": [dataclasses.asdict(a) for a in self.removed],
            "invalidated": [dataclasses.asdict(a) for a in self.invalidated],
            "added": list(self.added),
            "changed": [dataclasses.asdict(a) for a in self.changed],
            "applied": self.applied,
            "reopened": self.reopened,
        }


@dataclass(frozen=True)
class ChecklistInfo:
    """A checklist of the library for the "start an assessment" screen."""

    id: str
    title: str
    version: str
    path: str
    startable: bool
    problems: tuple[str, ...] = field(default=())  # "file:line: message" when not startable
    items: int = 0


@dataclass(frozen=True)
class AssessmentSummary:
    """One assessment with the figures a list shows: responses given (``na`` counts) and
    questions closed by an earlier answer, of every question of the checklist (counted as
    :func:`~.item_states.question_count` counts them), the overall index (None: not
    computed) and the coverage beside it."""

    assessment: Assessment
    answered: int
    total: int
    overall: float | None
    coverage: float | None = None
    closed: int = 0

    @classmethod
    def of(
        cls, assessment: Assessment, checklist: Checklist, values: dict[str, str]
    ) -> AssessmentSummary:
        """The summary of ``assessment`` answering ``checklist`` with ``values``."""
        count = question_count(checklist, values)
        score = score_answers(checklist, values)
        return cls(
            assessment, count.answered, count.total, score.overall, score.coverage, count.closed
        )
