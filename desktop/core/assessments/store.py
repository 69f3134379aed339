"""Readiness self-assessments: the store that never loses an answer.

The model
=========

An *assessment* answers one checklist for one institution in one country (ISO 3166-1
alpha-2). It remembers the exact checklist it uses (id, version, SHA-256 of the file) and
keeps a snapshot of that checklist in the database, so a draft stays readable and scorable
even if the checklist file is later edited, fails validation or is removed.

*Answers* hold a value (``yes``/``partial``/``no``, ``0``…``4``, a figure such as ``63.5``
or ``na``, which needs a reason in the note; None while only an evidence note was typed),
the evidence note, who and when. Every change also appends a
row to the *history*, in the same transaction; the history table refuses UPDATE and DELETE
(triggers), so it is append-only.

*Status and revisions.* An assessment starts as a ``draft`` at revision 1. ``complete()``
marks it ``complete`` (or, with a reason, submitted as ``partial``: below the minimum
coverage it can only be that, ``docs/scoring.md``) and freezes a copy of its answers as
that revision. Any later change
(an answer, a note, the details, a move to a newer checklist version) first reopens it: the
status goes back to ``draft`` and the revision number goes up by one, recorded in the
history, in the same transaction as the change. Frozen revisions stay readable with
``revisions()``.

*Checklist versions.* ``migrate()`` moves an assessment to a newer version of its checklist
(see :mod:`desktop.core.assessments.migrate`).

The rooms of this package: :mod:`.model` (the data), :mod:`.errors` (typed errors with
codes), :mod:`.codec` (stored forms), :mod:`.startable` (the library's checklists),
:mod:`.records` (SQL), :mod:`.history` (history and revisions), :mod:`.migrate`,
:mod:`.faults` (database errors in words), :mod:`.scoring` and :mod:`.export`. This module
re-exports their public names, so ``from desktop.core.assessments.store import …`` keeps
working.

Durability
==========

Every public method that changes data is one transaction (``BEGIN IMMEDIATE`` …
``COMMIT``, :func:`desktop.core.storage.transactions.transaction`) and returns only after
the commit: when it returns, the change is on disk (WAL with ``synchronous=FULL``, set on
every connection by ``desktop.core.storage.db``). When the database cannot be written
(read-only folder, full disk, a removed USB stick, another program holding the lock) the
transaction is rolled back, nothing changes, and a :class:`StoreError` says what happened
in words a user understands; the same call works once the cause is gone.

The store uses one connection, guarded by a lock; call it from one thread at a time (the
UI's SQLite write lane).
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from desktop.core.assessments import history as hist
from desktop.core.assessments import migrate as moves
from desktop.core.assessments import records
from desktop.core.assessments.answering import write_change
from desktop.core.assessments.codec import (
    checklist_from_dict,
    checklist_hash,
    checklist_to_dict,
    clean_details,
    clean_language,
    clean_text,
    find_item,
    normalise_answer,
)
from desktop.core.assessments.comparison import (
    Comparison,
    WorkshopSummary,
    aggregate_scores,
    compare_scores,
    require_one_checklist,
)
from desktop.core.assessments.completion import check_completion, clean_reason, refuse_if_needed
from desktop.core.assessments.errors import (
    AssessmentError,
    ChecklistNotStartableError,
    CompletionRefusedError,
    InvalidInputError,
    MigrationRefusedError,
    NotFoundError,
    StoreError,
)
from desktop.core.assessments.faults import store_error
from desktop.core.assessments.item_states import applicable_items
from desktop.core.assessments.model import (
    COMPLETE,
    DRAFT,
    Answer,
    Assessment,
    AssessmentState,
    AssessmentSummary,
    ChecklistInfo,
    CompleteResult,
    HistoryEntry,
    MigrationPlan,
    Revision,
    SaveResult,
)
from desktop.core.assessments.opening import connect_read_only, open_writable
from desktop.core.assessments.scoring import Score, score_answers
from desktop.core.assessments.startable import available_checklists, startable_checklist
from desktop.core.storage import paths
from desktop.core.storage.clock import utcnow
from desktop.core.storage.db import backup_database
from desktop.core.storage.transactions import transaction

if TYPE_CHECKING:
    from desktop.core.library.checklists import Checklist, Item

__all__ = [
    "COMPLETE",
    "DRAFT",
    "KEEP_COMPLETION_BACKUPS",
    "MIN_ID_PREFIX",
    "Answer",
    "Assessment",
    "AssessmentError",
    "AssessmentState",
    "AssessmentStore",
    "AssessmentSummary",
    "ChecklistInfo",
    "ChecklistNotStartableError",
    "CompleteResult",
    "CompletionRefusedError",
    "HistoryEntry",
    "InvalidInputError",
    "MigrationPlan",
    "MigrationRefusedError",
    "NotFoundError",
    "Revision",
    "SaveResult",
    "StoreError",
    "available_checklists",
    "checklist_from_dict",
    "checklist_hash",
    "checklist_to_dict",
    "normalise_answer",
    "startable_checklist",
]

# Automatic backups taken when an assessment is marked complete; older ones are pruned.
KEEP_COMPLETION_BACKUPS = 5
# Shortest id prefix the CLI accepts in place of a full uuid.
MIN_ID_PREFIX = 4


def _unknown_id(assessment_id: str) -> NotFoundError:
    return NotFoundError(f"no assessment with id '{assessment_id}'")


class AssessmentStore:
    """All reads and writes of assessments. Create with :meth:`open` (or
    :meth:`open_data_dir`), or wrap an already opened and migrated database."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path | None = None,
        backups: Path | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.backups = backups or (path.parent / "backups" if path else None)
        self._lock = threading.RLock()
        self._checklists: dict[tuple[str, str], Checklist] = {}

    # -- opening and closing

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> AssessmentStore:
        """Open (create, migrate) the database at ``path``.

        Raises ``desktop.core.storage.db.DatabaseError`` (``CorruptDatabaseError``,
        ``NewerDatabaseError``) with a message for people; see ``db.latest_backup`` and
        ``db.restore_backup`` to offer the automatic backup. Raises StoreError with
        ``kind == "read-only"`` when the folder or file cannot be written (then
        :meth:`open_read_only` still shows the assessments).
        """
        path = Path(path)
        return cls(open_writable(path, backups), path=path, backups=backups)

    @classmethod
    def open_read_only(cls, path: Path) -> AssessmentStore:
        """Open an existing database for reading only (a read-only folder or medium).

        Every write then raises StoreError(kind="read-only"); reads work as usual.
        """
        path = Path(path)
        return cls(connect_read_only(path), path=path)

    @classmethod
    def open_data_dir(cls, data_dir: Path) -> AssessmentStore:
        """Open the store in the user data folder (``paths.database_path``)."""
        return cls.open(paths.database_path(data_dir), paths.backups_dir(data_dir))

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self.db.close()

    def __enter__(self) -> AssessmentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions

    @contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One transaction for one user action: commit on success, roll back on any
        error; a database error becomes a StoreError saying what could not be done."""
        with self._lock, transaction(self.db, on_error=lambda e: self._error(e, doing)) as conn:
            yield conn

    @contextmanager
    def _read(self, doing: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self.db.conn
            except sqlite3.Error as exc:
                raise self._error(exc, doing) from exc

    def _error(self, exc: sqlite3.Error, doing: str) -> StoreError:
        return store_error(exc, doing, self.path)

    # -- reading

    def checklist(self, checklist_id: str, digest: str) -> Checklist:
        """The stored snapshot of checklist ``checklist_id`` with hash ``digest``."""
        key = (checklist_id, digest)
        cached = self._checklists.get(key)
        if cached is not None:
            return cached
        with self._read("read the checklist") as conn:
            checklist = records.read_snapshot(conn, checklist_id, digest)
        if checklist is None:
            raise NotFoundError(
                f"the checklist {checklist_id} ({digest[:12]}) is not stored",
                code="assessment.snapshot-missing",
            )
        self._checklists[key] = checklist
        return checklist

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id for ``id_or_prefix`` (a whole id, or a unique prefix of at least
        four characters, as the CLI accepts). Raises NotFoundError."""
        key = (id_or_prefix or "").strip().lower()
        with self._read("read the assessments") as conn:
            matches = records.match_ids(conn, key, MIN_ID_PREFIX)
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(
                f"'{id_or_prefix}' matches several assessments; give more of the id",
                code="assessment.ambiguous-id",
            )
        raise _unknown_id(id_or_prefix)

    def get(self, assessment_id: str) -> Assessment:
        """The assessment header. Raises NotFoundError."""
        with self._read("read the assessment") as conn:
            found = records.select_assessments(conn, assessment_id=assessment_id)
        if not found:
            raise _unknown_id(assessment_id)
        return found[0]

    def list_assessments(
        self,
        checklist_id: str | None = None,
        institution: str | None = None,
        status: str | None = None,
        *,
        ids: Collection[str] | None = None,
    ) -> list[Assessment]:
        """Assessments, most recently changed first, optionally filtered (``ids``: only
        these assessments)."""
        name = None if institution is None else clean_text(institution)
        with self._read("list the assessments") as conn:
            return records.select_assessments(
                conn, checklist_id=checklist_id, institution=name, status=status, ids=ids
            )

    def answers(self, assessment_id: str) -> dict[str, Answer]:
        """Stored answers by item id (answers of removed items included)."""
        with self._read("read the answers") as conn:
            return records.read_answers(conn, assessment_id)

    def load(self, assessment_id: str) -> AssessmentState:
        """Header, checklist snapshot and answers in one call: what the runner opens."""
        assessment = self.get(assessment_id)
        checklist = self.checklist(assessment.checklist_id, assessment.checklist_hash)
        answers = self.answers(assessment_id)
        with self._read("read the history") as conn:
            added = hist.new_items(conn, assessment.id, assessment.checklist_hash)
            changed = hist.changed_items(conn, assessment.id, assessment.checklist_hash)
        return AssessmentState(assessment, checklist, answers, added, changed)

    def summaries(self, ids: Collection[str] | None = None) -> list[AssessmentSummary]:
        """Progress and overall index of the assessments ``ids`` (all when None), most
        recently changed first, in two queries (and one per checklist snapshot not read
        yet): what the list of assessments shows, without loading each one."""
        with self._read("list the assessments") as conn:
            headers = records.select_assessments(conn, ids=ids)
            values = records.read_values(conn, ids)
        return [
            AssessmentSummary.of(
                a, self.checklist(a.checklist_id, a.checklist_hash), values.get(a.id, {})
            )
            for a in headers
        ]

    def score(self, assessment_id: str) -> Score:
        """The component scores and overall index of the current answers."""
        return self.load(assessment_id).score()

    def history(self, assessment_id: str) -> list[HistoryEntry]:
        """Every change to the assessment, oldest first."""
        self.get(assessment_id)
        with self._read("read the history") as conn:
            return hist.read_history(conn, assessment_id)

    def revisions(self, assessment_id: str) -> list[Revision]:
        """The completed revisions, oldest first, each with its frozen answers."""
        with self._read("read the revisions") as conn:
            return hist.read_revisions(conn, assessment_id)

    def revision_score(self, assessment_id: str, revision: int) -> Score:
        """The score of a completed revision, on the checklist version it used."""
        for rev in self.revisions(assessment_id):
            if rev.revision == revision:
                checklist = self.checklist(rev.checklist_id, rev.checklist_hash)
                values = {k: a.value for k, a in rev.answers.items() if a.value is not None}
                return score_answers(checklist, values)
        raise NotFoundError(
            f"assessment {assessment_id} has no completed revision {revision}",
            code="assessment.revision-not-found",
        )

    # -- writing

    def create(
        self,
        checklist: Checklist,
        *,
        institution: str,
        country: str,
        assessors: Iterable[str] = (),
        by: str = "",
        language: str = "en",
    ) -> Assessment:
        """Start a draft assessment of ``checklist`` (get it with
        :func:`startable_checklist`), shown and reported in ``language``. Raises
        InvalidInputError for an empty institution, a country that is not an ISO 3166-1
        alpha-2 code or a language that is not a code such as ``fr``."""
        details = clean_details(institution, country, assessors)
        language = clean_language(language)
        digest = checklist_hash(checklist)
        assessment_id = str(uuid.uuid4())
        at = utcnow()
        with self._write("start the assessment") as conn:
            records.store_snapshot(conn, checklist, digest)
            records.insert_assessment(conn, assessment_id, checklist, digest, details, at, language)
            detail = {"checklist_id": checklist.id, "version": checklist.version, "hash": digest}
            detail["language"] = language
            detail |= dict(zip(("institution", "country", "assessors"), details, strict=True))
            hist.append_history(conn, assessment_id, at, by, "create", 1, detail=detail)
        return self.get(assessment_id)

    def _item(self, assessment: Assessment, item_id: str) -> Item:
        checklist = self.checklist(assessment.checklist_id, assessment.checklist_hash)
        return find_item(checklist, item_id)

    def save_answer(
        self,
        assessment_id: str,
        item_id: str,
        value: str | None,
        note: str | None = None,
        by: str = "",
    ) -> SaveResult:
        """Save the answer ``value`` (None clears it) and, unless ``note`` is None, the
        evidence note. Returns after the commit. A change to a completed assessment
        starts a new revision (``SaveResult.reopened``). ``na`` needs a reason: ``note``,
        or the note already stored. Raises NotFoundError, InvalidInputError or StoreError
        (nothing changed)."""
        assessment = self.get(assessment_id)
        item = self._item(assessment, item_id)
        value = normalise_answer(item, value)
        return self._save(assessment, item, value, note, by, set_value=True)

    def save_note(self, assessment_id: str, item_id: str, note: str, by: str = "") -> SaveResult:
        """Save only the evidence note of an item (its answer value is kept)."""
        assessment = self.get(assessment_id)
        item = self._item(assessment, item_id)
        return self._save(assessment, item, None, note, by, set_value=False)

    def _save(
        self,
        assessment: Assessment,
        item: Item,
        value: str | None,
        note: str | None,
        by: str,
        set_value: bool,
    ) -> SaveResult:
        aid = assessment.id
        at = utcnow()
        with self._write(f"save the answer to {item.id}") as conn:
            d = write_change(conn, aid, item.id, value, note, by, at, set_value=set_value)
            values = records.read_values(conn, [aid]).get(aid, {})
        checklist = self.checklist(assessment.checklist_id, assessment.checklist_hash)
        shown = any(i.id == item.id for i in applicable_items(checklist, values))
        return SaveResult(
            aid, item.id, d.value, d.note, at, d.revision, d.changed, d.reopened, shown
        )

    def set_position(self, assessment_id: str, item_id: str | None) -> None:
        """Remember the item the runner shows, to reopen there. Not a change of the
        assessment: no history row, no new revision."""
        assessment = self.get(assessment_id)
        if item_id is not None:
            item_id = self._item(assessment, item_id).id
        with self._write("remember your place") as conn:
            conn.execute(
                "UPDATE assessments SET position = ? WHERE id = ?", (item_id, assessment_id)
            )

    def update_details(
        self,
        assessment_id: str,
        *,
        institution: str | None = None,
        country: str | None = None,
        assessors: Iterable[str] | None = None,
        by: str = "",
    ) -> Assessment:
        """Change the institution, country or assessors (None keeps a field)."""
        current = self.get(assessment_id)
        details = clean_details(
            current.institution if institution is None else institution,
            current.country if country is None else country,
            current.assessors if assessors is None else assessors,
        )
        institution_, code, names = details
        kept = (current.institution, current.country, current.assessors)
        if (institution_, code, tuple(names)) == kept:
            return current
        at = utcnow()
        with self._write("save the assessment details") as conn:
            revision, _ = hist.reopen_if_complete(conn, assessment_id, at, by)
            records.update_details(conn, assessment_id, details, at)
            detail = {"institution": institution_, "country": code, "assessors": names}
            hist.append_history(conn, assessment_id, at, by, "details", revision, detail=detail)
        return self.get(assessment_id)

    def complete(
        self,
        assessment_id: str,
        by: str = "",
        backup: bool = True,
        *,
        partial_reason: str | None = None,
    ) -> CompleteResult:
        """Mark the assessment complete and freeze its answers as this revision.

        ``partial_reason`` submits it as *partial*. Refused (CompletionRefusedError,
        nothing changed) below the minimum coverage unless partial, and for ``na`` without
        a reason (:mod:`.completion`). Unanswered shown items are returned and recorded.
        Then an automatic backup is taken (best effort, ``backup=False`` to skip).
        """
        reason = None if partial_reason is None else clean_reason(partial_reason)
        at = utcnow()
        with self._write("mark the assessment complete") as conn:
            # Read inside the transaction (same connection, re-entrant lock): the frozen
            # answers are exactly those current when the revision is marked complete.
            state = self.load(assessment_id)
            unanswered = tuple(i.id for i in state.unanswered())
            if state.assessment.is_complete:
                return CompleteResult(state.assessment, unanswered, changed=False)
            refuse_if_needed(check_completion(state), partial=reason is not None)
            hist.mark_complete(conn, state, unanswered, at, by, reason)
        copy = _completion_backup(self) if backup else None
        return CompleteResult(self.get(assessment_id), unanswered, changed=True, backup=copy)

    def reopen(self, assessment_id: str, by: str = "") -> Assessment:
        """Start a new draft revision of a completed assessment (no-op for a draft)."""
        self.get(assessment_id)
        with self._write("reopen the assessment") as conn:
            hist.reopen_if_complete(conn, assessment_id, utcnow(), by)
        return self.get(assessment_id)

    # -- backups

    def backup(self, reason: str = "manual") -> Path:
        """Copy the database into the backups folder (SQLite's online backup: consistent)."""
        if self.path is None or self.backups is None:
            raise StoreError("this store has no file to back up", "other", False)
        with self._lock:
            return backup_database(self.db, self.path, self.backups, reason)

    # -- checklist versions

    def plan_migration(self, assessment_id: str, checklist: Checklist) -> MigrationPlan:
        """What :meth:`migrate` would do, without changing anything.

        Raises MigrationRefusedError for another checklist or an older version.
        """
        return moves.plan_migration(self.load(assessment_id), checklist)

    def migrate(self, assessment_id: str, checklist: Checklist, by: str = "") -> MigrationPlan:
        """Move the assessment to ``checklist`` (a newer version of its checklist).

        Answers are carried by item id; nothing is deleted (:mod:`.migrate`). A completed
        assessment first starts a new revision. Returns the applied plan; a plan with
        ``up_to_date`` True changed nothing.
        """
        plan = self.plan_migration(assessment_id, checklist)
        if plan.up_to_date:
            return plan
        at = utcnow()
        with self._write("move the assessment to the new checklist version") as conn:
            revision, reopened = hist.reopen_if_complete(conn, assessment_id, at, by)
            records.store_snapshot(conn, checklist, plan.to_hash)
            moves.apply_migration(conn, plan, revision, at, by)
        return dataclasses.replace(plan, applied=True, reopened=reopened)

    # -- comparison and workshops

    def earlier_assessments(self, assessment_id: str) -> list[Assessment]:
        """Assessments of the same institution (name compared without case) and country
        started before this one, newest first: candidates for a comparison."""
        a = self.get(assessment_id)
        earlier = [
            other
            for other in self.list_assessments(institution=a.institution)
            if other.id != a.id and other.country == a.country and other.created < a.created
        ]
        return sorted(earlier, key=lambda other: other.created, reverse=True)

    def compare(self, earlier_id: str, later_id: str) -> Comparison:
        """Change per component from one assessment to another (current answers)."""
        return compare_scores(self.score(earlier_id), self.score(later_id))

    def workshop(self, assessment_ids: Sequence[str]) -> WorkshopSummary:
        """Mean and spread per component over several assessments of one checklist."""
        headers = [self.get(aid) for aid in assessment_ids]
        require_one_checklist([h.checklist_id for h in headers])
        return aggregate_scores(self.score(h.id) for h in headers)


def _completion_backup(store: AssessmentStore) -> Path | None:
    """The automatic backup after a completion (None when there is no file, or it failed).

    A backup that fails must not undo or hide a completion that did commit."""
    if store.path is None or store.backups is None:
        return None
    try:
        copy = store.backup("complete")
        old = sorted(store.backups.glob(f"{store.path.stem}-*-complete.db"))
        for stale in old[:-KEEP_COMPLETION_BACKUPS]:
            stale.unlink(missing_ok=True)
        return copy
    except (OSError, sqlite3.Error, StoreError):
        return None
