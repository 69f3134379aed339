"""The index as a cache: building, incremental updates, damage, versions, threads."""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path

import pytest

from index import IndexDoc, SearchIndex, SearchQuery
from index.storage import MANIFEST

from .conftest import make_docs


def ids(ix: SearchIndex, text: str, **kwargs: object) -> list[str]:
    return [h.id for h in ix.search(SearchQuery(text=text, limit=100, **kwargs)).hits]  # type: ignore[arg-type]


def generation_dir(directory: Path) -> Path:
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    return directory / manifest["generation"]


# ----------------------------------------------------------------- building and opening


def test_missing_directory_is_created(tmp_path: Path, docs):
    directory = tmp_path / "a" / "b" / "index"
    ix = SearchIndex(directory)
    assert not directory.exists()  # __init__ does nothing heavy
    report = ix.ensure(docs)
    assert report.rebuilt and report.reason == "no index yet"
    assert report.added == len(docs)
    assert (directory / MANIFEST).is_file()
    assert ix.doc_count() == len(docs)
    ix.close()


def test_second_ensure_reuses_the_index(tmp_path: Path, docs):
    SearchIndex(tmp_path / "ix").ensure(docs)
    again = SearchIndex(tmp_path / "ix")
    report = again.ensure(docs)
    assert not report.rebuilt
    assert (report.added, report.updated, report.removed) == (0, 0, 0)
    assert ids(again, '"foundation models"') == ["standards/foundation-models"]
    again.close()


def test_search_before_any_index_does_not_raise(tmp_path: Path):
    ix = SearchIndex(tmp_path / "nothing")
    results = ix.search(SearchQuery(text="governance", query_id=9))
    assert results.total == 0 and results.hits == []
    assert results.notice and results.query_id == 9
    assert ix.doc_count() == 0
    assert ix.suggest("goverance") == []


def test_rebuild_is_a_single_segment_and_cleans_old_generations(index: SearchIndex, docs):
    first = generation_dir(index.directory)
    report = index.rebuild(docs)
    assert report.rebuilt
    second = generation_dir(index.directory)
    assert second != first and not first.exists()
    assert [p.name for p in second.iterdir()] == ["index.sqlite"]
    assert ids(index, "sandbox") == ["reference/security"]


def test_duplicate_ids_keep_the_first(tmp_path: Path, docs):
    dup = dataclasses.replace(docs[0], title="Another title", fingerprint="x")
    ix = SearchIndex(tmp_path / "ix")
    report = ix.ensure([*docs, dup])
    assert report.added == len(docs)
    assert ix.doc_count() == len(docs)
    ix.close()


def test_progress_is_reported_and_can_cancel(tmp_path: Path, docs):
    calls: list[tuple[int, int]] = []
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(docs), len(docs))
    assert all(total == len(docs) for _, total in calls)

    # A cancelled rebuild leaves the previous index in place.
    changed = [dataclasses.replace(d, fingerprint="new") for d in docs[:3]]
    report = ix.rebuild(changed, progress=lambda done, total: False)
    assert report.reason == "cancelled" and not report.rebuilt
    assert ix.doc_count() == len(docs)
    assert len([p for p in ix.directory.iterdir() if p.name.startswith("g-")]) == 1
    ix.close()


# ----------------------------------------------------------------- incremental updates


def test_incremental_update(index: SearchIndex, docs: list[IndexDoc]):
    by_id = {d.id: d for d in docs}
    changed = dataclasses.replace(
        by_id["playbooks/training"],
        body="Trainers now cover zebracorn audits.",
        fingerprint="v2",
    )
    added = IndexDoc(
        id="guides/new", title="A new guide", body="Quokkas are friendly.", fingerprint="n1"
    )
    removed_id = "reference/security"
    new_docs = [changed if d.id == changed.id else d for d in docs if d.id != removed_id]
    new_docs.append(added)

    report = index.update(new_docs)
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert not report.rebuilt

    assert ids(index, "zebracorn") == ["playbooks/training"]
    assert ids(index, "signatures") == []  # the old body is gone
    assert ids(index, "quokkas") == ["guides/new"]
    assert ids(index, "sandbox") == []
    assert removed_id not in ids(index, "")
    assert index.doc_count() == len(new_docs)
    # Facets and suggestions follow the update too.
    facets = index.search(SearchQuery(text="")).facets
    assert facets["type"]["reference"] == 1  # the new guide has the default type
    assert "reference/security" not in ids(index, "", filters={"type": ["reference"]})
    assert index.suggest("zebracorm") == ["zebracorn"]

    # Unchanged documents are left alone: a second pass finds nothing to do.
    again = index.ensure(new_docs)
    assert (again.added, again.updated, again.removed, again.rebuilt) == (0, 0, 0, False)


