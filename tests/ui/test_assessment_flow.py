"""Done when: an official completes the national readiness self-assessment by keyboard
alone, quits half-way, reopens, finishes, sees the radar chart and exports the PDF."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.assessment.saver import SaveState
from tests.ui.test_assessment_support import (
    make_panel,
    stored_answers,
    stored_assessment,
    task_runner,
    wait_db,
    wait_saved,
)

DIGITS = {
    "yes": Qt.Key.Key_1,
    "partial": Qt.Key.Key_2,
    "no": Qt.Key.Key_3,
    "na": Qt.Key.Key_N,
    **{str(n): getattr(Qt.Key, f"Key_{n}") for n in range(5)},
}
NATIONAL = "checklists/national-ai-readiness"


def _type(qtbot, text: str = "", key=None, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type into whatever has the keyboard focus, like a person at the keyboard."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key, modifier)


def _choice(item, n: int) -> str:
    if item.scale == "maturity-0-4":
        return "na" if n % 11 == 5 else str(1 + n % 4)
    return ("yes", "partial", "no", "partial", "yes")[n % 5]


def _give_reason(qtbot, item_id: str) -> None:
    """In the "not applicable" dialog: type the reason, Enter."""
    modal = QApplication.activeModalWidget()
    assert modal is not None and modal.objectName() == "naReasonDialog"
    assert QApplication.focusWidget() is modal.edit
    qtbot.keyClicks(modal.edit, f"{item_id} does not apply: no such body here")
    qtbot.keyClick(modal.edit, Qt.Key.Key_Return)


def _answer_current(qtbot, runner, n: int, expected: dict[str, str]) -> None:
    item = runner.current_item()
    value = _choice(item, n)
    if value == "na":  # the reason is asked in a dialog, by keyboard too
        QTimer.singleShot(100, lambda: _give_reason(qtbot, item.id))
    _type(qtbot, key=DIGITS[value])
    if value == "na":
        assert runner.note_of(item.id).startswith(f"{item.id} does not apply")
    expected[item.id] = value
    if n % 3 == 0 and value != "na":  # evidence for every third question, in the note
        _type(qtbot, key=Qt.Key.Key_E, modifier=Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is runner.card.note
        _type(qtbot, f"Evidence for {item.id}: gazette notice {100 + n}")
        _type(qtbot, key=Qt.Key.Key_Escape)  # back to the answers


@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
def test_national_self_assessment_by_keyboard_alone(
    qtbot, make_panel, data_dir: Path, tmp_path: Path
) -> None:
    from desktop.core.library.documents import load_library
    from desktop.core.storage import paths

    library = load_library(paths.bundled_library())
    checklist = library.get(NATIONAL).checklist
    assert checklist is not None and len(checklist.items) >= 30

    panel = make_panel(library)
    panel.table.setFocus()
    # Start: Ctrl+N, then the form by keyboard (Tab between fields, Enter to start).
    _type(qtbot, key=Qt.Key.Key_N, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "startDialog"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.checklist, timeout=5_000)
    for _ in range(dialog.checklist_model.rowCount()):
        if dialog.selected_checklist().id == NATIONAL:
            break
        _type(qtbot, key=Qt.Key.Key_Down)
    assert dialog.selected_checklist().id == NATIONAL
    _type(qtbot, key=Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.institution
    _type(qtbot, "Ministry of Information, Communications and the Digital Economy")
    _type(qtbot, key=Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.country
    _type(qtbot, "KE")
    popup = dialog.country.completer().popup()
    if popup.isVisible():  # the suggestions have the keyboard: Esc closes them
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.country
    _type(qtbot, key=Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.assessors
    _type(qtbot, "Amina Otieno")
    _type(qtbot, key=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.runner.state is not None, timeout=10_000)
    runner = panel.runner
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=5_000)
    aid = runner.state.assessment.id
    assert runner.state.assessment.checklist_id == NATIONAL
    assert runner.current_id == checklist.items[0].id
    assert runner.card.isAncestorOf(QApplication.focusWidget())

    # First half: answer, Page Down, answer … then quit.
    expected: dict[str, str] = {}
    half = len(runner.visible_ids()) // 2
    for n in range(half):
        _answer_current(qtbot, runner, n, expected)
        _type(qtbot, key=Qt.Key.Key_PageDown)
    where = runner.current_id
    wait_saved(qtbot, runner)
    panel.close_store()
    wait_db(qtbot, panel.service.runner)
    panel.close()
    assert {k: v for k, (v, _n) in stored_answers(data_dir, aid).items() if v} == expected

    # Reopen: "Continue where you left off" is the default action on the list.
    panel = make_panel(library)
    qtbot.waitUntil(lambda: panel.continue_card.isVisible(), timeout=5_000)
    assert "Ministry of Information" in panel.continue_label.text()
    panel.continue_button.setFocus()
    _type(qtbot, key=Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.runner.state is not None, timeout=10_000)
    runner = panel.runner
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=5_000)
    assert runner.current_id == where  # exactly where it was left
    assert runner.values() == expected
    assert runner.note_of(checklist.items[0].id).startswith("Evidence for")

    # Finish: answer every remaining question shown (skip logic may change the count).
    n = half
    while True:
        _answer_current(qtbot, runner, n, expected)
        n += 1
        before = runner.current_id
        _type(qtbot, key=Qt.Key.Key_PageDown)
        if runner.current_id == before:
            break
    _type(qtbot, key=Qt.Key.Key_U, modifier=Qt.KeyboardModifier.ControlModifier)
    shown = runner.visible_ids()
    assert [i for i in shown if i not in runner.values()] == []
    wait_saved(qtbot, runner)

    # Ctrl+Enter, and Enter on the dialog's default button ("Mark complete").
    def confirm() -> None:
        modal = QApplication.activeModalWidget()
        assert modal is not None and modal.objectName() == "completeDialog"
        qtbot.keyClick(modal, Qt.Key.Key_Return)

    QTimer.singleShot(200, confirm)
    _type(qtbot, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.results, timeout=10_000)
    qtbot.waitUntil(lambda: panel.results.report is not None, timeout=10_000)
    assert stored_assessment(data_dir, aid).status == "complete"
    assert runner.saver.state == SaveState.SAVED

    # The radar chart: all six components assessed, painted.
    results = panel.results
    series = results.radar.series()[0]
    assert all(v is not None for v in series.values.values())
    image = results.radar.grab()
    assert not image.isNull() and image.width() > 300
    if os.environ.get("ACCORD_SHOTS"):
        results.grab().save(str(Path(os.environ["ACCORD_SHOTS"]) / "flow-results.png"))

    # The PDF report, within the budget.
    target = tmp_path / "national-report.pdf"
    started = time.perf_counter()
    task = results.export("pdf", target)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    elapsed = time.perf_counter() - started
    assert task.state == "succeeded", task.traceback
    assert target.stat().st_size > 10_000
    assert elapsed < 3.0, f"PDF export took {elapsed:.2f} s"


def test_the_main_window_shows_the_assessments_page(qtbot, make_window) -> None:
    window = make_window(wait_index=False)
    qtbot.waitUntil(lambda: window.assessments is not None, timeout=10_000)
    panel = window.assessments
    qtbot.waitUntil(lambda: panel.service.available, timeout=10_000)
    window.action_assessments.trigger()
    assert window.stack.currentWidget() is panel
    assert panel.library is window.library  # handed over when the library loaded
    # A link in the guidance opens the document in the library reader.
    panel.documentRequested.emit("playbooks/beta", "")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reader, timeout=10_000)
    window.close()
    assert not panel.service.available  # the store was closed with the window
