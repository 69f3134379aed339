"""The envelope: canonical form, seal + sign, verify + open, payload checks, receipts."""

from __future__ import annotations

import json
import zlib

import nacl.public
import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import (
    MAX_PAYLOAD_BYTES,
    RECEIPT_FORMAT,
    Envelope,
    EnvelopeError,
    b64encode,
    canonical_json,
    check_payload,
    key_id,
    load_payload,
    open_envelope,
    parse_envelope,
    seal_payload,
    sign_receipt,
    signing_input,
    verify_envelope,
    verify_receipt,
)
from tests.hub.helpers import make_payload


@pytest.fixture
def device() -> DeviceKey:
    return DeviceKey.generate()


@pytest.fixture
def hub_box() -> nacl.public.PrivateKey:
    return nacl.public.PrivateKey.generate()


def roundtrip(envelope: Envelope, device: DeviceKey, box: nacl.public.PrivateKey) -> dict:
    parsed = parse_envelope(json.loads(json.dumps(envelope.as_json())))
    verify_envelope(parsed, device.public_key)
    return load_payload(open_envelope(parsed, box), parsed)


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": ["é", None]}) == '{"a":["é",null],"b":1}'.encode()
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_seal_and_open_round_trip(device: DeviceKey, hub_box: nacl.public.PrivateKey) -> None:
    payload = make_payload(device.device_id, notes=True)
    envelope = seal_payload(payload, device.signing_key, bytes(hub_box.public_key))
    assert envelope.device_id == device.device_id
    assert envelope.hub_key_id == key_id(bytes(hub_box.public_key))
    assert roundtrip(envelope, device, hub_box) == payload
    # The sealed bytes carry no plaintext.
    assert b"Ministry" not in envelope.sealed


def test_sealing_is_randomised_but_payload_identity_is_not(
    device: DeviceKey, hub_box: nacl.public.PrivateKey
) -> None:
    payload = make_payload(device.device_id)
    a = seal_payload(payload, device.signing_key, bytes(hub_box.public_key))
    b = seal_payload(payload, device.signing_key, bytes(hub_box.public_key))
    assert a.sealed != b.sealed
    assert open_envelope(a, hub_box) == open_envelope(b, hub_box) == canonical_json(payload)


def test_a_changed_byte_breaks_the_signature(
    device: DeviceKey, hub_box: nacl.public.PrivateKey
) -> None:
    envelope = seal_payload(
        make_payload(device.device_id), device.signing_key, bytes(hub_box.public_key)
    )
    sealed = bytearray(envelope.sealed)
    sealed[60] ^= 1
    tampered = Envelope(envelope.device_id, envelope.hub_key_id, bytes(sealed), envelope.signature)
    with pytest.raises(EnvelopeError) as err:
        verify_envelope(tampered, device.public_key)
    assert err.value.code == "bad_signature" and err.value.status == 401


def test_a_replay_signed_by_another_device_is_refused(
    device: DeviceKey, hub_box: nacl.public.PrivateKey
) -> None:
    envelope = seal_payload(
        make_payload(device.device_id), device.signing_key, bytes(hub_box.public_key)
    )
    thief = DeviceKey.generate()
    stolen = Envelope(
        thief.device_id,
        envelope.hub_key_id,
        envelope.sealed,
        thief.signing_key.sign(
            signing_input(thief.device_id, envelope.hub_key_id, envelope.sealed)
        ).signature,
    )
    verify_envelope(stolen, thief.public_key)  # the thief's own signature holds …
    with pytest.raises(EnvelopeError) as err:  # … but the payload names the real device
        load_payload(open_envelope(stolen, hub_box), stolen)
    assert err.value.code == "device_mismatch"


def test_wrong_hub_key_is_named(device: DeviceKey, hub_box: nacl.public.PrivateKey) -> None:
    other = nacl.public.PrivateKey.generate()
    envelope = seal_payload(
        make_payload(device.device_id), device.signing_key, bytes(other.public_key)
    )
    with pytest.raises(EnvelopeError) as err:
        open_envelope(envelope, hub_box)
    assert err.value.code == "wrong_hub_key" and "sealed for hub key" in err.value.reason
    # Sealed for another key but labelled with ours: the box does not open.
    ours = key_id(bytes(hub_box.public_key))
    relabelled = Envelope(envelope.device_id, ours, envelope.sealed, envelope.signature)
    with pytest.raises(EnvelopeError) as err:
        open_envelope(relabelled, hub_box)
    assert err.value.code == "undecryptable"


def test_a_zip_bomb_is_refused(device: DeviceKey, hub_box: nacl.public.PrivateKey) -> None:
    bomb = zlib.compress(b" " * (MAX_PAYLOAD_BYTES + 10), 9)
    sealed = nacl.public.SealedBox(hub_box.public_key).encrypt(bomb)
    kid = key_id(bytes(hub_box.public_key))
    sig = device.signing_key.sign(signing_input(device.device_id, kid, sealed)).signature
    with pytest.raises(EnvelopeError) as err:
        open_envelope(Envelope(device.device_id, kid, sealed, sig), hub_box)
    assert err.value.code == "bad_payload"


