"""How ``accord assessment …`` answers: text for people, ``--json`` documents for scripts.

Each ``*_json`` function builds the exact document a ``--json`` command prints (scripts
read them: ``tests/e2e/golden/cli.json`` pins them); each ``print_*`` function writes the
text form. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.assessments.comparison import Comparison, WorkshopSummary
from desktop.core.assessments.crosswalk import FrameworkResult
from desktop.core.assessments.model import (
    Assessment,
    AssessmentState,
    ChecklistInfo,
    HistoryEntry,
    MigrationPlan,
    Revision,
)
from desktop.core.assessments.scoring import (
    ALL_NOT_APPLICABLE,
    INSUFFICIENT,
    NOT_COVERED,
    Score,
    Tally,
    coverage_percent,
)

_STATUS_TEXT = {
    INSUFFICIENT: "insufficient coverage",
    ALL_NOT_APPLICABLE: "not applicable",
    NOT_COVERED: "not covered by this checklist",
}


def _fmt(score: float | None) -> str:
    return "not assessed" if score is None else f"{score:5.1f}"


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _tally_text(t: Tally) -> str:
    """'  72.5  coverage 90 % (9 of 10)' or 'insufficient coverage  coverage 30 % (3 of 10)'."""
    shown = f"{t.score:5.1f}" if t.score is not None else _STATUS_TEXT.get(t.status, "—")
    if t.coverage is None:
        return shown
    return f"{shown}  coverage {coverage_percent(t.coverage)} % ({t.counted} of {t.applicable})"


def print_score(score: Score) -> None:
    """Each component's score with its coverage beside it, then the overall index (or why
    it is not computed)."""
    for c in score.components.values():
        print(f"  {c.title:<40} {_tally_text(c)}")
    coverage = score.coverage
    beside = "" if coverage is None else f"  coverage {coverage_percent(coverage)} %"
    if score.overall is not None:
        print(f"  {'Overall index':<40} {score.overall:5.1f}{beside}")
    else:
        print(f"  {'Overall index':<40} not computed{beside}")
        print(f"  ({score.overall_reason()})")
    print(f"  Minimum coverage: {coverage_percent(score.min_coverage)} %")


def print_frameworks(results: Sequence[FrameworkResult]) -> None:
    """Per framework: each part with its items, score and coverage."""
    for r in results:
        print(f"\n{r.title} ({r.items} items)")
        for p in r.parts:
            label = p.part if p.title == p.part else f"{p.part} {p.title}"
            print(f"  {label[:48]:<48} {len(p.item_ids):>3} items  {_tally_text(p)}")


# --- list and show ------------------------------------------------------------------------------


def list_row_json(assessment: Assessment, score: Score) -> dict[str, Any]:
    """One row of ``accord assessment list --json``."""
    coverage = score.coverage
    return assessment.as_json() | {
        "overall": None if score.overall is None else round(score.overall, 2),
        "answered": score.answered,
        "applicable": score.applicable,
        "coverage": None if coverage is None else round(coverage, 4),
        "overall_status": score.overall_status,
    }


def print_list(rows: Sequence[dict[str, Any]]) -> None:
    """The rows of :func:`list_row_json`, one line each."""
    if not rows:
        print("No assessments yet. Start one with: accord assessment new --checklist ID ...")
    for r in rows:
        overall = "—" if r["overall"] is None else f"{r['overall']:.1f}"
        coverage = (
            "" if r["coverage"] is None else f" (coverage {coverage_percent(r['coverage'])} %)"
        )
        status = "partial" if r.get("completion") == "partial" else r["status"]
        print(
            f"{r['id'][:8]}  {status:<8} r{r['revision']}  {r['country']}  "
            f"{r['institution']}  [{r['checklist_id']} {r['checklist_version']}]  "
            f"{r['answered']}/{r['applicable']} answered  overall {overall}{coverage}"
        )


def state_json(state: AssessmentState, revisions: Sequence[Revision]) -> dict[str, Any]:
    """``accord assessment show --json``."""
    shown = {item.id for item in state.applicable()}
    return {
        "assessment": state.assessment.as_json(),
        "score": state.score().as_json(),
        "answers": {
            k: {"value": x.value, "note": x.note, "by": x.by, "at": x.at}
            for k, x in sorted(state.answers.items())
        },
        "unanswered": [i.id for i in state.unanswered()],
        "skipped": [i.id for i in state.checklist.items if i.id not in shown],
        "removed_answers": [x.item_id for x in state.removed_answers()],
        "new_items": list(state.new_items),
        "changed_items": list(state.changed_items),
        "states": {s.item.id: str(s.state) for s in state.states()},
        "revisions": [
            {
                "revision": r.revision,
                "completed": r.completed,
                "by": r.completed_by,
                "completion": r.completion,
                "partial_reason": r.partial_reason,
            }
            for r in revisions
        ],
    }


def print_state(state: AssessmentState) -> None:
    """The header, every question with its answer and evidence, and the scores."""
    a = state.assessment
    shown = {item.id for item in state.applicable()}
    print(f"{a.institution} ({a.country_name})  —  {a.checklist_title} {a.checklist_version}")
    print(f"id {a.id}  status {a.status}  revision {a.revision}  updated {a.updated}")
    if a.is_partial:
        print(f"submitted as partial: {a.partial_reason}")
    if a.assessors:
        print(f"assessors: {', '.join(a.assessors)}")
    states = {s.item.id: s.state for s in state.states()}
    for section in state.checklist.sections:
        print(f"\n{section.title}")
        for item in section.items:
            answer = state.answers.get(item.id)
            if item.id not in shown:
                mark = f"({states[item.id]})"  # closed (counts 0), waiting or na
            else:
                mark = (answer.value if answer and answer.value else None) or "—"
            flag = "  [new]" if item.id in state.new_items else ""
            if item.id in state.changed_items:
                flag += "  [changed: answer again]"
            print(f"  {item.id:<10} {mark:<10} {item.ask}{flag}")
            if answer and answer.note:
                print(f"  {'':<10} {'':<10} evidence: {answer.note}")
    removed = state.removed_answers()
    if removed:
        print("\nAnswers kept from items removed in this checklist version:")
        for x in removed:
            print(f"  {x.item_id:<10} {x.value or '—':<10} {x.note}")
    print("\nScores:")
    print_score(state.score())


# --- moving and history -------------------------------------------------------------------------


def print_plan(plan: MigrationPlan, dry_run: bool) -> None:
    """What a move to a newer checklist version did (or, ``dry_run``, would do)."""
    if plan.up_to_date:
        print(f"Already on the installed version {plan.to_version} of {plan.checklist_id}.")
        return
    verb = "Would move" if dry_run else "Moved"
    print(f"{verb} from version {plan.from_version} to {plan.to_version}:")
    print(f"  {len(plan.carried)} answers carried over")
    if plan.removed:
        print("  answers of removed items (kept and listed, no longer scored):")
        for x in plan.removed:
            print(f"    {x.item_id}: {x.value or '—'} {x.note}")
    if plan.invalidated:
        print("  answers to answer again (the item's scale changed; old value in the history):")
        for x in plan.invalidated:
            print(f"    {x.item_id}: was {x.value}")
    if plan.changed:
        print("  answers to answer again (the question or its unit changed; old value kept in")
        print("  the history):")
        for x in plan.changed:
            print(f"    {x.item_id}: was {x.value or '—'}")
    if plan.added:
        print(f"  new items: {', '.join(plan.added)}")
    if plan.reopened:
        print("  the assessment was complete; this started a new revision")


def history_json(entries: Sequence[HistoryEntry]) -> list[dict[str, Any]]:
    """``accord assessment history --json``."""
    return [
        {
            "id": e.id,
            "at": e.at,
            "by": e.by,
            "action": e.action,
            "revision": e.revision,
            "item": e.item_id,
            "value": e.value,
            "note": e.note,
            "detail": e.detail,
        }
        for e in entries
    ]


def print_history(entries: Sequence[HistoryEntry]) -> None:
    """One line per change, oldest first."""
    for e in entries:
        what = f" {e.item_id} = {e.value}" if e.item_id else ""
        who = f" by {e.by}" if e.by else ""
        print(f"{e.at}  r{e.revision}  {e.action}{what}{who}")


# --- comparison and workshop --------------------------------------------------------------------


def _change_json(change: Any) -> dict[str, Any]:
    return {
        "before": _r(change.before),
        "after": _r(change.after),
        "change": _r(change.change),
        "before_coverage": _cov(change.before_coverage),
        "after_coverage": _cov(change.after_coverage),
    }


def _cov(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def comparison_json(cmp: Comparison) -> dict[str, Any]:
    """``accord assessment compare --json``."""
    return {
        "overall": _change_json(cmp.overall),
        "components": {k: _change_json(c) for k, c in cmp.components.items()},
    }


def print_comparison(cmp: Comparison) -> None:
    """Each component (then overall): before → after and the change."""
    for c in [*cmp.components.values(), cmp.overall]:
        delta = "—" if c.change is None else f"{c.change:+.1f}"
        before = _fmt(c.before) + _beside(c.before_coverage)
        after = _fmt(c.after) + _beside(c.after_coverage)
        print(f"  {c.title:<40} {before} → {after}  {delta}")


def _beside(coverage: float | None) -> str:
    return "" if coverage is None else f" ({coverage_percent(coverage)} %)"


def workshop_json(summary: WorkshopSummary) -> dict[str, Any]:
    """``accord assessment workshop --json``."""
    return {
        s.component: {
            "count": s.count,
            "mean": _r(s.mean),
            "min": _r(s.minimum),
            "max": _r(s.maximum),
            "stdev": _r(s.stdev),
            "coverage": [_cov(c) for c in s.coverages],
        }
        for s in [*summary.components.values(), summary.overall]
    }


def print_workshop(summary: WorkshopSummary) -> None:
    """Mean, range and spread per component (then overall)."""
    print(f"{summary.count} assessments")
    for s in [*summary.components.values(), summary.overall]:
        if s.mean is None:
            print(f"  {s.title:<40} not assessed")
        else:
            print(
                f"  {s.title:<40} mean {s.mean:5.1f}  min {s.minimum:5.1f}  "
                f"max {s.maximum:5.1f}  sd {s.stdev:4.1f}  (n={s.count})"
            )


# --- checklists ---------------------------------------------------------------------------------


def checklists_json(infos: Sequence[ChecklistInfo]) -> list[dict[str, Any]]:
    """``accord assessment checklists --json``."""
    return [
        {
            "id": i.id,
            "title": i.title,
            "version": i.version,
            "items": i.items,
            "startable": i.startable,
            "problems": list(i.problems),
        }
        for i in infos
    ]


def print_checklists(infos: Sequence[ChecklistInfo]) -> None:
    """One line per checklist; the problems of those that fail validation below it."""
    for i in infos:
        state = f"{i.items} items" if i.startable else "FAILS VALIDATION"
        print(f"{i.id}  {i.version}  {i.title}  ({state})")
        for p in i.problems:
            print(f"    {p}")