def test_documents_without_fingerprint_are_hashed(tmp_path: Path):
    docs = [
        IndexDoc(id="a", title="Alpha", body="first text"),
        IndexDoc(id="b", title="B", body="x"),
    ]
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    assert ix.ensure(docs).updated == 0
    edited = [dataclasses.replace(docs[0], body="second text"), docs[1]]
    assert ix.ensure(edited).updated == 1
    assert ids(ix, "second") == ["a"]
    ix.close()


def test_update_survives_reopen(tmp_path: Path, docs):
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    ix.update(docs[:-1])
    ix.close()
    reopened = SearchIndex(tmp_path / "ix")
    assert reopened.doc_count() == len(docs) - 1
    assert reopened.ensure(docs[:-1]).rebuilt is False
    reopened.close()


# ----------------------------------------------------------------- damage and versions


def _database(directory: Path) -> Path:
    return generation_dir(directory) / "index.sqlite"


def _truncate_segment(directory: Path) -> None:
    db = _database(directory)
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])


def _garbage_segment(directory: Path) -> None:
    _database(directory).write_bytes(b"\x00garbage" * 500)


def _garbage_toc(directory: Path) -> None:
    # The SQLite header (the first 100 bytes) overwritten: not a database any more.
    db = _database(directory)
    data = bytearray(db.read_bytes())
    data[:100] = b"not a database header at all".ljust(100, b"!")
    db.write_bytes(bytes(data))


def _garbage_manifest(directory: Path) -> None:
    (directory / MANIFEST).write_text("{ this is not json", encoding="utf-8")


def _delete_generation(directory: Path) -> None:
    import shutil

    shutil.rmtree(generation_dir(directory))


def _empty_manifest(directory: Path) -> None:
    (directory / MANIFEST).write_bytes(b"")


@pytest.mark.parametrize(
    "damage",
    [
        _truncate_segment,
        _garbage_segment,
        _garbage_toc,
        _garbage_manifest,
        _empty_manifest,
        _delete_generation,
    ],
)
def test_damaged_index_is_rebuilt(tmp_path: Path, docs, damage):
    directory = tmp_path / "ix"
    first = SearchIndex(directory)
    first.ensure(docs)
    first.close()
    damage(directory)

    ix = SearchIndex(directory)
    report = ix.ensure(docs)
    assert report.rebuilt
    assert report.reason
    assert ids(ix, '"foundation models"') == ["standards/foundation-models"]
    assert ix.doc_count() == len(docs)
    ix.close()


def test_search_on_unreadable_index_is_not_fatal(tmp_path: Path, docs):
    directory = tmp_path / "ix"
    ix = SearchIndex(directory)
    ix.ensure(docs)
    ix.close()
    _garbage_segment(directory)
    # The search reopens lazily, fails to, and says so instead of raising...
    results = ix.search(SearchQuery(text="governance", query_id=5))
    assert results.query_id == 5
    assert results.total == 0 and results.notice
    # ...and the next ensure() repairs it.
    assert ix.ensure(docs).rebuilt
    assert "playbooks/inspection" in ids(ix, "inspection")
    ix.close()


def test_failure_during_search_marks_the_index_for_rebuild(index: SearchIndex, docs, monkeypatch):
    import index.matching as matching

    def broken(state, expression):
        raise OSError("read error in postings")

    monkeypatch.setattr(matching, "scored", broken)
    index.drop_caches()
    results = index.search(SearchQuery(text="governance", query_id=8))
    assert results.total == 0 and results.query_id == 8
    assert results.notice and "damaged" in results.notice
    monkeypatch.undo()
    report = index.ensure(docs)
    assert report.rebuilt and "read error" in report.reason
    assert "playbooks/inspection" in ids(index, "inspection")


