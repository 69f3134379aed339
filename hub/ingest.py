"""Ingestion, shared by ``POST /v1/submissions`` and ``accord-hub import``.

The order of checks is chosen so the cheap ones come first and nothing is stored unless
every one passes: JSON → envelope shape → known, not revoked device → Ed25519 signature →
sealed for this hub's key → decrypt + decompress (bounded) → payload fields → the payload
names the device that signed → the hub's own fields (completion) → rate limit and store,
in one transaction (idempotent). Every refusal is a :class:`Rejected` with an HTTP
status, a stable code and a reason for people.

The rate limit is taken in the storing transaction because it lives in the database,
shared by every worker: only an enrolled device whose signature holds gets that far.
"""

from __future__ import annotations

import json
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from desktop.core.sync.protocol import (
    EnvelopeError,
    load_payload,
    open_envelope,
    parse_envelope,
    sha256_hex,
    verify_envelope,
)
from hub.db.ratelimit import RateLimit
from hub.db.schema import COMPLETE, PARTIAL
from hub.errors import Rejected
from hub.keys import HubKeys
from hub.records import RecordResult, Submission
from hub.store import HubStore

__all__ = ["GroupCommit", "Ingestor", "Rejected", "check_hub_fields"]

from desktop.core.sync.protocol import MAX_PARTIAL_REASON


def _bad(field: str, expected: str) -> Rejected:
    return Rejected(422, "bad_payload", f"payload field '{field}': expected {expected}")


def check_hub_fields(payload: dict[str, Any]) -> None:
    """The fields the hub stores in columns of their own, beyond the protocol's checks:
    ``completion`` (``complete`` or ``partial``; absent means complete), ``partial_reason``
    (text or null) and no NUL character in stored text (PostgreSQL cannot hold one, and
    both stores must answer alike)."""
    completion = payload.get("completion", COMPLETE)
    if completion not in (COMPLETE, PARTIAL):
        raise _bad("completion", f"'{COMPLETE}' or '{PARTIAL}'")
    reason = payload.get("partial_reason")
    if reason is not None and (not isinstance(reason, str) or len(reason) > MAX_PARTIAL_REASON):
        raise _bad("partial_reason", f"text of at most {MAX_PARTIAL_REASON} characters, or null")
    for field in ("institution", "partial_reason"):
        if "\x00" in (payload.get(field) or ""):
            raise _bad(field, "text without NUL characters")


class GroupCommit:
    """One writer thread that stores concurrent submissions in shared transactions.

    Every commit waits for the disk (an fsync, a few ms); one commit per submission caps
    the hub at the disk's fsync rate. Here, whatever arrived while the previous commit was
    syncing is stored in the next one, so throughput grows with concurrency while every
    receipt still follows its own data onto the disk.
    """

    def __init__(
        self,
        store: HubStore,
        keys: HubKeys,
        max_batch: int = 128,
        limit: RateLimit | None = None,
    ) -> None:
        self.store = store
        self.keys = keys
        self.max_batch = max_batch
        self.limit = limit
        self._queue: queue.SimpleQueue[tuple[Submission, Future] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="hub-writer", daemon=True)
        self._thread.start()
        self.batches = 0

    def submit(self, item: Submission) -> Future[RecordResult]:
        """Queue ``item``; the future resolves once its transaction committed."""
        future: Future[RecordResult] = Future()
        self._queue.put((item, future))
        return future

    def record(self, item: Submission) -> RecordResult:
        """Store ``item`` (blocks until its transaction committed); raises on failure."""
        return self.submit(item).result()

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(10)

    def _next_batch(self) -> list[tuple[Submission, Future]] | None:
        first = self._queue.get()
        if first is None:
            return None
        batch = [first]
        while len(batch) < self.max_batch:
            try:
                nxt = self._queue.get_nowait()
            except queue.Empty:
                break
            if nxt is None:
                self._queue.put(None)  # finish this batch, then stop
                break
            batch.append(nxt)
        return batch

    def _run(self) -> None:
        while (batch := self._next_batch()) is not None:
            try:
                results = self.store.record_many([item for item, _ in batch], self.keys, self.limit)
            except BaseException as exc:  # the transaction failed: nothing of it is stored
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self.batches += 1
            for (_, future), result in zip(batch, results, strict=True):
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)


@dataclass
class Ingestor:
    """Verifies and stores envelopes for one hub (through ``writer`` when given).

    ``limit``: the per-device rate limit (None for a file import: the operator is at the
    keyboard); a ``writer`` applies its own."""

    store: HubStore
    keys: HubKeys
    limit: RateLimit | None = None
    writer: GroupCommit | None = None

    def ingest_bytes(self, body: bytes, source: str = "http") -> RecordResult:
        """Parse a request body as JSON, then :meth:`ingest`."""
        return self.store_item(self.prepare_bytes(body, source))

    def ingest(self, data: Any, source: str = "http") -> RecordResult:
        """Verify, open, check and store one envelope (a parsed JSON value)."""
        return self.store_item(self.prepare(data, source))

    def store_item(self, item: Submission) -> RecordResult:
        """Store a prepared submission (through the group commit when there is one)."""
        if self.writer is not None:
            return self.writer.record(item)
        result = self.store.record_many([item], self.keys, self.limit)[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def prepare_bytes(self, body: bytes, source: str = "http") -> Submission:
        """Every check of a request body, nothing stored: a Submission or Rejected."""
        try:
            data = json.loads(body)
        except RecursionError as exc:
            raise Rejected(400, "malformed_json", "the body is nested too deeply") from exc
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            raise Rejected(400, "malformed_json", f"the body is not JSON ({exc})") from exc
        return self.prepare(data, source)

    def prepare(self, data: Any, source: str = "http") -> Submission:
        """Every check of a parsed envelope, nothing stored: a Submission or Rejected."""
        try:
            envelope = parse_envelope(data)
            device = self.store.device(envelope.device_id)
            if device is None:
                raise Rejected(
                    401,
                    "unknown_device",
                    f"device {envelope.device_id} is not enrolled with this hub; enroll it "
                    "with a one-time code (accord sync enroll)",
                )
            if device.revoked:
                raise Rejected(
                    401, "revoked_device", f"device {envelope.device_id} was revoked by the hub"
                )
            verify_envelope(envelope, device.public_key)
            body = open_envelope(envelope, self.keys.box_key)
            payload = load_payload(body, envelope)
            text = body.decode("utf-8")
        except EnvelopeError as exc:
            raise Rejected(exc.status, exc.code, exc.reason) from exc
        except UnicodeError as exc:  # e.g. a lone surrogate escaped in the JSON
            raise Rejected(
                422, "bad_payload", f"the payload holds text that is not valid Unicode ({exc})"
            ) from exc
        check_hub_fields(payload)
        return Submission(payload, sha256_hex(body), text, json.dumps(envelope.as_json()), source)
