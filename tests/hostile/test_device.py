"""The hostile wire inputs of the device side (``device.PAYLOADS`` and ``device.RECEIPTS``):
each refused with the module's own error, or accepted; and the commands that read them
answer in plain words, never with a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hostile import builders as b
from tests.hostile import device
from tests.hostile.device import Parties, WireCase
from tests.hostile.running import run_main

FILE_CASES = [c for c in device.RECEIPTS if hasattr(os, "mkfifo") or c.name != "fifo"]


@pytest.fixture(scope="module")
def parties() -> Parties:
    return Parties.make()


def test_the_corpus_covers_payloads_envelopes_receipts_and_keys() -> None:
    kinds = {c.kind for c in device.PAYLOADS + device.RECEIPTS}
    assert kinds == {"payload", "envelope", "receipts", "hub-keys"}
    assert len(device.PAYLOADS) >= 15 and len(device.RECEIPTS) >= 15


@pytest.mark.parametrize("case", device.PAYLOADS, ids=lambda c: f"{c.kind}-{c.name}")
def test_each_sealed_payload_and_envelope_has_its_outcome(case: WireCase, parties: Parties) -> None:
    outcome, why = device.open_outcome(case, parties)
    assert outcome == case.expect, why
    assert case.words in why


@pytest.mark.parametrize("case", FILE_CASES, ids=lambda c: f"{c.kind}-{c.name}")
def test_each_receipts_and_hub_keys_file_has_its_outcome(
    case: WireCase, parties: Parties, tmp_path: Path
) -> None:
    outcome, why = device.file_outcome(case, parties, tmp_path)
    assert outcome == case.expect, why
    assert case.words in why


def test_sync_receipts_on_hostile_files_exits_with_a_message(
    parties: Parties, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import main

    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    keys_file = tmp_path / "hub-keys.json"
    keys_file.write_text(json.dumps(device.hub_keys_document(parties)))
    assert run_main(main, "sync", "enroll", "--hub-keys", str(keys_file), "--code", "C-1")[0] == 0
    nested = tmp_path / "nested.json"
    nested.write_text(b.nested_json(100_000))
    os.mkfifo(tmp_path / "fifo.json")
    for path in (nested, tmp_path / "fifo.json", tmp_path):
        code, out, err = run_main(main, "sync", "receipts", str(path))
        assert code == 2 and err.startswith("accord: ") and "Traceback" not in out + err, err


def test_the_hub_refuses_a_deeply_nested_payload_from_an_enrolled_device(
    parties: Parties, tmp_path: Path
) -> None:
    """The signed, sealed 50,000-deep payload: a rejection with its reason, not a crash
    (the hub opens payloads with ``desktop.core.sync.protocol``)."""
    from hub.cli import main as hub

    data = tmp_path / "hub"
    assert run_main(hub, "init", "--data", str(data))[0] == 0
    code_text = run_main(hub, "enroll-code", "--data", str(data))[1].strip()
    from hub.keys import load_keys

    box = bytes(load_keys(data).box_key.public_key)
    envelope = b.seal_raw(b"[" * 50_000 + b"]" * 50_000, parties.device, box).as_json()
    transfer = b.transfer_document(
        [envelope],
        parties.device,
        box,
        {"code": code_text, "public_key": parties.device.public_key_b64, "label": ""},
    )
    path = tmp_path / "transfer.json"
    path.write_text(json.dumps(transfer))
    code, out, err = run_main(hub, "import", str(path), "--data", str(data))
    assert code == 1 and "Traceback" not in out + err
    assert "1 rejected" in out and "nests its values" in out


def test_the_hub_answers_each_hostile_payload_with_a_reason_not_a_500(
    parties: Parties, tmp_path: Path
) -> None:
    """Every sealed payload case, posted by an enrolled device over HTTP: the hub's answer
    is the refusal's own status and code (it opens payloads with ``sync.protocol``)."""
    from fastapi.testclient import TestClient

    from hub.app import HubSettings, create_app
    from tests.hub.helpers import make_hub

    hub = make_hub(tmp_path / "hub")
    hub.enroll(parties.device, "hostile laptop")
    on_hub = Parties(parties.device, hub.keys.box_key, hub.keys.signing_key)
    settings = HubSettings(max_body=64 * 1024 * 1024, rate=1000, burst=1000)
    app = create_app(hub.data, settings, store=hub.store, keys=hub.keys)
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            for case in (c for c in device.PAYLOADS if c.kind == "payload"):
                answer = client.post("/v1/submissions", json=case.make(on_hub))
                if case.expect == "refused":
                    assert answer.status_code in (400, 413, 422), (case.name, answer.text)
                    assert case.words in answer.text, (case.name, answer.text)
                else:
                    assert answer.status_code in (200, 201), (case.name, answer.text)
    finally:
        hub.store.close()
