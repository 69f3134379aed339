"""Scores side by side: an earlier assessment against a later one, and the workshop
summary (mean and spread per component over several assessments).

A component without a score on either side (not assessed, or below the minimum
coverage) has no change and is left out of a spread, never counted as 0.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.core.assessments.errors import InvalidInputError
from desktop.core.assessments.scoring import Score
from desktop.core.library.components import COMPONENTS


@dataclass(frozen=True)
class ComponentChange:
    """One component before and after; ``change`` is None unless both were assessed."""

    component: str
    title: str
    before: float | None
    after: float | None
    # The coverage beside each score (docs/scoring.md: beside every score, everywhere).
    before_coverage: float | None = None
    after_coverage: float | None = None

    @property
    def change(self) -> float | None:
        """After minus before (None when either side was not assessed)."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class Comparison:
    """An earlier score against a later one, per component and overall."""

    components: dict[str, ComponentChange]
    overall: ComponentChange


def compare_scores(earlier: Score, later: Score) -> Comparison:
    """Change per component from ``earlier`` to ``later`` (positive = improved)."""
    components = {
        cid: ComponentChange(
            cid,
            title,
            earlier.components[cid].score,
            later.components[cid].score,
            earlier.components[cid].coverage,
            later.components[cid].coverage,
        )
        for cid, title in COMPONENTS.items()
    }
    overall = ComponentChange(
        "overall",
        "Overall index",
        earlier.overall,
        later.overall,
        earlier.coverage,
        later.coverage,
    )
    return Comparison(components, overall)


@dataclass(frozen=True)
class Spread:
    """Mean and spread of one component over the assessments that assessed it.

    ``stdev`` is the population standard deviation (the groups present are the whole
    population described, not a sample); 0 for a single assessment. All None when no
    assessment assessed the component.
    """

    component: str
    title: str
    count: int
    mean: float | None
    minimum: float | None
    maximum: float | None
    stdev: float | None
    scores: tuple[float | None, ...] = field(default=())
    coverages: tuple[float | None, ...] = field(default=())  # beside each group's score


@dataclass(frozen=True)
class WorkshopSummary:
    """Per component (and overall) spread over several assessments, in input order."""

    components: dict[str, Spread]
    overall: Spread
    count: int


def _spread(
    component: str,
    title: str,
    values: Sequence[float | None],
    coverages: Sequence[float | None],
) -> Spread:
    present = [v for v in values if v is not None]
    if not present:
        return Spread(component, title, 0, None, None, None, None, tuple(values), tuple(coverages))
    return Spread(
        component,
        title,
        len(present),
        statistics.fmean(present),
        min(present),
        max(present),
        statistics.pstdev(present),
        tuple(values),
        tuple(coverages),
    )


def aggregate_scores(scores: Iterable[Score]) -> WorkshopSummary:
    """Mean, minimum, maximum and standard deviation per component over ``scores``.

    A group that did not assess a component is left out of that component's figures (and
    counted in none of them), never averaged in as zero.
    """
    scores = list(scores)
    components = {
        cid: _spread(
            cid,
            title,
            [s.components[cid].score for s in scores],
            [s.components[cid].coverage for s in scores],
        )
        for cid, title in COMPONENTS.items()
    }
    overall = _spread(
        "overall", "Overall index", [s.overall for s in scores], [s.coverage for s in scores]
    )
    return WorkshopSummary(components, overall, len(scores))


def require_one_checklist(checklist_ids: Sequence[str]) -> None:
    """Raise InvalidInputError unless the workshop view gets assessments, all of one
    checklist (scores of different checklists are not comparable)."""
    if not checklist_ids:
        raise InvalidInputError("choose at least one assessment for the workshop view")
    if len(set(checklist_ids)) > 1:
        raise InvalidInputError(
            "the workshop view compares assessments of one checklist; these use "
            f"{', '.join(sorted(set(checklist_ids)))}"
        )
