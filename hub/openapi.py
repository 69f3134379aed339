"""The hub's ``/openapi.json``: FastAPI's description, completed.

The submissions route parses its raw body itself (to bound it while it streams), so
FastAPI does not see the envelope's model; it is added here, together with the login
scheme the protected routes name, so every ``$ref`` resolves and the document validates
(``tests/hub/test_hub_openapi.py``).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from hub.api_models import EnvelopeModel
from hub.auth import SCHEME_NAME


def install(app: FastAPI) -> None:
    """Replace ``app.openapi`` with the completed description (built once)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            components = document.setdefault("components", {})
            schemas = components.setdefault("schemas", {})
            schemas["EnvelopeModel"] = EnvelopeModel.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            components.setdefault("securitySchemes", {})[SCHEME_NAME] = {
                "type": "http",
                "scheme": "basic",
                "description": "a hub account (accord-hub user add): operator or analyst",
            }
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
