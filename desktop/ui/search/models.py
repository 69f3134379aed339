"""Qt models for search: the result list and the facet tree (checkable filters with counts)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from desktop.ui.common.labels import facet_title, facet_value_label, type_label
from desktop.ui.library.models import (
    COUNT_ROLE,
    DOC_ID_ROLE,
    DOC_TYPE_ROLE,
    DocRowsModel,
    ModelIndex,
)

if TYPE_CHECKING:
    from index.api import Hit, SearchResults

TITLE_ROLE = Qt.ItemDataRole.UserRole + 20
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 21  # safe HTML: only <mark> survives
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 22
PATH_ROLE = Qt.ItemDataRole.UserRole + 23
SCORE_ROLE = Qt.ItemDataRole.UserRole + 24
FIELD_ROLE = Qt.ItemDataRole.UserRole + 25
VALUE_ROLE = Qt.ItemDataRole.UserRole + 26
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 27  # BCP 47 code of the hit's text

# The pack filter (shown only when several packs are installed) comes before the long tag
# list, so it is in view without scrolling.
FACET_FIELDS = ("type", "component", "audience", "language", "pack", "tag")
MAX_VALUES_PER_FACET = 12
_MARK_RE = re.compile(r"(</?mark>)", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")


def safe_snippet_html(snippet: str) -> str:
    """Keep only ``<mark>`` from an index snippet; everything else is text, escaped again.

    The index promises escaped text, but the snippet is shown as rich text, so it is
    treated as untrusted all the same.
    """
    out: list[str] = []
    open_mark = False
    for part in _MARK_RE.split(snippet):
        low = part.lower()
        if low == "<mark>":
            if not open_mark:
                out.append("<mark>")
                open_mark = True
        elif low == "</mark>":
            if open_mark:
                out.append("</mark>")
                open_mark = False
        else:
            out.append(html.escape(html.unescape(_TAG_RE.sub("", part)), quote=False))
    if open_mark:
        out.append("</mark>")
    return "".join(out)


def snippet_text(snippet: str) -> str:
    """A snippet as plain text (for screen readers and tooltips)."""
    return html.unescape(_TAG_RE.sub("", snippet))


class SearchResultsModel(DocRowsModel):
    """One row per hit: title, type, snippet (with ``<mark>``), summary, path, score."""

    _rows: list[Hit]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snippets: list[str] = []
        self.total = 0
        self.query = ""
        self.query_id = 0

    def set_results(self, results: SearchResults | None) -> None:
        """Show these results (None clears)."""
        self.beginResetModel()
        if results is None:
            self._rows, self._snippets = [], []
            self.total, self.query, self.query_id = 0, "", 0
        else:
            self._rows = list(results.hits)
            self._snippets = [
                safe_snippet_html(h.snippet) if h.snippet else html.escape(h.summary)
                for h in self._rows
            ]
            self.total, self.query, self.query_id = results.total, results.query, results.query_id
        self.endResetModel()

    def hits(self) -> list[Hit]:
        """The hits shown, in order."""
        return list(self._rows)

    def _doc_id(self, row: Hit) -> str:
        return row.id

    def _row_data(self, number: int, hit: Hit, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return hit.title
        if role == DOC_ID_ROLE:
            return hit.id
        if role == DOC_TYPE_ROLE:
            return hit.type
        if role == SNIPPET_ROLE:
            return self._snippets[number]
        if role == SUMMARY_ROLE:
            return hit.summary
        if role == PATH_ROLE:
            return hit.path
        if role == SCORE_ROLE:
            return float(hit.score)
        if role == LANGUAGE_ROLE:
            return hit.language or "en"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.summary or hit.path
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}, {type_label(hit.type)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return snippet_text(self._snippets[number])
        return None


@dataclass
class _Group:
    field: str
    values: list[tuple[str, int]]


class FacetsModel(QAbstractItemModel):
    """Facet groups (type, component, …) with checkable values and their counts.

    Checking a value emits ``filtersChanged``; ``filters()`` gives the search filters.
    Selected values stay listed (with their count, or 0) so they can be unchecked.
    """

    filtersChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._selected: dict[str, set[str]] = {}

    # -- public API -------------------------------------------------------------------
    def set_facets(self, facets: dict[str, dict[str, int]]) -> None:
        """Show these counts (field -> value -> count), keeping the current selection."""
        groups: list[_Group] = []
        for field in FACET_FIELDS:
            counts = dict(facets.get(field, {}))
            selected = self._selected.get(field, set())
            for value in selected:
                counts.setdefault(value, 0)
            if not counts:
                continue
            # One language or one pack says nothing; a lone type or component still informs.
            if field in ("language", "pack") and len(counts) < 2 and not selected:
                continue
            ranked = sorted(
                counts.items(), key=lambda kv: (-kv[1], facet_value_label(field, kv[0]))
            )
            shown = [kv for kv in ranked if kv[1] > 0][:MAX_VALUES_PER_FACET]
            shown += [kv for kv in ranked if kv[0] in selected and kv not in shown]
            groups.append(_Group(field, shown))
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    def filters(self) -> dict[str, list[str]]:
        """The selected values per field, for ``SearchQuery.filters``."""
        return {f: sorted(v) for f, v in self._selected.items() if v}

    def set_selected(self, field: str, value: str, selected: bool) -> None:
        """Select or clear one value (emits ``filtersChanged`` when it changes)."""
        current = self._selected.setdefault(field, set())
        if (value in current) == selected:
            return
        if selected:
            current.add(value)
        else:
            current.discard(value)
        index = self.value_index(field, value)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.filtersChanged.emit()

    def clear_selection(self) -> None:
        """Clear every filter."""
        if not any(self._selected.values()):
            return
        self._selected.clear()
        if self._groups:
            for row, group in enumerate(self._groups):
                parent = self.index(row, 0)
                if group.values:
                    self.dataChanged.emit(
                        self.index(0, 0, parent),
                        self.index(len(group.values) - 1, 0, parent),
                        [Qt.ItemDataRole.CheckStateRole],
                    )
        self.filtersChanged.emit()

    def fields(self) -> list[str]:
        """The facet groups shown, in order."""
        return [g.field for g in self._groups]

    def values(self, field: str) -> dict[str, int]:
        """value -> count shown for one field."""
        for group in self._groups:
            if group.field == field:
                return dict(group.values)
        return {}

    def value_index(self, field: str, value: str) -> QModelIndex:
        """The index of one value row; invalid when not shown."""
        for row, group in enumerate(self._groups):
            if group.field != field:
                continue
            for vrow, (v, _count) in enumerate(group.values):
                if v == value:
                    return self.index(vrow, 0, self.index(row, 0))
        return QModelIndex()

    # -- QAbstractItemModel -----------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, 0, 0)
            return QModelIndex()
        is_group = parent.internalId() == 0 and parent.column() == 0
        if (
            is_group
            and parent.row() < len(self._groups)
            and row < len(self._groups[parent.row()].values)
        ):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].values)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _value_at(self, index: ModelIndex) -> tuple[str, str, int] | None:
        group_row = index.internalId() - 1
        if not 0 <= group_row < len(self._groups):
            return None
        group = self._groups[group_row]
        if not 0 <= index.row() < len(group.values):
            return None
        value, count = group.values[index.row()]
        return group.field, value, count

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if not 0 <= index.row() < len(self._groups):
                return None
            field = self._groups[index.row()].field
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return facet_title(field)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == FIELD_ROLE:
                return field
            return None
        found = self._value_at(index)
        if found is None:
            return None
        field, value, count = found
        checked = value in self._selected.get(field, set())
        label = facet_value_label(field, value)
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == COUNT_ROLE:
            return count
        if role == FIELD_ROLE:
            return field
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1: %n result(s)", "", count).replace("%1", label)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1, %n result(s)", "", count).replace("%1", label)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        found = self._value_at(index) if index.internalId() else None
        if found is None:
            return False
        field, facet_value, _count = found
        state = value.value if hasattr(value, "value") else int(value)
        self.set_selected(field, facet_value, state == Qt.CheckState.Checked.value)
        return True
