"""Backups: taken while submissions arrive, restored into an empty hub (of either store),
which then answers every earlier resend with the identical signed receipt. Damaged,
foreign and half-written backups are refused and change nothing."""

from __future__ import annotations

import gzip
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import seal_payload
from hub.app import HubSettings, create_app
from hub.cli import main as hub_main
from hub.ingest import GroupCommit, Ingestor
from hub.keys import KEYS_FILE, database_path
from hub.store import HubStore
from tests.hub import pg
from tests.hub.helpers import Hub, make_hub, make_payload


def _sealed(hub: Hub, device: DeviceKey, n: int) -> bytes:
    payload = make_payload(device.device_id, assessment_id=f"b-{n}", scores={"ethics": n % 100})
    box = bytes(hub.keys.box_key.public_key)
    return json.dumps(seal_payload(payload, device.signing_key, box).as_json()).encode()


def _args(hub: Hub, target: str | None) -> list[str]:
    return ["--data", str(hub.data), *(["--database", target] if target else [])]


@pytest.fixture
def restored(tmp_path: Path) -> Iterator[Any]:
    """Make an empty hub with the keys of another (a new machine given hub-keys.json)."""
    made: list[HubStore] = []
    schemas: list[str] = []

    def make(source: Hub, target: str | None) -> tuple[Path, HubStore]:
        """``target``: None (SQLite), "postgresql" (a new schema) or a database URL."""
        folder = tmp_path / f"restored-{len(made)}"
        folder.mkdir()
        shutil.copy(source.data / KEYS_FILE, folder / KEYS_FILE)
        if target == "postgresql":
            name, target = pg.create_schema(pg.require_server())
            schemas.append(name)
        store = HubStore(target or database_path(folder), migrate=True)
        made.append(store)
        return folder, store

    yield make
    for store in made:
        store.close()
    for name in schemas:
        pg.drop_schema(pg.require_server(), name)


def test_a_backup_taken_while_submissions_arrive_restores_every_receipt(
    hub: Hub, device: DeviceKey, store_target: str | None, restored: Any, tmp_path: Path
) -> None:
    writer = GroupCommit(hub.store, hub.keys)
    ingestor = Ingestor(hub.store, hub.keys, writer=writer)
    answered: list[tuple[bytes, dict[str, Any]]] = []
    stop = threading.Event()

    def arrive() -> None:
        n = 0
        while not stop.is_set() and n < 400:
            body = _sealed(hub, device, n)
            answered.append((body, ingestor.ingest_bytes(body).signed_receipt or {}))
            n += 1

    sender = threading.Thread(target=arrive)
    sender.start()
    while len(answered) < 40:  # submissions are arriving
        threading.Event().wait(0.01)
    before = list(answered)
    backup = tmp_path / "hub.backup.gz"
    assert hub_main(["backup", "--out", str(backup), *_args(hub, store_target)]) == 0
    stop.set()
    sender.join(60)
    writer.close()
    assert len(answered) > len(before)  # some arrived after the backup began

    folder, store = restored(hub, store_target and "postgresql")
    assert hub_main(["restore", str(backup), "--data", str(folder), *_db(store)]) == 0
    app = create_app(folder, HubSettings(rate=0, burst=0), store=store)
    with TestClient(app) as client:
        for body, receipt in before:
            again = client.post("/v1/submissions", content=body)
            assert again.status_code == 200 and again.json() == receipt
    kept = {s["receipt_id"] for s in store.submissions()}
    assert {r["receipt"]["receipt_id"] for _, r in before} <= kept
    # Whatever the backup holds is whole: each stored row has its receipt.
    assert all(s["kind"] == "accepted" for s in store.submissions())


def _db(store: HubStore) -> list[str]:
    return [] if store.kind == "sqlite" else ["--database", store.db.url]


def test_a_sqlite_hub_moves_to_postgresql(restored: Any, tmp_path: Path) -> None:
    hub = make_hub(tmp_path / "laptop")  # the embedded store, whatever the parameter
    device = DeviceKey.generate()
    hub.enroll(device)
    ingestor = Ingestor(hub.store, hub.keys)
    bodies = [_sealed(hub, device, n) for n in range(20)]
    sent = [(b, ingestor.ingest_bytes(b).signed_receipt) for b in bodies]
    hub.store.users.add("ops", "a long passphrase", "operator")
    backup = tmp_path / "move.gz"
    assert hub_main(["backup", "--out", str(backup), "--data", str(hub.data)]) == 0
    folder, store = restored(hub, "postgresql")
    assert store.kind == "postgresql"
    assert hub_main(["restore", str(backup), "--data", str(folder), *_db(store)]) == 0
    assert store.counts() == hub.store.counts()
    assert store.users.verify("ops", "a long passphrase") is not None
    assert store.device(device.device_id) == hub.store.device(device.device_id)
    again = Ingestor(store, hub.keys)
    for body, receipt in sent:
        assert again.ingest_bytes(body).signed_receipt == receipt
    # New submissions continue after the restored ones (the id sequence moved on).
    assert again.ingest_bytes(_sealed(hub, device, 99)).outcome == "accepted"
    hub.store.close()


def _corrupt(path: Path, out: Path, keep_lines: int | None = None, edit: Any = None) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    if keep_lines is not None:
        lines = lines[:keep_lines]
    if edit is not None:
        lines = edit(lines)
    with gzip.open(out, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def test_damaged_foreign_and_half_backups_are_refused_and_change_nothing(
    hub: Hub, device: DeviceKey, restored: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Ingestor(hub.store, hub.keys).ingest_bytes(_sealed(hub, device, 1))
    good = tmp_path / "good.gz"
    assert hub_main(["backup", "--out", str(good), "--data", str(hub.data), *_db(hub.store)]) == 0
    capsys.readouterr()
    empty_folder, empty = restored(hub, None)
    half, foreign, garbage = tmp_path / "half.gz", tmp_path / "foreign.gz", tmp_path / "junk.gz"
    _corrupt(good, half, keep_lines=3)

    def rename_hub(lines: list[str]) -> list[str]:
        header = json.loads(lines[0])
        header["hub_id"] = "hub-someone-else"
        return [json.dumps(header), *lines[1:]]

    _corrupt(good, foreign, edit=rename_hub)
    garbage.write_bytes(b"not gzip at all")
    for bad, words in [
        (half, "incomplete"),
        (foreign, "hub-someone-else"),
        (garbage, "cannot read it"),
        (tmp_path / "missing.gz", "cannot read it"),
    ]:
        assert hub_main(["restore", str(bad), "--data", str(empty_folder)]) == 2
        err = capsys.readouterr().err
        assert words in err and str(bad) in err and "Traceback" not in err
    assert empty.counts()["accepted"] == 0
    # A hub that already holds data is not overwritten unless asked to.
    assert hub_main(["restore", str(good), "--data", str(hub.data), *_db(hub.store)]) == 2
    assert "already holds" in capsys.readouterr().err
    assert (
        hub_main(["restore", str(good), "--replace", "--data", str(hub.data), *_db(hub.store)]) == 0
    )
    assert hub.store.counts()["accepted"] == 1
