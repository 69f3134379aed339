"""The outbox: queueing completed assessments, states, envelopes, settings, transfer files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.checklists import Checklist, Item, Section
from desktop.core.sync import outbox as outbox
from desktop.core.sync.client import resolve_proxy
from desktop.core.sync.config import (
    ProxySettings,
    SyncConfigError,
    hub_info,
    proxy_settings,
    save_hub,
    save_proxy_settings,
)
from desktop.core.sync.device_keys import load_device_key, load_or_create_device_key
from desktop.core.sync.protocol import (
    TRANSFER_FORMAT,
    EnvelopeError,
    load_payload,
    open_envelope,
    parse_envelope,
    sign_receipt,
    verify_envelope,
)
from desktop.core.sync.status import sync_status
from desktop.core.sync.transfer import (
    RECEIPTS_FORMAT,
    TransferError,
    export_transfer,
    import_receipts,
)
from tests.hub.helpers import Hub, make_hub, make_payload

CHECKLIST = Checklist(
    "checklists/mini",
    "Mini readiness",
    "1.0.0",
    "yes-partial-no",
    (
        Section(
            "ethics",
            "Ethics",
            "ethics",
            (
                Item("ETH-1", "Principles?", "ethics", "ethics", weight=2),
                Item("ETH-2", "Applied?", "ethics", "ethics"),
            ),
        ),
        Section(
            "gov",
            "Governance",
            "governance",
            (Item("GOV-1", "Law?", "gov", "governance", scale="maturity-0-4"),),
        ),
    ),
)


@pytest.fixture
def store(tmp_path: Path) -> AssessmentStore:
    s = AssessmentStore.open(tmp_path / "accord.db")
    yield s
    s.close()


@pytest.fixture
def hub(tmp_path: Path) -> Hub:
    h = make_hub(tmp_path / "hub")
    yield h
    h.store.close()


def completed(store: AssessmentStore, institution: str = "Ministry of ICT") -> str:
    a = store.create(CHECKLIST, institution=institution, country="KE")
    store.save_answer(a.id, "ETH-1", "yes", note="Adopted 2024")
    store.save_answer(a.id, "ETH-2", "partial")
    store.save_answer(a.id, "GOV-1", "2")
    store.complete(a.id, backup=False)
    return a.id


# --- device key -------------------------------------------------------------------------------


def test_device_key_is_created_once_and_kept(store: AssessmentStore) -> None:
    assert load_device_key(store.db) is None
    key = load_or_create_device_key(store.db)
    assert key.device_id.startswith("dev-") and len(key.device_id) == 24
    assert load_or_create_device_key(store.db).public_key == key.public_key


# --- queueing ---------------------------------------------------------------------------------


def test_a_draft_cannot_be_queued(store: AssessmentStore) -> None:
    a = store.create(CHECKLIST, institution="X", country="KE")
    with pytest.raises(outbox.NotCompleteError, match="not complete"):
        outbox.queue_submission(store, a.id)
    assert outbox.entries(store.db) == []


def test_completing_queues_the_frozen_revision(store: AssessmentStore) -> None:
    aid = completed(store)
    entry = outbox.queue_submission(store, aid)
    assert (entry.assessment_id, entry.revision, entry.state) == (aid, 1, outbox.QUEUED)
    assert entry.label == "Waiting to send"
    payload = outbox.payload_of(store.db, entry.id)
    assert payload["device_id"] == load_device_key(store.db).device_id
    assert payload["checklist"] == {
        "id": "checklists/mini",
        "version": "1.0.0",
        "hash": store.get(aid).checklist_hash,
    }
    assert payload["answers"] == {
        "ETH-1": {"value": "yes", "note": "Adopted 2024"},
        "ETH-2": {"value": "partial"},
        "GOV-1": {"value": "2"},
    }
    # ETH: (2·1 + 1·0.5)/3 = 83.33; GOV: 2/4 = 50
    assert payload["scores"]["components"]["ethics"]["score"] == 83.33
    assert payload["scores"]["components"]["governance"]["score"] == 50.0
    assert payload["scores"]["components"]["societal"]["score"] is None
    assert payload["scores"]["components"]["societal"]["status"] == "not-covered"
    assert payload["scores"]["overall"] == pytest.approx((83.33 + 50) / 2, abs=0.01)
    assert (payload["completion"], payload["partial_reason"]) == ("complete", None)
    assert payload["created"] == store.revisions(aid)[0].completed
    # Queueing again (or by the database) is a no-op returning the same row.
    assert outbox.queue_submission(store.db, aid) == entry


def test_a_partial_submission_says_so_and_carries_no_number_below_the_minimum(
    store: AssessmentStore,
) -> None:
    a = store.create(CHECKLIST, institution="Ministry of ICT", country="KE")
    store.save_answer(a.id, "ETH-1", "yes")
    store.complete(a.id, backup=False, partial_reason="the regulator did not take part")
    payload = outbox.payload_of(store.db, outbox.queue_submission(store, a.id).id)
    assert (payload["completion"], payload["partial_reason"]) == (
        "partial",
        "the regulator did not take part",
    )
    # 1 of 2 ethics questions, 0 of 1 governance: no component score, no overall index.
    scores = payload["scores"]
    assert scores["overall"] is None and scores["below_minimum"] == ["ethics", "governance"]
    assert scores["components"]["ethics"]["score"] is None
    assert scores["components"]["ethics"]["coverage"] == 0.5


def test_a_new_revision_is_queued_separately(store: AssessmentStore) -> None:
    aid = completed(store)
    outbox.queue_submission(store, aid)
    store.save_answer(aid, "ETH-2", "yes")  # reopens as revision 2
    assert outbox.not_queued(store) == []  # revision 2 is a draft: nothing new
    store.complete(aid, backup=False)
    assert outbox.not_queued(store) == [(aid, 2)]
    new = outbox.queue_completed(store.db)
    assert [(e.assessment_id, e.revision) for e in new] == [(aid, 2)]
    assert outbox.status_for_assessment(store.db, aid).revision == 2
    assert outbox.statuses_by_assessment(store.db)[aid].revision == 2
    assert outbox.queue_completed(store.db) == []


# --- states -----------------------------------------------------------------------------------


def test_state_transitions(store: AssessmentStore) -> None:
    e = outbox.enqueue_payload(
        store.db, make_payload(load_or_create_device_key(store.db).device_id)
    )
    outbox.mark_sending(store.db, e.id)
    assert outbox.entry(store.db, e.id).state == outbox.SENDING
    # A process killed mid-upload leaves "sending"; the next start puts it back.
    assert outbox.recover_interrupted(store.db) == 1
    assert outbox.entry(store.db, e.id).state == outbox.QUEUED
    outbox.mark_failed(store.db, e.id, "cannot connect", outbox.LINK, 9e12)
    failed = outbox.entry(store.db, e.id)
    assert (failed.attempts, failed.failure_kind) == (1, outbox.LINK)
    assert "tried 1×; last: cannot connect" in failed.label
    assert outbox.due_entries(store.db, 1e12) == []
    assert outbox.release_link_waits(store.db) == 1
    assert [x.id for x in outbox.due_entries(store.db, 1e12)] == [e.id]
    outbox.mark_rejected(store.db, e.id, "conflict")
    assert outbox.entry(store.db, e.id).label == "Rejected: conflict"
    assert outbox.retry(store.db, e.id) == 1
    assert outbox.entry(store.db, e.id).state == outbox.QUEUED
    outbox.mark_delivered(store.db, e.id, {"receipt": {"receipt_id": "r-1"}, "signature": "x"})
    done = outbox.entry(store.db, e.id)
    assert (done.state, done.receipt_id, done.label) == (
        "delivered",
        "r-1",
        "Delivered (receipt r-1)",
    )
    # Nothing turns a delivered row back.
    outbox.mark_failed(store.db, e.id, "late", outbox.LINK, 0)
    outbox.mark_rejected(store.db, e.id, "late")
    assert outbox.entry(store.db, e.id).state == outbox.DELIVERED
    assert outbox.counts(store.db) == {"queued": 0, "sending": 0, "delivered": 1, "rejected": 0}


def test_the_envelope_is_built_once_and_rebuilt_for_a_new_hub(
    store: AssessmentStore, hub: Hub, tmp_path: Path
) -> None:
    device = load_or_create_device_key(store.db)
    e = outbox.enqueue_payload(store.db, make_payload(device.device_id))
    first = outbox.ensure_envelope(store.db, e.id, hub.info())
    assert outbox.ensure_envelope(store.db, e.id, hub.info()) == first  # byte-identical resend
    env = parse_envelope(first)
    verify_envelope(env, device.public_key)
    assert load_payload(open_envelope(env, hub.keys.box_key), env) == outbox.payload_of(
        store.db, e.id
    )
    other = make_hub(tmp_path / "other")
    second = outbox.ensure_envelope(store.db, e.id, other.info())
    assert second["hub_key_id"] == other.keys.key_id != first["hub_key_id"]
    other.store.close()


def test_an_invalid_payload_is_not_queued(store: AssessmentStore) -> None:
    with pytest.raises(EnvelopeError):
        outbox.enqueue_payload(store.db, {**make_payload("dev-x"), "country": "Atlantis"})


# --- settings ---------------------------------------------------------------------------------


def test_proxy_settings(store: AssessmentStore) -> None:
    assert proxy_settings(store.db) == ProxySettings("system")
    saved = save_proxy_settings(store.db, ProxySettings("manual", " http://proxy.local:3128 "))
    assert saved == ProxySettings("manual", "http://proxy.local:3128") == proxy_settings(store.db)
    hub = "http://hub.example:8470"
    assert resolve_proxy(hub, saved) == "http://proxy.local:3128"
    assert resolve_proxy(hub, ProxySettings("none")) is None
    for bad in (
        ProxySettings("manual", "proxy.local"),
        ProxySettings("manual", "http://h:99999"),
        ProxySettings("auto"),
    ):
        with pytest.raises(SyncConfigError):
            save_proxy_settings(store.db, bad)
    assert proxy_settings(store.db).url == "http://proxy.local:3128"  # unchanged


def test_system_proxy_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    system = ProxySettings("system")
    assert resolve_proxy("http://hub.example:8470", system) is None
    monkeypatch.setenv("HTTP_PROXY", "proxy.local:3128")
    monkeypatch.setenv("HTTPS_PROXY", "http://secure-proxy.local:3128")
    assert resolve_proxy("http://hub.example:8470", system) == "http://proxy.local:3128"
    assert resolve_proxy("https://hub.example", system) == "http://secure-proxy.local:3128"
    monkeypatch.setenv("NO_PROXY", "hub.example,localhost")
    assert resolve_proxy("http://hub.example:8470", system) is None
    assert resolve_proxy("http://other.example", system) == "http://proxy.local:3128"


def test_status_summary(store: AssessmentStore, hub: Hub) -> None:
    aid = completed(store)
    status = sync_status(store.db)
    assert status.hub is None and status.not_queued == [(aid, 1)] and status.pending == 0
    outbox.queue_completed(store.db)
    save_hub(store.db, hub.info("http://127.0.0.1:9"))
    data = sync_status(store.db).as_json()
    assert data["pending"] == 1 and data["hub"]["key_id"] == hub.keys.key_id
    assert data["items"][0]["label"] == "Waiting to send"
    json.dumps(data)


# --- USB transfer -----------------------------------------------------------------------------


def test_export_needs_an_enrolled_hub(store: AssessmentStore, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="not enrolled"):
        export_transfer(store.db, tmp_path / "out.json")


def test_export_writes_every_pending_envelope(
    store: AssessmentStore, hub: Hub, tmp_path: Path
) -> None:
    device = load_or_create_device_key(store.db)
    save_hub(store.db, hub.info())
    rows = [outbox.enqueue_payload(store.db, make_payload(device.device_id)) for _ in range(3)]
    outbox.mark_delivered(store.db, rows[0].id, {"receipt": {"receipt_id": "r"}, "signature": ""})
    outbox.mark_rejected(store.db, rows[1].id, "no")
    out = tmp_path / "transfer.json"
    report = export_transfer(store.db, out)
    assert report.count == 1 and report.outbox_ids == (rows[2].id,)
    document = json.loads(out.read_text())
    assert document["format"] == TRANSFER_FORMAT and document["enrollment"] is None
    assert document["envelopes"] == [outbox.ensure_envelope(store.db, rows[2].id, hub.info())]
    assert outbox.entry(store.db, rows[2].id).exported is not None
    assert outbox.entry(store.db, rows[2].id).state == outbox.QUEUED  # only a receipt delivers
    assert export_transfer(store.db, out, include_rejected=True).count == 2
    assert not list(tmp_path.glob(".transfer.json.*"))  # no temporary file left behind
    with pytest.raises(TransferError, match="does not exist"):
        export_transfer(store.db, tmp_path / "no-such-stick" / "t.json")


def test_receipts_file_marks_delivered(store: AssessmentStore, hub: Hub, tmp_path: Path) -> None:
    device = load_or_create_device_key(store.db)
    save_hub(store.db, hub.info())
    e = outbox.enqueue_payload(store.db, make_payload(device.device_id))
    receipt = {
        "format": "accord-receipt/1",
        "receipt_id": "r-abc",
        "assessment_id": e.assessment_id,
        "revision": e.revision,
        "payload_sha256": e.payload_sha256,
    }
    path = tmp_path / "receipts.json"
    path.write_text(
        json.dumps(
            {"format": RECEIPTS_FORMAT, "receipts": [sign_receipt(receipt, hub.keys.signing_key)]}
        )
    )
    assert import_receipts(store.db, path) == 1
    assert outbox.entry(store.db, e.id).receipt_id == "r-abc"
    assert import_receipts(store.db, path) == 0  # twice is harmless
    forged = {"format": RECEIPTS_FORMAT, "receipts": [{"receipt": receipt, "signature": "AAAA"}]}
    path.write_text(json.dumps(forged))
    with pytest.raises(TransferError, match="receipt 1"):
        import_receipts(store.db, path)


def test_hub_info_round_trip(store: AssessmentStore, hub: Hub) -> None:
    assert hub_info(store.db) is None
    saved = save_hub(store.db, hub.info("http://h:1"))
    assert saved.box_key == bytes(hub.keys.box_key.public_key) and saved.url == "http://h:1"
    assert isinstance(store.db, sqlite_utils.Database)
