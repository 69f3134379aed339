"""The sync's place in the status bar: counts and the last result; progress and Stop while
sending. Pressing it syncs now (F9 does the same)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from desktop.ui.sync.controller import outcome_text
from desktop.ui.sync.texts import clock, state_text

if TYPE_CHECKING:
    from desktop.core.sync.runner import SyncProgress
    from desktop.ui.sync.controller import SyncController


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
                .replace("%1", clock(c.last.when))
                .replace("%2", outcome_text(c.last))
            )
        lines.append(self.tr("Press to sync now (F9)."))
        tip = "\n".join(lines)
        self.button.setToolTip(tip)
        self.button.setAccessibleDescription(tip)
