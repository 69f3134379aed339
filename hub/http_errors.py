"""Every refusal as JSON ``{"error": code, "reason": text}``: the handlers that turn the
hub's own errors, storage failures and FastAPI's validation and routing errors into it."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from hub.db.engine import HubStoreError
from hub.errors import Rejected

_log = logging.getLogger("accord.hub")


def _unavailable(reason: str) -> JSONResponse:
    # The hub's own disk or database failed: the device keeps the item and retries.
    return JSONResponse(
        {"error": "storage_unavailable", "reason": f"the hub cannot store it now ({reason})"},
        status_code=503,
        headers={"Retry-After": "30"},
    )


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` in the hub's JSON error form."""

    @app.exception_handler(Rejected)
    async def _rejected(_: Request, exc: Rejected) -> JSONResponse:
        return JSONResponse(exc.as_json(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(SQLAlchemyError)
    async def _storage(_: Request, exc: SQLAlchemyError) -> JSONResponse:
        _log.error("database error: %s", exc)
        return _unavailable(type(getattr(exc, "orig", None) or exc).__name__)

    @app.exception_handler(HubStoreError)
    async def _store(_: Request, exc: HubStoreError) -> JSONResponse:
        _log.error("store error: %s", exc)
        return _unavailable(exc.code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        reason = f"{where}: {first.get('msg', 'invalid')}"
        return JSONResponse({"error": "invalid_request", "reason": reason}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse(
            {"error": code, "reason": str(exc.detail)},
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
