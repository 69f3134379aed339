"""How many questions, in words: one wording for the runner's header and question line,
the list of assessments and the "continue" card, so every screen gives the same numbers.

The numbers come from :func:`desktop.core.assessments.item_states.question_count`: the
total is every question of the checklist (what the start dialog says), and a question an
earlier answer closed is "closed by an earlier answer", as the results say.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.assessments.item_states import QuestionCount
from desktop.ui.common.locale_format import number


class QuestionCounts:
    """The translated wordings. lupdate reads plural forms only from ``self.tr`` calls in
    a class; this ``tr`` translates in the context "QuestionCounts"."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` in the interface's language (``%n`` = ``n``)."""
        return QCoreApplication.translate("QuestionCounts", text, disambiguation, n)

    def answered(self, closed: int) -> str:
        if not closed:
            return self.tr("%1 of %2 answered")
        return self.tr("%1 of %2 answered (%n closed by an earlier answer)", "", closed)

    def position(self, closed: int) -> str:
        if not closed:
            return self.tr("Question %1 of %2")
        return self.tr("Question %1 of %2 (%n closed by an earlier answer)", "", closed)

    def short(self, closed: int) -> str:
        if not closed:
            return self.tr("%1 of %2")
        return self.tr("%1 of %2 (%n closed)", "", closed)


_WORDS = QuestionCounts()


def _fill(text: str, *numbers: int) -> str:
    for n, value in enumerate(numbers, start=1):
        text = text.replace(f"%{n}", number(value))
    return text


def answered_text(count: QuestionCount) -> str:
    """ "12 of 46 answered (3 closed by an earlier answer)"."""
    return _fill(_WORDS.answered(count.closed), count.answered, count.total)


def position_text(position: int, count: QuestionCount) -> str:
    """ "Question 5 of 46 (3 closed by an earlier answer)": ``position`` is the question's
    place in the checklist (1-based), so a number always means the same question."""
    return _fill(_WORDS.position(count.closed), position, count.total)


def of_row(answered: int, total: int, closed: int) -> QuestionCount:
    """The count of a list row (which keeps only these three numbers)."""
    return QuestionCount(total, answered, closed, max(0, total - answered - closed), 0)


def short_answered_text(count: QuestionCount) -> str:
    """ "12 of 46 (3 closed)": the list's column (the tooltip gives :func:`answered_text`)."""
    return _fill(_WORDS.short(count.closed), count.answered, count.total)
