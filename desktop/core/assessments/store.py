"""Readiness self-assessments: the store that never loses an answer.

The model
=========

An *assessment* answers one checklist for one institution in one country (ISO 3166-1
alpha-2). It remembers the exact checklist it uses (id, version, SHA-256 of the file) and
keeps a snapshot of that checklist in the database, so a draft stays readable and scorable
even if the checklist file is later edited, fails validation or is removed.

*Answers* hold a value (``yes``/``partial``/``no``, ``0``…``4`` or ``na``; None while only
an evidence note was typed), the evidence note, who and when. Every change also appends a
row to the *history*, in the same transaction; the history table refuses UPDATE and DELETE
(triggers), so it is append-only.

*Status and revisions.* An assessment starts as a ``draft`` at revision 1. ``complete()``
marks it ``complete`` and freezes a copy of its answers as that revision. Any later change
(an answer, a note, the details, a move to a newer checklist version) first reopens it: the
status goes back to ``draft`` and the revision number goes up by one, recorded in the
history, in the same transaction as the change. Frozen revisions stay readable with
``revisions()``.

*Checklist versions.* ``migrate()`` moves an assessment to a newer version of its checklist:
answers are carried by item id; answers of removed items stay stored and are listed (they
no longer count in the score); answers no longer valid on an item's new scale lose only
their value (the note stays, and the old value is in the history); new items are flagged.

Durability
==========

Every public method that changes data is one transaction (``BEGIN IMMEDIATE`` …
``COMMIT``) and returns only after the commit: when it returns, the change is on disk
(WAL with ``synchronous=FULL``, set on every connection by ``desktop.core.storage.db``). When the
database cannot be written (read-only folder, full disk, a removed USB stick, another
program holding the lock) the transaction is rolled back, nothing changes, and a
:class:`StoreError` says what happened in words a user understands; the same call works
once the cause is gone.

The store uses one connection, guarded by a lock; call it from one thread at a time (the
UI's SQLite write lane).
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop.core.assessments.scoring import (
    Comparison,
    Gap,
    Progress,
    Score,
    WorkshopSummary,
    aggregate_scores,
    applicable_items,
    compare_scores,
    gap_list,
    score_answers,
    section_progress,
    unanswered_items,
)
from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item, Section, ShowIf
from desktop.core.library.countries import UnknownCountryError, country_name, normalise_country
from desktop.core.library.versions import is_older
from desktop.core.storage import paths
from desktop.core.storage.clock import utcnow
from desktop.core.storage.db import DatabaseError, backup_database, open_database

if TYPE_CHECKING:
    from desktop.core.library.documents import Library, Problem

DRAFT = "draft"
COMPLETE = "complete"
# Automatic backups taken when an assessment is marked complete; older ones are pruned.
KEEP_COMPLETION_BACKUPS = 5
# Shortest id prefix the CLI accepts in place of a full uuid.
MIN_ID_PREFIX = 4
# Spellings people type for "not applicable".
_NA_ALIASES = {"na", "n/a", "n.a.", "not applicable"}


# --- errors ---------------------------------------------------------------------------------


class AssessmentError(Exception):
    """Base class: the message is written for the person using Accord."""


class NotFoundError(AssessmentError):
    """No assessment (or checklist) with that id."""


class InvalidInputError(AssessmentError):
    """A value, item id, country or name was not acceptable; nothing was changed."""


class ChecklistNotStartableError(AssessmentError):
    """The checklist failed validation; ``problems`` name each file, line and fix."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class MigrationRefusedError(AssessmentError):
    """The assessment cannot be moved to that checklist (another checklist, an older
    version, or a version that fails validation)."""


class StoreError(AssessmentError):
    """The database could not be read or written. Nothing was changed.

    ``kind`` is one of ``read-only``, ``full``, ``busy``, ``io``, ``corrupt``, ``other``;
    ``retryable`` says whether the same call may succeed later (keep the typed text and
    offer "save again").
    """

    def __init__(self, message: str, kind: str, retryable: bool) -> None:
        super().__init__(message)
        self.kind = kind
        self.retryable = retryable


