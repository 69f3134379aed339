"""The hub's HTTP API (FastAPI; the OpenAPI description is at ``/openapi.json``).

Endpoints (see ``docs/sync.md``):

* ``GET  /v1/health``       — liveness, hub id, key id, body limit
* ``GET  /v1/keys``         — the hub's public keys (``accord-hub-keys/1``)
* ``POST /v1/enroll``       — register a device key with a one-time code
* ``POST /v1/submissions``  — one envelope; 201 new, 200 identical resend, 409 conflict
* ``GET  /v1/index``        — the index per country and component (JSON)
* ``GET  /v1/index.csv``    — the same as CSV
* ``GET  /dashboard``       — the read-only HTML page (``/`` redirects there)

Every refusal is JSON ``{"error": code, "reason": text}`` with a 4xx status; nothing a client
sends should produce a 5xx. The body limit is enforced before the body is read (by
``Content-Length``) and while it streams (by counting), in :class:`BodyLimit`.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop import __version__
from hub import aggregate, dashboard
from hub.ingest import GroupCommit, Ingestor, Rejected, TokenBucket
from hub.keys import HubKeys, database_path, load_keys
from hub.store import EnrollmentRefused, HubStore


@dataclass(frozen=True)
class HubSettings:
    """Limits. ``max_body`` bytes per request; ``rate``/``burst``: submissions per second
    per device (token bucket); ``enroll_rate``/``enroll_burst``: enrollment attempts per
    second per client address (slows down guessing codes)."""

    max_body: int = 256 * 1024
    rate: float = 50.0
    burst: float = 500.0
    enroll_rate: float = 0.5
    enroll_burst: float = 10.0


# --- OpenAPI models ---------------------------------------------------------------------------


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


class EnrollRequest(BaseModel):
    code: str = Field(min_length=1, max_length=64, description="one-time code from the hub")
    public_key: str = Field(min_length=1, max_length=128, description="Ed25519, base64")
    label: str = Field(default="", max_length=200)


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


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorAnswer, "description": text}
    for status, text in {
        400: "malformed JSON or envelope",
        401: "unknown or revoked device, or a bad signature",
        409: "different content already stored for this assessment revision",
        413: "body larger than the hub's limit",
        422: "sealed for another hub key, undecryptable, bad payload, device mismatch",
        429: "too many submissions from this device (see Retry-After)",
    }.items()
}


# --- the body limit ---------------------------------------------------------------------------


class BodyLimit:
    """Pure ASGI middleware: refuse a body over ``limit`` bytes with 413.

    A declared ``Content-Length`` over the limit is refused before a byte of the body is
    read. A body without one (chunked) is counted as it streams; when it passes the limit
    the 413 is sent at once and the application sees the client disconnect.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
                if length < 0:
                    raise ValueError(declared)
            except ValueError:
                await _send_json(send, 400, "bad_length", "Content-Length is not a number")
                return
            if length > self.limit:
                await _send_json(send, 413, "too_large", self._reason(length))
                return
        received = 0
        refused = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    refused = True
                    if not started:
                        await _send_json(send, 413, "too_large", self._reason(received))
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:  # the 413 went out; the application's answer is dropped
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counting_receive, guarded_send)

    def _reason(self, size: int) -> str:
        return f"the body ({size} bytes or more) is larger than this hub's limit of {self.limit}"


