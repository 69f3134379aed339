"""Fixtures for hub tests: a hub folder on each store (SQLite and a real PostgreSQL),
an in-process client logged in as an operator, enrolled devices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from desktop.core.sync.device_keys import DeviceKey
from hub.app import HubSettings, create_app
from tests.hub import pg
from tests.hub.helpers import OPERATOR, Hub, make_hub

STORES = ["sqlite", "postgresql"]


@pytest.fixture(params=STORES)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """None for the embedded SQLite store, or a PostgreSQL URL with a fresh schema."""
    if request.param == "sqlite":
        yield None
        return
    with pg.fresh_schema(pg.require_server()) as url:
        yield url


@pytest.fixture
def hub(tmp_path: Path, store_target: str | None) -> Iterator[Hub]:
    h = make_hub(tmp_path / "hub", store_target)
    yield h
    h.store.close()


@pytest.fixture
def settings() -> HubSettings:
    return HubSettings(max_body=64 * 1024, rate=1000, burst=1000)


@pytest.fixture
def client(hub: Hub, settings: HubSettings) -> Iterator[TestClient]:
    """A client of the hub; its requests carry an operator's login unless a test passes
    ``auth=None`` (as a device does)."""
    app = create_app(hub.data, settings, store=hub.store, keys=hub.keys)
    with TestClient(app, raise_server_exceptions=False) as c:
        c.auth = OPERATOR
        yield c


@pytest.fixture
def device(hub: Hub) -> DeviceKey:
    key = DeviceKey.generate()
    hub.enroll(key, "test laptop")
    return key
