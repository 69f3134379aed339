"""The main window's Help menu: the keyboard shortcuts, the log folder, About."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.core.storage import paths

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.ui.shell.window_parts import ShellWindow


def show_shortcuts(window: ShellWindow) -> QDialog:
    """F1: every shortcut, in human words (``shortcut_sheet``); returns the dialog."""
    from desktop.ui.shell.shortcut_sheet import ShortcutSheet

    sheet = ShortcutSheet(window, cast(QWidget, window))
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.open()
    return sheet


def show_about(window: ShellWindow) -> None:
    """About Accord: the version, the library folder and the data folder."""
    from desktop import __version__

    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Accord"),
        QCoreApplication.translate(
            "MainWindow", "Accord %1 — the offline AI-governance library.\nLibrary: %2\nData: %3"
        )
        .replace("%1", __version__)
        .replace("%2", str(window.library_dir))
        .replace("%3", str(window.data_dir)),
    )


def open_log_folder(window: ShellWindow) -> Path:
    """Show the folder of Accord's log files in the file manager (created if need be);
    when no file manager answers, the status bar names the folder."""
    folder = paths.logs_dir(window.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Accord's log files are in %1").replace(
                "%1", str(folder)
            ),
            10000,
        )
    return folder
