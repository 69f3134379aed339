"""Hostile submissions the hub must refuse (or neutralise), each with its expected answer,
on both stores: nothing is stored from a refused one, and nothing gives a 5xx.

The envelopes are built here byte by byte (``raw_envelope``), so a payload can be sealed
and signed correctly while being wrong in exactly one way.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Callable
from typing import Any

import nacl.public
import pytest
from fastapi.testclient import TestClient

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import (
    ENVELOPE_FORMAT,
    MAX_ANSWERS,
    canonical_json,
    key_id,
    signing_input,
)
from tests.hub.helpers import Hub, make_payload


def raw_envelope(
    hub: Hub,
    device: DeviceKey,
    body: bytes,
    *,
    box_key: bytes | None = None,
    device_id: str | None = None,
    compress: bool = True,
) -> dict[str, Any]:
    """Seal ``body`` (any bytes) for the hub and sign it as ``device``."""
    box = box_key or bytes(hub.keys.box_key.public_key)
    inner = zlib.compress(body, 9) if compress else body
    sealed = nacl.public.SealedBox(nacl.public.PublicKey(box)).encrypt(inner)
    did = device_id or device.device_id
    signature = device.signing_key.sign(signing_input(did, key_id(box), sealed)).signature
    return {
        "format": ENVELOPE_FORMAT,
        "device_id": did,
        "hub_key_id": key_id(box),
        "sealed": base64.b64encode(sealed).decode(),
        "signature": base64.b64encode(signature).decode(),
    }


def payload_with(device: DeviceKey, **changes: Any) -> bytes:
    payload = make_payload(device.device_id)
    payload.update(changes)
    return canonical_json(payload)


Case = Callable[[Hub, DeviceKey], Any]  # returns the body (bytes) or the envelope (dict)

CASES: dict[str, tuple[Case, int, str]] = {
    "completion is not a known word": (
        lambda h, d: raw_envelope(h, d, payload_with(d, completion="done")),
        422,
        "bad_payload",
    ),
    "completion is a number": (
        lambda h, d: raw_envelope(h, d, payload_with(d, completion=1)),
        422,
        "bad_payload",
    ),
    "partial_reason is an object": (
        lambda h, d: raw_envelope(
            h, d, payload_with(d, completion="partial", partial_reason={"why": 1})
        ),
        422,
        "bad_payload",
    ),
    "partial_reason is a book": (
        lambda h, d: raw_envelope(
            h, d, payload_with(d, completion="partial", partial_reason="x" * 5000)
        ),
        422,
        "bad_payload",
    ),
    "NUL inside the institution": (
        lambda h, d: raw_envelope(h, d, payload_with(d, institution="Ministry\x00 of ICT")),
        422,
        "bad_payload",
    ),
    "a lone surrogate in the institution": (
        lambda h, d: raw_envelope(
            h, d, payload_with(d).replace(b'"Ministry of ICT"', b'"Ministry \\ud800"')
        ),
        422,
        "bad_payload",
    ),
    "an institution name of 10,000 characters": (
        lambda h, d: raw_envelope(h, d, payload_with(d, institution="M" * 10_000)),
        422,
        "bad_payload",
    ),
    "revision zero": (
        lambda h, d: raw_envelope(h, d, payload_with(d, revision=0)),
        422,
        "bad_payload",
    ),
    "a country code that is not one": (
        lambda h, d: raw_envelope(h, d, payload_with(d, country="k1")),
        422,
        "bad_payload",
    ),
    "more answers than the limit": (
        lambda h, d: raw_envelope(
            h,
            d,
            payload_with(d, answers={f"Q-{n}": {"value": "yes"} for n in range(MAX_ANSWERS + 1)}),
        ),
        422,
        "bad_payload",
    ),
    "a payload that names another device": (
        lambda h, d: raw_envelope(
            h, d, canonical_json(make_payload(DeviceKey.generate().device_id))
        ),
        422,
        "device_mismatch",
    ),
    "sealed for another hub's key": (
        lambda h, d: raw_envelope(
            h, d, payload_with(d), box_key=bytes(nacl.public.PrivateKey.generate().public_key)
        ),
        422,
        "wrong_hub_key",
    ),
    "a zip bomb": (
        lambda h, d: raw_envelope(h, d, b" " * 30_000_000),
        422,
        "bad_payload",
    ),
    "a sealed body that is not zlib": (
        lambda h, d: raw_envelope(h, d, payload_with(d), compress=False),
        422,
        "undecryptable",
    ),
    "a payload that is not canonical JSON": (
        lambda h, d: raw_envelope(h, d, json.dumps(make_payload(d.device_id)).encode()),
        422,
        "bad_payload",
    ),
    "signed by a device that is not enrolled": (
        lambda h, d: raw_envelope(h, DeviceKey.generate(), payload_with(d)),
        401,
        "unknown_device",
    ),
    "signed by one device, claiming to be another": (
        lambda h, d: raw_envelope(h, DeviceKey.generate(), payload_with(d), device_id=d.device_id),
        401,
        "bad_signature",
    ),
    "nested 30,000 deep": (lambda h, d: b"[" * 30_000 + b"]" * 30_000, 400, "malformed_json"),
    "bytes that are not UTF-8": (lambda h, d: b'{"format": "\xff\xfe"}', 400, "malformed_json"),
    "a JSON array instead of an envelope": (lambda h, d: b"[1, 2, 3]", 400, "bad_envelope"),
    "an infinite number": (
        lambda h, d: b'{"format": 1e999, "device_id": "x"}',
        400,
        "bad_format",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_submission_is_refused_and_nothing_is_stored(
    client: TestClient, hub: Hub, device: DeviceKey, name: str
) -> None:
    build, status, error = CASES[name]
    body = build(hub, device)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    answer = client.post("/v1/submissions", content=content, auth=None)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"] == error
    assert answer.json()["reason"]  # a reason a person can read
    counts = hub.store.counts()
    assert counts["accepted"] + counts["conflict"] == 0


def test_formula_and_markup_in_an_institution_are_stored_but_neutralised(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    name = '=HYPERLINK("http://x","<b>click</b>")'
    answer = client.post(
        "/v1/submissions",
        content=json.dumps(raw_envelope(hub, device, payload_with(device, institution=name))),
        auth=None,
    )
    assert answer.status_code == 201
    page = client.get("/dashboard").text
    assert "<b>click</b>" not in page and "&lt;b&gt;click&lt;/b&gt;" in page
    from hub import aggregate

    assert "'=HYPERLINK" in aggregate.submissions_csv(hub.store)


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/v1/enroll", {"code": "X", "public_key": "AAAA", "label": "a\x00b"}, 422),
        ("POST", "/v1/enroll-codes", {"label": "a\x00b"}, 422),
        ("POST", "/v1/enroll-codes", {"ttl_hours": 1e308}, 422),
        ("POST", "/v1/devices/%00/revoke", None, 404),
        ("POST", "/v1/devices/" + "d" * 300 + "/revoke", None, 404),
        ("GET", "/v1/packs/..%2F..%2Fhub-keys.json", None, 404),
    ],
)
def test_hostile_administration_and_enrollment_input_is_a_4xx(
    client: TestClient, method: str, path: str, body: Any, status: int
) -> None:
    answer = client.request(method, path, json=body)
    assert answer.status_code == status, answer.text
    assert "error" in answer.json()


def test_a_huge_password_is_refused_without_work(client: TestClient) -> None:
    answer = client.get("/v1/index", auth=("olga", "p" * 100_000))
    assert answer.status_code == 401
