"""The index (JSON and CSV) and the read-only dashboard page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from hub import aggregate, dashboard
from hub.context import HubContext


def router(ctx: HubContext) -> APIRouter:
    """The index and dashboard routes."""
    api = APIRouter()
    keys, store = ctx.keys, ctx.store

    @api.get("/v1/index", tags=["index"])
    def index() -> dict[str, Any]:
        """The Global AI Safety Index per country and component, and the institutions'
        latest assessments behind it."""
        return aggregate.index_document(store)

    @api.get("/v1/index.csv", tags=["index"], response_class=Response)
    def index_csv() -> Response:
        """The index as CSV: one row per country and component."""
        text = aggregate.index_csv(aggregate.index_document(store))
        return Response(text, media_type="text/csv; charset=utf-8")

    @api.get("/dashboard", response_class=HTMLResponse, tags=["index"])
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