# --- data -----------------------------------------------------------------------------------


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

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def is_complete(self) -> bool:
        return self.status == COMPLETE

    def as_json(self) -> dict[str, Any]:
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

    def values(self) -> dict[str, str]:
        """item id → answer value, for the answers that have one."""
        return {k: a.value for k, a in self.answers.items() if a.value is not None}

    def score(self) -> Score:
        return score_answers(self.checklist, self.values())

    def applicable(self) -> list[Item]:
        """The items skip logic shows now, in order."""
        return applicable_items(self.checklist, self.values())

    def is_applicable(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self.applicable())

    def unanswered(self) -> list[Item]:
        """Shown items without a response (``na`` is a response)."""
        return unanswered_items(self.checklist, self.values())

    def progress(self) -> dict[str, Progress]:
        """Progress per section id."""
        return section_progress(self.checklist, self.values())

    def removed_answers(self) -> list[Answer]:
        """Answers kept for items that the current checklist version no longer has."""
        known = {item.id for item in self.checklist.items}
        return [a for k, a in sorted(self.answers.items()) if k not in known]

    def gaps(self, library: Library | None = None, limit: int | None = 10) -> list[Gap]:
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
    assessment: Assessment
    unanswered: tuple[str, ...]  # shown items left without a response
    changed: bool  # False when it was already complete
    backup: Path | None = None


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


@dataclass(frozen=True)
class MigrationPlan:
    """What moving an assessment to another version of its checklist does (or did).

    ``carried``: item ids whose answers move over unchanged. ``removed``: stored answers of
    items the new version does not have; they stay stored, listed and in the history, but
    no longer count. ``invalidated``: answers whose value the item's new scale does not
    accept; the value is cleared (the note stays, the old value is in the history).
    ``added``: items new in this version, flagged for the runner.
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
    applied: bool = False
    reopened: bool = False

    @property
    def up_to_date(self) -> bool:
        return self.from_hash == self.to_hash

    def as_json(self) -> dict[str, Any]:
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


# --- helpers --------------------------------------------------------------------------------


def checklist_to_dict(checklist: Checklist) -> dict[str, Any]:
    """A JSON-able copy of ``checklist`` (the snapshot stored with assessments)."""
    return dataclasses.asdict(checklist)


def checklist_from_dict(data: dict[str, Any]) -> Checklist:
    """The inverse of :func:`checklist_to_dict`."""
    sections = []
    for s in data["sections"]:
        items = []
        for i in s["items"]:
            rule = i.get("show_if")
            show_if = ShowIf(rule["item"], tuple(rule["values"])) if rule else None
            items.append(Item(**{**i, "show_if": show_if}))
        sections.append(Section(s["id"], s["title"], s["component"], tuple(items)))
    return Checklist(
        id=data["id"],
        title=data["title"],
        version=data["version"],
        scale=data["scale"],
        sections=tuple(sections),
        content_hash=data.get("content_hash", ""),
    )


def checklist_hash(checklist: Checklist) -> str:
    """The checklist's file hash, or for a checklist built in code a hash of its content."""
    if checklist.content_hash:
        return checklist.content_hash
    canonical = json.dumps(checklist_to_dict(checklist), sort_keys=True, ensure_ascii=False)
    return "json-" + hashlib.sha256(canonical.encode()).hexdigest()


