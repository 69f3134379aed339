"""The problems panel: a dock listing bad files with file, line and what to do."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from desktop.ui.library.models import FILE_ROLE, LINE_ROLE, ProblemsModel


class ProblemsDock(QDockWidget):
    """Lists ``Problem`` rows; activating one asks to open its file if it is a document."""

    fileActivated = Signal(str, int)  # library-relative file, line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDock")
        self.setWindowTitle(self.tr("Problems"))
        self.setAccessibleName(self.tr("Problems in the library"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.model = ProblemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("problemsTable")
        self.table.setAccessibleName(self.tr("Problems: file, line and message"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)
        self.setWidget(self.table)

    def _on_activated(self, index: QModelIndex) -> None:
        file = index.data(FILE_ROLE)
        if file:
            self.fileActivated.emit(file, int(index.data(LINE_ROLE) or 0))
