"""The one transaction helper: every user action is one ``BEGIN IMMEDIATE`` … ``COMMIT``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

import sqlite_utils


@contextmanager
def transaction(
    db: sqlite_utils.Database,
    *,
    on_error: Callable[[sqlite3.Error], BaseException] | None = None,
) -> Iterator[sqlite3.Connection]:
    """Run the block in one ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error).

    Inside a transaction the caller already opened, it joins that one instead, so a caller
    can make queueing part of its own action (e.g. marking an assessment complete).

    ``on_error`` turns a ``sqlite3.Error`` (from BEGIN, the block or COMMIT) into the
    exception to raise instead, after the rollback: a capability's own error that says
    what happened in words people understand.
    """
    conn = db.conn
    if conn.in_transaction:
        try:
            yield conn
        except sqlite3.Error as exc:
            if on_error is None:
                raise
            raise on_error(exc) from exc
        return
    try:
        # IMMEDIATE takes the write lock up front: a busy database fails before any work.
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        if on_error is None:
            raise
        raise on_error(exc) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            # The original error is the one to report.
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if on_error is not None and isinstance(exc, sqlite3.Error):
            raise on_error(exc) from exc
        raise
