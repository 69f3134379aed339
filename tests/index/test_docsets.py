"""Bulk posting reads and multi-segment indexes (the paths small fixtures never reach)."""

from __future__ import annotations

from pathlib import Path

import pytest

import index.whoosh_engine as engine
from index import IndexDoc, SearchIndex, SearchQuery
from index.docsets import _read_postings


def _many(n: int, word: str = "common") -> list[IndexDoc]:
    return [
        IndexDoc(
            id=f"d{i:04d}",
            title=f"Document {i}",
            body=f"A {word} word and a rare{i} word. " + ("padding " * (i % 7)),
            type="guide" if i % 3 else "checklist",
            fingerprint="1",
        )
        for i in range(n)
    ]


def test_bulk_read_matches_whoosh_matcher_across_blocks(tmp_path: Path):
    # 300 documents: the "common" posting list spans three 128-posting blocks.
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(_many(300))
    reader = ix._searcher.reader()  # type: ignore[union-attr]
    for fieldname, text in (("body_en", "common"), ("type", "guide"), ("spell", "word")):
        ids, weights = _read_postings(reader, fieldname, text)
        m = reader.postings(fieldname, text)
        expected_ids, expected_weights = [], []
        while m.is_active():
            expected_ids.append(m.id())
            expected_weights.append(m.weight())
            m.next()
        assert len(ids) > 128
        assert ids == expected_ids and list(weights) == expected_weights
    ix.close()


def test_multi_segment_index_with_deletions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Never optimise incremental commits: segments and deleted documents stay visible.
    monkeypatch.setattr(engine, "OPTIMISE_UP_TO", 0)
    monkeypatch.setattr(engine, "REBUILD_SHARE", 10.0)
    docs = _many(200)
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    kept = [d for d in docs if int(d.id[1:]) % 10]  # delete every tenth document
    extra = [
        IndexDoc(
            id="x1", title="Extra one", body="A common word, also zebracorn.", fingerprint="1"
        ),
        IndexDoc(id="x2", title="Extra two", body="Only zebracorn here.", fingerprint="1"),
    ]
    report = ix.update([*kept, *extra])
    assert (report.added, report.removed) == (2, 20)
    reader = ix._searcher.reader()  # type: ignore[union-attr]
    assert len(reader.leaf_readers()) > 1 and reader.has_deletions()

    results = ix.search(SearchQuery(text="common", limit=500))
    assert results.total == len(kept) + 1
    assert {h.id for h in results.hits} == {d.id for d in kept} | {"x1"}
    # Deleted documents are not counted; "x1" has the default type.
    assert results.facets["type"] == {
        "guide": sum(1 for d in kept if d.type == "guide"),
        "checklist": sum(1 for d in kept if d.type == "checklist"),
        "reference": 1,
    }
    # The second segment's documents are found with the right ids, snippets and ranking.
    zebra = ix.search(SearchQuery(text="zebracorn"))
    assert [h.id for h in zebra.hits] == ["x2", "x1"]  # the shorter document ranks first
    assert "<mark>zebracorn</mark>" in zebra.hits[0].snippet
    assert ix.suggest("zebracorm") == ["zebracorn"]
    assert ix.search(SearchQuery(text="rare10")).total == 0  # deleted
    assert ix.search(SearchQuery(text="rare11")).total == 1
    ix.close()
