"""Ingestion, shared by ``POST /v1/submissions`` and ``accord-hub import``.

The order of checks is chosen so the cheap ones come first and nothing is stored unless
every one passes: JSON → envelope shape → known, not revoked device → Ed25519 signature →
rate limit → sealed for this hub's key → decrypt + decompress (bounded) → payload fields →
the payload names the device that signed → store (idempotent). Every refusal is a
:class:`Rejected` with an HTTP status, a stable code and a reason for people.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.envelope import (
    EnvelopeError,
    load_payload,
    open_envelope,
    parse_envelope,
    sha256_hex,
    verify_envelope,
)
from hub.keys import HubKeys
from hub.store import HubStore, RecordResult


class Rejected(Exception):
    """A refused request: ``status`` (4xx), ``code`` (stable word) and ``reason``."""

    def __init__(
        self, status: int, code: str, reason: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
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


@dataclass
class Ingestor:
    """Verifies and stores envelopes for one hub."""

    store: HubStore
    keys: HubKeys
    limiter: TokenBucket | None = None

    def ingest_bytes(self, body: bytes, source: str = "http") -> RecordResult:
        """Parse a request body as JSON, then :meth:`ingest`."""
        try:
            data = json.loads(body)
        except RecursionError as exc:
            raise Rejected(400, "malformed_json", "the body is nested too deeply") from exc
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            raise Rejected(400, "malformed_json", f"the body is not JSON ({exc})") from exc
        return self.ingest(data, source)

    def ingest(self, data: Any, source: str = "http") -> RecordResult:
        """Verify, open, check and store one envelope (a parsed JSON value)."""
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
        return self.store.record(
            payload,
            sha256_hex(body),
            body.decode("utf-8"),
            json.dumps(envelope.as_json()),
            source,
            self.keys,
        )
