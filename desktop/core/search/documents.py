"""Bridge between library documents and the engine-neutral search index."""

from __future__ import annotations

from pathlib import Path

from desktop.core.library.documents import Document, Library
from index import IndexDoc, IndexReport, SearchIndex
from index.api import ProgressFn


def to_index_doc(doc: Document) -> IndexDoc:
    """The fields the index needs; the file hash decides whether to re-index."""
    body = doc.body
    if doc.checklist is not None:
        # Questions and guidance live in the front matter; make them findable too.
        body += "\n\n" + "\n\n".join(
            f"{item.id} {item.ask}\n{item.guidance}\n{item.evidence}"
            for item in doc.checklist.items
        )
    return IndexDoc(
        id=doc.id,
        title=doc.title,
        body=body,
        type=doc.type,
        summary=doc.summary,
        tags=tuple(doc.tags),
        components=tuple(doc.components),
        audience=tuple(doc.audience),
        language=doc.language,
        pack=doc.pack,
        path=doc.path,
        # The pack is part of what the index stores, so a file that moves between packs
        # unchanged must still be re-indexed.
        fingerprint=f"{doc.fingerprint}:{doc.pack}",
    )


def index_docs(library: Library) -> list[IndexDoc]:
    return [to_index_doc(doc) for doc in library.sorted_documents()]


def open_index(
    directory: Path, library: Library, progress: ProgressFn | None = None
) -> tuple[SearchIndex, IndexReport]:
    """Open the index for ``library``, building or updating it as needed (never fatal).

    On the first start of a frozen bundle the index prebuilt at build time is adopted
    first, so a slow laptop only checks fingerprints instead of indexing everything."""
    from desktop.core.search.prebuilt import adopt_bundled_index

    adopt_bundled_index(directory)
    index = SearchIndex(directory)
    report = index.ensure(index_docs(library), progress)
    return index, report
