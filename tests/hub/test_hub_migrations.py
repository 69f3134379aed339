"""Schema changes: one set of steps for both stores, an old hub.db brought forward with its
data, a database that is behind or ahead refused with the fix, ``accord-hub migrate``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hub.cli import main as hub_main
from hub.db.engine import Database, HubStoreError
from hub.db.migrate import head, schema_state, upgrade
from hub.db.schema import metadata
from hub.keys import create_keys
from hub.store import HubStore

# What accord-hub 0.1 created (before migrations), with one device and one submission.
_OLD_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE devices (device_id TEXT PRIMARY KEY, public_key TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '', enrolled TEXT NOT NULL, revoked TEXT, last_seen TEXT);
CREATE TABLE enroll_codes (code_hash TEXT PRIMARY KEY, created TEXT NOT NULL,
  expires REAL NOT NULL, label TEXT NOT NULL DEFAULT '', used_by TEXT, used_at TEXT);
CREATE TABLE submissions (id INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt_id TEXT NOT NULL UNIQUE, assessment_id TEXT NOT NULL, revision INTEGER NOT NULL,
  payload_sha256 TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('accepted', 'conflict')),
  device_id TEXT NOT NULL, institution TEXT NOT NULL, institution_key TEXT NOT NULL,
  country TEXT NOT NULL, created TEXT NOT NULL, received TEXT NOT NULL, source TEXT NOT NULL,
  payload TEXT NOT NULL, envelope TEXT NOT NULL, signed_receipt TEXT,
  UNIQUE (assessment_id, revision, payload_sha256));
INSERT INTO meta VALUES ('schema', '1');
INSERT INTO devices VALUES ('d-1', 'AAAAAAAA', 'old laptop', '2025-01-01', NULL, NULL);
INSERT INTO submissions VALUES (1, 'r-1', 'a-1', 1, 'ff', 'accepted', 'd-1', 'Ministry',
  'ministry', 'KE', '2025-01-02', '2025-01-02', 'http', '{"scores": {}}', '{}', '{"r": 1}');
"""


def _old_hub(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "hub.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(_OLD_SCHEMA)
    return path


def test_the_migrations_build_exactly_the_declared_schema(
    store_target: str | None, tmp_path: Path
) -> None:
    db = Database(store_target or tmp_path / "hub.db")
    try:
        upgrade(db)
        with db.reader.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
        assert schema_state(db).up_to_date and schema_state(db).current == head()
    finally:
        db.close()


def test_an_old_hub_database_is_brought_forward_with_its_data(tmp_path: Path) -> None:
    path = _old_hub(tmp_path / "hub")
    db = Database(path)
    try:
        before = schema_state(db)
        assert before.current == "0001" and [s.revision for s in before.pending] == ["0002"]
    finally:
        db.close()
    store = HubStore(path)  # the embedded store migrates as it always did
    try:
        (row,) = store.submissions()
        assert (row["receipt_id"], row["completion"], row["partial_reason"]) == (
            "r-1",
            "complete",
            None,
        )
        assert store.devices()[0].label == "old laptop"
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == ("2",)


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = _old_hub(tmp_path / "hub")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")
    with pytest.raises(HubStoreError) as refused:
        HubStore(path)
    assert refused.value.code == "hub.store-too-new" and str(path) in str(refused.value)
    HubStore(tmp_path / "fresh.db").close()
    with sqlite3.connect(tmp_path / "fresh.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(HubStoreError) as refused:
        HubStore(tmp_path / "fresh.db")
    assert refused.value.code == "hub.store-too-new"


def test_a_database_behind_is_refused_until_migrated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _old_hub(tmp_path / "hub")
    create_keys(tmp_path / "hub")
    with pytest.raises(HubStoreError) as refused:
        HubStore(path, migrate=False)
    assert refused.value.code == "hub.store-behind" and "accord-hub migrate" in str(refused.value)
    data = ["--data", str(tmp_path / "hub")]
    assert hub_main(["migrate", "--check", "--json", *data]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["before"]["current"] == "0001" and report["applied"] == []
    assert hub_main(["migrate", "--json", *data]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["revision"] for s in report["applied"]] == ["0002"] and report["current"] == "0002"
    assert hub_main(["migrate", "--check", *data]) == 0
    assert "up to date" in capsys.readouterr().out
    HubStore(path, migrate=False).close()


def test_a_bad_database_url_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_keys(tmp_path / "hub")
    data = ["--data", str(tmp_path / "hub")]
    url = "postgresql://nobody:secret@127.0.0.1:1/none"
    assert hub_main(["index", *data, "--database", url]) == 2
    err = capsys.readouterr().err
    assert "cannot use the hub database postgresql+psycopg://nobody:***@127.0.0.1:1/none" in err
    assert "secret" not in err and "Traceback" not in err
    assert hub_main(["index", *data, "--database", "mysql://x@y/z"]) == 2
    assert "SQLite or PostgreSQL" in capsys.readouterr().err
