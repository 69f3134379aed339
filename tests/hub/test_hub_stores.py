"""Both stores give the same answers, and several workers (several stores opened on one
database, as worker processes and hub machines do) share one state: a submission is
stored once, a conflict is kept once, a code is used once, a revocation and a rate limit
hold everywhere."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import seal_payload
from hub import aggregate
from hub.db.ratelimit import RateLimit
from hub.errors import Rejected
from hub.ingest import Ingestor
from hub.keys import database_path
from hub.records import RecordResult
from hub.store import EnrollmentRefused, HubStore
from tests.hub import pg
from tests.hub.helpers import Hub, make_hub, make_payload


def _envelopes(hub: Hub, device: DeviceKey) -> list[bytes]:
    """A fixed session: new items, resends, a conflict, history, partial, two countries."""
    box = bytes(hub.keys.box_key.public_key)
    did = device.device_id

    def seal(payload: dict[str, Any]) -> bytes:
        return json.dumps(seal_payload(payload, device.signing_key, box).as_json()).encode()

    a1 = make_payload(did, assessment_id="a-1", scores={"ethics": 40.0, "governance": 55.5})
    a2 = make_payload(did, assessment_id="a-1", revision=2, scores={"ethics": 71.0})
    a2_other = make_payload(did, assessment_id="a-1", revision=2, scores={"ethics": 12.0})
    b1 = make_payload(did, assessment_id="b-1", institution="Data Office", country="GH")
    c1 = make_payload(
        did, assessment_id="c-1", institution="Regulator", scores={"robustness": 33.3}
    )
    c1["completion"], c1["partial_reason"] = "partial", "section 4 not reached"
    return [seal(p) for p in (a1, a2, a1, a2, a2_other, b1, c1, b1)]


def _run(hub: Hub, device: DeviceKey) -> tuple[list[tuple[str, str, str]], dict[str, Any]]:
    ingestor = Ingestor(hub.store, hub.keys)
    outcomes = []
    for body in _envelopes(hub, device):
        result = ingestor.ingest_bytes(body)
        receipt = (result.signed_receipt or {}).get("receipt", {})
        outcomes.append(
            (result.outcome, receipt.get("receipt_id", ""), receipt.get("stored_as", ""))
        )
    document = aggregate.index_document(hub.store)
    document.pop("generated")
    return outcomes, document


def test_both_stores_give_identical_results(tmp_path: Path) -> None:
    url = pg.require_server()
    device = DeviceKey.generate()
    results = []
    with pg.fresh_schema(url) as scoped:
        for name, target in (("sqlite", None), ("postgresql", scoped)):
            hub = make_hub(tmp_path / name, target)
            hub.enroll(device)
            try:
                results.append(
                    (
                        _run(hub, device),
                        hub.store.counts(),
                        aggregate.index_csv(aggregate.index_document(hub.store)),
                    )
                )
            finally:
                hub.store.close()
    assert results[0] == results[1]
    (outcomes, document), counts, _ = results[0]
    assert [o[0] for o in outcomes] == [
        "accepted",
        "accepted",
        "duplicate",
        "duplicate",
        "conflict",
        "accepted",
        "accepted",
        "duplicate",
    ]
    assert counts["accepted"] == 4 and counts["conflict"] == 1
    ke = next(c for c in document["countries"] if c["country"] == "KE")
    assert ke["components"]["ethics"]["score"] == 71.0 and ke["partial_assessments"] == 1


# --- several workers on one database -----------------------------------------------------------


@pytest.fixture
def workers(hub: Hub, store_target: str | None) -> Iterator[list[HubStore]]:
    """Three more stores on the hub's database: three more worker processes."""
    opened = [HubStore(store_target or database_path(hub.data)) for _ in range(3)]
    yield [hub.store, *opened]
    for store in opened:
        store.close()


def _race(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run the jobs at the same moment, each in its own thread."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = jobs[n]()
        except Exception as exc:  # the test looks at it
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def _prepared(hub: Hub, device: DeviceKey, payload: dict[str, Any]) -> Any:
    box = bytes(hub.keys.box_key.public_key)
    envelope = seal_payload(payload, device.signing_key, box).as_json()
    return Ingestor(hub.store, hub.keys).prepare(envelope)


def test_one_submission_sent_to_every_worker_at_once_is_stored_once(
    hub: Hub, device: DeviceKey, workers: list[HubStore]
) -> None:
    for round_ in range(5):
        item = _prepared(hub, device, make_payload(device.device_id, assessment_id=f"x-{round_}"))
        results = _race([lambda s=s, i=item: s.record_many([i], hub.keys)[0] for s in workers * 2])
        assert all(isinstance(r, RecordResult) for r in results), results
        assert Counter(r.outcome for r in results) == {"accepted": 1, "duplicate": 7}
        # Every worker answers with the one stored receipt.
        assert len({json.dumps(r.signed_receipt, sort_keys=True) for r in results}) == 1
    assert hub.store.counts()["accepted"] == 5


def test_different_contents_at_one_revision_race_to_one_accepted_and_conflicts(
    hub: Hub, device: DeviceKey, workers: list[HubStore]
) -> None:
    items = [
        _prepared(hub, device, make_payload(device.device_id, assessment_id="y", items=n + 2))
        for n in range(len(workers))
    ]
    results = _race(
        [
            lambda s=s, i=i: s.record_many([i], hub.keys)[0]
            for s, i in zip(workers, items, strict=True)
        ]
    )
    assert Counter(r.outcome for r in results) == {"accepted": 1, "conflict": 3}
    counts = hub.store.counts()
    assert (counts["accepted"], counts["conflict"]) == (1, 3)


def test_an_enrollment_code_is_used_once_across_workers(hub: Hub, workers: list[HubStore]) -> None:
    code = hub.store.new_enroll_code()
    keys = [DeviceKey.generate() for _ in workers]
    results = _race(
        [
            lambda s=s, k=k: s.enroll(code, k.public_key_b64)
            for s, k in zip(workers, keys, strict=True)
        ]
    )
    refused = [r for r in results if isinstance(r, EnrollmentRefused)]
    assert len(refused) == len(workers) - 1 and {r.code for r in refused} == {"code_used"}
    assert len(hub.store.devices()) == 1


def test_a_revocation_holds_on_every_worker_at_once(
    hub: Hub, device: DeviceKey, workers: list[HubStore]
) -> None:
    envelope = seal_payload(
        make_payload(device.device_id), device.signing_key, bytes(hub.keys.box_key.public_key)
    ).as_json()
    assert workers[3].revoke(device.device_id)
    for store in workers:
        with pytest.raises(Rejected) as refused:
            Ingestor(store, hub.keys).prepare(envelope)
        assert refused.value.code == "revoked_device"


def test_a_rate_limit_is_shared_by_every_worker(
    hub: Hub, device: DeviceKey, workers: list[HubStore]
) -> None:
    limit = RateLimit(rate=0.001, burst=6)
    items = [
        _prepared(hub, device, make_payload(device.device_id, assessment_id=f"z-{n}"))
        for n in range(12)
    ]
    results = _race(
        [
            lambda s=workers[n % 4], i=item: s.record_many([i], hub.keys, limit)[0]
            for n, item in enumerate(items)
        ]
    )
    accepted = [r for r in results if isinstance(r, RecordResult)]
    limited = [r for r in results if isinstance(r, Rejected) and r.code == "rate_limited"]
    assert len(accepted) == 6 and len(limited) == 6  # not 6 per worker
    assert hub.store.counts()["accepted"] == 6
