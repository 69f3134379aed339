"""The background sync: sends the outbox to the hub, with exponential backoff and jitter.

One :class:`SyncRunner` runs in one thread (the app's sync lane, or the ``accord sync run``
command) and reaches the database only through a gateway
(``desktop.core.storage.gateway``): the command line's own connection, or the app's one
session, which runs each step on its database thread. Its loop:

1. On start, rows left ``sending`` by a killed process go back to ``queued``.
2. A *pass* sends every due row in turn. A definite answer from the hub (a receipt, or a
   rejection) means the link works; the first transient failure ends the pass.
3. After a transient failure the runner waits ``backoff.delay(n)`` — ``base·2^(n-1)`` capped
   at ``cap``, the last ``jitter`` fraction of it random, so many laptops coming back online
   at once do not hit the hub in step — then tries again. A 429's ``Retry-After`` is
   honoured when longer.
4. The first success after failures resets the backoff and makes every row that failed
   only for lack of a link due at once, so delivery resumes within one backoff step of
   the link returning.

:meth:`SyncRunner.request_now` ("Sync now") and :meth:`SyncRunner.stop` are thread-safe and
wake a waiting runner at once.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop.core.errors import AccordError
from desktop.core.storage.gateway import Gateway, as_gateway
from desktop.core.storage.transactions import transaction
from desktop.core.sync import outbox as outbox
from desktop.core.sync.client import DELIVERED, REJECTED, HubClient, SendOutcome
from desktop.core.sync.config import (
    HubInfo,
    ProxySettings,
    clear_pending_code,
    hub_info,
    proxy_settings,
)
from desktop.core.sync.device_keys import DeviceKey, load_or_create_device_key
from desktop.core.sync.protocol import EnvelopeError

# How long an idle runner (``until_idle=False``) waits before looking for new rows, unless
# woken by request_now().
IDLE_POLL = 30.0


class NotEnrolledError(AccordError):
    """No hub to send to: ``sync.not-enrolled``, or ``sync.usb-only`` for a device enrolled
    for USB transfer only. Front ends phrase the way out (a command, a menu entry)."""

    code = "sync.not-enrolled"


@dataclass(frozen=True)
class BackoffPolicy:
    """Exponential backoff with jitter: step n waits ``min(cap, base·factor^(n-1))``, of which
    the last ``jitter`` fraction is random."""

    base: float = 1.0
    cap: float = 60.0
    factor: float = 2.0
    jitter: float = 0.5

    def step(self, failures: int) -> float:
        """The nominal (maximum) wait after ``failures`` consecutive failures."""
        if failures <= 0:
            return 0.0
        return min(self.cap, self.base * self.factor ** min(failures - 1, 64))

    def delay(self, failures: int, rng: random.Random) -> float:
        """The wait to use: between ``(1 - jitter)·step`` and ``step``."""
        step = self.step(failures)
        return step * (1.0 - self.jitter) + rng.random() * step * self.jitter


@dataclass
class SyncProgress:
    """What a status bar shows; passed to the ``progress`` callback after each event."""

    delivered: int = 0
    rejected: int = 0
    attempts: int = 0
    failures: int = 0  # consecutive transient failures now (0 when the link works)
    pending: int = 0
    last_error: str | None = None
    next_try_in: float | None = None  # seconds until the next attempt while backing off
    last_change: tuple[int, str] | None = None  # (outbox id, new state)

    def as_json(self) -> dict[str, Any]:
        """The JSON form (``accord sync run --json``)."""
        return {
            "delivered": self.delivered,
            "rejected": self.rejected,
            "attempts": self.attempts,
            "failures": self.failures,
            "pending": self.pending,
            "last_error": self.last_error,
            "next_try_in": self.next_try_in,
        }


@dataclass
class RunReport:
    """What :meth:`SyncRunner.run` did, and why it stopped (``drained``, ``timeout``,
    ``stopped``)."""

    delivered: int = 0
    rejected: int = 0
    attempts: int = 0
    transient_failures: int = 0
    remaining: int = 0
    elapsed: float = 0.0
    stopped_because: str = ""
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The JSON form (``accord sync run --json``)."""
        return {
            "delivered": self.delivered,
            "rejected": self.rejected,
            "attempts": self.attempts,
            "transient_failures": self.transient_failures,
            "remaining": self.remaining,
            "elapsed": round(self.elapsed, 3),
            "stopped_because": self.stopped_because,
            "last_errors": self.errors[-5:],
        }


@dataclass(frozen=True)
class _PassResult:
    transient: bool
    delay: float = 0.0


