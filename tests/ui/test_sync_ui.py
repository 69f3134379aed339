"""Sync in the window, against a real hub on 127.0.0.1: enroll, complete an assessment in
the UI, see it queued then delivered with its receipt; backoff, Stop and Sync now; the
proxy dialog; the USB path (export, hub import, receipts)."""

# Fixtures come from test_assessment_support; pytest resolves them by name.

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.assessments.store import AssessmentStore, startable_checklist
from desktop.core.library.documents import load_library
from desktop.core.storage.db import open_database
from desktop.core.sync.config import ProxySettings, proxy_settings, save_proxy_settings
from desktop.core.sync.outbox import queue_submission, status_for_assessment
from desktop.ui.assessment.models import AssessmentListModel
from desktop.ui.shell.main_window import MainWindow
from tests.hub.helpers import LiveHub, enroll_device, free_port, make_hub
from tests.ui.test_assessment_support import (
    create_assessment,
    open_in_runner,
    press,
    wait_saved,
    write_fixture_library,
)

SYNC_COLUMN = AssessmentListModel.COLUMNS.index("sync")


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    """The fixture library (a small checklist) as a folder for the window."""
    return write_fixture_library(tmp_path / "alib")


@pytest.fixture
def no_env_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def hub(tmp_path: Path):
    h = make_hub(tmp_path / "hub")
    yield h
    h.store.close()


def shot(widget, name: str) -> None:
    folder = os.environ.get("ACCORD_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


def open_window(qtbot, make_window, library: Path) -> MainWindow:
    window = make_window(library=library, wait_index=False)
    qtbot.waitUntil(lambda: window.assessments is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.assessments.service.available, timeout=10_000)
    qtbot.waitUntil(lambda: window.sync.summary is not None, timeout=10_000)
    window.action_assessments.trigger()
    return window


def sync_text(window: MainWindow, assessment_id: str) -> str:
    panel = window.assessments
    row = panel.list_model.row_of(assessment_id)
    return panel.list_model.index(row, SYNC_COLUMN).data() if row >= 0 else ""


def complete_in_ui(qtbot, window: MainWindow, institution: str = "Ministry of ICT") -> str:
    """Answer every question with the keyboard and mark complete, as an official does."""
    panel = window.assessments
    aid = create_assessment(qtbot, panel, institution=institution)
    runner = open_in_runner(qtbot, panel, aid)
    while True:
        press(qtbot, runner, Qt.Key.Key_2)  # partly / level 2
        before = runner.current_id
        press(qtbot, runner, Qt.Key.Key_PageDown)
        if runner.current_id == before:
            break
    wait_saved(qtbot, runner)

    def fake_dialog(check):
        from desktop.ui.assessment.runner import CompleteDialog

        assert check.can_complete and not check.unanswered
        dialog = CompleteDialog(check, runner)
        dialog.exec = lambda: dialog._finish("complete")  # type: ignore[method-assign]
        return dialog

    runner.make_complete_dialog = fake_dialog  # type: ignore[method-assign]
    runner.mark_complete()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.results, timeout=10_000)
    panel.show_list()
    return aid


def complete_in_store(data_dir: Path, library_dir: Path, institution: str, queue: bool = True):
    """A completed (and queued) assessment made through the core, before the window opens."""
    library = load_library(library_dir)
    with AssessmentStore.open_data_dir(data_dir) as store:
        a = store.create(
            startable_checklist(library, "checklists/fixture"),
            institution=institution,
            country="KE",
            assessors=["Amina Otieno"],
        )
        for item, value in (("ETH-1", "yes"), ("ETH-2", "partial"), ("ETH-3", "3")):
            store.save_answer(a.id, item, value)
        store.save_answer(a.id, "GOV-1", "no")
        store.save_answer(a.id, "GOV-2", "yes")
        store.complete(a.id, backup=False)
        if queue:
            queue_submission(store, a.id)
        return a.id


def device_db(data_dir: Path):
    db = open_database(data_dir / "accord.db")
    save_proxy_settings(db, ProxySettings("none"))
    return db


