"""The outbox: completed assessments waiting to reach the hub, kept in the user database.

Each row is one completed revision of one assessment (unique on ``(assessment_id,
revision)``), in one of four states::

    queued ──▶ sending ──▶ delivered (receipt id)
       ▲          │
       └──────────┤ (no answer / hub busy: back to queued, retried with backoff)
                  └──▶ rejected (reason)   ── retry() ──▶ queued

* The canonical payload is stored when the item is queued; the sealed, signed envelope is
  built on the first send (sealing needs the hub's key, which may come later) and then
  reused, so every resend is the same bytes and the hub's idempotency holds.
* ``sending`` is committed *before* the upload starts. If the process dies mid-upload, the
  row stays ``sending``; :func:`recover_interrupted` (run when a sync starts) puts it back to
  ``queued`` and the resend is safe because the hub answers an identical resend with the
  same receipt.
* ``delivered`` is written only with a receipt signed by the enrolled hub.

Every change is one committed transaction (``sync_db.transaction``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.storage.transactions import transaction
from desktop.core.sync.device_keys import DeviceKey, load_or_create_device_key
from desktop.core.sync.protocol import (
    PAYLOAD_FORMAT,
    canonical_json,
    check_payload,
    seal_payload,
    sha256_hex,
)

if TYPE_CHECKING:
    from desktop.core.assessments.store import AssessmentStore
    from desktop.core.sync.config import HubInfo

QUEUED = "queued"
SENDING = "sending"
DELIVERED = "delivered"
REJECTED = "rejected"
STATES = (QUEUED, SENDING, DELIVERED, REJECTED)
PENDING_STATES = (QUEUED, SENDING)

# Failure kinds: a "link" failure (no connection, reset, timeout) says nothing about the
# item, so those items become due again as soon as any send succeeds; a "server" failure
# (5xx, 429) keeps the item's own backoff.
LINK = "link"
SERVER = "server"


class OutboxError(AccordError):
    """Something about an outbox request that a person must fix (message says what)."""

    code = "sync.outbox"


class NotCompleteError(OutboxError):
    """The assessment has no completed revision to submit."""

    code = "sync.not-complete"


@dataclass(frozen=True)
class OutboxEntry:
    """One outbox row, as the status views and the runner see it."""

    id: int
    assessment_id: str
    revision: int
    state: str
    attempts: int
    next_attempt: float
    failure_kind: str | None
    last_error: str | None
    receipt_id: str | None
    reason: str | None
    queued: str
    updated: str
    delivered: str | None
    exported: str | None
    payload_sha256: str

    @property
    def label(self) -> str:
        """A one-line status for people: what the assessment list shows."""
        if self.state == DELIVERED:
            return f"Delivered (receipt {self.receipt_id})"
        if self.state == REJECTED:
            return f"Rejected: {self.reason}"
        if self.state == SENDING:
            return "Sending…"
        if self.attempts:
            return f"Waiting to send (tried {self.attempts}×; last: {self.last_error})"
        if self.exported:
            return "Waiting to send (also written to a transfer file)"
        return "Waiting to send"

    def as_json(self) -> dict[str, Any]:
        """The JSON form (``accord sync status --json``, ``accord sync queue --json``)."""
        return {
            "id": self.id,
            "assessment_id": self.assessment_id,
            "revision": self.revision,
            "state": self.state,
            "label": self.label,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "receipt_id": self.receipt_id,
            "reason": self.reason,
            "queued": self.queued,
            "updated": self.updated,
            "delivered": self.delivered,
            "exported": self.exported,
        }


_COLUMNS = (
    "id, assessment_id, revision, state, attempts, next_attempt, failure_kind, last_error, "
    "receipt_id, reason, queued, updated, delivered, exported, payload_sha256"
)


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(*row)


def _database(db_or_store: Any) -> sqlite_utils.Database:
    return db_or_store if isinstance(db_or_store, sqlite_utils.Database) else db_or_store.db


# --- queueing ---------------------------------------------------------------------------------


def build_payload(
    store: AssessmentStore, assessment_id: str, device_id: str, revision: int | None = None
) -> dict[str, Any]:
    """The ``accord-submission/1`` payload of a completed revision (the latest by default).

    Built from the *frozen* revision (answers as they were when marked complete) and its
    score on the checklist version it used. Evidence notes travel; who typed each answer
    does not (the coordinating body needs the evidence, not the names). ``completion``
    says whether it was marked complete or submitted as ``partial`` (below the minimum
    coverage), with ``partial_reason``: the hub keeps partial ones out of its national
    index.
    Raises NotCompleteError when there is no such completed revision.
    """
    assessment = store.get(assessment_id)
    revisions = store.revisions(assessment.id)
    if revision is not None:
        revisions = [r for r in revisions if r.revision == revision]
    if not revisions:
        which = f"revision {revision} of " if revision is not None else ""
        raise NotCompleteError(
            f"{which}assessment {assessment.id} is not complete; mark it complete first"
        )
    rev = revisions[-1]
    checklist = store.checklist(rev.checklist_id, rev.checklist_hash)
    score = store.revision_score(assessment.id, rev.revision)
    answers: dict[str, dict[str, Any]] = {}
    for item_id, answer in sorted(rev.answers.items()):
        entry: dict[str, Any] = {"value": answer.value}
        if answer.note:
            entry["note"] = answer.note
        answers[item_id] = entry
    return {
        "format": PAYLOAD_FORMAT,
        "assessment_id": assessment.id,
        "revision": rev.revision,
        "device_id": device_id,
        "created": rev.completed,
        "checklist": {
            "id": rev.checklist_id,
            "version": checklist.version,
            "hash": rev.checklist_hash,
        },
        "institution": assessment.institution,
        "country": assessment.country,
        "answers": answers,
        "scores": score.as_json(),
        "completion": rev.completion,
        "partial_reason": rev.partial_reason,
    }


def enqueue_payload(db: sqlite_utils.Database, payload: dict[str, Any]) -> OutboxEntry:
    """Queue a ready payload (idempotent on ``(assessment_id, revision)``).

    Queueing the same revision again returns the existing row unchanged: a completed
    revision is frozen, and a row already delivered must not be sent twice.
    Raises ``envelope.EnvelopeError`` when the payload is not valid.
    """
    check_payload(payload)
    body = canonical_json(payload).decode("utf-8")
    at = utcnow()
    with transaction(db) as conn:
        conn.execute(
            "INSERT OR IGNORE INTO outbox (assessment_id, revision, payload, payload_sha256, "
            "state, queued, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                payload["assessment_id"],
                payload["revision"],
                body,
                sha256_hex(body.encode("utf-8")),
                QUEUED,
                at,
                at,
            ),
        )
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE assessment_id = ? AND revision = ?",
            (payload["assessment_id"], payload["revision"]),
        ).fetchone()
    return _entry(row)


def queue_submission(
    db: sqlite_utils.Database | AssessmentStore, assessment_id: str, revision: int | None = None
) -> OutboxEntry:
    """Queue the latest completed revision of ``assessment_id`` for the hub.

    Call it right after ``AssessmentStore.complete()`` (or with ``db`` being the store, or
    its database). Safe to call again: an already queued or delivered revision is returned
    as it is. Creates the device key on first use. Raises NotCompleteError for a draft.
    """
    from desktop.core.assessments.store import AssessmentStore  # the store imports no sync code

    store = db if isinstance(db, AssessmentStore) else AssessmentStore(db)
    device = load_or_create_device_key(store.db)
    payload = build_payload(store, store.resolve_id(assessment_id), device.device_id, revision)
    return enqueue_payload(store.db, payload)


def not_queued(db: sqlite_utils.Database | AssessmentStore) -> list[tuple[str, int]]:
    """``(assessment_id, revision)`` of each assessment's latest completed revision that is
    not in the outbox yet (read-only; :func:`queue_completed` queues them)."""
    from desktop.core.assessments.store import AssessmentStore

    store = db if isinstance(db, AssessmentStore) else AssessmentStore(db)
    queued = {(r[0], r[1]) for r in store.db.execute("SELECT assessment_id, revision FROM outbox")}
    missing = []
    for assessment in store.list_assessments():
        revisions = store.revisions(assessment.id)
        if revisions and (assessment.id, revisions[-1].revision) not in queued:
            missing.append((assessment.id, revisions[-1].revision))
    return missing


def queue_completed(db: sqlite_utils.Database | AssessmentStore) -> list[OutboxEntry]:
    """Queue every assessment's latest completed revision not yet queued; returns the new
    rows. The sync calls it before each run, so a completion is never missed even where
    the caller of ``complete()`` did not queue it."""
    from desktop.core.assessments.store import AssessmentStore

    store = db if isinstance(db, AssessmentStore) else AssessmentStore(db)
    return [queue_submission(store, aid, rev) for aid, rev in not_queued(store)]


# --- reading ----------------------------------------------------------------------------------


def entries(db: Any, states: tuple[str, ...] | None = None) -> list[OutboxEntry]:
    """Outbox rows, oldest first, optionally only in ``states``."""
    db = _database(db)
    if states:
        marks = ", ".join("?" for _ in states)
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY id", states
        ).fetchall()
    else:
        rows = db.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY id").fetchall()
    return [_entry(r) for r in rows]


def entry(db: Any, outbox_id: int) -> OutboxEntry:
    """One row by id; raises OutboxError when there is none."""
    row = (
        _database(db)
        .execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (outbox_id,))
        .fetchone()
    )
    if row is None:
        raise OutboxError(f"no outbox item {outbox_id}", code="sync.no-such-item")
    return _entry(row)


def status_for_assessment(db: Any, assessment_id: str) -> OutboxEntry | None:
    """The outbox row of the latest queued revision of an assessment (None if never queued):
    what the assessment's status badge shows."""
    row = (
        _database(db)
        .execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE assessment_id = ? ORDER BY revision DESC LIMIT 1",
            (assessment_id,),
        )
        .fetchone()
    )
    return _entry(row) if row else None


