"""Load test of the hub (issue 16): 200 simulated devices send 10,000 submissions —
resends and conflicts included — through the fault proxy the sync tests use, to 4 workers
on PostgreSQL and to 1 worker on SQLite, in the same run.

    python bench/hub_load_bench.py [--devices 200] [--per-device 50] [--json]

Each device sends its outbox in order over its own keep-alive connection (one thread per
four devices): 44 new submissions, 4 identical resends of earlier ones and 2 conflicts
(different content at a revision the hub already holds). The proxy drops, resets, cuts
and delays some requests (``FAULTS``); a device resends until it has an answer, as the
real sync runner does. A flooding device sends 300 submissions as fast as it can, to see
that the per-device rate limit holds across all workers.

Figures per store: throughput (stored submissions per second), p50/p95 latency of one
request and of one delivery (first send to answer, retries included), and the
exactly-once figures: sent (distinct submissions), received (distinct ones the hub
answered), stored (rows), duplicates stored, lost (answered but not stored, or never
answered), receipts that changed between resends. Budgets (exit 1 when broken): 0
duplicates, 0 lost, 0 changed receipts, the flood within its limit, and 4 PostgreSQL
workers at least half the single SQLite worker's throughput on this shared 2-core machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from desktop.core.sync.device_keys import DeviceKey  # noqa: E402
from desktop.core.sync.protocol import seal_payload  # noqa: E402
from hub.keys import create_keys  # noqa: E402
from hub.store import HubStore  # noqa: E402
from tests.hub import pg  # noqa: E402
from tests.hub.fault_proxy import FaultProxy, weighted_plan  # noqa: E402
from tests.hub.helpers import free_port, make_payload  # noqa: E402

FAULTS = {"ok": 0.90, "delay": 0.03, "drop": 0.03, "reset": 0.02, "cut": 0.02}
RATE, BURST = 1.0, 80.0  # per device: a normal device stays within it, the flood does not
FLOOD = 300
DEVICES_PER_THREAD = 4
MAX_TRIES = 30


@dataclass
class Item:
    key: tuple[str, int]
    body: bytes
    expect: str  # new, resend, conflict


@dataclass
class Tally:
    attempts: list[float] = field(default_factory=list)
    deliveries: list[float] = field(default_factory=list)
    answers: dict[tuple[str, int, int], Any] = field(default_factory=dict)
    statuses: Counter[int] = field(default_factory=Counter)
    changed_receipts: int = 0
    unanswered: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _workload(devices: list[DeviceKey], per_device: int, box: bytes) -> list[list[Item]]:
    """Each device's outbox, in sending order."""
    outboxes = []
    for d, device in enumerate(devices):
        items: list[Item] = []
        new: list[Item] = []

        def seal(payload: dict[str, Any], device: DeviceKey = device) -> bytes:
            return json.dumps(seal_payload(payload, device.signing_key, box).as_json()).encode()

        for n in range(per_device):
            if n % 12 == 11 and new:  # an identical resend of an earlier submission
                items.append(Item(new[n % len(new)].key, new[n % len(new)].body, "resend"))
            elif n % 25 == 17 and new:  # different content at a stored revision
                aid, rev = new[0 if n < 25 else 1].key
                other = make_payload(device.device_id, assessment_id=aid, revision=rev, items=7)
                items.append(Item((aid, rev), seal(other), "conflict"))
            else:
                aid = f"a-{d}-{n}"
                payload = make_payload(
                    device.device_id,
                    assessment_id=aid,
                    institution=f"Institution {d % 37}",
                    country=("KE", "GH", "NG", "RW", "SN")[d % 5],
                    scores={"ethics": float(n % 100), "governance": float(d % 100)},
                )
                item = Item((aid, 1), seal(payload), "new")
                items.append(item)
                new.append(item)
        outboxes.append(items)
    return outboxes


