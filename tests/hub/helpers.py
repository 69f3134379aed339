"""Shared test helpers: payload factories, a hub on 127.0.0.1 in a thread, a device database."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
import uvicorn

from desktop.core.library.components import COMPONENTS
from desktop.core.storage.db import open_database
from desktop.core.sync.config import HubInfo, ProxySettings, save_hub, save_proxy_settings
from desktop.core.sync.device_keys import DeviceKey, load_or_create_device_key
from desktop.core.sync.protocol import PAYLOAD_FORMAT
from hub.app import HubSettings, create_app
from hub.keys import HubKeys, create_keys, database_path
from hub.store import HubStore

# Plain English-like notes: what officials type as evidence.
NOTE = (
    "Adopted by cabinet in March 2024; published on the ministry website with a summary "
    "in two national languages."
)


def make_payload(
    device_id: str,
    *,
    assessment_id: str | None = None,
    revision: int = 1,
    institution: str = "Ministry of ICT",
    country: str = "KE",
    items: int = 6,
    value: str = "yes",
    created: str = "2026-05-01T10:00:00.000+00:00",
    notes: bool = False,
    scores: dict[str, float | None] | None = None,
) -> dict[str, Any]:
    """A valid ``accord-submission/1`` payload (scores given or a plausible default)."""
    comps = list(COMPONENTS)
    answers: dict[str, dict[str, Any]] = {}
    for n in range(items):
        entry: dict[str, Any] = {"value": value if n % 5 else "partial"}
        if notes:
            entry["note"] = f"{NOTE} Item {n + 1}."
        answers[f"{comps[n % len(comps)][:3].upper()}-{n + 1}"] = entry
    scores = scores if scores is not None else {c: 75.0 for c in comps}
    assessed = [s for s in scores.values() if s is not None]
    return {
        "format": PAYLOAD_FORMAT,
        "assessment_id": assessment_id or str(uuid.uuid4()),
        "revision": revision,
        "device_id": device_id,
        "created": created,
        "checklist": {"id": "checklists/national-readiness", "version": "1.0.0", "hash": "ab" * 32},
        "institution": institution,
        "country": country,
        "answers": answers,
        "scores": {
            "overall": sum(assessed) / len(assessed) if assessed else None,
            "components": {
                c: {
                    "score": s,
                    "coverage": 1.0 if s is not None else None,
                    "answered": 1 if s is not None else 0,
                    "applicable": 1 if s is not None else 0,
                }
                for c, s in scores.items()
            },
        },
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Hub:
    """A hub data folder with its keys and store (no server)."""

    data: Path
    keys: HubKeys
    store: HubStore

    def enroll(self, device: DeviceKey, label: str = "") -> None:
        self.store.enroll(self.store.new_enroll_code(), device.public_key_b64, label)

    def info(self, url: str | None = None) -> HubInfo:
        doc = self.keys.public_document()
        from desktop.core.sync.config import parse_hub_keys

        hub_id, signing, box, kid = parse_hub_keys(doc)
        return HubInfo(hub_id=hub_id, signing_key=signing, box_key=box, key_id=kid, url=url)


# The accounts every test hub has: (name, password) pairs for ``auth=``.
OPERATOR = ("olga", "operator password 1")
ANALYST = ("amir", "analyst password 1")


def make_hub(folder: Path, target: str | None = None) -> Hub:
    """A hub in ``folder`` on SQLite (``target`` None) or the database URL ``target``,
    with an operator and an analyst account."""
    keys = create_keys(folder)
    store = HubStore(target or database_path(folder), migrate=True)
    store.users.add(*OPERATOR, "operator")
    store.users.add(*ANALYST, "analyst")
    return Hub(folder, keys, store)


class LiveHub:
    """A real uvicorn server for ``hub`` on 127.0.0.1, in a thread."""

    def __init__(self, hub: Hub, settings: HubSettings | None = None, port: int | None = None):
        self.hub = hub
        self.settings = settings or HubSettings()
        self.port = port or free_port()
        self.app = create_app(hub.data, self.settings, store=hub.store, keys=hub.keys)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="error",
            lifespan="off",  # the test owns the store and closes it itself
            timeout_keep_alive=30,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveHub:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> LiveHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def device_db(folder: Path) -> sqlite_utils.Database:
    """A migrated device database in ``folder`` with direct connections (no proxy)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "accord.db")
    save_proxy_settings(db, ProxySettings("none"))
    load_or_create_device_key(db)
    return db


def enroll_device(db: sqlite_utils.Database, hub: Hub, url: str | None) -> HubInfo:
    """Enroll the device of ``db`` directly in the hub's store and save the hub info."""
    device = load_or_create_device_key(db)
    hub.enroll(device)
    return save_hub(db, hub.info(url))


@contextlib.contextmanager
def live_hub(
    folder: Path, settings: HubSettings | None = None, target: str | None = None
) -> Iterator[LiveHub]:
    hub = make_hub(folder, target)
    server = LiveHub(hub, settings).start()
    try:
        yield server
    finally:
        server.stop()
        hub.store.close()
