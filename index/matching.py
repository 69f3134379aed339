"""Which documents a query matches: its localized trees evaluated by set algebra.

Each text leaf of a localized query is an FTS5 expression (``query.localize``) answered by
SQLite as a set of document numbers; facet leaves are cached sets; ``And``/``Or``/``Not``
are ``frozenset`` operations (done in C). A language's tree only applies to the documents
analysed in that language, and the languages' results are united.

When no document has *all* the words, :func:`any_words` gives the documents with *some* of
them and how many each has: search never answers "nothing" to a query with a real word.
"""

from __future__ import annotations

import itertools
from collections import Counter
from functools import partial
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
    rows = state.conn.execute(
        "SELECT rowid, -rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?",
        (expression, depth),
    ).fetchall()
    return {d: s for d, s in rows if d in allowed}


def any_of(expressions: list[str]) -> str:
    """One FTS5 expression matching any of ``expressions``."""
    return " OR ".join(f"({e})" for e in expressions)


def all_of(expressions: list[str]) -> str:
    """One FTS5 expression matching all of ``expressions``."""
    return " AND ".join(f"({e})" for e in expressions)


def scored(state: OpenIndex, expression: str) -> tuple[frozenset[int], dict[int, float]]:
    """Every document matching ``expression``, and the scores of the best ``LEXICAL_DEPTH``
    of them (one FTS5 query: it ranks in C, Python only reads the rows)."""
    assert state.conn is not None
    rows = state.conn.execute(
        "SELECT rowid, -rank FROM fts WHERE fts MATCH ? ORDER BY rank", (expression,)
    ).fetchall()
    return frozenset(map(itemgetter(0), rows)), dict(rows[:LEXICAL_DEPTH])


def language_token(key: str) -> str:
    """The token every document of language ``key`` carries in its summary column."""
    return f"lang_{key}"


def word_expressions(state: OpenIndex, parsed: Parsed) -> list[str]:
    """For a plain-word query: each word as one FTS5 expression over every language.

    Indexed terms carry their language, so the OR of every language's terms matches each
    document in its own language. A word that is a stop word in a language (not indexed
    there) matches every document of that language through its language token; a word that
    is a stop word everywhere is left out.
    """
    out = []
    for leaf in positive_leaves(parsed.query):
        alternatives: dict[str, None] = {}
        stop_keys = []
        for key in state.keys:
            words = expand(state, leaf) if isinstance(leaf, query.Prefix) else [leaf.text]
            found = [" ".join(indexed(key, t) for t in analyze_word(key, w)) for w in words]
            found = [f for f in found if f]
            if not found and isinstance(leaf, query.Term):
                stop_keys.append(key)
            for f in found:
                alternatives['"' + f.replace('"', '""') + '"'] = None
        if not alternatives:
            continue
        for key in stop_keys:
            alternatives[f'"{language_token(key)}"'] = None
        out.append(" OR ".join(alternatives))
    return out


#: Weight of the "these query words are also neighbours in the text" bonus.
PROXIMITY_BOOST = 0.5
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