# --- enroll, complete, deliver -------------------------------------------------------------------


def test_enroll_complete_in_the_ui_and_the_row_shows_the_receipt(
    qtbot, make_window, fixture_dir: Path, data_dir: Path, hub, no_env_proxy
) -> None:
    window = open_window(qtbot, make_window, fixture_dir)
    status = window.sync_ui.status_widget
    assert status.button.text() == "Sync: not connected"
    assert window.action_sync_now.shortcut().toString() == "F9"
    assert [a.text() for a in window.menuBar().actions()][-3] == "&Sync"  # then Language, Help

    # Network and proxy: connect directly.
    dialog = window.sync_ui.network_settings()
    assert dialog.system.isChecked()
    dialog.none.click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.summary.proxy.mode == "none", timeout=10_000)
    assert window.sync_ui.dialog is None

    # Completing queues the assessment (in the UI, by keyboard); not connected, it waits.
    aid = complete_in_ui(qtbot, window)
    qtbot.waitUntil(lambda: sync_text(window, aid) == "Queued", timeout=10_000)
    qtbot.waitUntil(lambda: status.button.text() == "Sync: not connected", timeout=5_000)
    assert not window.sync.running

    # Sync now without a hub: the connect dialog, with a hint.
    window.action_sync_now.trigger()
    enroll = window.sync_ui.dialog
    assert enroll is not None and enroll.objectName() == "enrollDialog"
    assert "Connect this computer to the hub first" in enroll.status.text()

    with LiveHub(hub) as server:
        enroll.url.setText("not a hub")
        qtbot.mouseClick(enroll.test_button, Qt.MouseButton.LeftButton)
        assert "http://host:port" in enroll.status.text()
        enroll.url.setText(server.url)
        qtbot.mouseClick(enroll.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "The hub answered" in enroll.status.text(), timeout=10_000)
        enroll.code.setText("WRONG-CODE-0000")
        qtbot.mouseClick(enroll.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "refused" in enroll.status.text(), timeout=10_000)
        assert window.sync_ui.dialog is enroll  # stays open with the fields kept
        assert enroll.url.text() == server.url
        enroll.code.setText(hub.store.new_enroll_code())
        qtbot.mouseClick(enroll.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync_ui.dialog is None, timeout=10_000)
        assert window.sync.summary is not None

        # Connected: what waits is sent by itself; the row shows the receipt.
        qtbot.waitUntil(lambda: sync_text(window, aid).startswith("Delivered"), timeout=20_000)
        text = sync_text(window, aid)
        db = open_database(data_dir / "accord.db")
        try:
            entry = status_for_assessment(db, aid)
        finally:
            db.close()
        assert entry is not None and entry.state == "delivered"
        assert text == f"Delivered · receipt {entry.receipt_id}"
        assert entry.receipt_id.startswith("r-")
        qtbot.waitUntil(lambda: "1 delivered" in status.button.text(), timeout=10_000)

        # A second one, completed while connected: sent right away; Sync now reports.
        second = complete_in_ui(qtbot, window, institution="Data Protection Office")
        qtbot.waitUntil(lambda: sync_text(window, second).startswith("Delivered"), timeout=20_000)
        qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
        window.action_sync_now.trigger()
        qtbot.waitUntil(lambda: window.sync.last is not None and not window.sync.running)
        qtbot.waitUntil(
            lambda: "Sync finished: 0 delivered" in window.statusBar().currentMessage(),
            timeout=10_000,
        )
        assert "Last sync" in status.button.toolTip()
        assert [s["assessment_id"] for s in hub.store.submissions()] == [aid, second]


