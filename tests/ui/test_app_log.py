"""The app's log: failures are on record, what people type never is; Help → Open Log Folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core import logs
from desktop.ui.assessment.saver import SaveState
from tests.ui.test_assessment_support import (
    create_assessment,
    open_in_runner,
    press,
    wait_saved,
    write_fixture_library,
)

NOTE = "Cabinet memo 77-B on facial recognition at the border"
INSTITUTION = "Office of the Quiet Inspector"


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    """The log of the window's data folder, at the most talkative level."""
    path = logs.setup_logging(data_dir / "logs", "debug")
    assert path is not None
    yield path
    logs.shutdown_logging()


def test_a_note_typed_in_an_answer_never_appears_in_the_log(
    qtbot, make_window, tmp_path: Path, log_file: Path
) -> None:
    window = make_window(library=write_fixture_library(tmp_path / "alib"), wait_index=False)
    qtbot.waitUntil(lambda: window.assessments is not None, timeout=15_000)
    panel = window.assessments
    qtbot.waitUntil(lambda: panel.service.available, timeout=10_000)
    window.action_assessments.trigger()
    aid = create_assessment(qtbot, panel, institution=INSTITUTION)
    runner = open_in_runner(qtbot, panel, aid)
    session = window.session
    original = session.reopen_writable

    def disk_error() -> bool:
        raise sqlite3.OperationalError("disk I/O error")

    session.reopen_writable = disk_error  # the first save of the note fails…
    try:
        runner.card.note.setFocus()
        qtbot.keyClicks(runner.card.note, NOTE)
        qtbot.waitUntil(lambda: runner.saver.state == SaveState.FAILED, timeout=5_000)
    finally:
        session.reopen_writable = original
    qtbot.mouseClick(runner.retry_button, Qt.MouseButton.LeftButton)  # …then it is saved
    wait_saved(qtbot, runner)
    press(qtbot, runner, Qt.Key.Key_1)
    wait_saved(qtbot, runner)
    window.sync_ui.sync_now()  # not connected: it says so (and logs nothing personal)
    window.close()

    text = log_file.read_text(encoding="utf-8")
    # The failure is on record, with its traceback…
    assert "task 'save answers' (db lane) failed" in text
    assert "Traceback" in text and "OperationalError: disk I/O error" in text
    # …and nothing anyone typed is.
    for private in (NOTE, "Cabinet memo", INSTITUTION, "Quiet Inspector", "Amina Otieno"):
        assert private not in text


def test_help_opens_the_log_folder(qtbot, make_window, data_dir: Path, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window(wait_index=False)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.action_log_folder in help_menu.actions()
    window.action_log_folder.trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [data_dir / "logs"]
    assert (data_dir / "logs").is_dir()

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no file manager
    window.action_log_folder.trigger()
    assert str(data_dir / "logs") in window.statusBar().currentMessage()
