"""The hostile wire inputs of the device side, each with what must happen (the table the
tests read): sealed payloads and envelopes (the hub opens them with the same
``desktop.core.sync.protocol``), receipts files and hub keys files a device imports.

``refused``: the module's own error (EnvelopeError, TransferError, EnrollmentError) with
``words`` in its message. ``handled``: accepted as it should be.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.public
import nacl.signing

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import (
    Envelope,
    EnvelopeError,
    canonical_json,
    load_payload,
    open_envelope,
    parse_envelope,
    verify_envelope,
)
from tests.hostile import builders as b
from tests.hub.helpers import make_payload


@dataclass
class Parties:
    """An enrolled device and its hub's keys."""

    device: DeviceKey
    hub_box: nacl.public.PrivateKey
    hub_signing: nacl.signing.SigningKey

    @classmethod
    def make(cls) -> Parties:
        return cls(
            DeviceKey.generate(),
            nacl.public.PrivateKey.generate(),
            nacl.signing.SigningKey.generate(),
        )

    @property
    def box_public(self) -> bytes:
        return bytes(self.hub_box.public_key)

    def payload(self, **changes: Any) -> dict[str, Any]:
        return {**make_payload(self.device.device_id), **changes}


@dataclass(frozen=True)
class WireCase:
    """One hostile input and what must happen to it."""

    kind: str  # "payload", "envelope", "receipts" or "hub-keys"
    name: str
    make: Callable[..., Any]
    expect: str  # "refused" or "handled"
    words: str = ""


def _sealed(body: Callable[[Parties], bytes], *, compress: bool = True) -> Callable[..., Any]:
    def make(p: Parties) -> dict[str, Any]:
        return b.seal_raw(body(p), p.device, p.box_public, compress=compress).as_json()

    return make


def _canonical(**changes: Any) -> Callable[[Parties], bytes]:
    return lambda p: canonical_json(p.payload(**changes))


def _text_of(p: Parties, **changes: Any) -> str:
    return canonical_json(p.payload(**changes)).decode()


def _deep(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"a": value}
    return value


def _bomb(p: Parties) -> dict[str, Any]:
    body = zlib.compress(b" " * 3_000_000, 9)
    sealed = nacl.public.SealedBox(nacl.public.PublicKey(p.box_public)).encrypt(body)
    env = b.seal_raw(b"", p.device, p.box_public)
    signature = p.device.signing_key.sign(
        b"\n".join((b"accord-envelope/1", env.device_id.encode(), env.hub_key_id.encode(), sealed))
    ).signature
    return Envelope(env.device_id, env.hub_key_id, sealed, signature).as_json()


def _forged(p: Parties) -> dict[str, Any]:
    other = DeviceKey.generate()
    env = b.seal_raw(canonical_json(p.payload()), other, p.box_public, device_id=p.device.device_id)
    return env.as_json()


def _other_hub(p: Parties) -> dict[str, Any]:
    other = bytes(nacl.public.PrivateKey.generate().public_key)
    return b.seal_raw(canonical_json(p.payload()), p.device, other).as_json()


