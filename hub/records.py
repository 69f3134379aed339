"""Storing verified submissions: idempotent, conflict-keeping, rate-limited, in batches.

Submissions are keyed by ``(assessment_id, revision)`` with the payload's SHA-256 as the
content identity:

* the same content again → the stored receipt, unchanged (idempotent resend);
* different content at a stored revision → a ``conflict`` row, kept for review, and 409;
* a revision older than one already stored → accepted and kept as history (the index
  always uses the newest).

Several workers (and machines) store at once. The unique constraints decide who was
first: an insert that loses the race does nothing (``ON CONFLICT DO NOTHING``, after
PostgreSQL waited for the winner to commit), and the item is looked at again, now seeing
the winner's row (a duplicate or a conflict). Within one
transaction rows are locked in one global order — rate buckets by key, submissions by
key, devices by id — so two workers' batches never wait for each other in a circle.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from desktop.core.storage.clock import utcnow
from desktop.core.sync.protocol import RECEIPT_FORMAT, sign_receipt
from hub.db.ratelimit import RateLimit, take
from hub.db.schema import ACCEPTED, COMPLETE, CONFLICT, devices, submissions
from hub.errors import Rejected, retry_after
from hub.keys import HubKeys

# How often an item is looked at again after losing an insert race (one is enough: the
# second look sees the committed winner).
_RACE_TRIES = 3


@dataclass(frozen=True)
class RecordResult:
    """``outcome``: ``accepted`` (new), ``duplicate`` (identical resend) or ``conflict``."""

    outcome: str
    signed_receipt: dict[str, Any] | None
    reason: str | None = None

    @property
    def status(self) -> int:
        return {"accepted": 201, "duplicate": 200}.get(self.outcome, 409)


@dataclass(frozen=True)
class Submission:
    """A verified payload ready to store."""

    payload: dict[str, Any]
    payload_sha256: str
    payload_text: str
    envelope_text: str
    source: str

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.payload["assessment_id"], self.payload["revision"], self.payload_sha256)

    @property
    def device_id(self) -> str:
        return str(self.payload["device_id"])


def institution_key(name: str) -> str:
    """How two spellings of one institution are matched: case and spacing ignored."""
    return " ".join(name.casefold().split())


def receipt_id_for(assessment_id: str, revision: int, payload_sha256: str) -> str:
    """Deterministic: the same content always gets the same receipt id."""
    digest = hashlib.sha256(f"{assessment_id}\n{revision}\n{payload_sha256}".encode()).hexdigest()
    return "r-" + digest[:24]


def conflict_reason(assessment_id: str, revision: int) -> str:
    return (
        f"the hub already holds different content for assessment {assessment_id} revision "
        f"{revision}; both versions are kept for review by the hub's operator"
    )


def _rate_limited(conn: Connection, items: list[Submission], limit: RateLimit) -> dict[int, float]:
    """Which items (by position) are over their device's limit, and the wait for each."""
    wanted = Counter(item.device_id for item in items)
    granted: dict[str, tuple[int, float]] = {}
    for device_id in sorted(wanted):  # one lock order for every worker
        granted[device_id] = take(conn, device_id, limit, wanted[device_id])
    refused: dict[int, float] = {}
    seen: Counter[str] = Counter()
    for n, item in enumerate(items):  # the earliest arrivals get the tokens
        seen[item.device_id] += 1
        allowed, wait = granted[item.device_id]
        if seen[item.device_id] > allowed:
            refused[n] = wait
    return refused