def statuses_by_assessment(db: Any) -> dict[str, OutboxEntry]:
    """assessment id → its latest outbox row, in one query (for the assessment list)."""
    rows = (
        _database(db)
        .execute(
            f"SELECT {_COLUMNS} FROM outbox o WHERE revision = "
            "(SELECT MAX(revision) FROM outbox WHERE assessment_id = o.assessment_id)"
        )
        .fetchall()
    )
    return {r[1]: _entry(r) for r in rows}


def payload_of(db: Any, outbox_id: int) -> dict[str, Any]:
    """The canonical payload stored for an outbox row; raises OutboxError when there is none."""
    row = _database(db).execute("SELECT payload FROM outbox WHERE id = ?", (outbox_id,)).fetchone()
    if row is None:
        raise OutboxError(f"no outbox item {outbox_id}", code="sync.no-such-item")
    return json.loads(row[0])


def due_entries(db: Any, now: float, limit: int = 100) -> list[OutboxEntry]:
    """Pending rows whose next attempt is due, least recently tried first."""
    rows = (
        _database(db)
        .execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state IN (?, ?) AND next_attempt <= ? "
            "ORDER BY next_attempt, id LIMIT ?",
            (QUEUED, SENDING, now, limit),
        )
        .fetchall()
    )
    return [_entry(r) for r in rows]


