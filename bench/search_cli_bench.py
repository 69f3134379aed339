"""A one-off ``accord search``, ``accord index rebuild`` and the app, on a large library.

    python -m bench.search_cli_bench [--docs 10000] [--rounds 3]

Writes the synthetic library (``bench.corpus``) as Markdown files, then measures in fresh
processes, each beside a baseline from the same run:

* ``accord index rebuild`` (wall clock, peak memory), beside a process that only imports
  sqlite3 and builds a plain FTS5 table of the same documents;
* a cold ``accord search`` (a new process each time, index already built), beside a
  process that opens the FTS5 database and runs the same query;
* the app: the main window on that library until its index is ready and one query has
  been answered, peak memory, beside a bare ``QMainWindow``: the first start (which builds
  the index in the background) and a later one (the budget's case: the index exists).

Budgets (issue 13): cold ``accord search`` <= 1 s and <= 200 MB; the app <= 250 MB.
Peak memory is the child's maximum resident set size (``wait4``). Results go to
``bench/out/search_cli_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = Path(__file__).resolve().parent / "out"
BUDGET_SEARCH_S = 1.0
BUDGET_SEARCH_MB = 200.0
BUDGET_APP_MB = 250.0
QUERY = "how do regulators inspect foundation models"

FTS_BUILD = """
import sqlite3, sys
from bench.corpus import generate
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, "
           "tokenize='porter unicode61 remove_diacritics 2')")
with db:
    db.executemany("INSERT INTO docs VALUES (?, ?, ?)",
                   ((d.title, d.summary, d.body) for d in generate(int(sys.argv[2]))))
db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
db.commit()
"""
FTS_SEARCH = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
words = " OR ".join(f'"{w}"' for w in sys.argv[2].split())
rows = db.execute("SELECT rowid, title, snippet(docs, 2, '<mark>', '</mark>', '…', 30) "
                  "FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (words,)).fetchall()
print(len(rows))
"""
APP_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.ui.shell.app import create_application
from desktop.ui.shell.main_window import MainWindow
app = create_application([])
window = MainWindow(Path(sys.argv[1]), Path(sys.argv[2]))
state = {}
def ready(_report):
    from index import SearchQuery
    index = window.index
    if index is not None:
        index.search(SearchQuery(text=sys.argv[3]))
    QTimer.singleShot(0, app.quit)
window.indexReady.connect(ready)
window.indexFailed.connect(lambda _m: app.quit())
QTimer.singleShot(300_000, app.quit)
window.show()
app.exec()
"""
BARE_CHILD = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show()
QTimer.singleShot(200, app.quit)
app.exec()
"""


def run(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run one child; its wall time (s), CPU time (s) and peak memory (MB)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}):\n{err[-2000:]}\n{out[-500:]}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_mb": round(usage.ru_maxrss * scale / 1e6, 1),
    }


def median(samples: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure over the samples."""
    return {k: round(statistics.median(s[k] for s in samples), 3) for k in samples[0]}


def measure(n: int, rounds: int, work: Path) -> dict[str, Any]:
    """Every figure for a library of ``n`` documents."""
    from bench.corpus import write_library

    library, data = work / "library", work / "data"
    write_library(library, n)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("ACCORD_DATA_DIR", None)
    accord = [sys.executable, "-m", "desktop.cli", "--library", str(library), "--data-dir"]
    fts_db = work / "fts.sqlite"

    rebuild = run([*accord, str(data), "index", "rebuild"], env)
    fts_build = run([sys.executable, "-c", FTS_BUILD, str(fts_db), str(n)], env)
    search, fts_search = [], []
    for _ in range(rounds):
        search.append(run([*accord, str(data), "search", QUERY, "--json"], env))
        fts_search.append(run([sys.executable, "-c", FTS_SEARCH, str(fts_db), QUERY], env))
    app_args = [sys.executable, "-c", APP_CHILD, str(library), str(data / "app"), QUERY]
    app_first = run(app_args, env)  # builds its index in the background
    app = run(app_args, env)  # a later start: the index is there
    bare = run([sys.executable, "-c", BARE_CHILD], env)
    s = median(search)
    return {
        "documents": n,
        "rebuild": {"accord": rebuild, "fts5_build_process": fts_build},
        "cold_search": {"accord": s, "fts5_process": median(fts_search), "rounds": rounds},
        "app": {
            "first_start_building_the_index": app_first,
            "later_start_until_index_ready_and_one_query": app,
            "bare_qmainwindow": bare,
        },
        "budgets": {
            "cold_search_s": BUDGET_SEARCH_S,
            "cold_search_mb": BUDGET_SEARCH_MB,
            "app_mb": BUDGET_APP_MB,
        },
        "within_budget": {
            "cold_search_s": s["wall_s"] <= BUDGET_SEARCH_S,
            "cold_search_mb": s["peak_mb"] <= BUDGET_SEARCH_MB,
            "app_mb": app["peak_mb"] <= BUDGET_APP_MB,
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.search_cli_bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT_DIR / "search_cli_bench.json")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="accord-cli-bench-"))
    try:
        result = measure(args.docs, args.rounds, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["load_avg_at_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if all(result["within_budget"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
