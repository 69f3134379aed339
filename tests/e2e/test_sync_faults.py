"""Faults between the app and a real hub on 127.0.0.1: every submission arrives exactly once.

The figures (sent / received / duplicates / lost / time to drain) are printed; run with
``-s`` to see them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.core.sync import outbox as outbox
from desktop.core.sync.client import HubClient
from desktop.core.sync.device_keys import load_or_create_device_key
from desktop.core.sync.runner import BackoffPolicy, SyncRunner
from hub.app import HubSettings
from tests.hub.fault_proxy import FaultProxy, weighted_plan
from tests.hub.helpers import (
    LiveHub,
    device_db,
    enroll_device,
    free_port,
    make_hub,
    make_payload,
)

pytestmark = pytest.mark.slow

SUBMISSIONS = 200
CLIENT_TIMEOUT = 1.0


def count_outcomes(server: LiveHub) -> Counter[str]:
    """Wrap the hub's store to count what it answered (accepted / duplicate / conflict)."""
    seen: Counter[str] = Counter()
    store = server.hub.store
    original = store.record_many

    def counting(items: list[Any], keys: Any, *limit: Any) -> list[Any]:
        results = original(items, keys, *limit)
        for result in results:
            seen[getattr(result, "outcome", type(result).__name__)] += 1
        return results

    store.record_many = counting  # type: ignore[method-assign]
    return seen


def test_200_submissions_under_faults_arrive_exactly_once(tmp_path: Path) -> None:
    hub = make_hub(tmp_path / "hub")
    db = device_db(tmp_path / "device")
    device = load_or_create_device_key(db)
    plan = weighted_plan(
        seed=4,
        weights={
            "ok": 0.60,
            "delay": 0.10,
            "stall": 0.03,
            "cut": 0.09,
            "drop": 0.09,
            "reset": 0.09,
        },
    )
    with (
        LiveHub(hub, HubSettings(rate=10_000, burst=10_000)) as server,
        FaultProxy(server.port, plan, refuse_rate=0.08, delay=0.05, stall=1.3, seed=9) as proxy,
    ):
        outcomes = count_outcomes(server)
        enroll_device(db, hub, proxy.url)
        rows = [
            outbox.enqueue_payload(
                db, make_payload(device.device_id, institution=f"Institution {n}")
            )
            for n in range(SUBMISSIONS)
        ]
        runner = SyncRunner(db, BackoffPolicy(base=0.02, cap=0.2), timeout=CLIENT_TIMEOUT)
        started = time.monotonic()
        report = runner.run(timeout=90)
        drain = time.monotonic() - started
        time.sleep(CLIENT_TIMEOUT + 0.5)  # let any stalled request reach the hub
        runner.close()

        stored = hub.store.submissions()
        keys = Counter((s["assessment_id"], s["revision"]) for s in stored)
        expected = {(r.assessment_id, r.revision) for r in rows}
        figures = {
            "submissions": SUBMISSIONS,
            "sent": report.attempts,
            "received": len(keys),
            "duplicates_stored": sum(n - 1 for n in keys.values()),
            "idempotent_resends_answered": outcomes["duplicate"],
            "lost": len(expected - set(keys)),
            "drain_seconds": round(drain, 2),
            "faults": dict(proxy.stats),
        }
        print("\nfault-injection:", json.dumps(figures))

        assert report.stopped_because == "drained", figures
        assert figures["received"] == SUBMISSIONS and figures["lost"] == 0
        assert figures["duplicates_stored"] == 0
        assert all(s["kind"] == "accepted" for s in stored)
        assert set(keys) == expected
        # Every row delivered, each with the receipt the hub holds for it.
        by_key = {(s["assessment_id"], s["revision"]): s["receipt_id"] for s in stored}
        for row in outbox.entries(db):
            assert row.state == outbox.DELIVERED
            assert row.receipt_id == by_key[(row.assessment_id, row.revision)]
        # The faults really happened, and some commits were answered to nobody.
        assert proxy.stats["drop"] > 5 and proxy.stats["cut"] > 5 and proxy.stats["reset"] > 5
        assert proxy.stats["refuse"] > 0
        assert outcomes["duplicate"] > 0
        assert drain < 60
    hub.store.close()
    db.close()


