"""The sync's work for the window, off the UI thread, on the window's one database session.

:class:`SyncController` calls the sync use cases (``desktop.core.actions.sync``): reads and
small writes on the ``db`` lane through the session, the runner on the ``sync`` lane (its
database steps go to the db lane through the session's gateway), enrollment and "Test
connection" on the ``work`` lane. A run is cancellable (``SyncRunner.stop`` wakes it at once)
and reports progress through signals; outbox changes are announced on the session's
``changed`` signal (kind ``"outbox"``).

A run starts by itself when an assessment is completed, and at start-up when something is
waiting (a background sync with backoff that resumes after a restart); "Sync now" skips
the backoff.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.actions import sync as actions
from desktop.core.errors import AccordError
from desktop.ui.common.session import Change, Session
from desktop.ui.common.tasks import Cancelled, Task, TaskContext
from desktop.ui.sync.texts import sentence

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.core.sync.config import ProxySettings
    from desktop.core.sync.runner import RunReport, SyncProgress, SyncRunner
    from desktop.core.sync.status import SyncStatus

SYNC_LANE = "sync"
# The HTTP timeout of one request from the app (shorter than the CLI's: Stop answers
# within one request).
REQUEST_TIMEOUT = 15.0
# The codes of "no hub to send to": the app offers "Connect to the hub…" for them.
NOT_ENROLLED = frozenset({"sync.not-enrolled", "sync.usb-only"})


@dataclass(frozen=True)
class RunOutcome:
    """How a sync run ended: a report, or an error for people."""

    when: float
    report: RunReport | None = None
    error: str | None = None
    not_enrolled: bool = False


def outcome_text(outcome: RunOutcome) -> str:
    """The last sync's result in one sentence."""
    if outcome.not_enrolled:
        return QCoreApplication.translate(
            "SyncUi",
            "Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).",
        )
    if outcome.error:
        return QCoreApplication.translate("SyncUi", "Sync stopped: %1").replace("%1", outcome.error)
    report = outcome.report
    if report is None:
        return ""
    text = (
        QCoreApplication.translate(
            "SyncUi", "Sync finished: %1 delivered, %2 rejected, %3 still to send."
        )
        .replace("%1", str(report.delivered))
        .replace("%2", str(report.rejected))
        .replace("%3", str(report.remaining))
    )
    if report.stopped_because == "stopped" and report.remaining:
        text = (
            QCoreApplication.translate(
                "SyncUi", "Sync stopped: %1 delivered; %2 still to send (they stay queued)."
            )
            .replace("%1", str(report.delivered))
            .replace("%2", str(report.remaining))
        )
    return text


class _Relay(QObject):
    """Carries the runner's reports from the sync thread to the UI thread."""

    progress = Signal(object)  # SyncProgress (a copy)
    started = Signal(int)  # items waiting when the run started


