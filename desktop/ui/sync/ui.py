"""What the window's Sync menu calls: Sync now, Connect to the hub…, Network and proxy…,
Export for USB transfer…, Import receipts….

:class:`SyncUi` holds the :class:`~desktop.ui.sync.controller.SyncController` (the work),
the status bar widget (``status_widget``) and the dialogs (``dialogs``); the window adds
its actions and its widget.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from desktop.ui.sync.controller import SYNC_LANE, SyncController
from desktop.ui.sync.dialogs import EnrollDialog, ProxyDialog
from desktop.ui.sync.status_widget import SyncStatusWidget
from desktop.ui.sync.texts import sentence

if TYPE_CHECKING:
    from desktop.ui.common.session import Session
    from desktop.ui.common.tasks import Task

__all__ = ["SYNC_LANE", "SyncUi"]


class SyncUi(QObject):
    """The Sync menu's actions for a window; dialogs are non-blocking (``dialog``/``prompt``
    hold the one shown, for tests and scripts)."""

    statusMessage = Signal(str)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.controller = SyncController(session, self)
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
                self.tr("Nothing was written: %1").replace("%1", sentence(exc)),
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
                self.tr("The receipts were not imported: %1").replace("%1", sentence(exc)),
                "error",
            )
        )
        return task
