"""The one transaction helper: every user action is one ``BEGIN IMMEDIATE`` … ``COMMIT``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import sqlite_utils


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
