"""The hub's SQLite store: devices, one-time enrollment codes, submissions.

Durability: WAL with ``synchronous=FULL`` — a receipt is sent only after its row is on disk,
so a hub killed at any moment never forgets a submission it acknowledged.

Submissions are keyed by ``(assessment_id, revision)`` with the payload's SHA-256 as the
content identity (see :meth:`HubStore.record`):

* the same content again → the stored receipt, unchanged (idempotent resend);
* different content at a stored revision → a ``conflict`` row, kept for review, and 409;
* a revision older than one already stored → accepted and kept as history (the index
  always uses the newest).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.sync.protocol import (
    RECEIPT_FORMAT,
    b64decode,
    b64encode,
    device_id_for,
    sign_receipt,
)
from hub.keys import HubKeys

SCHEMA_VERSION = 1
ACCEPTED = "accepted"
CONFLICT = "conflict"
# Enrollment codes: no 0/O, 1/I/L, so a code read aloud or copied by hand survives.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LEN = 4
DEFAULT_CODE_TTL_HOURS = 72.0

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS devices (
        device_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        enrolled TEXT NOT NULL,
        revoked TEXT,
        last_seen TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS enroll_codes (
        code_hash TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        expires REAL NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        used_by TEXT,
        used_at TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS submissions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        receipt_id TEXT NOT NULL UNIQUE,
        assessment_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        payload_sha256 TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('accepted', 'conflict')),
        device_id TEXT NOT NULL,
        institution TEXT NOT NULL,
        institution_key TEXT NOT NULL,
        country TEXT NOT NULL,
        created TEXT NOT NULL,
        received TEXT NOT NULL,
        source TEXT NOT NULL,
        payload TEXT NOT NULL,
        envelope TEXT NOT NULL,
        signed_receipt TEXT,
        UNIQUE (assessment_id, revision, payload_sha256)
    )""",
    "CREATE INDEX IF NOT EXISTS submissions_key ON submissions (assessment_id, revision)",
    "CREATE INDEX IF NOT EXISTS submissions_place ON submissions (country, institution_key)",
)


class HubStoreError(AccordError):
    """A store problem explained for the hub's operator."""

    code = "hub.store"


class EnrollmentRefused(AccordError):
    """A code or device that cannot enroll; ``reason`` is sent back to the device.

    ``code`` (``bad_key``, ``bad_code``, ``code_used``…) is sent as ``error`` in the HTTP
    answer and keeps its spelling.
    """

    code = "enrollment_refused"

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason, code=code)
        self.reason = reason


@dataclass(frozen=True)
class Device:
    device_id: str
    public_key: bytes
    label: str
    enrolled: str
    revoked: str | None
    last_seen: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "label": self.label,
            "enrolled": self.enrolled,
            "revoked": self.revoked,
            "last_seen": self.last_seen,
        }


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
    """A verified payload ready to store (what :meth:`HubStore.record_many` takes)."""

    payload: dict[str, Any]
    payload_sha256: str
    payload_text: str
    envelope_text: str
    source: str


def normalise_code(code: str) -> str:
    """Upper case, no spaces or dashes: 'abcd-efgh jkmn' → 'ABCDEFGHJKMN'."""
    return re.sub(r"[\s-]+", "", code or "").upper()


def institution_key(name: str) -> str:
    """How two spellings of one institution are matched: case and spacing ignored."""
    return " ".join(name.casefold().split())


def receipt_id_for(assessment_id: str, revision: int, payload_sha256: str) -> str:
    """Deterministic: the same content always gets the same receipt id."""
    digest = hashlib.sha256(f"{assessment_id}\n{revision}\n{payload_sha256}".encode()).hexdigest()
    return "r-" + digest[:24]


