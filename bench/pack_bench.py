"""Pack install budgets: a 1,000-document pack ≤ 10 s including the index; a 10-document
delta ≤ 1 s.

    python -m bench.pack_bench [--docs 1000] [--changed 10] [--keep DIR]

Uses ``bench.corpus`` for the documents (its checklist documents get a one-question
``sections:`` block so the library passes ``accord check``, which ``pack build`` requires).
Prints one line per scenario with the time split by stage, then the budgets.

Reading the figures: "prepare" is parsing Markdown front matter (PyYAML) unless the pack
ships its records with ``--with-index``; "index" is the search engine (a local build of
every document, or an incremental update that the engine currently follows with a full
optimise). The pack machinery itself is copy + verify + extract + switch.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import write_library
from desktop.core.packs.build import build_pack
from desktop.core.packs.install import install_pack
from desktop.core.packs.keys import generate_keypair
from desktop.core.packs.result import InstallResult

BUDGET_FULL = 10.0
BUDGET_DELTA = 1.0
SECTIONS = (
    "type: checklist\nsections:\n  - id: main\n    title: Main\n    component: governance\n"
    "    items:\n      - id: Q-1\n        ask: Is it in place?\n"
)


def make_corpus(root: Path, docs: int) -> None:
    """Write the synthetic library and make its checklists valid."""
    write_library(root, docs)
    for path in root.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        if "\ntype: checklist\n" in text:
            path.write_text(text.replace("type: checklist\n", SECTIONS, 1), encoding="utf-8")


def change_documents(root: Path, count: int) -> list[Path]:
    """Append a sentence to ``count`` documents (spread over the library)."""
    files = sorted(root.rglob("*.md"))
    step = max(1, len(files) // count)
    changed = files[::step][:count]
    for path in changed:
        path.write_text(path.read_text(encoding="utf-8") + "\nRevised paragraph.\n", "utf-8")
    return changed


def _line(label: str, seconds: float, result: InstallResult, budget: float) -> str:
    stages = ", ".join(f"{k} {v:.2f}" for k, v in result.timings.items())
    verdict = "within budget" if seconds <= budget else "OVER budget"
    return f"{label:46} {seconds:6.2f} s  [{stages}]  budget {budget:.0f} s: {verdict}"


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.pack_bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--changed", type=int, default=10)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="accord-pack-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        key = work / "bench.key"
        if not key.exists():
            generate_keypair(key, "bench")
        from desktop.core.packs.keys import load_public_key

        trusted = [load_public_key(Path(f"{key}.pub"))]
        library = work / "library"
        shutil.rmtree(library, ignore_errors=True)
        make_corpus(library, args.docs)
        empty = work / "empty-bundled"
        empty.mkdir(exist_ok=True)

        t = time.perf_counter()
        full_idx = build_pack(
            library, key, "core", "1.0.0", work / "core-idx.accordpack", with_index=True
        ).path
        build_idx = time.perf_counter() - t
        t = time.perf_counter()
        full = build_pack(library, key, "core", "1.0.0", work / "core.accordpack").path
        build_plain = time.perf_counter() - t
        print(
            f"corpus: {args.docs} documents; build {build_plain:.2f} s "
            f"({build_idx:.2f} s with --with-index); pack {full.stat().st_size // 1024} KB "
            f"({full_idx.stat().st_size // 1024} KB with index)"
        )

        lines = []
        # For reference: parsing the Markdown, which every install of new documents needs.
        from desktop.core.library.documents import load_library

        t = time.perf_counter()
        load_library(library)
        parse_s = time.perf_counter() - t
        lines.append(f"{'(reference) parsing all documents once':46} {parse_s:6.2f} s")
        # 1. The coordinating body's core pack with its prebuilt index, fresh data folder.
        data_a = work / "data-prebuilt"
        shutil.rmtree(data_a, ignore_errors=True)
        t = time.perf_counter()
        a = install_pack(full_idx, data_a, bundled=empty, trusted=trusted)
        full_a = time.perf_counter() - t
        lines.append(_line(f"{args.docs}-doc pack, prebuilt index", full_a, a, BUDGET_FULL))

        # 2. The same pack without an index: the laptop indexes every document itself.
        data_b = work / "data-local"
        shutil.rmtree(data_b, ignore_errors=True)
        t = time.perf_counter()
        b = install_pack(full, data_b, bundled=empty, trusted=trusted)
        full_b = time.perf_counter() - t
        lines.append(_line(f"{args.docs}-doc pack, index built locally", full_b, b, BUDGET_FULL))

        # 3. A delta with N changed documents on top of scenario 1.
        changed = change_documents(library, args.changed)
        delta = build_pack(
            library, key, "core", "1.1.0", work / "delta.accordpack", base=full_idx
        ).path
        t = time.perf_counter()
        c = install_pack(delta, data_a, bundled=empty, trusted=trusted)
        delta_s = time.perf_counter() - t
        assert len(c.changes.updated) == len(changed), c.changes.summary()
        lines.append(_line(f"{len(changed)}-doc delta incl. index", delta_s, c, BUDGET_DELTA))
        apply_s = delta_s - c.timings.get("index", 0.0)
        lines.append(f"{'  of which applying the delta (no index)':46} {apply_s:6.2f} s")

        # 4. The same delta on scenario 2's folder, leaving the index to the next search.
        t = time.perf_counter()
        d = install_pack(delta, data_b, bundled=empty, trusted=trusted, update_index=False)
        deferred = time.perf_counter() - t
        lines.append(_line(f"{len(changed)}-doc delta, index deferred", deferred, d, BUDGET_DELTA))
        print("\n".join(lines))
        index_a = a.index
        if index_a is not None:
            print(
                f"index after prebuilt install: +{index_a.added} ~{index_a.updated} "
                f"-{index_a.removed} rebuilt={index_a.rebuilt}"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
