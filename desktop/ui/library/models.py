"""Qt models over the core's plain data: library tree, reading lists, problems, contents.

Models adapt core dataclasses (ARCHITECTURE.md rule 2); views never hold the only copy
of user data. Search results and facets live in ``search_models``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

# The library tree's model and roles live in ``library_tree``; importers find them here too.
from desktop.ui.library.library_tree import (
    COUNT_ROLE,
    DOC_ID_ROLE,
    DOC_TYPE_ROLE,
    GROUP_ROLE,
    LibraryModel,
)

__all__ = ["COUNT_ROLE", "DOC_ID_ROLE", "DOC_TYPE_ROLE", "GROUP_ROLE", "LibraryModel"]

if TYPE_CHECKING:
    from desktop.core.library.documents import Problem
    from desktop.core.library.render import TocEntry

# A string alias: ``A | B`` on Qt classes at import time loads shiboken's signature
# machinery (~0.1 s of start-up), so the union is only spelled for type checkers.
ModelIndex = "QModelIndex | QPersistentModelIndex"

ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 5
FILE_ROLE = Qt.ItemDataRole.UserRole + 6
LINE_ROLE = Qt.ItemDataRole.UserRole + 7


@dataclass(frozen=True)
class DocEntry:
    """One row of a reading list (bookmarks, recent documents)."""

    doc_id: str
    title: str
    when: str = ""
    doc_type: str = ""


class DocRowsModel(QAbstractListModel):
    """A flat list whose rows each name a document (reading lists, search hits).

    Subclasses keep their rows in ``_rows`` and say which document a row names
    (``_doc_id``) and what a row shows for a role (``_row_data``); the row bounds checks
    live here once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _doc_id(self, row: Any) -> str:
        raise NotImplementedError

    def _row_data(self, number: int, row: Any, role: int) -> Any:
        raise NotImplementedError

    def doc_ids(self) -> list[str]:
        """The document ids, in display order."""
        return [self._doc_id(row) for row in self._rows]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._row_data(index.row(), self._rows[index.row()], role)


class DocListModel(DocRowsModel):
    """A list of documents: bookmarks or recently opened ones."""

    _rows: list[DocEntry]

    def set_entries(self, entries: Sequence[DocEntry]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entries(self) -> list[DocEntry]:
        """A copy of the rows."""
        return list(self._rows)

    def _doc_id(self, row: DocEntry) -> str:
        return row.doc_id

    def _row_data(self, number: int, entry: DocEntry, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.doc_id
        if role == DOC_ID_ROLE:
            return entry.doc_id
        if role == DOC_TYPE_ROLE:
            return entry.doc_type
        return None


class ProblemsModel(QAbstractTableModel):
    """Bad files: severity, file, line and what to do; errors first."""

    COLUMNS = ("severity", "file", "line", "message")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Iterable[Problem]) -> None:
        """Replace the list (sorted: errors first, then by file and line)."""
        self.beginResetModel()
        self._problems = sorted(
            problems, key=lambda p: (p.severity != "error", p.file, p.line, p.message)
        )
        self.endResetModel()

    def problems(self) -> list[Problem]:
        """A copy of the rows."""
        return list(self._problems)

    def error_count(self) -> int:
        """How many rows are errors."""
        return sum(1 for p in self._problems if p.severity == "error")

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Severity"), self.tr("File"), self.tr("Line"), self.tr("Problem"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "severity":
                return self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            if column == "file":
                return problem.file
            if column == "line":
                return str(problem.line) if problem.line else ""
            return problem.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{problem.file}:{problem.line}: {problem.message}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            return (
                self.tr("%1 in %2, line %3: %4")
                .replace("%1", kind)
                .replace("%2", problem.file)
                .replace("%3", str(problem.line))
                .replace("%4", problem.message)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "line":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "severity":
            return QColor("#b3261e") if problem.severity == "error" else QColor("#8a5a00")
        if role == FILE_ROLE:
            return problem.file
        if role == LINE_ROLE:
            return problem.line
        return None


class TocModel(QStandardItemModel):
    """A document's table of contents, nested by heading level."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Contents")])

    def set_entries(self, entries: Iterable[TocEntry]) -> None:
        """Rebuild from the renderer's TOC entries (the document title, level 1, is skipped
        when it is the only level-1 heading)."""
        entries = list(entries)
        self.removeRows(0, self.rowCount())
        top_levels = [e for e in entries if e.level == 1]
        if len(top_levels) == 1 and entries and entries[0].level == 1:
            entries = entries[1:]
        stack: list[tuple[int, QStandardItem]] = []
        for entry in entries:
            item = QStandardItem(entry.title)
            item.setEditable(False)
            item.setData(entry.anchor, ANCHOR_ROLE)
            item.setToolTip(entry.title)
            while stack and stack[-1][0] >= entry.level:
                stack.pop()
            if stack:
                stack[-1][1].appendRow(item)
            else:
                self.appendRow(item)
            stack.append((entry.level, item))
