"""A small task runner: background work in named lanes, results back on the UI thread.

Lanes (ARCHITECTURE.md, "The UI thread never waits"):

``db``
    One thread. Every SQLite access runs here, in submission order, so writes never
    interleave and a read submitted after a write sees it.
``work``
    A few threads for long jobs: loading the library, building the index, PDF export.
``search`` and ``render``
    One thread each, for latest-wins jobs (search-as-you-type, rendering the document to
    show). Callers tag their jobs and drop stale answers.

A job is a plain function ``fn(ctx: TaskContext) -> result``. ``ctx.progress(done, total)``
reports progress and returns False once the task was cancelled, which is exactly the
``ProgressFn`` contract of the index; a job ends as cancelled by raising ``Cancelled``.
Worker threads never touch a ``Task`` object: they post (key, outcome) to one relay
living on the UI thread, which emits the task's signals there. So every slot connected
to a ``Task`` runs on the UI thread, lambdas included.

A job that fails is logged with its traceback (``desktop.core.logs``) before the failure is
delivered, so a failure nobody shows is still on record. A job on one lane may wait for a
function on another (:meth:`TaskRunner.call_blocking`: the sync lane asks the db lane); the
UI thread never does.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from desktop.core.errors import AccordError
from desktop.core.logs import FILE_ONLY

DEFAULT_LANES: dict[str, int] = {"db": 1, "work": 2, "search": 1, "render": 1}

T = TypeVar("T")
log = logging.getLogger(__name__)
# Which lane the current pool thread serves (unset on other threads).
_current = threading.local()


class Cancelled(Exception):
    """Raised by a job (or ``TaskContext.check``) to end as cancelled."""


class TaskContext:
    """What a job sees of its task: progress reporting and the cancel flag."""

    def __init__(self, relay: _Relay, key: int, cancel: threading.Event) -> None:
        self._relay = relay
        self._key = key
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        """True once someone asked the task to stop."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the task was cancelled: call between steps of a job."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int) -> bool:
        """Report progress; returns False when the job should stop."""
        self._relay.progress.emit(self._key, int(done), int(total))
        return not self._cancel.is_set()