def normalise_answer(item: Item, value: str | None) -> str | None:
    """The stored form of ``value`` for ``item`` ('Yes ' → 'yes', 'N/A' → 'na'); None stays
    None (clears the value). Raises InvalidInputError naming the allowed answers."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in _NA_ALIASES:
        text = NOT_APPLICABLE
    if text not in item.allowed_answers():
        shown = str(value).strip() or "(empty)"
        raise InvalidInputError(
            f"'{shown}' is not an answer to {item.id} ({item.scale}); "
            f"use one of: {', '.join(item.allowed_answers())}"
        )
    return text


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _unwritable(path: Path | None) -> bool:
    """True when the database file or its folder cannot be written (checked by trying:
    permission bits say nothing for root, a read-only mount or an immutable file)."""
    if path is None:
        return False
    folder = path.parent
    probe = folder / f".accord-write-probe-{uuid.uuid4().hex}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    os.close(fd)
    probe.unlink(missing_ok=True)
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except OSError as exc:
            return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    return False


def available_checklists(library: Library) -> list[ChecklistInfo]:
    """Every checklist document of ``library``, startable or not (with its problems)."""
    infos = []
    for doc in library.sorted_documents():
        if doc.type != "checklist":
            continue
        problems = tuple(
            f"{library.root / p.file}:{p.line}: {p.message}" for p in doc.checklist_problems
        )
        infos.append(
            ChecklistInfo(
                id=doc.id,
                title=doc.title,
                version=doc.checklist.version if doc.checklist else doc.version,
                path=doc.path,
                startable=doc.checklist is not None,
                problems=problems,
                items=len(doc.checklist.items) if doc.checklist else 0,
            )
        )
    return infos


def startable_checklist(library: Library, checklist_id: str) -> Checklist:
    """The checklist ``checklist_id`` of ``library``, ready to start an assessment.

    Raises NotFoundError when there is no such checklist, ChecklistNotStartableError (with
    each problem as "file:line: message") when it fails validation.
    """
    doc = library.get(checklist_id) or library.resolve(checklist_id)
    if doc is None or doc.type != "checklist":
        known = ", ".join(c.id for c in available_checklists(library)) or "none"
        raise NotFoundError(
            f"no checklist '{checklist_id}' in the library {library.root}; "
            f"installed checklists: {known}"
        )
    if doc.checklist is None:
        problems = doc.checklist_problems
        lines = "\n".join(f"  {library.root / p.file}:{p.line}: {p.message}" for p in problems)
        raise ChecklistNotStartableError(
            f"the checklist '{doc.id}' ({doc.path}) fails validation and cannot be started "
            f"until it is fixed (run: accord check):\n{lines}",
            problems,
        )
    return doc.checklist


# --- the store ------------------------------------------------------------------------------


_ASSESSMENT_COLUMNS = (
    "a.id, a.checklist_id, a.checklist_version, a.checklist_hash, s.title, a.institution, "
    "a.country, a.assessors, a.status, a.revision, a.created, a.updated, a.completed, "
    "a.position"
)
_ASSESSMENT_FROM = (
    "FROM assessments a JOIN checklist_snapshots s "
    "ON s.checklist_id = a.checklist_id AND s.hash = a.checklist_hash"
)


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
        try:
            return cls(open_database(path, backups), path=path, backups=backups)
        except DatabaseError as exc:
            # SQLite cannot tell "read-only" from "damaged" when it fails to open a file;
            # a quick probe can, and the advice differs completely.
            if _unwritable(path):
                raise StoreError(
                    f"Cannot open the database {path} for saving: its folder or the file "
                    "is read-only. Nothing was changed. Make the folder writable (or move "
                    "Accord's data to a writable folder); meanwhile the assessments can be "
                    "read but not changed.",
                    "read-only",
                    True,
                ) from exc
            raise

    @classmethod
    def open_read_only(cls, path: Path) -> AssessmentStore:
        """Open an existing database for reading only (a read-only folder or medium).

        Every write then raises StoreError(kind="read-only"); reads work as usual.
        """
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"there is no database at {path}", "other", False)
        uri = path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            # WAL needs a writable -shm file; immutable=1 reads the file as it is (any WAL
            # content not yet checkpointed is then not seen, but nothing can write it).
            conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
        conn.isolation_level = None
        # Same settings as a writable connection; they cost nothing where nothing is written.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=5000")
        return cls(sqlite_utils.Database(conn), path=path)

    @classmethod
    def open_data_dir(cls, data_dir: Path) -> AssessmentStore:
        """Open the store in the user data folder (``paths.database_path``)."""
        return cls.open(paths.database_path(data_dir), paths.backups_dir(data_dir))

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> AssessmentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and errors

    def _folder(self) -> str:
        return str(self.path.parent) if self.path else "the data folder"

    def _store_error(self, exc: sqlite3.Error, doing: str) -> StoreError:
        name = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc).lower()
        folder = self._folder()
        if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
            kind, retry = "read-only", True
            why = f"the data folder {folder} or its database is read-only"
            fix = "make the folder writable (or move Accord's data to a writable folder)"
        elif name.startswith("SQLITE_FULL") or "disk is full" in text:
            kind, retry = "full", True
            why = f"the disk that holds {folder} is full"
            fix = "free some space on that disk"
        elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
            kind, retry = "busy", True
            why = "another program (perhaps a second Accord window) is using the database"
            fix = "close the other program or window"
        elif (
            name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "i/o" in text
        ) and _unwritable(self.path):
            # SQLite reports a folder or file that became read-only as a plain I/O error.
            kind, retry = "read-only", True
            why = f"the data folder {folder} or its database is read-only"
            fix = "make the folder writable (or move Accord's data to a writable folder)"
        elif name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "i/o" in text:
            kind, retry = "io", True
            why = f"the disk reported an error for {folder} (was a USB stick removed?)"
            fix = "reconnect the disk"
        elif name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
            kind, retry = "corrupt", False
            why = "the database file is damaged"
            fix = "restart Accord, which offers to restore the automatic backup"
        else:
            kind, retry = "other", False
            why = f"the database reported: {exc}"
            fix = "try again; if it keeps failing, report this message"
        return StoreError(
            f"Could not {doing}: {why}. Nothing was changed; keep what you typed and save "
            f"again once you {fix}.",
            kind,
            retry,
        )

    @contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One transaction for one user action: commit on success, roll back on any error.

        IMMEDIATE takes the write lock up front, so a busy database fails before any work,
        never half-way.
        """
        with self._lock:
            conn = self.db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._store_error(exc, doing) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    # The original error is the one to report.
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._store_error(exc, doing) from exc
                raise

    @contextmanager
    def _read(self, doing: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self.db.conn
            except sqlite3.Error as exc:
                raise self._store_error(exc, doing) from exc

    # -- checklists

    def _store_snapshot(self, conn: sqlite3.Connection, checklist: Checklist, digest: str) -> None:
        data = checklist_to_dict(dataclasses.replace(checklist, content_hash=digest))
        conn.execute(
            "INSERT OR IGNORE INTO checklist_snapshots "
            "(checklist_id, hash, version, title, data, stored) VALUES (?, ?, ?, ?, ?, ?)",
            (
                checklist.id,
                digest,
                checklist.version,
                checklist.title,
                json.dumps(data, ensure_ascii=False),
                utcnow(),
            ),
        )

    def checklist(self, checklist_id: str, digest: str) -> Checklist:
        """The stored snapshot of checklist ``checklist_id`` with hash ``digest``."""
        key = (checklist_id, digest)
        cached = self._checklists.get(key)
        if cached is not None:
            return cached
        with self._read("read the checklist") as conn:
            row = conn.execute(
                "SELECT data FROM checklist_snapshots WHERE checklist_id = ? AND hash = ?", key
            ).fetchone()
        if row is None:
            raise NotFoundError(f"the checklist {checklist_id} ({digest[:12]}) is not stored")
        checklist = checklist_from_dict(json.loads(row[0]))
        self._checklists[key] = checklist
        return checklist

    # -- reading

    def _assessment(self, row: Sequence[Any]) -> Assessment:
        return Assessment(
            id=row[0],
            checklist_id=row[1],
            checklist_version=row[2],
            checklist_hash=row[3],
            checklist_title=row[4],
            institution=row[5],
            country=row[6],
            assessors=tuple(json.loads(row[7] or "[]")),
            status=row[8],
            revision=row[9],
            created=row[10],
            updated=row[11],
            completed=row[12],
            position=row[13],
        )

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id for ``id_or_prefix`` (a whole id, or a unique prefix of at least
        four characters, as the CLI accepts). Raises NotFoundError."""
        key = (id_or_prefix or "").strip().lower()
        with self._read("read the assessments") as conn:
            if conn.execute("SELECT 1 FROM assessments WHERE id = ?", (key,)).fetchone():
                return key
            matches = []
            if len(key) >= MIN_ID_PREFIX and re.fullmatch(r"[0-9a-f-]+", key):
                matches = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM assessments WHERE id LIKE ? LIMIT 3", (key + "%",)
                    )
                ]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(
                f"'{id_or_prefix}' matches several assessments; give more of the id"
            )
        raise NotFoundError(
            f"no assessment with id '{id_or_prefix}'; list them with: accord assessment list"
        )

    def get(self, assessment_id: str) -> Assessment:
        """The assessment header. Raises NotFoundError."""
        with self._read("read the assessment") as conn:
            row = conn.execute(
                f"SELECT {_ASSESSMENT_COLUMNS} {_ASSESSMENT_FROM} WHERE a.id = ?",
                (assessment_id,),
            ).fetchone()
        if row is None:
            raise NotFoundError(
                f"no assessment with id '{assessment_id}'; list them with: accord assessment list"
            )
        return self._assessment(row)

    def list_assessments(
        self,
        checklist_id: str | None = None,
        institution: str | None = None,
        status: str | None = None,
    ) -> list[Assessment]:
        """Assessments, most recently changed first, optionally filtered."""
        where, params = [], []
        if checklist_id is not None:
            where.append("a.checklist_id = ?")
            params.append(checklist_id)
        if institution is not None:
            where.append("a.institution = ? COLLATE NOCASE")
            params.append(_clean(institution))
        if status is not None:
            where.append("a.status = ?")
            params.append(status)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        with self._read("list the assessments") as conn:
            rows = conn.execute(
                f"SELECT {_ASSESSMENT_COLUMNS} {_ASSESSMENT_FROM} {clause} "
                "ORDER BY a.updated DESC, a.id",
                params,
            ).fetchall()
        return [self._assessment(r) for r in rows]

    def answers(self, assessment_id: str) -> dict[str, Answer]:
        """Stored answers by item id (answers of removed items included)."""
        with self._read("read the answers") as conn:
            rows = conn.execute(
                "SELECT item_id, value, note, answered_by, answered_at FROM answers "
                "WHERE assessment_id = ?",
                (assessment_id,),
            ).fetchall()
        return {r[0]: Answer(r[0], r[1], r[2], r[3], r[4]) for r in rows}

    def load(self, assessment_id: str) -> AssessmentState:
        """Header, checklist snapshot and answers in one call: what the runner opens."""
        assessment = self.get(assessment_id)
        return AssessmentState(
            assessment=assessment,
            checklist=self.checklist(assessment.checklist_id, assessment.checklist_hash),
            answers=self.answers(assessment_id),
            new_items=self._new_items(assessment),
        )

    def _new_items(self, assessment: Assessment) -> tuple[str, ...]:
        with self._read("read the history") as conn:
            row = conn.execute(
                "SELECT detail FROM assessment_history WHERE assessment_id = ? AND "
                "action = 'migrate' ORDER BY id DESC LIMIT 1",
                (assessment.id,),
            ).fetchone()
        if row is None:
            return ()
        detail = json.loads(row[0] or "{}")
        # Only while still on the version the move went to.
        if detail.get("to_hash") != assessment.checklist_hash:
            return ()
        return tuple(detail.get("added", ()))

    def score(self, assessment_id: str) -> Score:
        return self.load(assessment_id).score()

    def history(self, assessment_id: str) -> list[HistoryEntry]:
        """Every change to the assessment, oldest first."""
        self.get(assessment_id)
        with self._read("read the history") as conn:
            rows = conn.execute(
                "SELECT id, at, actor, action, revision, item_id, value, note, detail "
                "FROM assessment_history WHERE assessment_id = ? ORDER BY id",
                (assessment_id,),
            ).fetchall()
        return [HistoryEntry(*r[:8], json.loads(r[8] or "{}")) for r in rows]

    def revisions(self, assessment_id: str) -> list[Revision]:
        """The completed revisions, oldest first, each with its frozen answers."""
        with self._read("read the revisions") as conn:
            rows = conn.execute(
                "SELECT revision, completed, completed_by, checklist_id, checklist_hash, "
                "answers FROM assessment_revisions WHERE assessment_id = ? ORDER BY revision",
                (assessment_id,),
            ).fetchall()
        return [
            Revision(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                {k: Answer(k, **v) for k, v in json.loads(r[5]).items()},
            )
            for r in rows
        ]

    def revision_score(self, assessment_id: str, revision: int) -> Score:
        """The score of a completed revision, on the checklist version it used."""
        for rev in self.revisions(assessment_id):
            if rev.revision == revision:
                checklist = self.checklist(rev.checklist_id, rev.checklist_hash)
                values = {k: a.value for k, a in rev.answers.items() if a.value is not None}
                return score_answers(checklist, values)
        raise NotFoundError(f"assessment {assessment_id} has no completed revision {revision}")

    # -- writing

    def _history(
        self,
        conn: sqlite3.Connection,
        assessment_id: str,
        at: str,
        by: str,
        action: str,
        revision: int,
        item_id: str | None = None,
        value: str | None = None,
        note: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        conn.execute(
            "INSERT INTO assessment_history (assessment_id, at, actor, action, revision, "
            "item_id, value, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                assessment_id,
                at,
                by,
                action,
                revision,
                item_id,
                value,
                note,
                json.dumps(detail, ensure_ascii=False) if detail else None,
            ),
        )

    def _current(self, conn: sqlite3.Connection, assessment_id: str) -> tuple[str, int]:
        row = conn.execute(
            "SELECT status, revision FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no assessment with id '{assessment_id}'")
        return row[0], row[1]

    def _reopen_if_complete(
        self, conn: sqlite3.Connection, assessment_id: str, at: str, by: str
    ) -> tuple[int, bool]:
        """Within a write: a change to a completed assessment starts a new revision."""
        status, revision = self._current(conn, assessment_id)
        if status != COMPLETE:
            return revision, False
        revision += 1
        conn.execute(
            "UPDATE assessments SET status = ?, revision = ?, completed = NULL, updated = ? "
            "WHERE id = ?",
            (DRAFT, revision, at, assessment_id),
        )
        self._history(conn, assessment_id, at, by, "reopen", revision)
        return revision, True

    def create(
        self,
        checklist: Checklist,
        *,
        institution: str,
        country: str,
        assessors: Iterable[str] = (),
        by: str = "",
    ) -> Assessment:
        """Start a draft assessment of ``checklist`` (get it with
        :func:`startable_checklist`). Raises InvalidInputError for an empty institution
        or a country that is not an ISO 3166-1 alpha-2 code."""
        institution, code, names = self._details(institution, country, assessors)
        digest = checklist_hash(checklist)
        assessment_id = str(uuid.uuid4())
        at = utcnow()
        with self._write("start the assessment") as conn:
            self._store_snapshot(conn, checklist, digest)
            conn.execute(
                "INSERT INTO assessments (id, checklist_id, checklist_version, checklist_hash, "
                "institution, country, assessors, status, revision, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (
                    assessment_id,
                    checklist.id,
                    checklist.version,
                    digest,
                    institution,
                    code,
                    json.dumps(names, ensure_ascii=False),
                    DRAFT,
                    at,
                    at,
                ),
            )
            self._history(
                conn,
                assessment_id,
                at,
                by,
                "create",
                1,
                detail={
                    "checklist_id": checklist.id,
                    "version": checklist.version,
                    "hash": digest,
                    "institution": institution,
                    "country": code,
                    "assessors": names,
                },
            )
        return self.get(assessment_id)

    @staticmethod
    def _details(
        institution: str, country: str, assessors: Iterable[str]
    ) -> tuple[str, str, list[str]]:
        name = _clean(institution)
        if not name:
            raise InvalidInputError("the institution name is empty; type the institution's name")
        try:
            code = normalise_country(country)
        except UnknownCountryError as exc:
            raise InvalidInputError(str(exc)) from exc
        if isinstance(assessors, str):  # one name, not its letters
            assessors = [assessors]
        names = [n for n in (_clean(a) for a in assessors) if n]
        return name, code, names

    def _item(self, assessment: Assessment, item_id: str) -> Item:
        checklist = self.checklist(assessment.checklist_id, assessment.checklist_hash)
        item = checklist.item((item_id or "").strip())
        if item is None:
            ids = [i.id for i in checklist.items]
            sample = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
            raise InvalidInputError(
                f"'{item_id}' is not an item of the checklist {checklist.id} "
                f"(version {checklist.version}); its items are: {sample}"
            )
        return item

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
        starts a new revision (``SaveResult.reopened``). Raises NotFoundError,
        InvalidInputError (nothing changed) or StoreError (nothing changed)."""
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
            old = conn.execute(
                "SELECT value, note FROM answers WHERE assessment_id = ? AND item_id = ?",
                (aid, item.id),
            ).fetchone()
            old_value, old_note = (old[0], old[1]) if old else (None, "")
            new_value = value if set_value else old_value
            new_note = old_note if note is None else note
            changed = old is None or (new_value, new_note) != (old_value, old_note)
            if old is None and new_value is None and not new_note:
                changed = False  # clearing an answer that was never given
            if changed:
                revision, reopened = self._reopen_if_complete(conn, aid, at, by)
                conn.execute(
                    "INSERT INTO answers (assessment_id, item_id, value, note, answered_by, "
                    "answered_at) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (assessment_id, item_id) DO UPDATE SET value = excluded.value, "
                    "note = excluded.note, answered_by = excluded.answered_by, "
                    "answered_at = excluded.answered_at",
                    (aid, item.id, new_value, new_note, by, at),
                )
                action = "answer" if set_value else "note"
                self._history(conn, aid, at, by, action, revision, item.id, new_value, new_note)
                conn.execute("UPDATE assessments SET updated = ? WHERE id = ?", (at, aid))
            else:
                revision, reopened = self._current(conn, aid)[1], False
            values = dict(
                conn.execute(
                    "SELECT item_id, value FROM answers WHERE assessment_id = ? "
                    "AND value IS NOT NULL",
                    (aid,),
                ).fetchall()
            )
        checklist = self.checklist(assessment.checklist_id, assessment.checklist_hash)
        applicable = any(i.id == item.id for i in applicable_items(checklist, values))
        return SaveResult(
            aid, item.id, new_value, new_note, at, revision, changed, reopened, applicable
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
        institution_, code, names = self._details(
            current.institution if institution is None else institution,
            current.country if country is None else country,
            current.assessors if assessors is None else assessors,
        )
        if (institution_, code, tuple(names)) == (
            current.institution,
            current.country,
            current.assessors,
        ):
            return current
        at = utcnow()
        with self._write("save the assessment details") as conn:
            revision, _ = self._reopen_if_complete(conn, assessment_id, at, by)
            conn.execute(
                "UPDATE assessments SET institution = ?, country = ?, assessors = ?, "
                "updated = ? WHERE id = ?",
                (institution_, code, json.dumps(names, ensure_ascii=False), at, assessment_id),
            )
            self._history(
                conn,
                assessment_id,
                at,
                by,
                "details",
                revision,
                detail={"institution": institution_, "country": code, "assessors": names},
            )
        return self.get(assessment_id)

    def complete(self, assessment_id: str, by: str = "", backup: bool = True) -> CompleteResult:
        """Mark the assessment complete and freeze its answers as this revision.

        Unanswered shown items do not block completion (the runner lists them first and
        asks); they are returned and recorded in the history. After the commit an automatic
        backup of the database is taken (best effort, ``backup=False`` to skip).
        """
        at = utcnow()
        with self._write("mark the assessment complete") as conn:
            # Read inside the transaction (same connection, re-entrant lock): the frozen
            # answers are exactly those current when the revision is marked complete.
            state = self.load(assessment_id)
            unanswered = tuple(i.id for i in state.unanswered())
            if state.assessment.is_complete:
                return CompleteResult(state.assessment, unanswered, changed=False)
            revision = state.assessment.revision
            frozen = {
                k: {"value": a.value, "note": a.note, "by": a.by, "at": a.at}
                for k, a in sorted(state.answers.items())
            }
            conn.execute(
                "INSERT INTO assessment_revisions (assessment_id, revision, completed, "
                "completed_by, checklist_id, checklist_hash, answers) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    assessment_id,
                    revision,
                    at,
                    by,
                    state.assessment.checklist_id,
                    state.assessment.checklist_hash,
                    json.dumps(frozen, ensure_ascii=False),
                ),
            )
            conn.execute(
                "UPDATE assessments SET status = ?, completed = ?, updated = ? WHERE id = ?",
                (COMPLETE, at, at, assessment_id),
            )
            score = state.score()
            self._history(
                conn,
                assessment_id,
                at,
                by,
                "complete",
                revision,
                detail={"unanswered": list(unanswered), "overall": score.overall},
            )
        copy = self._completion_backup() if backup else None
        return CompleteResult(self.get(assessment_id), unanswered, changed=True, backup=copy)

    def reopen(self, assessment_id: str, by: str = "") -> Assessment:
        """Start a new draft revision of a completed assessment (no-op for a draft)."""
        self.get(assessment_id)
        with self._write("reopen the assessment") as conn:
            self._reopen_if_complete(conn, assessment_id, utcnow(), by)
        return self.get(assessment_id)

    # -- backups

    def backup(self, reason: str = "manual") -> Path:
        """Copy the database into the backups folder (SQLite's online backup: consistent)."""
        if self.path is None or self.backups is None:
            raise StoreError("this store has no file to back up", "other", False)
        with self._lock:
            return backup_database(self.db, self.path, self.backups, reason)

    def _completion_backup(self) -> Path | None:
        # A backup that fails must not undo or hide a completion that did commit.
        if self.path is None or self.backups is None:
            return None
        try:
            copy = self.backup("complete")
            old = sorted(self.backups.glob(f"{self.path.stem}-*-complete.db"))
            for stale in old[:-KEEP_COMPLETION_BACKUPS]:
                stale.unlink(missing_ok=True)
            return copy
        except (OSError, sqlite3.Error, StoreError):
            return None

    # -- checklist versions

    def plan_migration(self, assessment_id: str, checklist: Checklist) -> MigrationPlan:
        """What :meth:`migrate` would do, without changing anything.

        Raises MigrationRefusedError for another checklist or an older version.
        """
        state = self.load(assessment_id)
        a = state.assessment
        if checklist.id != a.checklist_id:
            raise MigrationRefusedError(
                f"assessment {a.id} answers the checklist '{a.checklist_id}', not "
                f"'{checklist.id}'; an assessment can only move to another version of its "
                "own checklist"
            )
        digest = checklist_hash(checklist)
        if is_older(checklist.version, a.checklist_version) and digest != a.checklist_hash:
            raise MigrationRefusedError(
                f"the installed checklist '{checklist.id}' is version {checklist.version}, "
                f"older than the version {a.checklist_version} this assessment uses; "
                "install the newer checklist instead"
            )
        new_items = {item.id: item for item in checklist.items}
        old_ids = {item.id for item in state.checklist.items}
        carried, removed, invalidated = [], [], []
        for item_id, answer in sorted(state.answers.items()):
            item = new_items.get(item_id)
            if item is None:
                removed.append(answer)
            elif answer.value is not None and answer.value not in item.allowed_answers():
                invalidated.append(answer)
            else:
                carried.append(item_id)
        added = tuple(i.id for i in checklist.items if i.id not in old_ids)
        return MigrationPlan(
            assessment_id=a.id,
            checklist_id=a.checklist_id,
            from_version=a.checklist_version,
            from_hash=a.checklist_hash,
            to_version=checklist.version,
            to_hash=digest,
            carried=tuple(carried),
            removed=tuple(removed),
            invalidated=tuple(invalidated),
            added=added,
        )

    def migrate(self, assessment_id: str, checklist: Checklist, by: str = "") -> MigrationPlan:
        """Move the assessment to ``checklist`` (a newer version of its checklist).

        Answers are carried by item id; nothing is deleted: answers of removed items stay
        stored (listed by ``AssessmentState.removed_answers``), invalidated values are in
        the history. A completed assessment first starts a new revision. Returns the
        applied plan; a plan with ``up_to_date`` True changed nothing.
        """
        plan = self.plan_migration(assessment_id, checklist)
        if plan.up_to_date:
            return plan
        at = utcnow()
        with self._write("move the assessment to the new checklist version") as conn:
            revision, reopened = self._reopen_if_complete(conn, assessment_id, at, by)
            self._store_snapshot(conn, checklist, plan.to_hash)
            for answer in plan.invalidated:
                conn.execute(
                    "UPDATE answers SET value = NULL, answered_by = ?, answered_at = ? "
                    "WHERE assessment_id = ? AND item_id = ?",
                    (by, at, assessment_id, answer.item_id),
                )
                self._history(
                    conn,
                    assessment_id,
                    at,
                    by,
                    "migrate-invalidated",
                    revision,
                    answer.item_id,
                    None,
                    answer.note,
                    detail={"old_value": answer.value, "to_version": plan.to_version},
                )
            conn.execute(
                "UPDATE assessments SET checklist_version = ?, checklist_hash = ?, updated = ? "
                "WHERE id = ?",
                (plan.to_version, plan.to_hash, at, assessment_id),
            )
            detail = plan.as_json()
            detail.update(from_hash=plan.from_hash, to_hash=plan.to_hash)
            self._history(conn, assessment_id, at, by, "migrate", revision, detail=detail)
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
        if not assessment_ids:
            raise InvalidInputError("choose at least one assessment for the workshop view")
        headers = [self.get(aid) for aid in assessment_ids]
        checklists = {h.checklist_id for h in headers}
        if len(checklists) > 1:
            raise InvalidInputError(
                "the workshop view compares assessments of one checklist; these use "
                f"{', '.join(sorted(checklists))}"
            )
        return aggregate_scores(self.score(h.id) for h in headers)
