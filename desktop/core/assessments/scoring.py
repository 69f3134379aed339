"""Scoring of readiness self-assessments: version 2 of the method in ``docs/scoring.md``.

Pure functions over a :class:`~desktop.core.library.checklists.Checklist` and a mapping of
answers (item id → stored answer such as ``"yes"``, ``"3"``, ``"63.5"`` or ``"na"``):

* Each item is answered, closed by its gate, not applicable, open or waiting
  (:mod:`.item_states`). Answered items count their value (``yes`` 1, ``partial`` 0.5,
  ``no`` 0; maturity level ÷ 4; a figure's band level ÷ 4); closed items count 0.
* A group of items (a component, or a part of another framework) scores
  ``100 × Σ(weight × value) ÷ Σ(weight)`` over its counted items; its coverage is
  ``(answered + closed) ÷ applicable``. The score is shown only when the coverage reaches
  the checklist's ``min_coverage``; below it the group has *insufficient coverage* and no
  number at all.
* The overall index is the mean of the component scores, computed only when every
  component the checklist covers has a score.

Everything a person sees (the app, the CLI, the PDF, CSV and JSON exports, the payload
the hub aggregates) is computed here, once.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.assessments.item_states import ItemState, State, item_states
from desktop.core.library.checklist_extras import DEFAULT_MIN_COVERAGE
from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item
from desktop.core.library.components import COMPONENTS
from desktop.core.library.indicators import LEVELS, canonical_figure, parse_figure

# Which method computed a score; travels with the scores so readers can tell.
METHOD = 2

SCORED = "scored"
INSUFFICIENT = "insufficient-coverage"
ALL_NOT_APPLICABLE = "not-applicable"
NOT_COVERED = "not-covered"


def coverage_percent(share: float) -> int:
    """A coverage as a whole percentage, rounded *down*: 79.6 % reads 79 %, never the
    80 % it does not reach."""
    return math.floor(share * 100 + 1e-9)


def reaches_minimum(counted: int, applicable: int, min_coverage: float) -> bool:
    """True when ``counted`` of ``applicable`` items reach the minimum coverage (exactly
    0.8 of 10 items reaches 0.8, whatever the floating-point rounding)."""
    return applicable > 0 and counted >= min_coverage * applicable - 1e-9


@dataclass(frozen=True)
class Tally:
    """Score and coverage of a group of items.

    ``score`` is 0–100 only when the coverage reaches ``min_coverage`` (else None: never
    a number below the minimum). ``answered`` items have an answer with a value,
    ``closed`` ones count 0 because their gate is shut; ``applicable`` counts every item
    of the group that is not ``na``; ``items`` every item of the group.
    """

    score: float | None
    coverage: float | None
    answered: int
    closed: int
    applicable: int
    na: int
    items: int
    min_coverage: float

    @property
    def status(self) -> str:
        """``scored``, ``insufficient-coverage``, ``not-applicable`` (every item is
        ``na``) or ``not-covered`` (the checklist has no item here)."""
        if self.items == 0:
            return NOT_COVERED
        if self.applicable == 0:
            return ALL_NOT_APPLICABLE
        return SCORED if self.score is not None else INSUFFICIENT

    @property
    def assessed(self) -> bool:
        """True when the group has a score."""
        return self.score is not None

    @property
    def counted(self) -> int:
        """Items that count in the score: answered or closed."""
        return self.answered + self.closed

    def tally_json(self) -> dict[str, Any]:
        """The figures as JSON: score and coverage rounded, the counts and the status."""
        return {
            "score": None if self.score is None else round(self.score, 2),
            "coverage": None if self.coverage is None else round(self.coverage, 4),
            "answered": self.answered,
            "applicable": self.applicable,
            "closed": self.closed,
            "na": self.na,
            "items": self.items,
            "status": self.status,
        }


def tally(states: Iterable[ItemState], min_coverage: float) -> dict[str, Any]:
    """The fields of a :class:`Tally` over ``states`` (one group's items)."""
    weight_sum = weighted = 0.0
    answered = closed = applicable = na = items = 0
    for s in states:
        items += 1
        if s.state == State.NOT_APPLICABLE:
            na += 1
            continue
        applicable += 1
        if s.value is None:
            continue
        if s.state == State.CLOSED:
            closed += 1
        else:
            answered += 1
        weight_sum += s.item.weight
        weighted += s.item.weight * s.value
    coverage = (answered + closed) / applicable if applicable else None
    score = None
    if reaches_minimum(answered + closed, applicable, min_coverage) and weight_sum > 0:
        # w·v / w is exact in floats, so "all yes" is exactly 100 (100·w/w need not be).
        score = min(100.0, max(0.0, 100.0 * (weighted / weight_sum)))
    return {
        "score": score,
        "coverage": coverage,
        "answered": answered,
        "closed": closed,
        "applicable": applicable,
        "na": na,
        "items": items,
        "min_coverage": min_coverage,
    }


@dataclass(frozen=True)
class ComponentScore(Tally):
    """One Global AI Safety Index component's :class:`Tally`."""

    component: str
    title: str

    def as_json(self) -> dict[str, Any]:
        """The ``accord assessment score --json`` form of this component."""
        return self.tally_json()


@dataclass(frozen=True)
class Score:
    """All six components (in the stable order of ``COMPONENTS``) and the overall index
    (None unless every component the checklist covers has a score)."""

    overall: float | None
    components: dict[str, ComponentScore]
    min_coverage: float = DEFAULT_MIN_COVERAGE

    @property
    def answered(self) -> int:
        """Answered items over all components."""
        return sum(c.answered for c in self.components.values())

    @property
    def closed(self) -> int:
        """Items closed by their gate, over all components."""
        return sum(c.closed for c in self.components.values())

    @property
    def applicable(self) -> int:
        """Items that are not ``na``, over all components."""
        return sum(c.applicable for c in self.components.values())

    @property
    def na(self) -> int:
        """Items that are not applicable, over all components."""
        return sum(c.na for c in self.components.values())

    @property
    def coverage(self) -> float | None:
        """(Answered + closed) / applicable over all components (None: nothing applies)."""
        return (self.answered + self.closed) / self.applicable if self.applicable else None

    def covered(self) -> list[ComponentScore]:
        """The components the checklist has items in."""
        return [c for c in self.components.values() if c.items]

    def assessed(self) -> list[ComponentScore]:
        """The components that have a score."""
        return [c for c in self.components.values() if c.assessed]

    def blocking(self) -> list[ComponentScore]:
        """The covered components without a score: they keep the overall index from
        being computed."""
        return [c for c in self.covered() if not c.assessed]

    @property
    def overall_status(self) -> str:
        """``scored``, ``insufficient-coverage`` (a component has no score) or
        ``not-covered`` (the checklist has no items)."""
        if self.overall is not None:
            return SCORED
        return INSUFFICIENT if self.covered() else NOT_COVERED

    def overall_reason(self) -> str:
        """Why the overall index is not computed, in words ('' when it is)."""
        if self.overall is not None:
            return ""
        if not self.covered():
            return "the checklist has no questions"
        low = [c for c in self.blocking() if c.status == INSUFFICIENT]
        parts = []
        if low:
            names = ", ".join(f"{c.title} ({coverage_percent(c.coverage or 0)} %)" for c in low)
            parts.append(
                f"below the minimum coverage of {coverage_percent(self.min_coverage)} %: {names}"
            )
        na = [c.title for c in self.blocking() if c.status == ALL_NOT_APPLICABLE]
        if na:
            parts.append(f"every question marked not applicable: {', '.join(na)}")
        return "the overall index needs a score in every component; " + "; ".join(parts)

    def as_json(self) -> dict[str, Any]:
        """``{"overall", "components": {"ethics": {"score", "coverage", …}, …}}`` with the
        overall status, the reason it is not computed and the coverage beside it."""
        coverage = self.coverage
        return {
            "overall": None if self.overall is None else round(self.overall, 2),
            "overall_status": self.overall_status,
            "overall_reason": self.overall_reason() or None,
            "below_minimum": [c.component for c in self.blocking()],
            "coverage": None if coverage is None else round(coverage, 4),
            "min_coverage": self.min_coverage,
            "method": METHOD,
            "components": {cid: c.as_json() for cid, c in self.components.items()},
        }


def score_states(states: list[ItemState], min_coverage: float) -> Score:
    """The :class:`Score` of already settled item states."""
    by_component: dict[str, list[ItemState]] = {cid: [] for cid in COMPONENTS}
    for s in states:
        # Validation forbids an unknown component; never crash on old data.
        by_component.get(s.item.component, []).append(s)
    components = {
        cid: ComponentScore(**tally(by_component[cid], min_coverage), component=cid, title=title)
        for cid, title in COMPONENTS.items()
    }
    covered = [c for c in components.values() if c.items]
    overall = None
    if covered and all(c.score is not None for c in covered):
        overall = statistics.fmean(c.score for c in covered if c.score is not None)
    return Score(overall=overall, components=components, min_coverage=min_coverage)


def score_answers(checklist: Checklist, answers: Mapping[str, str]) -> Score:
    """Score ``answers`` against ``checklist`` (see the module docstring for the rules).

    Answers for unknown items, or that the item's scale does not accept, are ignored.
    """
    return score_states(item_states(checklist, answers), checklist.min_coverage)


def answer_label(item: Item, answer: str | None) -> str:
    """How an answer reads in a report: 'Yes', 'Partly', 'Level 3 of 4',
    '63.5 % (level 2 of 4)', 'Not applicable'."""
    if answer is None or answer == "":
        return "Not answered"
    if answer == NOT_APPLICABLE:
        return "Not applicable"
    if item.indicator is not None:
        figure = parse_figure(answer)
        if figure is None or not item.indicator.in_range(figure):
            return f"{answer} (not a figure in the item's range)"
        level = item.indicator.level_of(figure)
        unit = item.indicator.unit_suffix()
        return f"{canonical_figure(figure)}{unit} (level {level} of {LEVELS})"
    if item.scale == "maturity-0-4":
        return f"Level {answer} of 4"
    return {"yes": "Yes", "partial": "Partly", "no": "No"}.get(answer, answer)
