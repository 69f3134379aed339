"""Search benchmark: Accord's index beside plain SQLite FTS5 on the same synthetic library.

    python -m bench.search_bench                 # 1,000 and 10,000 documents
    python -m bench.search_bench --docs 1000 --rounds 3

For each corpus size it measures, for both engines in the same run:

* index build time (wall clock and CPU);
* search latency p50/p95 over a fixed query mix (plain words, phrase, field query, filters,
  search-as-you-type prefixes, misspellings, a French word, questions in everyday words),
  with and without snippets; Accord's meaning-based part is on, as in the app.

Both engines do the same work per query: top 20 hits, total count and facet counts
(type, component); FTS5 uses the porter tokenizer, ``bm25()`` and ``snippet()``. FTS5 has no
spelling suggestions, so that part of Accord's work has no counterpart. A stricter FTS5
figure, the ranked top-20 query alone (no total, no facets), is reported beside it.

Accord's per-term caches are dropped before every query ("cold", the headline figure) and
kept in a second pass ("warm", as when a user refines a query). Budgets (issue 13): build
<= 10x FTS5's; with snippets, cold p95 <= FTS5's doing the same work, and <= 60 ms on
10,000 documents (<= 50 ms on 1,000). Where the build time goes: ``--profile`` adds
cProfile's top functions and tracemalloc's peak for Accord's build. Results go to
``bench/out/search_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_SEED, generate
from index import IndexDoc, SearchIndex, SearchQuery

OUT_DIR = Path(__file__).resolve().parent / "out"
BUDGET_P95_MS = {1000: 50.0, 10000: 60.0}
BUDGET_BUILD_RATIO = 10.0
LIMIT = 20


@dataclass(frozen=True)
class Q:
    """One query of the mix, with its FTS5 translation."""

    text: str
    fts: str
    prefix: bool = False
    filters: dict[str, list[str]] = field(default_factory=dict)
    label: str = ""


QUERY_MIX: list[Q] = [
    Q("foundation models", '"foundation" "models"', label="words"),
    Q('"risk assessment"', '"risk assessment"', label="phrase"),
    Q("governance", '"governance"', label="word"),
    Q("transparency obligations", '"transparency" "obligations"', label="words"),
    Q("incident reports", '"incident" "reports"', label="words"),
    Q("type:checklist governance", 'type : "checklist" AND "governance"', label="field"),
    Q(
        "fairness",
        '"fairness" AND components : "ethics"',
        filters={"component": ["ethics"]},
        label="filter",
    ),
    Q("regulator enforcement powers", '"regulator" "enforcement" "powers"', label="words"),
    Q("gover", '"gover"*', prefix=True, label="prefix"),
    Q("transpa", '"transpa"*', prefix=True, label="prefix"),
    Q("human oversi", '"human" "oversi"*', prefix=True, label="prefix"),
    Q("goverance", '"goverance"', label="misspelled"),
    Q("transparancy", '"transparancy"', label="misspelled"),
    Q("régulateurs", '"régulateurs"', label="french"),
    Q(
        "how do we stop an AI system that keeps making mistakes",
        '"stop" OR "system" OR "keeps" OR "making" OR "mistakes"',
        label="everyday",
    ),
    Q(
        "who checks that companies follow the rules",
        '"checks" OR "companies" OR "follow" OR "rules"',
        label="everyday",
    ),
]


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: a reported p95 is a measured query)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def summarize(samples: list[float]) -> dict[str, float]:
    """p50/p95/mean in milliseconds."""
    ms = [s * 1000 for s in samples]
    return {
        "p50_ms": round(percentile(ms, 50), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "mean_ms": round(statistics.fmean(ms), 2),
        "n": len(ms),
    }


# ----------------------------------------------------------------- FTS5 baseline


class Fts5:
    """The baseline: stdlib sqlite3 FTS5 with porter stemming, bm25 and snippet()."""

    COLUMNS = ("title", "summary", "body", "tags", "type", "components", "audience", "language")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = None

    def build(self, docs: list[IndexDoc]) -> None:
        """Create and fill the FTS table and a facet side table."""
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        cols = ", ".join(self.COLUMNS)
        db.execute(
            f"CREATE VIRTUAL TABLE docs USING fts5({cols}, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        db.execute("CREATE TABLE facet(docid INTEGER, field TEXT, value TEXT)")
        with db:
            for rowid, d in enumerate(docs, 1):
                db.execute(
                    f"INSERT INTO docs(rowid, {cols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        rowid,
                        d.title,
                        d.summary,
                        d.body,
                        " ".join(d.tags),
                        d.type,
                        " ".join(d.components),
                        " ".join(d.audience),
                        d.language,
                    ),
                )
                db.executemany(
                    "INSERT INTO facet VALUES (?, ?, ?)",
                    [(rowid, "type", d.type)] + [(rowid, "component", c) for c in d.components],
                )
        db.execute("CREATE INDEX facet_doc ON facet(docid)")
        db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        db.commit()
        self.db = db

    def top(self, q: Q, snippets: bool) -> list[Any]:
        """Only the ranked top hits (the cheapest possible FTS5 answer)."""
        assert self.db is not None
        snippet = "snippet(docs, 2, '<mark>', '</mark>', '…', 30)" if snippets else "''"
        return self.db.execute(
            f"SELECT rowid, title, type, bm25(docs, 3.0, 1.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), "
            f"{snippet} FROM docs WHERE docs MATCH ? ORDER BY 4 LIMIT ?",
            (q.fts, LIMIT),
        ).fetchall()

    def search(self, q: Q, snippets: bool) -> int:
        """Top hits (with snippets), total and facet counts; returns the total."""
        assert self.db is not None
        rows = self.top(q, snippets)
        total = self.db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (q.fts,))
        total_n = total.fetchone()[0]
        self.db.execute(
            "SELECT f.field, f.value, count(*) FROM facet f JOIN "
            "(SELECT rowid FROM docs WHERE docs MATCH ?) m ON f.docid = m.rowid "
            "GROUP BY f.field, f.value",
            (q.fts,),
        ).fetchall()
        del rows
        return total_n

    def close(self) -> None:
        """Close the database."""
        if self.db is not None:
            self.db.close()


# ----------------------------------------------------------------- measuring


def _time(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _latencies(
    run: Callable[[Q], Any], rounds: int, before: Callable[[], None]
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds per query. CPU time is reported too because other
    programs on a shared 2-core machine inflate wall-clock figures of both engines."""
    wall, cpu = [], []
    for _ in range(rounds):
        for q in QUERY_MIX:
            before()
            w, c = time.perf_counter(), time.process_time()
            run(q)
            cpu.append(time.process_time() - c)
            wall.append(time.perf_counter() - w)
    return wall, cpu


