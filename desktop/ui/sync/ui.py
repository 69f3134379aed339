"""The Sync menu and status: send completed assessments to the hub without freezing the UI.

* ``SyncController`` runs the core (``desktop.core.sync_*``) off the UI thread: reads and
  small writes on the ``db`` lane (its own connection), the ``SyncRunner`` on the ``sync``
  lane (one thread, its own connection), enrollment and "Test connection" on the ``work``
  lane. A run is cancellable (``SyncRunner.stop`` wakes it at once) and reports progress
  through signals.
* ``SyncStatusWidget`` sits in the status bar: counts, the last result, progress while
  sending, and Stop.
* ``SyncUi`` is what the window's Sync menu calls: Sync now, Connect to the hub…, Network
  and proxy…, Export for USB transfer…, Import receipts….

A run starts by itself when an assessment is completed, and at start-up when something is
waiting (a background sync with backoff that resumes after a restart); "Sync now" skips
the backoff.
"""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.storage import paths
from desktop.ui.common.tasks import Cancelled, Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.core.sync.config import ProxySettings
    from desktop.core.sync.runner import RunReport, SyncProgress, SyncRunner

SYNC_LANE = "sync"
# The HTTP timeout of one request from the app (shorter than the CLI's: Stop answers
# within one request).
REQUEST_TIMEOUT = 15.0


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncUi", text)


def _button(
    parent: QWidget, text: str, accessible: str, slot: Callable[[], Any], default: bool = False
) -> QPushButton:
    """A dialog button; only the one default button reacts to Enter."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setDefault(default)
    button.setAutoDefault(default)
    button.clicked.connect(slot)
    return button


def _add_button_row(layout: QVBoxLayout, left: QPushButton, *right: QPushButton) -> None:
    """One button on the left, the rest (default first) on the right."""
    row = QHBoxLayout()
    row.addWidget(left)
    row.addStretch(1)
    for button in right:
        row.addWidget(button)
    layout.addLayout(row)


# --- plain data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncSummary:
    """What the status bar and the dialogs show (read on the db lane)."""

    enrolled: bool
    hub_url: str | None
    hub_id: str | None
    hub_key_id: str | None
    device_id: str | None
    proxy: ProxySettings
    counts: dict[str, int]
    not_queued: int
    last_delivered: str | None

    @property
    def online(self) -> bool:
        """Enrolled with a hub that has an address (not USB only)."""
        return self.enrolled and bool(self.hub_url)

    @property
    def pending(self) -> int:
        return self.counts.get("queued", 0) + self.counts.get("sending", 0)


def read_summary(db: sqlite_utils.Database) -> SyncSummary:
    """One read of the sync state (``sync_status``)."""
    from desktop.core.sync.status import sync_status

    status = sync_status(db)
    delivered = [e.delivered for e in status.items if e.delivered]
    return SyncSummary(
        enrolled=status.hub is not None,
        hub_url=status.hub.url if status.hub else None,
        hub_id=status.hub.hub_id if status.hub else None,
        hub_key_id=status.hub.key_id if status.hub else None,
        device_id=status.device_id,
        proxy=status.proxy,
        counts=dict(status.counts),
        not_queued=len(status.not_queued),
        last_delivered=max(delivered) if delivered else None,
    )


@dataclass(frozen=True)
class RunOutcome:
    """How a sync run ended: a report, or an error for people."""

    when: float
    report: RunReport | None = None
    error: str | None = None
    not_enrolled: bool = False


def check_hub_url(url: str) -> str | None:
    """Why ``url`` is not a hub address, or None when it is usable."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return _t("Write the hub's address as http://host:port, for example http://10.0.0.5:8470.")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return _t("The port in the hub's address is not a number between 1 and 65535.")
    return None


def state_text(counts: dict[str, int]) -> str:
    """'2 waiting · 5 delivered · 1 rejected' (only what is there)."""
    parts = []
    waiting = counts.get("queued", 0) + counts.get("sending", 0)
    if waiting:
        parts.append(_t("%1 waiting").replace("%1", str(waiting)))
    if counts.get("delivered"):
        parts.append(_t("%1 delivered").replace("%1", str(counts["delivered"])))
    if counts.get("rejected"):
        parts.append(_t("%1 rejected").replace("%1", str(counts["rejected"])))
    return " · ".join(parts) if parts else _t("nothing to send")


