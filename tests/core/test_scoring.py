"""Scoring by hand-checked examples: the rules of docs/scoring.md (method 2), item states,
minimum coverage, the overall index, numbers, gaps, comparison and the workshop summary."""

from __future__ import annotations

import statistics

import pytest

from desktop.core.assessments.comparison import aggregate_scores, compare_scores
from desktop.core.assessments.crosswalk import framework_results, frameworks_json
from desktop.core.assessments.gaps import gap_list, guidance_links
from desktop.core.assessments.item_states import (
    State,
    applicable_items,
    item_states,
    section_progress,
    unanswered_items,
)
from desktop.core.assessments.scoring import (
    INSUFFICIENT,
    NOT_COVERED,
    SCORED,
    answer_label,
    coverage_percent,
    reaches_minimum,
    score_answers,
)
from desktop.core.library.checklists import Checklist, Item, Section, ShowIf
from desktop.core.library.components import COMPONENTS
from desktop.core.library.indicators import Indicator

TEC = Indicator("%", (35.0, 50.0, 65.0, 75.0), "ITU", True, 0.0, 100.0)


def item(item_id: str, component: str = "ethics", **kw) -> Item:
    return Item(id=item_id, ask=f"{item_id}?", section=component, component=component, **kw)


def checklist(*items: Item, min_coverage: float = 0.8) -> Checklist:
    by_section: dict[str, list[Item]] = {}
    for i in items:
        by_section.setdefault(i.section, []).append(i)
    sections = tuple(Section(s, s, s, tuple(its)) for s, its in by_section.items())
    return Checklist("demo", "Demo", "1.0.0", "yes-partial-no", sections, "", min_coverage)


def test_values_of_each_scale_and_weights() -> None:
    c = checklist(
        item("A", weight=2),
        item("B"),
        item("C", scale="maturity-0-4", weight=3),
    )
    # 100 × (2·1 + 1·0.5 + 3·0.75) / (2 + 1 + 3)
    score = score_answers(c, {"A": "yes", "B": "partial", "C": "3"})
    assert score.components["ethics"].score == pytest.approx(100 * 4.75 / 6)
    assert score_answers(c, {"A": "no", "B": "no", "C": "0"}).components["ethics"].score == 0
    assert score_answers(c, {"A": "yes", "B": "yes", "C": "4"}).components["ethics"].score == 100


def test_na_leaves_score_and_coverage_and_needs_the_minimum_of_the_rest() -> None:
    c = checklist(item("A"), item("B"), item("C"))
    ethics = score_answers(c, {"A": "yes", "B": "na"}).components["ethics"]
    # 1 of the 2 applicable items: coverage 50 %, below 80 %: no number at all.
    assert (ethics.answered, ethics.applicable, ethics.na, ethics.coverage) == (1, 2, 1, 0.5)
    assert ethics.score is None and ethics.status == INSUFFICIENT
    ethics = score_answers(c, {"A": "yes", "B": "na", "C": "no"}).components["ethics"]
    assert (ethics.score, ethics.coverage, ethics.status) == (50, 1.0, SCORED)


def test_minimum_coverage_boundary_is_exact_and_shown_rounded_down() -> None:
    five = checklist(*(item(f"A{k}") for k in range(5)))
    four_of_five = {f"A{k}": "yes" for k in range(4)}
    assert score_answers(five, four_of_five).components["ethics"].score == 100  # 0.8 ≥ 0.8
    assert (
        score_answers(five, dict(list(four_of_five.items())[:3])).components["ethics"].score is None
    )
    assert reaches_minimum(7, 10, 0.7) and not reaches_minimum(6, 10, 0.7)
    # 0.796 is below 80 %: it must never read "80 %".
    assert coverage_percent(0.796) == 79 and coverage_percent(0.8) == 80
    assert coverage_percent(1.0) == 100


def test_closed_items_count_zero_and_count_as_covered() -> None:
    c = checklist(
        item("A"),
        item("B", show_if=ShowIf("A", ("yes", "partial"))),
        item("C", show_if=ShowIf("B", ("yes",))),
    )
    # B and C were answered while A was yes; A then changed to no: both closed, at 0.
    answers = {"A": "no", "B": "yes", "C": "yes"}
    assert [i.id for i in applicable_items(c, answers)] == ["A"]
    assert [s.state for s in item_states(c, answers)] == [
        State.ANSWERED,
        State.CLOSED,
        State.CLOSED,
    ]
    ethics = score_answers(c, answers).components["ethics"]
    assert (ethics.score, ethics.answered, ethics.closed, ethics.coverage) == (0, 1, 2, 1.0)
    # B shown and answered partial: C closed by B (a chain), counted at 0.
    ethics = score_answers(c, {"A": "yes", "B": "partial", "C": "no"}).components["ethics"]
    assert ethics.score == 50 and (ethics.answered, ethics.closed) == (2, 1)
    # An unanswered gate question leaves its dependants waiting: not shown, not covered.
    states = item_states(c, {})
    assert [s.state for s in states] == [State.OPEN, State.WAITING, State.WAITING]
    assert score_answers(c, {}).components["ethics"].coverage == 0


