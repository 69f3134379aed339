"""``GET /v1/health`` and ``GET /v1/keys``: is the hub up, and its public keys."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from desktop import __version__
from hub.api_models import Health, HubKeysDocument
from hub.context import HubContext


def router(ctx: HubContext) -> APIRouter:
    """The health and keys routes."""
    api = APIRouter()
    keys, settings = ctx.keys, ctx.settings

    @api.get("/v1/health", response_model=Health, tags=["hub"])
    def health() -> dict[str, Any]:
        """Is the hub up; which keys and limits it has."""
        return {
            "status": "ok",
            "hub_id": keys.hub_id,
            "key_id": keys.key_id,
            "version": __version__,
            "max_body": settings.max_body,
        }

    @api.get("/v1/keys", response_model=HubKeysDocument, tags=["hub"])
    def public_keys() -> dict[str, Any]:
        """The hub's public keys (what a device stores at enrollment)."""
        return keys.public_document()

    return api
