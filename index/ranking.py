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
from operator import mul

from whoosh import query

from index.analysis import analyze_word, pairs
from index.docsets import DocSets
from index.query import positive_leaves
from index.schema import ANALYSIS, ROLE_WEIGHT, TEXT_ROLES, split_text_field, text_field

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


#: Weight of a "these query words are also neighbours in the text" bonus.
PROXIMITY_BOOST = 0.5


def proximity_units(runs: list[list[str]], keys: tuple[str, ...]) -> list[Unit]:
    """Optional pair-term units for neighbouring query words, in every language.

    "foundation models" then ranks documents that say "foundation models" above documents
    that merely contain both words; the pairs never decide *whether* a document matches.
    """
    units: dict[tuple[str, str], Unit] = {}
    for key in keys:
        for run in runs:
            terms = [t for w in run for t in analyze_word(key, w)]
            for pair in pairs(terms):
                units.setdefault(
                    (key, pair), Unit(key, pair, set(TEXT_ROLES), boost=PROXIMITY_BOOST)
                )
    return list(units.values())


def _norms(ds: DocSets, role: str, key: str, n_docs: int) -> list[float]:
    fieldname = text_field(role, key)
    avg = (ds.reader.field_length(fieldname) / n_docs) or 1.0
    return ds.norms(fieldname, ROLE_WEIGHT[role], ROLE_B[role], avg)


def warm(ds: DocSets, keys: tuple[str, ...]) -> None:
    """Compute the per-document length factors of every text field now, not mid-query."""
    for key in keys:
        n_docs = len(ds.term(ANALYSIS, key)) or 1
        for role in TEXT_ROLES:
            _norms(ds, role, key, n_docs)


def bm25f(ds: DocSets, units: list[Unit], allowed: frozenset[int]) -> dict[int, float]:
    """Score the documents of ``allowed`` that contain at least one unit.

    The per-posting work is done with ``map``/``zip``/``dict`` over whole posting lists
    (C loops); only the per-document saturation is a Python-level comprehension.
    """
    scores: dict[int, float] = {}
    for unit in units:
        n_docs = len(ds.term(ANALYSIS, unit.key)) or 1
        ntf: dict[int, float] | None = None
        # Longest list first, so it becomes the dictionary the others are added into.
        roles = sorted(unit.roles, key=lambda r: r != "body")
        fields = [text_field(role, unit.key) for role in roles]
        # Document frequency over all roles (the same union matching already computed).
        df = len(ds.union(tuple((f, unit.text) for f in fields)))
        for role, fieldname in zip(roles, fields, strict=True):
            ids, weights = ds.postings(fieldname, unit.text)
            if not ids:
                continue
            norm = _norms(ds, role, unit.key, n_docs)
            # Normalised, weighted term frequency: tf * weight / ((1 - b) + b * len / avg).
            contrib = map(mul, weights, map(norm.__getitem__, ids))
            if ntf is None:
                ntf = dict(zip(ids, contrib, strict=True))
            else:
                get = ntf.get
                for d, c in zip(ids, contrib, strict=True):
                    ntf[d] = get(d, 0.0) + c
        if not ntf:
            continue
        # Lucene's always-positive IDF: a word in most documents still counts a little.
        idf = log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        factor = unit.boost * idf * (K1 + 1.0)
        if not scores:
            scores = {d: factor * x / (K1 + x) for d, x in ntf.items()}
        else:
            get = scores.get
            for d, x in ntf.items():
                scores[d] = get(d, 0.0) + factor * x / (K1 + x)
    # Restrict to the allowed documents at the end: one set operation instead of a
    # membership test per posting.
    if len(scores) > len(allowed):
        return {d: scores[d] for d in allowed if d in scores}
    return {d: v for d, v in scores.items() if d in allowed}
