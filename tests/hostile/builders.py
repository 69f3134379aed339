"""Builders of hostile inputs, shared by the device-side corpus (``tests/hostile``) and the
hub's tests: signed and sealed envelopes around any payload bytes, transfer and receipts
files, and correctly signed packs around any manifest bytes.

The product's own builders (``seal_payload``, ``build_pack``) refuse bad input, which is
right for them and useless for testing a receiver: these sign whatever they are given, so
the checks *after* the signature are what a test exercises.
"""

from __future__ import annotations

import io
import json
import zlib
from pathlib import Path
from typing import Any

import nacl.public
import nacl.signing

from desktop.core.packs.archive import PackZipWriter
from desktop.core.packs.format import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    canonical_json,
    sha256_hex,
)
from desktop.core.packs.keys import load_private_key, sign_manifest
from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import (
    RECEIPT_FORMAT,
    RECEIPTS_FORMAT,
    TRANSFER_FORMAT,
    Envelope,
    key_id,
    sign_receipt,
    signing_input,
)

# --- JSON shapes ----------------------------------------------------------------------------


def nested_json(depth: int, leaf: str = "0", kind: str = "list") -> str:
    """``depth`` nested lists (``[[[0]]]``) or objects (``{"a":{"a":0}}``) as JSON text."""
    if kind == "list":
        return "[" * depth + leaf + "]" * depth
    return '{"a":' * depth + leaf + "}" * depth


# --- envelopes ------------------------------------------------------------------------------


def seal_raw(
    payload: bytes,
    device: DeviceKey,
    hub_box_public: bytes,
    *,
    compress: bool = True,
    device_id: str | None = None,
) -> Envelope:
    """An envelope around ``payload`` exactly as given (not checked, not canonicalised),
    sealed to ``hub_box_public`` and signed by ``device``: valid up to the payload."""
    body = zlib.compress(payload, 9) if compress else payload
    sealed = nacl.public.SealedBox(nacl.public.PublicKey(hub_box_public)).encrypt(body)
    signer = device_id or device.device_id
    hub_key = key_id(hub_box_public)
    signature = device.signing_key.sign(signing_input(signer, hub_key, sealed)).signature
    return Envelope(signer, hub_key, sealed, signature)


def envelope_body(envelope: Envelope, **overrides: Any) -> bytes:
    """The HTTP body of ``envelope`` (its JSON), with fields replaced or added."""
    return json.dumps({**envelope.as_json(), **overrides}).encode("utf-8")


def transfer_document(
    envelopes: list[dict[str, Any]],
    device: DeviceKey,
    hub_box_public: bytes,
    enrollment: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An ``accord-transfer/1`` document carrying ``envelopes`` (JSON objects)."""
    return {
        "format": TRANSFER_FORMAT,
        "created": "2026-05-01T10:00:00.000+00:00",
        "device_id": device.device_id,
        "hub_key_id": key_id(hub_box_public),
        "enrollment": enrollment,
        "envelopes": envelopes,
    }


# --- receipts -------------------------------------------------------------------------------


def receipt(assessment_id: Any, revision: Any, payload_sha256: Any, **extra: Any) -> dict:
    """An ``accord-receipt/1`` receipt body (any field may be given a hostile value)."""
    return {
        "format": RECEIPT_FORMAT,
        "receipt_id": "rcpt-hostile",
        "assessment_id": assessment_id,
        "revision": revision,
        "payload_sha256": payload_sha256,
        **extra,
    }


def receipts_document(
    receipts: list[dict[str, Any]], hub_signing: nacl.signing.SigningKey | None
) -> dict[str, Any]:
    """An ``accord-receipts/1`` document; each receipt is signed by ``hub_signing`` (or
    left unsigned, with a junk signature, when it is None)."""
    signed = [
        sign_receipt(r, hub_signing) if hub_signing else {"receipt": r, "signature": "AAAA"}
        for r in receipts
    ]
    return {"format": RECEIPTS_FORMAT, "hub_id": "hub-hostile", "receipts": signed}


# --- packs ----------------------------------------------------------------------------------


def signed_pack(
    out: Path,
    private_key: Path,
    manifest_bytes: bytes,
    members: dict[str, bytes],
    *,
    signature: bytes | None = None,
) -> Path:
    """A pack whose ``manifest.json`` is ``manifest_bytes`` verbatim, correctly signed by
    ``private_key`` (unless ``signature`` replaces ``manifest.sig``), holding ``members``
    (zip name -> bytes) stored as given."""
    buf = io.BytesIO()
    writer = PackZipWriter(buf)
    for name, data in members.items():
        writer.add(name, data)
    writer.add(MANIFEST_NAME, manifest_bytes, compress=False)
    sig = (
        signature
        if signature is not None
        else sign_manifest(load_private_key(private_key), manifest_bytes)
    )
    writer.add(SIGNATURE_NAME, sig, compress=False)
    writer.finish()
    out.write_bytes(buf.getvalue())
    return out


def content_pack(
    out: Path,
    private_key: Path,
    files: dict[str, bytes],
    *,
    pack_id: str = "hostile",
    version: str = "1.0.0",
    manifest: dict[str, Any] | None = None,
) -> Path:
    """A well-formed, correctly signed pack of the content ``files`` (path under
    ``content/`` -> bytes); ``manifest`` replaces or adds top-level manifest fields."""
    buf = io.BytesIO()
    writer = PackZipWriter(buf)
    entries = []
    for path, data in files.items():
        packed_size, packed_sha = writer.add(CONTENT_PREFIX + path, data)
        entries.append(FileEntry(path, len(data), sha256_hex(data), packed_size, packed_sha))
    base = Manifest(
        id=pack_id,
        version=version,
        created="2026-01-01T00:00:00Z",
        min_app_version="0.0.1",
        files=tuple(entries),
        documents=sum(p.endswith(".md") for p in files),
    ).as_json()
    raw = canonical_json({**base, **(manifest or {})})
    writer.add(MANIFEST_NAME, raw, compress=False)
    writer.add(SIGNATURE_NAME, sign_manifest(load_private_key(private_key), raw), compress=False)
    writer.finish()
    out.write_bytes(buf.getvalue())
    return out


def doc(
    title: str = "Hostile", body: str = "Text.", extra: str = "", doc_type: str = "guide"
) -> bytes:
    """A small valid Markdown document (``extra`` adds front-matter lines)."""
    return f"---\ntitle: {title}\ntype: {doc_type}\n{extra}---\n# {title}\n\n{body}\n".encode()