class HubStore:
    """Two SQLite connections: one for writes (behind a lock, used by one writer at a time)
    and one for reads, so looking up a device or drawing the dashboard never waits for a
    commit's fsync (WAL lets readers run beside the writer)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.conn = self._connect()
            self._lock = threading.RLock()
            self._migrate()
            self._reader = self._connect()
        except sqlite3.DatabaseError as exc:
            raise HubStoreError(
                f"cannot open the hub database {self.path}: {exc}", code="hub.store-unavailable"
            ) from exc
        self._read_lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            str(self.path), timeout=10.0, check_same_thread=False, isolation_level=None
        )
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA busy_timeout=10000",
        ):
            conn.execute(pragma)
        return conn

    def close(self) -> None:
        with self._lock, self._read_lock:
            self.conn.close()
            self._reader.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._read_lock:
            return self._reader.execute(sql, params).fetchall()

    def _migrate(self) -> None:
        with self._write() as conn:
            for statement in _SCHEMA:
                conn.execute(statement)
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise HubStoreError(
                    f"{self.path} was written by a newer accord-hub (schema {row[0]}); "
                    "install that version to use it",
                    code="hub.store-too-new",
                )

    # -- enrollment

    def new_enroll_code(self, ttl_hours: float = DEFAULT_CODE_TTL_HOURS, label: str = "") -> str:
        """A fresh one-time code (``XXXX-XXXX-XXXX``); only its hash is stored."""
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
        with self._write() as conn:
            conn.execute(
                "INSERT INTO enroll_codes (code_hash, created, expires, label) VALUES (?, ?, ?, ?)",
                (_hash_code(raw), utcnow(), time.time() + ttl_hours * 3600, label),
            )
        groups = [raw[i : i + CODE_GROUP_LEN] for i in range(0, len(raw), CODE_GROUP_LEN)]
        return "-".join(groups)

    def enroll(self, code: str, public_key_b64: str, label: str = "") -> Device:
        """Register a device key with a one-time code. Re-enrolling the same key with the
        code it already used is accepted (a repeated request or re-imported file).

        Raises EnrollmentRefused (``bad_code``, ``code_used``, ``code_expired``,
        ``revoked_device``, ``bad_key``)."""
        try:
            public_key = b64decode(public_key_b64, "public_key")
        except ValueError as exc:
            raise EnrollmentRefused("bad_key", "the public key is not base64") from exc
        if len(public_key) != 32:
            raise EnrollmentRefused("bad_key", "the public key must be 32 bytes (Ed25519)")
        device_id = device_id_for(public_key)
        code_hash = _hash_code(normalise_code(code))
        at = utcnow()
        with self._write() as conn:
            row = conn.execute(
                "SELECT expires, used_by, label FROM enroll_codes WHERE code_hash = ?", (code_hash,)
            ).fetchone()
            if row is None:
                raise EnrollmentRefused("bad_code", "this enrollment code is not known to the hub")
            expires, used_by, code_label = row
            if used_by is not None and used_by != device_id:
                raise EnrollmentRefused(
                    "code_used", "this enrollment code was already used by another device"
                )
            if used_by is None and expires < time.time():
                raise EnrollmentRefused(
                    "code_expired", "this enrollment code has expired; ask for a new one"
                )
            existing = conn.execute(
                "SELECT revoked FROM devices WHERE device_id = ?", (device_id,)
            ).fetchone()
            if existing is not None and existing[0] is not None:
                raise EnrollmentRefused("revoked_device", "this device was revoked by the hub")
            if existing is None:
                conn.execute(
                    "INSERT INTO devices (device_id, public_key, label, enrolled) "
                    "VALUES (?, ?, ?, ?)",
                    (device_id, b64encode(public_key), (label or code_label or "")[:200], at),
                )
            if used_by is None:
                conn.execute(
                    "UPDATE enroll_codes SET used_by = ?, used_at = ? WHERE code_hash = ?",
                    (device_id, at, code_hash),
                )
        device = self.device(device_id)
        assert device is not None
        return device

    def device(self, device_id: str) -> Device | None:
        rows = self._read(
            "SELECT device_id, public_key, label, enrolled, revoked, last_seen FROM devices "
            "WHERE device_id = ?",
            (device_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return Device(r[0], b64decode(r[1], "public_key"), r[2], r[3], r[4], r[5])

    def devices(self) -> list[Device]:
        rows = self._read(
            "SELECT device_id, public_key, label, enrolled, revoked, last_seen FROM devices "
            "ORDER BY enrolled"
        )
        return [Device(r[0], b64decode(r[1], "public_key"), r[2], r[3], r[4], r[5]) for r in rows]

    def revoke(self, device_id: str) -> bool:
        """Refuse the device from now on (its stored submissions stay). False if unknown."""
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE devices SET revoked = ? WHERE device_id = ? AND revoked IS NULL",
                (utcnow(), device_id),
            )
            known = conn.execute(
                "SELECT 1 FROM devices WHERE device_id = ?", (device_id,)
            ).fetchone()
        return cur.rowcount > 0 or known is not None

    # -- submissions

    def record(
        self,
        payload: dict[str, Any],
        payload_sha256: str,
        payload_text: str,
        envelope_text: str,
        source: str,
        keys: HubKeys,
    ) -> RecordResult:
        """Store a verified payload idempotently (see the module docstring)."""
        result = self.record_many(
            [Submission(payload, payload_sha256, payload_text, envelope_text, source)], keys
        )[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def record_many(
        self, items: list[Submission], keys: HubKeys
    ) -> list[RecordResult | BaseException]:
        """Store several submissions in ONE transaction (one fsync: group commit).

        Each item runs in its own savepoint, so one failing item (returned as its exception)
        does not undo the others; items are applied in order, so two copies of one
        submission in a batch are a new one and its duplicate. Raises only when the
        transaction itself cannot be opened or committed (then nothing was stored).
        """
        results: list[RecordResult | BaseException] = []
        with self._write() as conn:
            for item in items:
                conn.execute("SAVEPOINT item")
                try:
                    results.append(self._record(conn, item, keys))
                except sqlite3.Error as exc:
                    conn.execute("ROLLBACK TO item")
                    results.append(exc)
                finally:
                    conn.execute("RELEASE item")
        return results

    def _record(self, conn: sqlite3.Connection, item: Submission, keys: HubKeys) -> RecordResult:
        payload, payload_sha256 = item.payload, item.payload_sha256
        aid, revision = payload["assessment_id"], payload["revision"]
        received = utcnow()
        rows = conn.execute(
            "SELECT kind, payload_sha256, signed_receipt FROM submissions "
            "WHERE assessment_id = ? AND revision = ? ORDER BY id",
            (aid, revision),
        ).fetchall()
        for kind, sha, signed in rows:
            if sha == payload_sha256:
                if kind == ACCEPTED:
                    return RecordResult("duplicate", json.loads(signed))
                return RecordResult("conflict", None, _conflict_reason(aid, revision))
        conflict = any(kind == ACCEPTED for kind, _, _ in rows)
        newest = conn.execute(
            "SELECT MAX(revision) FROM submissions WHERE assessment_id = ? AND kind = ?",
            (aid, ACCEPTED),
        ).fetchone()[0]
        receipt_id = receipt_id_for(aid, revision, payload_sha256)
        signed_receipt = None
        if conflict:
            receipt_id = "c" + receipt_id[1:]
        else:
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
        conn.execute(
            "INSERT INTO submissions (receipt_id, assessment_id, revision, payload_sha256, "
            "kind, device_id, institution, institution_key, country, created, received, "
            "source, payload, envelope, signed_receipt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                receipt_id,
                aid,
                revision,
                payload_sha256,
                CONFLICT if conflict else ACCEPTED,
                payload["device_id"],
                payload["institution"].strip(),
                institution_key(payload["institution"]),
                payload["country"],
                payload["created"],
                received,
                item.source,
                item.payload_text,
                item.envelope_text,
                json.dumps(signed_receipt) if signed_receipt else None,
            ),
        )
        conn.execute(
            "UPDATE devices SET last_seen = ? WHERE device_id = ?",
            (received, payload["device_id"]),
        )
        if conflict:
            return RecordResult("conflict", None, _conflict_reason(aid, revision))
        return RecordResult("accepted", signed_receipt)

    def submissions(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every stored submission (oldest first) with its payload parsed."""
        where, params = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        rows = self._read(
            "SELECT id, receipt_id, assessment_id, revision, payload_sha256, kind, device_id, "
            "institution, country, created, received, source, payload FROM submissions "
            f"{where} ORDER BY id",
            params,
        )
        keys = (
            "id",
            "receipt_id",
            "assessment_id",
            "revision",
            "payload_sha256",
            "kind",
            "device_id",
            "institution",
            "country",
            "created",
            "received",
            "source",
        )
        result = []
        for r in rows:
            item = dict(zip(keys, r[:-1], strict=True))
            item["payload"] = json.loads(r[-1])
            result.append(item)
        return result

    def counts(self) -> dict[str, int]:
        """Rows per kind, plus distinct (assessment, revision) keys and devices."""
        rows = self._read("SELECT kind, COUNT(*) FROM submissions GROUP BY kind")
        result = {ACCEPTED: 0, CONFLICT: 0}
        result.update(dict(rows))
        result["keys"] = self._read(
            "SELECT COUNT(*) FROM (SELECT DISTINCT assessment_id, revision FROM submissions)"
        )[0][0]
        result["devices"] = self._read("SELECT COUNT(*) FROM devices")[0][0]
        return result


def _hash_code(normalised: str) -> str:
    return hashlib.sha256(("accord-enroll\n" + normalised).encode()).hexdigest()


def _conflict_reason(assessment_id: str, revision: int) -> str:
    return (
        f"the hub already holds different content for assessment {assessment_id} revision "
        f"{revision}; both versions are kept for review by the hub's operator"
    )
