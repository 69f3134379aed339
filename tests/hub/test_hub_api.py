"""The hub's HTTP API: enrollment, idempotent ingestion, refusals with reasons, the index."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import nacl.public
import pytest
from fastapi.testclient import TestClient

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import (
    Envelope,
    b64encode,
    seal_payload,
    signing_input,
    verify_receipt,
)
from hub.app import HubSettings, create_app
from tests.hub.helpers import Hub, make_payload


def envelope_for(hub: Hub, device: DeviceKey, payload: dict[str, Any]) -> dict[str, Any]:
    box = bytes(hub.keys.box_key.public_key)
    return seal_payload(payload, device.signing_key, box).as_json()


def post(client: TestClient, envelope: Any) -> Any:
    body = envelope if isinstance(envelope, bytes) else json.dumps(envelope).encode()
    return client.post("/v1/submissions", content=body)


def stored(hub: Hub) -> int:
    counts = hub.store.counts()
    return counts["accepted"] + counts["conflict"]


# --- basics -----------------------------------------------------------------------------------


def test_health_keys_and_openapi(client: TestClient, hub: Hub) -> None:
    health = client.get("/v1/health").json()
    assert health["status"] == "ok" and health["key_id"] == hub.keys.key_id
    assert client.get("/v1/keys").json() == hub.keys.public_document()
    spec = client.get("/openapi.json").json()
    assert {"/v1/enroll", "/v1/submissions", "/v1/index", "/dashboard"} <= set(spec["paths"])
    body = spec["paths"]["/v1/submissions"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("EnvelopeModel")


# --- enrollment -------------------------------------------------------------------------------


def test_enrollment_with_a_one_time_code(client: TestClient, hub: Hub) -> None:
    code = hub.store.new_enroll_code()
    device = DeviceKey.generate()
    answer = client.post(
        "/v1/enroll", json={"code": code.lower(), "public_key": device.public_key_b64}
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["device_id"] == device.device_id
    assert answer.json()["hub"] == hub.keys.public_document()
    # The same device again with the same code: fine (a retried request).
    again = client.post("/v1/enroll", json={"code": code, "public_key": device.public_key_b64})
    assert again.status_code == 200
    # Another device with the used code: refused.
    other = DeviceKey.generate()
    refused = client.post("/v1/enroll", json={"code": code, "public_key": other.public_key_b64})
    assert refused.status_code == 401 and refused.json()["error"] == "code_used"


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"code": "AAAA-BBBB-CCCC", "public_key": b64encode(b"k" * 32)}, 401, "bad_code"),
        ({"code": "x", "public_key": "not base64!"}, 422, "bad_key"),
        ({"code": "x"}, 422, "invalid_request"),
    ],
)
def test_enrollment_refusals(
    client: TestClient, hub: Hub, body: dict, status: int, error: str
) -> None:
    if error == "bad_key":
        body = {**body, "code": hub.store.new_enroll_code()}
    answer = client.post("/v1/enroll", json=body)
    assert answer.status_code == status and answer.json()["error"] == error
    assert answer.json()["reason"]


def test_an_expired_code_is_refused(client: TestClient, hub: Hub) -> None:
    code = hub.store.new_enroll_code(ttl_hours=-1)
    answer = client.post(
        "/v1/enroll", json={"code": code, "public_key": DeviceKey.generate().public_key_b64}
    )
    assert answer.status_code == 401 and answer.json()["error"] == "code_expired"


def test_enrollment_attempts_are_rate_limited(hub: Hub) -> None:
    app = create_app(
        hub.data, HubSettings(enroll_rate=0.01, enroll_burst=3), store=hub.store, keys=hub.keys
    )
    with TestClient(app) as c:
        codes = [
            c.post("/v1/enroll", json={"code": "WRONG", "public_key": b64encode(b"k" * 32)})
            for _ in range(5)
        ]
    assert [r.status_code for r in codes] == [401, 401, 401, 429, 429]
    assert int(codes[-1].headers["retry-after"]) >= 1


# --- ingestion --------------------------------------------------------------------------------


def test_new_submission_gets_a_signed_receipt(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    payload = make_payload(device.device_id)
    answer = post(client, envelope_for(hub, device, payload))
    assert answer.status_code == 201, answer.text
    receipt = verify_receipt(answer.json(), bytes(hub.keys.signing_key.verify_key))
    assert receipt["assessment_id"] == payload["assessment_id"]
    assert receipt["revision"] == 1 and receipt["stored_as"] == "current"
    assert hub.store.device(device.device_id).last_seen is not None


def test_identical_resend_returns_the_same_receipt(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    payload = make_payload(device.device_id)
    first = post(client, envelope_for(hub, device, payload))
    # A fresh seal of the same payload (different ciphertext) is still the same content.
    second = post(client, envelope_for(hub, device, payload))
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    assert stored(hub) == 1


def test_different_content_at_a_stored_revision_is_a_conflict_kept_for_review(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    payload = make_payload(device.device_id)
    changed = {**payload, "institution": "Ministry of Finance"}
    assert post(client, envelope_for(hub, device, payload)).status_code == 201
    answer = post(client, envelope_for(hub, device, changed))
    assert answer.status_code == 409
    assert answer.json()["error"] == "conflict" and "kept for review" in answer.json()["reason"]
    # Both are kept; the conflict again is still a conflict, not stored twice.
    assert post(client, envelope_for(hub, device, changed)).status_code == 409
    kinds = sorted(r["kind"] for r in hub.store.submissions())
    assert kinds == ["accepted", "conflict"]
    # The index uses the accepted one only.
    index = client.get("/v1/index").json()
    assert [i["institution"] for i in index["institutions"]] == ["Ministry of ICT"]


def test_an_older_revision_after_a_newer_one_is_kept_as_history(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    aid = "5b1c3f4e-0000-4000-8000-000000000001"
    newer = make_payload(
        device.device_id,
        assessment_id=aid,
        revision=2,
        created="2026-06-01T00:00:00+00:00",
        scores={"ethics": 90.0},
    )
    older = make_payload(
        device.device_id,
        assessment_id=aid,
        revision=1,
        created="2026-05-01T00:00:00+00:00",
        scores={"ethics": 10.0},
    )
    assert post(client, envelope_for(hub, device, newer)).status_code == 201
    answer = post(client, envelope_for(hub, device, older))
    assert answer.status_code == 201
    assert answer.json()["receipt"]["stored_as"] == "history"
    index = client.get("/v1/index").json()
    assert index["countries"][0]["components"]["ethics"]["score"] == 90.0
    assert [i["revision"] for i in index["institutions"]] == [2]


# --- refusals: a reason, a 4xx, nothing stored -------------------------------------------------


def test_unknown_and_revoked_devices_get_401(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    stranger = DeviceKey.generate()
    answer = post(client, envelope_for(hub, stranger, make_payload(stranger.device_id)))
    assert answer.status_code == 401 and answer.json()["error"] == "unknown_device"
    hub.store.revoke(device.device_id)
    answer = post(client, envelope_for(hub, device, make_payload(device.device_id)))
    assert answer.status_code == 401 and answer.json()["error"] == "revoked_device"
    assert stored(hub) == 0


def test_tampered_envelope(client: TestClient, hub: Hub, device: DeviceKey) -> None:
    envelope = envelope_for(hub, device, make_payload(device.device_id))
    sealed = bytearray(json.dumps(envelope).encode())
    raw = envelope["sealed"]
    flipped = raw[:40] + ("A" if raw[40] != "A" else "B") + raw[41:]
    answer = post(client, {**envelope, "sealed": flipped})
    assert answer.status_code == 401
    assert answer.json()["error"] == "bad_signature"
    assert "changed after signing" in answer.json()["reason"]
    assert sealed and stored(hub) == 0


def test_replay_from_another_device(client: TestClient, hub: Hub, device: DeviceKey) -> None:
    envelope = envelope_for(hub, device, make_payload(device.device_id))
    thief = DeviceKey.generate()
    hub.enroll(thief)
    sealed = __import__("base64").b64decode(envelope["sealed"])
    sig = thief.signing_key.sign(signing_input(thief.device_id, envelope["hub_key_id"], sealed))
    replay = {**envelope, "device_id": thief.device_id, "signature": b64encode(sig.signature)}
    answer = post(client, replay)
    assert answer.status_code == 422 and answer.json()["error"] == "device_mismatch"
    # The original's signature copied onto the thief's id does not verify either.
    answer = post(client, {**envelope, "device_id": thief.device_id})
    assert answer.status_code == 401 and answer.json()["error"] == "bad_signature"
    assert stored(hub) == 0


def test_wrong_hub_key(client: TestClient, hub: Hub, device: DeviceKey) -> None:
    other = nacl.public.PrivateKey.generate()
    envelope = seal_payload(
        make_payload(device.device_id), device.signing_key, bytes(other.public_key)
    ).as_json()
    answer = post(client, envelope)
    assert answer.status_code == 422 and answer.json()["error"] == "wrong_hub_key"
    assert hub.keys.key_id in answer.json()["reason"]
    assert stored(hub) == 0


def test_oversized_body_is_refused_before_reading(client: TestClient, hub: Hub) -> None:
    answer = client.post("/v1/submissions", content=b"x" * (64 * 1024 + 1))
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    assert stored(hub) == 0


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b"{not json", 400, "malformed_json"),
        (b"\xff\xfe\x00garbage", 400, "malformed_json"),
        (b"[" * 50_000, 400, "malformed_json"),
        (b"", 400, "malformed_json"),
        (b"[]", 400, "bad_envelope"),
        (b'{"format": "accord-envelope/2"}', 400, "bad_format"),
        (b'{"format": "accord-envelope/1", "device_id": "d"}', 400, "bad_envelope"),
    ],
)
def test_garbage_is_a_4xx_with_a_reason(
    client: TestClient, hub: Hub, body: bytes, status: int, error: str
) -> None:
    answer = client.post("/v1/submissions", content=body)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"] == error and answer.json()["reason"]
    assert stored(hub) == 0


def test_a_bad_payload_inside_a_valid_envelope(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    # Seal by hand (seal_payload would refuse it on the device).
    import zlib

    from desktop.core.sync.protocol import canonical_json, key_id

    payload = {**make_payload(device.device_id), "country": "Narnia"}
    box = hub.keys.box_key.public_key
    sealed = nacl.public.SealedBox(box).encrypt(zlib.compress(canonical_json(payload)))
    kid = key_id(bytes(box))
    sig = device.signing_key.sign(signing_input(device.device_id, kid, sealed)).signature
    answer = post(client, Envelope(device.device_id, kid, sealed, sig).as_json())
    assert answer.status_code == 422 and answer.json()["error"] == "bad_payload"
    assert "'country'" in answer.json()["reason"]
    assert stored(hub) == 0


def test_rate_limit_per_device(hub: Hub, device: DeviceKey) -> None:
    app = create_app(hub.data, HubSettings(rate=0.01, burst=2), store=hub.store, keys=hub.keys)
    other = DeviceKey.generate()
    hub.enroll(other)
    with TestClient(app) as c:
        codes = [
            post(c, envelope_for(hub, device, make_payload(device.device_id))).status_code
            for _ in range(3)
        ]
        limited = post(c, envelope_for(hub, device, make_payload(device.device_id)))
        # Another device has its own bucket.
        theirs = post(c, envelope_for(hub, other, make_payload(other.device_id))).status_code
    assert codes == [201, 201, 429]
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert theirs == 201


# --- aggregation and dashboard ----------------------------------------------------------------


def test_index_per_country_and_component(client: TestClient, hub: Hub, device: DeviceKey) -> None:
    def send(**kw: Any) -> None:
        assert (
            post(
                client, envelope_for(hub, device, make_payload(device.device_id, **kw))
            ).status_code
            == 201
        )

    # Kenya: two institutions; the ministry assessed twice (the later one counts).
    send(
        institution="Ministry of ICT",
        created="2026-01-01T00:00:00+00:00",
        scores={"ethics": 20.0, "robustness": None},
    )
    send(
        institution="ministry of  ict",
        created="2026-03-01T00:00:00+00:00",
        scores={"ethics": 60.0, "robustness": None},
    )
    send(institution="Data Protection Office", scores={"ethics": 80.0, "robustness": 50.0})
    send(institution="Authority", country="GH", scores={"governance": 40.0})
    index = client.get("/v1/index").json()
    gh, ke = index["countries"]
    assert (ke["country"], ke["country_name"], ke["institutions"]) == ("KE", "Kenya", 2)
    assert ke["components"]["ethics"] == {
        "title": "Ethical AI practices",
        "score": 70.0,
        "institutions": 2,
    }
    assert ke["components"]["robustness"]["score"] == 50.0
    assert ke["components"]["societal"] == {
        "title": "Societal and environmental impact",
        "score": None,
        "institutions": 0,
    }
    assert ke["overall"] == 60.0  # mean of ethics 70 and robustness 50
    assert gh["overall"] == 40.0 and gh["components"]["ethics"]["score"] is None
    csv_text = client.get("/v1/index.csv").text
    assert (
        csv_text.splitlines()[0]
        == "country,country_name,component,component_title,score,institutions,"
        "partial_assessments_not_counted"
    )
    assert "KE,Kenya,ethics,Ethical AI practices,70.00,2,0" in csv_text
    assert "KE,Kenya,societal,Societal and environmental impact,,0,0" in csv_text


def test_dashboard_escapes_device_text(client: TestClient, hub: Hub, device: DeviceKey) -> None:
    payload = make_payload(device.device_id, institution="<script>alert(1)</script> & Co")
    post(client, envelope_for(hub, device, payload))
    page = client.get("/dashboard")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page.text
    assert "Kenya" in page.text and "not assessed" not in page.text.split("By country")[0]
    assert client.get("/", follow_redirects=False).headers["location"] == "/dashboard"


def test_unknown_paths_and_methods_are_json_4xx(client: TestClient) -> None:
    assert client.get("/nope").json()["error"] == "not_found"
    answer = client.get("/v1/submissions")
    assert answer.status_code == 405 and answer.json()["error"] == "method_not_allowed"


@pytest.mark.skipif(not shutil.which("chromium"), reason="headless Chromium is not installed")
def test_dashboard_renders_in_headless_chromium(
    client: TestClient, hub: Hub, device: DeviceKey, tmp_path: Path
) -> None:
    post(client, envelope_for(hub, device, make_payload(device.device_id, scores={"ethics": 61.0})))
    page = tmp_path / "dashboard.html"
    page.write_text(client.get("/dashboard").text, encoding="utf-8")
    shot = tmp_path / "dashboard.png"
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Global AI Safety Index" in dom.stdout and "61.0" in dom.stdout
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1200,800",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=60,
    )
    assert shot.stat().st_size > 10_000  # a real picture, not an empty page
