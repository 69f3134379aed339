"""The hub publishes content packs: a list and the files, with HTTP Range for resuming."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from desktop.core.packs.install import install_pack
from tests.core.test_pack_support import Keys, build, make_library
from tests.hub.helpers import Hub


def publish(hub: Hub, tmp_path: Path, keys: Keys) -> bytes:
    folder = hub.data / "packs"
    folder.mkdir(exist_ok=True)
    lib = make_library(tmp_path / "lib", 12)
    path = build(lib, keys, folder / "national-1.0.0.accordpack", pack_id="national")
    listing = {
        "format": "accord-pack-list/1",
        "packs": [{"id": "national", "version": "1.0.0", "file": path.name}],
    }
    (folder / "packs.json").write_text(json.dumps(listing), encoding="utf-8")
    return path.read_bytes()


def test_empty_list_when_nothing_is_published(client: TestClient) -> None:
    answer = client.get("/v1/packs")
    assert answer.status_code == 200
    assert answer.json() == {"format": "accord-pack-list/1", "packs": []}


def test_list_file_and_range(client: TestClient, hub: Hub, tmp_path: Path) -> None:
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir()
    data = publish(hub, tmp_path, Keys(keys_dir))
    assert client.get("/v1/packs").json()["packs"][0]["file"] == "national-1.0.0.accordpack"
    whole = client.get("/v1/packs/national-1.0.0.accordpack")
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["accept-ranges"] == "bytes"
    part = client.get("/v1/packs/national-1.0.0.accordpack", headers={"Range": "bytes=100-"})
    assert part.status_code == 206 and part.content == data[100:]


def test_only_published_pack_names_are_served(client: TestClient, hub: Hub) -> None:
    (hub.data / "packs").mkdir(exist_ok=True)
    for name in ("..%2Fhub.db", "packs.json", ".hidden.accordpack", "missing.accordpack"):
        answer = client.get(f"/v1/packs/{name}")
        assert answer.status_code == 404, name
        assert "reason" in answer.json()


def test_download_from_the_hub_resumes_and_installs(
    client: TestClient, hub: Hub, tmp_path: Path
) -> None:
    """The device side over the hub's own route: a cut transfer resumes with Range."""
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir()
    keys = Keys(keys_dir)
    data = publish(hub, tmp_path, keys)
    # Simulate a transfer that broke off after 1,000 bytes, then resume as the client does.
    first = client.get("/v1/packs/national-1.0.0.accordpack", headers={"Range": "bytes=0-999"})
    rest = client.get("/v1/packs/national-1.0.0.accordpack", headers={"Range": "bytes=1000-"})
    pack = tmp_path / "national-1.0.0.accordpack"
    pack.write_bytes(first.content + rest.content)
    assert pack.read_bytes() == data
    result = install_pack(pack, tmp_path / "device", trusted=keys.trusted, update_index=False)
    assert result.pack_id == "national" and len(result.changes.added) == 13
