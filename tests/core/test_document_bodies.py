"""Document bodies held compressed, and the index's view of them made only when read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.library.documents import Document, load_library
from desktop.core.search.conversion import index_body, index_docs
from desktop.core.search.documents import open_index
from index import SearchQuery


def _doc(body: str) -> Document:
    return Document(id="a", path="a.md", title="A", type="guide", body=body)


@given(st.text())
def test_any_body_reads_back_as_written(body: str) -> None:
    doc = _doc(body)
    assert doc.body == body
    assert dataclasses.replace(doc, title="B").body == body
    doc.body = body + "more"
    assert doc.body == body + "more"


def test_a_long_body_is_held_in_fewer_bytes_than_its_text() -> None:
    text = "Regulators inspect foundation models before they are deployed. " * 200
    arabic = "تفتيش النماذج الأساسية قبل نشرها. " * 200
    for body in (text, arabic):
        doc = _doc(body)
        assert doc.body == body
        assert len(doc._packed) < len(body.encode()) / 3
    assert "inspect" in repr(_doc(text))
    assert _doc(text) == _doc(text) and _doc(text) != _doc(arabic)


def test_the_index_reads_bodies_and_checklist_items_from_the_library(
    small_library: Path, tmp_path: Path
) -> None:
    library = load_library(small_library)
    records = {r.id: r for r in index_docs(library)}
    for doc_id, doc in library.documents.items():
        assert records[doc_id].body == index_body(doc)
    mini = library.documents["checklists/mini"]
    assert mini.checklist is not None
    first = mini.checklist.items[0]
    assert records["checklists/mini"].body.startswith(mini.body)
    assert first.ask in records["checklists/mini"].body
    # A record changed the usual way keeps what it was given.
    edited = dataclasses.replace(records["glossary"], body="other words")
    assert edited.body == "other words" and edited.title == records["glossary"].title
    index, report = open_index(tmp_path / "index", library)
    try:
        assert report.added == len(library.documents)
        hits = index.search(SearchQuery(text=first.ask, semantic=False)).hits
        assert "checklists/mini" in [h.id for h in hits]
    finally:
        index.close()