def test_garbage_inside_a_segment_is_repaired(tmp_path: Path, docs):
    directory = tmp_path / "ix"
    SearchIndex(directory).ensure(docs)
    seg = _database(directory)
    data = bytearray(seg.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 200] = b"\xff" * 200  # same size: only the content is wrong
    seg.write_bytes(bytes(data))

    ix = SearchIndex(directory)
    # SQLite checks page structure, not content (damaged text pages make words silently
    # unfindable); the checksums recorded in the manifest notice.
    report = ix.ensure(docs)
    assert report.rebuilt and "damaged" in report.reason
    assert ids(ix, '"foundation models"') == ["standards/foundation-models"]
    assert ids(ix, "sandbox") == ["reference/security"]
    ix.close()


def test_schema_version_change_rebuilds(tmp_path: Path, docs):
    directory = tmp_path / "ix"
    SearchIndex(directory).ensure(docs)
    manifest_path = directory / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["schema_version"] = SearchIndex.SCHEMA_VERSION - 1
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    ix = SearchIndex(directory)
    report = ix.ensure(docs)
    assert report.rebuilt and "schema version" in report.reason
    assert json.loads(manifest_path.read_text())["schema_version"] == SearchIndex.SCHEMA_VERSION
    ix.close()


def test_schema_version_bump_in_code_rebuilds(tmp_path: Path, docs, monkeypatch):
    directory = tmp_path / "ix"
    SearchIndex(directory).ensure(docs)
    import index.engine as engine

    monkeypatch.setattr(engine, "SCHEMA_VERSION", engine.SCHEMA_VERSION + 1)
    ix = SearchIndex(directory)
    assert ix.ensure(docs).rebuilt
    ix.close()


def test_stray_files_are_cleaned_after_rebuild(tmp_path: Path, docs):
    import os
    import time

    directory = tmp_path / "ix"
    ix = SearchIndex(directory)
    ix.ensure(docs)
    # A generation left by a crash mid-build hours ago, one another process is building
    # right now, and an unrelated user file.
    (directory / "g-crashed").mkdir()
    (directory / "g-crashed" / "MAIN_x.seg").write_bytes(b"partial")
    hours_ago = time.time() - 3 * 3600
    os.utime(directory / "g-crashed", (hours_ago, hours_ago))
    (directory / "g-busy").mkdir()
    (directory / "notes.txt").write_text("keep me")
    ix.rebuild(docs)
    assert not (directory / "g-crashed").exists()
    assert (directory / "g-busy").exists()
    assert (directory / "notes.txt").exists()
    ix.close()


# ----------------------------------------------------------------- threads


def test_concurrent_searches_agree(shared_index: SearchIndex):
    expected = ids(shared_index, "governance")
    errors: list[BaseException] = []
    seen: list[list[str]] = []

    def worker() -> None:
        try:
            for _ in range(20):
                seen.append(ids(shared_index, "governance"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(s == expected for s in seen)


def test_search_during_rebuild_answers_from_the_old_index(tmp_path: Path):
    docs = make_docs()
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    results: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        # Called inside the rebuild: the old index must still answer.
        results.append(ids(ix, '"foundation models"'))

    ix.rebuild([dataclasses.replace(d, fingerprint="2") for d in docs], progress=progress)
    assert results and all(r == ["standards/foundation-models"] for r in results)
    ix.close()


def test_empty_library_then_documents(tmp_path: Path, docs):
    ix = SearchIndex(tmp_path / "ix")
    assert ix.ensure([]).rebuilt
    empty = ix.search(SearchQuery(text="governance"))
    assert empty.total == 0 and empty.notice is None
    report = ix.ensure(docs[:2])
    assert (report.added, report.rebuilt) == (2, False)
    assert ids(ix, '"foundation models"') == ["standards/foundation-models"]
    assert ix.ensure([]).removed == 2
    assert ix.doc_count() == 0 and ids(ix, "") == []
    ix.close()
