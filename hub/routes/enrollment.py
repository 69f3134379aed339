"""``POST /v1/enroll``: register a device key with a one-time code (rate-limited per
client address, so codes cannot be guessed quickly)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from hub.api_models import ERRORS, EnrollAnswer, EnrollRequest
from hub.context import HubContext
from hub.ingest import Rejected
from hub.store import EnrollmentRefused


def _client_host(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def router(ctx: HubContext) -> APIRouter:
    """The enrollment route."""
    api = APIRouter()
    keys, store, enroll_limiter = ctx.keys, ctx.store, ctx.enroll_limiter

    @api.post(
        "/v1/enroll",
        response_model=EnrollAnswer,
        responses={k: v for k, v in ERRORS.items() if k in (401, 413, 422, 429)},
        tags=["devices"],
    )
    def enroll(body: EnrollRequest, request: Request) -> dict[str, Any]:
        """Register a device's Ed25519 public key with a one-time code."""
        wait = enroll_limiter.take(_client_host(request))
        if wait > 0:
            seconds = max(1, int(wait + 0.999))
            raise Rejected(
                429,
                "rate_limited",
                f"too many enrollment attempts; retry in {seconds} s",
                {"Retry-After": str(seconds)},
            )
        try:
            device = store.enroll(body.code, body.public_key, body.label)
        except EnrollmentRefused as exc:
            status = 422 if exc.code == "bad_key" else 401
            raise Rejected(status, exc.code, exc.reason) from exc
        return {"device_id": device.device_id, "hub": keys.public_document()}

    return api