def record_batch(
    conn: Connection, items: list[Submission], keys: HubKeys, limit: RateLimit | None
) -> list[RecordResult | BaseException]:
    """Store ``items`` in ``conn``'s transaction; one result (or exception) per item.

    Each item has its own savepoint, so one failing item does not undo the others; two
    copies of one submission in a batch are a new one and its duplicate.
    """
    results: list[RecordResult | BaseException | None] = [None] * len(items)
    refused = _rate_limited(conn, items, limit) if limit is not None else {}
    for n, wait in refused.items():
        device_id = items[n].device_id
        results[n] = Rejected(
            429,
            "rate_limited",
            f"too many submissions from device {device_id}; retry in {retry_after(wait)} s",
            {"Retry-After": retry_after(wait)},
        )
    order = sorted((n for n in range(len(items)) if n not in refused), key=lambda n: items[n].key)
    received = utcnow()
    for n in order:
        results[n] = _record_one(conn, items[n], keys, received)
    seen = sorted({items[n].device_id for n in order})
    for device_id in seen:
        conn.execute(
            update(devices).where(devices.c.device_id == device_id).values(last_seen=received)
        )
    return [r for r in results if r is not None]


def _record_one(
    conn: Connection, item: Submission, keys: HubKeys, received: str
) -> RecordResult | BaseException:
    for _ in range(_RACE_TRIES):
        result = _record(conn, item, keys, received)
        if result is not None:
            return result
        # Another worker stored this key first (the insert did nothing): look again.
    return IntegrityError("insert", None, Exception("the key kept changing"))


def _insert_ignoring_races(conn: Connection, values: dict[str, Any]) -> bool:
    """Insert a submission row; False when a unique key was taken meanwhile (no error,
    so no savepoint is needed: one statement instead of three)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    query = dialect.insert(submissions).values(**values).on_conflict_do_nothing()
    return conn.execute(query.returning(submissions.c.id)).first() is not None


def _record(
    conn: Connection, item: Submission, keys: HubKeys, received: str
) -> RecordResult | None:
    payload, payload_sha256 = item.payload, item.payload_sha256
    aid, revision = payload["assessment_id"], payload["revision"]
    s = submissions.c
    rows = conn.execute(
        select(s.kind, s.revision, s.payload_sha256, s.signed_receipt)
        .where(s.assessment_id == aid)
        .order_by(s.id)
    ).fetchall()
    here = [r for r in rows if r.revision == revision]
    for kind, _, sha, signed in here:
        if sha == payload_sha256:
            if kind == ACCEPTED:
                return RecordResult("duplicate", json.loads(signed))
            return RecordResult("conflict", None, conflict_reason(aid, revision))
    conflict = any(r.kind == ACCEPTED for r in here)
    receipt_id = receipt_id_for(aid, revision, payload_sha256)
    signed_receipt = None
    if conflict:
        receipt_id = "c" + receipt_id[1:]
    else:
        newest = max((r.revision for r in rows if r.kind == ACCEPTED), default=None)
        receipt = {
            "format": RECEIPT_FORMAT,
            "receipt_id": receipt_id,
            "hub_id": keys.hub_id,
            "assessment_id": aid,
            "revision": revision,
            "payload_sha256": payload_sha256,
            "device_id": payload["device_id"],
            "received": received,
            "stored_as": "history" if newest is not None and newest > revision else "current",
        }
        signed_receipt = sign_receipt(receipt, keys.signing_key)
    stored = _insert_ignoring_races(
        conn,
        {
            "receipt_id": receipt_id,
            "assessment_id": aid,
            "revision": revision,
            "payload_sha256": payload_sha256,
            "kind": CONFLICT if conflict else ACCEPTED,
            "device_id": payload["device_id"],
            "institution": payload["institution"].strip(),
            "institution_key": institution_key(payload["institution"]),
            "country": payload["country"],
            "created": payload["created"],
            "received": received,
            "source": item.source,
            "payload": item.payload_text,
            "envelope": item.envelope_text,
            "signed_receipt": json.dumps(signed_receipt) if signed_receipt else None,
            "completion": payload.get("completion") or COMPLETE,
            "partial_reason": payload.get("partial_reason"),
        },
    )
    if not stored:
        return None
    if conflict:
        return RecordResult("conflict", None, conflict_reason(aid, revision))
    return RecordResult("accepted", signed_receipt)
