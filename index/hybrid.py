"""Fusing the lexical and the meaning-based scores into one ranking.

Lexical: FTS5's BM25, divided by the best score of the query (so 1.0 is the best lexical
match), and multiplied by the share of the typed words a document has when no document has
them all. Meaning: the cosine between the query's and each document's vector, rescaled so
the closest document is 1.0 and the library's average is 0.0 (cosines of a static model
differ in scale from one query to the next; their order is what counts). The fused score is
``alpha * lexical + (1 - alpha) * meaning``, where ``alpha`` depends on the query:

* a *question* (``QUESTION_MIN_WORDS`` typed words or more, "how do we stop a system that
  keeps making mistakes") is led by meaning: ``ALPHA``, or ``SOME_ALPHA`` when no document
  has all the words. Its words are everyday words that the standards phrase differently;
  a document that happens to hold them all is often not the one that answers.
* a *term* (fewer words: "human oversight", "demographic parity") is a request for the
  library's own wording, so the exact words weigh more: ``TERM_ALPHA``, or
  ``TERM_SOME_ALPHA`` when no document has them all.

Documents that match no word join when their meaning score reaches ``MIN_RELATED`` and
they are among the ``KEEP`` closest, when the query has ``RELATED_MIN_WORDS`` words or more,
or when some (not all) of its words are in the library.

Score fusion rather than reciprocal-rank fusion: RRF throws away *how much* better the first
lexical hit is, which cost keyword queries their exact answers in the measurements
(``bench/search_eval.py``). The constants were chosen on the evaluation's tuning half only
(``python -m bench.search_eval --tune``: the most hits at 3 on questions and terms together,
then the best mean reciprocal rank, then, among equals, the most weight on the exact words).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

#: The lexical share of a question's fused score (see the module's docstring).
ALPHA = 0.1
#: The lexical share of a question when no document has all its words: partial matches on
#: everyday words ("system", "people") say little.
SOME_ALPHA = 0.1
#: The lexical share of a term's fused score: the exact words lead, meaning breaks ties and
#: brings near-synonyms up.
TERM_ALPHA = 0.65
#: The lexical share of a term when no document has all its words.
TERM_SOME_ALPHA = 0.35
#: A query of this many typed words or more is a question rather than a term.
QUESTION_MIN_WORDS = 4
#: How much more a document in the reader's language weighs when results are ordered
#: (1.0: twice as much), among the documents in the reader's, the query's and the
#: library's own language (``searching.reader_languages``). Not tuned: the evaluation
#: cannot tell values apart (``bench/search_eval.py``). Twice as much lets a translation
#: lead its English original when both match about as well, while a French page that
#: shares one word with an English question stays below the English standard that
#: answers it (``tests/index/test_search.py``).
LANGUAGE_BONUS = 1.0
#: A document found by meaning only joins the results when its rescaled meaning score
#: reaches this (1.0 is the closest document, 0.0 the library's average).
MIN_RELATED = 0.3
#: At most this many documents join by meaning only.
KEEP = 20
#: Documents found by meaning only join a query of this many words or more: "wombat" or
#: "human oversight" are exact requests, "how do we stop a system that keeps making
#: mistakes" is a question in everyday words.
RELATED_MIN_WORDS = 3
#: Below this best cosine the query means nothing the model knows (e.g. "xqzv"): no
#: meaning-based part at all.
MIN_COSINE = 0.1


@dataclass(frozen=True)
class Meaning:
    """Cosine similarity of the query to every document that has a vector."""

    docnums: Any  # numpy int64 array
    cosines: Any  # numpy float32 array, same order


def meaning(state: Any, model: Any, text: str) -> Meaning | None:
    """The query's cosine to every document, or None (no model, no vectors, no text)."""
    if model is None or not text.strip():
        return None
    stored = state.vectors()
    if stored is None:
        return None
    docnums, matrix = stored
    vector = model.encode([text])[0]
    if not vector.any() or matrix.shape[1] != vector.shape[0]:
        return None
    return Meaning(docnums, matrix @ vector.astype(matrix.dtype))


def lexical_share(words: int, some: bool) -> float:
    """The lexical share of the fused score: questions lean on meaning, terms on the words."""
    if words >= QUESTION_MIN_WORDS:
        return SOME_ALPHA if some else ALPHA
    return TERM_SOME_ALPHA if some else TERM_ALPHA


def fuse(
    lexical: dict[int, float],
    allowed: frozenset[int],
    sem: Meaning | None,
    coverage: Counter[int] | None = None,
    counted: int = 0,
    add_related: bool = True,
    words: int = QUESTION_MIN_WORDS,
) -> dict[int, float]:
    """The fused score of every candidate document in ``allowed`` for a query of ``words``
    typed words (this module's constants: ``bench/search_eval.py --tune`` varies them on the
    tuning half)."""
    alpha = lexical_share(words, some=coverage is not None)
    top = max(lexical.values(), default=0.0)
    scores = {}
    for d, s in lexical.items():
        value = s / top if top > 0 else 0.0
        if coverage is not None and counted:
            value *= coverage[d] / counted
        scores[d] = alpha * value
    if sem is None:
        return scores
    import numpy as np

    cosines = sem.cosines.astype(np.float32)
    best = float(cosines.max()) if len(cosines) else 0.0
    base = float(cosines.mean()) if len(cosines) else 0.0
    if best < MIN_COSINE or best <= base:
        return scores
    # Rescaled: the closest document 1.0, the library's average 0.0, below average 0.0.
    rescaled = np.clip((cosines - base) / (best - base), 0.0, 1.0)
    weight = 1.0 - alpha
    position = {int(d): i for i, d in enumerate(sem.docnums.tolist())}
    for d in scores:
        i = position.get(d)
        if i is not None:
            scores[d] += weight * float(rescaled[i])
    added = 0 if add_related else KEEP
    for i in np.argsort(-rescaled)[: KEEP * 4].tolist():
        if added >= KEEP or rescaled[i] < MIN_RELATED:
            break
        d = int(sem.docnums[i])
        if d in allowed and d not in scores:
            scores[d] = weight * float(rescaled[i])
            added += 1
    return scores
