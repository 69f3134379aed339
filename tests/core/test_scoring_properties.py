"""Property tests (hypothesis) of scoring over random checklists with skip logic:
scores stay in 0–100, ``na`` never lowers a score, and weights act as CONTENT.md defines.

The oracle recomputes each component with exact fractions straight from the definition,
using ``Checklist.is_applicable`` (the model's own skip-logic rule) rather than the
scorer's faster single pass.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.assessments.scoring import applicable_items, score_answers
from desktop.core.library.checklists import NOT_APPLICABLE, SCALES, Checklist, Item, Section, ShowIf
from desktop.core.library.components import COMPONENTS

COMPONENT_IDS = list(COMPONENTS)
# Set per test, not as a global profile, so other test modules keep their own settings.
SETTINGS = settings(max_examples=100, deadline=None)


@st.composite
def checklists(draw: st.DrawFn, na_in_show_if: bool = True) -> Checklist:
    n = draw(st.integers(1, 15))
    items: list[Item] = []
    for k in range(n):
        scale = draw(st.sampled_from(["yes-partial-no", "maturity-0-4"]))
        show_if = None
        if items and draw(st.booleans()):
            target = draw(st.sampled_from(items))
            choices = list(SCALES[target.scale])
            if na_in_show_if:
                choices.append(NOT_APPLICABLE)
            values = draw(st.lists(st.sampled_from(choices), min_size=1, unique=True))
            show_if = ShowIf(target.id, tuple(values))
        component = draw(st.sampled_from(COMPONENT_IDS))
        weight = draw(
            st.one_of(st.integers(1, 5).map(float), st.floats(0.01, 100, allow_nan=False))
        )
        items.append(
            Item(
                id=f"I{k}",
                ask="?",
                section=component,
                component=component,
                scale=scale,
                weight=weight,
                show_if=show_if,
            )
        )
    sections = tuple(Section(f"s{k}", "S", i.component, (i,)) for k, i in enumerate(items))
    return Checklist("c", "C", "1.0.0", "yes-partial-no", sections)


@st.composite
def scored(draw: st.DrawFn, na_in_show_if: bool = True) -> tuple[Checklist, dict[str, str]]:
    checklist = draw(checklists(na_in_show_if))
    answers: dict[str, str] = {}
    for item in checklist.items:
        choice = draw(st.sampled_from([None, *item.allowed_answers()]))
        if choice is not None:
            answers[item.id] = choice
    return checklist, answers


def oracle(checklist: Checklist, answers: dict[str, str]) -> dict[str, Fraction | None]:
    num = dict.fromkeys(COMPONENTS, Fraction(0))
    den = dict.fromkeys(COMPONENTS, Fraction(0))
    seen = dict.fromkeys(COMPONENTS, False)
    for item in checklist.items:
        if not checklist.is_applicable(item, answers):
            continue
        answer = answers.get(item.id)
        if answer is None or answer == NOT_APPLICABLE:
            continue
        value = Fraction(SCALES[item.scale][answer]).limit_denominator(8)
        weight = Fraction(item.weight)
        num[item.component] += weight * value
        den[item.component] += weight
        seen[item.component] = True
    return {c: (100 * num[c] / den[c] if seen[c] else None) for c in COMPONENTS}


def with_weight(checklist: Checklist, item_id: str, weight: float) -> Checklist:
    sections = tuple(
        dataclasses.replace(
            s,
            items=tuple(
                dataclasses.replace(i, weight=weight) if i.id == item_id else i for i in s.items
            ),
        )
        for s in checklist.sections
    )
    return dataclasses.replace(checklist, sections=sections)


def scale_weights(checklist: Checklist, factor: float) -> Checklist:
    for item in checklist.items:
        checklist = with_weight(checklist, item.id, item.weight * factor)
    return checklist


def targets(checklist: Checklist) -> set[str]:
    return {i.show_if.item for i in checklist.items if i.show_if}


@SETTINGS
@given(scored())
def test_scores_stay_in_range_and_match_the_definition(case) -> None:
    checklist, answers = case
    score = score_answers(checklist, answers)
    expected = oracle(checklist, answers)
    for cid, component in score.components.items():
        if expected[cid] is None:
            assert component.score is None  # not assessed, never 0
            assert component.answered == 0
        else:
            assert 0 <= component.score <= 100
            assert component.score == pytest.approx(float(expected[cid]), abs=1e-9)
        assert component.answered <= component.applicable
        if component.coverage is not None:
            assert 0 <= component.coverage <= 1
    assessed = [c.score for c in score.components.values() if c.score is not None]
    if assessed:
        assert 0 <= score.overall <= 100
        assert score.overall == pytest.approx(sum(assessed) / len(assessed))
    else:
        assert score.overall is None


@SETTINGS
@given(scored())
def test_single_pass_applicability_matches_the_model(case) -> None:
    checklist, answers = case
    fast = [i.id for i in applicable_items(checklist, answers)]
    model = [i.id for i in checklist.items if checklist.is_applicable(i, answers)]
    assert fast == model


@SETTINGS
@given(scored(na_in_show_if=False), st.data())
def test_na_on_an_unanswered_item_changes_nothing(case, data) -> None:
    """Marking an unanswered item ``na`` never lowers any score: it leaves all unchanged
    (skip rules that list ``na`` are excluded: those legitimately reveal more questions)."""
    checklist, answers = case
    open_items = [i.id for i in checklist.items if i.id not in answers]
    assume(open_items)
    item_id = data.draw(st.sampled_from(open_items))
    before = score_answers(checklist, answers)
    after = score_answers(checklist, {**answers, item_id: NOT_APPLICABLE})
    assert after.overall == before.overall
    for cid in COMPONENTS:
        assert after.components[cid].score == before.components[cid].score


@SETTINGS
@given(scored(), st.data())
def test_na_never_scores_below_the_lowest_answer(case, data) -> None:
    """For an item nothing depends on, ``na`` gives a component score at least that of the
    scale's lowest answer (``no`` / ``0``): declaring an item not applicable never
    penalises."""
    checklist, answers = case
    free = [i for i in checklist.items if i.id not in targets(checklist)]
    item = data.draw(st.sampled_from(free))
    lowest = min(SCALES[item.scale], key=SCALES[item.scale].get)
    with_lowest = score_answers(checklist, {**answers, item.id: lowest})
    with_na = score_answers(checklist, {**answers, item.id: NOT_APPLICABLE})
    low = with_lowest.components[item.component].score
    na = with_na.components[item.component].score
    if low is not None and na is not None:
        assert na >= low - 1e-9
    assert na is not None or low == 0 or low is None


@SETTINGS
@given(scored(), st.floats(0.01, 1000, allow_nan=False))
def test_scaling_every_weight_changes_nothing(case, factor) -> None:
    checklist, answers = case
    before = score_answers(checklist, answers)
    after = score_answers(scale_weights(checklist, factor), answers)
    for cid in COMPONENTS:
        b, a = before.components[cid].score, after.components[cid].score
        assert (a is None) == (b is None)
        if a is not None:
            assert a == pytest.approx(b, abs=1e-7)


@SETTINGS
@given(scored(), st.data(), st.floats(0.01, 100, allow_nan=False))
def test_more_weight_pulls_the_score_toward_that_item(case, data, extra) -> None:
    """Raising one answered item's weight moves its component's score toward 100 × its
    value, never past it and never away from it."""
    checklist, answers = case
    counted = [
        i
        for i in applicable_items(checklist, answers)
        if i.value_of(answers.get(i.id, "")) is not None
    ]
    assume(counted)
    item = data.draw(st.sampled_from(counted))
    target = 100 * item.value_of(answers[item.id])
    before = score_answers(checklist, answers).components[item.component].score
    heavier = with_weight(checklist, item.id, item.weight + extra)
    after = score_answers(heavier, answers).components[item.component].score
    low, high = sorted((before, target))
    assert low - 1e-9 <= after <= high + 1e-9
    assert abs(after - target) <= abs(before - target) + 1e-9


@SETTINGS
@given(scored(), st.data(), st.floats(0.01, 100, allow_nan=False))
def test_weight_of_an_item_that_does_not_count_has_no_effect(case, data, weight) -> None:
    checklist, answers = case
    counted = {
        i.id
        for i in applicable_items(checklist, answers)
        if i.value_of(answers.get(i.id, "")) is not None
    }
    idle = [i.id for i in checklist.items if i.id not in counted]
    assume(idle)
    item_id = data.draw(st.sampled_from(idle))
    before = score_answers(checklist, answers)
    after = score_answers(with_weight(checklist, item_id, weight), answers)
    assert after == before


@SETTINGS
@given(checklists(), st.data())
def test_all_best_is_100_and_all_worst_is_0(checklist, data) -> None:
    best = {i.id: max(SCALES[i.scale], key=SCALES[i.scale].get) for i in checklist.items}
    worst = {i.id: min(SCALES[i.scale], key=SCALES[i.scale].get) for i in checklist.items}
    for answers, expected in ((best, 100), (worst, 0)):
        score = score_answers(checklist, answers)
        for component in score.components.values():
            assert component.score in (None, expected)
