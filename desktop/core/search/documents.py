"""Bridge between library documents and the engine-neutral search index."""

from __future__ import annotations

from pathlib import Path

from desktop.core.library.documents import Library
from desktop.core.search.conversion import index_docs, to_index_doc
from desktop.core.search.prebuilt import adopt_bundled_index
from index import IndexReport, SearchIndex
from index.api import ProgressFn

# Importers of this module use these names; they live in search.conversion.
__all__ = ["index_docs", "open_index", "to_index_doc"]


def open_index(
    directory: Path, library: Library, progress: ProgressFn | None = None
) -> tuple[SearchIndex, IndexReport]:
    """Open the index for ``library``, building or updating it as needed (never fatal).

    On the first start of a frozen bundle the index prebuilt at build time is adopted
    first, so a slow laptop only checks fingerprints instead of indexing everything."""
    adopt_bundled_index(directory)
    index = SearchIndex(directory)
    report = index.ensure(index_docs(library), progress)
    return index, report
