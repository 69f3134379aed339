"""Property tests (hypothesis) of every invariant of docs/scoring.md, over generated
checklists (three scales, weights, chains of upward gates, framework crosswalks, any
minimum coverage) and generated answer sets (stored answers for hidden items included).

Monotonicity first: improving any answer never lowers any score (checked to fail on
method 1, where closed items left the score). The oracle recomputes
each component with exact fractions straight from the written definition, settling every
item by recursion over its gate chain rather than the scorer's single pass.
"""

from __future__ import annotations

import dataclasses
import random
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.assessments.crosswalk import framework_results
from desktop.core.assessments.item_states import applicable_items
from desktop.core.assessments.scoring import SCORED, score_answers
from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item, Section, ShowIf
from desktop.core.library.components import COMPONENTS
from desktop.core.library.indicators import LEVELS, Indicator, canonical_figure

COMPONENT_IDS = list(COMPONENTS)
# Set per test, not as a global profile, so other test modules keep their own settings.
SETTINGS = settings(max_examples=200, deadline=None)
MINIMA = ["0.01", "0.5", "0.6", "0.75", "0.8", "0.9", "1"]
UNESCO = ["legal", "social", "technical"]


def ordered(item: Item) -> list[str]:
    """An item's fixed answers from the lowest value to the highest."""
    return item.answers_by_value()


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    start = draw(st.integers(0, 50))
    steps = draw(st.lists(st.integers(1, 30), min_size=LEVELS, max_size=LEVELS))
    bands = tuple(float(start + sum(steps[: k + 1])) for k in range(LEVELS))
    return Indicator("%", bands, "a source", draw(st.booleans()), 0.0, None)


@st.composite
def checklists(draw: st.DrawFn) -> Checklist:
    n = draw(st.integers(1, 14))
    # A few components per checklist, so that gates and the items they reveal often share
    # a component (where a fall would show), and gates on two items in three.
    used = draw(st.lists(st.sampled_from(COMPONENT_IDS), min_size=1, max_size=3, unique=True))
    items: list[Item] = []
    for k in range(n):
        scale = draw(st.sampled_from(["yes-partial-no", "maturity-0-4", "number"]))
        indicator = draw(indicators()) if scale == "number" else None
        show_if = None
        gates = [i for i in items if i.indicator is None]
        if gates and draw(st.integers(0, 2)):
            target = draw(st.sampled_from(gates))
            answers = ordered(target)
            # Gates open upwards (the parser refuses others): from a threshold up.
            threshold = draw(st.integers(0, len(answers) - 1))
            show_if = ShowIf(target.id, tuple(answers[threshold:]))
        component = draw(st.sampled_from(used))
        weight = draw(
            st.one_of(st.integers(1, 5).map(float), st.floats(0.01, 100, allow_nan=False))
        )
        refs = draw(st.lists(st.sampled_from(UNESCO), max_size=2, unique=True))
        items.append(
            Item(
                id=f"I{k}",
                ask="?",
                section=component,
                component=component,
                scale=scale,
                weight=weight,
                show_if=show_if,
                frameworks=(("unesco-ram", tuple(refs)),) if refs else (),
                indicator=indicator,
            )
        )
    sections = tuple(Section(f"s{k}", "S", i.component, (i,)) for k, i in enumerate(items))
    minimum = float(draw(st.sampled_from(MINIMA)))
    return Checklist("c", "C", "1.0.0", "yes-partial-no", sections, "", minimum)


def figures(item: Item) -> list[str]:
    """Figures that reach every level of a number item (and both ends)."""
    assert item.indicator is not None
    edges = item.indicator.bands
    points = [0.0, *edges, *(e - 0.5 for e in edges), edges[-1] + 10]
    return [canonical_figure(p) for p in points if p >= 0]


def choices(item: Item) -> list[str | None]:
    if item.indicator is not None:
        return [None, NOT_APPLICABLE, *figures(item)]
    return [None, *item.allowed_answers()]


@st.composite
def scored(draw: st.DrawFn) -> tuple[Checklist, dict[str, str]]:
    checklist = draw(checklists())
    answers: dict[str, str] = {}
    for item in checklist.items:
        choice = draw(st.sampled_from(choices(item)))
        if choice is not None:
            answers[item.id] = choice
    return checklist, answers


