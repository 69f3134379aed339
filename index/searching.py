"""Answering a query on an open index: match, filter, count facets, rank a page, and dress
the hits with snippets and a "did you mean".

Matching is lexical (``matching.py``): all the words, or when no document has them all,
some of them. Plain-word queries also get a meaning-based part (``hybrid.py``): documents
close in meaning join the results and both scores are fused into one ranking.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from typing import Any

from whoosh import query

import index.hybrid as hybrid
import index.matching as matching
from index.analysis import FALLBACK, analyze_word, term_spans
from index.api import FACET_FIELDS, Hit, SearchQuery, SearchResults
from index.facets import facet_counts
from index.opened import OpenIndex
from index.query import CONTENT, Parsed, parse
from index.snippets import MAX_SPANS, lead_snippet, make_snippet
from index.suggestions import query_language, suggestion
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


class _Ranked:
    """The candidates of a query with their scores, and how they were found."""

    def __init__(self, match: frozenset[int], scores: dict[int, float] | None) -> None:
        self.match = match
        self.scores = scores  # None: nothing to rank by (title order)
        self.kind = "all"
        self.related: frozenset[int] = frozenset()
        self.semantic = False


# The library's own language, preferred when the caller names none (the CLI).
DEFAULT_LANGUAGE = "en"


def search(state: OpenIndex, sq: SearchQuery, model: Any = None) -> SearchResults:
    """Run ``sq`` on the open index (the caller holds the index's lock)."""
    parsed = parse(sq.text or "", prefix=sq.prefix)
    filters, filter_notice = normalize_filters(sq.filters)
    notices = [n for n in (parsed.notice, filter_notice) if n]
    filter_sets = {name: state.facet_union(name, vals) for name, vals in filters.items()}
    ranked = _rank(state, parsed, model if sq.semantic else None, filter_sets, notices, sq.text)
    allowed = ranked.match
    for docs in sorted(filter_sets.values(), key=len):
        allowed = allowed & docs
    facets = facet_counts(state, ranked.match, filter_sets)
    # The language the words are written in: for "did you mean" and the order of languages.
    written = (
        query_language(state, list(dict.fromkeys(parsed.words)), sq.language or "")
        if parsed.words and state.keys
        else ""
    )
    page = _page(state, sq, ranked, allowed, *reader_languages(sq, written))
    hits = _hits(state, page, parsed if parsed.has_text else None, ranked, sq.snippets)
    kind = ranked.kind if allowed else "none"
    return SearchResults(
        query=sq.text,
        total=len(allowed),
        hits=hits,
        facets=facets,
        suggestion=suggestion(state, sq.text or "", parsed, key=written) if written else None,
        query_id=sq.query_id,
        notice=" ".join(notices) or None,
        match=kind,
        related=len(allowed & ranked.related),
        semantic=ranked.semantic,
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


def _rank(
    state: OpenIndex,
    parsed: Parsed,
    model: Any,
    filter_sets: dict[str, frozenset[int]],
    notices: list[str],
    typed: str = "",
) -> _Ranked:
    """The matching documents and their scores: all the words, else some, plus meaning."""
    if parsed.query is query.NullQuery:
        return _Ranked(state.all_docs(), None)
    plain = _plain(parsed)
    lexical = _plain_words(state, parsed) if plain else _any_query(state, parsed)
    if lexical is None:
        if parsed.has_text and state.keys and not notices:
            notices.append("Only very common words were typed; add a more specific word.")
        return _Ranked(frozenset(), None)
    ranked, scores, coverage, counted = lexical
    if scores is None:
        return ranked
    match = ranked.match
    if not plain:
        for d, bonus in matching.neighbours(state, parsed.runs, match).items():
            scores[d] = scores.get(d, 0.0) + bonus
    sem = hybrid.meaning(state, model, _meaning_text(parsed, typed)) if plain else None
    allowed = state.all_docs()
    for docs in filter_sets.values():
        allowed = allowed & docs
    # Meaning-only documents join a question in everyday words, or a query of which some
    # word is in the library. A word or two found nowhere ("wombat") gets a "did you mean"
    # rather than documents that are only vaguely alike (a static model's cosines for an
    # unknown word are noise).
    words = len(parsed.words)
    related = words >= hybrid.RELATED_MIN_WORDS or (ranked.kind == "some" and bool(match))
    fused = hybrid.fuse(scores, allowed, sem, coverage, counted, add_related=related, words=words)
    # Matched documents beyond the lexical depth take part with what they have (meaning).
    ranked.scores = fused
    ranked.match = match | frozenset(fused)
    ranked.related = frozenset(fused) - match
    ranked.semantic = sem is not None
    return ranked


_Lexical = tuple[_Ranked, dict[int, float] | None, Counter[int] | None, int]


def _plain_words(state: OpenIndex, parsed: Parsed) -> _Lexical | None:
    """All the words (one ranked FTS5 query per language), else some of them."""
    languages = matching.per_language(state, parsed)
    if not languages:
        return None
    match, scores = matching.all_words_ranked(state, languages, parsed.runs)
    ranked = _Ranked(match, None)
    if match:
        return ranked, scores, None, 0
    ranked.kind = "some"
    ranked.match, scores, coverage, counted = matching.some_words_ranked(state, languages)
    return ranked, scores, coverage, counted


def _any_query(state: OpenIndex, parsed: Parsed) -> _Lexical | None:
    """Any other query (phrases, fields, operators): evaluated per language."""
    trees = matching.localized(state, parsed.query)
    if not trees:
        return None
    match = matching.all_words(state, trees)
    ranked = _Ranked(match, None)
    if not parsed.has_text:
        return ranked, None, None, 0
    coverage: Counter[int] | None = None
    counted = 0
    if not match:
        match, coverage, counted = matching.any_words(state, parsed)
        ranked.kind = "some"
        ranked.match = match
    scores = matching.bm25(state, matching.any_of(matching.fts_leaves(trees)), match)
    # Documents matched without a scored term (e.g. a NOT-only query) still rank, last.
    scores.update({d: 0.0 for d in match if d not in scores})
    return ranked, scores, coverage, counted


def _plain(parsed: Parsed) -> bool:
    """Plain words only (no quotes, operators or fields): the meaning-based part applies."""
    leaves = list(matching.positive_leaves(parsed.query))
    simple = all(
        isinstance(leaf, query.Term | query.Prefix) and leaf.fieldname == CONTENT for leaf in leaves
    )
    tree_ok = isinstance(parsed.query, query.Term | query.Prefix | query.And)
    return bool(leaves) and simple and tree_ok and not matching.negative_leaves(parsed.query)


def _meaning_text(parsed: Parsed, typed: str = "") -> str:
    """The words the meaning is taken from: the typed words, without an unfinished prefix,
    in the case they were typed in. The parser lower-cases its terms, but the model's
    tokenizer tells "AI" from "ai" (the documents' vectors are taken from their text as
    written), so each term gets back its typed form when the typed text has it."""
    typed_forms: dict[str, list[str]] = {}
    for word in _WORD.findall(typed or ""):
        typed_forms.setdefault(word.lower(), []).append(word)
    finished = []
    for leaf in matching.positive_leaves(parsed.query):
        if isinstance(leaf, query.Term):
            forms = typed_forms.get(leaf.text)
            finished.append(forms.pop(0) if forms else leaf.text)
    return " ".join(finished)


#: A typed word, as the query parser splits them (letters and digits of any script).
_WORD = re.compile(r"\w+")


def reader_languages(sq: SearchQuery, written: str) -> tuple[str, list[str]]:
    """The reader's language and the languages whose documents come before the others,
    for a query whose words look like language ``written`` ("" when it has none).

    The reader's language is the caller's (the app names the interface language), else the
    one the query is written in (``accord search "qu'est-ce qu'un bac à sable ?"`` reads
    for a French reader), else the library's own (English). The first languages are the
    reader's, the query's and the library's own: translations into other languages come
    after them (a Portuguese glossary that quotes "human oversight" in English must not
    push the English standard down).
    """
    if written == FALLBACK:
        written = ""
    reader = sq.language or written or DEFAULT_LANGUAGE
    return reader, sorted({reader, written or reader, DEFAULT_LANGUAGE})


def _page(
    state: OpenIndex,
    sq: SearchQuery,
    ranked: _Ranked,
    allowed: frozenset[int],
    reader: str,
    first: list[str],
) -> list[tuple[int, float]]:
    """(document number, score) of the requested page of ``allowed``, best first."""
    limit = max(0, sq.limit)
    offset = max(0, sq.offset)
    if not allowed or not limit:
        return []
    rank = state.title_rank()
    if ranked.scores is None:
        chosen = heapq.nsmallest(offset + limit, allowed, key=rank.__getitem__)
        return [(d, 0.0) for d in chosen[offset:]]
    scores = ranked.scores
    want = offset + limit
    scored = [(d, s) for d, s in scores.items() if s > 0 and d in allowed]
    # Documents in the reader's, the query's or the library's own language come before
    # translations into other languages. Among them, the reader's language gets a head
    # start rather than a tier of its own: most of the library is English, and a French
    # reader's question must not bury the English standard that answers it under every
    # French document that shares a word. Equal scores in title order (stable pages).
    leading = state.facet_union("language", first)
    preferred = state.facet_union("language", [reader])
    boost = 1.0 + hybrid.LANGUAGE_BONUS

    def order(kv: tuple[int, float]) -> tuple[bool, float, int]:
        d, score = kv
        return (d not in leading, -score * (boost if d in preferred else 1.0), rank[d])

    best = heapq.nsmallest(want, scored, key=order)
    if len(best) < want:
        # The rest scored nothing (e.g. past the lexical depth): in title order.
        seen = {d for d, _s in best}
        rest = heapq.nsmallest(
            want - len(best), (d for d in allowed if d not in seen), key=rank.__getitem__
        )
        best += [(d, 0.0) for d in rest]
    return best[offset:]


def _hits(
    state: OpenIndex,
    page: list[tuple[int, float]],
    parsed: Parsed | None,
    ranked: _Ranked,
    snippets: bool,
) -> list[Hit]:
    """The page's documents as hits, with a snippet around the matches (or the lead)."""
    stored = state.stored([d for d, _s in page])
    wanted = _wanted_terms(state, parsed) if snippets and parsed is not None else {}
    hits = []
    for docnum, score in page:
        fields = stored[docnum]
        snippet = ""
        if snippets:
            text = fields["text"]
            spans = _spans(fields, text, wanted)
            snippet = make_snippet(text, spans) if spans else lead_snippet(text)
        hits.append(
            Hit(
                id=fields["id"],
                title=fields["title"],
                type=fields["doctype"],
                score=score,
                summary=fields["summary"],
                path=fields["path"],
                language=fields["lang"],
                snippet=snippet,
                related=docnum in ranked.related,
            )
        )
    return hits


#: Snippets look for the query's words in this much of a text first (the whole text only
#: when they are not there): the best window is nearly always early, and tokenising a long
#: text for every hit cost most of a query's time.
SNIPPET_SCAN = 2500


def _spans(fields: dict[str, Any], text: str, wanted: dict[str, set[str]]) -> list[tuple[int, int]]:
    """Where the query's terms are in a hit's text."""
    terms = wanted.get(fields["analysis"], set())
    if not terms:
        return []
    spans = term_spans(fields["analysis"], text[:SNIPPET_SCAN], terms, MAX_SPANS)
    if not spans and len(text) > SNIPPET_SCAN:
        spans = term_spans(fields["analysis"], text, terms, MAX_SPANS)
    return spans


def _wanted_terms(state: OpenIndex, parsed: Parsed) -> dict[str, set[str]]:
    """The index terms of the typed words, per analysis language (what snippets mark)."""
    words = list(parsed.words)
    for leaf in matching.positive_leaves(parsed.query):
        if isinstance(leaf, query.Prefix | query.Wildcard):
            words.extend(matching.expand(state, leaf))
    return {key: {t for w in words for t in analyze_word(key, w)} for key in state.keys}