def test_backoff_stop_and_sync_now_when_the_hub_returns(
    qtbot, make_window, fixture_dir: Path, data_dir: Path, hub, no_env_proxy
) -> None:
    port = free_port()
    db = device_db(data_dir)
    enroll_device(db, hub, f"http://127.0.0.1:{port}")  # the hub is not running yet
    db.close()
    aid = complete_in_store(data_dir, fixture_dir, "Ministry of ICT")

    # At start-up the outbox resumes by itself; the hub is down, so it backs off.
    window = open_window(qtbot, make_window, fixture_dir)
    status = window.sync_ui.status_widget
    qtbot.waitUntil(lambda: window.sync.running, timeout=10_000)
    qtbot.waitUntil(lambda: "Hub not reachable" in status.button.text(), timeout=15_000)
    assert status.stop_button.isVisible() and status.progress.isVisible()
    qtbot.waitUntil(lambda: sync_text(window, aid).startswith("Queued (tried"), timeout=10_000)

    # Stop: the run ends; the item stays queued.
    qtbot.mouseClick(status.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    assert "Sync stopped" in window.statusBar().currentMessage()
    assert not status.stop_button.isVisible()
    assert sync_text(window, aid).startswith("Queued")

    # Sync now again: it backs off longer and longer…
    window.action_sync_now.trigger()
    qtbot.waitUntil(
        lambda: window.sync.progress is not None and window.sync.progress.failures >= 3,
        timeout=20_000,
    )
    wait = window.sync.progress.next_try_in
    assert wait is not None and wait >= 1.5
    # …until the hub is back and Sync now skips the wait.
    with LiveHub(hub, port=port):
        started = time.monotonic()
        window.action_sync_now.trigger()
        qtbot.waitUntil(lambda: sync_text(window, aid).startswith("Delivered"), timeout=20_000)
        elapsed = time.monotonic() - started
        qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    assert elapsed < wait, f"delivered after {elapsed:.1f} s; the backoff was {wait:.1f} s"


def test_the_proxy_dialog_validates_and_saves(
    qtbot, make_window, fixture_dir: Path, data_dir: Path
) -> None:
    window = open_window(qtbot, make_window, fixture_dir)
    dialog = window.sync_ui.network_settings()
    assert not dialog.url.isEnabled()
    assert not dialog.test_button.isEnabled()  # no hub yet
    dialog.manual.click()
    assert dialog.url.isEnabled()
    assert not dialog.save_button.isEnabled()  # empty address
    dialog.url.setText("proxy.example:3128")
    assert not dialog.save_button.isEnabled()
    assert "http://host:port" in dialog.status.text()
    dialog.url.setText("http://proxy.example:99999")
    assert "port is not valid" in dialog.status.text()
    dialog.url.setText("http://proxy.example:3128")
    assert dialog.save_button.isEnabled() and dialog.status.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_ui.dialog is None, timeout=10_000)
    db = open_database(data_dir / "accord.db")
    try:
        assert proxy_settings(db) == ProxySettings("manual", "http://proxy.example:3128")
    finally:
        db.close()
    again = window.sync_ui.network_settings()
    assert again.manual.isChecked() and again.url.text() == "http://proxy.example:3128"
    again.reject()