def next_due_time(db: Any) -> float | None:
    """When the next pending row becomes due (epoch seconds), or None when none is pending."""
    row = (
        _database(db)
        .execute("SELECT MIN(next_attempt) FROM outbox WHERE state IN (?, ?)", (QUEUED, SENDING))
        .fetchone()
    )
    return row[0] if row and row[0] is not None else None


def counts(db: Any) -> dict[str, int]:
    """Rows per state (every state present, zero included)."""
    result = dict.fromkeys(STATES, 0)
    for state, n in _database(db).execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
        result[state] = n
    return result


def pending_count(db: Any) -> int:
    """Rows still to send (queued or sending)."""
    c = counts(db)
    return c[QUEUED] + c[SENDING]


# --- transitions ------------------------------------------------------------------------------


def recover_interrupted(db: Any) -> int:
    """Put rows left ``sending`` by a process that died back to ``queued``; returns how many."""
    with transaction(_database(db)) as conn:
        cur = conn.execute(
            "UPDATE outbox SET state = ?, updated = ? WHERE state = ?", (QUEUED, utcnow(), SENDING)
        )
    return cur.rowcount


def mark_sending(db: Any, outbox_id: int) -> None:
    """The row's upload starts (committed before it does, see the module docstring)."""
    with transaction(_database(db)) as conn:
        conn.execute(
            "UPDATE outbox SET state = ?, updated = ? WHERE id = ? AND state IN (?, ?)",
            (SENDING, utcnow(), outbox_id, QUEUED, SENDING),
        )