class SyncController(QObject):
    """Sync work off the UI thread; see the module docstring."""

    summaryChanged = Signal(object)  # SyncStatus
    runningChanged = Signal(bool)
    runProgress = Signal(int, int, object)  # done, total, SyncProgress
    runFinished = Signal(object)  # RunOutcome
    statusMessage = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.data_dir = session.data_dir
        self.summary: SyncStatus | None = None
        self.last: RunOutcome | None = None
        self.progress: SyncProgress | None = None
        self.task: Task | None = None
        self._active: SyncRunner | None = None  # set by the sync thread
        self._active_lock = threading.Lock()
        self._start_pending = 0
        self._closed = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.started.connect(self._on_started)

    # -- db lane ----------------------------------------------------------------------------
    def _db_call(self, fn: Callable[[sqlite_utils.Database], Any], name: str) -> Task:
        def guarded(db: sqlite_utils.Database) -> Any:
            if self._closed:
                raise RuntimeError(QCoreApplication.translate("SyncUi", "Accord is closing."))
            return fn(db)

        return self.session.call(guarded, name)

    def _outbox_changed(self, ids: frozenset[str] = frozenset()) -> None:
        self.session.notify(Change("outbox", ids))

    def refresh(self) -> Task:
        """Read the sync state again; ``summaryChanged`` follows."""
        task = self._db_call(actions.status, "sync status")
        task.succeeded.connect(self._on_summary)
        task.failed.connect(
            lambda exc: self.statusMessage.emit(
                self.tr("The sync status could not be read: %1").replace("%1", sentence(exc))
            )
        )
        return task

    def _on_summary(self, summary: SyncStatus) -> None:
        self.summary = summary
        self.summaryChanged.emit(summary)

    def start(self) -> Task:
        """At start-up: read the state; resume sending when something is waiting."""
        task = self.refresh()
        task.succeeded.connect(self._send_if_waiting)
        return task

    def _send_if_waiting(self, summary: SyncStatus) -> None:
        if summary.online and (summary.pending or summary.not_queued):
            self.sync_now(auto=True)

    # -- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A run is on its way (sending, or waiting out a backoff)."""
        return self.task is not None and not self.task.is_done

    def sync_now(self, auto: bool = False) -> Task | None:
        """Send everything waiting now (skipping the backoff if a run is waiting)."""
        if self._closed:
            return None
        if self.running:
            with self._active_lock:
                if self._active is not None:
                    self._active.request_now()
            if not auto:
                self.statusMessage.emit(self.tr("Trying again now…"))
            return self.task
        self.progress = None
        self._start_pending = 0
        task = self.runner.submit(self._run_job, lane=SYNC_LANE, name="sync")
        task.succeeded.connect(self._on_run_done)
        task.failed.connect(
            lambda exc: self._on_run_done(
                RunOutcome(time.time(), error=str(exc) or type(exc).__name__)
            )
        )
        task.cancelled.connect(
            lambda: self._on_run_done(RunOutcome(time.time(), error=self.tr("Stopped.")))
        )
        self.task = task
        self.runningChanged.emit(True)
        if not auto:
            self.statusMessage.emit(self.tr("Sending completed assessments to the hub…"))
        return task

    def _run_job(self, ctx: TaskContext) -> RunOutcome:
        """On the sync lane: queue what is completed, then send until the outbox is empty."""
        from desktop.core.sync.runner import SyncRunner

        relay = self._relay
        if ctx.cancelled:
            raise Cancelled
        sync = SyncRunner(
            self.session.gateway(),
            timeout=REQUEST_TIMEOUT,
            progress=lambda p: relay.progress.emit(dataclasses.replace(p)),
        )
        try:
            with self._active_lock:
                self._active = sync
            if ctx.cancelled:
                raise Cancelled
            try:
                result = actions.send_outbox(sync, started=relay.started.emit)
            except AccordError as exc:
                if exc.code not in NOT_ENROLLED:
                    raise
                return RunOutcome(time.time(), not_enrolled=True)
            return RunOutcome(time.time(), report=result.report)
        finally:
            with self._active_lock:
                self._active = None
            sync.close()

    def stop(self) -> None:
        """Stop a run (after the upload in flight, if any); what is left stays queued."""
        if self.task is not None:
            self.task.cancel()
        with self._active_lock:
            if self._active is not None:
                self._active.stop()

    def _on_started(self, pending: int) -> None:
        self._start_pending = pending
        self.runProgress.emit(0, pending, None)

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress = progress
        done = progress.delivered + progress.rejected
        total = max(self._start_pending, done + progress.pending)
        self.runProgress.emit(done, total, progress)
        if progress.last_change is not None:
            self._outbox_changed(frozenset({str(progress.last_change[0])}))

    def _on_run_done(self, outcome: RunOutcome) -> None:
        self.last = outcome
        self.progress = None
        self.runningChanged.emit(False)
        self.runFinished.emit(outcome)
        self._outbox_changed()
        if not self._closed:
            self.refresh()
        self.statusMessage.emit(outcome_text(outcome))

    def after_completion(self, _assessment_id: str = "") -> None:
        """An assessment was completed (and queued): show it, and send it when online."""
        if self._closed:
            return
        self._outbox_changed()
        self.refresh().succeeded.connect(self._send_if_waiting)

    # -- hub, proxy, files ----------------------------------------------------------------------
    def test_connection(self, url: str, proxy: ProxySettings | None = None) -> Task:
        """Ask the hub for its health (work lane); the task's result is its answer."""

        def job(_ctx: TaskContext) -> dict[str, Any]:
            return actions.check_hub_connection(url, proxy, timeout=REQUEST_TIMEOUT)

        return self.runner.submit(job, lane="work", name="test connection")

    def enroll(self, url: str, code: str, label: str) -> Task:
        """Enroll this device (work lane; its database steps on the db lane); the result is
        the HubInfo."""
        gateway = self.session.gateway()

        def job(_ctx: TaskContext) -> Any:
            enrollment = actions.enroll_online(
                gateway, url.strip(), code.strip(), label.strip(), timeout=REQUEST_TIMEOUT
            )
            return enrollment.hub

        task = self.runner.submit(job, lane="work", name="enroll")
        task.succeeded.connect(lambda _hub: self.session.notify(Change("hub")))
        task.succeeded.connect(lambda _hub: self.start())
        return task

    def save_proxy(self, settings: ProxySettings) -> Task:
        """Validate and store the proxy settings (db lane)."""
        task = self._db_call(
            lambda db: actions.proxy(db, settings.mode, settings.url), "save proxy"
        )
        task.succeeded.connect(self._on_proxy_saved)
        return task

    def _on_proxy_saved(self, saved: ProxySettings) -> None:
        self.session.notify(Change("settings", frozenset({"proxy"})))
        # Shown at once (a dialog opened right after sees it), then read back.
        if self.summary is not None:
            self._on_summary(dataclasses.replace(self.summary, proxy=saved))
        self.refresh()

    def export_transfer(self, target: Path) -> Task:
        """Write every undelivered submission to ``target`` (db lane)."""
        task = self._db_call(lambda db: actions.export_for_usb(db, target), "export transfer")
        task.finished.connect(self._outbox_changed)
        task.finished.connect(self.refresh)
        return task

    def import_receipts(self, source: Path) -> Task:
        """Mark delivered what the hub's receipts file confirms (db lane)."""
        task = self._db_call(lambda db: actions.import_receipts(db, source), "import receipts")
        task.finished.connect(self._outbox_changed)
        task.finished.connect(self.refresh)
        return task

    # -- shutdown -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop a run; later calls are refused (the session closes the connection)."""
        if self._closed:
            return
        self.stop()
        self._closed = True
