"""Accord's full-text search: an engine-neutral API (``index.api``) and its SQLite FTS5 engine.

Qt-free by design: this package must never import PySide6 or ``desktop``.
"""

from index.api import (
    FACET_FIELDS,
    Hit,
    IndexDoc,
    IndexReport,
    ProgressFn,
    SearchQuery,
    SearchResults,
)
from index.engine import SearchIndex

__all__ = [
    "FACET_FIELDS",
    "Hit",
    "IndexDoc",
    "IndexReport",
    "ProgressFn",
    "SearchIndex",
    "SearchQuery",
    "SearchResults",
]