def test_a_gate_question_not_applicable_makes_its_dependants_not_applicable() -> None:
    c = checklist(item("A"), item("B", show_if=ShowIf("A", ("yes",))), item("D"))
    states = item_states(c, {"A": "na", "B": "yes", "D": "yes"})
    assert [s.state for s in states] == [State.NOT_APPLICABLE, State.NOT_APPLICABLE, State.ANSWERED]
    assert not states[1].shown
    ethics = score_answers(c, {"A": "na", "D": "yes"}).components["ethics"]
    assert (ethics.score, ethics.applicable, ethics.na) == (100, 1, 2)


def test_overall_needs_every_covered_component_and_says_why() -> None:
    c = checklist(item("E1"), item("G1", "governance"), item("T1", "transparency"))
    score = score_answers(c, {"E1": "yes", "G1": "partial", "T1": "no"})
    assert score.overall == 50  # (100 + 50 + 0) / 3: the three covered components
    assert score.components["robustness"].status == NOT_COVERED
    assert list(score.components) == list(COMPONENTS)
    # Leaving the weak component unanswered no longer raises the index: it removes it.
    left_out = score_answers(c, {"E1": "yes", "G1": "partial"})
    assert left_out.overall is None and left_out.overall_status == INSUFFICIENT
    assert "Transparency and explainability (0 %)" in left_out.overall_reason()
    as_json = left_out.as_json()
    assert as_json["below_minimum"] == ["transparency"]
    assert as_json["components"]["transparency"] == {
        "score": None,
        "coverage": 0.0,
        "answered": 0,
        "applicable": 1,
        "closed": 0,
        "na": 0,
        "items": 1,
        "status": "insufficient-coverage",
    }
    assert as_json["components"]["robustness"]["status"] == "not-covered"
    # Every question of a covered component marked not applicable: no overall index.
    all_na = score_answers(c, {"E1": "yes", "G1": "partial", "T1": "na"})
    assert all_na.overall is None and "not applicable" in all_na.overall_reason()


def test_unknown_items_and_values_are_ignored() -> None:
    c = checklist(item("A"))
    score = score_answers(c, {"A": "partial", "GONE-1": "yes", "X": "no"})
    assert score.components["ethics"].score == 50 and score.answered == 1
    assert score_answers(c, {"A": "7"}).answered == 0  # not a value of this scale


def test_numbers_score_by_band_and_out_of_range_figures_do_not_count() -> None:
    c = checklist(item("T", scale="number", indicator=TEC))
    for figure, level in (("0", 0), ("34.9", 0), ("35", 1), ("63.5", 2), ("75", 4), ("100", 4)):
        assert score_answers(c, {"T": figure}).components["ethics"].score == 25 * level
    assert score_answers(c, {"T": "101"}).answered == 0  # outside 0–100 %: not an answer
    lower = Indicator("%", (1.0, 2.0, 5.0, 10.0), "ITU", False, 0.0, None)
    cheap = checklist(item("P", scale="number", indicator=lower))
    assert score_answers(cheap, {"P": "0.5"}).components["ethics"].score == 100
    assert score_answers(cheap, {"P": "2"}).components["ethics"].score == 50  # 2 is not < 2
    assert score_answers(cheap, {"P": "12"}).components["ethics"].score == 0


def test_unanswered_and_progress_count_na_as_a_response() -> None:
    c = checklist(item("A"), item("B"), item("G", "governance"))
    answers = {"A": "na"}
    assert [i.id for i in unanswered_items(c, answers)] == ["B", "G"]
    progress = section_progress(c, answers)
    assert (progress["ethics"].done, progress["ethics"].total) == (1, 2)
    assert not progress["ethics"].complete
    assert section_progress(c, {"A": "na", "B": "no", "G": "yes"})["ethics"].complete


def test_answer_labels() -> None:
    assert answer_label(item("A"), "partial") == "Partly"
    assert answer_label(item("A"), "na") == "Not applicable"
    assert answer_label(item("A"), None) == "Not answered"
    assert answer_label(item("M", scale="maturity-0-4"), "2") == "Level 2 of 4"
    number = item("T", scale="number", indicator=TEC)
    assert answer_label(number, "63.5") == "63.5% (level 2 of 4)"


