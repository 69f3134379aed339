"""``POST /v1/enroll``: register a device key with a one-time code (rate-limited per
client address in the database, so codes cannot be guessed quickly even across
workers)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from hub.api_models import ERRORS, EnrollAnswer, EnrollRequest
from hub.auth import client_host
from hub.context import HubContext
from hub.errors import Rejected, retry_after
from hub.store import EnrollmentRefused


def router(ctx: HubContext) -> APIRouter:
    """The enrollment route."""
    api = APIRouter()
    keys, store, limit = ctx.keys, ctx.store, ctx.settings.enroll_limit

    @api.post(
        "/v1/enroll",
        response_model=EnrollAnswer,
        responses={k: v for k, v in ERRORS.items() if k in (401, 413, 422, 429)},
        tags=["devices"],
    )
    def enroll(body: EnrollRequest, request: Request) -> dict[str, Any]:
        """Register a device's Ed25519 public key with a one-time code."""
        wait = store.take_token("enroll:" + client_host(request), limit)
        if wait > 0:
            raise Rejected(
                429,
                "rate_limited",
                f"too many enrollment attempts; retry in {retry_after(wait)} s",
                {"Retry-After": retry_after(wait)},
            )
        try:
            device = store.enroll(body.code, body.public_key, body.label)
        except EnrollmentRefused as exc:
            status = 422 if exc.code == "bad_key" else 401
            raise Rejected(status, exc.code, exc.reason) from exc
        return {"device_id": device.device_id, "hub": keys.public_document()}

    return api
