"""The main window's status bar: the sync's widget, the search index's progress and Cancel,
the problems button and the number of documents (permanent widgets, left to right)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QToolButton

if TYPE_CHECKING:
    from desktop.ui.shell.window_parts import ShellWindow


def build_status_bar(window: ShellWindow) -> None:
    """Create the status bar's widgets as attributes of ``window`` (``count_label``,
    ``index_progress``, ``cancel_index_button``, ``problems_button``)."""
    status = window.statusBar()
    status.setObjectName("statusBar")
    status.setAccessibleName(QCoreApplication.translate("MainWindow", "Status"))
    window.count_label = QLabel("", status)
    window.count_label.setObjectName("docCount")
    window.count_label.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Number of documents")
    )
    progress = window.index_progress = QProgressBar(status)
    progress.setObjectName("indexProgress")
    progress.setAccessibleName(QCoreApplication.translate("MainWindow", "Search index progress"))
    progress.setMaximumWidth(240)
    progress.setMinimumWidth(180)
    progress.setFormat(QCoreApplication.translate("MainWindow", "Indexing %v of %m"))
    progress.setTextVisible(True)
    progress.hide()
    cancel = window.cancel_index_button = QToolButton(status)
    cancel.setObjectName("cancelIndex")
    cancel.setText(QCoreApplication.translate("MainWindow", "Cancel"))
    cancel.setAccessibleName(QCoreApplication.translate("MainWindow", "Cancel indexing"))
    cancel.clicked.connect(window.cancel_indexing)
    cancel.hide()
    problems = window.problems_button = QToolButton(status)
    problems.setObjectName("problemsButton")
    problems.setAccessibleName(QCoreApplication.translate("MainWindow", "Show problems"))
    problems.clicked.connect(window.toggle_problems)
    problems.hide()
    status.addPermanentWidget(window.sync_ui.status_widget)
    status.addPermanentWidget(progress)
    status.addPermanentWidget(cancel)
    status.addPermanentWidget(problems)
    status.addPermanentWidget(window.count_label)


def update_problems_button(window: ShellWindow) -> None:
    """Show how many problems the library has; errors open the problems panel."""
    model = window.problems_dock.model
    button = window.problems_button
    count = model.rowCount()
    errors = model.error_count()
    button.setVisible(count > 0)
    button.setText(
        QCoreApplication.translate("MainWindow", "⚠ Problems: %1").replace("%1", str(count))
        if errors
        else QCoreApplication.translate("MainWindow", "Warnings: %1").replace("%1", str(count))
    )
    button.setProperty("errors", bool(errors))
    button.style().unpolish(button)
    button.style().polish(button)
    if errors and not window.problems_dock.isVisible():
        window.problems_dock.show()
