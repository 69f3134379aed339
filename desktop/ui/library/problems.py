"""The problems panel: a dock listing bad files with file, line and what to do."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
        # An empty table says nothing: say that every file was read.
        self.empty = QLabel(
            self.tr("No problems: every file of the library was read without an error."), self
        )
        self.empty.setObjectName("noProblems")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No problems"))
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read out when opened
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_empty)
        self._show_empty()

    def _show_empty(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def focus_list(self) -> None:
        """The keyboard focus to the problems (or to "No problems")."""
        target = self.empty if self.model.rowCount() == 0 else self.table
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_activated(self, index: QModelIndex) -> None:
        file = index.data(FILE_ROLE)
        if file:
            self.fileActivated.emit(file, int(index.data(LINE_ROLE) or 0))
