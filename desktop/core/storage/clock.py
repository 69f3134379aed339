"""Time stamps as Accord stores them: UTC, ISO 8601, with milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> str:
    """Now, as ``2026-12-03T06:32:24.123+00:00``: what every table and file stores."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def utcnow_seconds() -> str:
    """Now, to the second (for records a person reads, such as a key's creation)."""
    return datetime.now(UTC).isoformat(timespec="seconds")
