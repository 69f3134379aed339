"""The frozen bundle's figures: archive size, first window, peak memory, screenshots.

    python packaging/build.py                       # makes dist/Accord and its archive
    python bench/frozen_bench.py [--bundle dist/Accord] [--reps 7] [--xvfb]

Every run starts a fresh process with the start-up probe (``ACCORD_PROBE``, see
``desktop/ui/shell/selftest.py``), offscreen unless ``--xvfb``:

* first window: process start (noted by this script just before spawning) to the main
  window's first paint, frozen ``dist/Accord/accord`` beside the same app from source
  (``python packaging/accord_main.py``), alternating, on a warm data folder;
* first start: the frozen app on an empty data folder until search is ready (the bundled
  prebuilt index is adopted, so nothing is indexed on the laptop);
* peak memory: the frozen app's maximum resident set size (``wait4``'s ``ru_maxrss``) while
  it loads the bundled library, opens the index, searches and shows a document;
* screenshots of the window showing that document, frozen and from source, saved to
  ``--shots`` (default ``/tmp/accord-shots``) with the share of pixels that differ.

Budgets (issue 6): archive ≤ 90 MB, frozen first window ≤ 2 s, frozen peak memory ≤ 200 MB.
Prints a table, writes JSON (``bench/out/frozen.json``), exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_ARCHIVE_MB = 90.0
BUDGET_FIRST_WINDOW_S = 2.0
BUDGET_PEAK_MB = 200.0


def run_probe(
    cmd: list[str], mode: str, data: Path, env_extra: dict[str, str] | None = None
) -> tuple[dict[str, float], float]:
    """Start ``cmd`` with the probe; returns (marks relative to the spawn, peak RSS in MB)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ACCORD_LIBRARY", "ACCORD_PORTABLE", "PYTHONPATH")
    }
    env.update(
        {
            "ACCORD_PROBE": mode,
            "ACCORD_DATA_DIR": str(data),
            "PYTHONDONTWRITEBYTECODE": "1",
            **(env_extra or {}),
        }
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if env["QT_QPA_PLATFORM"] == "":
        env.pop("QT_QPA_PLATFORM")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        spawned = time.time()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}):\n{stderr[-2000:]}")
    line = [ln for ln in stdout.splitlines() if ln.startswith("{")][-1]
    marks = json.loads(line)
    rel = {k: v - spawned for k, v in marks.items() if isinstance(v, float) and v > 1e9}
    rel.update({k: v for k, v in marks.items() if not (isinstance(v, float) and v > 1e9)})
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return rel, peak


