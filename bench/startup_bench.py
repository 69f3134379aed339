"""App start to first painted window, beside a bare QMainWindow measured in the same run.

Each repetition starts two fresh processes (offscreen Qt), in alternating order: a bare
``QMainWindow`` and Accord's main window on the bundled library. Each child reports wall
clock times (``time.time()``) for: interpreter ready, QApplication created, first paint
of the window; Accord's child also reports the library loaded and the search index ready
(both happen after the first paint, in the background). The parent notes the time just
before starting the child, so "process start → first paint" includes interpreter start.
Warm-up runs come first: the first start (no search index yet) is reported separately,
and the children keep a bytecode cache in a temporary folder, as an installed app does.

Budget (issue 2): Accord's first paint ≤ 3× the bare window's, median of the runs.

    python bench/startup_bench.py [--reps 7] [--library content/] [--json bench/out/startup.json]

Prints a table and writes JSON; exits 1 when the budget is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_RATIO = 3.0
WINDOW_SIZE = (1200, 780)


# --------------------------------------------------------------------------- children
def child_bare() -> dict[str, float]:
    """A bare QMainWindow: the baseline."""
    t_main = time.time()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    t_qapp = time.time()
    marks: dict[str, float] = {}

    class Bare(QMainWindow):
        def paintEvent(self, event):
            super().paintEvent(event)
            if "paint" not in marks:
                marks["paint"] = time.time()
                QTimer.singleShot(0, app.quit)

    window = Bare()
    window.resize(*WINDOW_SIZE)
    window.show()
    app.exec()
    window.close()
    return {"main": t_main, "qapp": t_qapp, "paint": marks["paint"]}


def child_accord(library: str, data: str) -> dict[str, float]:
    """Accord's window, created exactly as ``desktop.ui.shell.app.run`` does."""
    t_main = time.time()
    from PySide6.QtCore import QTimer

    from desktop.ui.shell.app import create_application

    app = create_application([])
    t_qapp = time.time()
    from desktop.ui.shell.main_window import MainWindow

    marks: dict[str, float] = {}
    window = MainWindow(Path(library), Path(data))
    window.resize(*WINDOW_SIZE)

    def mark(name: str) -> None:
        marks.setdefault(name, time.time())
        if "index" in marks or "index_failed" in marks:
            QTimer.singleShot(0, app.quit)

    window.firstPainted.connect(lambda: mark("paint"))
    window.libraryLoaded.connect(lambda _lib: mark("library"))
    window.indexReady.connect(lambda _report: mark("index"))
    window.indexFailed.connect(lambda _msg: mark("index_failed"))
    QTimer.singleShot(120_000, app.quit)
    window.show()
    app.exec()
    window.close()
    out = {"main": t_main, "qapp": t_qapp, **marks}
    if window.index_report is not None:
        out["index_rebuilt"] = float(bool(window.index_report.rebuilt))
    return out


# --------------------------------------------------------------------------- parent
def run_child(kind: str, library: Path, data: Path, pycache: Path) -> dict[str, float]:
    """Start one child process and return its marks, relative to the spawn time.

    Children may cache bytecode (as an installed app does), in a folder of their own so
    the source tree stays clean; the warm-up runs fill it.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("ACCORD_DATA_DIR", None)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    if kind == "accord":
        cmd += ["--library", str(library), "--data", str(data)]
    spawned = time.time()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{proc.stderr[-2000:]}")
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1]
    marks = json.loads(line)
    rel = {k: v - spawned for k, v in marks.items() if k not in ("index_rebuilt",)}
    rel["qapp_to_paint"] = marks["paint"] - marks["qapp"]
    if "index_rebuilt" in marks:
        rel["index_rebuilt"] = marks["index_rebuilt"]
    return rel


def summarise(values: list[float]) -> dict[str, float]:
    """Median, min and max in seconds."""
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or one child when ``--child`` is given)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--library", default=str(ROOT / "content"))
    parser.add_argument("--json", default=str(ROOT / "bench" / "out" / "startup.json"))
    parser.add_argument("--child", choices=["bare", "accord"], help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "bare":
        print(json.dumps(child_bare()))
        return 0
    if args.child == "accord":
        print(json.dumps(child_accord(args.library, args.data)))
        return 0

    library = Path(args.library)
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        # One cold start (no index yet: first-start indexing), then warm starts.
        cold_data = Path(tmp) / "cold"
        warm_data = Path(tmp) / "warm"
        pycache = Path(tmp) / "pycache"
        run_child("bare", library, warm_data, pycache)
        cold = run_child("accord", library, cold_data, pycache)
        run_child("accord", library, warm_data, pycache)  # builds the warm runs' index
        bare_runs: list[dict[str, float]] = []
        accord_runs: list[dict[str, float]] = []
        for rep in range(args.reps):
            order = ["bare", "accord"] if rep % 2 == 0 else ["accord", "bare"]
            for kind in order:
                result = run_child(kind, library, warm_data, pycache)
                (bare_runs if kind == "bare" else accord_runs).append(result)

    bare_paint = summarise([r["paint"] for r in bare_runs])
    accord_paint = summarise([r["paint"] for r in accord_runs])
    bare_qapp = summarise([r["qapp_to_paint"] for r in bare_runs])
    accord_qapp = summarise([r["qapp_to_paint"] for r in accord_runs])
    ratio = accord_paint["median"] / bare_paint["median"]
    ratio_qapp = accord_qapp["median"] / bare_qapp["median"]
    library_ready = summarise([r["library"] for r in accord_runs if "library" in r])
    index_ready = summarise([r["index"] for r in accord_runs if "index" in r])
    ok = ratio <= BUDGET_RATIO

    rows = [
        ("process start → first paint", bare_paint, accord_paint, ratio),
        ("QApplication → first paint", bare_qapp, accord_qapp, ratio_qapp),
    ]
    print(f"Accord startup benchmark ({args.reps} runs each, offscreen, {platform.node()})")
    print(f"{'measure':32} {'bare median':>12} {'accord median':>14} {'ratio':>7}")
    for name, bare, accord, r in rows:
        print(
            f"{name:32} {bare['median'] * 1000:10.0f}ms {accord['median'] * 1000:12.0f}ms {r:7.2f}"
        )
    print(f"{'library loaded (after paint)':32} {'':>12} {library_ready['median'] * 1000:12.0f}ms")
    print(f"{'search ready, warm index':32} {'':>12} {index_ready['median'] * 1000:12.0f}ms")
    if "index" in cold:
        print(f"{'search ready, first start':32} {'':>12} {cold['index'] * 1000:12.0f}ms")
    verdict = "PASS" if ok else "FAIL"
    print(f"budget: first paint ≤ {BUDGET_RATIO:.0f}× bare → {ratio:.2f}× {verdict}")

    report = {
        "benchmark": "startup",
        "reps": args.reps,
        "library": str(library),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "seconds": {
            "bare_process_to_paint": bare_paint,
            "accord_process_to_paint": accord_paint,
            "bare_qapp_to_paint": bare_qapp,
            "accord_qapp_to_paint": accord_qapp,
            "accord_library_loaded": library_ready,
            "accord_search_ready_warm": index_ready,
            "accord_search_ready_first_start": cold.get("index"),
        },
        "ratio_process_to_paint": ratio,
        "ratio_qapp_to_paint": ratio_qapp,
        "budget_ratio": BUDGET_RATIO,
        "pass": ok,
        "runs": {"bare": bare_runs, "accord": accord_runs, "accord_first_start": cold},
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
