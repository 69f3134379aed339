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


def test_a_failing_background_task_writes_its_traceback_to_the_log(qtbot, runner, tmp_path) -> None:
    from desktop.core import logs

    log = logs.setup_logging(tmp_path / "logs", "warning")
    try:

        def parse_the_checklist(_ctx):
            raise KeyError("ETH-9")

        task = runner.submit(parse_the_checklist, lane="work", name="load checklist")
        with qtbot.waitSignal(task.failed, timeout=5000):
            pass
    finally:
        logs.shutdown_logging()
    text = log.read_text(encoding="utf-8")
    assert "ERROR desktop.ui.common.tasks" in text
    assert "task 'load checklist' (work lane) failed" in text
    assert "Traceback (most recent call last):" in text
    assert "in parse_the_checklist" in text and "KeyError: 'ETH-9'" in text


def test_a_worker_waits_for_another_lane_but_the_ui_thread_never_does(qtbot, runner) -> None:
    threads: dict[str, int] = {}

    def on_db() -> str:
        threads["db"] = threading.get_ident()
        return "answer"

    def job(_ctx):
        threads["work"] = threading.get_ident()
        return runner.call_blocking(on_db, lane="db")

    task = runner.submit(job, lane="work")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.result == "answer"
    assert threads["db"] != threads["work"]
    # On the lane itself it runs at once (a lane never waits for itself).
    nested = runner.submit(lambda _ctx: runner.call_blocking(lambda: 7, lane="db"), lane="db")
    with qtbot.waitSignal(nested.finished, timeout=5000):
        pass
    assert nested.result == 7
    with pytest.raises(RuntimeError, match="never waits"):
        runner.call_blocking(lambda: None, lane="db")