# --- the controller ------------------------------------------------------------------------------


class _Relay(QObject):
    """Carries the runner's reports from the sync thread to the UI thread."""

    progress = Signal(object)  # SyncProgress (a copy)
    started = Signal(int)  # items waiting when the run started


class SyncController(QObject):
    """Sync work off the UI thread; see the module docstring."""

    summaryChanged = Signal(object)  # SyncSummary
    outboxChanged = Signal()  # an item changed state: lists showing it refresh
    runningChanged = Signal(bool)
    runProgress = Signal(int, int, object)  # done, total, SyncProgress
    runFinished = Signal(object)  # RunOutcome
    statusMessage = Signal(str)

    def __init__(self, runner: TaskRunner, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_dir = Path(data_dir)
        self.db_path = paths.database_path(self.data_dir)
        self._db: sqlite_utils.Database | None = None  # touched on the db lane only
        self.summary: SyncSummary | None = None
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
        path = self.db_path
        backups = paths.backups_dir(self.data_dir)

        def job(_ctx: TaskContext) -> Any:
            if self._closed:
                raise RuntimeError(_t("Accord is closing."))
            if self._db is None:
                from desktop.core.storage.db import open_database

                path.parent.mkdir(parents=True, exist_ok=True)
                # Checked and version-guarded like every connection (a newer database is
                # refused, never written to).
                self._db = open_database(path, backups)
            return fn(self._db)

        return self.runner.submit(job, lane="db", name=name)

    def refresh(self) -> Task:
        """Read the sync state again; ``summaryChanged`` follows."""
        task = self._db_call(read_summary, "sync status")
        task.succeeded.connect(self._on_summary)
        task.failed.connect(
            lambda exc: self.statusMessage.emit(
                self.tr("The sync status could not be read: %1").replace("%1", _sentence(exc))
            )
        )
        return task

    def _on_summary(self, summary: SyncSummary) -> None:
        self.summary = summary
        self.summaryChanged.emit(summary)

    def start(self) -> Task:
        """At start-up: read the state; resume sending when something is waiting."""
        task = self.refresh()

        def resume(summary: SyncSummary) -> None:
            if summary.online and (summary.pending or summary.not_queued):
                self.sync_now(auto=True)

        task.succeeded.connect(resume)
        return task

    # -- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
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
        path, relay = self.db_path, self._relay

        def job(ctx: TaskContext) -> RunOutcome:
            from desktop.core.storage.db import open_database
            from desktop.core.sync.outbox import pending_count, queue_completed
            from desktop.core.sync.runner import NotEnrolledError, SyncRunner

            if ctx.cancelled:
                raise Cancelled
            db = open_database(path)
            sync = SyncRunner(
                db,
                timeout=REQUEST_TIMEOUT,
                progress=lambda p: relay.progress.emit(dataclasses.replace(p)),
            )
            try:
                with self._active_lock:
                    self._active = sync
                if ctx.cancelled:
                    raise Cancelled
                queue_completed(db)
                relay.started.emit(pending_count(db))
                try:
                    report = sync.run(until_idle=True)
                except NotEnrolledError:
                    return RunOutcome(time.time(), not_enrolled=True)
                return RunOutcome(time.time(), report=report)
            finally:
                with self._active_lock:
                    self._active = None
                sync.close()
                db.close()

        self.progress = None
        self._start_pending = 0
        task = self.runner.submit(job, lane=SYNC_LANE, name="sync")
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
            self.outboxChanged.emit()

    def _on_run_done(self, outcome: RunOutcome) -> None:
        self.last = outcome
        self.progress = None
        self.runningChanged.emit(False)
        self.runFinished.emit(outcome)
        self.outboxChanged.emit()
        if not self._closed:
            self.refresh()
        self.statusMessage.emit(outcome_text(outcome))

    def after_completion(self, _assessment_id: str = "") -> None:
        """An assessment was completed (and queued): show it, and send it when online."""
        if self._closed:
            return
        self.outboxChanged.emit()
        task = self.refresh()

        def send(summary: SyncSummary) -> None:
            if summary.online and (summary.pending or summary.not_queued):
                self.sync_now(auto=True)

        task.succeeded.connect(send)

    # -- hub, proxy, files ----------------------------------------------------------------------
    def test_connection(self, url: str, proxy: ProxySettings | None = None) -> Task:
        """Ask the hub for its health (work lane); the task's result is its answer."""

        def job(_ctx: TaskContext) -> dict[str, Any]:
            from desktop.core.sync.client import check_connection

            return check_connection(url.strip(), proxy, timeout=REQUEST_TIMEOUT)

        return self.runner.submit(job, lane="work", name="test connection")

    def enroll(self, url: str, code: str, label: str) -> Task:
        """Enroll this device (work lane, its own connection); the result is the HubInfo."""
        path, backups = self.db_path, paths.backups_dir(self.data_dir)

        def job(_ctx: TaskContext) -> Any:
            from desktop.core.storage.db import open_database
            from desktop.core.sync.client import enroll

            path.parent.mkdir(parents=True, exist_ok=True)
            db = open_database(path, backups)
            try:
                return enroll(db, url.strip(), code.strip(), label.strip(), timeout=REQUEST_TIMEOUT)
            finally:
                db.close()

        task = self.runner.submit(job, lane="work", name="enroll")
        task.succeeded.connect(lambda _hub: self.start())
        return task

    def save_proxy(self, settings: ProxySettings) -> Task:
        """Validate and store the proxy settings (db lane)."""
        from desktop.core.sync.config import save_proxy_settings

        task = self._db_call(lambda db: save_proxy_settings(db, settings), "save proxy")
        task.succeeded.connect(self._on_proxy_saved)
        return task

    def _on_proxy_saved(self, saved: ProxySettings) -> None:
        # Shown at once (a dialog opened right after sees it), then read back.
        if self.summary is not None:
            self._on_summary(dataclasses.replace(self.summary, proxy=saved))
        self.refresh()

    def export_transfer(self, target: Path) -> Task:
        """Write every undelivered submission to ``target`` (db lane)."""

        def fn(db: sqlite_utils.Database) -> Any:
            from desktop.core.sync.outbox import queue_completed
            from desktop.core.sync.transfer import export_transfer

            queue_completed(db)
            return export_transfer(db, target)

        task = self._db_call(fn, "export transfer")
        task.finished.connect(self.outboxChanged)
        task.finished.connect(self.refresh)
        return task

    def import_receipts(self, source: Path) -> Task:
        """Mark delivered what the hub's receipts file confirms (db lane)."""
        from desktop.core.sync.transfer import import_receipts

        task = self._db_call(lambda db: import_receipts(db, source), "import receipts")
        task.finished.connect(self.outboxChanged)
        task.finished.connect(self.refresh)
        return task

    # -- shutdown -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop a run and close the connection after the queued db work (does not wait)."""
        if self._closed:
            return
        self.stop()
        self._closed = True

        def job(_ctx: TaskContext) -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        self.runner.submit(job, lane="db", name="close sync")


def outcome_text(outcome: RunOutcome) -> str:
    """The last sync's result in one sentence."""
    if outcome.not_enrolled:
        return _t("Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).")
    if outcome.error:
        return _t("Sync stopped: %1").replace("%1", outcome.error)
    report = outcome.report
    if report is None:
        return ""
    text = (
        _t("Sync finished: %1 delivered, %2 rejected, %3 still to send.")
        .replace("%1", str(report.delivered))
        .replace("%2", str(report.rejected))
        .replace("%3", str(report.remaining))
    )
    if report.stopped_because == "stopped" and report.remaining:
        text = (
            _t("Sync stopped: %1 delivered; %2 still to send (they stay queued).")
            .replace("%1", str(report.delivered))
            .replace("%2", str(report.remaining))
        )
    return text


def _clock(when: float) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(when)), QLocale.FormatType.ShortFormat
    )


