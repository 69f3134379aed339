"""Partial assessments (kept, listed, never counted), health and readiness, the API
description, and a request body that stalls."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate
from sqlalchemy import create_engine

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import seal_payload
from hub.app import HubSettings
from tests.hub.helpers import Hub, live_hub, make_payload


def _send(client: TestClient, hub: Hub, device: DeviceKey, **kw: Any) -> int:
    payload = make_payload(device.device_id, **{k: v for k, v in kw.items() if k != "extra"})
    payload.update(kw.get("extra", {}))
    box = bytes(hub.keys.box_key.public_key)
    envelope = seal_payload(payload, device.signing_key, box).as_json()
    return client.post("/v1/submissions", content=json.dumps(envelope), auth=None).status_code


def test_partial_assessments_are_kept_listed_and_not_counted(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    partial = {"completion": "partial", "partial_reason": "the budget section was skipped"}
    assert _send(client, hub, device, scores={"ethics": 80.0}) == 201  # no fields: complete
    assert (
        _send(client, hub, device, scores={"ethics": 20.0}, institution="B", extra=partial) == 201
    )
    assert (
        _send(
            client,
            hub,
            device,
            scores={"ethics": 40.0},
            institution="C",
            extra={"completion": "complete", "partial_reason": None},
        )
        == 201
    )
    assert _send(client, hub, device, country="GH", institution="D", extra=partial) == 201
    index = client.get("/v1/index").json()
    gh, ke = index["countries"]
    assert ke["components"]["ethics"] == {
        "title": "Ethical AI practices",
        "score": 60.0,
        "institutions": 2,
    }
    assert (ke["institutions"], ke["partial_assessments"]) == (2, 1)
    assert (gh["institutions"], gh["overall"], gh["partial_assessments"]) == (0, None, 1)
    assert [p["partial_reason"] for p in index["partial_assessments"]] == [
        "the budget section was skipped"
    ] * 2
    assert "not used in any score" in index["counting"]
    assert "KE,Kenya,ethics,Ethical AI practices,60.00,2,1" in client.get("/v1/index.csv").text
    page = client.get("/dashboard").text
    assert "Partial assessments (not counted)" in page and "the budget section was skipped" in page
    assert hub.store.counts()["accepted"] == 4  # every one kept


def test_a_partial_revision_takes_its_assessment_out_of_the_index(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    assert _send(client, hub, device, assessment_id="a", scores={"ethics": 90.0}) == 201
    assert (
        _send(
            client,
            hub,
            device,
            assessment_id="a",
            revision=2,
            scores={"ethics": 10.0},
            extra={"completion": "partial"},
        )
        == 201
    )
    (ke,) = client.get("/v1/index").json()["countries"]
    assert (ke["institutions"], ke["overall"], ke["partial_assessments"]) == (0, None, 1)


def test_health_and_readiness_check_the_database(
    client: TestClient, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = client.get("/v1/health", auth=None).json()
    assert (health["store"], health["database"]) == (hub.store.kind, "ok")
    ready = client.get("/v1/ready", auth=None)
    assert ready.status_code == 200 and ready.json()["schema"] == "0002"
    # The database stops answering: still alive (200), not ready (503), and it says so.
    gone = create_engine("postgresql+psycopg://hub:secret@127.0.0.1:1/gone")
    monkeypatch.setattr(hub.store.db, "reader", gone)
    health = client.get("/v1/health", auth=None)
    assert health.status_code == 200 and health.json()["database"] == "unavailable"
    ready = client.get("/v1/ready", auth=None)
    assert ready.status_code == 503 and ready.json()["error"] == "not_ready"
    assert "secret" not in ready.text and ready.headers["retry-after"]
    gone.dispose()


def test_the_api_description_is_complete_and_valid(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    validate(spec)
    body = spec["paths"]["/v1/submissions"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/EnvelopeModel"
    assert "EnvelopeModel" in spec["components"]["schemas"]
    text = json.dumps(spec)
    for name in {r.rsplit("/", 1)[1] for r in _refs(spec)}:
        assert name in spec["components"]["schemas"], name
    assert spec["paths"]["/v1/index"]["get"]["security"] == [{"login": []}]
    assert "/v1/submissions" in text and "security" not in spec["paths"]["/v1/submissions"]["post"]


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == "$ref"] + [
            r for v in value.values() for r in _refs(v)
        ]
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    return []


def test_a_stalled_body_is_cut_off_and_the_hub_keeps_serving(tmp_path: Path) -> None:
    with live_hub(tmp_path / "hub", HubSettings(body_timeout=1.0)) as server:
        head = (
            b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 5000\r\n\r\n{"
        )
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            sock.sendall(head)  # one byte of the body, then nothing
            answer = b""
            while b"}" not in answer.partition(b"\r\n\r\n")[2]:
                part = sock.recv(65536)
                if not part:
                    break
                answer += part
        waited = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"body_timeout" in answer and 0.9 <= waited < 5
        import httpx

        assert httpx.get(server.url + "/v1/health", timeout=5).status_code == 200
        assert server.hub.store.counts()["accepted"] == 0
