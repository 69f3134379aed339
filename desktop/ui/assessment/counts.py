"""How many questions, in words: one wording for the runner's header and question line,
the list of assessments and the "continue" card, so every screen gives the same numbers.

The numbers come from :func:`desktop.core.assessments.item_states.question_count`: the
total is every question of the checklist (what the start dialog says), and a question an
earlier answer closed is "closed by an earlier answer", as the results say.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.assessments.item_states import QuestionCount


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("QuestionCounts", text, "", n)


def closed_suffix(count: QuestionCount) -> str:
    """ " (3 closed by an earlier answer)", or "" when no question is closed."""
    if not count.closed:
        return ""
    return " " + _t("(%n closed by an earlier answer)", count.closed)


def answered_text(count: QuestionCount) -> str:
    """ "12 of 46 answered (3 closed by an earlier answer)"."""
    return _t("%1 of %2 answered").replace("%1", str(count.answered)).replace(
        "%2", str(count.total)
    ) + closed_suffix(count)


def position_text(position: int, count: QuestionCount) -> str:
    """ "Question 5 of 46 (3 closed by an earlier answer)": ``position`` is the question's
    place in the checklist (1-based), so a number always means the same question."""
    return _t("Question %1 of %2").replace("%1", str(position)).replace(
        "%2", str(count.total)
    ) + closed_suffix(count)


def of_row(answered: int, total: int, closed: int) -> QuestionCount:
    """The count of a list row (which keeps only these three numbers)."""
    return QuestionCount(total, answered, closed, max(0, total - answered - closed), 0)


def short_answered_text(count: QuestionCount) -> str:
    """ "12 of 46 (3 closed)": the list's column (the tooltip gives :func:`answered_text`)."""
    text = _t("%1 of %2").replace("%1", str(count.answered)).replace("%2", str(count.total))
    if count.closed:
        text += " " + _t("(%n closed)", count.closed)
    return text
