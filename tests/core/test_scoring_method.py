"""The scoring method on the real checklists: the governance scenario of issue 12 on
version 1 and version 2 of the national checklist, a nearly empty assessment, and the
properties every shipped checklist must have (upward gates, all best 100, all worst 0).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop.core.assessments.errors import CompletionRefusedError
from desktop.core.assessments.scoring import INSUFFICIENT, SCORED, score_answers
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.checklists import Checklist
from desktop.core.library.documents import load_library

REPO = Path(__file__).resolve().parents[2]
V1 = REPO / "tests" / "fixtures" / "checklists" / "national-ai-readiness-1.0.0.md"
CONTENT = REPO / "content" / "checklists"
SHIPPED = ["national-ai-readiness", "ai-deployment-readiness", "national-ai-ecosystem-readiness"]


def load_checklist(tmp_path: Path, source: Path, name: str) -> Checklist:
    """``source`` parsed as ``checklists/<name>`` (the id real assessments use)."""
    root = tmp_path / source.stem
    (root / "checklists").mkdir(parents=True)
    shutil.copy(source, root / "checklists" / f"{name}.md")
    doc = load_library(root).get(f"checklists/{name}")
    assert doc is not None and doc.checklist is not None, doc and doc.checklist_problems
    return doc.checklist


@pytest.fixture
def v1(tmp_path: Path) -> Checklist:
    return load_checklist(tmp_path, V1, "national-ai-readiness")


@pytest.fixture
def v2(tmp_path: Path) -> Checklist:
    return load_checklist(tmp_path, CONTENT / "national-ai-readiness.md", "national-ai-readiness")


def numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]


def governance(checklist: Checklist, answers: dict[str, str]):
    return score_answers(checklist, answers).components["governance"]


def test_issue_12_governance_scenario_on_version_1_never_scores_lower(v1: Checklist) -> None:
    assert v1.version == "1.0.0" and len(v1.items) == 37
    before = {"GOV-1": "no", "GOV-3": "yes", "GOV-4": "yes", "GOV-6": "yes", "GOV-7": "yes"}
    after = {**before, "GOV-1": "partial", "GOV-2": "0", "GOV-5": "no"}
    was, now = governance(v1, before), governance(v1, after)
    # Method 1 gave 71 then 67. Method 2: GOV-2 and GOV-5 closed by GOV-1 count 0 (their
    # weights 1 + 1 join the 7 of the answered items): 5/9, then (2·0.5 + 5)/9.
    assert was.score == pytest.approx(100 * 5 / 9)
    assert now.score == pytest.approx(100 * 6 / 9)
    assert now.score > was.score
    assert (was.closed, was.coverage, now.closed, now.coverage) == (2, 1.0, 0, 1.0)


def test_the_same_scenario_on_version_2(v2: Checklist) -> None:
    assert v2.version == "2.0.0" and len(v2.items) == 46
    # GOV-5 and GOV-7 were retired: GOV-8 to GOV-10 and GOV-12 are asked after GOV-1,
    # GOV-11 (incentives) always.
    before = {"GOV-1": "no", "GOV-3": "yes", "GOV-4": "yes", "GOV-6": "yes", "GOV-11": "yes"}
    revealed = {"GOV-2": "0", "GOV-8": "no", "GOV-9": "no", "GOV-10": "no", "GOV-12": "no"}
    was = governance(v2, before)
    assert was.score == pytest.approx(100 * 4 / 11) and was.closed == 5
    # Improving GOV-1 reveals five questions: until they are answered the component has
    # insufficient coverage (5 of 10), never a lower number.
    opened = governance(v2, {**before, "GOV-1": "partial"})
    assert opened.score is None and opened.status == INSUFFICIENT and opened.counted == 5
    now = governance(v2, {**before, "GOV-1": "partial", **revealed})
    assert now.score == pytest.approx(100 * 4.5 / 11) and now.score > was.score


def test_two_answers_out_of_37_give_no_overall_and_cannot_be_completed(
    tmp_path: Path, v1: Checklist
) -> None:
    with AssessmentStore.open(tmp_path / "accord.db") as store:
        a = store.create(v1, institution="Ministry of ICT", country="KE", assessors=["Ann"])
        store.save_answer(a.id, "ETH-1", "yes")
        store.save_answer(a.id, "GOV-1", "yes")
        score = store.score(a.id)
        assert score.overall is None and score.overall_status == INSUFFICIENT
        assert {c.component for c in score.blocking()} == set(score.components)
        # Method 1 read 100 here (both answers "yes").
        assert all(c.score is None for c in score.components.values())
        with pytest.raises(CompletionRefusedError) as refused:
            store.complete(a.id, "Ann", backup=False)
        assert refused.value.code == "assessment.insufficient-coverage"
        assert "Ethical AI practices (1 of 6 questions, 16 %)" in str(refused.value)
        assert "minimum coverage of 80 %" in str(refused.value)
        assert not store.get(a.id).is_complete  # nothing changed
        done = store.complete(a.id, "Ann", backup=False, partial_reason="a first look")
        assert done.assessment.is_partial and done.completion == "partial"
        assert done.assessment.partial_reason == "a first look"


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_checklists_score_100_when_all_best_and_0_when_all_worst(
    tmp_path: Path, name: str
) -> None:
    checklist = load_checklist(tmp_path, CONTENT / f"{name}.md", name)
    assert checklist.min_coverage == 0.8
    for best, expected in ((True, 100), (False, 0)):
        answers = {}
        for item in checklist.items:
            if item.indicator is not None:
                bands = item.indicator.bands
                high = item.indicator.higher_is_better == best
                answers[item.id] = str(bands[-1] if high else 0)
            else:
                answers[item.id] = item.answers_by_value()[-1 if best else 0]
        score = score_answers(checklist, answers)
        assert score.overall == expected
        assert all(c.status == SCORED for c in score.covered())


@pytest.mark.parametrize("name", SHIPPED)
def test_every_number_item_states_its_bands_as_the_scorer_reads_them(
    tmp_path: Path, name: str
) -> None:
    """The level table in each number item's guidance is the one the scorer applies."""
    checklist = load_checklist(tmp_path, CONTENT / f"{name}.md", name)
    for item in checklist.items:
        if item.indicator is None:
            continue
        for level in range(5):
            band = item.indicator.band_text(level).replace(item.indicator.unit_suffix(), "")
            cells = [
                line for line in item.guidance.splitlines() if line.strip().endswith(f"| {level} |")
            ]
            assert cells, f"{item.id}: no row for level {level}"
            first = cells[0].strip().strip("|").split("|")[0]
            assert numbers(first) == numbers(band), (item.id, level, cells[0])
            for words in ("below", "or more", "to under"):
                assert (words in first) == (words in band), (item.id, level, cells[0])


def test_a_version_1_draft_moves_to_version_2_keeping_unchanged_answers(
    tmp_path: Path, v1: Checklist, v2: Checklist
) -> None:
    with AssessmentStore.open(tmp_path / "accord.db") as store:
        a = store.create(v1, institution="Ministry of ICT", country="KE")
        for item_id, value in (("ETH-1", "yes"), ("GOV-5", "partial"), ("SOC-2", "no")):
            store.save_answer(a.id, item_id, value)
        plan = store.plan_migration(a.id, v2)
        assert plan.carried == ("ETH-1", "SOC-2")
        assert [x.item_id for x in plan.removed] == ["GOV-5"]  # retired: kept, listed
        assert plan.changed == () and plan.invalidated == ()  # kept ids kept their meaning
        assert len(plan.added) == 20 and {"GOV-8", "GOV-9", "ETH-7"} <= set(plan.added)
        store.migrate(a.id, v2)
        state = store.load(a.id)
        assert state.answers["ETH-1"].value == "yes" and state.checklist.version == "2.0.0"
        assert [x.item_id for x in state.removed_answers()] == ["GOV-5"]
