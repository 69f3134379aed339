"""Benchmarks of the assessment core against the issue's budgets.

    python bench/assessment_bench.py [--saves 1000] [--json]

* answer save, p95 ≤ 20 ms: ``AssessmentStore.save_answer`` on a real database file (WAL,
  ``synchronous=FULL``: every save is fsynced), cycling through items, values and notes.
* scoring 200 items ≤ 50 ms: ``score_answers`` over a 200-item checklist with skip logic,
  all answered; also ``AssessmentStore.score`` (reads the answers from the database too),
  the results per framework, the gap list and the workshop summary of 30 assessments.
  Same-run baseline: method 1 of the scoring (closed items left out, no minimum coverage),
  re-implemented here in a few lines, on the same checklist and answers; the ratio says
  what method 2 (item states, coverage rules) costs.

Exits 1 when a budget is exceeded. Figures depend on the disk (fsync) and the CPU; run on
the kind of laptop the app targets before trusting a margin.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.assessments.comparison import aggregate_scores
from desktop.core.assessments.crosswalk import framework_results
from desktop.core.assessments.gaps import gap_list
from desktop.core.assessments.scoring import score_answers
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.checklists import Checklist, Item, Section, ShowIf
from desktop.core.library.components import COMPONENTS

SAVE_P95_BUDGET_MS = 20.0
SCORE_200_BUDGET_MS = 50.0


def make_checklist(n_items: int = 200) -> Checklist:
    """``n_items`` spread over the six components; every third item depends on the one
    before it (chains of skip logic), every fifth uses the maturity scale."""
    components = list(COMPONENTS)
    per_section: dict[str, list[Item]] = {c: [] for c in components}
    previous: Item | None = None
    for n in range(n_items):
        component = components[n % len(components)]
        scale = "maturity-0-4" if n % 5 == 0 else "yes-partial-no"
        show_if = None
        if previous is not None and n % 3 == 0:
            # Gates open upwards (docs/scoring.md): the two best answers.
            show_if = ShowIf(previous.id, tuple(previous.answers_by_value()[-2:]))
        item = Item(
            id=f"Q-{n}",
            ask=f"Question {n}?",
            section=component,
            component=component,
            scale=scale,
            weight=1 + n % 3,
            guidance=f"See [[playbooks/p{n % 7}]] and [[standards/s{n % 5}]].",
            show_if=show_if,
            frameworks=(("nist-ai-rmf", (f"GOVERN 1.{1 + n % 7}", f"MAP 1.{1 + n % 6}")),),
        )
        per_section[component].append(item)
        previous = item
    # Sections are in component order, so keep show_if looking back: reorder by id number.
    ordered = sorted(
        (i for items in per_section.values() for i in items), key=lambda i: int(i.id[2:])
    )
    sections = tuple(Section(f"s{i.id}", i.id, i.component, (i,)) for i in ordered)
    return Checklist("bench/checklist", "Bench", "1.0.0", "yes-partial-no", sections, "bench")


def answers_for(checklist: Checklist, seed: int = 0) -> dict[str, str]:
    answers = {}
    for n, item in enumerate(checklist.items):
        choices = list(item.allowed_answers())
        answers[item.id] = choices[(n + seed) % len(choices)]
    return answers


def method1_score(checklist: Checklist, answers: dict[str, str]) -> float | None:
    """The baseline: method 1 (hidden items left out, the mean of the components that
    have answers), as it was before issue 12, in the fewest lines."""
    shown: dict[str, bool] = {}
    sums: dict[str, list[float]] = {}
    for item in checklist.items:
        rule = item.show_if
        visible = rule is None or (
            shown.get(rule.item, False) and answers.get(rule.item) in rule.values
        )
        shown[item.id] = visible
        value = item.value_of(answers.get(item.id, "")) if visible else None
        if value is not None:
            total = sums.setdefault(item.component, [0.0, 0.0])
            total[0] += item.weight * value
            total[1] += item.weight
    scores = [100 * w / t for w, t in sums.values() if t]
    return statistics.fmean(scores) if scores else None


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(saves: int) -> dict[str, dict[str, float]]:
    checklist = make_checklist(200)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        store = AssessmentStore.open(Path(tmp) / "accord.db")
        aid = store.create(checklist, institution="Bench", country="KE").id
        items = checklist.items
        save_times = []
        for n in range(saves):
            item = items[(n * 7) % len(items)]
            values = item.allowed_answers()
            start = time.perf_counter()
            store.save_answer(aid, item.id, values[n % len(values)], note=f"evidence {n} " * 5)
            save_times.append((time.perf_counter() - start) * 1000)
        results["answer save (ms)"] = {
            "p50": pct(save_times, 0.5),
            "p95": pct(save_times, 0.95),
            "p99": pct(save_times, 0.99),
            "max": max(save_times),
            "n": saves,
            "budget_p95": SAVE_P95_BUDGET_MS,
        }
        for item in items:  # every item answered for the scoring figures
            values = item.allowed_answers()
            store.save_answer(aid, item.id, values[0])
        answers = answers_for(checklist)
        pure = timed(lambda: score_answers(checklist, answers), 50)
        baseline = timed(lambda: method1_score(checklist, answers), 50)
        results["score 200 items (ms)"] = {
            "median": statistics.median(pure),
            "max": max(pure),
            "budget_max": SCORE_200_BUDGET_MS,
            "baseline_method1_median": statistics.median(baseline),
            "ratio_to_baseline": statistics.median(pure) / max(statistics.median(baseline), 1e-9),
        }
        crosswalk = timed(lambda: framework_results(checklist, answers), 30)
        results["frameworks 200 items (ms)"] = {
            "median": statistics.median(crosswalk),
            "max": max(crosswalk),
            "budget_max": SCORE_200_BUDGET_MS,
        }
        stored = timed(lambda: store.score(aid), 30)
        results["store.score incl. DB read (ms)"] = {
            "median": statistics.median(stored),
            "max": max(stored),
            "budget_max": SCORE_200_BUDGET_MS,
        }
        gaps = timed(lambda: gap_list(checklist, answers, limit=10), 30)
        results["gap list 200 items (ms)"] = {"median": statistics.median(gaps), "max": max(gaps)}
        many = [score_answers(checklist, answers_for(checklist, s)) for s in range(30)]
        workshop = timed(lambda: aggregate_scores(many), 30)
        results["workshop of 30 (ms)"] = {
            "median": statistics.median(workshop),
            "max": max(workshop),
        }
        store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = run(args.saves)
    over = []
    for name, figures in results.items():
        if "budget_p95" in figures and figures["p95"] > figures["budget_p95"]:
            over.append(name)
        if "budget_max" in figures and figures["max"] > figures["budget_max"]:
            over.append(name)
    if args.json:
        print(json.dumps({"results": results, "over_budget": over}, indent=2))
    else:
        for name, figures in results.items():
            shown = "  ".join(f"{k}={v:.2f}" for k, v in figures.items() if k != "n")
            print(f"{name:<34} {shown}")
        print("all within budget" if not over else f"OVER BUDGET: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
