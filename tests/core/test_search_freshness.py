"""A one-off search answers from the index when it reflects the library, and never from a
stale one: editing, adding or deleting a document, or installing a pack, is seen at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.actions.library import rebuild_index, search_library
from desktop.core.search import freshness
from desktop.core.storage import paths


def _doc(root: Path, name: str, title: str, body: str) -> Path:
    path = root / "guides" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\ntype: guide\n---\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    _doc(root, "one", "First guide", "About the quokka.")
    _doc(root, "two", "Second guide", "About the pangolin.")
    return root


def _ids(library: Path, data: Path, text: str) -> list[str]:
    return [h.id for h in search_library(library, data, text, limit=20).hits]


def test_a_current_index_is_searched_without_loading_the_library(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    data = tmp_path / "data"
    assert _ids(library, data, "quokka") == ["guides/one"]
    assert (paths.index_dir(data) / freshness.STATE_FILE).is_file()

    import desktop.core.actions.library as actions

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the library should not have been loaded")

    monkeypatch.setattr(actions, "open_library", no_loading)
    assert _ids(library, data, "pangolin") == ["guides/two"]


def test_edits_additions_and_deletions_are_seen_at_once(library: Path, tmp_path: Path):
    data = tmp_path / "data"
    assert _ids(library, data, "quokka") == ["guides/one"]
    one = _doc(library, "one", "First guide", "About the wombat now.")
    # Same size and the same modification time would hide an edit; make sure it differs.
    stat = one.stat()
    os.utime(one, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert _ids(library, data, "wombat") == ["guides/one"]
    assert _ids(library, data, "quokka") == []
    _doc(library, "three", "Third guide", "About the axolotl.")
    assert _ids(library, data, "axolotl") == ["guides/three"]
    (library / "guides" / "two.md").unlink()
    assert _ids(library, data, "pangolin") == []


def test_a_damaged_index_is_rebuilt_even_when_the_library_did_not_change(
    library: Path, tmp_path: Path
):
    data = tmp_path / "data"
    count, report = rebuild_index(library, data)
    assert count == 2 and report.rebuilt
    for db in paths.index_dir(data).glob("g-*/index.sqlite"):
        db.write_bytes(b"\x00garbage" * 500)
    assert _ids(library, data, "quokka") == ["guides/one"]


def test_a_missing_library_folder_is_refused_and_nothing_is_written(tmp_path: Path):
    from desktop.core.library.documents import LibraryError

    data = tmp_path / "data"
    with pytest.raises(LibraryError) as info:
        search_library(tmp_path / "nowhere", data, "quokka")
    assert info.value.code == "library.missing-folder"
    assert not data.exists()


def test_an_index_changed_for_another_library_is_not_trusted(library: Path, tmp_path: Path):
    from desktop.core.library.documents import load_library
    from desktop.core.search.documents import open_index

    data = tmp_path / "data"
    assert _ids(library, data, "quokka") == ["guides/one"]
    # The app, on the same data folder, indexes another library.
    other = tmp_path / "other"
    _doc(other, "x", "Other guide", "About the narwhal.")
    index, report = open_index(paths.index_dir(data), load_library(other))
    index.close()
    assert report.rebuilt or report.added
    # The one-off search of the first library must not answer from that index.
    assert _ids(library, data, "quokka") == ["guides/one"]
    assert _ids(library, data, "narwhal") == []