def mark_delivered(db: Any, outbox_id: int, signed_receipt: dict[str, Any]) -> None:
    """Record a verified receipt: the only way a row becomes ``delivered``."""
    receipt = signed_receipt["receipt"]
    at = utcnow()
    with transaction(_database(db)) as conn:
        conn.execute(
            "UPDATE outbox SET state = ?, receipt_id = ?, receipt = ?, delivered = ?, "
            "updated = ?, last_error = NULL, failure_kind = NULL, reason = NULL WHERE id = ?",
            (
                DELIVERED,
                receipt["receipt_id"],
                json.dumps(signed_receipt, ensure_ascii=False),
                at,
                at,
                outbox_id,
            ),
        )


def mark_rejected(db: Any, outbox_id: int, reason: str) -> None:
    """The hub (or a local check) refused the item for good; ``reason`` is for people."""
    with transaction(_database(db)) as conn:
        conn.execute(
            "UPDATE outbox SET state = ?, reason = ?, updated = ? WHERE id = ? AND state != ?",
            (REJECTED, reason, utcnow(), outbox_id, DELIVERED),
        )


def mark_failed(db: Any, outbox_id: int, error: str, kind: str, next_attempt: float) -> None:
    """A transient failure: back to ``queued``, one more attempt, due at ``next_attempt``."""
    with transaction(_database(db)) as conn:
        conn.execute(
            "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, "
            "failure_kind = ?, next_attempt = ?, updated = ? WHERE id = ? AND state != ?",
            (QUEUED, error, kind, next_attempt, utcnow(), outbox_id, DELIVERED),
        )


def release_link_waits(db: Any) -> int:
    """The link is back: rows that only failed for lack of a link are due again now."""
    with transaction(_database(db)) as conn:
        cur = conn.execute(
            "UPDATE outbox SET next_attempt = 0 WHERE state IN (?, ?) AND failure_kind = ? "
            "AND next_attempt > 0",
            (QUEUED, SENDING, LINK),
        )
    return cur.rowcount


def retry(db: Any, outbox_id: int | None = None) -> int:
    """Queue rejected rows again (one, or all when ``outbox_id`` is None); also makes queued
    rows due now. What a "Try again" / "Sync now" button calls. Returns rows changed."""
    params: tuple[Any, ...] = (QUEUED, utcnow(), REJECTED, QUEUED, SENDING)
    where = "state IN (?, ?, ?)"
    if outbox_id is not None:
        where += " AND id = ?"
        params = (*params, outbox_id)
    with transaction(_database(db)) as conn:
        cur = conn.execute(
            f"UPDATE outbox SET state = ?, reason = NULL, next_attempt = 0, updated = ? "
            f"WHERE {where}",
            params,
        )
    return cur.rowcount


def mark_exported(db: Any, outbox_ids: list[int]) -> None:
    """Note that these rows were written to a transfer file (they stay pending until a
    receipt comes back)."""
    at = utcnow()
    with transaction(_database(db)) as conn:
        conn.executemany(
            "UPDATE outbox SET exported = ? WHERE id = ?", [(at, i) for i in outbox_ids]
        )


def ensure_envelope(
    db: Any,
    outbox_id: int,
    hub: HubInfo,
    device: DeviceKey | None = None,
    start_sending: bool = False,
) -> dict[str, Any]:
    """The row's envelope for ``hub``: built (sealed + signed) and stored the first time,
    then reused so resends are byte-identical. Rebuilt only after enrolling with a hub
    whose key differs. ``start_sending`` also sets the row ``sending`` in the same commit
    (one fsync less per upload)."""
    database = _database(db)
    row = database.execute(
        "SELECT payload, envelope, envelope_key_id FROM outbox WHERE id = ?", (outbox_id,)
    ).fetchone()
    if row is None:
        raise OutboxError(f"no outbox item {outbox_id}", code="sync.no-such-item")
    payload_text, stored, stored_key = row
    if stored and stored_key == hub.key_id:
        if start_sending:
            mark_sending(database, outbox_id)
        return json.loads(stored)
    device = device or load_or_create_device_key(database)
    envelope = seal_payload(json.loads(payload_text), device.signing_key, hub.box_key).as_json()
    with transaction(database) as conn:
        conn.execute(
            "UPDATE outbox SET envelope = ?, envelope_key_id = ? WHERE id = ?",
            (json.dumps(envelope), hub.key_id, outbox_id),
        )
        if start_sending:
            conn.execute(
                "UPDATE outbox SET state = ?, updated = ? WHERE id = ? AND state IN (?, ?)",
                (SENDING, utcnow(), outbox_id, QUEUED, SENDING),
            )
    return envelope
