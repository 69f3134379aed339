"""Token buckets held in the database, so every worker on every hub machine counts
against the same limit (a bucket in each worker's memory would allow N times the rate).

A bucket row is locked while it is counted (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite
has one writer at a time), then written back. Time is wall-clock seconds, shared by hub
machines; a clock that runs behind never adds tokens.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects import postgresql, sqlite

from hub.db.schema import rate_buckets


@dataclass(frozen=True)
class RateLimit:
    """``rate`` tokens per second on average, bursts of ``burst``; ``rate <= 0``: no limit."""

    rate: float
    burst: float


def _locked(conn: Connection, key: str) -> tuple[float, float] | None:
    row = conn.execute(
        select(rate_buckets.c.tokens, rate_buckets.c.updated)
        .where(rate_buckets.c.key == key)
        .with_for_update()
    ).fetchone()
    return None if row is None else (float(row[0]), float(row[1]))


def take(conn: Connection, key: str, limit: RateLimit, count: int = 1) -> tuple[int, float]:
    """Take up to ``count`` tokens from ``key``'s bucket inside ``conn``'s transaction.

    Returns how many were granted and, when fewer than asked, the seconds until the next
    token.
    """
    if limit.rate <= 0:
        return count, 0.0
    now = time.time()
    state = _locked(conn, key)
    if state is None:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(
            dialect.insert(rate_buckets)
            .values(key=key, tokens=limit.burst, updated=now)
            .on_conflict_do_nothing()
        )
        state = _locked(conn, key)
        assert state is not None
    tokens, updated = state
    tokens = min(limit.burst, tokens + max(0.0, now - updated) * limit.rate)
    granted = min(count, int(tokens))
    tokens -= granted
    conn.execute(
        update(rate_buckets)
        .where(rate_buckets.c.key == key)
        .values(tokens=tokens, updated=max(now, updated))
    )
    wait = 0.0 if granted == count else (1.0 - tokens) / limit.rate
    return granted, wait


def peek(conn: Connection, key: str, limit: RateLimit) -> float:
    """The seconds until ``key`` has a token again (0 when it has one); takes nothing."""
    if limit.rate <= 0:
        return 0.0
    row = conn.execute(
        select(rate_buckets.c.tokens, rate_buckets.c.updated).where(rate_buckets.c.key == key)
    ).fetchone()
    if row is None:
        return 0.0
    tokens = min(limit.burst, float(row[0]) + max(0.0, time.time() - float(row[1])) * limit.rate)
    return 0.0 if tokens >= 1.0 else (1.0 - tokens) / limit.rate
