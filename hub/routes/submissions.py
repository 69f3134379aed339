"""``POST /v1/submissions``: one sealed, signed envelope in, a signed receipt out."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from hub.api_models import ERRORS, SignedReceipt
from hub.body_limit import read_limited
from hub.context import HubContext
from hub.errors import Rejected


def router(ctx: HubContext) -> APIRouter:
    """The submissions route."""
    api = APIRouter()
    settings, ingestor, writer = ctx.settings, ctx.ingestor, ctx.writer

    @api.post(
        "/v1/submissions",
        status_code=201,
        response_model=SignedReceipt,
        responses={
            200: {"model": SignedReceipt, "description": "identical resend"},
            **{k: v for k, v in ERRORS.items() if k not in (403, 404)},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/EnvelopeModel"}}
                },
            }
        },
        tags=["submissions"],
    )
    async def submit(request: Request) -> Response:
        """Submit one envelope. 201 with a signed receipt for a new submission, 200 with the
        same receipt for an identical resend, 409 for different content at a stored
        revision (both kept for review)."""
        body = await read_limited(request, settings.max_body)
        # The checks look the device up in the database (a network round trip on
        # PostgreSQL): off the event loop. Waiting for the group commit holds no thread.
        item = await run_in_threadpool(ingestor.prepare_bytes, body, "http")
        result = await asyncio.wrap_future(writer.submit(item))
        if result.outcome == "conflict":
            raise Rejected(409, "conflict", result.reason or "conflict")
        return JSONResponse(result.signed_receipt, status_code=result.status)

    return api