# --- the oracle: the written definition, with exact fractions -------------------------------


def oracle_state(checklist: Checklist, answers: dict[str, str], item: Item) -> str:
    """answered, closed, na, open or waiting, by recursion over the gate chain."""
    if item.show_if is not None:
        target = checklist.item(item.show_if.item)
        gate = oracle_state(checklist, answers, target)
        if gate in ("na", "closed"):
            return gate
        if gate in ("open", "waiting"):
            return "waiting"
        if answers.get(target.id) not in item.show_if.values:
            return "closed"
    answer = answers.get(item.id)
    if answer == NOT_APPLICABLE:
        return "na"
    if answer is None or item.value_of(answer) is None:
        return "open"
    return "answered"


def oracle(checklist: Checklist, answers: dict[str, str]) -> dict[str, Fraction | None]:
    num = dict.fromkeys(COMPONENTS, Fraction(0))
    den = dict.fromkeys(COMPONENTS, Fraction(0))
    counted = dict.fromkeys(COMPONENTS, 0)
    applicable = dict.fromkeys(COMPONENTS, 0)
    for item in checklist.items:
        state = oracle_state(checklist, answers, item)
        if state == "na":
            continue
        applicable[item.component] += 1
        if state not in ("answered", "closed"):
            continue
        value = Fraction(0)
        if state == "answered":
            value = Fraction(item.value_of(answers[item.id])).limit_denominator(8)
        weight = Fraction(item.weight)
        num[item.component] += weight * value
        den[item.component] += weight
        counted[item.component] += 1
    minimum = Fraction(str(checklist.min_coverage))
    result: dict[str, Fraction | None] = {}
    for c in COMPONENTS:
        reaches = applicable[c] and Fraction(counted[c], applicable[c]) >= minimum
        result[c] = 100 * num[c] / den[c] if reaches and den[c] else None
    return result


# --- helpers --------------------------------------------------------------------------------


def improvements(item: Item, answer: str) -> list[str]:
    """Every answer to ``item`` with a strictly higher value than ``answer``."""
    value = item.value_of(answer)
    if value is None:
        return []
    options = figures(item) if item.indicator is not None else ordered(item)
    return [a for a in options if (item.value_of(a) or 0) > value]


def all_scores(checklist: Checklist, answers: dict[str, str]) -> dict[str, float | None]:
    """Every score a person can read: components, overall, framework parts."""
    score = score_answers(checklist, answers)
    found: dict[str, float | None] = {c: s.score for c, s in score.components.items()}
    found["overall"] = score.overall
    for result in framework_results(checklist, answers):
        for part in result.parts:
            found[f"{result.framework}:{part.part}"] = part.score
    return found


def without(checklist: Checklist, gone: set[str]) -> Checklist:
    sections = tuple(
        dataclasses.replace(s, items=tuple(i for i in s.items if i.id not in gone))
        for s in checklist.sections
    )
    return dataclasses.replace(checklist, sections=tuple(s for s in sections if s.items))


def dependants(checklist: Checklist, item_id: str) -> set[str]:
    """``item_id`` and every item whose gate chain passes through it."""
    found = {item_id}
    for item in checklist.items:
        if item.show_if is not None and item.show_if.item in found:
            found.add(item.id)
    return found


def with_weights(checklist: Checklist, weight_of) -> Checklist:
    sections = tuple(
        dataclasses.replace(
            s, items=tuple(dataclasses.replace(i, weight=weight_of(i)) for i in s.items)
        )
        for s in checklist.sections
    )
    return dataclasses.replace(checklist, sections=sections)


# --- 1. monotonic ---------------------------------------------------------------------------


MONOTONIC = settings(max_examples=400, deadline=None)


def candidates_for(checklist: Checklist, answers: dict[str, str], data) -> list:
    """(item, better answer) pairs; gate questions first when the draw says so, since
    improving a gate is what reveals (or used to hide) questions."""
    found = [
        (i, better)
        for i in checklist.items
        if i.id in answers
        for better in improvements(i, answers[i.id])
    ]
    gates = {i.show_if.item for i in checklist.items if i.show_if}
    on_gates = [c for c in found if c[0].id in gates]
    return on_gates if on_gates and data.draw(st.booleans()) else found