class SyncRunner:
    """Sends the outbox of one database. Not reentrant: one ``run`` at a time.

    ``database`` is a connection or a gateway; every database step of a pass goes through
    it in a few calls (prepare the pass, seal one item, record one answer), never while a
    request is in flight.
    """

    def __init__(
        self,
        database: Gateway | sqlite_utils.Database,
        policy: BackoffPolicy | None = None,
        *,
        timeout: float = 30.0,
        rng: random.Random | None = None,
        client_factory: Callable[[HubInfo], HubClient] | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
    ) -> None:
        self.database = as_gateway(database)
        self.policy = policy or BackoffPolicy()
        self.timeout = timeout
        self.rng = rng or random.Random()
        self._client_factory = client_factory
        self._progress_cb = progress
        self._client: HubClient | None = None
        self._client_key: tuple[Any, ...] | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._now_requested = threading.Event()
        self.failures = 0
        self.progress = SyncProgress()

    # -- control (any thread)

    def request_now(self) -> None:
        """ "Sync now": forget the backoff, make every pending row due, wake the runner."""
        self._now_requested.set()
        self._wake.set()

    def stop(self) -> None:
        """Ask a running ``run`` to return soon (after the upload in flight, if any)."""
        self._stop.set()
        self._wake.set()

    @property
    def stopping(self) -> bool:
        """True once :meth:`stop` was called (until the next ``run``)."""
        return self._stop.is_set()

    def close(self) -> None:
        """Close the HTTP client (the database belongs to whoever passed it in)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- internals

    def _emit(self, pending: int) -> None:
        self.progress.pending = pending
        if self._progress_cb is not None:
            self._progress_cb(self.progress)

    @staticmethod
    def _hub(db: sqlite_utils.Database) -> HubInfo:
        hub = hub_info(db)
        if hub is None:
            raise NotEnrolledError("this device is not enrolled with a hub")
        if not hub.url:
            raise NotEnrolledError(
                "this device was enrolled for USB transfer only", code="sync.usb-only"
            )
        return hub

    def _client_for(self, hub: HubInfo, proxy: ProxySettings) -> HubClient:
        key = (hub.url, proxy)
        if self._client is None or self._client_key != key:
            self.close()
            if self._client_factory is not None:
                self._client = self._client_factory(hub)
            else:
                self._client = HubClient(hub.url or "", proxy, self.timeout)
            self._client_key = key
        return self._client

    def _wait(self, seconds: float) -> None:
        if seconds > 0 and not self._stop.is_set():
            self._wake.wait(seconds)
        self._wake.clear()

    def _take_now_request(self, db: sqlite_utils.Database) -> None:
        if self._now_requested.is_set():
            self._now_requested.clear()
            self.failures = 0
            with transaction(db) as conn:
                conn.execute(
                    "UPDATE outbox SET next_attempt = 0 WHERE state IN (?, ?)",
                    outbox.PENDING_STATES,
                )

    def _prepare_pass(self, db: sqlite_utils.Database) -> _Pass:
        self._take_now_request(db)
        hub = self._hub(db)
        return _Pass(
            hub,
            proxy_settings(db),
            load_or_create_device_key(db),
            outbox.due_entries(db, time.time()),
        )

    def run_pass(self) -> _PassResult:
        """Send every due row once, stopping at the first transient failure."""
        prepared = self.database.run(self._prepare_pass)
        client = self._client_for(prepared.hub, prepared.proxy)
        for item in prepared.due:
            if self._stop.is_set():
                break
            transient = self._send(item, prepared, client)
            if transient is not None:
                return transient
        return _PassResult(transient=False)

    def _seal(self, item: outbox.OutboxEntry, prepared: _Pass) -> bytes | None:
        """The body to upload, or None when the item was rejected here (cannot be sealed,
        or too large for the hub)."""

        def seal(db: sqlite_utils.Database) -> bytes | None:
            try:
                envelope = outbox.ensure_envelope(
                    db, item.id, prepared.hub, prepared.device, start_sending=True
                )
            except EnvelopeError as exc:  # a payload this version cannot seal: say so, go on
                outbox.mark_rejected(db, item.id, f"cannot be sent: {exc.reason}")
                return None
            body = json.dumps(envelope).encode("utf-8")
            limit = prepared.hub.max_body
            if limit and len(body) > limit:
                outbox.mark_rejected(
                    db,
                    item.id,
                    f"too large for the hub ({len(body)} bytes; its limit is {limit}); "
                    "send it as a transfer file and ask the hub's operator",
                )
                return None
            return body

        body = self.database.run(seal)
        if body is None:
            self.progress.rejected += 1
        return body

    def _send(
        self, item: outbox.OutboxEntry, prepared: _Pass, client: HubClient
    ) -> _PassResult | None:
        """Upload one item and record the answer; a _PassResult ends the pass."""
        body = self._seal(item, prepared)
        if body is None:
            return None
        self.progress.attempts += 1
        result = client.submit(body, prepared.hub, item)
        if result.kind in (DELIVERED, REJECTED):
            self._answered(item, prepared.hub, result)
            return None
        return self._failed(item, result)

    def _answered(self, item: outbox.OutboxEntry, hub: HubInfo, result: SendOutcome) -> None:
        """A definite answer (receipt or refusal): the link works."""
        delivered = result.kind == DELIVERED
        release = self.failures > 0

        def record(db: sqlite_utils.Database) -> int:
            if delivered:
                assert result.signed_receipt is not None
                outbox.mark_delivered(db, item.id, result.signed_receipt)
                if hub.pending_code:
                    clear_pending_code(db)
            else:
                outbox.mark_rejected(db, item.id, result.reason or "refused by the hub")
            if release:
                outbox.release_link_waits(db)
            return outbox.pending_count(db)

        pending = self.database.run(record)
        self.failures = 0
        self.progress.failures = 0
        self.progress.next_try_in = None
        if delivered:
            self.progress.delivered += 1
            self.progress.last_change = (item.id, outbox.DELIVERED)
        else:
            self.progress.rejected += 1
            self.progress.last_change = (item.id, outbox.REJECTED)
        self._emit(pending)

    def _failed(self, item: outbox.OutboxEntry, result: SendOutcome) -> _PassResult:
        """Transient: back off, and move this row behind the others."""
        self.failures += 1
        delay = self.policy.delay(self.failures, self.rng)
        if result.retry_after is not None:
            delay = max(delay, min(result.retry_after, self.policy.cap))
        if result.failure_kind == outbox.LINK:
            item_delay = delay
        else:
            item_delay = self.policy.delay(item.attempts + 1, self.rng)

        def record(db: sqlite_utils.Database) -> int:
            outbox.mark_failed(
                db,
                item.id,
                result.reason or "failed",
                result.failure_kind or outbox.SERVER,
                time.time() + item_delay,
            )
            return outbox.pending_count(db)

        pending = self.database.run(record)
        self.progress.failures = self.failures
        self.progress.last_error = result.reason
        self.progress.next_try_in = delay
        self.progress.last_change = (item.id, outbox.QUEUED)
        self._emit(pending)
        return _PassResult(transient=True, delay=delay)

    # -- the loop

    def run(
        self, until_idle: bool = True, timeout: float | None = None, once: bool = False
    ) -> RunReport:
        """Send until the outbox is empty (``until_idle``), ``timeout`` seconds pass, or
        :meth:`stop` is called; ``once``: a single pass, no waiting. Raises NotEnrolledError
        before doing anything when no hub is enrolled."""
        self.database.run(self._hub)
        self._stop.clear()
        started = time.monotonic()
        deadline = started + timeout if timeout is not None else None
        before = (self.progress.delivered, self.progress.rejected, self.progress.attempts)
        failures_seen = 0
        errors: list[str] = []
        self.database.run(outbox.recover_interrupted)
        reason = "stopped"
        while not self._stop.is_set():
            if deadline is not None and time.monotonic() >= deadline:
                reason = "timeout"
                break
            result = self.run_pass()
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            if result.transient:
                failures_seen += 1
                if self.progress.last_error:
                    errors.append(self.progress.last_error)
            if once:
                reason = "once"
                break
            if result.transient:
                self._wait(result.delay if remaining is None else min(result.delay, remaining))
                continue
            pending, due = self.database.run(_pending_and_next_due)
            if pending == 0:
                if until_idle:
                    reason = "drained"
                    break
                self._wait(IDLE_POLL if remaining is None else min(IDLE_POLL, remaining))
                continue
            wait = max(0.0, (due or 0.0) - time.time())
            self._wait(wait if remaining is None else min(wait, remaining))
        self.progress.pending = self.database.run(outbox.pending_count)
        return RunReport(
            delivered=self.progress.delivered - before[0],
            rejected=self.progress.rejected - before[1],
            attempts=self.progress.attempts - before[2],
            transient_failures=failures_seen,
            remaining=self.progress.pending,
            elapsed=time.monotonic() - started,
            stopped_because=reason,
            errors=errors,
        )


@dataclass(frozen=True)
class _Pass:
    """What one pass needs from the database, read in one step."""

    hub: HubInfo
    proxy: ProxySettings
    device: DeviceKey
    due: list[outbox.OutboxEntry]


def _pending_and_next_due(db: sqlite_utils.Database) -> tuple[int, float | None]:
    return outbox.pending_count(db), outbox.next_due_time(db)
