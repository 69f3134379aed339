"""Scoring by hand-checked examples: the rules of CONTENT.md, skip logic, gaps, comparison
and the workshop summary."""

from __future__ import annotations

import statistics

import pytest

from desktop.core.assessments.scoring import (
    aggregate_scores,
    answer_label,
    applicable_items,
    compare_scores,
    gap_list,
    guidance_links,
    score_answers,
    section_progress,
    unanswered_items,
)
from desktop.core.library.checklists import Checklist, Item, Section, ShowIf
from desktop.core.library.components import COMPONENTS


def item(item_id: str, component: str = "ethics", **kw) -> Item:
    return Item(id=item_id, ask=f"{item_id}?", section=component, component=component, **kw)


def checklist(*items: Item) -> Checklist:
    by_section: dict[str, list[Item]] = {}
    for i in items:
        by_section.setdefault(i.section, []).append(i)
    sections = tuple(Section(s, s, s, tuple(its)) for s, its in by_section.items())
    return Checklist("demo", "Demo", "1.0.0", "yes-partial-no", sections)


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
    assert score_answers(c, {"C": "4"}).components["ethics"].score == 100


def test_na_is_excluded_from_score_and_coverage() -> None:
    c = checklist(item("A"), item("B"), item("C"))
    score = score_answers(c, {"A": "yes", "B": "na"}).components["ethics"]
    assert score.score == 100
    assert (score.answered, score.applicable, score.na) == (1, 2, 1)
    assert score.coverage == 0.5


def test_not_assessed_is_none_never_zero_and_overall_is_mean_of_assessed() -> None:
    c = checklist(item("E1"), item("G1", "governance"), item("T1", "transparency"))
    score = score_answers(c, {"E1": "yes", "G1": "partial", "T1": "na"})
    assert score.components["ethics"].score == 100
    assert score.components["governance"].score == 50
    assert score.components["transparency"].score is None  # all na: not assessed
    assert score.components["robustness"].score is None  # no items at all
    assert score.components["robustness"].coverage is None
    assert score.overall == 75  # (100 + 50) / 2, not / 6
    assert list(score.components) == list(COMPONENTS)
    assert score_answers(c, {}).overall is None
    as_json = score.as_json()
    assert as_json["components"]["transparency"] == {
        "score": None,
        "coverage": None,
        "answered": 0,
        "applicable": 0,
    }
    assert set(as_json) == {"overall", "components"}


def test_skip_logic_hidden_answers_do_not_count_chains_included() -> None:
    c = checklist(
        item("A"),
        item("B", show_if=ShowIf("A", ("yes", "partial"))),
        item("C", show_if=ShowIf("B", ("yes",))),
    )
    # B and C were answered while A was yes; A then changed to no: both hidden now.
    answers = {"A": "no", "B": "yes", "C": "yes"}
    assert [i.id for i in applicable_items(c, answers)] == ["A"]
    ethics = score_answers(c, answers).components["ethics"]
    assert (ethics.score, ethics.answered, ethics.applicable) == (0, 1, 1)
    # B shown but answered partial: C hidden (chain), B counts.
    answers = {"A": "yes", "B": "partial", "C": "no"}
    ethics = score_answers(c, answers).components["ethics"]
    assert ethics.score == 75 and ethics.applicable == 2
    # An unanswered target hides its dependants.
    assert [i.id for i in applicable_items(c, {})] == ["A"]


def test_unknown_items_and_values_are_ignored() -> None:
    c = checklist(item("A"))
    score = score_answers(c, {"A": "partial", "GONE-1": "yes", "X": "no"})
    assert score.components["ethics"].score == 50 and score.answered == 1
    assert score_answers(c, {"A": "7"}).answered == 0  # not a value of this scale


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
    # Lowest value first, then the heavier item; full marks, na and hidden items are no gaps.
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
    before = score_answers(c, {"E1": "partial", "G1": "yes"})
    after = score_answers(c, {"E1": "yes", "T1": "no"})
    cmp = compare_scores(before, after)
    assert cmp.components["ethics"].change == 50
    assert cmp.components["governance"].change is None  # not assessed after
    assert cmp.components["transparency"].before is None
    assert cmp.overall.change == pytest.approx(after.overall - before.overall)


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
    # The group that did not assess governance is left out, not counted as zero.
    assert (governance.count, governance.mean) == (2, 50)
    assert governance.scores == (0, None, 100)
    assert summary.components["societal"].mean is None
    assert aggregate_scores([groups[0]]).components["ethics"].stdev == 0
