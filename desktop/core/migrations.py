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
    db["bookmarks"].create(
        {"doc_id": str, "title": str, "created": str, "note": str}, pk="doc_id"
    )
    db["recent"].create({"doc_id": str, "title": str, "opened": str}, pk="doc_id")
    db["settings"].create({"key": str, "value": str}, pk="key")


def known_migration_names() -> set[str]:
    return {m.name for m in MIGRATIONS._migrations}
