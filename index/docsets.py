"""Posting lists read in bulk, and sets of matching document numbers.

Whoosh's matchers visit documents one at a time through a tree of Python objects: with the
per-language, per-role fields of this schema that cost 50-80 µs per matching document, far
too slow for facet counts, which need *every* match. Here a posting list is read a block at
a time into plain lists, boolean structure is evaluated with ``frozenset`` algebra (done in
C), and scoring (``ranking.py``) loops over the lists directly.

Everything is cached per reader; the engine makes a new ``DocSets`` whenever the reader
changes, so nothing stale survives a write.
"""

from __future__ import annotations

from collections import OrderedDict
from itertools import accumulate, repeat
from typing import Any

from whoosh import query
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

EMPTY: frozenset[int] = frozenset()
_BYTE_TO_LENGTH = [byte_to_length(i) for i in range(256)]

Postings = tuple[list[int], list[float]]


def _read_postings(reader: IndexReader, fieldname: str, text: str) -> Postings:
    """All (docnum, weight) pairs of a term in one segment, deleted documents included.

    Uses the W3 block layout directly (a whole block of ids and weights per step); any other
    matcher type falls back to the public one-posting-at-a-time interface.
    """
    m: Any = reader.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        # The deletion filter; callers intersect with the live documents themselves.
        m = m.child
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(m, W3LeafMatcher) and not m._byteids:
        # Each block holds (delta-encoded ids, weights or None/one float, values).
        # Decoding with itertools.accumulate keeps the per-posting work in C; Whoosh's own
        # _read_ids goes through a Python generator per posting.
        while not m._atend:
            if m._data is None:
                m._read_data()
            block_ids, block_weights = m._data[0], m._data[1]
            ids.extend(accumulate(block_ids))
            if block_weights is None:
                weights.extend(repeat(1.0, len(block_ids)))
            elif isinstance(block_weights, float | int):
                weights.extend(repeat(float(block_weights), len(block_ids)))
            else:
                weights.extend(block_weights)
            m._next_block()
    else:
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
    return ids, weights


def _read_lengths(reader: IndexReader, fieldname: str) -> list[int]:
    """Every document's length in a field, for one segment."""
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    try:
        col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)  # type: ignore[union-attr]
    except Exception:
        col = None
    if col is not None:
        table = _BYTE_TO_LENGTH
        return [table[b] for b in col]
    return [reader.doc_field_length(d, fieldname, 0) or 0 for d in range(count)]


