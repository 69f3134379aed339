"""A pack's index can never run code on the laptop, whoever signed the pack.

Earlier packs shipped a Whoosh index, and opening one unpickles its table of contents: a
pack signed by any trusted key could run code at install. Now a pack ships only meaning
vectors (NumPy, read with ``allow_pickle=False``) and JSON; the index is built locally.
These packs carry pickles that would create a file if anything unpickled them.
"""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import numpy as np
import pytest

import desktop.core.packs.build as packs_build
from desktop.core.packs.install import install_pack
from desktop.core.storage import paths
from index import SearchIndex, SearchQuery, semantic, shipping
from tests.core import test_pack_support as support
from tests.core.test_pack_support import Keys, build, make_library

keys = support.keys


class _Evil:
    """Unpickling this opens (creates) ``marker``: proof that something was unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def _object_npy(marker: Path) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.array([_Evil(marker)], dtype=object), allow_pickle=True)
    return buf.getvalue()


def _hostile_index(marker: Path, ids: list[str]) -> dict[str, bytes]:
    """Index files an attacker with a trusted key might sign."""
    model = semantic.embedder()
    assert model is not None
    return {
        # A Whoosh index as earlier versions shipped it, its TOC a pickle.
        "index.json": json.dumps(
            {"engine": "whoosh", "schema_version": 2, "generation": "g-evil"}
        ).encode(),
        "g-evil/_MAIN_1.toc": pickle.dumps(_Evil(marker)),
        # Vectors that are a pickled object array, with a matching description.
        "vectors.npy": _object_npy(marker),
        "vectors.json": json.dumps(
            {
                "format": shipping.FORMAT,
                "model": model.model_id,
                "ids": ids,
                "fingerprints": ["x"] * len(ids),
            }
        ).encode(),
    }


def test_installing_a_pack_with_pickles_in_its_index_runs_nothing(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "pwned"
    lib = make_library(tmp_path / "lib", 3, word="xylophone")
    hostile = _hostile_index(marker, ["doc-0", "doc-1", "doc-2"])
    monkeypatch.setattr(
        packs_build, "_build_index", lambda library, folder, digest: (3, dict(hostile))
    )
    pack = build(lib, keys, tmp_path / "evil.accordpack", with_index=True)
    monkeypatch.undo()
    data = tmp_path / "data"
    data.mkdir()

    result = install_pack(pack, data, bundled=None, trusted=keys.trusted, update_index=True)

    assert not marker.exists(), "something in the pack's index was unpickled"
    assert result.index is not None and result.index.rebuilt
    # The index was built here from the verified Markdown: the pack's documents are found.
    index = SearchIndex(paths.index_dir(data))
    try:
        found = index.search(SearchQuery(text="xylophone", limit=10))
    finally:
        index.close()
    assert found.total == 3
    assert not marker.exists()


def test_pickled_vectors_are_refused_and_good_ones_load(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    model = semantic.embedder()
    assert model is not None
    folder = tmp_path / "index"
    folder.mkdir()
    for name, data in _hostile_index(marker, ["a"]).items():
        if "/" not in name:
            (folder / name).write_bytes(data)
    assert shipping.load_vectors(folder, model.model_id) is None
    assert not marker.exists()

    # The format a real pack ships loads, for the model it was made with only.
    matrix = np.arange(6, dtype=np.float16).reshape(2, 3)
    shipping.export_vectors(
        {"model": "m", "ids": ["a", "b"], "fingerprints": ["fa", "fb"], "matrix": matrix}, folder
    )
    loaded = shipping.load_vectors(folder, "m")
    assert loaded is not None and set(loaded) == {"a", "b"}
    assert loaded["b"] == ("fb", matrix[1].tobytes())
    assert shipping.load_vectors(folder, "another-model") is None


@pytest.mark.parametrize(
    "meta",
    [
        {"format": 99},
        {"format": 1, "model": "m", "ids": ["a"], "fingerprints": ["f", "g"]},
        {"format": 1, "model": "m", "ids": [1, 2], "fingerprints": ["f", "g"]},
        {"format": 1, "model": "m", "ids": "ab", "fingerprints": ["f", "g"]},
    ],
)
def test_malformed_vectors_are_ignored(tmp_path: Path, meta: dict[str, object]) -> None:
    matrix = np.zeros((2, 3), dtype=np.float16)
    shipping.export_vectors(
        {"model": "m", "ids": ["a", "b"], "fingerprints": ["f", "g"], "matrix": matrix}, tmp_path
    )
    (tmp_path / shipping.VECTORS_META).write_text(json.dumps(meta), encoding="utf-8")
    assert shipping.load_vectors(tmp_path, "m") is None
