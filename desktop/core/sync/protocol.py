"""The submission envelope: a completed assessment, signed by the device and sealed to the hub.

The same bytes travel over HTTP (``POST /v1/submissions``) and inside a USB transfer file.
``docs/sync.md`` is the reference; in short:

* **Payload** (``accord-submission/1``): the canonical JSON of one completed revision of an
  assessment — ids, checklist id/version/hash, institution, country, answers and scores.
  Canonical means UTF-8, keys sorted, no insignificant white space, no NaN; its SHA-256 is
  the content identity the hub uses for idempotency.
* **Sealed**: ``SealedBox(hub X25519 public key).encrypt(zlib(payload))`` — only the hub can
  read it; the zlib step keeps a 60-item assessment well under 8 KB.
* **Signed**: Ed25519 by the device key over
  ``b"accord-envelope/1\\n" + device_id + b"\\n" + hub_key_id + b"\\n" + sealed``. Signing
  the ciphertext lets the hub reject unknown devices and forgeries before decrypting; the
  payload repeats the ``device_id`` so a sealed blob re-signed by another device (a replay)
  is refused.
* **Receipt** (``accord-receipt/1``): the hub's Ed25519 signature over the canonical JSON of
  the receipt, so a device marks an item delivered only on a receipt from *its* hub.

Qt-free and used by both sides (the desktop app and ``hub``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import nacl.exceptions
import nacl.public
import nacl.signing

from desktop.core.errors import AccordError
from desktop.core.library.components import COMPONENTS
from desktop.core.storage import bounded_json

ENVELOPE_FORMAT = "accord-envelope/1"
PAYLOAD_FORMAT = "accord-submission/1"
RECEIPT_FORMAT = "accord-receipt/1"
# A USB transfer file (device -> hub) and the receipts file the hub writes back for it.
TRANSFER_FORMAT = "accord-transfer/1"
RECEIPTS_FORMAT = "accord-receipts/1"
HUB_KEYS_FORMAT = "accord-hub-keys/1"

# A decompressed payload larger than this is refused (a zip bomb must not exhaust memory).
MAX_PAYLOAD_BYTES = 1_000_000
MAX_ANSWERS = 5000
MAX_NOTE_CHARS = 20_000
# No wire format nests deeper than 4 levels; anything past this is refused, not recursed.
MAX_JSON_DEPTH = 16
# How a completed revision was submitted (docs/scoring.md); the hub's national index
# counts complete ones only.
COMPLETIONS = ("complete", "partial")
# The longest reason for a partial submission (the device refuses a longer one at input).
MAX_PARTIAL_REASON = 1000

_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,80}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


class EnvelopeError(AccordError, ValueError):
    """An envelope, payload or receipt that cannot be accepted.

    ``code`` is a stable machine-readable word (``bad_envelope``, ``bad_signature``,
    ``wrong_hub_key``, ``undecryptable``, ``bad_payload``, ``device_mismatch``,
    ``bad_receipt``): the hub sends it as ``error`` in its JSON answers, so these words are
    part of the wire format and keep their spelling. ``status`` is the HTTP status the hub
    answers with; the message is the reason, written for people. Still a ValueError for
    callers that predate :class:`AccordError`.
    """

    code = "bad_envelope"

    def __init__(self, code: str, reason: str, status: int = 400) -> None:
        super().__init__(reason, code=code, details={"status": status})
        self.reason = reason
        self.status = status


# --- encodings --------------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """The one byte form of ``value`` that is signed and hashed: sorted keys, compact, UTF-8."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64encode(data: bytes) -> str:
    """Standard base64 with padding (RFC 4648 §4)."""
    return base64.b64encode(data).decode("ascii")


def b64decode(text: Any, field: str) -> bytes:
    """Strict base64 decoding; raises EnvelopeError naming ``field``."""
    if not isinstance(text, str):
        raise EnvelopeError("bad_envelope", f"field '{field}': expected base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise EnvelopeError("bad_envelope", f"field '{field}': not valid base64 ({exc})") from exc


def key_id(box_public_key: bytes) -> str:
    """A short fingerprint of a hub's X25519 public key (names the key an envelope is for)."""
    return "hk-" + sha256_hex(box_public_key)[:20]


def device_id_for(verify_key: bytes) -> str:
    """A device's id: derived from its Ed25519 public key, so the two can never disagree."""
    return "dev-" + sha256_hex(verify_key)[:20]


# --- envelopes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Envelope:
    """A parsed (not yet verified) envelope."""

    device_id: str
    hub_key_id: str
    sealed: bytes
    signature: bytes

    def signing_input(self) -> bytes:
        return signing_input(self.device_id, self.hub_key_id, self.sealed)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": ENVELOPE_FORMAT,
            "device_id": self.device_id,
            "hub_key_id": self.hub_key_id,
            "sealed": b64encode(self.sealed),
            "signature": b64encode(self.signature),
        }


