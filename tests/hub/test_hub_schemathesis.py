"""Property-based tests of the hub's API from its own OpenAPI description: no 5xx, ever."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from hub.app import HubSettings, create_app
from hub.keys import create_keys, database_path
from hub.store import HubStore

# One hub for the whole module: schemathesis collects the operations at import time.
_DATA = Path(tempfile.mkdtemp(prefix="accord-hub-schemathesis-"))
_KEYS = create_keys(_DATA)
_STORE = HubStore(database_path(_DATA))
APP = create_app(
    _DATA,
    HubSettings(max_body=64 * 1024, rate=1000, burst=1000, enroll_rate=1000, enroll_burst=1000),
    store=_STORE,
    keys=_KEYS,
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # reproducible in CI
)
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