def image_difference(a: Path, b: Path) -> float:
    """Share of pixels that differ between two screenshots (1.0 if sizes differ)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    one, two = QImage(str(a)), QImage(str(b))
    if one.size() != two.size() or one.isNull():
        return 1.0
    one = one.convertToFormat(QImage.Format.Format_RGB32)
    two = two.convertToFormat(QImage.Format.Format_RGB32)
    x, y = bytes(one.constBits()), bytes(two.constBits())
    differing = sum(1 for i in range(0, len(x), 4) if x[i : i + 4] != y[i : i + 4])
    return differing / (len(x) // 4)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display number; returns (process, display)."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (apt-get install xvfb)")
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            proc = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(50):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return proc, display
                time.sleep(0.1)
            proc.terminate()
    raise SystemExit("could not start Xvfb")


def summarise(values: list[float]) -> dict[str, float]:
    """Median, min and max."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "Accord"))
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--shots", default="/tmp/accord-shots")
    parser.add_argument("--json", default=str(ROOT / "bench" / "out" / "frozen.json"))
    parser.add_argument("--xvfb", action="store_true", help="also screenshot under Xvfb (X11)")
    args = parser.parse_args(argv)

    bundle = Path(args.bundle).resolve()
    frozen = [str(bundle / ("accord-cli.exe" if sys.platform == "win32" else "accord"))]
    source = [sys.executable, str(ROOT / "packaging" / "accord_main.py")]
    if not Path(frozen[0]).is_file():
        raise SystemExit(f"no frozen app at {frozen[0]}: run python packaging/build.py first")
    archives = sorted(bundle.parent.glob("Accord-*.tar.gz")) + sorted(
        bundle.parent.glob("Accord-*.zip")
    )
    archive_mb = archives[-1].stat().st_size / 1e6 if archives else float("nan")
    bundle_mb = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file()) / 1e6
    shots = Path(args.shots)
    shots.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="accord-frozen-bench-") as tmp:
        first, first_peak = run_probe(frozen, "ready", Path(tmp) / "first")
        warm_frozen, warm_source = Path(tmp) / "warm-f", Path(tmp) / "warm-s"
        run_probe(frozen, "ready", warm_frozen)
        run_probe(source, "ready", warm_source)
        paints: dict[str, list[float]] = {"frozen": [], "source": []}
        for rep in range(args.reps):
            order = ("frozen", "source") if rep % 2 == 0 else ("source", "frozen")
            for kind in order:
                cmd, data = (frozen, warm_frozen) if kind == "frozen" else (source, warm_source)
                marks, _peak = run_probe(cmd, "paint", data)
                paints[kind].append(marks["paint"])
        peaks = []
        ready_marks = []
        for _ in range(3):
            marks, peak = run_probe(frozen, "ready", warm_frozen)
            peaks.append(peak)
            ready_marks.append(marks)
        _m, source_peak = run_probe(source, "ready", warm_source)

        shot_files = {}
        for kind, cmd, data in (
            ("frozen", frozen, warm_frozen),
            ("source", source, warm_source),
        ):
            target = shots / f"{kind}-offscreen.png"
            run_probe(cmd, "ready", data, {"ACCORD_PROBE_SHOT": str(target)})
            shot_files[f"{kind}-offscreen"] = target
        if args.xvfb:
            xvfb, display = start_xvfb()
            try:
                for kind, cmd, data in (
                    ("frozen", frozen, warm_frozen),
                    ("source", source, warm_source),
                ):
                    target = shots / f"{kind}-xvfb.png"
                    env = {"ACCORD_PROBE_SHOT": str(target), "DISPLAY": display}
                    env["QT_QPA_PLATFORM"] = ""  # the real X11 (xcb) platform
                    run_probe(cmd, "ready", data, env)
                    shot_files[f"{kind}-xvfb"] = target
            finally:
                xvfb.terminate()
                xvfb.wait(timeout=10)

    diff_offscreen = image_difference(
        shot_files["frozen-offscreen"], shot_files["source-offscreen"]
    )
    diff_xvfb = (
        image_difference(shot_files["frozen-xvfb"], shot_files["source-xvfb"])
        if args.xvfb
        else None
    )
    frozen_paint = summarise(paints["frozen"])
    source_paint = summarise(paints["source"])
    peak_mb = max(peaks)
    checks = {
        "archive": archive_mb <= BUDGET_ARCHIVE_MB,
        "first_window": frozen_paint["median"] <= BUDGET_FIRST_WINDOW_S,
        "peak_memory": peak_mb <= BUDGET_PEAK_MB,
    }

    print(f"Accord frozen bundle benchmark ({platform.node()}, {os.cpu_count()} CPUs)")
    print(f"  archive            {archive_mb:8.1f} MB   (budget {BUDGET_ARCHIVE_MB:.0f} MB)")
    print(f"  bundle on disk     {bundle_mb:8.1f} MB")
    print(
        f"  first window       {frozen_paint['median']:8.2f} s    frozen median of {args.reps} "
        f"(min {frozen_paint['min']:.2f}, max {frozen_paint['max']:.2f}; budget "
        f"{BUDGET_FIRST_WINDOW_S:.0f} s)"
    )
    print(f"                     {source_paint['median']:8.2f} s    from source, median")
    print(
        f"  first start        {first['index']:8.2f} s    frozen, empty data folder, to search "
        f"ready (prebuilt index adopted: {first.get('index_adopted')})"
    )
    print(
        f"  peak memory        {peak_mb:8.1f} MB   frozen, library + index + search + reader "
        f"(budget {BUDGET_PEAK_MB:.0f} MB; from source {source_peak:.1f} MB; first start "
        f"{first_peak:.1f} MB)"
    )
    for name, path in shot_files.items():
        print(f"  screenshot         {path}  ({name})")
    print(f"  frozen vs source   {diff_offscreen:8.2%} of pixels differ (offscreen)")
    if diff_xvfb is not None:
        print(f"                     {diff_xvfb:8.2%} of pixels differ (Xvfb)")
    verdict = "PASS" if all(checks.values()) else "FAIL"
    said = ", ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in checks.items())
    print(f"budgets: {said}")
    print(verdict)

    report = {
        "benchmark": "frozen",
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "archive_mb": archive_mb,
        "bundle_mb": bundle_mb,
        "first_window_s": {"frozen": frozen_paint, "source": source_paint},
        "first_start_search_ready_s": first["index"],
        "peak_rss_mb": {"frozen": peaks, "source": source_peak, "first_start": first_peak},
        "screenshots": {k: str(v) for k, v in shot_files.items()},
        "pixels_differing": {"offscreen": diff_offscreen, "xvfb": diff_xvfb},
        "ready_marks": ready_marks,
        "budgets": {
            "archive_mb": BUDGET_ARCHIVE_MB,
            "first_window_s": BUDGET_FIRST_WINDOW_S,
            "peak_rss_mb": BUDGET_PEAK_MB,
        },
        "pass": checks,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
