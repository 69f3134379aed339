"""Scoring of readiness self-assessments, exactly as ``CONTENT.md`` defines it.

Pure functions over a :class:`~desktop.core.library.checklists.Checklist` and a mapping of answers
(item id → answer text such as ``"yes"``, ``"partial"``, ``"3"`` or ``"na"``):

* ``yes`` = 1, ``partial`` = 0.5, ``no`` = 0; maturity ``0``…``4`` = level / 4.
* Only *applicable* items count: an item hidden by ``show_if`` skip logic is ignored, even
  when an answer for it is stored (it may have been given before the answer it depends on
  changed).
* ``na`` is excluded: an item answered ``na`` is treated as not applicable, so it is in
  neither the score nor the coverage. ``applicable`` therefore counts the shown items that
  are not ``na``, and ``answered`` those of them with a scored answer.
* A component's score is ``100 × Σ(weight·value) / Σ(weight)`` over its answered,
  applicable items; its coverage is ``answered / applicable`` (None when nothing in the
  component is applicable).
* The overall index is the mean of the component scores that have answers. A component
  without answers is *not assessed*: its score is ``None``, never 0.

Also here: the gap list (weakest answered items first), a comparison of two scores, and the
workshop summary (mean and spread per component over several assessments).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item
from desktop.core.library.components import COMPONENTS

if TYPE_CHECKING:  # documents imports checklists; keep scoring importable on its own
    from desktop.core.library.documents import Library

# Document types a gap may link to: the material that helps close a gap.
GAP_LINK_TYPES = ("playbook", "standard")


@dataclass(frozen=True)
class ComponentScore:
    """The score of one Global AI Safety Index component.

    ``score`` is 0–100, or None when the component is *not assessed* (no answered,
    applicable item). ``coverage`` is answered / applicable, None when nothing applies.
    """

    component: str
    title: str
    score: float | None
    coverage: float | None
    answered: int
    applicable: int
    na: int = 0

    @property
    def assessed(self) -> bool:
        """True when the component has a score (some applicable item is answered)."""
        return self.score is not None

    def as_json(self) -> dict[str, Any]:
        """The ``accord assessment score --json`` form of this component."""
        return {
            "score": None if self.score is None else round(self.score, 2),
            "coverage": None if self.coverage is None else round(self.coverage, 4),
            "answered": self.answered,
            "applicable": self.applicable,
        }


@dataclass(frozen=True)
class Score:
    """All six components (in the stable order of ``COMPONENTS``) and the overall index."""

    overall: float | None
    components: dict[str, ComponentScore]
    answered: int
    applicable: int

    @property
    def coverage(self) -> float | None:
        """Answered / applicable over all components (None when nothing applies)."""
        return self.answered / self.applicable if self.applicable else None

    def assessed(self) -> list[ComponentScore]:
        """The components that have a score."""
        return [c for c in self.components.values() if c.assessed]

    def as_json(self) -> dict[str, Any]:
        """``{"overall", "components": {"ethics": {"score", "coverage", "answered",
        "applicable"}, ...}}`` with scores rounded to 2 decimals."""
        return {
            "overall": None if self.overall is None else round(self.overall, 2),
            "components": {cid: c.as_json() for cid, c in self.components.items()},
        }


@dataclass(frozen=True)
class Progress:
    """How far a section (or the whole checklist) is: ``done`` counts every response,
    ``na`` included, out of ``total`` shown items."""

    done: int
    total: int

    @property
    def complete(self) -> bool:
        """True when every shown item has a response."""
        return self.done >= self.total


def applicable_items(checklist: Checklist, answers: Mapping[str, str]) -> list[Item]:
    """The items skip logic shows for ``answers``, in checklist order.

    Validation guarantees ``show_if`` only looks back, so one pass in order settles each item
    from its (already settled) target; this matches ``Checklist.is_applicable`` (chains
    included) in linear time. A hand-built checklist that breaks the rule falls back to it.
    """
    shown: dict[str, bool] = {}
    result: list[Item] = []
    for item in checklist.items:
        rule = item.show_if
        if rule is None:
            visible = True
        elif rule.item in shown:
            visible = shown[rule.item] and answers.get(rule.item) in rule.values
        else:
            visible = checklist.is_applicable(item, dict(answers))
        shown[item.id] = visible
        if visible:
            result.append(item)
    return result


def score_answers(checklist: Checklist, answers: Mapping[str, str]) -> Score:
    """Score ``answers`` against ``checklist`` (see the module docstring for the rules).

    Answers for unknown items or with a value the item's scale does not know are ignored.
    """
    weight_sum = dict.fromkeys(COMPONENTS, 0.0)
    weighted = dict.fromkeys(COMPONENTS, 0.0)
    answered = dict.fromkeys(COMPONENTS, 0)
    applicable = dict.fromkeys(COMPONENTS, 0)
    na = dict.fromkeys(COMPONENTS, 0)
    for item in applicable_items(checklist, answers):
        component = item.component
        if component not in weight_sum:  # validation forbids it; never crash on old data
            continue
        answer = answers.get(item.id)
        if answer == NOT_APPLICABLE:
            na[component] += 1
            continue
        applicable[component] += 1
        value = item.value_of(answer) if answer is not None else None
        if value is None:
            continue
        answered[component] += 1
        weight_sum[component] += item.weight
        weighted[component] += item.weight * value
    components: dict[str, ComponentScore] = {}
    for cid, title in COMPONENTS.items():
        # w·v / w is exact in floats, so "all yes" is exactly 100 (100·w/w need not be).
        score = 100.0 * (weighted[cid] / weight_sum[cid]) if answered[cid] else None
        if score is not None:
            score = min(100.0, max(0.0, score))  # float rounding must not leave 0–100
        coverage = answered[cid] / applicable[cid] if applicable[cid] else None
        components[cid] = ComponentScore(
            cid, title, score, coverage, answered[cid], applicable[cid], na[cid]
        )
    assessed = [c.score for c in components.values() if c.score is not None]
    overall = statistics.fmean(assessed) if assessed else None
    return Score(
        overall=overall,
        components=components,
        answered=sum(answered.values()),
        applicable=sum(applicable.values()),
    )


def unanswered_items(checklist: Checklist, answers: Mapping[str, str]) -> list[Item]:
    """Shown items with no response at all (``na`` counts as a response), in order: what
    "mark complete" lists first."""
    return [
        item
        for item in applicable_items(checklist, answers)
        if answers.get(item.id) not in item.allowed_answers()
    ]


def section_progress(checklist: Checklist, answers: Mapping[str, str]) -> dict[str, Progress]:
    """Progress per section id (shown items only; ``na`` counts as done)."""
    shown = {item.id for item in applicable_items(checklist, answers)}
    progress: dict[str, Progress] = {}
    for section in checklist.sections:
        items = [i for i in section.items if i.id in shown]
        done = sum(1 for i in items if answers.get(i.id) in i.allowed_answers())
        progress[section.id] = Progress(done, len(items))
    return progress


def answer_label(item: Item, answer: str | None) -> str:
    """How an answer reads in a report: 'Yes', 'Partly', 'Level 3 of 4', 'Not applicable'."""
    if answer is None or answer == "":
        return "Not answered"
    if answer == NOT_APPLICABLE:
        return "Not applicable"
    if item.scale == "maturity-0-4":
        return f"Level {answer} of 4"
    return {"yes": "Yes", "partial": "Partly", "no": "No"}.get(answer, answer)


# --- gaps -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    """An answered item that scored below full marks, with what helps close it.

    ``links`` are document ids found as ``[[wikilinks]]`` in the guidance: resolved against
    the library and limited to playbooks and standards when a library is given, otherwise
    the link targets as written (normalised).
    """

    item_id: str
    ask: str
    component: str
    section: str
    answer: str
    value: float
    weight: float
    guidance: str
    links: tuple[str, ...] = ()


def guidance_links(guidance: str, library: Library | None = None) -> tuple[str, ...]:
    """Ids of the playbooks and standards that ``guidance`` links to (deduplicated, in order)."""
    from desktop.core.library.documents import iter_wikilinks, normalise_target

    found: list[str] = []
    for link in iter_wikilinks(guidance):
        if not link.target:
            continue
        if library is None:
            doc_id = normalise_target(link.target)
        else:
            doc = library.resolve(link.target)
            if doc is None or doc.type not in GAP_LINK_TYPES:
                continue
            doc_id = doc.id
        if doc_id and doc_id not in found:
            found.append(doc_id)
    return tuple(found)


def gap_list(
    checklist: Checklist,
    answers: Mapping[str, str],
    library: Library | None = None,
    limit: int | None = 10,
) -> list[Gap]:
    """The weakest answered, applicable items: lowest value first, then highest weight, then
    checklist order. Items answered with full marks or ``na`` are not gaps."""
    order = {item.id: n for n, item in enumerate(checklist.items)}
    candidates: list[Gap] = []
    for item in applicable_items(checklist, answers):
        answer = answers.get(item.id)
        value = item.value_of(answer) if answer is not None else None
        if value is None or value >= 1.0:
            continue
        candidates.append(
            Gap(
                item_id=item.id,
                ask=item.ask,
                component=item.component,
                section=item.section,
                answer=answer or "",
                value=value,
                weight=item.weight,
                guidance=item.guidance,
                links=guidance_links(item.guidance, library),
            )
        )
    candidates.sort(key=lambda g: (g.value, -g.weight, order[g.item_id]))
    return candidates if limit is None else candidates[:limit]


# --- comparison and workshop summary --------------------------------------------------------


@dataclass(frozen=True)
class ComponentChange:
    """One component before and after; ``change`` is None unless both were assessed."""

    component: str
    title: str
    before: float | None
    after: float | None

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
        cid: ComponentChange(cid, title, earlier.components[cid].score, later.components[cid].score)
        for cid, title in COMPONENTS.items()
    }
    overall = ComponentChange("overall", "Overall index", earlier.overall, later.overall)
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


@dataclass(frozen=True)
class WorkshopSummary:
    """Per component (and overall) spread over several assessments, in input order."""

    components: dict[str, Spread]
    overall: Spread
    count: int


def _spread(component: str, title: str, values: Sequence[float | None]) -> Spread:
    present = [v for v in values if v is not None]
    if not present:
        return Spread(component, title, 0, None, None, None, None, tuple(values))
    return Spread(
        component,
        title,
        len(present),
        statistics.fmean(present),
        min(present),
        max(present),
        statistics.pstdev(present),
        tuple(values),
    )


def aggregate_scores(scores: Iterable[Score]) -> WorkshopSummary:
    """Mean, minimum, maximum and standard deviation per component over ``scores``.

    A group that did not assess a component is left out of that component's figures (and
    counted in none of them), never averaged in as zero.
    """
    scores = list(scores)
    components = {
        cid: _spread(cid, title, [s.components[cid].score for s in scores])
        for cid, title in COMPONENTS.items()
    }
    overall = _spread("overall", "Overall index", [s.overall for s in scores])
    return WorkshopSummary(components, overall, len(scores))
