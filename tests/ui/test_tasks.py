"""The task runner: lanes, results on the UI thread, progress, cancel, failures."""

from __future__ import annotations

import threading

import pytest

from desktop.ui.common.tasks import Cancelled, TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_result_arrives_on_the_ui_thread_and_work_runs_elsewhere(qtbot, runner) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def job(_ctx):
        seen["worker"] = threading.get_ident()
        return 42

    task = runner.submit(job, lane="work")
    task.succeeded.connect(lambda _r: seen.setdefault("slot", threading.get_ident()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.result == 42
    assert task.state == "succeeded"
    assert seen["worker"] != ui_thread
    assert seen["slot"] == ui_thread


def test_db_lane_runs_jobs_one_at_a_time_in_order(qtbot, runner) -> None:
    order: list[int] = []
    running = []
    overlap = []

    def make(i):
        def job(_ctx):
            running.append(i)
            if len(running) > 1:
                overlap.append(i)
            order.append(i)
            running.remove(i)

        return job

    tasks = [runner.submit(make(i), lane="db") for i in range(20)]
    qtbot.waitUntil(lambda: all(t.is_done for t in tasks), timeout=5000)
    assert order == list(range(20))
    assert not overlap


def test_progress_is_reported_and_cancel_stops_the_job(qtbot, runner) -> None:
    started = threading.Event()
    release = threading.Event()
    progress: list[tuple[int, int]] = []

    def job(ctx):
        ctx.progress(1, 10)
        started.set()
        release.wait(5)
        if not ctx.progress(2, 10):
            raise Cancelled
        return "finished"

    task = runner.submit(job, lane="work")
    task.progressed.connect(lambda d, t: progress.append((d, t)))
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert task.state == "cancelled"
    assert task.result is None
    assert (1, 10) in progress


def test_a_cancelled_queued_job_never_runs(qtbot, runner) -> None:
    gate = threading.Event()
    ran: list[str] = []
    blocker = runner.submit(lambda _ctx: gate.wait(5), lane="search")
    queued = runner.submit(lambda _ctx: ran.append("queued"), lane="search")
    queued.cancel()
    gate.set()
    qtbot.waitUntil(lambda: blocker.is_done and queued.is_done, timeout=5000)
    assert queued.state == "cancelled"
    assert ran == []


def test_a_failure_is_delivered_with_its_traceback(qtbot, runner) -> None:
    def job(_ctx):
        raise ValueError("bad input in job")

    task = runner.submit(job, lane="work")
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert "bad input in job" in task.traceback


def test_unknown_lane_is_refused(runner) -> None:
    with pytest.raises(ValueError, match="unknown lane"):
        runner.submit(lambda _ctx: None, lane="nope")
