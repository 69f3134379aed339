"""A read-only table model over a list of plain row objects (one object per line).

Subclasses name their columns in ``COLUMNS`` and say what a header and a cell show
(``header`` and ``cell``); the rows, their count, the bounds checks and the reset when the
rows change are here once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


class RowTableModel(QAbstractTableModel):
    """A flat table: row ``n`` shows ``rows()[n]``, column ``c`` is ``COLUMNS[c]``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """A copy of the rows shown."""
        return list(self._rows)

    def row_at(self, index: ModelIndex) -> Any:
        """The row object behind ``index`` (None for an invalid or stale index)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        return self.header(self.COLUMNS[section], role)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        row = self.row_at(index)
        return None if row is None else self.cell(row, self.COLUMNS[index.column()], role)

    def header(self, column: str, role: int) -> Any:
        """What the header of ``column`` shows in ``role`` (None: nothing)."""
        return None

    def cell(self, row: Any, column: str, role: int) -> Any:
        """What ``column`` of ``row`` shows in ``role`` (None: nothing)."""
        return None
