"""The runner's question list: sections (with progress) and the items skip logic shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.core.assessments.item_states import applicable_items
from desktop.core.library.checklists import NOT_APPLICABLE
from desktop.ui.assessment.formatting import answer_text
from desktop.ui.assessment.roles import (
    DISPLAY,
    ITEM_ID_ROLE,
    MUTED,
    PROGRESS_ROLE,
    ROOT,
    SECTION_ID_ROLE,
    STATE_ROLE,
    ModelIndex,
    bold_font,
)
from desktop.ui.common.headers import column_header

if TYPE_CHECKING:
    from desktop.core.library.checklists import Checklist, Item


class NavigatorModel(QAbstractItemModel):
    """Sections (top level, with progress) and the items skip logic shows now.

    :meth:`update_answers` inserts and removes item rows as skip logic shows and hides
    them (no reset, so the view keeps its selection and expansion).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checklist: Checklist | None = None
        self.values: dict[str, str] = {}
        self.new_items: frozenset[str] = frozenset()
        self.changed_items: frozenset[str] = frozenset()
        self._visible: list[list[Item]] = []  # per section, the items shown

    # -- content
    def set_checklist(
        self,
        checklist: Checklist,
        values: Mapping[str, str],
        new_items: Sequence[str] = (),
        changed_items: Sequence[str] = (),
    ) -> None:
        """Show ``checklist`` with ``values`` (item id → answer); flag the items new in
        this version, and those changed (to answer again)."""
        self.beginResetModel()
        self.checklist = checklist
        self.values = dict(values)
        self.new_items = frozenset(new_items)
        self.changed_items = frozenset(changed_items)
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[list[Item]]:
        if self.checklist is None:
            return []
        shown = {i.id for i in applicable_items(self.checklist, self.values)}
        return [[i for i in s.items if i.id in shown] for s in self.checklist.sections]

    def update_answers(self, values: Mapping[str, str]) -> None:
        """New answers: rows appear and disappear with skip logic; only the rows whose
        answer changed (and their sections' progress) are repainted."""
        if self.checklist is None:
            return
        old_values = self.values
        self.values = dict(values)
        changed = {
            k for k in set(old_values) | set(self.values) if old_values.get(k) != self.values.get(k)
        }
        new_visible = self._compute_visible()
        touched_sections: set[int] = set()
        for s_row, (old, new) in enumerate(zip(self._visible, new_visible, strict=True)):
            if [i.id for i in old] == [i.id for i in new]:
                continue
            touched_sections.add(s_row)
            parent = self.index(s_row, 0)
            new_ids = {i.id for i in new}
            for row in range(len(old) - 1, -1, -1):
                if old[row].id not in new_ids:
                    self.beginRemoveRows(parent, row, row)
                    del old[row]
                    self.endRemoveRows()
            for row, item in enumerate(new):
                if row >= len(old) or old[row].id != item.id:
                    self.beginInsertRows(parent, row, row)
                    old.insert(row, item)
                    self.endInsertRows()
        for s_row, items in enumerate(self._visible):
            parent = self.index(s_row, 0)
            for row, item in enumerate(items):
                if item.id in changed:
                    touched_sections.add(s_row)
                    self.dataChanged.emit(self.index(row, 0, parent), self.index(row, 1, parent))
        for s_row in sorted(touched_sections):
            self.dataChanged.emit(self.index(s_row, 0), self.index(s_row, 1))

    def visible_items(self) -> list[Item]:
        """Every shown item, in order."""
        return [i for items in self._visible for i in items]

    def index_of_item(self, item_id: str) -> QModelIndex:
        """The index of a shown item (invalid when hidden or unknown)."""
        for s_row, items in enumerate(self._visible):
            for row, item in enumerate(items):
                if item.id == item_id:
                    return self.index(row, 0, self.index(s_row, 0))
        return QModelIndex()

    def section_progress(self, s_row: int) -> tuple[int, int]:
        """(answered incl. not applicable, shown) of section row ``s_row``."""
        items = self._visible[s_row]
        done = sum(1 for i in items if i.accepts(self.values.get(i.id)))
        return done, len(items)

    # -- structure: top-level rows carry id 0, item rows carry (section row + 1)
    def index(self, row: int, column: int, parent: ModelIndex = ROOT) -> QModelIndex:
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._visible):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        s_row = parent.row()
        if s_row >= len(self._visible) or row >= len(self._visible[s_row]):
            return QModelIndex()
        return self.createIndex(row, column, s_row + 1)

    def parent(self, index: ModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._visible)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._visible[parent.row()]) if parent.row() < len(self._visible) else 0

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return column_header(
            (
                QCoreApplication.translate("AssessmentModels", "Question"),
                QCoreApplication.translate("AssessmentModels", "Answer"),
            ),
            section,
            orientation,
            role,
        )

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.checklist is None:
            return None
        if index.internalId() == 0:
            return self._section_data(index, role)
        s_row = int(index.internalId()) - 1
        if s_row >= len(self._visible) or index.row() >= len(self._visible[s_row]):
            return None
        item = self._visible[s_row][index.row()]
        value = self.values.get(item.id)
        answered = item.accepts(value)
        if role == ITEM_ID_ROLE:
            return item.id
        if role == SECTION_ID_ROLE:
            return item.section
        if role == STATE_ROLE:
            if not answered:
                return "unanswered"
            return "na" if value == NOT_APPLICABLE else "answered"
        if role == DISPLAY:
            if index.column() == 0:
                flag = (
                    QCoreApplication.translate("AssessmentModels", " (new)")
                    if item.id in self.new_items
                    else ""
                )
                if item.id in self.changed_items and not answered:
                    flag = QCoreApplication.translate(
                        "AssessmentModels", " (changed: answer again)"
                    )
                return f"{item.id}{flag}  {item.ask}"
            # A dash, not "Not answered": the question keeps the width (read out in full).
            return answer_text(item, value) if answered else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.ask
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mark = answer_text(item, value if answered else None)
            return f"{item.id}: {item.ask} — {mark}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and not answered:
            return MUTED
        if role == Qt.ItemDataRole.FontRole and item.id in self.new_items:
            return bold_font()
        return None

    def _section_data(self, index: QModelIndex, role: int) -> Any:
        assert self.checklist is not None
        if index.row() >= len(self._visible):
            return None
        section = self.checklist.sections[index.row()]
        done, total = self.section_progress(index.row())
        if role == SECTION_ID_ROLE:
            return section.id
        if role == PROGRESS_ROLE:
            return (done, total)
        if role == STATE_ROLE:
            return "done" if done >= total else "open"
        if role == DISPLAY:
            return section.title if index.column() == 0 else f"{done}/{total}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("AssessmentModels", "%1: %2 of %3 answered")
                .replace("%1", section.title)
                .replace("%2", str(done))
                .replace("%3", str(total))
            )
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
