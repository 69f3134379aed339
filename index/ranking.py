"""BM25F ranking over the per-language, per-role fields.

For each query term the normalised term frequencies of its title, summary and body fields
are weighted and summed *before* saturation (true BM25F, Robertson & Zaragoza 2009), so a
word repeated in the title and the body is not counted as two independent pieces of
evidence. Statistics are per language: the number of documents and the average field length
of the French fields come from the French documents only, so a mostly English library does
not make French documents look abnormally long.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import log

from whoosh import query

from index.docsets import DocSets
from index.query import positive_leaves
from index.schema import ANALYSIS, ROLE_WEIGHT, split_text_field, text_field

K1 = 1.2
# Length normalisation per role: titles and summaries vary little in length, so normalising
# them hard would mostly add noise.
ROLE_B = {"title": 0.4, "summary": 0.5, "body": 0.75}


@dataclass
class Unit:
    """One query term in one language, looked for in one or more roles."""

    key: str
    text: str
    roles: set[str] = field(default_factory=set)
    boost: float = 1.0


def units_of(q: query.Query) -> list[Unit]:
    """The scoring units of a localized query: its positive terms, grouped across roles."""
    units: dict[tuple[str, str], Unit] = {}
    for leaf in positive_leaves(q):
        if not isinstance(leaf, query.Term):
            continue
        parts = split_text_field(leaf.fieldname)
        if parts is None:
            continue
        role, key = parts
        unit = units.setdefault((key, leaf.text), Unit(key, leaf.text))
        unit.roles.add(role)
        unit.boost = max(unit.boost, leaf.boost)
    return list(units.values())


def bm25f(ds: DocSets, units: list[Unit], allowed: frozenset[int]) -> dict[int, float]:
    """Score every document of ``allowed`` that contains at least one unit."""
    scores: dict[int, float] = {}
    reader = ds.reader
    for unit in units:
        n_docs = len(ds.term(ANALYSIS, unit.key)) or 1
        ntf: dict[int, float] = {}
        present: set[int] = set()
        for role in unit.roles:
            fieldname = text_field(role, unit.key)
            ids, weights = ds.postings(fieldname, unit.text)
            if not ids:
                continue
            present |= ds.term(fieldname, unit.text)
            lengths = ds.lengths(fieldname)
            avg = (reader.field_length(fieldname) / n_docs) or 1.0
            b = ROLE_B[role]
            w = ROLE_WEIGHT[role]
            # tf / ((1 - b) + b * len / avg), weighted; hoisted constants for the hot loop.
            base = 1.0 - b
            per_len = b / avg
            get = ntf.get
            for d, tf in zip(ids, weights, strict=True):
                if d in allowed:
                    ntf[d] = get(d, 0.0) + w * tf / (base + per_len * lengths[d])
        if not ntf:
            continue
        df = len(present)
        # Lucene's always-positive IDF: a word in most documents still counts a little.
        idf = log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        factor = unit.boost * idf * (K1 + 1.0)
        get = scores.get
        for d, x in ntf.items():
            scores[d] = get(d, 0.0) + factor * x / (K1 + x)
    return scores
