"""The "What changed" tree: new, updated and removed documents, one group per kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from desktop.core.packs.changes import DocumentChange
    from desktop.core.packs.result import InstallResult

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 60
KIND_ROLE = Qt.ItemDataRole.UserRole + 61


def _t(text: str) -> str:
    return QCoreApplication.translate("PackInstall", text)


@dataclass(frozen=True)
class _Group:
    kind: str  # "added", "updated", "removed"
    title: str
    items: list[tuple[str, DocumentChange]]  # (pack id, change)


class ChangesModel(QAbstractItemModel):
    """New, updated and removed documents: one group per kind, documents below it."""

    COLUMNS = ("document", "id")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._show_pack = False

    def set_results(self, results: list[InstallResult]) -> None:
        """Show the changes of ``results`` (empty groups are left out)."""
        titles = {
            "added": QCoreApplication.translate("PackInstall", "New documents (%1)"),
            "updated": QCoreApplication.translate("PackInstall", "Updated documents (%1)"),
            "removed": QCoreApplication.translate("PackInstall", "Removed documents (%1)"),
        }
        groups = []
        for kind in ("added", "updated", "removed"):
            items = [(r.pack_id, change) for r in results for change in getattr(r.changes, kind)]
            items.sort(key=lambda pc: (pc[1].title.casefold(), pc[1].id))
            if items:
                groups.append(_Group(kind, titles[kind].replace("%1", str(len(items))), items))
        self.beginResetModel()
        self._groups = groups
        self._show_pack = len({r.pack_id for r in results}) > 1
        self.endResetModel()

    def total(self) -> int:
        """How many documents are listed."""
        return sum(len(g.items) for g in self._groups)

    # -- the tree: internalId 0 for a group, group number + 1 for a document under it
    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: ModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("PackInstall", "Document")
        if section == 1:
            return QCoreApplication.translate("PackInstall", "Id")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return group.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == KIND_ROLE:
                return group.kind
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
                return group.title
            return None
        group = self._groups[int(index.internalId()) - 1]
        pack, change = group.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                title = change.title or change.id
                return f"{title}  [{pack}]" if self._show_pack else title
            return change.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{change.path} ({pack})"
        if role == DOC_ID_ROLE:
            return None if group.kind == "removed" else change.id
        if role == KIND_ROLE:
            return group.kind
        return None