def bench_size(n: int, rounds: int, workdir: Path) -> dict[str, Any]:
    """Run every measurement for one corpus size."""
    print(f"\n== {n:,} documents: generating corpus (seed {DEFAULT_SEED}) ...", flush=True)
    docs = generate(n)
    text_mb = sum(len(d.body) for d in docs) / 1e6

    accord_dir = workdir / f"accord-{n}"
    index = SearchIndex(accord_dir)
    wall, cpu, report = _time(lambda: index.rebuild(docs))
    accord_build = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
    accord_size = sum(p.stat().st_size for p in accord_dir.rglob("*") if p.is_file())
    print(f"   accord build {wall:.1f} s (cpu {cpu:.1f} s), {report.added} docs", flush=True)

    fts = Fts5(workdir / f"fts5-{n}.sqlite")
    wall, cpu, _ = _time(lambda: fts.build(docs))
    fts_build = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
    fts_size = sum(
        p.stat().st_size for p in workdir.iterdir() if p.name.startswith(f"fts5-{n}.sqlite")
    )
    print(f"   fts5 build {wall:.1f} s (cpu {cpu:.1f} s)", flush=True)

    # Reopen the index as the app would: ensure() at start-up (verifies checksums,
    # finds nothing to update, warms caches), then the user's first query.
    index.close()
    index = SearchIndex(accord_dir)
    ensure_wall, _cpu, _ = _time(lambda: index.ensure(docs))
    first_wall, _cpu, _ = _time(lambda: index.search(SearchQuery(text="governance")))
    # And without ensure(): the first search opens the index and warms lazily.
    index.close()
    index = SearchIndex(accord_dir)
    lazy_wall, _cpu, _ = _time(lambda: index.search(SearchQuery(text="governance")))

    def accord_run(snippets: bool) -> Callable[[Q], Any]:
        def run(q: Q) -> Any:
            return index.search(
                SearchQuery(text=q.text, filters=q.filters, prefix=q.prefix, snippets=snippets)
            )

        return run

    def fts_run(snippets: bool) -> Callable[[Q], Any]:
        return lambda q: fts.search(q, snippets)

    totals = {
        q.text: (
            index.search(SearchQuery(text=q.text, filters=q.filters, prefix=q.prefix)).total,
            fts.search(q, False),
        )
        for q in QUERY_MIX
    }

    latency: dict[str, Any] = {}
    for snippets in (False, True):
        key = "with_snippets" if snippets else "without_snippets"
        cold, cold_cpu = _latencies(accord_run(snippets), rounds, index.drop_caches)
        warm, warm_cpu = _latencies(accord_run(snippets), rounds, lambda: None)
        base, base_cpu = _latencies(fts_run(snippets), rounds, lambda: None)
        top_only, _ = _latencies(lambda q, s=snippets: fts.top(q, s), rounds, lambda: None)
        latency[key] = {
            "accord_cold": summarize(cold),
            "accord_warm": summarize(warm),
            "fts5": summarize(base),
            # FTS5 without total and facet counts: a stricter baseline than same-work.
            "fts5_top20_only": summarize(top_only),
            "cpu": {
                "accord_cold": summarize(cold_cpu),
                "accord_warm": summarize(warm_cpu),
                "fts5": summarize(base_cpu),
            },
        }
        for variant in ("accord_cold", "accord_warm"):
            for stat in ("p50_ms", "p95_ms"):
                ratio = latency[key][variant][stat] / max(latency[key]["fts5"][stat], 1e-6)
                latency[key][variant][f"{stat[:3]}_ratio_to_fts5"] = round(ratio, 1)

    # Per query (cold, with snippets): where the time goes.
    per_query = {}
    for q in QUERY_MIX:
        samples, cpu_samples = [], []
        for _ in range(rounds):
            index.drop_caches()
            start, cpu_start = time.perf_counter(), time.process_time()
            index.search(SearchQuery(text=q.text, filters=q.filters, prefix=q.prefix))
            cpu_samples.append(time.process_time() - cpu_start)
            samples.append(time.perf_counter() - start)
        per_query[q.text] = {
            "median_ms": round(statistics.median(samples) * 1000, 2),
            "median_cpu_ms": round(statistics.median(cpu_samples) * 1000, 2),
            "accord_total": totals[q.text][0],
            "fts5_total": totals[q.text][1],
        }

    index.close()
    fts.close()
    budget = BUDGET_P95_MS.get(n)
    p95 = latency["with_snippets"]["accord_cold"]["p95_ms"]
    return {
        "documents": n,
        # Other programs on a shared machine inflate wall-clock figures (see the CPU ones).
        "load_avg_1m_after": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "body_text_mb": round(text_mb, 1),
        "build": {"accord": accord_build, "fts5": fts_build},
        "build_ratio_to_fts5": round(accord_build["wall_s"] / max(fts_build["wall_s"], 1e-6), 1),
        "index_mb": {"accord": round(accord_size / 1e6, 1), "fts5": round(fts_size / 1e6, 1)},
        "ensure_unchanged_s": round(ensure_wall, 2),
        "first_query_after_ensure_ms": round(first_wall * 1000, 1),
        "first_query_without_ensure_ms": round(lazy_wall * 1000, 1),
        "latency": latency,
        "per_query_cold_with_snippets": per_query,
        "budget_p95_with_snippets_ms": budget,
        "within_budget": None if budget is None else p95 <= budget,
        "p95_with_snippets_vs_fts5_same_work": {
            "accord_cold_ms": p95,
            "fts5_ms": latency["with_snippets"]["fts5"]["p95_ms"],
            "within": p95 <= latency["with_snippets"]["fts5"]["p95_ms"],
        },
        "build_within_budget": accord_build["wall_s"]
        <= BUDGET_BUILD_RATIO * max(fts_build["wall_s"], 1e-6),
        "build_profile": build_profile(docs) if PROFILE else None,
    }


