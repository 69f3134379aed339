"""Library documents as the search index sees them: ``IndexDoc`` records.

Kept apart from opening the index (``search.documents``) and from the bundle's prebuilt
index (``search.prebuilt``), which both need it, so neither imports the other for it.
"""

from __future__ import annotations

from desktop.core.library.documents import Document, Library
from index import IndexDoc


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
    """The records of every document of ``library``, in the library's order."""
    return [to_index_doc(doc) for doc in library.sorted_documents()]