@MONOTONIC
@given(scored(), st.data())
def test_improving_any_answer_never_lowers_any_score(case, data) -> None:
    """Invariant 1, over components, the overall index and every framework part, where
    the score is computed before and after."""
    checklist, answers = case
    candidates = candidates_for(checklist, answers, data)
    assume(candidates)
    item, better = data.draw(st.sampled_from(candidates))
    before = all_scores(checklist, answers)
    after = all_scores(checklist, {**answers, item.id: better})
    for key, was in before.items():
        now = after.get(key)
        if was is not None and now is not None:
            assert now >= was - 1e-9, f"{key} fell from {was} to {now} ({item.id} → {better})"


@MONOTONIC
@given(scored(), st.data())
def test_improving_never_lowers_the_raw_component_score_at_any_minimum(case, data) -> None:
    """The same with the smallest minimum coverage, so that a score exists whenever an
    item counts: no improvement can hide a fall behind 'insufficient coverage'. (A score
    may still vanish: a revealed question is open, not counted, until it is answered.)"""
    checklist, answers = case
    checklist = dataclasses.replace(checklist, min_coverage=1e-9)
    candidates = candidates_for(checklist, answers, data)
    assume(candidates)
    item, better = data.draw(st.sampled_from(candidates))
    before = score_answers(checklist, answers)
    after = score_answers(checklist, {**answers, item.id: better})
    for cid in COMPONENTS:
        was, now = before.components[cid].score, after.components[cid].score
        if was is not None and now is not None:
            assert now >= was - 1e-9


# --- 2. bounded, and the definition ----------------------------------------------------------


@SETTINGS
@given(scored())
def test_scores_stay_in_range_and_match_the_definition(case) -> None:
    checklist, answers = case
    score = score_answers(checklist, answers)
    expected = oracle(checklist, answers)
    for cid, component in score.components.items():
        if expected[cid] is None:
            assert component.score is None  # never a number below the minimum, never 0
        else:
            assert 0 <= component.score <= 100
            assert component.score == pytest.approx(float(expected[cid]), abs=1e-9)
        assert component.counted <= component.applicable
        if component.coverage is not None:
            assert 0 <= component.coverage <= 1
    if score.overall is not None:
        assert 0 <= score.overall <= 100
    if score.coverage is not None:
        assert 0 <= score.coverage <= 1


@SETTINGS
@given(scored())
def test_single_pass_applicability_matches_the_model(case) -> None:
    checklist, answers = case
    fast = [i.id for i in applicable_items(checklist, answers)]
    model = [i.id for i in checklist.items if checklist.is_applicable(i, answers)]
    assert fast == model


# --- 3. all best is 100, all worst is 0 -----------------------------------------------------


def extreme(item: Item, best: bool) -> str:
    if item.indicator is not None:
        options = figures(item)
        return (max if best else min)(options, key=lambda a: item.value_of(a) or 0)
    return ordered(item)[-1 if best else 0]


@SETTINGS
@given(checklists())
def test_all_best_is_100_and_all_worst_is_0(checklist) -> None:
    for best, expected in ((True, 100), (False, 0)):
        answers = {i.id: extreme(i, best) for i in checklist.items}
        score = score_answers(checklist, answers)
        for component in score.components.values():
            if component.items:
                assert component.status == SCORED and component.score == expected
        assert score.overall == expected


# --- 4. weights -----------------------------------------------------------------------------


@SETTINGS
@given(scored(), st.floats(0.01, 1000, allow_nan=False))
def test_scaling_every_weight_changes_nothing(case, factor) -> None:
    checklist, answers = case
    before = score_answers(checklist, answers)
    after = score_answers(with_weights(checklist, lambda i: i.weight * factor), answers)
    for cid in COMPONENTS:
        b, a = before.components[cid].score, after.components[cid].score
        assert (a is None) == (b is None)
        if a is not None:
            assert a == pytest.approx(b, abs=1e-7)


@SETTINGS
@given(scored(), st.data(), st.floats(0.01, 100, allow_nan=False))
def test_weight_of_an_item_that_does_not_count_has_no_effect(case, data, weight) -> None:
    checklist, answers = case
    score = score_answers(checklist, answers)
    from desktop.core.assessments.item_states import item_states

    idle = [s.item.id for s in item_states(checklist, answers) if not s.counted]
    assume(idle)
    item_id = data.draw(st.sampled_from(idle))
    heavier = with_weights(checklist, lambda i: weight if i.id == item_id else i.weight)
    assert score_answers(heavier, answers) == score


