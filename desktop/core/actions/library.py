"""Library use cases shared by ``accord check | search | show | index rebuild`` and the app.

Each takes plain values (folders, a query, an id) and raises
:class:`desktop.core.library.documents.LibraryError` with a code a front end turns into
its own hint: ``library.missing-folder`` (the CLI says "pass one with --library DIR"),
``library.no-document`` (the CLI says "find ids with: accord search WORDS").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.library.documents import Document, Library, LibraryError, Problem, load_library
from desktop.core.library.review import StaleDocument, review_warnings, stale_documents
from desktop.core.library.translations import translation_problems
from desktop.core.storage import paths

if TYPE_CHECKING:
    from desktop.core.library.combined import LibrarySet
    from desktop.core.library.render import Rendered
    from index import IndexReport, SearchResults


@dataclass(frozen=True)
class LibraryCheck:
    """What checking one library folder found (``accord check``)."""

    root: Path
    library: Library
    # The writers' warnings (AI Act dates outside the timeline, stale translations).
    review: list[Problem] = field(default_factory=list)
    stale: list[StaleDocument] | None = None  # with --stale DAYS

    @property
    def errors(self) -> list[Problem]:
        """Problems that stop a document or checklist from loading."""
        return self.library.errors()

    @property
    def warnings(self) -> list[Problem]:
        """Problems the library loads with (broken links, unknown types…) and the
        writers' warnings."""
        return self.library.warnings() + self.review

    def as_json(self) -> dict[str, Any]:
        """The report ``accord check --json`` prints (``stale`` only with --stale)."""
        report: dict[str, Any] = {
            "documents": len(self.library.documents),
            "errors": [p.as_dict() for p in self.errors],
            "warnings": [p.as_dict() for p in self.warnings],
        }
        if self.stale is not None:
            report["stale"] = [s.as_json() for s in self.stale]
        return report


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise LibraryError(
            f"the library folder {folder} does not exist",
            code="library.missing-folder",
            details={"path": str(folder)},
        )


def check_library(root: Path, stale_days: int | None = None) -> LibraryCheck:
    """Load every document of the library folder ``root`` (nothing else: no packs) and
    report its errors and warnings, including bodies over the rendering bounds (which
    loading alone does not look at, to keep start-up fast); with ``stale_days``, also the
    documents whose review is older than that."""
    _require_folder(root)
    library = load_library(root)
    library.problems.extend(body_problems(library))
    library.problems.extend(translation_problems(library))
    stale = stale_documents(library, stale_days) if stale_days is not None else None
    return LibraryCheck(root, library, review_warnings(library), stale)


def body_problems(library: Library) -> list[Problem]:
    """An error for each document whose body goes over a bound of
    :mod:`desktop.core.library.limits` (the reader shows it as plain text)."""
    from desktop.core.library.limits import overflow

    problems = []
    for doc in library.documents.values():
        over = overflow(doc.body, doc.body_line)
        if over is not None:
            problems.append(
                Problem(doc.path, over.line, f"{over.message}; it is shown as plain text")
            )
    return problems


def _bundled(library_dir: Path) -> bool:
    """Whether ``library_dir`` is the bundled library (an installed "core" pack may then
    replace it; never a folder chosen explicitly, e.g. a writer previewing their own)."""
    return library_dir.resolve() == paths.bundled_library().resolve()


def open_library(library_dir: Path, data_dir: Path) -> LibrarySet:
    """The library people read: ``library_dir`` plus the packs installed in ``data_dir``.

    An installed "core" pack replaces only the bundled library, never a folder chosen
    explicitly (a writer previewing their own library).
    """
    _require_folder(library_dir)
    from desktop.core.library.combined import load_library_set

    return load_library_set(library_dir, data_dir, installed_core=_bundled(library_dir))


def search_library(
    library_dir: Path,
    data_dir: Path,
    text: str,
    filters: Mapping[str, Sequence[str]] | None = None,
    limit: int = 10,
    language: str = "",
) -> SearchResults:
    """Search the library of ``library_dir`` and the packs installed in ``data_dir``.

    When the index already reflects the library (``search.freshness``) it is searched at
    once, without reading a document; otherwise the library is loaded and the index built
    or brought up to date first. ``filters`` maps a facet (type, component, audience,
    language, tag, pack) to the values it accepts; ``language`` is the interface language
    ("did you mean" prefers its words when a query could be either).
    """
    from desktop.core.search import freshness
    from desktop.core.search.documents import open_index
    from index import SearchIndex, SearchQuery

    _require_folder(library_dir)
    index_dir = paths.index_dir(data_dir)
    state = freshness.library_state(library_dir, data_dir, _bundled(library_dir))
    query = SearchQuery(
        text=text,
        filters={name: list(values) for name, values in (filters or {}).items()},
        limit=limit,
        language=language,
    )
    if freshness.is_current(index_dir, state):
        index = SearchIndex(index_dir)
        try:
            results = index.search(query)
            if not index.damaged:
                return results
        finally:
            index.close()
    library = open_library(library_dir, data_dir).library
    index, _report = open_index(index_dir, library)
    try:
        results = index.search(query)
    finally:
        index.close()
    freshness.record(index_dir, state)
    return results


def rebuild_index(library_dir: Path, data_dir: Path) -> tuple[int, IndexReport]:
    """Build the search index of the library afresh; returns (documents, report)."""
    from desktop.core.search import freshness
    from desktop.core.search.documents import index_docs
    from index import SearchIndex

    _require_folder(library_dir)
    index_dir = paths.index_dir(data_dir)
    state = freshness.library_state(library_dir, data_dir, _bundled(library_dir))
    library = open_library(library_dir, data_dir).library
    freshness.forget(index_dir)
    index = SearchIndex(index_dir)
    try:
        report = index.rebuild(index_docs(library))
    finally:
        index.close()
    freshness.record(index_dir, state)
    return len(library.documents), report


def find_document(library: Library, doc_id: str) -> Document:
    """The document with id ``doc_id``, or the one a wikilink target names."""
    doc = library.get(doc_id) or library.resolve(doc_id)
    if doc is None:
        raise LibraryError(
            f"no document with id '{doc_id}'",
            code="library.no-document",
            details={"id": doc_id},
        )
    return doc


def document_record(doc: Document) -> dict[str, Any]:
    """A document's metadata and body (``accord show --json``)."""
    return {
        "id": doc.id,
        "title": doc.title,
        "type": doc.type,
        "summary": doc.summary,
        "language": doc.language,
        "tags": doc.tags,
        "components": doc.components,
        "audience": doc.audience,
        "version": doc.version,
        "reviewed": doc.reviewed,
        "sources": doc.sources,
        "license": doc.license,
        "path": doc.path,
        "body": doc.body,
    }


def document_html(doc: Document, library: Library) -> Rendered:
    """The document rendered as sanitised HTML, links resolved in ``library`` (with the
    reason, in ``problem``, when it is shown as plain text)."""
    from desktop.core.library.render import render_document

    return render_document(doc, library)
