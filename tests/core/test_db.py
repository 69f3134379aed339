"""The user database: pragmas, migrations, backups, and refusing what it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from desktop.core.storage import reading
from desktop.core.storage.db import (
    CorruptDatabaseError,
    NewerDatabaseError,
    latest_backup,
    open_database,
    restore_backup,
)
from desktop.core.storage.migrations import MIGRATIONS


def test_pragmas_in_force(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_bookmarks_and_recent_survive_reopen(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path)
    reading.add_bookmark(db, "standards/x", "X")
    reading.record_recent(db, "guides/y", "Y")
    reading.set_setting(db, "zoom", "120")
    db.close()
    db = open_database(path)
    assert [b.doc_id for b in reading.bookmarks(db)] == ["standards/x"]
    assert [r.doc_id for r in reading.recent(db)] == ["guides/y"]
    assert reading.get_setting(db, "zoom") == "120"
    reading.remove_bookmark(db, "standards/x")
    assert not reading.is_bookmarked(db, "standards/x")


def test_recent_is_capped(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    for n in range(reading.RECENT_LIMIT + 5):
        reading.record_recent(db, f"d{n}", "t")
    assert db.execute("SELECT count(*) FROM recent").fetchone()[0] == reading.RECENT_LIMIT


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_database(path).close()
    raw = sqlite_utils.Database(path)
    raw[MIGRATIONS.migrations_table].insert(
        {"migration_set": "accord", "name": "9999_from_the_future", "applied_at": "x"}
    )
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path)
    assert "newer version of Accord" in str(info.value)
    assert path.read_bytes() == before


def test_backup_taken_before_migrating(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.db"
    db = open_database(path)
    reading.add_bookmark(db, "keep/me", "Keep")
    db.close()
    # A newer Accord ships one more migration: the old data must be backed up first.
    from sqlite_utils.migrations import Migrations

    import desktop.core.storage.db as dbmod

    newer = Migrations("accord")
    for migration in MIGRATIONS._migrations:
        newer(name=migration.name)(migration.fn)

    @newer(name="9000_test_addition")
    def _addition(database: sqlite_utils.Database) -> None:
        database["extra"].create({"id": int}, pk="id")

    monkeypatch.setattr(dbmod, "MIGRATIONS", newer)
    monkeypatch.setattr(dbmod, "known_migration_names", lambda: {m.name for m in newer._migrations})
    db = open_database(path, backups=tmp_path / "backups")
    assert "extra" in db.table_names()
    db.close()
    backup = latest_backup(path, tmp_path / "backups")
    assert backup is not None and "pre-migration" in backup.name
    old = sqlite_utils.Database(backup)
    assert "extra" not in old.table_names()
    assert [r["doc_id"] for r in old["bookmarks"].rows] == ["keep/me"]


def test_corrupt_database_is_reported_and_backup_restores(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path)
    reading.add_bookmark(db, "keep/me", "Keep")
    from desktop.core.storage.db import backup_database

    backup = backup_database(db, path, tmp_path / "backups", reason="manual")
    db.close()
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert str(path) in str(info.value) and "backup" in str(info.value)
    aside = restore_backup(path, backup)
    assert aside.exists()
    db = open_database(path)
    assert [b.doc_id for b in reading.bookmarks(db)] == ["keep/me"]


def test_unwritable_folder_is_not_called_damaged(tmp_path: Path) -> None:
    from desktop.core.storage.db import DatabaseError

    missing_parent = tmp_path / "no" / "such" / "folder" / "a.db"
    with pytest.raises(DatabaseError) as info:
        open_database(missing_parent)
    assert not isinstance(info.value, CorruptDatabaseError)
    assert "writable" in str(info.value) and "Nothing was changed" in str(info.value)