def test_seal_refuses_a_payload_of_another_device(
    device: DeviceKey, hub_box: nacl.public.PrivateKey
) -> None:
    with pytest.raises(EnvelopeError) as err:
        seal_payload(make_payload("dev-someoneelse"), device.signing_key, bytes(hub_box.public_key))
    assert err.value.code == "device_mismatch"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"format": "accord-submission/9"}, "format"),
        ({"revision": 0}, "revision"),
        ({"revision": True}, "revision"),
        ({"country": "Kenya"}, "country"),
        ({"country": "ke"}, "country"),
        ({"institution": "  "}, "institution"),
        ({"created": "yesterday"}, "created"),
        ({"assessment_id": "a b"}, "assessment_id"),
        ({"checklist": {"id": "x", "version": "1"}}, "checklist.hash"),
        ({"answers": []}, "answers"),
        ({"answers": {"ETH-1": "yes"}}, "answers.ETH-1"),
        ({"answers": {"ETH-1": {"value": 3}}}, "answers.ETH-1.value"),
        ({"scores": {"overall": 101, "components": {}}}, "scores.overall"),
        ({"scores": {"overall": None, "components": {"magic": {}}}}, "scores.components.magic"),
        (
            {"scores": {"overall": None, "components": {"ethics": {"score": -1}}}},
            "scores.components.ethics.score",
        ),
        ({"completion": "mostly"}, "completion"),
        ({"completion": "partial", "partial_reason": "  "}, "partial_reason"),
        ({"completion": "complete", "partial_reason": "why"}, "partial_reason"),
    ],
)
def test_payload_checks_name_the_field(change: dict, field: str) -> None:
    payload = {**make_payload("dev-0123456789abcdef0123"), **change}
    with pytest.raises(EnvelopeError) as err:
        check_payload(payload)
    assert err.value.code == "bad_payload"
    assert f"'{field}'" in err.value.reason


def test_completion_fields_are_optional_and_checked() -> None:
    """Absent means complete (payloads of older devices); a partial one has its reason."""
    base = make_payload("dev-0123456789abcdef0123")
    base.pop("completion", None)
    base.pop("partial_reason", None)
    check_payload(base)
    check_payload({**base, "completion": "complete", "partial_reason": None})
    check_payload({**base, "completion": "partial", "partial_reason": "a first look"})
    # Another client may leave the reason out; Accord itself always sends one.
    check_payload({**base, "completion": "partial"})
    with pytest.raises(EnvelopeError, match="partial_reason"):
        check_payload({**base, "completion": "partial", "partial_reason": "x" * 1001})


def test_non_canonical_payload_bytes_are_refused(
    device: DeviceKey, hub_box: nacl.public.PrivateKey
) -> None:
    payload = make_payload(device.device_id)
    body = json.dumps(payload, indent=2).encode()
    envelope = Envelope(device.device_id, key_id(bytes(hub_box.public_key)), b"x" * 48, b"s" * 64)
    with pytest.raises(EnvelopeError, match="canonical"):
        load_payload(body, envelope)


def test_receipts_verify_only_with_the_hub_key() -> None:
    hub = nacl.signing.SigningKey.generate()
    receipt = {"format": RECEIPT_FORMAT, "receipt_id": "r-1", "revision": 1}
    signed = sign_receipt(receipt, hub)
    assert verify_receipt(signed, bytes(hub.verify_key)) == receipt
    forged = {**signed, "receipt": {**receipt, "revision": 2}}
    with pytest.raises(EnvelopeError, match="not signed by the hub"):
        verify_receipt(forged, bytes(hub.verify_key))
    other = nacl.signing.SigningKey.generate()
    with pytest.raises(EnvelopeError):
        verify_receipt(sign_receipt(receipt, other), bytes(hub.verify_key))
    with pytest.raises(EnvelopeError):
        verify_receipt({"receipt": receipt, "signature": "%%%"}, bytes(hub.verify_key))


def test_a_sixty_item_envelope_fits_in_8_kb(
    device: DeviceKey, hub_box: nacl.public.PrivateKey
) -> None:
    payload = make_payload(device.device_id, items=60, notes=True)
    envelope = seal_payload(payload, device.signing_key, bytes(hub_box.public_key))
    size = len(json.dumps(envelope.as_json()).encode())
    assert size <= 8 * 1024, size


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["format", "device_id", "hub_key_id", "sealed", "signature", "x"]),
        json_values | st.just("accord-envelope/1") | st.just(b64encode(b"z" * 64)),
    )
    | json_values
)
def test_parse_envelope_only_ever_raises_envelope_error(data: object) -> None:
    try:
        parse_envelope(data)
    except EnvelopeError as exc:
        assert exc.status == 400 and exc.reason
