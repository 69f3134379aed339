"""The library browser's model: documents by type and by component, with counts.

A plain item model over the core's documents rather than a ``QStandardItemModel``: a
10,000-document library has some 30,000 rows (each document once by type and once per
component), and a stored item for each, with its texts copied into Qt, cost tens of
megabytes. Here a row is a reference to its document; what a view asks is worked out then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from desktop.core.library.components import COMPONENTS, DOC_TYPES
from desktop.ui.common.labels import component_label, type_label, type_plural

if TYPE_CHECKING:
    from desktop.core.library.documents import Document

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DOC_TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # ("type" | "component", key) on group rows
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4

# Internal ids say where a row's parent is: 0 for a section (top level), 1 + section for a
# group, and past GROUP_IDS one number per (section, group) for a document.
GROUP_IDS = 1000
PER_SECTION = 1_000_000
_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
# A string alias: ``A | B`` on Qt classes at import time loads shiboken's signature
# machinery, so the union is only spelled for type checkers.
ModelIndex = "QModelIndex | QPersistentModelIndex"


@dataclass
class _Group:
    """A section ("By type") or a group ("Standards") of the tree."""

    label: str
    key: tuple[str, str]
    count: int
    spoken: str  # the accessible text: the label and the count
    groups: list[_Group] = field(default_factory=list)
    docs: list[Document] = field(default_factory=list)


class LibraryModel(QAbstractItemModel):
    """The library browser: documents by type and by component, with counts.

    Group rows carry their number of documents in ``COUNT_ROLE`` (drawn as a pill by
    ``CountDelegate``); document rows carry ``DOC_ID_ROLE`` and ``DOC_TYPE_ROLE``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[_Group] = []
        self._doc_count = 0

    @property
    def document_count(self) -> int:
        """How many documents the model shows."""
        return self._doc_count

    def set_documents(self, documents: Iterable[Document]) -> None:
        """Rebuild the tree from the library's documents."""
        docs = sorted(documents, key=lambda d: d.title.casefold())
        self.beginResetModel()
        self._doc_count = len(docs)
        self._sections = [self._by_type(docs), self._by_component(docs)]
        self.endResetModel()

    def _by_type(self, docs: list[Document]) -> _Group:
        by_type: dict[str, list[Document]] = {}
        for doc in docs:
            by_type.setdefault(doc.type, []).append(doc)
        order = [t for t in DOC_TYPES if t in by_type] + sorted(
            t for t in by_type if t not in DOC_TYPES
        )
        section = self._group(self.tr("By type"), ("section", "type"), len(docs))
        for doc_type in order:
            members = by_type[doc_type]
            group = self._group(type_plural(doc_type), ("type", doc_type), len(members))
            group.docs = members
            section.groups.append(group)
        return section

    def _by_component(self, docs: list[Document]) -> _Group:
        by_component: dict[str, list[Document]] = {}
        for doc in docs:
            for component in doc.components or [""]:
                by_component.setdefault(component, []).append(doc)
        order = [c for c in COMPONENTS if c in by_component] + sorted(
            c for c in by_component if c and c not in COMPONENTS
        )
        if "" in by_component:
            order.append("")
        assigned = len([d for d in docs if d.components])
        section = self._group(
            self.tr("By Safety Index component"), ("section", "component"), assigned
        )
        for component in order:
            label = component_label(component) if component else self.tr("No component")
            members = by_component[component]
            group = self._group(label, ("component", component), len(members))
            group.docs = members
            section.groups.append(group)
        return section

    def _group(self, label: str, key: tuple[str, str], count: int) -> _Group:
        spoken = self.tr("%1, documents: %n", "", count).replace("%1", label)
        return _Group(label, key, count, spoken)

    # ----------------------------------------------------------------- the tree

    def _node(self, index: ModelIndex) -> _Group | Document | None:
        """The section, group or document a valid index stands for."""
        where, row = index.internalId(), index.row()
        if where == 0:
            return self._sections[row]
        if where <= GROUP_IDS:
            return self._sections[where - 1].groups[row]
        section, group = divmod(where - GROUP_IDS - 1, PER_SECTION)
        return self._sections[section].groups[group].docs[row]

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, 1 + parent.row())
        section = parent.internalId() - 1
        return self.createIndex(row, column, GROUP_IDS + 1 + section * PER_SECTION + parent.row())

    def parent(self, child: ModelIndex | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        where = child.internalId()
        if where == 0:
            return QModelIndex()
        if where <= GROUP_IDS:
            return self.createIndex(where - 1, 0, 0)
        section, group = divmod(where - GROUP_IDS - 1, PER_SECTION)
        return self.createIndex(group, 0, 1 + section)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.column() != 0:
            return 0
        node = self._node(parent)
        if isinstance(node, _Group):
            return len(node.groups) if node.key[0] == "section" else len(node.docs)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role in _DISPLAY:
            return self.tr("Library")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if isinstance(node, _Group):
            return _group_data(node, role)
        if role in _DISPLAY:
            return node.title
        if role == DOC_ID_ROLE:
            return node.id
        if role == DOC_TYPE_ROLE:
            return node.type
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.summary or node.path
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{node.title}, {type_label(node.type)}"
        return None

    def find_group(self, kind: str, key: str) -> QModelIndex:
        """The index of a group row, e.g. ('type', 'standard'); invalid if absent."""
        for section, node in enumerate(self._sections):
            for row, group in enumerate(node.groups):
                if group.key == (kind, key):
                    return self.index(row, 0, self.index(section, 0))
        return QModelIndex()


def _group_data(group: _Group, role: int) -> Any:
    """What a section or group row shows for ``role``."""
    if role in _DISPLAY:
        return group.label
    if role == GROUP_ROLE:
        return group.key
    if role == COUNT_ROLE:
        return group.count
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return group.spoken
    if role == Qt.ItemDataRole.FontRole and group.key[0] == "section":
        font = QFont()
        font.setBold(True)
        return font
    return None