def signing_input(device_id: str, hub_key_id: str, sealed: bytes) -> bytes:
    """The bytes the device signs (ids cannot contain a newline: see ``_ID_RE``)."""
    return b"\n".join((ENVELOPE_FORMAT.encode(), device_id.encode(), hub_key_id.encode(), sealed))


def seal_payload(
    payload: dict[str, Any],
    signing_key: nacl.signing.SigningKey,
    hub_box_key: bytes,
) -> Envelope:
    """Seal ``payload`` to the hub's X25519 public key and sign it with the device key.

    The payload must already name this device (``payload["device_id"]``) and pass
    :func:`check_payload`; both are checked so a bad payload fails here, on the device,
    rather than as a rejection from the hub.
    """
    check_payload(payload)
    device_id = device_id_for(bytes(signing_key.verify_key))
    if payload["device_id"] != device_id:
        raise EnvelopeError(
            "device_mismatch",
            f"the payload names device {payload['device_id']} but is signed by {device_id}",
        )
    body = canonical_json(payload)
    sealed = nacl.public.SealedBox(nacl.public.PublicKey(hub_box_key)).encrypt(
        zlib.compress(body, 9)
    )
    hub_key = key_id(hub_box_key)
    signature = signing_key.sign(signing_input(device_id, hub_key, sealed)).signature
    return Envelope(device_id, hub_key, sealed, signature)


def parse_envelope(data: Any) -> Envelope:
    """Check the envelope's shape (not its signature); raises EnvelopeError (400)."""
    if not isinstance(data, dict):
        raise EnvelopeError("bad_envelope", "the envelope must be a JSON object")
    fmt = data.get("format")
    if fmt != ENVELOPE_FORMAT:
        raise EnvelopeError(
            "bad_format",
            f"field 'format': expected '{ENVELOPE_FORMAT}', got {json.dumps(fmt)[:60]}",
        )
    for field in ("device_id", "hub_key_id"):
        value = data.get(field)
        if not isinstance(value, str) or not _ID_RE.match(value):
            raise EnvelopeError(
                "bad_envelope", f"field '{field}': expected an id of 1–80 letters, digits, .:_-"
            )
    sealed = b64decode(data.get("sealed"), "sealed")
    signature = b64decode(data.get("signature"), "signature")
    if len(signature) != 64:
        raise EnvelopeError("bad_envelope", "field 'signature': expected 64 bytes (Ed25519)")
    if len(sealed) < 48:  # ephemeral public key (32) + MAC (16)
        raise EnvelopeError("bad_envelope", "field 'sealed': too short to be a sealed box")
    return Envelope(data["device_id"], data["hub_key_id"], sealed, signature)


def verify_envelope(envelope: Envelope, device_verify_key: bytes) -> None:
    """Check the device's signature; raises EnvelopeError (``bad_signature``, 401)."""
    try:
        nacl.signing.VerifyKey(device_verify_key).verify(
            envelope.signing_input(), envelope.signature
        )
    except nacl.exceptions.BadSignatureError as exc:
        raise EnvelopeError(
            "bad_signature",
            f"the signature does not match device {envelope.device_id}'s enrolled key "
            "(the envelope was changed after signing, or signed by another key)",
            401,
        ) from exc


def open_envelope(envelope: Envelope, box_private_key: nacl.public.PrivateKey) -> bytes:
    """Decrypt a *verified* envelope and return the canonical payload bytes.

    Raises EnvelopeError: ``wrong_hub_key`` (422) when it was sealed for another hub key,
    ``undecryptable`` (422) when the box does not open or does not decompress.
    """
    ours = key_id(bytes(box_private_key.public_key))
    if envelope.hub_key_id != ours:
        raise EnvelopeError(
            "wrong_hub_key",
            f"the envelope is sealed for hub key {envelope.hub_key_id}, but this hub's key is "
            f"{ours}; enroll the device with this hub again",
            422,
        )
    try:
        compressed = nacl.public.SealedBox(box_private_key).decrypt(envelope.sealed)
    except nacl.exceptions.CryptoError as exc:
        raise EnvelopeError(
            "undecryptable", "the sealed payload does not open with this hub's key", 422
        ) from exc
    inflater = zlib.decompressobj()
    try:
        body = inflater.decompress(compressed, MAX_PAYLOAD_BYTES + 1)
    except zlib.error as exc:
        raise EnvelopeError(
            "undecryptable", f"the payload is not valid zlib data ({exc})", 422
        ) from exc
    if not inflater.eof and not inflater.unconsumed_tail:
        raise EnvelopeError("undecryptable", "the compressed payload is truncated", 422)
    if len(body) > MAX_PAYLOAD_BYTES or inflater.unconsumed_tail:
        raise EnvelopeError(
            "bad_payload", f"the payload is larger than {MAX_PAYLOAD_BYTES} bytes", 422
        )
    return body