PAYLOADS = [
    WireCase(
        "payload",
        "nested-50000",
        _sealed(lambda p: b"[" * 50_000 + b"]" * 50_000),
        "refused",
        "nests",
    ),
    WireCase(
        "payload", "nested-in-a-field", _sealed(_canonical(extra=_deep(30))), "refused", "nests"
    ),
    WireCase(
        "payload",
        "nan",
        _sealed(lambda p: _text_of(p).replace('"revision":1', '"revision":NaN').encode()),
        "refused",
        "NaN",
    ),
    WireCase(
        "payload",
        "huge-number",
        _sealed(lambda p: _text_of(p).replace('"revision":1', '"revision":' + "9" * 300).encode()),
        "refused",
        "digits",
    ),
    WireCase("payload", "not-utf8", _sealed(lambda p: b"\xff\xfe{}"), "refused", "UTF-8"),
    WireCase("payload", "not-json", _sealed(lambda p: b"hello"), "refused", "not valid JSON"),
    WireCase("payload", "an-array", _sealed(lambda p: b"[]"), "refused", "JSON object"),
    WireCase("payload", "zip-bomb", _bomb, "refused", "larger than"),
    WireCase(
        "payload",
        "truncated-zlib",
        lambda p: b.seal_raw(
            zlib.compress(canonical_json(p.payload()))[:-6], p.device, p.box_public, compress=False
        ).as_json(),
        "refused",
        "truncated",
    ),
    WireCase(
        "payload", "not-zlib", _sealed(lambda p: b"plain text", compress=False), "refused", "zlib"
    ),
    WireCase(
        "payload",
        "not-canonical",
        _sealed(lambda p: json.dumps(p.payload()).encode()),
        "refused",
        "canonical",
    ),
    WireCase(
        "payload",
        "other-device",
        _sealed(_canonical(device_id="dev-" + "0" * 20)),
        "refused",
        "written by device",
    ),
    WireCase(
        "payload",
        "long-note",
        _sealed(_canonical(answers={"ETH-1": {"value": "yes", "note": "n" * 30_000}})),
        "refused",
        "at most 20000",
    ),
    WireCase("payload", "bad-country", _sealed(_canonical(country="ke")), "refused", "country"),
    WireCase(
        "payload",
        "bad-date",
        _sealed(_canonical(created="2026-02-30T00:00:00")),
        "refused",
        "ISO 8601",
    ),
    WireCase("payload", "valid", _sealed(_canonical()), "handled"),
    WireCase("envelope", "not-an-object", lambda p: [], "refused", "JSON object"),
    WireCase(
        "envelope",
        "bad-base64",
        lambda p: {**_sealed(_canonical())(p), "sealed": "%%"},
        "refused",
        "base64",
    ),
    WireCase(
        "envelope",
        "short-signature",
        lambda p: {**_sealed(_canonical())(p), "signature": "AAAA"},
        "refused",
        "64 bytes",
    ),
    WireCase("envelope", "forged", _forged, "refused", "does not match"),
    WireCase("envelope", "other-hub", _other_hub, "refused", "sealed for hub key"),
]


def open_outcome(case: WireCase, p: Parties) -> tuple[str, str]:
    """What the hub's own steps (parse, verify, open, load) make of a payload case."""
    try:
        data = case.make(p)
        envelope = parse_envelope(json.loads(json.dumps(data)))
        verify_envelope(envelope, p.device.public_key)
        load_payload(open_envelope(envelope, p.hub_box), envelope)
    except EnvelopeError as exc:
        return "refused", f"[{exc.code} {exc.status}] {exc.reason}"
    except Exception as exc:
        return "failed", f"{type(exc).__name__}: {exc}"
    return "handled", "accepted"


# --- receipts and hub keys files -----------------------------------------------------------------


def _file(document: Callable[[Parties], Any]) -> Callable[..., Any]:
    def make(p: Parties, path: Path) -> Path:
        value = document(p)
        path.write_bytes(value if isinstance(value, bytes) else json.dumps(value).encode())
        return path

    return make


def _receipts(*receipts: dict[str, Any], signer: str = "hub") -> Callable[[Parties], Any]:
    def document(p: Parties) -> dict[str, Any]:
        key = p.hub_signing if signer == "hub" else nacl.signing.SigningKey.generate()
        return b.receipts_document(list(receipts), key)

    return document


def _special(make_path: Callable[[Path], None]) -> Callable[..., Any]:
    def make(_p: Parties, path: Path) -> Path:
        make_path(path)
        return path

    return make


RECEIPT = b.receipt("a-1", 1, "0" * 64)
# The receipts limit is lowered to this while the cases run: the real one (64 MB) would
# cost a test that much disk.
TEST_MAX_RECEIPTS = 1024 * 1024