def test_frameworks_score_each_part_with_the_component_rules() -> None:
    nist = (("nist-ai-rmf", ("GOVERN 1.1", "GOVERN 1.2")), ("unesco-ram", ("legal",)))
    c = checklist(
        item("A", frameworks=nist),
        item("B", frameworks=(("nist-ai-rmf", ("MAP 1.1",)),)),
        item("C", frameworks=(("nist-ai-rmf", ("GOVERN 2.1",)),)),
        item("D"),
    )
    results = {r.framework: r for r in framework_results(c, {"A": "yes", "C": "partial"})}
    assert list(results) == ["nist-ai-rmf", "unesco-ram"]
    govern, map_ = results["nist-ai-rmf"].parts
    # A maps to two GOVERN subcategories but counts once in GOVERN.
    assert (govern.part, govern.item_ids, govern.score, govern.coverage) == (
        "GOVERN",
        ("A", "C"),
        75,
        1.0,
    )
    assert (map_.part, map_.score, map_.status) == ("MAP", None, INSUFFICIENT)
    assert results["nist-ai-rmf"].items == 3
    as_json = frameworks_json(list(results.values()))
    assert as_json["nist-ai-rmf"]["parts"]["GOVERN"]["score"] == 75
    assert as_json["unesco-ram"]["parts"]["legal"]["title"] == "Legal and regulatory"


def test_gap_list_order_filters_and_links() -> None:
    c = checklist(
        item("A", weight=1, guidance="See [[playbooks/train-staff|the playbook]]."),
        item("B", weight=3, guidance="[[standards/risk#Scope]] and [[playbooks/train-staff]]"),
        item("C", weight=1),
        item("D", weight=5),
        item("E", weight=9),
        item("F", weight=9, show_if=ShowIf("A", ("yes",))),
    )
    answers = {"A": "no", "B": "no", "C": "partial", "D": "yes", "E": "na", "F": "no"}
    gaps = gap_list(c, answers)
    # Lowest value first, then the heavier item; full marks, na and closed items are no
    # gaps (F counts 0, but the question to act on is its gate A).
    assert [g.item_id for g in gaps] == ["B", "A", "C"]
    assert gaps[0].links == ("standards/risk", "playbooks/train-staff")
    assert gaps[1].links == ("playbooks/train-staff",)
    assert gaps[1].guidance.startswith("See")
    assert [g.item_id for g in gap_list(c, answers, limit=1)] == ["B"]


def test_guidance_links_resolved_against_a_library(tmp_path) -> None:
    from desktop.core.library.documents import load_library

    for rel, kind in [
        ("playbooks/train-staff.md", "playbook"),
        ("standards/risk.md", "standard"),
        ("guides/intro.md", "guide"),
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\ntitle: {rel}\ntype: {kind}\n---\n# Scope\n", encoding="utf-8")
    library = load_library(tmp_path)
    text = "[[train-staff]], [[standards/risk#Scope]], [[guides/intro]], [[missing]]"
    # Only playbooks and standards; missing pages are dropped; file-name links resolved.
    assert guidance_links(text, library) == ("playbooks/train-staff", "standards/risk")


def test_compare_scores_per_component() -> None:
    c = checklist(item("E1"), item("G1", "governance"), item("T1", "transparency"))
    before = score_answers(c, {"E1": "partial", "G1": "yes", "T1": "yes"})
    after = score_answers(c, {"E1": "yes", "T1": "no"})
    cmp = compare_scores(before, after)
    assert cmp.components["ethics"].change == 50
    assert cmp.components["governance"].change is None  # below the minimum after
    assert cmp.components["transparency"].change == -100
    assert cmp.overall.before == pytest.approx(250 / 3)
    assert cmp.overall.after is None and cmp.overall.change is None


def test_workshop_mean_and_spread() -> None:
    c = checklist(item("E1"), item("G1", "governance"))
    groups = [
        score_answers(c, {"E1": "yes", "G1": "no"}),
        score_answers(c, {"E1": "partial"}),
        score_answers(c, {"E1": "no", "G1": "yes"}),
    ]
    summary = aggregate_scores(groups)
    ethics = summary.components["ethics"]
    assert summary.count == 3
    assert (ethics.count, ethics.mean, ethics.minimum, ethics.maximum) == (3, 50, 0, 100)
    assert ethics.stdev == pytest.approx(statistics.pstdev([100, 50, 0]))
    governance = summary.components["governance"]
    # The group below the minimum for governance is left out, not counted as zero.
    assert (governance.count, governance.mean) == (2, 50)
    assert governance.scores == (0, None, 100)
    assert summary.components["societal"].mean is None
    # The overall index of the group without governance is not computed: left out too.
    assert summary.overall.scores == (50, None, 50)
    assert aggregate_scores([groups[0]]).components["ethics"].stdev == 0