@SETTINGS
@given(scored(), st.data(), st.floats(0.01, 100, allow_nan=False))
def test_more_weight_pulls_the_score_toward_that_item(case, data, extra) -> None:
    """Raising one counted item's weight (answered, or closed at 0) moves its component's
    score toward 100 × its value, never past it and never away from it."""
    from desktop.core.assessments.item_states import item_states

    checklist, answers = case
    checklist = dataclasses.replace(checklist, min_coverage=1e-9)  # every score shown
    counted = [s for s in item_states(checklist, answers) if s.counted]
    assume(counted)
    state = data.draw(st.sampled_from(counted))
    target = 100 * state.value
    before = score_answers(checklist, answers).components[state.item.component].score
    heavier = with_weights(
        checklist, lambda i: i.weight + extra if i.id == state.item.id else i.weight
    )
    after = score_answers(heavier, answers).components[state.item.component].score
    low, high = sorted((before, target))
    assert low - 1e-9 <= after <= high + 1e-9
    assert abs(after - target) <= abs(before - target) + 1e-9


# --- 5. not applicable leaves no trace ------------------------------------------------------


@SETTINGS
@given(scored(), st.data())
def test_na_is_the_same_as_removing_the_item_and_what_depends_on_it(case, data) -> None:
    checklist, answers = case
    # Only a question that is asked can be marked not applicable (a hidden one keeps
    # its gate's state whatever is stored for it).
    item = data.draw(st.sampled_from(applicable_items(checklist, answers)))
    marked = score_answers(checklist, {**answers, item.id: NOT_APPLICABLE})
    gone = dependants(checklist, item.id)
    removed = score_answers(without(checklist, gone), answers)
    for cid in COMPONENTS:
        m, r = marked.components[cid], removed.components[cid]
        assert m.score == r.score
        assert (m.counted, m.applicable, m.coverage) == (r.counted, r.applicable, r.coverage)
    if not any(c.items and not c.applicable for c in marked.components.values()):
        assert marked.overall == removed.overall


@SETTINGS
@given(scored(), st.data())
def test_na_never_scores_below_the_lowest_answer(case, data) -> None:
    """For an asked item nothing depends on, ``na`` gives a component score at least that
    of the scale's lowest answer, where both are computed: not applicable never
    penalises (and never hides a lower score behind a higher one)."""
    checklist, answers = case
    gates = {i.show_if.item for i in checklist.items if i.show_if}
    free = [i for i in applicable_items(checklist, answers) if i.id not in gates]
    assume(free)
    item = data.draw(st.sampled_from(free))
    lowest = extreme(item, best=False)
    low = score_answers(checklist, {**answers, item.id: lowest}).components[item.component]
    na = score_answers(checklist, {**answers, item.id: NOT_APPLICABLE}).components[item.component]
    if low.score is not None and na.score is not None:
        assert na.score >= low.score - 1e-9


# --- 6. no number below the minimum ---------------------------------------------------------


@SETTINGS
@given(scored())
def test_no_number_below_the_minimum_and_no_overall_without_every_component(case) -> None:
    checklist, answers = case
    score = score_answers(checklist, answers)
    minimum = Fraction(str(checklist.min_coverage))
    for c in score.components.values():
        reaches = c.applicable and Fraction(c.counted, c.applicable) >= minimum
        if not reaches:
            assert c.score is None and c.status != SCORED
    covered = [c for c in score.components.values() if c.items]
    assert (score.overall is not None) == (bool(covered) and all(c.assessed for c in covered))
    if score.overall is None:
        assert score.overall_reason()
    else:
        assert score.overall == pytest.approx(sum(c.score for c in covered) / len(covered))


# --- 7. order does not matter ---------------------------------------------------------------


@SETTINGS
@given(scored(), st.randoms(use_true_random=False))
def test_the_order_of_the_answers_does_not_matter(case, rnd: random.Random) -> None:
    checklist, answers = case
    keys = list(answers)
    rnd.shuffle(keys)
    shuffled = {k: answers[k] for k in keys}
    assert score_answers(checklist, shuffled) == score_answers(checklist, answers)
    assert all_scores(checklist, shuffled) == all_scores(checklist, answers)
