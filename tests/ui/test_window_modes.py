"""The main window around the assessments: the sidebar folds on their pages, the menu's
keys work wherever the page is shown, Present mode takes the whole screen, the window's
size and splitters come back, and an official completes an assessment by keyboard alone
on a 1024×600 screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QSplitter

from desktop.ui.assessment.start_dialog import StartDialog
from desktop.ui.shell.shortcut_sheet import ShortcutSheet, sheet_html
from tests.ui.test_assessment_runner import POPUP_WARNINGS
from tests.ui.test_assessment_support import (
    create_assessment,
    stored_answers,
    stored_assessment,
    write_fixture_library,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def _window(qtbot, make_window, tmp_path: Path, size: tuple[int, int] = (1024, 600), **kw):
    library = write_fixture_library(tmp_path / "fixture-library")
    window = make_window(library=library, **kw)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.assessments is not None, timeout=15_000)
    panel = window.assessments
    qtbot.waitUntil(lambda: panel.library is not None and panel.service.available, timeout=10_000)
    return window, panel


def _key(qtbot, key, modifier=NONE) -> None:
    """Press ``key`` where the keyboard focus is, as a user does."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def _start_dialog(qtbot, panel) -> StartDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in panel.findChildren(StartDialog)))
    dialog = next(d for d in panel.findChildren(StartDialog) if d.isVisible())
    dialog.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _back_to(qtbot, window) -> None:
    """A dialog closed: the window manager gives the window the focus back."""
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(StartDialog)))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _tab_to(qtbot, widget, limit: int = 12) -> None:
    """Tab until ``widget`` has the focus (a keyboard user's way to a field)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, QApplication.focusWidget()


def test_ctrl_n_after_ctrl_5_and_the_sidebar_folds_on_assessment_pages(
    qtbot, make_window, tmp_path: Path
) -> None:
    window, panel = _window(qtbot, make_window, tmp_path)
    assert window.sidebar.isVisible()
    window.search_box.setFocus()
    _key(qtbot, Qt.Key.Key_5, CTRL)
    assert window.stack.currentWidget() is panel
    assert not window.sidebar.isVisible()  # the assessments take the whole window
    # The focus left the search box, and Ctrl+N (the window's key) starts at once.
    assert QApplication.focusWidget() is not window.search_box
    _key(qtbot, Qt.Key.Key_N, CTRL)
    _start_dialog(qtbot, panel).reject()
    _back_to(qtbot, window)
    # Ctrl+1 asks for the sidebar: it comes back; leaving the page keeps it.
    _key(qtbot, Qt.Key.Key_1, CTRL)
    assert window.sidebar.isVisible()
    window.show_welcome()
    assert window.sidebar.isVisible()
    window.action_assessments.trigger()
    assert not window.sidebar.isVisible()
    window.show_welcome()
    assert window.sidebar.isVisible()  # back, as it was, on leaving
    # The Assessments menu holds New assessment and Workshop view.
    menu = next(a.menu() for a in window.menuBar().actions() if a.objectName() == "menuAssessments")
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert "New Assessment…" in texts and "Workshop View" in texts


def test_f1_lists_every_shortcut_in_words(qtbot, make_window, tmp_path: Path) -> None:
    window, _panel = _window(qtbot, make_window, tmp_path)
    window.search_box.setFocus()
    _key(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(s.isVisible() for s in window.findChildren(ShortcutSheet)))
    sheet = next(s for s in window.findChildren(ShortcutSheet) if s.isVisible())
    text = sheet.view.toPlainText()
    # Every menu action with a key is on the sheet, with its key in words.
    for action in window.actions():
        if action.shortcut().isEmpty() or not action.isVisible():
            continue
        name = action.text().replace("&", "").rstrip("…")
        assert name in text, name
    for words in ("Ctrl+N", "Ctrl+Shift+W", "F11", "Page Down", "Ctrl+Enter", "Esc"):
        assert words in text, words
    assert "PgDown" not in text and ", Exit" not in text
    sheet.close()


def test_the_f1_sheet_mirrors_right_to_left(qtbot, make_window, tmp_path: Path) -> None:
    """In Arabic the keys column comes first from the right, as the window does."""
    window, _panel = _window(qtbot, make_window, tmp_path)
    ltr = sheet_html(window)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = sheet_html(window)
    assert "dir='rtl'" in rtl and "dir='rtl'" not in ltr
    first_ltr = ltr.split("<tr>", 2)[1]
    first_rtl = rtl.split("<tr>", 2)[1]
    # Qt lays rich-text table columns left to right: the keys cell must come last.
    assert first_ltr.startswith("<td width='38%'><b>")
    assert first_rtl.endswith("</b></td></tr>") and not first_rtl.startswith("<td width")


def test_present_mode_takes_the_whole_screen_and_esc_leaves(
    qtbot, make_window, tmp_path: Path
) -> None:
    window, panel = _window(qtbot, make_window, tmp_path, size=(1024, 768))
    window.action_present.trigger()
    workshop = panel.workshop
    assert workshop.presenting
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    for part in (window.menuBar(), window.toolbar, window.statusBar(), window.sidebar):
        assert not part.isVisible()
    assert not workshop.chooser.isVisible()
    big = workshop.table.font().pixelSize() or workshop.table.font().pointSizeF()
    assert big > window.font().pointSizeF() * 1.5
    workshop.table.setFocus()
    _key(qtbot, Qt.Key.Key_Escape)
    assert not workshop.presenting
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    for part in (window.menuBar(), window.toolbar, window.statusBar()):
        assert part.isVisible()
    assert not window.sidebar.isVisible()  # still on an assessments page
    # Ctrl+Shift+W and F11 work from the results page too (the window's keys).
    aid = create_assessment(qtbot, panel)
    panel.show_results(aid)
    qtbot.waitUntil(lambda: panel.results.report is not None, timeout=10_000)
    panel.results.setFocus()
    _key(qtbot, Qt.Key.Key_W, CTRL | SHIFT)
    assert panel.stack.currentWidget() is workshop
    panel.show_results(aid)
    _key(qtbot, Qt.Key.Key_F11)
    assert workshop.presenting and panel.stack.currentWidget() is workshop
    _key(qtbot, Qt.Key.Key_F11)
    assert not workshop.presenting


def test_the_window_fits_the_screen_and_remembers_its_geometry(
    qtbot, make_window, tmp_path: Path, data_dir: Path
) -> None:
    library = write_fixture_library(tmp_path / "fixture-library")
    window = make_window(library=library)
    screen = window.screen().availableGeometry()
    # Sized to the screen it opens on: nothing falls off.
    assert window.frameGeometry().width() <= screen.width()
    assert window.frameGeometry().height() <= screen.height()
    qtbot.waitUntil(lambda: window.memory.restored, timeout=10_000)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(700, 500)
    splitter = window.findChild(QSplitter, "mainSplitter")
    qtbot.waitUntil(lambda: splitter.width() > 0)
    splitter.setSizes([180, splitter.width() - 180])
    sizes = splitter.sizes()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())

    again = make_window(library=library)
    qtbot.waitUntil(lambda: again.memory.restored, timeout=10_000)
    qtbot.waitUntil(lambda: again.size().width() == 700, timeout=5_000)
    assert (again.width(), again.height()) == (700, 500)
    assert again.findChild(QSplitter, "mainSplitter").sizes()[0] == sizes[0]


def test_an_empty_problems_panel_says_there_are_none(qtbot, make_window, tmp_path) -> None:
    window, _panel = _window(qtbot, make_window, tmp_path)
    window.action_problems.trigger()
    dock = window.problems_dock
    assert dock.isVisible() and dock.empty.isVisible() and not dock.table.isVisible()
    assert "No problems" in dock.empty.text()
    assert QApplication.focusWidget() is dock.empty


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)  # the country field's completer, offscreen
def test_an_official_completes_an_assessment_by_keyboard_alone_at_1024x600(
    qtbot, make_window, tmp_path: Path, data_dir: Path
) -> None:
    window, panel = _window(qtbot, make_window, tmp_path)
    window.search_box.setFocus()
    _key(qtbot, Qt.Key.Key_5, CTRL)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = _start_dialog(qtbot, panel)
    _tab_to(qtbot, dialog.institution)
    qtbot.keyClicks(dialog.institution, "Ministry of ICT")
    _tab_to(qtbot, dialog.assessors)
    qtbot.keyClicks(dialog.assessors, "Amina Otieno")
    _tab_to(qtbot, dialog.country)
    qtbot.keyClicks(dialog.country, "KE")
    _key(qtbot, Qt.Key.Key_Return)
    _back_to(qtbot, window)
    runner = panel.runner
    qtbot.waitUntil(lambda: runner.state is not None and runner.current_id == "ETH-1")
    qtbot.waitUntil(lambda: runner.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    assert runner.body.narrow  # 1024 px: guidance under the question, list in a drawer
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_2):
        _key(qtbot, key)  # answer, then on to the next question
        _key(qtbot, Qt.Key.Key_PageDown)
    assert runner.values() == {
        "ETH-1": "yes",
        "ETH-2": "yes",
        "ETH-3": "4",
        "GOV-1": "yes",
        "GOV-2": "partial",
    }
    # Ctrl+Enter: the completion dialog; Enter confirms (its default button).
    QTimer.singleShot(200, lambda: _key(qtbot, Qt.Key.Key_Return))
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    aid = runner.state.assessment.id
    qtbot.waitUntil(lambda: runner.state.assessment.is_complete, timeout=10_000)
    assert stored_assessment(data_dir, aid).is_complete
    assert {k: v for k, (v, _n) in stored_answers(data_dir, aid).items()} == runner.values()
