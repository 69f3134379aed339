"""Reading state kept in the user database: bookmarks, recent documents, settings."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from desktop.core.storage.clock import utcnow

RECENT_LIMIT = 30


@dataclass(frozen=True)
class Bookmark:
    doc_id: str
    title: str
    created: str


def add_bookmark(db: sqlite_utils.Database, doc_id: str, title: str) -> None:
    with db.atomic():
        db["bookmarks"].upsert(
            {"doc_id": doc_id, "title": title, "created": utcnow(), "note": ""}, pk="doc_id"
        )


def remove_bookmark(db: sqlite_utils.Database, doc_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM bookmarks WHERE doc_id = ?", [doc_id])


def is_bookmarked(db: sqlite_utils.Database, doc_id: str) -> bool:
    return db.execute("SELECT 1 FROM bookmarks WHERE doc_id = ?", [doc_id]).fetchone() is not None


def bookmarks(db: sqlite_utils.Database) -> list[Bookmark]:
    rows = db.execute("SELECT doc_id, title, created FROM bookmarks ORDER BY created DESC")
    return [Bookmark(*row) for row in rows.fetchall()]


def record_recent(db: sqlite_utils.Database, doc_id: str, title: str) -> None:
    with db.atomic():
        db["recent"].upsert({"doc_id": doc_id, "title": title, "opened": utcnow()}, pk="doc_id")
        db.execute(
            "DELETE FROM recent WHERE doc_id NOT IN "
            "(SELECT doc_id FROM recent ORDER BY opened DESC LIMIT ?)",
            [RECENT_LIMIT],
        )


def recent(db: sqlite_utils.Database, limit: int = 10) -> list[Bookmark]:
    rows = db.execute(
        "SELECT doc_id, title, opened FROM recent ORDER BY opened DESC LIMIT ?", [limit]
    )
    return [Bookmark(*row) for row in rows.fetchall()]


def get_setting(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    with db.atomic():
        db["settings"].upsert({"key": key, "value": value}, pk="key")
