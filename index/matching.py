"""Which documents a query matches: its localized trees evaluated by set algebra.

Each text leaf of a localized query is an FTS5 expression (``query.localize``) answered by
SQLite as a set of document numbers; facet leaves are cached sets; ``And``/``Or``/``Not``
are ``frozenset`` operations (done in C). A language's tree only applies to the documents
analysed in that language, and the languages' results are united.

When no document has *all* the words, :func:`any_words` gives the documents with *some* of
them and how many each has: search never answers "nothing" to a query with a real word.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from functools import partial
from math import log
from operator import itemgetter

from whoosh import query

from index.analysis import analyze_word, indexed
from index.opened import EMPTY, OpenIndex
from index.query import FTS, Parsed, localize, negative_leaves, positive_leaves
from index.suggestions import expand


def evaluate(state: OpenIndex, q: query.Query) -> frozenset[int]:
    """Documents matching a localized query."""
    if isinstance(q, query.qcore._NullQuery):
        return EMPTY
    if isinstance(q, query.Every):
        return state.all_docs()
    if isinstance(q, query.Term):
        if q.fieldname == FTS:
            return state.match(q.text)
        return state.facet(q.fieldname).get(q.text, EMPTY)
    if isinstance(q, query.Or):
        out: set[int] = set()
        for sub in q.subqueries:
            out |= evaluate(state, sub)
        return frozenset(out)
    if isinstance(q, query.And | query.Require):
        subs = list(q.subqueries)
        negs = [s.query for s in subs if isinstance(s, query.Not)]
        pos = [s for s in subs if not isinstance(s, query.Not)]
        result = state.all_docs()
        for sub in pos:
            if not result:
                return EMPTY
            result = result & evaluate(state, sub)
        for neg in negs:
            if not result:
                return EMPTY
            result = result - evaluate(state, neg)
        return result
    if isinstance(q, query.AndNot):
        result = evaluate(state, q.a)
        return result - evaluate(state, q.b) if result else result
    if isinstance(q, query.AndMaybe):
        return evaluate(state, q.a)
    if isinstance(q, query.Not):
        return state.all_docs() - evaluate(state, q.query)
    return EMPTY


def localized(state: OpenIndex, q: query.Query) -> dict[str, query.Query]:
    """``q`` localized for every analysis language of the index (NullQuery ones left out)."""
    out = {}
    for key in state.keys:
        lq = localize(q, key, partial(expand, state))
        if lq is not query.NullQuery:
            out[key] = lq
    return out


def all_words(state: OpenIndex, trees: dict[str, query.Query]) -> frozenset[int]:
    """Documents matching the query in their own language."""
    out: set[int] = set()
    for key, tree in trees.items():
        found = evaluate(state, tree)
        if found:
            out |= found & state.by_key(key)
    return frozenset(out)


def fts_leaves(trees: dict[str, query.Query]) -> list[str]:
    """The distinct positive FTS5 expressions of the localized trees (for scoring)."""
    seen: dict[str, None] = {}
    for tree in trees.values():
        for leaf in positive_leaves(tree):
            if isinstance(leaf, query.Term) and leaf.fieldname == FTS:
                seen[leaf.text] = None
    return list(seen)


def any_words(state: OpenIndex, parsed: Parsed) -> tuple[frozenset[int], Counter[int], int]:
    """Documents with at least one of the typed words, how many of them each has, and how
    many words were counted (stop words of every language excluded)."""
    coverage: Counter[int] = Counter()
    counted = 0
    for leaf in _word_leaves(parsed.query):
        docs: set[int] = set()
        for key, tree in localized(state, leaf).items():
            docs |= evaluate(state, tree) & state.by_key(key)
        if docs:
            coverage.update(docs)
        counted += 1
    # Negated words and facet conditions still apply.
    keep = _constraints(state, parsed.query)
    matched = frozenset(coverage) & keep if keep is not None else frozenset(coverage)
    return matched, coverage, counted


def _word_leaves(q: query.Query) -> list[query.Query]:
    return [
        leaf
        for leaf in positive_leaves(q)
        if getattr(leaf, "fieldname", None) in _TEXT
        and isinstance(leaf, query.Term | query.Phrase | query.Prefix | query.Wildcard)
    ]


def _constraints(state: OpenIndex, q: query.Query) -> frozenset[int] | None:
    """What the words fallback must still respect: facet leaves and negated text."""
    facets = [
        leaf
        for leaf in positive_leaves(q)
        if isinstance(leaf, query.Term) and getattr(leaf, "fieldname", None) not in _TEXT
    ]
    negated = negative_leaves(q)
    if not facets and not negated:
        return None
    result = state.all_docs()
    for leaf in facets:
        result = result & evaluate(state, leaf)
    for leaf in negated:
        for key, tree in localized(state, leaf).items():
            result = result - (evaluate(state, tree) & state.by_key(key))
    return result


_TEXT = ("content", "title", "summary", "body")


#: How many documents get a lexical score, best first (the others of a large match count as
#: 0: they cannot reach the first page on their words, and fetching every score of a common
#: word's 9,000 documents into Python cost more than the rest of the query).
LEXICAL_DEPTH = 500


def bm25(
    state: OpenIndex, expression: str, allowed: frozenset[int], depth: int = LEXICAL_DEPTH
) -> dict[int, float]:
    """FTS5's BM25 (title x3, summary x1.5, body x1; higher is better) of the best ``depth``
    documents matching ``expression`` that are in ``allowed``."""
    if not expression or not allowed or state.conn is None:
        return {}
    rows = [r for r in scored(state, expression) if r[0] in allowed]
    return dict(heapq.nlargest(depth, rows, key=itemgetter(1)))


def any_of(expressions: list[str]) -> str:
    """One FTS5 expression matching any of ``expressions``."""
    return " OR ".join(f"({e})" for e in expressions)


def all_of(expressions: list[str]) -> str:
    """One FTS5 expression matching all of ``expressions``."""
    return " AND ".join(f"({e})" for e in expressions)


def scored(state: OpenIndex, expression: str) -> list[tuple[int, float]]:
    """(document, BM25) of every document matching ``expression``, in no order.

    FTS5 computes the scores in C; sorting them there ("ORDER BY rank") cost twice as much
    as the scoring, so the few best are picked in Python (``heapq``).
    """
    assert state.conn is not None
    return state.conn.execute(
        "SELECT rowid, -rank FROM fts WHERE fts MATCH ?", (expression,)
    ).fetchall()


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def per_language(state: OpenIndex, parsed: Parsed) -> dict[str, list[str]]:
    """For a plain-word query: per analysis language, each word's FTS5 expression there.

    Indexed terms carry their language, so a language's expressions match only its own
    documents. A word that is a stop word in a language is left out there (it is not
    indexed); a language where every word is a stop word is left out.
    """
    out: dict[str, list[str]] = {}
    leaves = list(positive_leaves(parsed.query))
    for key in state.keys:
        parts = []
        for leaf in leaves:
            words = expand(state, leaf) if isinstance(leaf, query.Prefix) else [leaf.text]
            found = {" ".join(indexed(key, t) for t in analyze_word(key, w)) for w in words}
            found.discard("")
            if found:
                parts.append(" OR ".join(_quote(f) for f in sorted(found)))
        if parts:
            out[key] = parts
    return out


def all_words_ranked(
    state: OpenIndex, languages: dict[str, list[str]], runs: list[list[str]]
) -> tuple[frozenset[int], dict[int, float]]:
    """Documents with all the words in their language, and the scores of the best
    ``LEXICAL_DEPTH``: one FTS5 query per language, plus one without scores for neighbours.
    """
    rows: list[tuple[int, float]] = []
    for parts in languages.values():
        rows.extend(scored(state, all_of(parts)))
    match = frozenset(map(itemgetter(0), rows))
    best = dict(heapq.nlargest(LEXICAL_DEPTH, rows, key=itemgetter(1)))
    if best:
        for d in neighbour_docs(state, languages, runs) & best.keys():
            best[d] *= 1.0 + PROXIMITY_BOOST
    return match, best


def neighbour_docs(
    state: OpenIndex, languages: dict[str, list[str]], runs: list[list[str]]
) -> frozenset[int]:
    """Documents where two neighbouring typed words are also neighbours (short runs only:
    in a long question proximity says little, and meaning does the work)."""
    phrases: dict[str, None] = {}
    for key in languages:
        for run in (r for r in runs if 2 <= len(r) <= MAX_RUN):
            terms = [indexed(key, t) for w in run for t in analyze_word(key, w)]
            for a, b in itertools.pairwise(terms):
                phrases[_quote(f"{a} {b}")] = None
    return state.match(" OR ".join(phrases)) if phrases else frozenset()


def some_words_ranked(
    state: OpenIndex, languages: dict[str, list[str]]
) -> tuple[frozenset[int], dict[int, float], Counter[int], int]:
    """Documents with some of the words, how many each has, and a lexical score: the summed
    rarity (IDF) of the words each has. Ranking thousands of partial matches with BM25 in
    FTS5 cost ten times the rest of the query; rarity says "how many and which words"."""
    words = max(len(parts) for parts in languages.values())
    coverage: Counter[int] = Counter()
    weight: dict[int, float] = {}
    total = max(1, len(state.all_docs()))
    for parts in languages.values():
        for part in parts:
            docs = state.match(part)
            if not docs:
                continue
            coverage.update(docs)
            rarity = log(1.0 + total / len(docs))
            get = weight.get
            for d in docs:
                weight[d] = get(d, 0.0) + rarity
    best = dict(heapq.nlargest(LEXICAL_DEPTH, weight.items(), key=itemgetter(1)))
    return frozenset(coverage), best, coverage, words


#: The "these query words are also neighbours in the text" bonus (a share of the score).
PROXIMITY_BOOST = 0.25
#: Runs of typed words longer than this get no neighbour bonus.
MAX_RUN = 4


def neighbours(
    state: OpenIndex, runs: list[list[str]], allowed: frozenset[int]
) -> dict[int, float]:
    """A bonus for documents where neighbouring typed words are also neighbours.

    "foundation models" then ranks documents that say "foundation models" above documents
    that merely contain both words; the bonus never decides *whether* a document matches.
    """
    phrases: dict[str, None] = {}
    for key in state.keys:
        # Short runs only: in a long question proximity says little (meaning does the work),
        # and each pair is one more phrase for FTS5 to rank.
        for run in (r for r in runs if len(r) <= MAX_RUN):
            terms = [t for w in run for t in analyze_word(key, w)]
            for a, b in itertools.pairwise(terms):
                phrases[f'"{indexed(key, a)} {indexed(key, b)}"'] = None
    if not phrases:
        return {}
    found = bm25(state, any_of(list(phrases)), allowed)
    return {d: PROXIMITY_BOOST * s for d, s in found.items()}