class Task(QObject):
    """Handle of one submitted job. Its signals are emitted on the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # always last, whatever the outcome

    def __init__(self, name: str, lane: str) -> None:
        super().__init__()
        self.name = name
        self.lane = lane
        self.state = "queued"  # queued, succeeded, failed, cancelled
        self.result: Any = None
        self.error: BaseException | None = None
        self.traceback = ""
        self._cancel = threading.Event()

    @property
    def is_cancelled(self) -> bool:
        """True once ``cancel`` was called."""
        return self._cancel.is_set()

    @property
    def is_done(self) -> bool:
        """True once the final signal was delivered."""
        return self.state in ("succeeded", "failed", "cancelled")

    def cancel(self) -> None:
        """Ask the job to stop; a job that has not started will not start."""
        self._cancel.set()


class _Relay(QObject):
    """Lives on the UI thread; worker threads emit these, Qt queues them over."""

    progress = Signal(int, int, int)  # key, done, total
    done = Signal(int, str, object, str)  # key, outcome, value, traceback


class TaskRunner(QObject):
    """Runs jobs in lanes of thread pools; see the module docstring."""

    taskFinished = Signal(object)

    def __init__(self, lanes: dict[str, int] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        for lane, threads in (lanes or DEFAULT_LANES).items():
            pool = QThreadPool(self)
            pool.setMaxThreadCount(max(1, threads))
            pool.setObjectName(f"accord-{lane}")
            self._pools[lane] = pool
        self._tasks: dict[int, Task] = {}
        self._keys = itertools.count(1)
        self._closed = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def lanes(self) -> tuple[str, ...]:
        """The lane names."""
        return tuple(self._pools)

    def active_tasks(self, lane: str | None = None) -> list[Task]:
        """Tasks submitted and not yet finished (optionally of one lane)."""
        return [t for t in self._tasks.values() if lane is None or t.lane == lane]

    def submit(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        lane: str = "work",
        name: str = "",
    ) -> Task:
        """Queue ``fn(ctx)`` on ``lane``; returns the task whose signals report the outcome."""
        if lane not in self._pools:
            raise ValueError(f"unknown lane {lane!r}; lanes are {', '.join(self._pools)}")
        task = Task(name or getattr(fn, "__name__", "task"), lane)
        key = next(self._keys)
        self._tasks[key] = task
        if self._closed:
            task.cancel()
        ctx = TaskContext(self._relay, key, task._cancel)
        relay = self._relay
        self._pools[lane].start(lambda: _run(relay, key, ctx, fn, task.name, lane))
        return task

    def call_blocking(self, fn: Callable[[], T], *, lane: str) -> T:
        """Run ``fn()`` on ``lane`` and wait for its result (or exception) on this thread.

        For jobs on other lanes only (the sync lane runs its database steps on the db
        lane this way): the UI thread never waits, so calling it there raises RuntimeError.
        Called on ``lane`` itself, ``fn`` runs at once (a lane never waits for itself).
        """
        if getattr(_current, "lane", None) == lane:
            return fn()
        if threading.current_thread() is threading.main_thread():
            raise RuntimeError("the UI thread never waits for a lane; submit a task instead")
        future: Future[T] = Future()

        def job() -> None:
            _current.lane = lane
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the waiting thread, never lost
                future.set_exception(exc)

        self._pools[lane].start(job)
        return future.result()

    @Slot(int, int, int)
    def _on_progress(self, key: int, done: int, total: int) -> None:
        task = self._tasks.get(key)
        if task is not None:
            task.progressed.emit(done, total)

    @Slot(int, str, object, str)
    def _on_done(self, key: int, outcome: str, value: object, trace: str) -> None:
        task = self._tasks.pop(key, None)
        if task is None:
            return
        task.state = outcome
        if outcome == "succeeded":
            task.result = value
            task.succeeded.emit(value)
        elif outcome == "failed":
            task.error = value  # type: ignore[assignment]
            task.traceback = trace
            task.failed.emit(value)
        else:
            task.cancelled.emit()
        task.finished.emit()
        self.taskFinished.emit(task)

    def cancel_all(self, lanes: tuple[str, ...] | None = None) -> None:
        """Cancel queued and running tasks (of the given lanes)."""
        for task in self._tasks.values():
            if lanes is None or task.lane in lanes:
                task.cancel()

    def wait(self, lane: str | None = None, msecs: int = -1) -> bool:
        """Block until the lane (or every lane) is idle; True if it got idle in time.

        Only for shutdown and tests: the UI never calls this while it is in use.
        """
        pools = [self._pools[lane]] if lane else list(self._pools.values())
        return all(pool.waitForDone(msecs) for pool in pools)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Stop accepting work, cancel everything except database jobs, and wait."""
        self._closed = True
        self.cancel_all(tuple(lane for lane in self._pools if lane != "db"))
        return self.wait(msecs=msecs)


def _run(
    relay: _Relay,
    key: int,
    ctx: TaskContext,
    fn: Callable[[TaskContext], Any],
    name: str,
    lane: str,
) -> None:
    """Body of a pool thread: run the job and post the outcome to the UI thread."""
    _current.lane = lane
    if ctx.cancelled:
        relay.done.emit(key, "cancelled", None, "")
        return
    try:
        result = fn(ctx)
    except Cancelled:
        relay.done.emit(key, "cancelled", None, "")
        return
    except BaseException as exc:  # delivered to the UI, never lost in a thread
        # Explained failures (an AccordError) are warnings; anything else is an error.
        level = logging.WARNING if isinstance(exc, AccordError) else logging.ERROR
        log.log(level, "task %r (%s lane) failed", name, lane, exc_info=True, extra=FILE_ONLY)
        relay.done.emit(key, "failed", exc, traceback.format_exc())
        return
    # A job that returned normally succeeded, even if a cancel came too late to matter.
    relay.done.emit(key, "succeeded", result, "")
