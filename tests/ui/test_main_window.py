"""The main window end to end, against the real search index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.search.models import SNIPPET_ROLE
from desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import click_link


def search(qtbot, window: MainWindow, text: str) -> None:
    """Type like a user and wait for the results of exactly this text."""
    window.search_box.setFocus()
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    model = window.search_page.results_model
    qtbot.waitUntil(lambda: model.query == text, timeout=10_000)


def test_search_open_follow_wikilink_and_go_back(qtbot, make_window) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    search(qtbot, window, "oversight")
    page = window.search_page
    assert window.stack.currentWidget() is page
    assert page.results_model.total >= 2
    assert "standards/alpha" in page.results_model.doc_ids()
    assert "oversight" in page.count_label.text()
    # Snippets are highlighted.
    snippets = [page.results_model.index(r, 0).data(SNIPPET_ROLE) for r in range(2)]
    assert any("<mark>" in s for s in snippets)

    # Open the playbook from the results with the keyboard.
    row = page.results_model.doc_ids().index("playbooks/beta")
    page.results_view.setFocus()
    page.results_view.setCurrentIndex(page.results_model.index(row, 0))
    qtbot.keyClick(page.results_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.current_id == "playbooks/beta")
    assert window.stack.currentWidget() is window.reader
    assert window.windowTitle() == "Beta oversight playbook — Accord"

    # Follow the wikilink [[standards/alpha#Details]] with the mouse.
    click_link(qtbot, window.reader.view, "Alpha governance standard")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    assert window.reader.view.verticalScrollBar().value() > 0  # scrolled to #details
    assert window.action_back.isEnabled()

    # Back returns to the playbook.
    window.action_back.trigger()
    qtbot.waitUntil(lambda: window.reader.current_id == "playbooks/beta")
    assert window.action_forward.isEnabled()
    window.action_forward.trigger()
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")


def test_facets_filter_the_results(qtbot, make_window) -> None:
    window = make_window()
    search(qtbot, window, "governance")
    page = window.search_page
    model = page.facets_model
    types_before = set(
        page.results_model.hits()[i].type for i in range(page.results_model.rowCount())
    )
    assert {"standard", "playbook"} <= types_before
    assert model.values("type")["playbook"] == 1

    # Check "Playbook" with the keyboard: current item + Space.
    index = model.value_index("type", "playbook")
    page.facets_view.setFocus()
    page.facets_view.setCurrentIndex(index)
    query_before = window.controller.latest_id
    qtbot.keyClick(page.facets_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.results_model.query_id > query_before)
    assert {h.type for h in page.results_model.hits()} == {"playbook"}
    assert page.results_model.doc_ids() == ["playbooks/beta"]
    # The type facet still offers the other types (to widen again), the filter is checked.
    assert model.values("type").get("standard", 0) >= 1
    checked = model.value_index("type", "playbook").data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked
    assert page.clear_filters.isEnabled()

    # Clear: everything is back.
    latest = window.controller.latest_id
    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results_model.query_id > latest)
    assert {h.type for h in page.results_model.hits()} >= {"standard", "playbook"}


def test_did_you_mean_is_clickable(qtbot, make_window) -> None:
    window = make_window()
    search(qtbot, window, "goverance")
    page = window.search_page
    qtbot.waitUntil(lambda: page.suggestion_label.isVisible())
    assert page.suggestion_label.property("suggestion") == "governance"
    page.suggestion_label.linkActivated.emit("suggest")
    qtbot.waitUntil(lambda: page.results_model.query == "governance")
    assert window.search_box.text() == "governance"
    assert page.results_model.total >= 2


def test_bookmarks_and_recent_survive_a_restart(qtbot, make_window, data_dir: Path) -> None:
    window = make_window()
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    assert not window.reader.bookmark_button.isChecked()
    # Ctrl+D right away: the recent-documents update still on its way must not undo it.
    qtbot.keyClick(window.reader.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.bookmark_button.isChecked()
    qtbot.waitUntil(lambda: window.bookmarks_model.doc_ids() == ["standards/alpha"])
    assert window.reader.bookmark_button.isChecked()
    window.close()

    again = make_window(data=data_dir)
    qtbot.waitUntil(lambda: again.bookmarks_model.doc_ids() == ["standards/alpha"])
    assert again.recent_model.doc_ids()[0] == "standards/alpha"
    # The welcome page lists the recent document; opening it shows it bookmarked.
    assert again.stack.currentWidget() is again.welcome
    assert again.welcome.recent_view.isVisibleTo(again.welcome)
    again.welcome.recent_view.activated.emit(again.recent_model.index(0, 0))
    qtbot.waitUntil(lambda: again.reader.current_id == "standards/alpha")
    assert again.reader.bookmark_button.isChecked()
    # Removing it persists too.
    again.action_bookmark.trigger()
    assert not again.reader.bookmark_button.isChecked()
    qtbot.waitUntil(lambda: again.bookmarks_model.doc_ids() == [])
    again.close()
    third = make_window(data=data_dir)
    qtbot.waitUntil(lambda: third.recent_model.doc_ids() == ["standards/alpha"])
    assert third.bookmarks_model.doc_ids() == []


def test_problems_panel_names_the_broken_file_and_line(qtbot, make_window) -> None:
    window = make_window(wait_index=False)
    dock = window.problems_dock
    qtbot.waitUntil(dock.isVisible)  # errors open the panel by themselves
    rows = dock.model.problems()
    broken = [p for p in rows if p.file == "standards/broken.md"]
    assert broken and broken[0].severity == "error"
    assert broken[0].line == 4
    table = dock.table
    assert table.model().index(0, 1).data() == "standards/broken.md"
    assert table.model().index(0, 2).data() == "4"
    # The missing wikilink target is a warning on alpha.
    assert any(p.file == "standards/alpha.md" and "missing-page" in p.message for p in rows)
    assert window.problems_button.isVisible()
    assert "Problems" in window.problems_button.text()
    # The good documents still load.
    assert window.library_model.document_count == 3


def test_keyboard_shortcuts(qtbot, make_window) -> None:
    window = make_window()
    window.open_document("playbooks/beta")
    qtbot.waitUntil(lambda: window.reader.current_id == "playbooks/beta")
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    view = window.reader.view
    view.setFocus()

    # Ctrl+F in the reader opens find in page.
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.edit
    qtbot.keyClicks(bar.edit, "register")
    assert bar.match_count == 3  # "register" twice in the table, "registers" once
    assert view.textCursor().selectedText().lower() == "register"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is view

    # Zoom in, in, out, reset.
    size = view.font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_level == 2
    assert view.font().pointSizeF() > size
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_level == 1
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_level == 0
    assert view.font().pointSizeF() == size

    # Alt+Left goes back (even with the focus in the document), Alt+Right forward.
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.reader.current_id == "playbooks/beta")
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")

    # Ctrl+K always goes to the library search, even from the find bar.
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    # Ctrl+F outside the reader also searches the library.
    window.library_view.setFocus()
    qtbot.keyClick(window.library_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    # Ctrl+K with the focus already in the box keeps it there (no delete-to-end-of-line).
    window.search_box.setText("keep this")
    window.search_box.setCursorPosition(0)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.text() == "keep this"
    # Escape clears the search and returns to the page before it.
    window.search_box.clear()


def test_first_start_indexes_in_the_background_with_progress(
    qtbot, library_dir: Path, data_dir: Path
) -> None:
    window = MainWindow(library_dir, data_dir, autostart=False)
    qtbot.addWidget(window)
    seen: list[tuple[int, int, bool]] = []
    bar = window.index_progress
    bar.valueChanged.connect(lambda v: seen.append((v, bar.maximum(), bar.isVisible())))
    loaded: list[bool] = []
    # When the library arrives the window is usable while the index is still to come.
    window.libraryLoaded.connect(lambda _lib: loaded.append(window.controller.ready))
    with qtbot.waitSignal(window.firstPainted, timeout=10_000):
        window.show()
    assert window.library is None  # nothing heavy before the first paint
    window.start()
    qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
    assert loaded == [False]
    assert window.index_report is not None and window.index_report.rebuilt
    assert window.index_report.added == 3
    assert seen and all(visible for _v, _m, visible in seen)  # progress shown while indexing
    assert seen[-1][:2] == (3, 3)
    assert not bar.isVisible()  # and hidden when done
    assert "Search is ready" in window.statusBar().currentMessage()
    search(qtbot, window, "transparence")
    assert "guides/gamma" in window.search_page.results_model.doc_ids()
    window.close()


def test_indexing_progress_is_shown_and_can_be_cancelled(qtbot, make_window) -> None:
    import threading

    release = threading.Event()
    reached = threading.Event()

    def slow_opener(directory, library, progress):
        from desktop.core.search.documents import open_index

        def slow_progress(done: int, total: int) -> bool:
            reached.set()
            release.wait(5)
            return progress(done, total)

        return open_index(directory, library, slow_progress)

    window = make_window(wait_index=False, index_opener=slow_opener)
    assert reached.wait(10)
    qtbot.waitUntil(window.index_progress.isVisible)
    qtbot.waitUntil(lambda: window.index_progress.maximum() == 3)
    assert window.cancel_index_button.isVisible()
    # Typing while indexing: the query waits and says so.
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "oversight")
    qtbot.waitUntil(lambda: "being prepared" in window.search_page.count_label.text())
    qtbot.mouseClick(window.cancel_index_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: window.index_task.is_done, timeout=10_000)
    assert window.index_task.state == "cancelled"
    assert not window.index_progress.isVisible()
    assert not window.controller.ready
    assert window.notice.isVisible()
    # "Index now" builds it after all, and the waiting query runs.
    index_now = window.notice.buttons()[0]
    window._index_opener = lambda d, lib, p: __import__(
        "desktop.core.search.documents", fromlist=["open_index"]
    ).open_index(d, lib, p)
    qtbot.mouseClick(index_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
    qtbot.waitUntil(lambda: window.search_page.results_model.query == "oversight")
    assert window.search_page.results_model.total >= 2


def _valid_backup(data_dir: Path, tmp_path: Path) -> Path:
    from desktop.core.storage import reading
    from desktop.core.storage.db import open_database

    source = tmp_path / "good.db"
    db = open_database(source)
    reading.add_bookmark(db, "playbooks/beta", "Beta oversight playbook")
    db.close()
    backups = data_dir / "backups"
    backups.mkdir()
    target = backups / "accord-20250101-000000-pre-migration.db"
    shutil.copyfile(source, target)
    return target


@pytest.mark.parametrize("choice", ["restore", "fresh"])
def test_corrupt_database_the_app_starts_and_offers_repair(
    qtbot, make_window, data_dir: Path, tmp_path: Path, choice: str
) -> None:
    _valid_backup(data_dir, tmp_path)
    (data_dir / "accord.db").write_bytes(b"this is not a database" * 200)
    window = make_window()
    assert not window.store.available
    assert window.store.failure is not None and window.store.failure.kind == "corrupt"
    assert window.notice.isVisible()
    assert "damaged" in window.notice.message.text() or "cannot be read" in (
        window.notice.message.text()
    )
    labels = [b.text() for b in window.notice.buttons()]
    assert labels == ["Restore the latest backup", "Start with an empty database"]
    # Search and reading still work meanwhile.
    search(qtbot, window, "oversight")
    assert window.search_page.results_model.total >= 1
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    window.action_bookmark.trigger()  # not available: says so, keeps nothing half-done
    assert not window.reader.bookmark_button.isChecked()

    button = window.notice.buttons()[0 if choice == "restore" else 1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.available, timeout=10_000)
    damaged = list(data_dir.glob("accord-damaged-*.db"))
    assert len(damaged) == 1  # the damaged file is kept, never deleted
    if choice == "restore":
        qtbot.waitUntil(lambda: window.bookmarks_model.doc_ids() == ["playbooks/beta"])
        assert "Restored the backup" in window.notice.message.text()
    else:
        assert window.bookmarks_model.doc_ids() == []
        assert "empty database" in window.notice.message.text()
    # Bookmarking works again.
    window.action_bookmark.trigger()
    qtbot.waitUntil(lambda: "standards/alpha" in window.bookmarks_model.doc_ids())


def test_corrupt_database_without_backup_offers_a_fresh_start_only(
    qtbot, make_window, data_dir: Path
) -> None:
    (data_dir / "accord.db").write_bytes(b"garbage" * 500)
    window = make_window(wait_index=False)
    assert [b.text() for b in window.notice.buttons()] == ["Start with an empty database"]


def test_welcome_page_shows_counts_and_type_cards(qtbot, make_window) -> None:
    window = make_window(wait_index=False)
    welcome = window.welcome
    assert "3" in welcome.summary.text()
    assert set(welcome.cards) == {"standard", "playbook", "guide"}
    qtbot.mouseClick(welcome.cards["playbook"], Qt.MouseButton.LeftButton)
    current = window.library_view.currentIndex()
    assert current.data() == "Playbooks"
    assert window.library_view.isExpanded(current)
    assert QApplication.focusWidget() is window.library_view
    # Activating a document in the browser opens it.
    child = window.library_model.index(0, 0, current)
    window.library_view.setCurrentIndex(child)
    qtbot.keyClick(window.library_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.current_id == "playbooks/beta")
    window.action_home.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Accord"


def test_every_focusable_widget_has_a_name_and_can_be_reached(qtbot, make_window) -> None:
    from PySide6.QtGui import QAccessible

    window = make_window()
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    window.reader.find_bar.open_bar()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name:
            unnamed.append(f"{type(widget).__name__}#{widget.objectName()}")
    assert unnamed == []

    # Tab from the search box walks the sidebar, then the document, then the status bar.
    order = []
    widget = window.search_box
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is window.search_box:
            break
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    expected = [
        window.library_view,
        window.reader.bookmark_button,
        window.reader.toc_view,
        window.reader.view,
        window.reader.find_bar.edit,
        window.problems_dock.table,
    ]
    assert [w for w in order if w in expected] == expected


def test_save_as_pdf_runs_off_the_ui_thread(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    import threading

    import desktop.ui.common.printing as printing

    window = make_window(wait_index=False)
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    target = tmp_path / "out" / "alpha.pdf"
    target.parent.mkdir()
    window.pdf_target = lambda suggested: target
    threads: list[int] = []
    real_export = printing.export_pdf

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(printing, "export_pdf", spy)
    task = window.save_pdf()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert task.state == "succeeded", task.traceback
    assert threads and threads[0] != threading.get_ident()
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert not list(target.parent.glob(".*.part"))  # written via a temporary name


def test_print_uses_the_print_dialog_then_prints_in_the_background(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = make_window(wait_index=False)
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    out = tmp_path / "printed.pdf"
    asked: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Print Alpha governance standard"]
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=20_000)


from PySide6.QtWidgets import QWidget  # noqa: E402


def test_reload_picks_up_changed_files_and_updates_the_index(
    qtbot, make_window, library_dir: Path
) -> None:
    window = make_window()
    (library_dir / "guides" / "delta.md").write_text(
        "---\ntitle: Delta zebracrossing guide\ntype: guide\n---\n\nAbout zebracrossing.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.indexReady, timeout=30_000):
        qtbot.keyClick(window.library_view, Qt.Key.Key_F5)
    assert window.library_model.document_count == 4
    search(qtbot, window, "zebracrossing")
    assert window.search_page.results_model.doc_ids() == ["guides/delta"]


def test_activating_a_problem_opens_its_document(qtbot, make_window) -> None:
    window = make_window(wait_index=False)
    model = window.problems_dock.model
    row = next(i for i, p in enumerate(model.problems()) if p.file == "standards/alpha.md")
    window.problems_dock.table.activated.emit(model.index(row, 3))
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    # The broken file itself cannot be opened; the status bar says why.
    broken = next(i for i, p in enumerate(model.problems()) if p.file == "standards/broken.md")
    window.problems_dock.table.activated.emit(model.index(broken, 0))
    assert "could not be loaded" in window.statusBar().currentMessage()


def test_no_two_actions_share_a_shortcut_and_pages_can_be_added(qtbot, make_window) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window(wait_index=False)
    page = QLabel("Assessments")
    page.setAccessibleName("Assessments")
    action = window.add_page(page, "&Assessments", "Ctrl+Shift+A")
    seen: dict[str, str] = {}
    for act in window.actions():
        for key in act.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is on {seen[text]} and {act.objectName()}"
            seen[text] = act.objectName()
    qtbot.keyClick(
        window.library_view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is page
    assert window.windowTitle() == "Assessments — Accord"
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.objectName() == "menuGo")
    assert action in go_menu.actions()
