"""Device administration for operators: list devices, revoke one, issue enrollment codes.

The same as ``accord-hub devices``, ``revoke`` and ``enroll-code``, for an operator who
reaches the hub only through its web address. Analysts are refused (403).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from hub.api_models import ERRORS, NO_NUL, DeviceModel
from hub.auth import SECURITY
from hub.context import HubContext
from hub.errors import Rejected

DEVICE_ID = re.compile(r"[A-Za-z0-9._:-]{1,80}")


class CodeRequest(BaseModel):
    ttl_hours: float = Field(default=72.0, gt=0, le=24 * 365, description="valid for, hours")
    label: str = Field(
        default="", max_length=200, pattern=NO_NUL, description="who the code is for"
    )


class CodeAnswer(BaseModel):
    code: str
    valid_hours: float


def router(ctx: HubContext) -> APIRouter:
    """The operator's routes."""
    api = APIRouter(
        dependencies=[Depends(ctx.operator())],
        responses={k: v for k, v in ERRORS.items() if k in (401, 403, 429)},
        tags=["administration"],
    )
    store = ctx.store

    @api.get("/v1/devices", response_model=list[DeviceModel], openapi_extra=SECURITY)
    def devices() -> list[dict[str, Any]]:
        """Every enrolled device, oldest first."""
        return [d.as_json() for d in store.devices()]

    @api.post(
        "/v1/devices/{device_id}/revoke",
        response_model=DeviceModel,
        responses={404: ERRORS[404]},
        openapi_extra=SECURITY,
    )
    def revoke(device_id: str) -> dict[str, Any]:
        """Refuse the device's submissions from now on (what it sent stays)."""
        if not DEVICE_ID.fullmatch(device_id) or not store.revoke(device_id):
            raise Rejected(404, "not_found", f"no device {device_id[:80]} is enrolled")
        device = store.device(device_id)
        assert device is not None
        return device.as_json()

    @api.post("/v1/enroll-codes", response_model=CodeAnswer, openapi_extra=SECURITY)
    def new_code(body: CodeRequest) -> dict[str, Any]:
        """A one-time enrollment code for a new device."""
        code = store.new_enroll_code(body.ttl_hours, body.label)
        return {"code": code, "valid_hours": body.ttl_hours}

    return api
