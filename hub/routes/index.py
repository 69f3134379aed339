"""The index (JSON and CSV) and the dashboard page: for logged-in operators and analysts,
or for anyone when the hub publishes them (``public_index``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from hub import aggregate, dashboard
from hub.api_models import ERRORS
from hub.auth import SECURITY
from hub.context import HubContext

_LOGIN_ERRORS = {k: v for k, v in ERRORS.items() if k in (401, 429)}


def router(ctx: HubContext) -> APIRouter:
    """The index and dashboard routes."""
    public = ctx.settings.public_index
    api = APIRouter(
        dependencies=[Depends(ctx.reader())],
        responses={} if public else _LOGIN_ERRORS,
    )
    keys, store = ctx.keys, ctx.store
    extra = {} if public else SECURITY

    @api.get("/v1/index", tags=["index"], openapi_extra=extra)
    def index() -> dict[str, Any]:
        """The Global AI Safety Index per country and component, and the institutions'
        latest complete assessments behind it; partial assessments are counted per country
        but not used."""
        return aggregate.index_document(store)

    @api.get("/v1/index.csv", tags=["index"], response_class=Response, openapi_extra=extra)
    def index_csv() -> Response:
        """The index as CSV: one row per country and component."""
        text = aggregate.index_csv(aggregate.index_document(store))
        return Response(text, media_type="text/csv; charset=utf-8")

    @api.get("/dashboard", response_class=HTMLResponse, tags=["index"], openapi_extra=extra)
    def dashboard_page() -> HTMLResponse:
        """The read-only dashboard."""
        page = dashboard.render(aggregate.index_document(store), keys.hub_id)
        return HTMLResponse(page, headers={"Content-Security-Policy": dashboard.CSP})

    return api


def root_router() -> APIRouter:
    """``/`` redirects to the dashboard (not in the API description)."""
    api = APIRouter()

    @api.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/dashboard")

    return api
