"""``GET /v1/health`` (liveness, with the database's state), ``GET /v1/ready`` (readiness:
the database answers and has this version's schema) and ``GET /v1/keys``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from desktop import __version__
from hub.api_models import ERRORS, Health, HubKeysDocument, Ready
from hub.context import HubContext
from hub.db.engine import HubStoreError
from hub.db.migrate import schema_state
from hub.errors import Rejected


def router(ctx: HubContext) -> APIRouter:
    """The health, readiness and keys routes."""
    api = APIRouter()
    keys, settings, store = ctx.keys, ctx.settings, ctx.store

    def database_state() -> str:
        try:
            store.db.ping()
        except HubStoreError:
            return "unavailable"
        return "ok"

    @api.get("/v1/health", response_model=Health, tags=["hub"])
    def health() -> dict[str, Any]:
        """Is the hub up; which keys, limits and store it has, and does the database
        answer. Always 200 while the process serves (a load balancer's liveness check);
        use ``/v1/ready`` to decide whether to send traffic."""
        return {
            "status": "ok",
            "hub_id": keys.hub_id,
            "key_id": keys.key_id,
            "version": __version__,
            "max_body": settings.max_body,
            "store": store.kind,
            "database": database_state(),
        }

    @api.get("/v1/ready", response_model=Ready, responses={503: ERRORS[503]}, tags=["hub"])
    def ready() -> dict[str, Any]:
        """200 when the database answers and holds this version's schema, else 503."""
        try:
            state = schema_state(store.db)
        except (HubStoreError, SQLAlchemyError) as exc:
            reason = str(store.db.unavailable(exc) if isinstance(exc, SQLAlchemyError) else exc)
            raise Rejected(503, "not_ready", reason, {"Retry-After": "10"}) from exc
        if not state.up_to_date:
            raise Rejected(
                503,
                "not_ready",
                f"the database has schema {state.current} and this hub needs {state.head}",
                {"Retry-After": "30"},
            )
        return {"status": "ready", "store": store.kind, "schema": state.current}

    @api.get("/v1/keys", response_model=HubKeysDocument, tags=["hub"])
    def public_keys() -> dict[str, Any]:
        """The hub's public keys (what a device stores at enrollment)."""
        return keys.public_document()

    return api
