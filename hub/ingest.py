"""Ingestion, shared by ``POST /v1/submissions`` and ``accord-hub import``.

The order of checks is chosen so the cheap ones come first and nothing is stored unless
every one passes: JSON → envelope shape → known, not revoked device → Ed25519 signature →
rate limit → sealed for this hub's key → decrypt + decompress (bounded) → payload fields →
the payload names the device that signed → store (idempotent). Every refusal is a
:class:`Rejected` with an HTTP status, a stable code and a reason for people.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import AccordError
from desktop.core.sync.protocol import (
    EnvelopeError,
    load_payload,
    open_envelope,
    parse_envelope,
    sha256_hex,
    verify_envelope,
)
from hub.keys import HubKeys
from hub.store import HubStore, RecordResult, Submission


class Rejected(AccordError):
    """A refused request: ``status`` (4xx), ``code`` (stable word) and ``reason``.

    ``code`` is sent as ``error`` in the JSON answer (``bad_signature``, ``conflict``,
    ``too_large``…): part of the HTTP API, so these words keep their spelling.
    """

    code = "rejected"

    def __init__(
        self, status: int, code: str, reason: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(reason, code=code, details={"status": status})
        self.status = status
        self.reason = reason
        self.headers = headers or {}

    def as_json(self) -> dict[str, str]:
        return {"error": self.code, "reason": self.reason}


class TokenBucket:
    """A per-key token bucket: ``rate`` requests per second on average, bursts of ``burst``.

    Kept in memory: a restart forgives everyone, which is harmless for a rate limit.
    """

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic):
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take one token; returns 0 when allowed, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate


class GroupCommit:
    """One writer thread that stores concurrent submissions in shared transactions.

    With ``synchronous=FULL`` every commit waits for the disk (an fsync, a few ms); one
    commit per submission caps the hub at the disk's fsync rate. Here, whatever arrived
    while the previous commit was syncing is stored in the next one, so throughput grows
    with concurrency while every receipt still follows its own data onto the disk.
    """

    def __init__(self, store: HubStore, keys: HubKeys, max_batch: int = 128) -> None:
        self.store = store
        self.keys = keys
        self.max_batch = max_batch
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

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
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
            try:
                results = self.store.record_many([item for item, _ in batch], self.keys)
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
    """Verifies and stores envelopes for one hub (through ``writer`` when given)."""

    store: HubStore
    keys: HubKeys
    limiter: TokenBucket | None = None
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
        return self.store.record(
            item.payload,
            item.payload_sha256,
            item.payload_text,
            item.envelope_text,
            item.source,
            self.keys,
        )

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
            if self.limiter is not None:
                wait = self.limiter.take(envelope.device_id)
                if wait > 0:
                    seconds = max(1, int(wait + 0.999))
                    raise Rejected(
                        429,
                        "rate_limited",
                        f"too many submissions from device {envelope.device_id}; "
                        f"retry in {seconds} s",
                        {"Retry-After": str(seconds)},
                    )
            body = open_envelope(envelope, self.keys.box_key)
            payload = load_payload(body, envelope)
        except EnvelopeError as exc:
            raise Rejected(exc.status, exc.code, exc.reason) from exc
        return Submission(
            payload, sha256_hex(body), body.decode("utf-8"), json.dumps(envelope.as_json()), source
        )