def load_payload(body: bytes, envelope: Envelope) -> dict[str, Any]:
    """Parse and check decrypted payload bytes against the envelope that carried them.

    Raises EnvelopeError ``bad_payload`` (422) naming the field, or ``device_mismatch``
    (422) when the payload was written by another device than the one that signed it.
    """
    try:
        payload = bounded_json.loads(
            body, what="the payload", max_bytes=MAX_PAYLOAD_BYTES, max_depth=MAX_JSON_DEPTH
        )
    except bounded_json.JsonLimitError as exc:
        raise EnvelopeError("bad_payload", exc.message, 422) from exc
    check_payload(payload)
    if canonical_json(payload) != body:
        raise EnvelopeError("bad_payload", "the payload is not in canonical JSON form", 422)
    if payload["device_id"] != envelope.device_id:
        raise EnvelopeError(
            "device_mismatch",
            f"the payload was written by device {payload['device_id']} but sent by "
            f"{envelope.device_id}: a submission can only be sent by the device that made it",
            422,
        )
    return payload


# --- payload checks ---------------------------------------------------------------------------


def _bad(field: str, expected: str) -> EnvelopeError:
    return EnvelopeError("bad_payload", f"payload field '{field}': expected {expected}", 422)


def _text(data: dict[str, Any], field: str, max_len: int, pattern: re.Pattern | None = None) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip() or len(value) > max_len:
        raise _bad(field, f"non-empty text of at most {max_len} characters")
    if pattern is not None and not pattern.match(value):
        raise _bad(field, f"text matching {pattern.pattern}")
    return value


def _number(value: Any, field: str, low: float, high: float, optional: bool = True) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(field, f"a number from {low} to {high}" + (" or null" if optional else ""))
    if not math.isfinite(value) or not low <= value <= high:
        raise _bad(field, f"a number from {low} to {high}")


