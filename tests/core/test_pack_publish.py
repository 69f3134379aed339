"""The publisher helper in ``packaging/``: full pack, delta and the hub's pack list."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from desktop.core.packs.folder import install_folder
from tests.conftest import REPO
from tests.core import test_pack_support as support
from tests.core.test_pack_support import Keys, make_library

keys = support.keys


def _publisher():
    # Loaded by path: "packaging" is also the name of a PyPI distribution.
    spec = importlib.util.spec_from_file_location(
        "publish_pack", REPO / "packaging" / "publish_pack.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_publish_release_with_delta_and_pack_list(tmp_path: Path, keys: Keys) -> None:
    publisher = _publisher()
    lib = make_library(tmp_path / "lib", 4)
    out = tmp_path / "releases"
    assert (
        publisher.main(
            [
                "--library",
                str(lib),
                "--key",
                str(keys.private),
                "--id",
                "core",
                "--version",
                "1.0.0",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    make_library(lib, 4, word="beta")
    previous = out / "core-1.0.0.accordpack"
    files = publisher.publish(lib, keys.private, "core", "1.1.0", out, previous)
    assert [f.name for f in files] == [
        "core-1.1.0.accordpack",
        "core-1.1.0-delta-from-1.0.0.accordpack",
    ]
    listing = json.loads((out / "packs.json").read_text())
    assert listing["format"] == "accord-pack-list/1"
    assert {(p["version"], p["delta_from"]) for p in listing["packs"]} == {
        ("1.0.0", None),
        ("1.1.0", None),
        ("1.1.0", "1.0.0"),
    }
    # A laptop given the whole release folder ends at the newest version in one step.
    results, _notes, errors = install_folder(
        out, tmp_path / "data", trusted=keys.trusted, update_index=False
    )
    assert [(r.version, r.delta) for r in results] == [("1.1.0", False)] and errors == []
