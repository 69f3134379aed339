"""How assessment data reads in the UI: statuses, scores, changes, dates and answers.

Every text goes through Qt's translation in one context ("AssessmentModels"), with
literal source strings so that ``pyside6-lupdate`` can extract them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.library.checklists import NOT_APPLICABLE
from desktop.ui.assessment.radar import whole

if TYPE_CHECKING:
    from desktop.core.assessments.model import Assessment
    from desktop.core.library.checklists import Item


def translate(text: str) -> str:
    """``text`` in the user's language (the assessment models' translation context)."""
    return QCoreApplication.translate("AssessmentModels", text)


_t = translate


def status_label(assessment: Assessment) -> str:
    """'Draft', 'Complete', or with the revision: 'Complete · revision 2'."""
    base = _t("Complete") if assessment.is_complete else _t("Draft")
    if assessment.revision > 1:
        return _t("%1 · revision %2").replace("%1", base).replace("%2", str(assessment.revision))
    return base


def format_score(score: float | None) -> str:
    """'72' for a score, 'not assessed' for None (never 0)."""
    return _t("Not assessed") if score is None else whole(score)


def format_coverage(coverage: float | None) -> str:
    """'92 %' or '—' when nothing applies."""
    return "—" if coverage is None else f"{whole(coverage * 100)} %"


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
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def answer_text(item: Item, value: str | None) -> str:
    """How an answer reads in the UI: 'Yes', 'Partly', 'No', 'Level 3', 'Not applicable'."""
    if value is None or value == "":
        return _t("Not answered")
    if value == NOT_APPLICABLE:
        return _t("Not applicable")
    if item.scale == "maturity-0-4":
        return _t("Level %1 of 4").replace("%1", value)
    return {"yes": _t("Yes"), "partial": _t("Partly"), "no": _t("No")}.get(value, value)


# --- the list of assessments ----------------------------------------------------------------
