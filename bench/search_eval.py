"""Search quality on queries in users' words: hit@3 and MRR, lexical beside hybrid.

    python -m bench.eval_corpus PLAYBOOK_SOURCE      # once: the public-domain half
    python -m bench.search_eval                      # report both halves
    python -m bench.search_eval --tune               # grid of fusion constants, tuning half only

The library is ``content/`` plus the NIST AI RMF Playbook converted by ``bench.eval_corpus``
(134 documents); the queries are ``bench.eval_queries``. For each query kind (users' words,
keywords, other languages) and each half (tune, test) it reports, as hit@3 (a relevant
document among the first three) and MRR (mean of 1/rank of the first relevant one, 0 past
rank 20):

* ``lexical_all``: every word must match (Accord before issue 13);
* ``lexical``: all the words, else some of them, ranked by how many and how well;
* ``semantic``: the meaning model alone (cosine of the query to every document);
* ``hybrid``: what Accord does now (lexical and meaning fused, ``index.hybrid``).

Each query is searched as a reader whose interface speaks the query's language would
search it (``SearchQuery.language``). Also: the users' questions again with a question mark
at the end (``users?``), as people often type them, and how many queries with a meaningful
word returned nothing. Results go to ``bench/out/search_eval.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.eval_corpus import OUT as CORPUS
from bench.eval_queries import QUERIES, EvalQuery
from index import SearchIndex, SearchQuery, hybrid, semantic

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = Path(__file__).resolve().parent / "out"
DEPTH = 20

Ranker = Callable[[EvalQuery], list[str]]


def library_docs(corpus: Path = CORPUS) -> list[Any]:
    """``content/`` and the converted Playbook as index records."""
    from desktop.core.library.documents import load_library
    from desktop.core.search.conversion import index_docs

    docs = index_docs(load_library(ROOT / "content"))
    if (corpus / "nist").is_dir():
        docs += index_docs(load_library(corpus, pack="nist"))
    return docs


def lexical_all(ix: SearchIndex) -> Ranker:
    """Every word must match, no meaning: the ranking before this issue."""

    def rank(q: EvalQuery) -> list[str]:
        res = ix.search(
            SearchQuery(
                text=q.text, limit=DEPTH, snippets=False, semantic=False, language=q.language
            )
        )
        return [h.id for h in res.hits] if res.match == "all" else []

    return rank


def engine(ix: SearchIndex, use_meaning: bool) -> Ranker:
    """Accord's search, with or without the meaning-based part."""

    def rank(q: EvalQuery) -> list[str]:
        res = ix.search(
            SearchQuery(
                text=q.text,
                limit=DEPTH,
                snippets=False,
                semantic=use_meaning,
                language=q.language,
            )
        )
        return [h.id for h in res.hits]

    return rank


def meaning_only(ix: SearchIndex) -> Ranker:
    """The model alone: every document by cosine to the query."""
    import numpy as np

    model = semantic.embedder()
    shipped = ix.vectors()
    if model is None or not shipped:
        return lambda q: []
    ids, matrix = shipped["ids"], shipped["matrix"].astype(np.float32)

    def rank(q: EvalQuery) -> list[str]:
        cos = matrix @ model.encode([q.text])[0]
        return [ids[i] for i in np.argsort(-cos)[:DEPTH]]

    return rank


def score(rank: Ranker, queries: list[EvalQuery]) -> dict[str, Any]:
    """hit@3, MRR and empty answers of one ranker over some queries."""
    hits, mrr, empty, misses = 0, 0.0, 0, []
    for q in queries:
        found = rank(q)
        empty += not found
        first = next((i for i, d in enumerate(found) if d in q.relevant), None)
        if first is not None and first < 3:
            hits += 1
        else:
            misses.append(q.text)
        mrr += 1.0 / (first + 1) if first is not None else 0.0
    n = len(queries) or 1
    return {
        "queries": len(queries),
        "hit@3": hits,
        "hit@3_share": round(hits / n, 3),
        "mrr": round(mrr / n, 3),
        "empty": empty,
        "misses": misses,
    }


