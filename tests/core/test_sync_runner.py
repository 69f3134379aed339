"""The sync runner: backoff and jitter, classification of answers, stop / sync now, a real hub."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from desktop.core.sync import outbox as outbox
from desktop.core.sync.client import DELIVERED, REJECTED, TRANSIENT, SendOutcome
from desktop.core.sync.config import HubInfo, save_hub
from desktop.core.sync.device_keys import load_or_create_device_key
from desktop.core.sync.runner import BackoffPolicy, NotEnrolledError, SyncRunner
from hub.app import HubSettings
from tests.hub.helpers import LiveHub, device_db, enroll_device, free_port, make_hub, make_payload

FAST = BackoffPolicy(base=0.01, cap=0.05)


class ScriptedClient:
    """Answers each submit() with the next outcome of a script (then delivers)."""

    def __init__(self, script: list[SendOutcome]) -> None:
        self.script = list(script)
        self.calls: list[int] = []

    def submit(self, body: bytes, hub: HubInfo, entry: outbox.OutboxEntry) -> SendOutcome:
        self.calls.append(entry.id)
        if self.script:
            return self.script.pop(0)
        receipt = {"receipt_id": f"r-{entry.id}"}
        return SendOutcome(DELIVERED, 201, signed_receipt={"receipt": receipt, "signature": ""})

    def close(self) -> None:
        pass


def link_down() -> SendOutcome:
    return SendOutcome(TRANSIENT, reason="cannot connect", failure_kind=outbox.LINK)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = device_db(tmp_path / "device")
    hub = make_hub(tmp_path / "hub")
    save_hub(database, hub.info("http://127.0.0.1:9"))
    hub.store.close()
    yield database
    database.close()


def queue(db: sqlite_utils.Database, n: int) -> list[outbox.OutboxEntry]:
    device = load_or_create_device_key(db)
    return [outbox.enqueue_payload(db, make_payload(device.device_id)) for _ in range(n)]


def runner_with(db: sqlite_utils.Database, client: ScriptedClient, **kw: Any) -> SyncRunner:
    return SyncRunner(
        db, kw.pop("policy", FAST), client_factory=lambda hub: client, rng=random.Random(1), **kw
    )


# --- backoff ----------------------------------------------------------------------------------


def test_backoff_grows_to_the_cap_with_bounded_jitter() -> None:
    policy = BackoffPolicy(base=1, cap=60, jitter=0.5)
    assert [policy.step(n) for n in range(0, 9)] == [0, 1, 2, 4, 8, 16, 32, 60, 60]
    rng = random.Random(7)
    delays = [policy.delay(5, rng) for _ in range(500)]
    assert min(delays) >= 8 and max(delays) <= 16 and len({round(d, 3) for d in delays}) > 100
    assert policy.step(10_000) == 60  # no overflow


# --- classification ---------------------------------------------------------------------------


def test_transient_failures_back_off_then_deliver(db: sqlite_utils.Database) -> None:
    rows = queue(db, 3)
    client = ScriptedClient([link_down(), link_down()])
    report = runner_with(db, client).run(timeout=10)
    assert (report.delivered, report.remaining, report.stopped_because) == (3, 0, "drained")
    assert report.transient_failures == 2 and report.attempts == 5
    assert {outbox.entry(db, r.id).state for r in rows} == {outbox.DELIVERED}
    # The failed row kept its attempt count for the status view.
    assert sum(outbox.entry(db, r.id).attempts for r in rows) == 2


def test_link_failures_rotate_and_release_when_the_link_returns(db: sqlite_utils.Database) -> None:
    rows = queue(db, 2)
    slow = BackoffPolicy(base=0.2, cap=0.2, jitter=0)
    client = ScriptedClient([link_down()])
    runner = runner_with(db, client, policy=slow)
    start = time.monotonic()
    report = runner.run(timeout=10)
    assert report.delivered == 2
    # One wait of one step, not one per row: the first row failed, the second was tried
    # after the step, succeeded, and released the first at once.
    assert time.monotonic() - start < 0.6
    assert client.calls == [rows[0].id, rows[1].id, rows[0].id]


def test_rejections_are_final_with_the_reason(db: sqlite_utils.Database) -> None:
    rows = queue(db, 2)
    client = ScriptedClient(
        [SendOutcome(REJECTED, 409, reason="different content [conflict, HTTP 409]")]
    )
    report = runner_with(db, client).run(timeout=10)
    assert (report.delivered, report.rejected, report.remaining) == (1, 1, 0)
    rejected = outbox.entry(db, rows[0].id)
    assert rejected.state == outbox.REJECTED and "conflict" in rejected.reason


def test_retry_after_is_honoured(db: sqlite_utils.Database) -> None:
    queue(db, 1)
    busy = SendOutcome(
        TRANSIENT, 429, reason="slow down", failure_kind=outbox.SERVER, retry_after=0.3
    )
    start = time.monotonic()
    report = runner_with(db, ScriptedClient([busy]), policy=BackoffPolicy(base=0.01, cap=1)).run(
        timeout=10
    )
    assert report.delivered == 1 and time.monotonic() - start >= 0.3


def test_too_large_for_the_hub_is_rejected_locally(db: sqlite_utils.Database) -> None:
    from desktop.core.sync.config import update_hub_limits

    update_hub_limits(db, 100)
    row = queue(db, 1)[0]
    client = ScriptedClient([])
    runner_with(db, client).run(timeout=5)
    assert client.calls == []
    assert "too large for the hub" in outbox.entry(db, row.id).reason


def test_not_enrolled(tmp_path: Path) -> None:
    from desktop.commands.common import explain

    db = device_db(tmp_path / "fresh")
    with pytest.raises(NotEnrolledError, match="not enrolled") as info:
        SyncRunner(db).run()
    db.close()
    # The core names the problem; the command line adds its way out, by code.
    assert info.value.code == "sync.not-enrolled"
    assert "accord" not in info.value.message
    assert "accord sync enroll" in explain(info.value)


def test_stop_and_sync_now_wake_a_waiting_runner(db: sqlite_utils.Database) -> None:
    queue(db, 1)
    client = ScriptedClient([link_down()])
    runner = runner_with(db, client, policy=BackoffPolicy(base=30, cap=30))
    result: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: result.update(r=runner.run(timeout=60)))
    thread.start()
    time.sleep(0.3)
    assert thread.is_alive()  # waiting out a 15–30 s backoff
    started = time.monotonic()
    runner.request_now()  # "Sync now": tries at once, delivers, drains
    thread.join(5)
    assert not thread.is_alive() and time.monotonic() - started < 2
    assert result["r"].delivered == 1

    queue(db, 1)
    runner2 = runner_with(db, ScriptedClient([link_down()]), policy=BackoffPolicy(base=30, cap=30))
    thread = threading.Thread(target=lambda: result.update(r=runner2.run(timeout=60)))
    thread.start()
    time.sleep(0.3)
    runner2.stop()
    thread.join(5)
    assert not thread.is_alive() and result["r"].stopped_because == "stopped"
    assert result["r"].remaining == 1


# --- against a real hub -----------------------------------------------------------------------


def test_real_hub_delivery_with_verified_receipts(tmp_path: Path) -> None:
    hub = make_hub(tmp_path / "hub")
    db = device_db(tmp_path / "device")
    with LiveHub(hub, HubSettings()) as server:
        enroll_device(db, hub, server.url)
        rows = queue(db, 5)
        report = SyncRunner(db, FAST).run(timeout=20)
        assert (report.delivered, report.remaining) == (5, 0)
        assert hub.store.counts()["accepted"] == 5
        receipts = {outbox.entry(db, r.id).receipt_id for r in rows}
        assert len(receipts) == 5 and all(r.startswith("r-") for r in receipts)
        # A resend of a delivered row's envelope gets the same receipt.
        outbox.retry(db)  # no-op for delivered rows
        assert outbox.pending_count(db) == 0
    hub.store.close()
    db.close()


def test_a_receipt_from_another_hub_is_not_accepted(tmp_path: Path) -> None:
    hub = make_hub(tmp_path / "hub")
    impostor = make_hub(tmp_path / "impostor")
    db = device_db(tmp_path / "device")
    with LiveHub(hub, HubSettings()) as server:
        enroll_device(db, hub, server.url)
        real = hub.info(server.url)
        # The device trusts another signing key: the real hub's receipts do not verify.
        save_hub(db, HubInfo(**{**real.__dict__, "signing_key": impostor.info().signing_key}))
        row = queue(db, 1)[0]
        report = SyncRunner(db, FAST).run(timeout=0.5)
        entry = outbox.entry(db, row.id)
        assert report.delivered == 0 and entry.state == outbox.QUEUED
        assert "no valid receipt" in entry.last_error
    for h in (hub, impostor):
        h.store.close()
    db.close()


def test_an_unreachable_hub_keeps_everything_queued(db: sqlite_utils.Database) -> None:
    from desktop.core.sync.config import hub_info

    save_hub(db, HubInfo(**{**hub_info(db).__dict__, "url": f"http://127.0.0.1:{free_port()}"}))
    rows = queue(db, 3)
    report = SyncRunner(db, BackoffPolicy(base=0.05, cap=0.1), timeout=2).run(timeout=0.7)
    assert report.delivered == 0 and report.remaining == 3 and report.stopped_because == "timeout"
    assert report.transient_failures >= 3
    assert all(outbox.entry(db, r.id).state == outbox.QUEUED for r in rows)
    assert "cannot connect" in report.errors[-1]


def test_check_connection(tmp_path: Path) -> None:
    from desktop.core.sync.client import EnrollmentError, check_connection
    from desktop.core.sync.config import ProxySettings

    hub = make_hub(tmp_path / "hub")
    with LiveHub(hub) as server:
        assert check_connection(server.url, ProxySettings("none"))["key_id"] == hub.keys.key_id
        with pytest.raises(EnrollmentError, match="HTTP 404"):
            check_connection(server.url + "/nope", ProxySettings("none"))
    with pytest.raises(EnrollmentError, match="could not reach"):
        check_connection(f"http://127.0.0.1:{free_port()}", ProxySettings("none"), timeout=2)
    # A manual proxy that does not exist: the error names the connection problem.
    with pytest.raises(EnrollmentError, match="could not reach"):
        check_connection(
            "http://127.0.0.1:9", ProxySettings("manual", f"http://127.0.0.1:{free_port()}"), 2
        )
    hub.store.close()


@pytest.mark.parametrize("mode", ["manual", "system"])
def test_proxy_settings_are_honoured(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.sync.config import ProxySettings, save_proxy_settings
    from tests.hub.fault_proxy import FaultProxy

    hub = make_hub(tmp_path / "hub")
    db = device_db(tmp_path / "device")
    with LiveHub(hub) as server, FaultProxy(server.port) as proxy:
        enroll_device(db, hub, server.url)  # the hub's own address …
        if mode == "manual":
            save_proxy_settings(db, ProxySettings("manual", proxy.url))
        else:
            for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
                monkeypatch.delenv(name, raising=False)
            monkeypatch.setenv("HTTP_PROXY", proxy.url)
            save_proxy_settings(db, ProxySettings("system"))
        queue(db, 3)
        report = SyncRunner(db, FAST).run(timeout=10)
        assert report.delivered == 3
        assert proxy.stats["via_proxy"] == 3  # … but every request went through the proxy
    hub.store.close()
    db.close()


def test_enroll_refuses_an_unexpected_hub_key(tmp_path: Path) -> None:
    from desktop.core.sync.client import EnrollmentError, enroll
    from desktop.core.sync.config import hub_info

    hub = make_hub(tmp_path / "hub")
    db = device_db(tmp_path / "device")
    with LiveHub(hub) as server:
        with pytest.raises(EnrollmentError, match="not the expected hk-wrong"):
            enroll(db, server.url, hub.store.new_enroll_code(), expect_key_id="hk-wrong")
        assert hub_info(db) is None
        info = enroll(db, server.url, hub.store.new_enroll_code(), expect_key_id=hub.keys.key_id)
        assert info.key_id == hub.keys.key_id and info.max_body == HubSettings().max_body
    hub.store.close()
    db.close()
