"""Numbered schema migrations for the user database (sqlite-utils ``Migrations``).

Append new migrations at the end with the next number; never edit or reorder one that
has shipped. The names double as the version check: a database holding a migration
name this list does not know was written by a newer Accord.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("accord")


@MIGRATIONS(name="0001_reading")
def m0001_reading(db: sqlite_utils.Database) -> None:
    """Reading state: bookmarks, recent documents, settings."""
    db["bookmarks"].create({"doc_id": str, "title": str, "created": str, "note": str}, pk="doc_id")
    db["recent"].create({"doc_id": str, "title": str, "opened": str}, pk="doc_id")
    db["settings"].create({"key": str, "value": str}, pk="key")


def known_migration_names() -> set[str]:
    """The names of every migration this version knows (a newer database has more)."""
    return {m.name for m in MIGRATIONS._migrations}


# --- 0002: readiness self-assessments ---------------------------------------------------------
# Raw SQL rather than sqlite-utils table helpers: CHECK constraints, WITHOUT ROWID and the
# append-only triggers need it. Each statement runs separately (executescript would COMMIT
# the migration's transaction half-way).
_ASSESSMENT_SCHEMA = (
    # The exact checklist an assessment was started with (or moved to), so a draft stays
    # readable and scorable even when its checklist file is later changed, broken or removed.
    """CREATE TABLE checklist_snapshots (
        checklist_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        stored TEXT NOT NULL,
        PRIMARY KEY (checklist_id, hash)
    )""",
    """CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        checklist_id TEXT NOT NULL,
        checklist_version TEXT NOT NULL,
        checklist_hash TEXT NOT NULL,
        institution TEXT NOT NULL CHECK (length(trim(institution)) > 0),
        country TEXT NOT NULL CHECK (length(country) = 2),
        assessors TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        completed TEXT,
        position TEXT,
        FOREIGN KEY (checklist_id, checklist_hash)
            REFERENCES checklist_snapshots (checklist_id, hash)
    )""",
    "CREATE INDEX assessments_institution ON assessments (institution COLLATE NOCASE, country)",
    """CREATE TABLE answers (
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        item_id TEXT NOT NULL,
        value TEXT,
        note TEXT NOT NULL DEFAULT '',
        answered_by TEXT NOT NULL DEFAULT '',
        answered_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, item_id)
    ) WITHOUT ROWID""",
    # Every change, in order. Written by the store in the same transaction as the change.
    """CREATE TABLE assessment_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        revision INTEGER NOT NULL,
        item_id TEXT,
        value TEXT,
        note TEXT,
        detail TEXT
    )""",
    "CREATE INDEX assessment_history_by_assessment ON assessment_history (assessment_id, id)",
    """CREATE TRIGGER assessment_history_no_update BEFORE UPDATE ON assessment_history
        BEGIN SELECT RAISE(ABORT, 'assessment history is append-only'); END""",
    """CREATE TRIGGER assessment_history_no_delete BEFORE DELETE ON assessment_history
        BEGIN SELECT RAISE(ABORT, 'assessment history is append-only'); END""",
    # The answers as they stood when a revision was marked complete: frozen.
    """CREATE TABLE assessment_revisions (
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        revision INTEGER NOT NULL,
        completed TEXT NOT NULL,
        completed_by TEXT NOT NULL DEFAULT '',
        checklist_id TEXT NOT NULL,
        checklist_hash TEXT NOT NULL,
        answers TEXT NOT NULL,
        PRIMARY KEY (assessment_id, revision)
    )""",
    """CREATE TRIGGER assessment_revisions_no_update BEFORE UPDATE ON assessment_revisions
        BEGIN SELECT RAISE(ABORT, 'completed revisions are frozen'); END""",
    """CREATE TRIGGER assessment_revisions_no_delete BEFORE DELETE ON assessment_revisions
        BEGIN SELECT RAISE(ABORT, 'completed revisions are frozen'); END""",
)


@MIGRATIONS(name="0002_assessments")
def m0002_assessments(db: sqlite_utils.Database) -> None:
    """Assessments, their answers, history, revisions and checklist snapshots."""
    for statement in _ASSESSMENT_SCHEMA:
        db.execute(statement)


# --- 0010: sync (device identity, enrolled hub, outbox) ----------------------------------------
# Owned by desktop/core/sync_*.py; see docs/sync.md. The outbox keeps the canonical payload
# from the moment an assessment is completed, and the sealed envelope once built, so a resend
# is byte-identical and a crash at any point loses nothing.
_SYNC_SCHEMA = (
    # One row: this installation's Ed25519 key (a seed; the database is the user's own).
    """CREATE TABLE sync_device (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL,
        seed TEXT NOT NULL,
        public_key TEXT NOT NULL,
        created TEXT NOT NULL
    )""",
    # One row: the hub this device enrolled with (its public keys), or none.
    """CREATE TABLE sync_hub (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        url TEXT,
        hub_id TEXT NOT NULL,
        signing_key TEXT NOT NULL,
        box_key TEXT NOT NULL,
        key_id TEXT NOT NULL,
        enrolled TEXT NOT NULL,
        pending_code TEXT,
        max_body INTEGER
    )""",
    "CREATE TABLE sync_config (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        assessment_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        payload TEXT NOT NULL,
        payload_sha256 TEXT NOT NULL,
        envelope TEXT,
        envelope_key_id TEXT,
        state TEXT NOT NULL DEFAULT 'queued'
            CHECK (state IN ('queued', 'sending', 'delivered', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL NOT NULL DEFAULT 0,
        failure_kind TEXT,
        last_error TEXT,
        receipt_id TEXT,
        receipt TEXT,
        reason TEXT,
        queued TEXT NOT NULL,
        updated TEXT NOT NULL,
        delivered TEXT,
        exported TEXT,
        UNIQUE (assessment_id, revision)
    )""",
    "CREATE INDEX outbox_due ON outbox (state, next_attempt, id)",
)


@MIGRATIONS(name="0010_outbox")
def m0010_outbox(db: sqlite_utils.Database) -> None:
    """Sync: the outbox, this device's key, the enrolled hub and sync settings."""
    for statement in _SYNC_SCHEMA:
        db.execute(statement)


# --- 0012: how an assessment was completed (scoring method 2, docs/scoring.md) -----------------
# An assessment below the minimum coverage can only be submitted as "partial", with a
# reason; the frozen revision keeps both, so the payload the hub receives says so.
# Revisions completed before this migration have NULL: they were complete.
_COMPLETION_SCHEMA = (
    "ALTER TABLE assessments ADD COLUMN completion TEXT "
    "CHECK (completion IS NULL OR completion IN ('complete', 'partial'))",
    "ALTER TABLE assessments ADD COLUMN partial_reason TEXT",
    "ALTER TABLE assessment_revisions ADD COLUMN completion TEXT "
    "CHECK (completion IS NULL OR completion IN ('complete', 'partial'))",
    "ALTER TABLE assessment_revisions ADD COLUMN partial_reason TEXT",
)


@MIGRATIONS(name="0012_assessment_completion")
def m0012_assessment_completion(db: sqlite_utils.Database) -> None:
    """Completion (complete or partial) and the reason for a partial submission."""
    for statement in _COMPLETION_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0013_assessment_language")
def m0013_assessment_language(db: sqlite_utils.Database) -> None:
    """The language an assessment is shown and reported in (earlier ones: English)."""
    db.execute("ALTER TABLE assessments ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