def evaluate(ix: SearchIndex, splits: tuple[str, ...] = ("tune", "test")) -> dict[str, Any]:
    """Every ranker on every kind and half."""
    rankers = {
        "lexical_all": lexical_all(ix),
        "lexical": engine(ix, False),
        "semantic": meaning_only(ix),
        "hybrid": engine(ix, True),
    }
    out: dict[str, Any] = {}
    for kind in ("users", "keyword", "crosslingual"):
        for split in splits:
            queries = [q for q in QUERIES if q.kind == kind and q.split == split]
            out[f"{kind}/{split}"] = {name: score(r, queries) for name, r in rankers.items()}
    # The same questions as people often type them, ending in a question mark.
    for split in splits:
        asked = [
            replace(q, text=q.text + "?") for q in QUERIES if q.kind == "users" and q.split == split
        ]
        out[f"users?/{split}"] = {"hybrid": score(rankers["hybrid"], asked)}
    return out


#: The fusion constants ``--tune`` varies, and the values it tries.
GRID: dict[str, tuple[float, ...]] = {
    "QUESTION_MIN_WORDS": (3, 4, 5),
    "ALPHA": (0.0, 0.05, 0.1, 0.2),
    "SOME_ALPHA": (0.0, 0.05, 0.1),
    "TERM_ALPHA": (0.35, 0.5, 0.65),
    "TERM_SOME_ALPHA": (0.1, 0.35),
    "MIN_RELATED": (0.3, 0.5),
}
# Not in the grid: ``hybrid.LANGUAGE_BONUS``. The tuning half cannot tell its values apart
# (0 to 1,000 score the same): its queries are English for English readers, or questions
# in other languages whose answers exist only in English.
#: The constants that give the lexical part its weight (the tie-break prefers more).
LEXICAL_SHARES = ("ALPHA", "SOME_ALPHA", "TERM_ALPHA", "TERM_SOME_ALPHA")


def tune(ix: SearchIndex) -> list[dict[str, Any]]:
    """Every combination of ``GRID`` scored on the tuning half only, best first: the most hits
    at 3 on users' words and keywords together, then the best MRR on both, then the most
    weight on the exact words (among equals, keep the signal a user can see and predict)."""
    rows = []
    tuning = [q for q in QUERIES if q.split == "tune"]
    default = {name: getattr(hybrid, name) for name in GRID}
    try:
        for values in itertools.product(*GRID.values()):
            row: dict[str, Any] = dict(zip(GRID, values, strict=True))
            for name, value in row.items():
                setattr(hybrid, name, value)
            for kind in ("users", "keyword", "crosslingual"):
                s = score(engine(ix, True), [q for q in tuning if q.kind == kind])
                row[kind] = (s["hit@3"], s["mrr"])
            rows.append(row)
    finally:
        for name, value in default.items():
            setattr(hybrid, name, value)
    rows.sort(
        key=lambda r: (
            -(r["users"][0] + r["keyword"][0]),
            -round(r["users"][1] + r["keyword"][1], 3),
            -sum(r[name] for name in LEXICAL_SHARES),
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.search_eval", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--tune", action="store_true", help="grid-search on the tuning half")
    parser.add_argument("--out", type=Path, default=OUT_DIR / "search_eval.json")
    args = parser.parse_args(argv)
    if not (args.corpus / "nist").is_dir():
        print(f"no Playbook documents in {args.corpus}: run python -m bench.eval_corpus first")
        return 1
    docs = library_docs(args.corpus)
    with tempfile.TemporaryDirectory(prefix="accord-eval-") as tmp:
        ix = SearchIndex(Path(tmp) / "ix")
        ix.ensure(docs)
        if args.tune:
            for row in tune(ix)[:10]:
                print(row)
            ix.close()
            return 0
        started = time.perf_counter()
        results = evaluate(ix)
        ix.close()
    for name, by_ranker in results.items():
        line = "  ".join(
            f"{r}: {s['hit@3']}/{s['queries']} mrr {s['mrr']:.2f} empty {s['empty']}"
            for r, s in by_ranker.items()
        )
        print(f"{name:<20}{line}")
    payload = {
        "benchmark": "search_eval",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "documents": len(docs),
        "model": semantic.MODEL_ID if semantic.embedder() else None,
        "fusion": {name.lower(): getattr(hybrid, name) for name in (*GRID, "KEEP")},
        "seconds": round(time.perf_counter() - started, 1),
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
