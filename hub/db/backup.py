"""Logical backups of the hub's database, the same for both stores.

``accord-hub backup`` writes ``accord-hub-backup/1``: gzip-compressed JSON lines — a
header (hub id, schema step, store, time), one line per row of every table that matters
(meta, devices, enrollment codes, submissions with their signed receipts, accounts), and
a trailer with the row counts, so a truncated file is refused rather than half restored.
It is read from one consistent snapshot (PostgreSQL REPEATABLE READ; a SQLite read
transaction), so a backup taken while submissions arrive holds each one whole or not at
all. Rate buckets are not kept: they refill by themselves.

``accord-hub restore`` loads such a file into an empty database of either kind (or, with
``replace``, into one whose rows it first deletes), in one transaction: a SQLite hub can
move to PostgreSQL this way. Receipts are restored byte for byte, so the restored hub
answers every earlier resend with the identical signed receipt.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.storage.files import fsync_dir
from hub.db.engine import POSTGRESQL, Database
from hub.db.migrate import pending_steps, schema_state
from hub.db.schema import BACKUP_TABLES, metadata, rate_buckets

BACKUP_FORMAT = "accord-hub-backup/1"
_BATCH = 500
_TABLES = {t.name: t for t in BACKUP_TABLES}


class BackupError(AccordError):
    """A backup that cannot be written or restored; the message names the file and why."""

    code = "hub.backup"


def write_backup(db: Database, hub_id: str, out: Path) -> dict[str, int]:
    """Write the backup of ``db`` to ``out`` (atomically: complete or absent); returns the
    rows written per table."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    state = schema_state(db)
    counts: dict[str, int] = {}
    try:
        with db.snapshot() as conn, gzip.open(partial, "wt", encoding="utf-8") as handle:
            header = {
                "format": BACKUP_FORMAT,
                "hub_id": hub_id,
                "schema": state.current,
                "store": db.kind,
                "created": utcnow(),
            }
            handle.write(json.dumps(header) + "\n")
            for table in BACKUP_TABLES:
                counts[table.name] = 0
                query = select(table).order_by(*table.primary_key.columns)
                for row in conn.execution_options(yield_per=_BATCH).execute(query):
                    line = {"table": table.name, "row": dict(row._mapping)}
                    handle.write(json.dumps(line, ensure_ascii=False) + "\n")
                    counts[table.name] += 1
            handle.write(json.dumps({"end": counts}) + "\n")
        with open(partial, "rb") as done:
            os.fsync(done.fileno())
        os.replace(partial, out)
        fsync_dir(out.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return counts


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    value = json.loads(line)
                except ValueError as exc:
                    raise BackupError(
                        f"{path}, line {number}: not a backup line ({exc}); the file is "
                        "damaged — restore from another backup",
                        code="hub.backup-damaged",
                    ) from exc
                if not isinstance(value, dict):
                    raise BackupError(f"{path}, line {number}: not a backup line")
                yield value
    except (OSError, EOFError) as exc:
        raise BackupError(
            f"{path}: cannot read it as a gzip backup ({exc})", code="hub.backup-damaged"
        ) from exc


def read_header(path: Path, hub_id: str) -> dict[str, Any]:
    """Check the whole file (format, hub, trailer and counts) before anything is changed."""
    lines = _lines(path)
    header = next(lines, None)
    if not header or header.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{path}: not an accord-hub backup ({BACKUP_FORMAT})")
    if header.get("hub_id") != hub_id:
        raise BackupError(
            f"{path} is a backup of hub {header.get('hub_id')}, and this hub is {hub_id}; "
            "restore it with that hub's key file",
            code="hub.backup-other-hub",
        )
    seen: dict[str, int] = {}
    trailer = None
    for line in lines:
        if "end" in line:
            trailer = line["end"]
            break
        if line.get("table") not in _TABLES or not isinstance(line.get("row"), dict):
            raise BackupError(f"{path}: a line names no table of the hub")
        seen[line["table"]] = seen.get(line["table"], 0) + 1
    if trailer is None or {k: v for k, v in trailer.items() if v} != seen:
        raise BackupError(
            f"{path} is incomplete (it ends before its last line); restore from another backup",
            code="hub.backup-damaged",
        )
    header["counts"] = seen
    return header


def _empty(conn: Connection) -> bool:
    for table in BACKUP_TABLES:
        if table.name == "meta":
            continue
        if conn.execute(select(func.count()).select_from(table)).scalar():
            return False
    return True


def restore_backup(db: Database, hub_id: str, path: Path, *, replace: bool = False) -> dict:
    """Load the backup at ``path`` into ``db`` (see the module docstring); returns the
    rows restored per table."""
    path = Path(path)
    header = read_header(path, hub_id)
    pending_steps(header.get("schema"), str(path))  # refuses a backup from a newer hub
    with db.write() as conn:
        if not _empty(conn):
            if not replace:
                raise BackupError(
                    f"{db.where} already holds a hub's data; nothing was changed. Restore "
                    "into an empty database, or replace what it holds on purpose",
                    code="hub.restore-not-empty",
                )
            for table in (*reversed(BACKUP_TABLES), rate_buckets):
                query = delete(table)
                if table.name == "meta":
                    query = query.where(table.c.key != "schema")
                conn.execute(query)
        batch: list[dict[str, Any]] = []
        current = None
        for line in _lines(path):
            if "end" in line:
                break
            if "table" not in line or (line["table"] == "meta" and line["row"]["key"] == "schema"):
                continue  # the header, and the target's own schema number
            if line["table"] != current or len(batch) >= _BATCH:
                _flush(conn, current, batch)
                batch, current = [], line["table"]
            batch.append(_known_columns(line["table"], line["row"]))
        _flush(conn, current, batch)
        if db.kind == POSTGRESQL:
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('submissions', 'id'), "
                    "COALESCE((SELECT MAX(id) FROM submissions), 0) + 1, false)"
                )
            )
    return header["counts"]


def _known_columns(table: str, row: dict[str, Any]) -> dict[str, Any]:
    columns = metadata.tables[table].columns
    return {k: v for k, v in row.items() if k in columns}


def _flush(conn: Connection, table: str | None, batch: list[dict[str, Any]]) -> None:
    if table and batch:
        conn.execute(insert(_TABLES[table]), batch)