class DocSets:
    """Cached postings, document sets and field lengths for one open reader."""

    CACHE = 192

    def __init__(self, reader: IndexReader, searcher: Any) -> None:
        self.reader = reader
        self.searcher = searcher
        self.leaves: list[tuple[IndexReader, int]] = list(reader.leaf_readers())
        self._all: frozenset[int] | None = None
        self._postings: OrderedDict[tuple[str, str], Postings] = OrderedDict()
        self._sets: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()
        self._facets: dict[str, dict[str, frozenset[int]]] = {}
        self._lengths: dict[str, list[int]] = {}
        self._norms: dict[tuple[str, float, float], list[float]] = {}

    def clear_terms(self) -> None:
        """Forget cached term postings and sets (keeps facets and field lengths)."""
        self._postings.clear()
        self._sets.clear()

    # -- raw data

    def all_docs(self) -> frozenset[int]:
        """Every live (not deleted) document number."""
        if self._all is None:
            self._all = frozenset(self.reader.all_doc_ids())
        return self._all

    def postings(self, fieldname: str, text: str) -> Postings:
        """(docnums, weights) of a term across segments; may include deleted documents."""
        key = (fieldname, text)
        cached = self._postings.get(key)
        if cached is not None:
            self._postings.move_to_end(key)
            return cached
        ids: list[int] = []
        weights: list[float] = []
        for leaf, base in self.leaves:
            if (fieldname, text) not in leaf:
                continue
            leaf_ids, leaf_weights = _read_postings(leaf, fieldname, text)
            ids.extend([d + base for d in leaf_ids] if base else leaf_ids)
            weights.extend(leaf_weights)
        result = (ids, weights)
        self._postings[key] = result
        if len(self._postings) > self.CACHE:
            self._postings.popitem(last=False)
        return result

    def lengths(self, fieldname: str) -> list[int]:
        """Length of ``fieldname`` in every document, indexed by document number."""
        cached = self._lengths.get(fieldname)
        if cached is None:
            cached = []
            for leaf, _base in self.leaves:
                cached.extend(_read_lengths(leaf, fieldname))
            self._lengths[fieldname] = cached
        return cached

    def norms(self, fieldname: str, weight: float, b: float, avg: float) -> list[float]:
        """Per document ``weight / ((1 - b) + b * length / avg)``: BM25F's length factor.

        It depends only on the document and the field's statistics, so it is computed once
        per reader and field; scoring then multiplies it with each term frequency.
        """
        key = (fieldname, weight, b)
        cached = self._norms.get(key)
        if cached is None:
            base = 1.0 - b
            per_len = b / avg
            cached = [weight / (base + per_len * n) for n in self.lengths(fieldname)]
            self._norms[key] = cached
        return cached

    # -- sets

    def term(self, fieldname: str, text: str) -> frozenset[int]:
        """Live documents containing a term."""
        key = (fieldname, text)
        cached = self._sets.get(key)
        if cached is not None:
            self._sets.move_to_end(key)
            return cached
        docs = frozenset(self.postings(fieldname, text)[0])
        if docs and self.reader.has_deletions():
            docs = docs & self.all_docs()
        self._sets[key] = docs
        if len(self._sets) > self.CACHE:
            self._sets.popitem(last=False)
        return docs

    def union(self, terms: tuple[tuple[str, str], ...]) -> frozenset[int]:
        """Live documents containing any of ``terms`` (cached: scoring asks again for df)."""
        key = ("\x00or", repr(sorted(terms)))
        cached = self._sets.get(key)
        if cached is not None:
            self._sets.move_to_end(key)
            return cached
        docs = frozenset().union(*(self.term(f, t) for f, t in terms))
        self._sets[key] = docs
        if len(self._sets) > self.CACHE:
            self._sets.popitem(last=False)
        return docs

    def facet(self, fieldname: str) -> dict[str, frozenset[int]]:
        """Every value of a facet field with its live documents."""
        values = self._facets.get(fieldname)
        if values is None:
            values = {}
            live = self.all_docs() if self.reader.has_deletions() else None
            for text in self.reader.field_terms(fieldname):
                docs = frozenset(self.postings(fieldname, text)[0])
                if live is not None:
                    docs = docs & live
                if docs:
                    values[text] = docs
            self._facets[fieldname] = values
        return values

    def facet_union(self, fieldname: str, accepted: list[str]) -> frozenset[int]:
        """Documents having any of ``accepted`` values in a facet field (OR within a field)."""
        values = self.facet(fieldname)
        out: set[int] = set()
        for value in accepted:
            out |= values.get(value, EMPTY)
        return frozenset(out)

    def estimate(self, q: query.Query) -> int:
        """An upper bound of how many documents ``q`` matches, without reading postings."""
        if isinstance(q, query.qcore._NullQuery):
            return 0
        if isinstance(q, query.Term):
            return self.reader.doc_frequency(q.fieldname, q.text)
        if isinstance(q, query.Or):
            return sum(self.estimate(s) for s in q.subqueries)
        if isinstance(q, query.And | query.Require):
            subs = [s for s in q.subqueries if not isinstance(s, query.Not)]
            return min((self.estimate(s) for s in subs), default=self.reader.doc_count_all())
        if isinstance(q, query.AndNot | query.AndMaybe):
            return self.estimate(q.a)
        return self.reader.doc_count_all()

    def query(self, q: query.Query) -> frozenset[int]:
        """Live documents matching ``q``, by set algebra over posting lists."""
        if isinstance(q, query.qcore._NullQuery):
            return EMPTY
        if isinstance(q, query.Every):
            return self.all_docs()
        if isinstance(q, query.Term):
            return self.term(q.fieldname, q.text)
        if isinstance(q, query.Or):
            subs = q.subqueries
            if all(isinstance(sub, query.Term) for sub in subs):
                return self.union(tuple((sub.fieldname, sub.text) for sub in subs))
            out: set[int] = set()
            for sub in subs:
                out |= self.query(sub)
            return frozenset(out)
        if isinstance(q, query.And | query.Require):
            subs = list(q.subqueries)
            # Negations inside an And remove documents; positives intersect. The smallest
            # (by the dictionary's document frequencies, which cost no posting reads) go
            # first, so a rare or missing word ends the work before long lists are read.
            negs = [s.query for s in subs if isinstance(s, query.Not)]
            pos = sorted((s for s in subs if not isinstance(s, query.Not)), key=self.estimate)
            result = self.query(pos[0]) if pos else self.all_docs()
            for sub in pos[1:]:
                if not result:
                    return EMPTY
                result = result & self.query(sub)
            for neg in negs:
                if not result:
                    return EMPTY
                result = result - self.query(neg)
            return result
        if isinstance(q, query.AndNot):
            result = self.query(q.a)
            return result - self.query(q.b) if result else result
        if isinstance(q, query.AndMaybe):
            return self.query(q.a)
        if isinstance(q, query.Not):
            return self.all_docs() - self.query(q.query)
        # Nothing else is produced by ``index.query.localize``; ask Whoosh to be safe.
        return frozenset(q.docs(self.searcher)) & self.all_docs()
