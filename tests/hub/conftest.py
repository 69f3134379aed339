"""Fixtures for hub tests: a hub folder, an in-process client, enrolled devices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from desktop.core.sync.device_keys import DeviceKey
from hub.app import HubSettings, create_app
from tests.hub.helpers import Hub, make_hub


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    h = make_hub(tmp_path / "hub")
    yield h
    h.store.close()


@pytest.fixture
def settings() -> HubSettings:
    return HubSettings(max_body=64 * 1024, rate=1000, burst=1000)


@pytest.fixture
def client(hub: Hub, settings: HubSettings) -> Iterator[TestClient]:
    app = create_app(hub.data, settings, store=hub.store, keys=hub.keys)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def device(hub: Hub) -> DeviceKey:
    key = DeviceKey.generate()
    hub.enroll(key, "test laptop")
    return key
