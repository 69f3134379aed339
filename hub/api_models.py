"""The hub's answers as OpenAPI models (documentation of ``/openapi.json``; the routes
build plain dicts) and the error answers each route may give."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# Text the hub stores must not hold NUL: PostgreSQL cannot, and both stores answer alike.
NO_NUL = r"^[^\x00]*$"


class ErrorAnswer(BaseModel):
    error: str = Field(description="a stable code, e.g. bad_signature, conflict, too_large")
    reason: str = Field(description="what was wrong, for people")


class HubKeysDocument(BaseModel):
    format: str = Field(examples=["accord-hub-keys/1"])
    hub_id: str
    signing_key: str = Field(description="Ed25519 public key, base64: verifies receipts")
    box_key: str = Field(description="X25519 public key, base64: envelopes are sealed to it")
    key_id: str = Field(description="fingerprint of box_key")


class Health(BaseModel):
    status: str
    hub_id: str
    key_id: str
    version: str
    max_body: int
    store: str = Field(description="sqlite or postgresql")
    database: str = Field(description="ok, or unavailable when the database does not answer")


class Ready(BaseModel):
    status: str
    store: str
    schema_revision: str = Field(alias="schema", description="the database's schema step")


class DeviceModel(BaseModel):
    device_id: str
    label: str
    enrolled: str
    revoked: str | None
    last_seen: str | None


class EnrollRequest(BaseModel):
    code: str = Field(min_length=1, max_length=64, description="one-time code from the hub")
    public_key: str = Field(min_length=1, max_length=128, description="Ed25519, base64")
    label: str = Field(default="", max_length=200, pattern=NO_NUL)


class EnrollAnswer(BaseModel):
    device_id: str
    hub: HubKeysDocument


class EnvelopeModel(BaseModel):
    """``accord-envelope/1`` (documented for OpenAPI; the endpoint parses the raw body)."""

    format: str = Field(examples=["accord-envelope/1"])
    device_id: str
    hub_key_id: str
    sealed: str = Field(description="base64 SealedBox(zlib(canonical payload))")
    signature: str = Field(description="base64 Ed25519 signature, see docs/sync.md")


class Receipt(BaseModel):
    format: str
    receipt_id: str
    hub_id: str
    assessment_id: str
    revision: int
    payload_sha256: str
    device_id: str
    received: str
    stored_as: str = Field(description="current, or history when a newer revision is stored")


class SignedReceipt(BaseModel):
    receipt: Receipt
    signature: str = Field(description="base64 Ed25519 over the receipt's canonical JSON")


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorAnswer, "description": text}
    for status, text in {
        400: "malformed JSON or envelope",
        401: "unknown or revoked device, a bad signature, or a login needed",
        403: "this account may read but not administer",
        404: "no such item",
        408: "the request body did not arrive in time",
        409: "different content already stored for this assessment revision",
        413: "body larger than the hub's limit",
        422: "sealed for another hub key, undecryptable, bad payload, device mismatch",
        429: "too many requests from this device or address (see Retry-After)",
        503: "the hub's database is unavailable or not ready (see Retry-After)",
    }.items()
}
