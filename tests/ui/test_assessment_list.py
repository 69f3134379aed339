"""The list of assessments follows the writes: a saved answer re-reads its own row only,
in place, and the selection stays."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_a_saved_answer_reads_only_its_own_row_again(qtbot, make_panel, fixture_library) -> None:
    panel = make_panel(fixture_library)
    ids = [create_assessment(qtbot, panel, institution=f"Ministry {n}") for n in range(4)]
    # Each new assessment was added to the list as it was created (no full reload).
    qtbot.waitUntil(lambda: panel.list_model.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: not panel._refresh_timer.isActive(), timeout=5_000)
    wait_db(qtbot, panel.service.runner)
    panel.select(ids[1])
    row = panel.list_model.rows()[panel.list_model.row_of(ids[0])]
    assert (row.answered, row.total) == (0, 5)  # every question counts, ETH-2 waiting on ETH-1
    runner = open_in_runner(qtbot, panel, ids[0])
    wait_db(qtbot, panel.service.runner)

    store = panel.service.store_for_tests()
    statements: list[str] = []
    reads: list[tuple[str, object, int]] = []
    summaries, load = store.summaries, store.load

    def counted_summaries(wanted=None):
        before = len(statements)
        result = summaries(wanted)
        reads.append(
            ("summaries", None if wanted is None else set(wanted), len(statements) - before)
        )
        return result

    def counted_load(aid):
        reads.append(("load", aid, 0))
        return load(aid)

    resets: list[int] = []
    panel.list_model.modelReset.connect(lambda: resets.append(1))
    store.summaries, store.load = counted_summaries, counted_load
    store.db.conn.set_trace_callback(statements.append)
    try:
        with qtbot.waitSignal(panel.listRefreshed, timeout=10_000):
            press(qtbot, runner, Qt.Key.Key_1)  # ETH-1: yes
        wait_saved(qtbot, runner)
        wait_db(qtbot, panel.service.runner)
    finally:
        store.db.conn.set_trace_callback(None)
        store.summaries, store.load = summaries, load

    # One read, of the changed row only, in two queries (the headers, the answers; the
    # checklist snapshot is cached): never one load per row, never the whole list.
    assert [(kind, which) for kind, which, _n in reads] == [("summaries", {ids[0]})]
    assert reads[0][2] <= 2
    assert resets == []  # updated in place
    row = panel.list_model.rows()[panel.list_model.row_of(ids[0])]
    assert (row.answered, row.total) == (1, 5)  # ETH-1 answered; "yes" shows ETH-2
    assert panel.selected_id() == ids[1]  # the selection stayed
