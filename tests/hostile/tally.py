"""Count the hostile corpus by kind: refused, handled, failed (the figures of issue 14).

    python -m tests.hostile.tally

Runs every case of every table (documents, packs, sealed payloads and envelopes,
receipts and hub keys files) in a temporary folder, the way the tests do, and prints one
line per kind. "failed" means the outcome was not the expected one (a traceback, a hang
cut short, a refusal without its reason, a changed data folder); the tests require 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path


def _count(rows: list[tuple[str, str, str, str]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    for kind, outcome, expect, _why in rows:
        verdict = outcome if outcome == expect else "failed"
        counts.setdefault(kind, Counter())[verdict] += 1
    return counts


def run(work: Path) -> list[tuple[str, str, str, str]]:
    """(kind, outcome, expected, why) for every case."""
    from desktop.core.library.documents import load_library
    from tests.hostile import device, documents, packs

    rows = []
    library = documents.write_library(work / "library", work / "outside")
    previous = Path.cwd()
    os.chdir(work / "outside")
    try:
        loaded = load_library(library)
        for case in documents.CASES:
            outcome, why = documents.outcome(case, loaded, work / "outside")
            if (case.expect == "refused" or case.plain) and case.words not in why:
                outcome = "failed"  # refused, but not for the reason the table names
            rows.append(("document", outcome, case.expect, why))
    finally:
        os.chdir(previous)
    keys = packs.Keys.make(work / "keys")
    bundled = work / "bundled"
    (bundled / "core").mkdir(parents=True)
    (bundled / "core" / "intro.md").write_text("---\ntitle: Intro\ntype: guide\n---\nHi.\n")
    for case in packs.cases_here():
        data = work / "data" / case.name
        data.mkdir(parents=True)
        outcome, why = packs.install_outcome(case, work / "packs", keys, data, bundled)
        if outcome == case.expect and case.words not in why:
            outcome = "failed"
        rows.append(("pack", outcome, case.expect, why))
    parties = device.Parties.make()
    for case in device.PAYLOADS:
        outcome, why = device.open_outcome(case, parties)
        rows.append((case.kind, outcome, case.expect, why))
    for case in device.RECEIPTS:
        if case.name == "fifo" and not hasattr(os, "mkfifo"):
            continue
        outcome, why = device.file_outcome(case, parties, work / "device" / case.kind / case.name)
        rows.append((f"{case.kind} file", outcome, case.expect, why))
    return rows


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="accord-hostile-") as folder:
        rows = run(Path(folder))
    counts = _count(rows)
    print(f"{'kind':16} {'cases':>5} {'refused':>8} {'handled':>8} {'failed':>7}")
    total: Counter = Counter()
    for kind, c in counts.items():
        total.update(c)
        print(f"{kind:16} {sum(c.values()):5} {c['refused']:8} {c['handled']:8} {c['failed']:7}")
    print(f"{'all':16} {sum(total.values()):5} {total['refused']:8} {total['handled']:8} "
          f"{total['failed']:7}")  # fmt: skip
    for kind, outcome, expect, why in rows:
        if outcome != expect:
            print(f"FAILED {kind}: expected {expect}, got {outcome}: {why[:200]}")
    return 1 if total["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
