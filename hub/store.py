"""The hub's store: devices, one-time enrollment codes, submissions and shared rate limits,
in SQLite (embedded default) or PostgreSQL (production), chosen by a database URL.

Everything several workers must agree on lives in the database and is decided by its
constraints and transactions: a code is used once (the row is updated in the transaction
that checks it), a revoked device is refused by every worker (read on each request), a
submission is stored once (unique keys, see :mod:`hub.records`), and rate limits are
database token buckets (:mod:`hub.db.ratelimit`).

Durability: SQLite runs WAL with ``synchronous=FULL`` and PostgreSQL commits
synchronously, so a receipt is sent only after its row is on disk; a hub killed at any
moment never forgets a submission it acknowledged.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.sync.protocol import b64decode, b64encode, device_id_for
from hub.db.engine import SQLITE, Database, HubStoreError, retrying
from hub.db.migrate import schema_state, upgrade
from hub.db.ratelimit import RateLimit, take
from hub.db.schema import ACCEPTED, CONFLICT, devices, enroll_codes, submissions
from hub.keys import HubKeys
from hub.records import (
    RecordResult,
    Submission,
    institution_key,
    receipt_id_for,
    record_batch,
)
from hub.users import Users

__all__ = [
    "ACCEPTED",
    "CONFLICT",
    "Device",
    "EnrollmentRefused",
    "HubStore",
    "HubStoreError",
    "RecordResult",
    "Submission",
    "institution_key",
    "normalise_code",
    "receipt_id_for",
]

# Enrollment codes: no 0/O, 1/I/L, so a code read aloud or copied by hand survives.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LEN = 4
DEFAULT_CODE_TTL_HOURS = 72.0
_DEVICE_COLUMNS = (
    devices.c.device_id,
    devices.c.public_key,
    devices.c.label,
    devices.c.enrolled,
    devices.c.revoked,
    devices.c.last_seen,
)
_SUBMISSION_KEYS = (
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
    "completion",
    "partial_reason",
)


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


def normalise_code(code: str) -> str:
    """Upper case, no spaces or dashes: 'abcd-efgh jkmn' → 'ABCDEFGHJKMN'."""
    return re.sub(r"[\s-]+", "", code or "").upper()


def _device(row: Any) -> Device:
    return Device(row[0], b64decode(row[1], "public_key"), row[2], row[3], row[4], row[5])


class HubStore:
    """The hub's data in the database at ``target`` (a SQLite path or a database URL).

    ``migrate``: apply pending schema steps on opening (what ``accord-hub init`` and
    ``migrate`` do); when False a database that is behind is refused with the fix, so a
    fleet of workers is upgraded deliberately. None (the default): SQLite, the embedded
    store, is brought up to date as it always was; PostgreSQL is not.
    """

    def __init__(self, target: str | Path, *, migrate: bool | None = None) -> None:
        self.db = Database(target)
        if migrate is None:
            migrate = self.db.kind == SQLITE
        self.users = Users(self.db)
        self.kind = self.db.kind
        self.where = self.db.where
        try:
            if migrate:
                upgrade(self.db)
            else:
                state = schema_state(self.db)
                if not state.up_to_date:
                    raise HubStoreError(
                        f"the hub database {self.where} has schema {state.current or 'none'} "
                        f"and this accord-hub needs {state.head}; apply the change with: "
                        "accord-hub migrate",
                        code="hub.store-behind",
                    )
        except SQLAlchemyError as exc:
            self.db.close()
            raise self.db.unavailable(exc) from exc
        except HubStoreError:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    # -- enrollment

    def new_enroll_code(self, ttl_hours: float = DEFAULT_CODE_TTL_HOURS, label: str = "") -> str:
        """A fresh one-time code (``XXXX-XXXX-XXXX``); only its hash is stored."""
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
        with self.db.write() as conn:
            conn.execute(
                insert(enroll_codes).values(
                    code_hash=_hash_code(raw),
                    created=utcnow(),
                    expires=time.time() + ttl_hours * 3600,
                    label=label,
                )
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
        retrying(lambda: self._enroll(code_hash, device_id, public_key, label))
        device = self.device(device_id)
        assert device is not None
        return device

    def _enroll(self, code_hash: str, device_id: str, public_key: bytes, label: str) -> None:
        at = utcnow()
        c = enroll_codes.c
        with self.db.write() as conn:
            # Locked: two workers given the same code at once cannot both use it.
            row = conn.execute(
                select(c.expires, c.used_by, c.label)
                .where(c.code_hash == code_hash)
                .with_for_update()
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
                select(devices.c.revoked).where(devices.c.device_id == device_id)
            ).fetchone()
            if existing is not None and existing[0] is not None:
                raise EnrollmentRefused("revoked_device", "this device was revoked by the hub")
            if existing is None:
                conn.execute(
                    insert(devices).values(
                        device_id=device_id,
                        public_key=b64encode(public_key),
                        label=(label or code_label or "")[:200],
                        enrolled=at,
                    )
                )
            if used_by is None:
                conn.execute(
                    update(enroll_codes)
                    .where(c.code_hash == code_hash)
                    .values(used_by=device_id, used_at=at)
                )

    def device(self, device_id: str) -> Device | None:
        with self.db.read() as conn:
            row = conn.execute(
                select(*_DEVICE_COLUMNS).where(devices.c.device_id == device_id)
            ).fetchone()
        return None if row is None else _device(row)

    def devices(self) -> list[Device]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_DEVICE_COLUMNS).order_by(devices.c.enrolled, devices.c.device_id)
            ).fetchall()
        return [_device(r) for r in rows]

    def revoke(self, device_id: str) -> bool:
        """Refuse the device from now on (its stored submissions stay). False if unknown."""
        with self.db.write() as conn:
            conn.execute(
                update(devices)
                .where(devices.c.device_id == device_id, devices.c.revoked.is_(None))
                .values(revoked=utcnow())
            )
            known = conn.execute(
                select(devices.c.device_id).where(devices.c.device_id == device_id)
            ).fetchone()
        return known is not None

    # -- rate limits

    def take_token(self, key: str, limit: RateLimit) -> float:
        """Take one token from ``key``'s shared bucket: 0 when allowed, else the wait."""

        def attempt() -> float:
            with self.db.write() as conn:
                return take(conn, key, limit)[1]

        return retrying(attempt)

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
        """Store a verified payload idempotently (see :mod:`hub.records`)."""
        result = self.record_many(
            [Submission(payload, payload_sha256, payload_text, envelope_text, source)], keys
        )[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def record_many(
        self, items: list[Submission], keys: HubKeys, limit: RateLimit | None = None
    ) -> list[RecordResult | BaseException]:
        """Store several submissions in ONE transaction (one disk sync: group commit),
        taking ``limit`` tokens per device first when given. Raises only when the
        transaction itself cannot be committed (then nothing was stored)."""

        def attempt(part: list[Submission]) -> list[RecordResult | BaseException]:
            with self.db.write() as conn:
                return record_batch(conn, part, keys, limit)

        try:
            return retrying(lambda: attempt(items))
        except DBAPIError:
            if len(items) == 1:
                raise
        # One item the database refused must not fail the others: each on its own.
        results: list[RecordResult | BaseException] = []
        for item in items:
            try:
                results.extend(retrying(lambda item=item: attempt([item])))
            except DBAPIError as exc:
                results.append(exc)
        return results

    def submissions(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every stored submission (oldest first) with its payload parsed."""
        columns = [submissions.c[k] for k in _SUBMISSION_KEYS]
        query = select(*columns, submissions.c.payload).order_by(submissions.c.id)
        if kind:
            query = query.where(submissions.c.kind == kind)
        with self.db.read() as conn:
            rows = conn.execute(query).fetchall()
        result = []
        for r in rows:
            item = dict(zip(_SUBMISSION_KEYS, r[:-1], strict=True))
            item["payload"] = json.loads(r[-1])
            result.append(item)
        return result

    def counts(self) -> dict[str, int]:
        """Rows per kind, plus distinct (assessment, revision) keys and devices."""
        s = submissions.c
        with self.db.read() as conn:
            rows = conn.execute(select(s.kind, func.count()).group_by(s.kind)).fetchall()
            keys = select(s.assessment_id, s.revision).distinct().subquery()
            distinct = conn.execute(select(func.count()).select_from(keys)).scalar()
            enrolled = conn.execute(select(func.count()).select_from(devices)).scalar()
        result = {ACCEPTED: 0, CONFLICT: 0}
        result.update({kind: int(n) for kind, n in rows})
        result["keys"] = int(distinct or 0)
        result["devices"] = int(enrolled or 0)
        return result


def _hash_code(normalised: str) -> str:
    return hashlib.sha256(("accord-enroll\n" + normalised).encode()).hexdigest()
