"""The hub's HTTP API (FastAPI; the OpenAPI description is at ``/openapi.json``).

Endpoints (see ``docs/sync.md``), one router module each in ``hub/routes/``:

* ``GET  /v1/health``       — liveness, hub id, key id, body limit, store (``health``)
* ``GET  /v1/ready``        — readiness: the database answers with this schema (``health``)
* ``GET  /v1/keys``         — the hub's public keys (``accord-hub-keys/1``) (``health``)
* ``POST /v1/enroll``       — register a device key with a one-time code (``enrollment``)
* ``POST /v1/submissions``  — one envelope; 201 new, 200 identical resend, 409 conflict
  (``submissions``)
* ``GET  /v1/index``        — the index per country and component (JSON) (``index``)
* ``GET  /v1/index.csv``    — the same as CSV (``index``)
* ``GET  /dashboard``       — the read-only HTML page (``/`` redirects there) (``index``)
* ``GET  /v1/devices``, ``POST /v1/devices/{id}/revoke``, ``POST /v1/enroll-codes`` —
  device administration for operators (``admin``)
* ``GET  /v1/packs``, ``GET /v1/packs/{name}`` — published content packs (``packs``)
* ``GET  /openapi.json``, ``GET /docs`` — the API description (``docs``)

Devices need no login (their envelopes are signed); the index, the dashboard and the API
description need an account unless the hub publishes the index (``hub/auth.py``).

Every refusal is JSON ``{"error": code, "reason": text}`` with a 4xx status
(``hub/http_errors.py``); nothing a client sends should produce a 5xx. The body limits
(size and time) are enforced in :class:`hub.body_limit.BodyLimit`.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from desktop import __version__
from hub import openapi
from hub.body_limit import BodyLimit
from hub.context import HubContext, HubSettings
from hub.db.engine import DATABASE_ENV
from hub.http_errors import install_error_handlers
from hub.ingest import GroupCommit, Ingestor
from hub.keys import HubKeys, database_path, load_keys
from hub.routes import admin, docs, enrollment, health, index, packs, submissions
from hub.store import HubStore

__all__ = ["DATA_ENV", "SETTINGS_ENV", "HubSettings", "app_from_env", "create_app"]

SETTINGS_ENV = "ACCORD_HUB_SETTINGS"
DATA_ENV = "ACCORD_HUB_DATA"


def create_app(
    data_dir: Path,
    settings: HubSettings | None = None,
    *,
    store: HubStore | None = None,
    keys: HubKeys | None = None,
    database: str | Path | None = None,
) -> FastAPI:
    """The hub application for ``data_dir`` (made by ``accord-hub init``).

    The store is ``store`` when given (the caller closes it), else the database at
    ``database`` (a URL or path; default ``DATA/hub.db``). A PostgreSQL database must
    already hold this version's schema (``accord-hub migrate``)."""
    settings = settings or HubSettings()
    keys = keys or load_keys(Path(data_dir))
    owned = store is None  # close only a store this function opened
    store = store or HubStore(database or database_path(Path(data_dir)))
    writer = GroupCommit(store, keys, limit=settings.submission_limit)
    ctx = HubContext(
        data_dir=Path(data_dir),
        settings=settings,
        keys=keys,
        store=store,
        writer=writer,
        ingestor=Ingestor(store, keys, settings.submission_limit, writer),
    )

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
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.store = store
    app.state.keys = keys
    app.state.settings = settings
    app.add_middleware(BodyLimit, limit=settings.max_body, timeout=settings.body_timeout)
    install_error_handlers(app)
    # The order of the paths in /openapi.json follows the order of inclusion.
    for module in (health, enrollment, submissions, index, admin, packs):
        app.include_router(module.router(ctx))
    app.include_router(index.root_router())
    app.include_router(docs.router(ctx, app))
    openapi.install(app)
    # Stored so tests and the bench can reach the ingestor directly.
    app.state.ingestor = ctx.ingestor
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` with several worker processes: the data folder,
    the database and the settings come from ``ACCORD_HUB_DATA``, ``ACCORD_HUB_DATABASE``
    and ``ACCORD_HUB_SETTINGS`` (JSON). Each worker has its own connections and group
    commit; idempotency, conflicts, codes, revocation and rate limits live in the
    database, so every worker applies the same ones."""
    settings = HubSettings(**json.loads(os.environ.get(SETTINGS_ENV) or "{}"))
    return create_app(
        Path(os.environ[DATA_ENV]), settings, database=os.environ.get(DATABASE_ENV) or None
    )
