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


def _fill(text: str, *numbers: int) -> str:
    for n, value in enumerate(numbers, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def answered_text(count: QuestionCount) -> str:
    """ "12 of 46 answered (3 closed by an earlier answer)"."""
    if not count.closed:
        return _fill(_t("%1 of %2 answered"), count.answered, count.total)
    text = _t("%1 of %2 answered (%n closed by an earlier answer)", count.closed)
    return _fill(text, count.answered, count.total)


def position_text(position: int, count: QuestionCount) -> str:
    """ "Question 5 of 46 (3 closed by an earlier answer)": ``position`` is the question's
    place in the checklist (1-based), so a number always means the same question."""
    if not count.closed:
        return _fill(_t("Question %1 of %2"), position, count.total)
    text = _t("Question %1 of %2 (%n closed by an earlier answer)", count.closed)
    return _fill(text, position, count.total)


def of_row(answered: int, total: int, closed: int) -> QuestionCount:
    """The count of a list row (which keeps only these three numbers)."""
    return QuestionCount(total, answered, closed, max(0, total - answered - closed), 0)


def short_answered_text(count: QuestionCount) -> str:
    """ "12 of 46 (3 closed)": the list's column (the tooltip gives :func:`answered_text`)."""
    if not count.closed:
        return _fill(_t("%1 of %2"), count.answered, count.total)
    return _fill(_t("%1 of %2 (%n closed)", count.closed), count.answered, count.total)
