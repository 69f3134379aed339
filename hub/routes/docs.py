"""``/openapi.json`` and ``/docs`` for logged-in accounts (devices do not need them)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from hub.context import HubContext


def router(ctx: HubContext, app: FastAPI) -> APIRouter:
    """The API description routes (not themselves in the description)."""
    api = APIRouter(dependencies=[Depends(ctx.account())])

    @api.get("/openapi.json", include_in_schema=False)
    def openapi() -> JSONResponse:
        document: dict[str, Any] = app.openapi()
        return JSONResponse(document)

    @api.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} — API")

    return api
