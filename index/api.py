"""The engine-neutral search API: plain dataclasses in, plain dataclasses out.

Callers (the CLI, the desktop UI, packs) only use these types and ``SearchIndex``;
the Whoosh implementation lives behind them so the engine can be swapped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

FACET_FIELDS = ("type", "component", "audience", "language", "tag", "pack")


@dataclass(frozen=True)
class IndexDoc:
    """One document as the index sees it."""

    id: str
    title: str
    body: str
    type: str = "reference"
    summary: str = ""
    tags: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    language: str = "en"
    pack: str = "core"
    path: str = ""
    # A hash of everything above: an unchanged fingerprint means no re-indexing.
    fingerprint: str = ""


@dataclass
class SearchQuery:
    """A query with optional facet filters (each a set of accepted values)."""

    text: str
    filters: dict[str, list[str]] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0
    snippets: bool = True
    # Search-as-you-type: treat the last word as a prefix.
    prefix: bool = False
    # Tag echoed back in the results so a UI can drop stale answers.
    query_id: int = 0
    # The interface language (BCP 47): breaks a tie when "did you mean" decides which
    # language the query is in.
    language: str = ""
    # False: words only (no meaning-based part), e.g. to measure the lexical part alone.
    semantic: bool = True


@dataclass
class Hit:
    id: str
    title: str
    type: str
    score: float
    summary: str = ""
    path: str = ""
    language: str = "en"
    # HTML-escaped plain text (no Markdown) with matches wrapped in <mark>…</mark>.
    snippet: str = ""
    # Found by meaning only: the document contains none of the typed words.
    related: bool = False


@dataclass
class SearchResults:
    query: str
    total: int
    hits: list[Hit]
    # facet field -> value -> count, over all matches (before the facet filters are applied
    # to that same field, so a user can widen a filter again).
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    query_id: int = 0
    # A human-readable problem with the query, e.g. an unbalanced quote; results may still exist.
    notice: str | None = None
    # "all": documents with all the words were found; "some": none has them all, so these
    # have some of them (most and best first) or a related meaning; "none": nothing found.
    match: str = "all"
    # How many of ``total`` were found by meaning only (they contain none of the words).
    related: int = 0
    # Whether the meaning-based part took part in this answer.
    semantic: bool = False


@dataclass
class IndexReport:
    """What ``ensure``/``update`` did, for logs and progress."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    rebuilt: bool = False
    reason: str = ""
    seconds: float = 0.0


ProgressFn = Callable[[int, int], bool | None]
"""Called as progress(done, total); returning False cancels the work."""
