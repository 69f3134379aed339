"""BM25F with per-language collection statistics.

Whoosh's BM25F divides a field's total length by the number of *all* documents to get the
average field length, and uses the same count for IDF. With one field per language, a
French body field in a mostly English library would then look absurdly short on average,
and every French document would be punished for its length. Here both statistics use the
number of documents indexed in that field's language instead.
"""

from __future__ import annotations

from math import log

from whoosh.scoring import BM25F, BM25FScorer, WeightScorer
from whoosh.searching import Searcher

from index.schema import ANALYSIS


def _language_docs(searcher: Searcher, fieldname: str) -> int:
    """Number of documents indexed in the language of ``fieldname`` (``body_fr`` -> fr)."""
    _, _, key = fieldname.rpartition("_")
    if not key:
        return searcher.doc_count_all()
    return searcher.doc_frequency(ANALYSIS, key) or 1


class LanguageBM25F(BM25F):
    """BM25F whose IDF and average field length are computed within one language."""

    def idf(self, searcher: Searcher, fieldname: str, text: str) -> float:
        """IDF over the documents of the field's language (always positive)."""
        n = searcher.doc_frequency(fieldname, text)
        docs = _language_docs(searcher, fieldname)
        return log(docs / (n + 1)) + 1

    def scorer(
        self, searcher: Searcher, fieldname: str, text: str, qf: int = 1
    ) -> BM25FScorer | WeightScorer:
        """Return a scorer for one term (unscored facet fields just use the term weight)."""
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        b = self._field_B.get(fieldname, self.B)
        return _LanguageScorer(searcher, fieldname, text, b, self.K1, qf=qf)


class _LanguageScorer(BM25FScorer):
    def __init__(
        self, searcher: Searcher, fieldname: str, text: str, B: float, K1: float, qf: int = 1
    ) -> None:
        parent = searcher.get_parent()
        self.idf = parent.idf(fieldname, text)
        length = parent.field_length(fieldname)
        self.avgfl = (length / _language_docs(parent, fieldname)) or 1
        self.B = B
        self.K1 = K1
        self.qf = qf
        self.setup(searcher, fieldname, text)
