"""Reading state kept in the user database: bookmarks, recent documents, settings."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from desktop.core.storage.clock import utcnow

RECENT_LIMIT = 30


@dataclass(frozen=True)
class Bookmark:
    """A document in a reading list (bookmarks or recent) and when it got there."""

    doc_id: str
    title: str
    created: str


def add_bookmark(db: sqlite_utils.Database, doc_id: str, title: str) -> None:
    """Bookmark a document (again: its date is renewed), in one transaction."""
    with db.atomic():
        db["bookmarks"].upsert(
            {"doc_id": doc_id, "title": title, "created": utcnow(), "note": ""}, pk="doc_id"
        )


def remove_bookmark(db: sqlite_utils.Database, doc_id: str) -> None:
    """Remove a document's bookmark (none: nothing happens)."""
    with db.atomic():
        db.execute("DELETE FROM bookmarks WHERE doc_id = ?", [doc_id])


def is_bookmarked(db: sqlite_utils.Database, doc_id: str) -> bool:
    """True when the document is bookmarked."""
    return db.execute("SELECT 1 FROM bookmarks WHERE doc_id = ?", [doc_id]).fetchone() is not None


def bookmarks(db: sqlite_utils.Database) -> list[Bookmark]:
    """Every bookmark, newest first."""
    rows = db.execute("SELECT doc_id, title, created FROM bookmarks ORDER BY created DESC")
    return [Bookmark(*row) for row in rows.fetchall()]


def record_recent(db: sqlite_utils.Database, doc_id: str, title: str) -> None:
    """Put a document at the top of the recent list (the list keeps the last 30)."""
    with db.atomic():
        db["recent"].upsert({"doc_id": doc_id, "title": title, "opened": utcnow()}, pk="doc_id")
        db.execute(
            "DELETE FROM recent WHERE doc_id NOT IN "
            "(SELECT doc_id FROM recent ORDER BY opened DESC LIMIT ?)",
            [RECENT_LIMIT],
        )


def recent(db: sqlite_utils.Database, limit: int = 10) -> list[Bookmark]:
    """The ``limit`` documents opened last, newest first."""
    rows = db.execute(
        "SELECT doc_id, title, opened FROM recent ORDER BY opened DESC LIMIT ?", [limit]
    )
    return [Bookmark(*row) for row in rows.fetchall()]


def get_setting(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    """A stored setting, or ``default`` when it was never set."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store a setting (replacing its old value)."""
    with db.atomic():
        db["settings"].upsert({"key": key, "value": value}, pk="key")
