"""Property-based tests of the hub's API from its own OpenAPI description: no 5xx, ever,
with an operator logged in (so the protected routes are exercised past their login) and
on both stores."""

from __future__ import annotations

import atexit
import base64
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from hub.app import HubSettings, create_app
from tests.hub import pg
from tests.hub.helpers import OPERATOR, make_hub

LOGIN = {"Authorization": "Basic " + base64.b64encode(":".join(OPERATOR).encode()).decode()}
SETTINGS = HubSettings(
    max_body=64 * 1024,
    rate=1000,
    burst=1000,
    enroll_rate=1000,
    enroll_burst=1000,
    login_rate=1000,
    login_burst=1000,
)


def _schema(target: str | None) -> schemathesis.schemas.BaseSchema:
    # One hub per store for the whole module: schemathesis collects the operations at
    # import time.
    hub = make_hub(Path(tempfile.mkdtemp(prefix="accord-hub-schemathesis-")), target)
    app = create_app(hub.data, SETTINGS, store=hub.store, keys=hub.keys)
    return schemathesis.openapi.from_asgi("/openapi.json", app, headers=LOGIN)


sqlite_schema = _schema(None)


def _postgres_schema() -> schemathesis.schemas.BaseSchema | None:
    url = pg.server_url()
    if url is None:
        return None
    name, scoped = pg.create_schema(url)
    # Schemathesis runs the cases after collection: drop the schema when pytest exits.
    atexit.register(pg.drop_schema, url, name)
    return _schema(scoped)


postgres_schema = _postgres_schema()


def _settings(test):  # type: ignore[no-untyped-def]
    return settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,  # reproducible in CI
    )(test)


@sqlite_schema.parametrize()
@_settings
def test_no_server_errors_sqlite(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=LOGIN, checks=[not_a_server_error])


if postgres_schema is not None:

    @postgres_schema.parametrize()
    @_settings
    def test_no_server_errors_postgresql(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=LOGIN, checks=[not_a_server_error])

else:

    def test_no_server_errors_postgresql() -> None:
        pg.require_server()