# --- the status bar area ---------------------------------------------------------------------


class SyncStatusWidget(QWidget):
    """Counts and the last result; progress and Stop while sending. Click to sync now."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.button = QToolButton(self)
        self.button.setObjectName("syncButton")
        self.button.setAccessibleName(self.tr("Sync status; press to sync now"))
        self.button.setAutoRaise(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m sent"))
        self.progress.hide()
        self.stop_button = QToolButton(self)
        self.stop_button.setObjectName("syncStop")
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop sending"))
        self.stop_button.setToolTip(self.tr("Stop sending; what is left stays queued"))
        self.stop_button.clicked.connect(controller.stop)
        self.stop_button.hide()
        layout.addWidget(self.button)
        layout.addWidget(self.progress)
        layout.addWidget(self.stop_button)
        controller.summaryChanged.connect(lambda _s: self.update_text())
        controller.runningChanged.connect(self._on_running)
        controller.runProgress.connect(self._on_progress)
        controller.runFinished.connect(lambda _o: self.update_text())
        self.update_text()

    def _on_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first count
        self.update_text()

    def _on_progress(self, done: int, total: int, progress: SyncProgress | None) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if progress is not None and progress.failures:
            wait = progress.next_try_in or 0
            self.button.setText(
                self.tr("Hub not reachable; next try in %1 s").replace("%1", f"{wait:.0f}")
            )
            self.button.setToolTip(
                self.tr("%1\nPress to try again now.").replace("%1", progress.last_error or "")
            )
        elif total > 0:
            self.button.setText(
                self.tr("Sending %1 of %2…")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )

    def update_text(self) -> None:
        """The idle text: counts; the tooltip adds the hub and the last result."""
        c = self.controller
        summary = c.summary
        if c.running:
            if c.progress is None:
                self.button.setText(self.tr("Sending…"))
            return
        if summary is None:
            self.button.setText(self.tr("Sync"))
            self.button.setToolTip(self.tr("Sync now"))
            return
        if not summary.enrolled:
            text = self.tr("Sync: not connected")
        else:
            text = self.tr("Sync: %1").replace("%1", state_text(summary.counts))
        self.button.setText(text)
        lines = []
        if summary.enrolled:
            lines.append(
                self.tr("Hub: %1").replace("%1", summary.hub_url or self.tr("USB transfer only"))
            )
        else:
            lines.append(self.tr("Not connected to a hub: Sync → Connect to the hub…"))
        lines.append(
            self.tr("Waiting: %1 · delivered: %2 · rejected: %3")
            .replace("%1", str(summary.pending))
            .replace("%2", str(summary.counts.get("delivered", 0)))
            .replace("%3", str(summary.counts.get("rejected", 0)))
        )
        if c.last is not None:
            lines.append(
                self.tr("Last sync %1: %2")
                .replace("%1", _clock(c.last.when))
                .replace("%2", outcome_text(c.last))
            )
        lines.append(self.tr("Press to sync now (F9)."))
        tip = "\n".join(lines)
        self.button.setToolTip(tip)
        self.button.setAccessibleDescription(tip)


# --- dialogs --------------------------------------------------------------------------------------


def _status_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("dialogStatus")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(QCoreApplication.translate("SyncUi", "Status"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumHeight(36)
    return label


def _set_status(label: QLabel, text: str, kind: str = "info") -> None:
    colour = {"error": "#b3261e", "ok": "#2e7d32"}.get(kind)
    label.setStyleSheet(f"color: {colour};" if colour else "")
    label.setText(text)


class EnrollDialog(QDialog):
    """Connect to the hub: its address and a one-time code; Test connection first."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Connect to the hub"))
        self.setAccessibleName(self.tr("Connect to the hub"))
        self.controller = controller
        self.task: Task | None = None
        summary = controller.summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Ask the hub's operator for its address and a one-time code. This computer "
                "then sends each completed assessment to that hub, signed with its own key "
                "and sealed so only the hub can read it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if summary is not None and summary.enrolled:
            current = QLabel(
                self.tr(
                    "Connected now to %1. Connecting again replaces that hub; assessments "
                    "waiting to be sent are sealed for the new one."
                ).replace("%1", summary.hub_url or self.tr("a hub (USB transfer only)")),
                self,
            )
            current.setWordWrap(True)
            current.setObjectName("currentHub")
            layout.addWidget(current)
        form = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setObjectName("hubUrl")
        self.url.setAccessibleName(self.tr("Hub address"))
        self.url.setPlaceholderText("http://10.0.0.5:8470")
        if summary is not None and summary.hub_url:
            self.url.setText(summary.hub_url)
        self.code = QLineEdit(self)
        self.code.setObjectName("enrollCode")
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.label = QLineEdit(socket.gethostname(), self)
        self.label.setObjectName("deviceLabel")
        self.label.setAccessibleName(self.tr("Name of this computer on the hub"))
        form.addRow(self.tr("Hub &address:"), self.url)
        form.addRow(self.tr("One-time &code:"), self.code)
        form.addRow(self.tr("&Name of this computer:"), self.label)
        layout.addLayout(form)
        self.status = _status_label(self)
        layout.addWidget(self.status)
        self.test_button = _button(
            self, self.tr("&Test connection"), self.tr("Test the connection to the hub"), self.test
        )
        self.connect_button = _button(
            self, self.tr("C&onnect"), self.tr("Connect to the hub"), self.enroll, default=True
        )
        self.connect_button.setObjectName("primaryButton")
        self.cancel_button = _button(self, self.tr("Cancel"), self.tr("Cancel"), self.reject)
        _add_button_row(layout, self.test_button, self.connect_button, self.cancel_button)
        self.setMinimumWidth(520)
        (self.code if self.url.text() else self.url).setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.connect_button, self.url, self.code, self.label):
            widget.setEnabled(not busy)

    def test(self) -> Task | None:
        """Test connection: the hub's health with the saved proxy settings."""
        problem = check_hub_url(self.url.text())
        if problem:
            _set_status(self.status, problem, "error")
            self.url.setFocus()
            return None
        summary = self.controller.summary
        _set_status(self.status, self.tr("Testing the connection…"))
        self._busy(True)
        task = self.controller.test_connection(self.url.text(), summary.proxy if summary else None)
        task.succeeded.connect(
            lambda answer: _set_status(
                self.status,
                self.tr("The hub answered (%1). Enter the one-time code and connect.").replace(
                    "%1", str(answer.get("hub_id") or answer.get("version") or "ok")
                ),
                "ok",
            )
        )
        task.failed.connect(lambda exc: _set_status(self.status, _sentence(exc), "error"))
        task.finished.connect(lambda: self._busy(False))
        self.task = task
        return task

    def enroll(self) -> Task | None:
        """Connect: register this computer's key with the code."""
        problem = check_hub_url(self.url.text())
        if problem:
            _set_status(self.status, problem, "error")
            self.url.setFocus()
            return None
        if not self.code.text().strip():
            _set_status(
                self.status, self.tr("Enter the one-time code from the hub's operator."), "error"
            )
            self.code.setFocus()
            return None
        _set_status(self.status, self.tr("Connecting…"))
        self._busy(True)
        task = self.controller.enroll(self.url.text(), self.code.text(), self.label.text())
        task.succeeded.connect(self._on_enrolled)
        task.failed.connect(lambda exc: _set_status(self.status, _sentence(exc), "error"))
        task.finished.connect(lambda: self._busy(False))
        self.task = task
        return task

    def _on_enrolled(self, hub: Any) -> None:
        self.controller.statusMessage.emit(
            self.tr("Connected to the hub %1 (key %2).")
            .replace("%1", hub.url or hub.hub_id)
            .replace("%2", hub.key_id)
        )
        self.accept()


