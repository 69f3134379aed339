"""Whether an assessment may be marked complete, or only submitted as partial.

``docs/scoring.md``: an assessment with a component below the checklist's minimum
coverage **cannot be marked complete**; it can be submitted as *partial*, with a reason
("the data protection office did not take part"). Either way, every item marked not
applicable needs its reason. The store refuses a completion this check refuses, and the
app's completion dialog shows the same findings before anything is tried.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.assessments.codec import clean_text
from desktop.core.assessments.errors import CompletionRefusedError, InvalidInputError
from desktop.core.assessments.scoring import ComponentScore, coverage_percent
from desktop.core.sync.protocol import MAX_PARTIAL_REASON

if TYPE_CHECKING:
    from desktop.core.assessments.model import AssessmentState
    from desktop.core.library.checklists import Item

# A reason is a sentence or two; the payload carries it to the hub.
MAX_REASON_CHARS = MAX_PARTIAL_REASON  # what the hub accepts


@dataclass(frozen=True)
class CompletionCheck:
    """What stands between an assessment and its completion."""

    below_minimum: tuple[ComponentScore, ...]  # covered components without a score
    na_without_reason: tuple[Item, ...]
    unanswered: tuple[Item, ...]  # shown items without a response (do not block)
    min_coverage: float

    @property
    def can_complete(self) -> bool:
        """True when it may be marked complete."""
        return not self.below_minimum and not self.na_without_reason

    @property
    def can_submit_partial(self) -> bool:
        """True when it may be submitted as partial (with a reason)."""
        return not self.na_without_reason

    def below_text(self) -> str:
        """'below the minimum coverage of 80 %: Ethics (2 of 8 questions, 25 %); every
        question marked not applicable: Societal…': the components without a score."""
        low = [c for c in self.below_minimum if c.applicable]
        all_na = [c.title for c in self.below_minimum if not c.applicable]
        parts = []
        if low:
            listed = ", ".join(
                f"{c.title} ({c.counted} of {c.applicable} questions, "
                f"{coverage_percent(c.coverage or 0)} %)"
                for c in low
            )
            minimum = coverage_percent(self.min_coverage)
            parts.append(f"below the minimum coverage of {minimum} %: {listed}")
        if all_na:
            parts.append(f"every question marked not applicable: {', '.join(all_na)}")
        return "; ".join(parts)


def check_completion(state: AssessmentState) -> CompletionCheck:
    """The findings for the answers of ``state`` as they are now."""
    score = state.score()
    return CompletionCheck(
        below_minimum=tuple(score.blocking()),
        na_without_reason=tuple(state.na_without_reason()),
        unanswered=tuple(state.unanswered()),
        min_coverage=score.min_coverage,
    )


def refuse_if_needed(check: CompletionCheck, partial: bool) -> None:
    """Raise CompletionRefusedError when ``check`` forbids completing (as partial when
    ``partial``), naming the items or components and the way forward."""
    if check.na_without_reason:
        ids = ", ".join(i.id for i in check.na_without_reason)
        raise CompletionRefusedError(
            f"these items are marked not applicable without a reason: {ids}; write in each "
            "one's note why it does not apply, or answer it",
            code="assessment.na-without-reason",
            details={"items": [i.id for i in check.na_without_reason]},
        )
    if check.below_minimum and not partial:
        raise CompletionRefusedError(
            "the assessment cannot be marked complete, because every component needs a "
            f"score: {check.below_text()}. Answer more of their questions, or submit it as "
            "partial with a reason",
            details={
                "below": [c.component for c in check.below_minimum],
                "minimum": coverage_percent(check.min_coverage),
            },
        )


def clean_reason(reason: str | None) -> str:
    """The reason for a partial submission as stored. Raises InvalidInputError when it is
    empty or too long."""
    text = clean_text(reason)
    if not text:
        raise InvalidInputError(
            "a partial submission needs a reason, e.g. 'the data protection office did not "
            "take part'"
        )
    if len(text) > MAX_REASON_CHARS:
        raise InvalidInputError(
            f"the reason is {len(text)} characters long; shorten it to at most "
            f"{MAX_REASON_CHARS} (put the details in the evidence notes)"
        )
    return text