RECEIPTS = [
    WireCase(
        "receipts",
        "nested-100k",
        _file(lambda p: b.nested_json(100_000).encode()),
        "refused",
        "nests",
    ),
    WireCase(
        "receipts",
        "nested-receipt",
        _file(_receipts(b.receipt("a", 1, "x", extra=_deep(20)))),
        "refused",
        "nests",
    ),
    WireCase(
        "receipts", "fifo", _special(lambda path: os.mkfifo(path)), "refused", "not a regular file"
    ),
    WireCase("receipts", "folder", _special(lambda path: path.mkdir()), "refused", "folder"),
    WireCase("receipts", "missing", _special(lambda path: None), "refused", "cannot read"),
    WireCase("receipts", "not-json", _file(lambda p: b"hello"), "refused", "not valid JSON"),
    WireCase("receipts", "not-utf8", _file(lambda p: b"\xff\xfe"), "refused", "UTF-8"),
    WireCase("receipts", "nan", _file(lambda p: b'{"format": NaN}'), "refused", "NaN"),
    WireCase(
        "receipts",
        "wrong-format",
        _file(lambda p: {"format": "x"}),
        "refused",
        "not a receipts file",
    ),
    WireCase(
        "receipts",
        "not-a-list",
        _file(lambda p: {"format": "accord-receipts/1", "receipts": {}}),
        "refused",
        "must be a list",
    ),
    WireCase(
        "receipts",
        "forged",
        _file(_receipts(RECEIPT, signer="stranger")),
        "refused",
        "not signed by the hub",
    ),
    WireCase("receipts", "odd-ids", _file(_receipts(b.receipt(["a"], {"r": 1}, None))), "handled"),
    WireCase(
        "receipts",
        "too-large",
        _file(lambda p: b" " * (TEST_MAX_RECEIPTS + 1)),
        "refused",
        "larger than",
    ),
    WireCase("receipts", "valid", _file(_receipts(RECEIPT)), "handled"),
    WireCase(
        "hub-keys", "nested", _file(lambda p: b.nested_json(100_000).encode()), "refused", "nests"
    ),
    WireCase(
        "hub-keys", "fifo", _special(lambda path: os.mkfifo(path)), "refused", "not a regular file"
    ),
    WireCase("hub-keys", "not-json", _file(lambda p: b"{"), "refused", "not valid JSON"),
    WireCase(
        "hub-keys",
        "wrong-format",
        _file(lambda p: {"format": "x"}),
        "refused",
        "not a hub keys document",
    ),
    WireCase("hub-keys", "valid", _file(lambda p: hub_keys_document(p)), "handled"),
]


def hub_keys_document(p: Parties) -> dict[str, Any]:
    """The ``accord-hub-keys/1`` document of the hub in ``p``."""
    from desktop.core.sync.protocol import HUB_KEYS_FORMAT, b64encode, key_id

    return {
        "format": HUB_KEYS_FORMAT,
        "hub_id": "hub-hostile",
        "signing_key": b64encode(bytes(p.hub_signing.verify_key)),
        "box_key": b64encode(p.box_public),
        "key_id": key_id(p.box_public),
    }


def file_outcome(case: WireCase, p: Parties, folder: Path) -> tuple[str, str]:
    """What importing a receipts file, or enrolling from a hub keys file, makes of ``case``
    (on a device enrolled with the hub in ``p``; a fresh database each time)."""
    from unittest import mock

    from desktop.core.actions import sync as actions
    from desktop.core.errors import AccordError
    from desktop.core.storage.db import open_database
    from desktop.core.sync import transfer

    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "accord.db")
    try:
        keys_file = folder / "hub-keys.json"
        keys_file.write_text(json.dumps(hub_keys_document(p)))
        path = case.make(p, folder / f"{case.name}.json")
        if case.kind == "hub-keys":
            actions.enroll_offline(db, path, "CODE-1")
            return "handled", "enrolled"
        actions.enroll_offline(db, keys_file, "CODE-1")
        with mock.patch.object(transfer, "MAX_RECEIPTS_BYTES", TEST_MAX_RECEIPTS):
            changed = actions.import_receipts(db, path)
        return "handled", f"{changed} delivered"
    except AccordError as exc:
        return "refused", f"[{exc.code}] {exc.message}"
    except Exception as exc:
        return "failed", f"{type(exc).__name__}: {exc}"
    finally:
        db.close()
