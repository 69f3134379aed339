"""The assessment Qt models: structure (qtmodeltester) and what they show."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.core.assessments.comparison import aggregate_scores, compare_scores
from desktop.core.assessments.gaps import gap_list
from desktop.core.assessments.scoring import score_answers
from desktop.core.assessments.store import Assessment, ChecklistInfo
from desktop.core.library.countries import all_countries
from desktop.ui.assessment.models import (
    ITEM_ID_ROLE,
    SCORE_ROLE,
    AssessmentListModel,
    AssessmentRow,
    CheckableAssessmentModel,
    ChecklistModel,
    ComparisonModel,
    ComponentScoreModel,
    CountryModel,
    GapModel,
    NavigatorModel,
    WorkshopModel,
    group_names,
)
from desktop.ui.assessment.radar import whole
from tests.ui.test_assessment_support import fixture_library


def _assessment(n: int, institution: str = "Ministry of ICT", assessors=("A",)) -> Assessment:
    return Assessment(
        id=f"0000000{n}-aaaa-bbbb-cccc-dddddddddddd",
        checklist_id="checklists/fixture",
        checklist_version="1.0.0",
        checklist_hash="h",
        checklist_title="Fixture readiness",
        institution=institution,
        country="KE",
        assessors=tuple(assessors),
        status="draft" if n % 2 else "complete",
        revision=n,
        created=f"2026-01-0{n}T10:00:00.000+00:00",
        updated=f"2026-02-0{n}T10:00:00.000+00:00",
        completed=None,
        position=None,
    )


def test_assessment_list_model(qtmodeltester) -> None:
    model = AssessmentListModel()
    model.set_rows(
        [AssessmentRow(_assessment(1), 3, 5, 62.5), AssessmentRow(_assessment(2), 0, 5, None)]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    column = AssessmentListModel.COLUMNS.index
    assert model.index(0, column("country")).data() == "Kenya (KE)"
    assert model.index(0, column("assessors")).data() == "A"
    assert model.index(0, column("progress")).data() == "3 of 5"
    assert model.index(1, column("overall")).data() == "No score"  # never 0
    assert model.index(1, column("status")).data() == "Complete · revision 2"


def test_assessment_list_model_updates_rows_in_place(qtmodeltester) -> None:
    model = AssessmentListModel()
    first, second = (
        AssessmentRow(_assessment(1), 3, 5, 62.5),
        AssessmentRow(_assessment(2), 0, 5, None),
    )
    model.set_rows([first, second])
    qtmodeltester.check(model)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    progress = AssessmentListModel.COLUMNS.index("progress")
    # One row changed: it is repainted in place, the other rows are untouched.
    model.update_rows([AssessmentRow(_assessment(2), 4, 5, 80.0)], {_assessment(2).id})
    assert changed == [(1, 1)] and model.index(1, progress).data() == "4 of 5"
    assert model.index(0, progress).data() == "3 of 5"
    # An assessment not listed yet comes first; one that is gone leaves.
    model.update_rows([AssessmentRow(_assessment(3), 0, 5, None)], {_assessment(3).id})
    assert model.rows()[0].assessment.id == _assessment(3).id
    model.update_rows([], {_assessment(1).id})
    assert model.row_of(_assessment(1).id) == -1 and model.rowCount() == 2
    # The same figures again: nothing to repaint.
    changed.clear()
    model.update_rows(model.rows(), {r.assessment.id for r in model.rows()})
    assert changed == [] and resets == []
    qtmodeltester.check(model)


def test_navigator_model_follows_skip_logic_without_a_reset(qtmodeltester, fixture_library) -> None:
    checklist = fixture_library.get("checklists/fixture").checklist
    model = NavigatorModel()
    model.set_checklist(checklist, {})
    qtmodeltester.check(model)
    ethics = model.index(0, 0)
    assert [
        model.index(r, 0, ethics).data(ITEM_ID_ROLE) for r in range(model.rowCount(ethics))
    ] == [
        "ETH-1",
        "ETH-3",
    ]
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.update_answers({"ETH-1": "yes"})
    assert inserted == [(1, 1)]
    assert model.index(1, 0, ethics).data(ITEM_ID_ROLE) == "ETH-2"
    assert model.index(0, 1, ethics).data() == "Yes"
    assert model.index(0, 1).data() == "1/3"
    qtmodeltester.check(model)
    model.update_answers({"ETH-1": "no"})
    assert removed == [(1, 1)]
    assert not resets
    assert not model.index_of_item("ETH-2").isValid()
    qtmodeltester.check(model)


def test_component_score_model_shows_no_number_below_the_minimum(
    qtmodeltester, fixture_library
) -> None:
    checklist = fixture_library.get("checklists/fixture").checklist
    model = ComponentScoreModel()
    model.set_score(score_answers(checklist, {"ETH-1": "yes", "ETH-2": "partial", "ETH-3": "2"}))
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    ethics = rows["Ethical AI practices"]
    assert model.index(ethics, 1).data() == "75"  # (2·1 + ½ + ½) / 4
    assert model.index(ethics, 2).data() == "100 % (3 of 3)"
    assert model.index(rows["Robustness and security"], 1).data() == "Not covered"
    # Governance: 0 of 2 answered, below the minimum: never a number, never 0.
    governance = rows["Governance and regulatory compliance"]
    assert model.index(governance, 1).data() == "Insufficient coverage"
    assert model.index(governance, 1).data(SCORE_ROLE) is None
    assert model.index(governance, 2).data() == "0 % (0 of 2)"
    tip = model.index(governance, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "0 of 2" in tip and "80 %" in tip
    overall = rows["Overall index"]
    assert model.index(overall, 1).data() == "Not computed"
    assert "Governance and regulatory compliance (0 %)" in model.index(overall, 1).data(
        Qt.ItemDataRole.ToolTipRole
    )
    model.set_score(score_answers(checklist, {"ETH-1": "yes", "ETH-3": "2"}))
    assert model.index(ethics, 1).data() == "Insufficient coverage"
    assert model.index(ethics, 2).data() == "66 % (2 of 3)"  # 66.7 % reads 66 %, never 67


def test_gap_comparison_and_workshop_models(qtmodeltester, fixture_library) -> None:
    checklist = fixture_library.get("checklists/fixture").checklist
    answers = {"ETH-1": "partial", "ETH-2": "no", "ETH-3": "0", "GOV-1": "yes", "GOV-2": "no"}
    gaps = gap_list(checklist, answers, fixture_library)
    gap_model = GapModel()
    gap_model.set_gaps(gaps, {"playbooks/help": "Help playbook"}, checklist)
    qtmodeltester.check(gap_model)
    assert gap_model.index(0, 0).data(ITEM_ID_ROLE) == "ETH-2"
    assert [gap_model.index(r, 0).data(ITEM_ID_ROLE) for r in range(4)] == [
        "ETH-2",
        "ETH-3",
        "GOV-2",
        "ETH-1",
    ]
    assert "Help playbook" in gap_model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)

    # ETH-2 closed by ETH-1 "no" counts 0: ethics 0, then (2·½) / 4 = 25.
    earlier = score_answers(checklist, {"ETH-1": "no", "ETH-3": "0", "GOV-1": "no", "GOV-2": "no"})
    later = score_answers(checklist, answers)
    cmp_model = ComparisonModel()
    cmp_model.set_comparison(compare_scores(earlier, later))
    qtmodeltester.check(cmp_model)
    assert cmp_model.index(0, 3).data() == "+25"
    assert cmp_model.index(1, 3).data() == "—"  # robustness: assessed in neither

    summary = aggregate_scores([earlier, later])
    workshop = WorkshopModel()
    workshop.set_summary(summary, ["Group A", "Group B"])
    qtmodeltester.check(workshop)
    assert workshop.headerData(1, Qt.Orientation.Horizontal) == "Group A"
    assert workshop.index(0, 3).data() == whole(12.5)  # mean of 0 and 25
    assert workshop.index(1, 3).data() == "No score"


def test_choice_models(qtmodeltester) -> None:
    checklists = ChecklistModel()
    checklists.set_checklists(
        [
            ChecklistInfo("b", "Broken", "1.0", "b.md", False, ("b.md:3: unknown component",)),
            ChecklistInfo("a", "Good", "1.0", "a.md", True, (), 12),
        ]
    )
    qtmodeltester.check(checklists)
    assert checklists.index(0, 0).data().startswith("Good")
    assert not checklists.flags(checklists.index(1, 0)) & Qt.ItemFlag.ItemIsEnabled
    countries = CountryModel(all_countries())
    qtmodeltester.check(countries)
    assert any(countries.index(r, 0).data() == "Kenya (KE)" for r in range(countries.rowCount()))

    groups = CheckableAssessmentModel()
    groups.set_assessments([_assessment(1, assessors=("G1",)), _assessment(2, assessors=("G2",))])
    qtmodeltester.check(groups)
    assert groups.checked_ids() == [_assessment(1).id, _assessment(2).id]
    groups.setData(groups.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert groups.checked_ids() == [_assessment(2).id]
    assert group_names([_assessment(1, assessors=("G1",)), _assessment(2, assessors=())]) == [
        "G1",
        "Group 2",
    ]
    assert not groups.index(5, 0, QModelIndex()).isValid()