def test_link_down_then_back_resumes_within_one_backoff_step(tmp_path: Path) -> None:
    hub = make_hub(tmp_path / "hub")
    db = device_db(tmp_path / "device")
    device = load_or_create_device_key(db)
    policy = BackoffPolicy(base=0.1, cap=0.8)
    with LiveHub(hub) as server, FaultProxy(server.port) as proxy:
        enroll_device(db, hub, proxy.url)
        for _ in range(20):
            outbox.enqueue_payload(db, make_payload(device.device_id))
        proxy.down = True
        runner = SyncRunner(db, policy, timeout=2)
        thread = threading.Thread(target=runner.run, kwargs={"timeout": 30})
        thread.start()
        time.sleep(2.0)  # several failed steps: the backoff reaches its cap
        assert runner.failures >= 3 and runner.progress.delivered == 0
        step = policy.step(runner.failures + 1)
        proxy.down = False
        back = time.monotonic()
        while runner.progress.delivered == 0 and time.monotonic() - back < 5:
            time.sleep(0.005)
        resumed = time.monotonic() - back
        thread.join(20)
        print(f"\nresume: first delivery {resumed:.3f} s after the link returned (step {step} s)")
        assert resumed <= step + 0.5  # one step, plus slack for a busy CI machine
        assert outbox.pending_count(db) == 0 and hub.store.counts()["accepted"] == 20
    hub.store.close()
    db.close()


def _serve(data: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub.cli",
            "serve",
            "--data",
            str(data),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "hub did not start")


def test_hub_killed_mid_sync_restarts_and_the_outbox_finishes(tmp_path: Path) -> None:
    from hub.keys import create_keys, database_path
    from hub.store import HubStore

    data = tmp_path / "hub"
    keys = create_keys(data)
    store = HubStore(database_path(data))
    db = device_db(tmp_path / "device")
    device = load_or_create_device_key(db)
    store.enroll(store.new_enroll_code(), device.public_key_b64)
    store.close()
    port = free_port()
    from desktop.core.sync.config import HubInfo, parse_hub_keys, save_hub

    hub_id, signing, box, kid = parse_hub_keys(keys.public_document())
    save_hub(db, HubInfo(hub_id, signing, box, kid, url=f"http://127.0.0.1:{port}"))
    for _ in range(150):
        outbox.enqueue_payload(db, make_payload(device.device_id))

    proc = _serve(data, port)
    runner = SyncRunner(db, BackoffPolicy(base=0.05, cap=0.4), timeout=2)
    thread = threading.Thread(target=runner.run, kwargs={"timeout": 60})
    thread.start()
    while runner.progress.delivered < 20:
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)  # mid-sync, no goodbye
    proc.wait(10)
    killed_at = runner.progress.delivered
    time.sleep(0.5)
    proc = _serve(data, port)
    thread.join(60)
    proc.terminate()
    proc.wait(10)

    store = HubStore(database_path(data))
    stored = store.submissions()
    keys_seen = Counter((s["assessment_id"], s["revision"]) for s in stored)
    store.close()
    print(f"\nkill/restart: killed after {killed_at} deliveries; hub holds {len(keys_seen)}")
    assert not thread.is_alive()
    assert outbox.counts(db)["delivered"] == 150 and outbox.pending_count(db) == 0
    assert len(keys_seen) == 150 and max(keys_seen.values()) == 1
    # Receipts on the device match the hub's rows (none were lost in the kill).
    with HubClient(f"http://127.0.0.1:{port}") as _:
        pass
    db.close()


def test_app_killed_mid_upload_resumes_without_duplicates(tmp_path: Path) -> None:
    hub = make_hub(tmp_path / "hub")
    folder = tmp_path / "device"
    db = device_db(folder)
    device = load_or_create_device_key(db)
    # Every request waits a little in the proxy, so a kill lands mid-upload.
    with LiveHub(hub) as server, FaultProxy(server.port, lambda i: "delay", delay=0.03) as proxy:
        enroll_device(db, hub, proxy.url)
        rows = [outbox.enqueue_payload(db, make_payload(device.device_id)) for _ in range(60)]
        env = {**os.environ, "ACCORD_DATA_DIR": str(folder), "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "sync", "run", "--timeout", "60"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        # Kill while an upload is in flight (a row is "sending") after some deliveries.
        while time.monotonic() < deadline:
            now = outbox.counts(db)
            if now["delivered"] >= 10 and now["sending"] == 1:
                break
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        at_kill = outbox.counts(db)
        assert at_kill["delivered"] < 60 and at_kill["sending"] == 1
        report = SyncRunner(db, BackoffPolicy(base=0.02, cap=0.2)).run(timeout=30)
        print(f"\napp killed: {at_kill}; after restart delivered {report.delivered} more")
        assert outbox.counts(db)["delivered"] == 60
        stored = Counter((s["assessment_id"], s["revision"]) for s in hub.store.submissions())
        assert len(stored) == 60 and max(stored.values()) == 1
        assert {(r.assessment_id, r.revision) for r in rows} == set(stored)
    hub.store.close()
    db.close()
