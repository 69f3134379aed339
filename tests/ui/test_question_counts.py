"""One count of the questions everywhere: the start dialog, the runner's header and
question line, the list of assessments and the results give the same total, and a
question an earlier answer closed is "closed by an earlier answer" on every screen."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.assessments.item_states import question_count
from desktop.core.library.checklists import NOT_APPLICABLE, SCALES
from tests.ui.test_assessment_support import (
    create_assessment,
    fixture_library,
    make_panel,
    open_in_runner,
    press,
    task_runner,
    wait_db,
    wait_saved,
)


def test_every_screen_counts_the_same_questions(qtbot, make_panel, fixture_library) -> None:
    from PySide6.QtCore import Qt

    panel = make_panel(fixture_library)
    dialog = panel.new_assessment()
    assert "5 questions" in dialog.checklist.currentText()  # every question of the checklist
    dialog.reject()
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    assert runner.card.meta.text().startswith("Question 1 of 5 ·")
    assert runner.progress.text == "0 of 5 answered"
    press(qtbot, runner, Qt.Key.Key_3)  # ETH-1 no: ETH-2 is closed by it
    assert runner.progress.text == "1 of 5 answered (1 closed by an earlier answer)"
    press(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.current_id == "ETH-3"
    # ETH-3 is the third question of the checklist, whatever was closed before it.
    assert runner.card.meta.text().startswith("Question 3 of 5 (1 closed by an earlier answer) ·")
    wait_saved(qtbot, runner)
    runner.close_button.click()  # back to the list

    def listed() -> bool:
        row = panel.list_model.row_of(aid)
        return row is not None and 0 <= row < panel.list_model.rowCount()

    qtbot.waitUntil(listed, timeout=10_000)
    row = panel.list_model.row_of(aid)
    qtbot.waitUntil(lambda: panel.list_model.rows()[row].answered == 1, timeout=10_000)
    columns = [panel.list_model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    progress = panel.list_model.index(row, columns.index("Answered"))
    assert progress.data() == "1 of 5 (1 closed)"
    assert progress.data(Qt.ItemDataRole.ToolTipRole) == runner.progress.text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # the library is only read
@given(data=st.data())
def test_the_counts_add_up_to_every_question(fixture_library, data) -> None:
    checklist = fixture_library.get("checklists/fixture").checklist
    answers = {}
    for item in checklist.items:
        choice = data.draw(st.sampled_from([None, NOT_APPLICABLE, *SCALES[item.scale]]))
        if choice is not None:
            answers[item.id] = choice
    count = question_count(checklist, answers)
    assert count.total == len(checklist.items)
    assert count.answered + count.closed + count.open + count.waiting == count.total
    assert count.answered <= len(answers)
    assert count.done == count.answered + count.closed