def _count(value: Any, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(field, "a whole number ≥ 0")


def check_payload(payload: Any) -> None:
    """Raise EnvelopeError (``bad_payload``, 422) naming the first field that is wrong.

    Unknown extra fields are allowed (kept by the hub, ignored) so a later minor addition
    does not break older hubs; required fields are strict.
    """
    if not isinstance(payload, dict):
        raise EnvelopeError("bad_payload", "the payload must be a JSON object", 422)
    if payload.get("format") != PAYLOAD_FORMAT:
        raise _bad("format", f"'{PAYLOAD_FORMAT}'")
    _check_identity(payload)
    _check_checklist(payload.get("checklist"))
    _check_answers(payload.get("answers"))
    _check_scores(payload.get("scores"))
    _check_completion(payload)


def _check_identity(payload: dict[str, Any]) -> None:
    """Which assessment, revision, device, institution and country, and when."""
    _text(payload, "assessment_id", 80, _ID_RE)
    _text(payload, "device_id", 80, _ID_RE)
    revision = payload.get("revision")
    if isinstance(revision, bool) or not isinstance(revision, int) or not 1 <= revision <= 10**9:
        raise _bad("revision", "a whole number ≥ 1")
    created = _text(payload, "created", 40)
    try:
        datetime.fromisoformat(created)
    except ValueError as exc:
        raise _bad("created", "an ISO 8601 date and time") from exc
    _text(payload, "institution", 300)
    _text(payload, "country", 2, _COUNTRY_RE)


def _check_checklist(checklist: Any) -> None:
    """The checklist the answers belong to: id, version and content hash."""
    if not isinstance(checklist, dict):
        raise _bad("checklist", "an object with id, version and hash")
    for key, limit in (("id", 200), ("version", 50), ("hash", 200)):
        value = checklist.get(key)
        if not isinstance(value, str) or not value or len(value) > limit:
            raise _bad(f"checklist.{key}", f"non-empty text of at most {limit} characters")


def _check_answers(answers: Any) -> None:
    """Item id -> {value, note}, within the size limits."""
    if not isinstance(answers, dict) or len(answers) > MAX_ANSWERS:
        raise _bad("answers", f"an object of at most {MAX_ANSWERS} answers")
    for item_id, answer in answers.items():
        if not _ID_RE.match(item_id):
            raise _bad(f"answers.{item_id[:40]}", "an item id of letters, digits, .:_-")
        if not isinstance(answer, dict):
            raise _bad(f"answers.{item_id}", "an object with 'value' (and optional 'note')")
        value = answer.get("value")
        if value is not None and (not isinstance(value, str) or len(value) > 16):
            raise _bad(f"answers.{item_id}.value", "an answer such as yes, partial, 3, na")
        note = answer.get("note", "")
        if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS:
            raise _bad(f"answers.{item_id}.note", f"text of at most {MAX_NOTE_CHARS} characters")


def _check_completion(payload: dict[str, Any]) -> None:
    """Optional ``completion`` (``complete`` or ``partial``; absent = complete) and
    ``partial_reason`` (text for a partial one, else null or absent)."""
    completion = payload.get("completion", "complete")
    if completion not in COMPLETIONS:
        raise _bad("completion", f"one of {', '.join(COMPLETIONS)}")
    reason = payload.get("partial_reason")
    if completion == "partial" and reason is not None:
        # Accord always sends one; another client may leave it out (null).
        _text(payload, "partial_reason", MAX_PARTIAL_REASON)
    elif completion != "partial" and reason is not None:
        raise _bad("partial_reason", "null unless the completion is partial")


def _check_scores(scores: Any) -> None:
    """The overall index and each known component's score, coverage and counts."""
    if not isinstance(scores, dict) or not isinstance(scores.get("components"), dict):
        raise _bad("scores", "an object with 'overall' and 'components'")
    _number(scores.get("overall"), "scores.overall", 0, 100)
    for cid, comp in scores["components"].items():
        if cid not in COMPONENTS:
            raise _bad(f"scores.components.{cid[:40]}", f"one of {', '.join(COMPONENTS)}")
        if not isinstance(comp, dict):
            raise _bad(f"scores.components.{cid}", "an object with score and coverage")
        _number(comp.get("score"), f"scores.components.{cid}.score", 0, 100)
        _number(comp.get("coverage"), f"scores.components.{cid}.coverage", 0, 1)
        _count(comp.get("answered", 0), f"scores.components.{cid}.answered")
        _count(comp.get("applicable", 0), f"scores.components.{cid}.applicable")


# --- receipts ---------------------------------------------------------------------------------


def sign_receipt(receipt: dict[str, Any], hub_signing_key: nacl.signing.SigningKey) -> dict:
    """``{"receipt": …, "signature": base64(Ed25519(canonical_json(receipt)))}``."""
    signature = hub_signing_key.sign(canonical_json(receipt)).signature
    return {"receipt": receipt, "signature": b64encode(signature)}


def verify_receipt(signed: Any, hub_verify_key: bytes) -> dict[str, Any]:
    """The receipt inside ``signed`` if the hub's signature holds; else EnvelopeError."""
    if not isinstance(signed, dict) or not isinstance(signed.get("receipt"), dict):
        raise EnvelopeError("bad_receipt", "the hub's answer holds no receipt")
    receipt = signed["receipt"]
    if bounded_json.depth(receipt) > MAX_JSON_DEPTH:
        raise EnvelopeError(
            "bad_receipt", f"the receipt nests its values more than {MAX_JSON_DEPTH} levels deep"
        )
    signature = b64decode(signed.get("signature"), "signature")
    try:
        nacl.signing.VerifyKey(hub_verify_key).verify(canonical_json(receipt), signature)
    except (nacl.exceptions.BadSignatureError, ValueError) as exc:
        raise EnvelopeError(
            "bad_receipt", "the receipt is not signed by the hub this device enrolled with"
        ) from exc
    if receipt.get("format") != RECEIPT_FORMAT or not isinstance(receipt.get("receipt_id"), str):
        raise EnvelopeError("bad_receipt", f"the receipt is not an {RECEIPT_FORMAT} receipt")
    return receipt


def load_json(data: bytes | str, what: str, max_bytes: int) -> Any:
    """Parse a wire document (an envelope, a transfer or receipts file, a hub keys file)
    within the bounds every wire format keeps; raise EnvelopeError (``bad_envelope``,
    400) naming ``what`` for anything malformed, too large or too deep."""
    try:
        return bounded_json.loads(data, what=what, max_bytes=max_bytes, max_depth=MAX_JSON_DEPTH)
    except bounded_json.JsonLimitError as exc:
        raise EnvelopeError("bad_envelope", exc.message) from exc
