"""Hostile documents cost about what ordinary ones of the same size cost.

For the hostile corpus (``tests/hostile/documents.py``) this measures, in one run:

* loading the whole corpus library, beside loading a benign library with the same number
  of files and the same bytes (time and peak Python memory);
* rendering each hostile document that loads, beside rendering a benign document of the
  same size (plain paragraphs).

Budgets (issue 14): the corpus loads within 3× the benign library's time and memory;
every hostile document renders within 3× its benign twin + 50 ms. Before the bounds, one
376-byte front matter took 45-59 s and ended in MemoryError, and 20,000 nested ``<div>``
froze the reader for 30 s.

    python bench/hostile_bench.py [--reps 3] [--json bench/out/hostile.json]

Prints a table and writes JSON; exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RATIO = 3.0
SLACK_S = 0.05


def _timed(fn: Callable[[], object], reps: int) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _benign_twin(folder: Path, hostile: Path) -> Path:
    """A library with as many files as ``hostile`` and the same bytes, all ordinary."""
    for n, path in enumerate(sorted(hostile.rglob("*.md"))):
        size = path.stat().st_size
        paragraph = "Ordinary words of an ordinary guide, with a link to nothing. " * 4 + "\n\n"
        body = (paragraph * (size // len(paragraph) + 1))[: max(0, size - 60)]
        target = folder / f"benign/doc-{n:03d}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"---\ntitle: Doc {n}\ntype: guide\n---\n{body}", encoding="utf-8")
    return folder


def run(reps: int) -> dict:
    from desktop.core.library.documents import Document, load_library
    from desktop.core.library.render import render_document
    from tests.hostile import documents

    work = Path(tempfile.mkdtemp(prefix="accord-hostile-bench-"))
    hostile = documents.write_library(work / "hostile", work / "outside")
    benign = _benign_twin(work / "benign-lib", hostile)
    load = {
        "hostile_s": _timed(lambda: load_library(hostile), reps),
        "benign_s": _timed(lambda: load_library(benign), reps),
        "hostile_peak_bytes": _peak(lambda: load_library(hostile)),
        "benign_peak_bytes": _peak(lambda: load_library(benign)),
    }
    library = load_library(hostile)
    render_document(next(iter(load_library(benign).documents.values())), library)  # warm-up
    renders = []
    for case in documents.CASES:
        doc = library.get(case.id)
        if doc is None:
            continue
        twin = Document(
            id="twin",
            path="twin.md",
            title="Twin",
            type="guide",
            body="Plain words in a plain paragraph.\n\n" * (len(doc.body) // 36 + 1),
        )
        hostile_s = _timed(lambda d=doc: render_document(d, library), reps)
        benign_s = _timed(lambda t=twin: render_document(t, library), reps)
        renders.append(
            {
                "case": case.name,
                "bytes": len(doc.body),
                "hostile_s": hostile_s,
                "benign_s": benign_s,
                "ok": hostile_s <= RATIO * benign_s + SLACK_S,
            }
        )
    load["ok"] = (
        load["hostile_s"] <= RATIO * load["benign_s"]
        and load["hostile_peak_bytes"] <= RATIO * load["benign_peak_bytes"]
    )
    return {"load": load, "renders": renders}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run(args.reps)
    load = result["load"]
    print(
        f"load corpus: {load['hostile_s'] * 1000:.0f} ms vs benign {load['benign_s'] * 1000:.0f}"
        f" ms; peak {load['hostile_peak_bytes'] / 1e6:.1f} MB vs "
        f"{load['benign_peak_bytes'] / 1e6:.1f} MB  {'ok' if load['ok'] else 'OVER'}"
    )
    print(f"{'document':24} {'KB':>7} {'hostile ms':>11} {'benign ms':>10}")
    for r in result["renders"]:
        print(
            f"{r['case']:24} {r['bytes'] / 1024:7.0f} {r['hostile_s'] * 1000:11.1f} "
            f"{r['benign_s'] * 1000:10.1f}  {'ok' if r['ok'] else 'OVER'}"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))
    ok = load["ok"] and all(r["ok"] for r in result["renders"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