#: Set by ``--profile``.
PROFILE = False


def build_profile(docs: list[IndexDoc], top: int = 15) -> dict[str, Any]:
    """Where Accord's build time and memory go: cProfile's top functions by own time and
    tracemalloc's peak (both slow the build down; the figures are shares, not timings)."""
    import cProfile
    import pstats
    import tracemalloc

    workdir = Path(tempfile.mkdtemp(prefix="accord-profile-"))
    try:
        index = SearchIndex(workdir / "ix")
        profiler = cProfile.Profile()
        tracemalloc.start()
        profiler.enable()
        index.rebuild(docs)
        profiler.disable()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        index.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values()) or 1.0  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    return {
        "python_peak_mb": round(peak / 1e6, 1),
        "top_own_time": [
            {
                "function": f"{Path(file).name}:{line}({name})",
                "calls": calls,
                "own_s": round(own, 2),
                "share": round(own / total, 3),
            }
            for (file, line, name), (_cc, calls, own, _cum, _callers) in rows
        ],
    }


def print_table(result: dict[str, Any]) -> None:
    """Print one size's results as a plain table."""
    n = result["documents"]
    b = result["build"]
    load = result.get("load_avg_1m_after")
    print(f"\n{n:,} documents ({result['body_text_mb']} MB of body text, load avg {load})")
    print(f"{'measure':<42}{'Accord':>15}{'FTS5':>10}{'ratio':>8}")
    print(
        f"{'build (s, wall)':<42}{b['accord']['wall_s']:>15.2f}{b['fts5']['wall_s']:>10.2f}"
        f"{result['build_ratio_to_fts5']:>8.1f}"
    )
    for key, label in (("without_snippets", "no snippets"), ("with_snippets", "snippets")):
        lat = result["latency"][key]
        for clock, figures in (("wall", lat), ("cpu", lat["cpu"])):
            for variant in ("accord_cold", "accord_warm"):
                tag = "cold" if variant == "accord_cold" else "warm"
                for stat in ("p50_ms", "p95_ms"):
                    ours = figures[variant][stat]
                    theirs = figures["fts5"][stat]
                    name = f"{stat[:3]} ms {clock}, {label}, {tag}"
                    ratio = ours / max(theirs, 1e-6)
                    print(f"{name:<42}{ours:>15.1f}{theirs:>10.2f}{ratio:>8.1f}")
    for key, label in (("without_snippets", "no snippets"), ("with_snippets", "snippets")):
        lat = result["latency"][key]
        for stat in ("p50_ms", "p95_ms"):
            ours = lat["accord_cold"][stat]
            theirs = lat["fts5_top20_only"][stat]
            name = f"{stat[:3]} ms, {label}, vs FTS5 top-20 only"
            print(f"{name:<42}{ours:>15.1f}{theirs:>10.2f}{ours / max(theirs, 1e-6):>8.1f}")
    print(f"{'ensure(), nothing changed (s)':<42}{result['ensure_unchanged_s']:>15.2f}")
    print(f"{'first query after ensure (ms)':<42}{result['first_query_after_ensure_ms']:>15.1f}")
    print(f"{'first query, no ensure (ms)':<42}{result['first_query_without_ensure_ms']:>15.1f}")
    budget = result["budget_p95_with_snippets_ms"]
    if budget:
        verdict = "within" if result["within_budget"] else "OVER"
        print(f"budget: p95 with snippets (cold) <= {budget:.0f} ms: {verdict}")
    same = result["p95_with_snippets_vs_fts5_same_work"]
    verdict = "within" if same["within"] else "OVER"
    print(f"budget: p95 with snippets (cold) <= FTS5 same work ({same['fts5_ms']} ms): {verdict}")
    verdict = "within" if result["build_within_budget"] else "OVER"
    print(f"budget: build <= {BUDGET_BUILD_RATIO:.0f}x FTS5: {verdict}")
    profile = result.get("build_profile")
    if profile:
        print(f"build profile: python peak {profile['python_peak_mb']} MB; top own time:")
        for row in profile["top_own_time"]:
            print(f"  {row['share']:6.1%}  {row['own_s']:7.2f} s  {row['function']}")


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.search_bench", description=__doc__)
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the query mix")
    parser.add_argument("--out", type=Path, default=OUT_DIR / "search_bench.json")
    parser.add_argument("--profile", action="store_true", help="profile Accord's build")
    args = parser.parse_args(argv)
    global PROFILE
    PROFILE = args.profile

    workdir = Path(tempfile.mkdtemp(prefix="accord-bench-"))
    results = []
    try:
        for n in args.docs:
            result = bench_size(n, args.rounds, workdir)
            print_table(result)
            results.append(result)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    payload = {
        "benchmark": "search",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_avg_at_end": os.getloadavg() if hasattr(os, "getloadavg") else None,
            "sqlite": sqlite3.sqlite_version,
        },
        "query_mix": [q.text for q in QUERY_MIX],
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
