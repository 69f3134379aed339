"""Small database helpers shared by the sync modules: one transaction per change, time stamps."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime

import sqlite_utils


def utcnow() -> str:
    """UTC, ISO 8601 with milliseconds: the time stamps the sync tables store."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Run the block in one ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error).

    Inside a transaction the caller already opened, it joins that one instead, so a caller
    can make queueing part of its own action (e.g. marking an assessment complete).
    """
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
