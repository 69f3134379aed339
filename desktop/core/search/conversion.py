"""Library documents as the search index sees them: ``IndexDoc`` records.

Kept apart from opening the index (``search.documents``) and from the bundle's prebuilt
index (``search.prebuilt``), which both need it, so neither imports the other for it.
"""

from __future__ import annotations

from typing import Any

from desktop.core.library.documents import Document, Library
from index import IndexDoc


def index_body(doc: Document) -> str:
    """The text the index reads for ``doc``: its body, and a checklist's items."""
    body = doc.body
    if doc.checklist is not None:
        # Questions and guidance live in the front matter; make them findable too.
        body += "\n\n" + "\n\n".join(
            f"{item.id} {item.ask}\n{item.guidance}\n{item.evidence}"
            for item in doc.checklist.items
        )
    return body


class LibraryIndexDoc(IndexDoc):
    """An ``IndexDoc`` whose body is made from its document when the index reads it.

    Opening the index checks every document's fingerprint but writes only the new and
    changed ones: the bodies of a large library are not all held at once for that."""

    def __init__(self, doc: Document | None = None, body: str = "", **fields: Any) -> None:
        # Without a document (``dataclasses.replace``), the body given is the body.
        object.__setattr__(self, "_doc", doc)
        super().__init__(body=body, **fields)

    @property  # type: ignore[override]
    def body(self) -> str:
        return self._text if self._doc is None else index_body(self._doc)

    @body.setter
    def body(self, text: str) -> None:
        """The dataclass's ``__init__`` sets the field (unused while there is a document)."""
        object.__setattr__(self, "_text", text)


def to_index_doc(doc: Document) -> IndexDoc:
    """The fields the index needs; the file hash decides whether to re-index."""
    return LibraryIndexDoc(
        doc,
        id=doc.id,
        title=doc.title,
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