def _sentence(exc: BaseException) -> str:
    text = (str(exc) or type(exc).__name__).strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


class ProxyDialog(QDialog):
    """Network and proxy: the system's settings, direct, or a proxy address (validated)."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyDialog")
        self.setWindowTitle(self.tr("Network and proxy"))
        self.setAccessibleName(self.tr("Network and proxy"))
        self.controller = controller
        self.task: Task | None = None
        summary = controller.summary
        current = summary.proxy if summary is not None else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        intro = QLabel(
            self.tr("How Accord reaches the hub. Most offices need the system's settings."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.system = QRadioButton(
            self.tr("Use the &system's proxy settings (HTTPS_PROXY, NO_PROXY)"), self
        )
        self.none = QRadioButton(self.tr("Connect &directly (no proxy)"), self)
        self.manual = QRadioButton(self.tr("Use this &proxy:"), self)
        self.group = QButtonGroup(self)
        for button, mode in ((self.system, "system"), (self.none, "none"), (self.manual, "manual")):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setProperty("mode", mode)
            self.group.addButton(button)
            layout.addWidget(button)
        self.url = QLineEdit(self)
        self.url.setObjectName("proxyUrl")
        self.url.setAccessibleName(self.tr("Proxy address"))
        self.url.setPlaceholderText("http://proxy.example:3128")
        indent = QHBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)
        indent.addWidget(self.url)
        layout.addLayout(indent)
        self.status = _status_label(self)
        layout.addWidget(self.status)
        self.test_button = _button(
            self, self.tr("&Test connection"), self.tr("Test the connection to the hub"), self.test
        )
        self.test_button.setEnabled(bool(summary and summary.hub_url))
        if not self.test_button.isEnabled():
            self.test_button.setToolTip(self.tr("Connect to a hub first."))
        self.save_button = _button(
            self, self.tr("&Save"), self.tr("Save the network settings"), self.save, default=True
        )
        self.cancel_button = _button(self, self.tr("Cancel"), self.tr("Cancel"), self.reject)
        _add_button_row(layout, self.test_button, self.save_button, self.cancel_button)
        mode = current.mode if current is not None else "system"
        {"system": self.system, "none": self.none, "manual": self.manual}.get(
            mode, self.system
        ).setChecked(True)
        if current is not None and current.url:
            self.url.setText(current.url)
        self.group.buttonToggled.connect(lambda *_a: self._validate())
        self.url.textChanged.connect(lambda _t: self._validate())
        self.setMinimumWidth(500)
        self._validate()

    def settings(self) -> ProxySettings:
        """The settings as chosen (not validated)."""
        from desktop.core.sync.config import ProxySettings

        button = self.group.checkedButton()
        mode = str(button.property("mode")) if button is not None else "system"
        return ProxySettings(mode, self.url.text().strip() if mode == "manual" else None)

    def _validate(self) -> bool:
        from desktop.core.sync.config import SyncConfigError, validate_proxy

        self.url.setEnabled(self.manual.isChecked())
        try:
            validate_proxy(self.settings())
        except SyncConfigError as exc:
            _set_status(self.status, _sentence(exc), "error")
            self.save_button.setEnabled(False)
            return False
        _set_status(self.status, "")
        self.save_button.setEnabled(True)
        return True

    def test(self) -> Task | None:
        summary = self.controller.summary
        if not self._validate() or summary is None or not summary.hub_url:
            return None
        from desktop.core.sync.config import validate_proxy

        _set_status(self.status, self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        task = self.controller.test_connection(summary.hub_url, validate_proxy(self.settings()))
        task.succeeded.connect(
            lambda _a: _set_status(
                self.status, self.tr("The hub answered: the settings work."), "ok"
            )
        )
        task.failed.connect(lambda exc: _set_status(self.status, _sentence(exc), "error"))
        task.finished.connect(lambda: self.test_button.setEnabled(True))
        self.task = task
        return task

    def save(self) -> Task | None:
        if not self._validate():
            return None
        task = self.controller.save_proxy(self.settings())
        task.succeeded.connect(lambda _s: self.accept())
        task.failed.connect(lambda exc: _set_status(self.status, _sentence(exc), "error"))
        self.task = task
        return task


# --- what the Sync menu calls ----------------------------------------------------------------


class SyncUi(QObject):
    """The Sync menu's actions for a window; dialogs are non-blocking (``dialog``/``prompt``
    hold the one shown, for tests and scripts)."""

    statusMessage = Signal(str)

    def __init__(self, runner: TaskRunner, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.controller = SyncController(runner, data_dir, self)
        self.controller.statusMessage.connect(self.statusMessage)
        self.status_widget = SyncStatusWidget(self.controller, window)
        self.status_widget.button.clicked.connect(self.sync_now)
        self.dialog: QDialog | None = None
        self.prompt: QMessageBox | None = None

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _info(self, title: str, text: str, kind: str = "info") -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("syncMessage")
        box.setIcon(QMessageBox.Icon.Warning if kind == "error" else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)

        def finished(_result: int) -> None:
            # Forget the box before Qt deletes it, so nothing reads a dead object.
            if self.prompt is box:
                self.prompt = None
            box.deleteLater()

        box.finished.connect(finished)
        self.prompt = box
        box.open()
        return box

    def sync_now(self) -> Task | None:
        """Sync now (F9); first the connect dialog when no hub is known yet."""
        summary = self.controller.summary
        if summary is not None and not summary.online:
            dialog = self.connect_hub()
            status = dialog.findChild(QLabel, "dialogStatus")
            if status is not None:
                status.setText(
                    self.tr("Connect this computer to the hub first; then it sends by itself.")
                )
            return None
        return self.controller.sync_now()

    def connect_hub(self) -> EnrollDialog:
        """Connect to the hub…"""
        dialog = EnrollDialog(self.controller, self.window)
        self._show(dialog)
        return dialog

    def network_settings(self) -> ProxyDialog:
        """Network and proxy…"""
        dialog = ProxyDialog(self.controller, self.window)
        self._show(dialog)
        return dialog

    def choose_export_file(self) -> Path | None:
        """Where to write the transfer file (tests replace this)."""
        suggested = Path.home() / time.strftime("accord-transfer-%Y%m%d-%H%M.json")
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export for USB transfer"),
            str(suggested),
            self.tr("Accord transfer files (*.json)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".json")

    def export_for_usb(self) -> Task | None:
        """Export for USB transfer…: every undelivered submission in one file."""
        summary = self.controller.summary
        if summary is not None and not summary.enrolled:
            self._info(
                self.tr("Export for USB transfer"),
                self.tr(
                    "This computer is not connected to a hub yet, so nothing can be sealed "
                    "for it. Connect first (Sync → Connect to the hub…)."
                ),
                "error",
            )
            return None
        target = self.choose_export_file()
        if target is None:
            return None
        task = self.controller.export_transfer(target)
        task.succeeded.connect(
            lambda report: self._info(
                self.tr("Export for USB transfer"),
                self.tr(
                    "Wrote %1 submission(s) to %2. Give the file to the hub's operator. "
                    "They stay “waiting” here until the hub's receipts come back: import "
                    "them with Sync → Import receipts…."
                )
                .replace("%1", str(report.count))
                .replace("%2", str(report.path)),
            )
        )
        task.failed.connect(
            lambda exc: self._info(
                self.tr("Export for USB transfer"),
                self.tr("Nothing was written: %1").replace("%1", _sentence(exc)),
                "error",
            )
        )
        return task

    def choose_receipts_file(self) -> Path | None:
        """The hub's receipts file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import receipts"),
            str(Path.home()),
            self.tr("Receipts files (*.json);;All files (*)"),
        )
        return Path(name) if name else None

    def import_receipts(self) -> Task | None:
        """Import receipts…: mark delivered what the hub confirms."""
        source = self.choose_receipts_file()
        if source is None:
            return None
        task = self.controller.import_receipts(source)
        task.succeeded.connect(
            lambda n: self._info(
                self.tr("Import receipts"),
                self.tr("%1 submission(s) marked delivered.").replace("%1", str(n)),
            )
        )
        task.failed.connect(
            lambda exc: self._info(
                self.tr("Import receipts"),
                self.tr("The receipts were not imported: %1").replace("%1", _sentence(exc)),
                "error",
            )
        )
        return task
