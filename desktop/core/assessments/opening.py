"""Opening the assessments database: writable, or read-only on a read-only medium."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from desktop.core.assessments.errors import StoreError
from desktop.core.assessments.faults import read_only_on_open, unwritable
from desktop.core.storage.db import DatabaseError, open_database


def open_writable(path: Path, backups: Path | None = None) -> sqlite_utils.Database:
    """Open (create, migrate) the database at ``path`` for reading and writing.

    Raises ``desktop.core.storage.db.DatabaseError`` for a damaged or newer database, and
    StoreError with ``kind == "read-only"`` when the folder or file cannot be written.
    """
    try:
        return open_database(path, backups)
    except DatabaseError as exc:
        # SQLite cannot tell "read-only" from "damaged" when it fails to open a file;
        # a quick probe can, and the advice differs completely.
        if unwritable(path):
            raise read_only_on_open(path) from exc
        raise


def connect_read_only(path: Path) -> sqlite_utils.Database:
    """An existing database opened for reading only (a read-only folder or medium).

    Every write then fails as read-only; reads work as usual.
    """
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
    return sqlite_utils.Database(conn)