async def _send_json(send: Send, status: int, code: str, reason: str) -> None:
    body = json.dumps({"error": code, "reason": reason}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                # The unread body makes the connection unusable: tell the client.
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _read_limited(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:  # BodyLimit answers first; this is the second line of defence
                raise Rejected(413, "too_large", f"the body is larger than {limit} bytes")
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise Rejected(
            400, "incomplete_body", "the connection closed before the body ended"
        ) from exc
    return b"".join(chunks)


def _client_host(request: Request) -> str:
    return request.client.host if request.client else "unknown"


# --- the application --------------------------------------------------------------------------


PACKS_FOLDER = "packs"
PACK_LIST = "packs.json"
PACK_LIST_FORMAT = "accord-pack-list/1"
# A bare file name: no folders, no dot-files, only published packs.
PACK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.accordpack")


def create_app(  # noqa: C901  (restructure: split in progress)
    data_dir: Path,
    settings: HubSettings | None = None,
    *,
    store: HubStore | None = None,
    keys: HubKeys | None = None,
) -> FastAPI:
    """The hub application for ``data_dir`` (made by ``accord-hub init``)."""
    settings = settings or HubSettings()
    keys = keys or load_keys(Path(data_dir))
    owned = store is None  # close only a store this function opened
    store = store or HubStore(database_path(Path(data_dir)))
    writer = GroupCommit(store, keys)
    ingestor = Ingestor(store, keys, TokenBucket(settings.rate, settings.burst), writer)
    enroll_limiter = TokenBucket(settings.enroll_rate, settings.enroll_burst)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        writer.close()
        if owned:
            store.close()

    app = FastAPI(
        title="Accord hub",
        version=__version__,
        description="Receives signed, sealed readiness self-assessments from Accord devices "
        "and aggregates the Global AI Safety Index. Formats: docs/sync.md.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.keys = keys
    app.state.settings = settings
    app.add_middleware(BodyLimit, limit=settings.max_body)

    @app.exception_handler(Rejected)
    async def _rejected(_: Request, exc: Rejected) -> JSONResponse:
        return JSONResponse(exc.as_json(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(sqlite3.Error)
    async def _storage(_: Request, exc: sqlite3.Error) -> JSONResponse:
        # The hub's own disk or database failed: the device keeps the item and retries.
        return JSONResponse(
            {"error": "storage_unavailable", "reason": f"the hub cannot store it now ({exc})"},
            status_code=503,
            headers={"Retry-After": "30"},
        )

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

    @app.get("/v1/health", response_model=Health, tags=["hub"])
    def health() -> dict[str, Any]:
        """Is the hub up; which keys and limits it has."""
        return {
            "status": "ok",
            "hub_id": keys.hub_id,
            "key_id": keys.key_id,
            "version": __version__,
            "max_body": settings.max_body,
        }

    @app.get("/v1/keys", response_model=HubKeysDocument, tags=["hub"])
    def public_keys() -> dict[str, Any]:
        """The hub's public keys (what a device stores at enrollment)."""
        return keys.public_document()

    @app.post(
        "/v1/enroll",
        response_model=EnrollAnswer,
        responses={k: v for k, v in _ERRORS.items() if k in (401, 413, 422, 429)},
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

    @app.post(
        "/v1/submissions",
        status_code=201,
        response_model=SignedReceipt,
        responses={200: {"model": SignedReceipt, "description": "identical resend"}, **_ERRORS},
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
        body = await _read_limited(request, settings.max_body)
        # The checks (~1 ms of CPU) run on the event loop; waiting for the group commit
        # does not hold a thread.
        item = ingestor.prepare_bytes(body, "http")
        result = await asyncio.wrap_future(writer.submit(item))
        if result.outcome == "conflict":
            raise Rejected(409, "conflict", result.reason or "conflict")
        return JSONResponse(result.signed_receipt, status_code=result.status)

    @app.get("/v1/index", tags=["index"])
    def index() -> dict[str, Any]:
        """The Global AI Safety Index per country and component, and the institutions'
        latest assessments behind it."""
        return aggregate.index_document(store)

    @app.get("/v1/index.csv", tags=["index"], response_class=Response)
    def index_csv() -> Response:
        """The index as CSV: one row per country and component."""
        text = aggregate.index_csv(aggregate.index_document(store))
        return Response(text, media_type="text/csv; charset=utf-8")

    @app.get("/dashboard", response_class=HTMLResponse, tags=["index"])
    def dashboard_page() -> HTMLResponse:
        """The read-only dashboard."""
        page = dashboard.render(aggregate.index_document(store), keys.hub_id)
        return HTMLResponse(page, headers={"Content-Security-Policy": dashboard.CSP})

    packs_dir = Path(data_dir) / PACKS_FOLDER

    @app.get("/v1/packs", tags=["packs"])
    def pack_list() -> dict[str, Any]:
        """The content packs this hub publishes (``packs.json`` written by
        ``packaging/publish_pack.py`` into ``DATA/packs/``); empty when none."""
        listing = packs_dir / PACK_LIST
        if not listing.is_file():
            return {"format": PACK_LIST_FORMAT, "packs": []}
        try:
            return json.loads(listing.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise Rejected(503, "unavailable", f"the pack list cannot be read: {exc}") from exc

    @app.get("/v1/packs/{name}", tags=["packs"], response_class=FileResponse)
    def pack_file(name: str) -> FileResponse:
        """One published pack file; supports HTTP Range so a broken download resumes.
        Devices verify the signature and hashes before installing, not the hub."""
        if not PACK_NAME.fullmatch(name):
            raise Rejected(404, "not-found", "no such pack file")
        path = packs_dir / name
        if not path.is_file():
            raise Rejected(404, "not-found", f"no pack file named {name}")
        return FileResponse(path, media_type="application/zip", filename=name)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/dashboard")

    # Stored so tests and the bench can reach the ingestor directly.
    app.state.ingestor = ingestor
    return app


SETTINGS_ENV = "ACCORD_HUB_SETTINGS"
DATA_ENV = "ACCORD_HUB_DATA"


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` with several worker processes: the data folder and
    the settings come from ``ACCORD_HUB_DATA`` and ``ACCORD_HUB_SETTINGS`` (JSON). Each
    worker has its own connections and group commit (SQLite serialises their commits) and
    its own rate-limit buckets, so per-device limits apply per worker."""
    import os

    settings = HubSettings(**json.loads(os.environ.get(SETTINGS_ENV) or "{}"))
    return create_app(Path(os.environ[DATA_ENV]), settings)