def test_usb_export_hub_import_and_receipts_then_the_list_shows_each_state(
    qtbot, make_window, fixture_dir: Path, data_dir: Path, hub, tmp_path: Path
) -> None:
    from desktop.core.sync.outbox import mark_rejected
    from hub.cli import main as hub_main

    db = device_db(data_dir)
    enroll_device(db, hub, None)  # USB transfer only
    db.close()
    delivered = complete_in_store(data_dir, fixture_dir, "Ministry of ICT")
    window = open_window(qtbot, make_window, fixture_dir)
    assert "waiting" in window.sync_ui.status_widget.button.text()

    # Sync now has no address to send to: the connect dialog.
    window.action_sync_now.trigger()
    assert window.sync_ui.dialog is not None
    window.sync_ui.dialog.reject()

    usb = tmp_path / "usb"
    usb.mkdir()
    transfer = usb / "transfer.json"
    window.sync_ui.choose_export_file = lambda: transfer  # type: ignore[method-assign]
    window.action_export_transfer.trigger()
    qtbot.waitUntil(lambda: window.sync_ui.prompt is not None, timeout=10_000)
    assert "Wrote 1 submission(s)" in window.sync_ui.prompt.text()
    window.sync_ui.prompt.accept()
    assert transfer.is_file()

    # The hub's operator imports the file and writes the receipts for the device.
    receipts = usb / "receipts.json"
    args = ["import", str(transfer), "--data", str(hub.data), "--receipts", str(receipts)]
    assert hub_main(args) == 0
    assert [s["assessment_id"] for s in hub.store.submissions()] == [delivered]

    window.sync_ui.choose_receipts_file = lambda: receipts  # type: ignore[method-assign]
    window.action_import_receipts.trigger()
    qtbot.waitUntil(
        lambda: (
            window.sync_ui.prompt is not None and "marked delivered" in window.sync_ui.prompt.text()
        ),
        timeout=10_000,
    )
    assert "1 submission(s) marked delivered" in window.sync_ui.prompt.text()
    window.sync_ui.prompt.accept()
    qtbot.waitUntil(lambda: sync_text(window, delivered).startswith("Delivered"), timeout=10_000)

    # More rows for the picture: one queued, one rejected, one draft.
    queued = complete_in_store(data_dir, fixture_dir, "Communications Authority")
    rejected = complete_in_store(data_dir, fixture_dir, "National Statistics Bureau")
    db = open_database(data_dir / "accord.db")
    try:
        mark_rejected(
            db,
            status_for_assessment(db, rejected).id,
            "the checklist version is not known to the hub",
        )
    finally:
        db.close()
    library = load_library(fixture_dir)
    with AssessmentStore.open_data_dir(data_dir) as store:
        draft = store.create(
            startable_checklist(library, "checklists/fixture"),
            institution="Office of the President",
            country="KE",
        ).id
    window.assessments.refresh()
    qtbot.waitUntil(lambda: sync_text(window, rejected).startswith("Rejected"), timeout=10_000)
    assert sync_text(window, queued) == "Queued"
    assert sync_text(window, rejected) == "Rejected: the checklist version is not known to the hub"
    assert sync_text(window, draft) == ""  # a draft has nothing to send
    window.sync.refresh()
    qtbot.waitUntil(
        lambda: "1 rejected" in window.sync_ui.status_widget.button.text(), timeout=10_000
    )
    window.resize(1400, 800)
    panel = window.assessments
    shot(window, "assessments-sync-status.png")
    shot(panel.list_page, "assessments-list.png")


# --- one database session ---------------------------------------------------------------------


class ConnectionCounter:
    """Counts ``sqlite3.connect`` calls on one database file (by path or ``file:`` URI)."""

    def __init__(self, database: Path) -> None:
        self.database = database.resolve()
        self.opened: list[str] = []

    def wrap(self, connect):
        def counting(target, *args, **kwargs):
            text = str(target)
            if text.startswith("file:"):
                from urllib.parse import unquote, urlsplit

                text = unquote(urlsplit(text).path)
            if Path(text).resolve() == self.database:
                import threading

                self.opened.append(threading.current_thread().name)
            return connect(target, *args, **kwargs)

        return counting


def test_the_running_app_opens_its_database_once(
    qtbot, make_window, fixture_dir: Path, data_dir: Path, hub, no_env_proxy, monkeypatch
) -> None:
    """Start, open the assessments, answer and complete one, enroll, sync: one connection."""
    import sqlite3

    counter = ConnectionCounter(data_dir / "accord.db")
    monkeypatch.setattr(sqlite3, "connect", counter.wrap(sqlite3.connect))
    window = open_window(qtbot, make_window, fixture_dir)
    aid = complete_in_ui(qtbot, window)
    with LiveHub(hub) as server:
        task = window.sync.enroll(server.url, hub.store.new_enroll_code(), "laptop")
        qtbot.waitUntil(lambda: task.is_done, timeout=10_000)
        assert task.state == "succeeded", task.traceback
        qtbot.waitUntil(lambda: sync_text(window, aid).startswith("Delivered"), timeout=20_000)
        qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    window.close()
    print(f"connections to accord.db: {len(counter.opened)} ({counter.opened})")
    assert len(counter.opened) == 1, counter.opened
