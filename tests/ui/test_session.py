"""The one database session: one connection, changes announced, the gateway of other
lanes, a read-only folder, repairs."""

# ruff: noqa: F401, F811
# Fixtures come from test_assessment_runner (small_mount); pytest resolves them by name.

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.storage import reading
from desktop.core.storage.db import open_database
from desktop.ui.assessment.service import AssessmentService
from desktop.ui.common.session import Change, DatabaseUnavailable, Session
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.library.reading_store import ReadingStore
from tests.ui.test_assessment_runner import small_mount


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner({"db": 1, "work": 2, "sync": 1})
    yield runner
    runner.shutdown()


def wait(qtbot, task) -> object:
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.state == "succeeded", task.traceback
    return task.result


def test_calls_share_one_connection_and_announce_what_changed(
    qtbot, runner: TaskRunner, data_dir: Path
) -> None:
    session = Session(runner, data_dir)
    with qtbot.waitSignal(session.opened, timeout=10_000) as opened:
        session.open()
    assert opened.args == [False] and session.available and not session.read_only
    changes: list[Change] = []
    session.changed.connect(changes.append)
    first = wait(qtbot, session.call(lambda db: db, "the connection"))
    write = session.call(
        lambda db: reading.add_bookmark(db, "standards/a", "A"),
        "bookmark",
        change=Change("bookmarks", frozenset({"standards/a"})),
    )
    wait(qtbot, write)
    assert wait(qtbot, session.call(lambda db: db, "again")) is first
    assert changes == [Change("bookmarks", frozenset({"standards/a"}))]
    # Opening again is a no-op: no second connection, no second "opened".
    with qtbot.assertNotEmitted(session.opened, wait=200):
        wait(qtbot, session.open())
    session.close()
    failed = session.call(lambda db: db, "after close")
    with qtbot.waitSignal(failed.finished, timeout=10_000):
        pass
    assert isinstance(failed.error, DatabaseUnavailable)
    assert failed.error.code == "storage.not-open"


def test_the_gateway_runs_on_the_db_lane_and_the_ui_thread_never_waits(
    qtbot, runner: TaskRunner, data_dir: Path
) -> None:
    session = Session(runner, data_dir)
    wait(qtbot, session.open())
    db_thread = wait(qtbot, session.call(lambda _db: threading.get_ident()))
    gateway = session.gateway()

    def on_the_sync_lane(_ctx) -> tuple[int, int]:
        return threading.get_ident(), gateway.run(lambda _db: threading.get_ident())

    sync_thread, ran_on = wait(qtbot, runner.submit(on_the_sync_lane, lane="sync"))
    assert ran_on == db_thread != sync_thread
    with pytest.raises(RuntimeError, match="never waits"):
        gateway.run(lambda db: db)
    session.close()


def test_a_read_only_folder_is_read_and_written_again_once_writable(
    qtbot, runner: TaskRunner, small_mount
) -> None:
    point, remount = small_mount
    data = point / "data"
    data.mkdir()
    db = open_database(data / "accord.db")
    reading.add_bookmark(db, "standards/a", "A")
    db.close()
    remount("ro")  # e.g. a write-protected USB stick

    session = Session(runner, data)
    with qtbot.waitSignal(session.opened, timeout=10_000) as opened:
        session.open()
    assert opened.args == [True] and session.read_only
    assert "writable" in session.read_only_reason
    store = ReadingStore(session)
    with qtbot.waitSignal(store.openFailed, timeout=10_000) as failed:
        store.open()  # read-only counts as not opened for bookmarks: nothing is lost
    assert failed.args[0].kind == "error" and "writable" in failed.args[0].message
    service = AssessmentService(runner, session)
    with qtbot.waitSignal(service.opened, timeout=10_000) as service_opened:
        service.open()
    assert service_opened.args == [True] and service.read_only
    assert wait(qtbot, service.call(lambda s: s.list_assessments())) == []

    remount("rw")
    wait(qtbot, service.call(lambda s: s.list_assessments(), write=True))
    assert not service.read_only and not session.read_only
    rows = wait(qtbot, session.call(lambda db: [b.doc_id for b in reading.bookmarks(db)]))
    assert rows == ["standards/a"]
    session.close()


def test_a_repair_reopens_and_the_assessments_follow(
    qtbot, runner: TaskRunner, data_dir: Path
) -> None:
    (data_dir / "accord.db").write_bytes(b"not a database" * 300)
    session = Session(runner, data_dir)
    service = AssessmentService(runner, session)
    with qtbot.waitSignal(service.openFailed, timeout=10_000) as failed:
        service.open()
    assert "cannot be read" in failed.args[0] or "damaged" in failed.args[0]
    assert session.failure is not None and session.failure.kind == "corrupt"
    store = ReadingStore(session)
    with (
        qtbot.waitSignal(store.repaired, timeout=10_000) as repaired,
        qtbot.waitSignal(service.opened, timeout=10_000),
    ):
        store.start_fresh()
    assert "empty database" in repaired.args[0]
    assert store.available and service.available and session.available
    assert list(data_dir.glob("accord-damaged-*.db"))
    session.close()