def _send(conn: http.client.HTTPConnection, body: bytes) -> tuple[int, bytes, dict[str, str]]:
    conn.request("POST", "/v1/submissions", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    return response.status, response.read(), dict(response.getheaders())


def _deliver(port: int, item: Item, conn: list[Any], tally: Tally) -> None:
    """Send one item until the hub answers it (the sync runner's behaviour)."""
    started = time.perf_counter()
    for attempt in range(MAX_TRIES):
        t0 = time.perf_counter()
        try:
            if conn[0] is None:
                conn[0] = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            status, data, headers = _send(conn[0], item.body)
        except (OSError, http.client.HTTPException):
            conn[0].close()
            conn[0] = None
            time.sleep(min(1.0, 0.05 * (attempt + 1)))
            continue
        with tally.lock:
            tally.attempts.append(time.perf_counter() - t0)
            tally.statuses[status] += 1
        if headers.get("connection", headers.get("Connection", "")).lower() == "close":
            conn[0].close()
            conn[0] = None
        if status in (429, 503):
            time.sleep(min(2.0, float(headers.get("retry-after", headers.get("Retry-After", 1)))))
            continue
        answer = json.loads(data) if status in (200, 201) else {"status": status}
        with tally.lock:
            tally.deliveries.append(time.perf_counter() - started)
            key = (*item.key, hash(item.body))
            if key in tally.answers and tally.answers[key] != answer:
                tally.changed_receipts += 1
            tally.answers.setdefault(key, answer)
        return
    with tally.lock:
        tally.unanswered += 1


def _device_thread(port: int, outboxes: list[list[Item]], tally: Tally) -> None:
    conns: list[list[Any]] = [[None] for _ in outboxes]
    longest = max(len(o) for o in outboxes)
    for n in range(longest):  # the devices of this thread take turns
        for outbox, conn in zip(outboxes, conns, strict=True):
            if n < len(outbox):
                _deliver(port, outbox[n], conn, tally)
    for conn in conns:
        if conn[0] is not None:
            conn[0].close()


def _flood(port: int, bodies: list[bytes], result: dict[str, Any]) -> None:
    """One device sending as fast as it can over 4 connections (so every worker sees it)."""
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def run(part: list[bytes]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for body in part:
            try:
                status = _send(conn, body)[0]
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                status = 0
            with lock:
                statuses[status] += 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(bodies[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.update(statuses=statuses, seconds=time.perf_counter() - started)


def _proxy_process(target: int, seed: int, pipe: Any) -> None:
    proxy = FaultProxy(target, weighted_plan(seed, FAULTS), delay=0.05).start()
    pipe.send(proxy.port)
    pipe.recv()
    pipe.send(dict(proxy.stats))
    proxy.stop()


def _serve(data: Path, database: str, workers: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub.cli",
            "serve",
            "--data",
            str(data),
            "--database",
            database,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--rate",
            str(RATE),
            "--burst",
            str(BURST),
            "--log-level",
            "warning",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/ready", timeout=1).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("the hub did not start")
        time.sleep(0.1)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def run_store(
    label: str, database: str, workers: int, devices: int, per_device: int, folder: Path
) -> dict[str, Any]:
    data = folder / label
    keys = create_keys(data)
    store = HubStore(database, migrate=True)
    fleet = [DeviceKey.generate() for _ in range(devices)]
    flooder = DeviceKey.generate()
    for device in [*fleet, flooder]:
        store.enroll(store.new_enroll_code(), device.public_key_b64)
    box = bytes(keys.box_key.public_key)
    outboxes = _workload(fleet, per_device, box)
    flood_bodies = [
        json.dumps(
            seal_payload(
                make_payload(flooder.device_id, assessment_id=f"f-{n}"), flooder.signing_key, box
            ).as_json()
        ).encode()
        for n in range(FLOOD)
    ]
    proc, hub_port = _serve(data, database, workers)
    ctx = multiprocessing.get_context("spawn")
    here, there = ctx.Pipe()
    proxy = ctx.Process(target=_proxy_process, args=(hub_port, 16, there), daemon=True)
    proxy.start()
    port = here.recv()
    tally = Tally()
    flood: dict[str, Any] = {}
    try:
        threads = [
            threading.Thread(
                target=_device_thread, args=(port, outboxes[i : i + DEVICES_PER_THREAD], tally)
            )
            for i in range(0, len(outboxes), DEVICES_PER_THREAD)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(2)  # the flood arrives in the middle of the load, straight to the hub
        _flood(hub_port, flood_bodies, flood)
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    finally:
        here.send("stop")
        faults = here.recv()
        proxy.join(10)
        proc.terminate()
        proc.wait(20)
    figures = _exactly_once(store, outboxes, tally, flooder.device_id)
    store.close()
    sent = sum(len(o) for o in outboxes)
    flood_ok = flood["statuses"][201]
    flood_max = BURST + RATE * flood["seconds"] + 1
    return {
        "store": label,
        "workers": workers,
        "requests_planned": sent,
        "http_attempts": sum(tally.statuses.values()),
        "statuses": dict(sorted(tally.statuses.items())),
        "faults": faults,
        "seconds": round(elapsed, 1),
        "stored_per_s": round(figures["stored"] / elapsed, 1),
        "answers_per_s": round(len(tally.deliveries) / elapsed, 1),
        "request_ms_p50": round(_percentile(tally.attempts, 50), 1),
        "request_ms_p95": round(_percentile(tally.attempts, 95), 1),
        "delivery_ms_p95": round(_percentile(tally.deliveries, 95), 1),
        **figures,
        "changed_receipts": tally.changed_receipts,
        "flood_sent": FLOOD,
        "flood_accepted": flood_ok,
        "flood_allowed_max": round(flood_max, 1),
        "flood_429": flood["statuses"][429],
    }


def _exactly_once(
    store: HubStore, outboxes: list[list[Item]], tally: Tally, flooder: str
) -> dict[str, int]:
    rows = [r for r in store.submissions() if r["device_id"] != flooder]
    by_content = Counter((r["assessment_id"], r["revision"], r["payload_sha256"]) for r in rows)
    accepted_per_key = Counter(
        (r["assessment_id"], r["revision"]) for r in rows if r["kind"] == "accepted"
    )
    distinct = {(*i.key, i.body) for o in outboxes for i in o}
    answered = {
        (*i.key, i.body) for o in outboxes for i in o if (*i.key, hash(i.body)) in tally.answers
    }
    stored_keys = {(r["assessment_id"], r["revision"]) for r in rows}
    expected_conflicts = sum(1 for o in outboxes for i in o if i.expect == "conflict")
    lost = sum(1 for key in answered if (key[0], key[1]) not in stored_keys)
    return {
        "sent": len(distinct),
        "received": len(answered),
        "stored": len(rows),
        "stored_accepted": sum(1 for r in rows if r["kind"] == "accepted"),
        "stored_conflicts": sum(1 for r in rows if r["kind"] == "conflict"),
        "expected_conflicts": expected_conflicts,
        "duplicates": sum(n - 1 for n in by_content.values())
        + sum(n - 1 for n in accepted_per_key.values()),
        "lost": lost + (len(distinct) - len(answered)) + tally.unanswered,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--per-device", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    url = pg.server_url()
    if url is None:
        print("no PostgreSQL server: start one (see .ci/run) or set ACCORD_TEST_POSTGRES")
        return 1
    results = []
    with tempfile.TemporaryDirectory() as tmp, pg.fresh_schema(url) as scoped:
        folder = Path(tmp)
        results.append(run_store("postgresql", scoped, 4, args.devices, args.per_device, folder))
        sqlite = str(folder / "sqlite.db")
        results.append(run_store("sqlite", sqlite, 1, args.devices, args.per_device, folder))
    over = []
    for r in results:
        for name in ("duplicates", "lost", "changed_receipts"):
            if r[name]:
                over.append(f"{r['store']}: {name} {r[name]}")
        if r["flood_accepted"] > r["flood_allowed_max"]:
            over.append(f"{r['store']}: flood accepted {r['flood_accepted']}")
        if r["stored_conflicts"] != r["expected_conflicts"]:
            over.append(f"{r['store']}: conflicts {r['stored_conflicts']}")
    if results[0]["stored_per_s"] < 0.5 * results[1]["stored_per_s"]:
        over.append("postgresql: throughput under half of SQLite's")
    if args.json:
        print(json.dumps({"results": results, "over_budget": over}, indent=2))
    else:
        for r in results:
            print(f"{r['store']} ({r['workers']} worker(s)):")
            for k, v in r.items():
                print(f"  {k:<20} {v}")
        print("all within budget" if not over else "OVER BUDGET: " + "; ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
