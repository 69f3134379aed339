"""How assessment data reads in the UI: statuses, scores, changes, dates and answers.

Every text goes through Qt's translation in one context ("AssessmentModels"), with
literal source strings so that ``pyside6-lupdate`` can extract them. ``translate`` is the
report's: inside ``report_language`` (a PDF being written) these texts are in the report's
language, elsewhere in the interface's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.assessments.scoring import (
    ALL_NOT_APPLICABLE,
    INSUFFICIENT,
    NOT_COVERED,
    Score,
    Tally,
    coverage_percent,
)
from desktop.core.library.checklists import NOT_APPLICABLE
from desktop.core.library.indicators import LEVELS, canonical_figure, parse_figure
from desktop.ui.assessment.radar import whole
from desktop.ui.common.labels import component_label
from desktop.ui.common.locale_format import date_time_text, percent
from desktop.ui.report.style import translate

if TYPE_CHECKING:
    from desktop.core.assessments.model import Assessment
    from desktop.core.library.checklists import Item


def _t(text: str) -> str:
    """``text`` in the user's language (the assessment models' translation context)."""
    return translate("AssessmentModels", text)


def status_label(assessment: Assessment) -> str:
    """'Draft', 'Complete', 'Partial', or with the revision: 'Complete · revision 2'."""
    if assessment.is_partial:
        base = translate("AssessmentModels", "Partial")
    else:
        base = (
            translate("AssessmentModels", "Complete")
            if assessment.is_complete
            else translate("AssessmentModels", "Draft")
        )
    if assessment.revision > 1:
        return (
            translate("AssessmentModels", "%1 · revision %2")
            .replace("%1", base)
            .replace("%2", str(assessment.revision))
        )
    return base


def format_score(score: float | None) -> str:
    """'72' for a score, 'No score' for None (never 0)."""
    return translate("AssessmentModels", "No score") if score is None else whole(score)


def format_coverage(coverage: float | None) -> str:
    """'92 %' (rounded down: 79.6 % never reads 80 %), or '—' when nothing applies."""
    return "—" if coverage is None else percent(coverage_percent(coverage))


def tally_score_text(tally: Tally) -> str:
    """A group's score, or why it has none: 'insufficient coverage', 'not applicable'
    (every question marked so), 'not covered' (no question in this checklist)."""
    if tally.score is not None:
        return whole(tally.score)
    return {
        INSUFFICIENT: translate("AssessmentModels", "Insufficient coverage"),
        ALL_NOT_APPLICABLE: translate("AssessmentModels", "Not applicable"),
        NOT_COVERED: translate("AssessmentModels", "Not covered"),
    }.get(tally.status, translate("AssessmentModels", "Not assessed"))


def tally_coverage_text(tally: Tally) -> str:
    """'90 % (9 of 10)': the coverage with the questions counted and applicable."""
    if tally.coverage is None:
        return "—"
    return (
        translate("AssessmentModels", "%1 % (%2 of %3)")
        .replace("%1", str(coverage_percent(tally.coverage)))
        .replace("%2", str(tally.counted))
        .replace("%3", str(tally.applicable))
    )


def overall_reason_text(score: Score) -> str:
    """Why the overall index is not computed, naming the components ('' when it is)."""
    if score.overall is not None:
        return ""
    low = [c for c in score.blocking() if c.status == INSUFFICIENT]
    all_na = [c for c in score.blocking() if c.status == ALL_NOT_APPLICABLE]
    parts = []
    if low:
        parts.append(
            translate("AssessmentModels", "below the minimum coverage of %1 %: %2")
            .replace("%1", str(coverage_percent(score.min_coverage)))
            .replace(
                "%2",
                ", ".join(
                    f"{component_label(c.component)} ({coverage_percent(c.coverage or 0)} %)"
                    for c in low
                ),
            )
        )
    if all_na:
        parts.append(
            translate("AssessmentModels", "every question marked not applicable: %1").replace(
                "%1", ", ".join(component_label(c.component) for c in all_na)
            )
        )
    if not parts:
        return translate("AssessmentModels", "This checklist has no questions.")
    return translate(
        "AssessmentModels", "Not computed: the overall index needs a score in every component; %1."
    ).replace("%1", "; ".join(parts))


def tally_tooltip(tally: Tally) -> str:
    """Why a group reads as it does, in a sentence."""
    minimum = coverage_percent(tally.min_coverage)
    if tally.status == INSUFFICIENT:
        return (
            translate(
                "AssessmentModels",
                "Only %1 of %2 questions are answered or closed (%3 %); a score is shown "
                "from %4 % on. Answer more of its questions.",
            )
            .replace("%1", str(tally.counted))
            .replace("%2", str(tally.applicable))
            .replace("%3", str(coverage_percent(tally.coverage or 0)))
            .replace("%4", str(minimum))
        )
    if tally.status == ALL_NOT_APPLICABLE:
        return translate(
            "AssessmentModels", "Every question here is marked not applicable, so it has no score."
        )
    if tally.status == NOT_COVERED:
        return translate("AssessmentModels", "This checklist has no question here.")
    return ""


def format_change(change: float | None) -> str:
    """'+8', '−3', '±0' or '—' when one side was not assessed."""
    if change is None:
        return "—"
    n = int(whole(change))
    if n == 0:
        return "±0"
    return f"+{n}" if n > 0 else f"−{-n}"


def format_when(stamp: str) -> str:
    """An ISO time stamp in the user's locale, short form and local time."""
    return date_time_text(stamp)


def answer_text(item: Item, value: str | None) -> str:
    """How an answer reads in the UI: 'Yes', 'Partly', 'No', 'Level 3 of 4',
    '63.5% (level 2 of 4)', 'Not applicable'."""
    if value is None or value == "":
        return translate("AssessmentModels", "Not answered")
    if value == NOT_APPLICABLE:
        return translate("AssessmentModels", "Not applicable")
    if item.indicator is not None:
        figure = parse_figure(value)
        if figure is None or not item.indicator.in_range(figure):
            return value
        return (
            translate("AssessmentModels", "%1 (level %2 of %3)")
            .replace("%1", canonical_figure(figure) + item.indicator.unit_suffix())
            .replace("%2", str(item.indicator.level_of(figure)))
            .replace("%3", str(LEVELS))
        )
    if item.scale == "maturity-0-4":
        return translate("AssessmentModels", "Level %1 of 4").replace("%1", value)
    return {
        "yes": translate("AssessmentModels", "Yes"),
        "partial": translate("AssessmentModels", "Partly"),
        "no": translate("AssessmentModels", "No"),
    }.get(value, value)


# --- the list of assessments ----------------------------------------------------------------
