"""Answering a query on an open index: match, filter, count facets, rank a page, and
dress the hits with snippets and a "did you mean"."""

from __future__ import annotations

import heapq
from functools import partial
from operator import itemgetter
from typing import Any

from whoosh import query

from index.analysis import PAIR_SEP, analysis_key
from index.api import FACET_FIELDS, Hit, SearchQuery, SearchResults
from index.facets import facet_counts
from index.opened import OpenIndex
from index.query import Parsed, localize, parse
from index.ranking import bm25f, proximity_units, units_of
from index.snippets import find_spans, lead_snippet, make_snippet
from index.suggestions import expand, suggestion
from index.text import normalize_language
from index.text import normalize_value as norm

_FILTER_ALIASES = {
    "types": "type",
    "components": "component",
    "audiences": "audience",
    "lang": "language",
    "languages": "language",
    "tags": "tag",
    "packs": "pack",
}


def search(state: OpenIndex, sq: SearchQuery) -> SearchResults:
    """Run ``sq`` on the open index (the caller holds the index's lock)."""
    ds = state.docsets
    assert ds is not None
    parsed = parse(sq.text or "", prefix=sq.prefix)
    filters, filter_notice = normalize_filters(sq.filters)
    notices = [n for n in (parsed.notice, filter_notice) if n]

    final: query.Query | None = None
    if parsed.query is not query.NullQuery:
        final = _localized(state, parsed)
        if final is query.NullQuery and parsed.has_text and state.keys and not notices:
            notices.append("Only very common words were typed; add a more specific word.")

    match = ds.query(final) if final is not None else ds.all_docs()
    filter_sets = {name: ds.facet_union(name, vals) for name, vals in filters.items()}
    allowed = match
    for docs in sorted(filter_sets.values(), key=len):
        allowed = allowed & docs

    facets = facet_counts(ds, match, filter_sets)
    page = _page(state, sq, parsed, final, allowed)
    hits = _hits(state, page, final if parsed.has_text else None, sq.snippets)
    return SearchResults(
        query=sq.text,
        total=len(allowed),
        hits=hits,
        facets=facets,
        suggestion=suggestion(state, sq.text or "", parsed),
        query_id=sq.query_id,
        notice=" ".join(notices) or None,
    )


def normalize_filters(filters: dict[str, list[str]]) -> tuple[dict[str, list[str]], str | None]:
    """Filters by their canonical facet names with normalised values, and a notice naming
    the filters that are not facets (they are ignored)."""
    out: dict[str, list[str]] = {}
    unknown = []
    for name, values in (filters or {}).items():
        field = _FILTER_ALIASES.get(name.lower(), name.lower())
        if field not in FACET_FIELDS:
            unknown.append(name)
            continue
        if isinstance(values, str):
            values = [values]
        if field == "language":
            vals = [normalize_language(v) for v in values]
        else:
            vals = [norm(v) for v in values]
        vals = [v for v in vals if v]
        if vals:
            out.setdefault(field, []).extend(vals)
    notice = f"Unknown filter {', '.join(unknown)} was ignored." if unknown else None
    return out, notice


def _localized(state: OpenIndex, parsed: Parsed) -> query.Query:
    """The parsed query over the fields of every analysis language present, ORed."""
    # Every language present, even under a language filter: the language facet must
    # still count the other languages so the user can widen the filter again.
    localized: list[query.Query] = []
    for key in state.keys:
        lq = localize(parsed.query, key, partial(expand, state))
        if lq is not query.NullQuery and lq not in localized:
            localized.append(lq)
    if not localized:
        return query.NullQuery
    return localized[0] if len(localized) == 1 else query.Or(localized)


def _page(
    state: OpenIndex,
    sq: SearchQuery,
    parsed: Parsed,
    final: query.Query | None,
    allowed: frozenset[int],
) -> list[tuple[int, float]]:
    """(document number, score) of the requested page of ``allowed``, best first."""
    limit = max(0, sq.limit)
    offset = max(0, sq.offset)
    if not allowed or not limit:
        return []
    rank = state.title_rank()
    if final is None or not parsed.has_text:
        # Nothing to rank by: list in title order (e.g. "all checklists").
        chosen = heapq.nsmallest(offset + limit, allowed, key=rank.__getitem__)
        return [(d, 0.0) for d in chosen[offset:]]
    assert state.docsets is not None
    units = units_of(final) + proximity_units(parsed.runs, state.keys)
    scores = bm25f(state.docsets, units, allowed)
    # Best score first (itemgetter keeps the selection in C); equal scores then in title
    # order, so a page is stable.
    best = heapq.nlargest(offset + limit, scores.items(), key=itemgetter(1))
    best.sort(key=lambda kv: (-kv[1], rank[kv[0]]))
    page = [(d, s) for d, s in best[offset:]]
    if len(scores) < len(allowed) and len(best) < offset + limit:
        # Matches without a scored term (e.g. "*" or NOT-only queries).
        rest = heapq.nsmallest(
            offset + limit - len(best),
            (d for d in allowed if d not in scores),
            key=rank.__getitem__,
        )
        page += [(d, 0.0) for d in rest[max(0, offset - len(best)) :]]
    return page


def _hits(
    state: OpenIndex, page: list[tuple[int, float]], final: query.Query | None, snippets: bool
) -> list[Hit]:
    """The page's documents as hits, with a snippet around the matches (or the lead)."""
    searcher = state.searcher
    assert searcher is not None
    stored = {docnum: searcher.stored_fields(docnum) for docnum, _ in page}
    spans: dict[int, list[tuple[int, int]]] = {}
    if snippets and final is not None and page:
        spans = _spans(final, stored)
    hits = []
    for docnum, score in page:
        fields = stored[docnum]
        snippet = ""
        if snippets:
            text = fields.get("text", "")
            doc_spans = spans.get(docnum)
            snippet = make_snippet(text, doc_spans) if doc_spans else lead_snippet(text)
        hits.append(
            Hit(
                id=fields["id"],
                title=fields.get("title", ""),
                type=fields.get("doctype", ""),
                score=score,
                summary=fields.get("summary", ""),
                path=fields.get("path", ""),
                language=fields.get("lang", "en"),
                snippet=snippet,
            )
        )
    return hits


def _spans(
    final: query.Query, stored: dict[int, dict[str, Any]]
) -> dict[int, list[tuple[int, int]]]:
    """Character spans of the query's positive terms in each page document.

    The terms and spans were stored at index time: no text is analysed again.
    """
    wanted: dict[str, set[str]] = {}
    for unit in units_of(final):
        for term in unit.text.split(PAIR_SEP):
            wanted.setdefault(unit.key, set()).add(term)
    spans: dict[int, list[tuple[int, int]]] = {}
    for docnum, fields in stored.items():
        terms = wanted.get(analysis_key(fields.get("lang", "en")))
        if terms:
            found = find_spans(fields.get("terms", ""), fields.get("spans", b""), terms)
            if found:
                spans[docnum] = found
    return spans
