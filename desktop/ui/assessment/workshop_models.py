"""The workshop view's models: the groups to compare, and their scores side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QFont

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.formatting import (
    format_coverage,
    format_score,
    format_when,
    status_label,
)
from desktop.ui.assessment.formatting import translate as _t
from desktop.ui.assessment.radar import whole
from desktop.ui.assessment.roles import (
    ASSESSMENT_ID_ROLE,
    COMPONENT_ROLE,
    DISPLAY,
    MUTED,
    ROOT,
    SCORE_ROLE,
    ModelIndex,
    bold_font,
)
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.assessments.comparison import WorkshopSummary
    from desktop.core.assessments.model import Assessment


class WorkshopModel(QAbstractTableModel):
    """Rows: the six components and the overall index. Columns: the component, one per
    group, then mean, range (min–max) and standard deviation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summary: WorkshopSummary | None = None
        self._groups: list[str] = []
        self._header_font: QFont | None = None

    def set_header_font(self, font: QFont | None) -> None:
        """The font of the column headers (larger when presenting)."""
        self._header_font = QFont(font) if font is not None else None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_summary(self, summary: WorkshopSummary | None, groups: Sequence[str]) -> None:
        """Show ``summary``; ``groups`` names the assessments in input order."""
        self.beginResetModel()
        self._summary = summary
        self._groups = list(groups) if summary is not None else []
        self.endResetModel()

    def groups(self) -> list[str]:
        """The group names shown as columns."""
        return list(self._groups)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() or self._summary is None:
            return 0
        return len(COMPONENTS) + 1

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() or self._summary is None:
            return 0
        return 1 + len(self._groups) + 3

    def _spread(self, row: int) -> Any:
        assert self._summary is not None
        if row == len(COMPONENTS):
            return self._summary.overall
        return self._summary.components[list(COMPONENTS)[row]]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.FontRole:
            return self._header_font
        if orientation != Qt.Orientation.Horizontal or role not in (
            DISPLAY,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        n = len(self._groups)
        if section == 0:
            return _t("Component")
        if 1 <= section <= n:
            return self._groups[section - 1]
        extra = section - n - 1
        if 0 <= extra < 3:
            return (_t("Mean"), _t("Range"), _t("Spread (SD)"))[extra]
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self._summary is None:
            return None
        spread = self._spread(index.row())
        overall = index.row() == len(COMPONENTS)
        col, n = index.column(), len(self._groups)
        if role == COMPONENT_ROLE:
            return spread.component
        if col == 0:
            return _component_cell(spread, overall, role)
        if 1 <= col <= n:
            found = _group_cell(spread, col - 1, role)
        else:
            found = _statistic_cell(spread, col - n - 1, role)
        if found is not None:
            return found
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and overall:
            return bold_font()
        return None


def _component_cell(spread: Any, overall: bool, role: int) -> Any:
    """The first column: the component's name (bold on the overall row)."""
    if role == DISPLAY:
        return _t("Overall index") if overall else component_label(spread.component)
    if role == Qt.ItemDataRole.FontRole and overall:
        return bold_font()
    return None


def _group_cell(spread: Any, group: int, role: int) -> Any:
    """One group's score ("Not assessed", muted, when it has none)."""
    value = spread.scores[group] if group < len(spread.scores) else None
    coverage = spread.coverages[group] if group < len(spread.coverages) else None
    if role == DISPLAY:
        return format_score(value)
    if role == Qt.ItemDataRole.ToolTipRole and coverage is not None:
        return _t("Coverage %1").replace("%1", format_coverage(coverage))
    if role == SCORE_ROLE:
        return value
    if role == Qt.ItemDataRole.ForegroundRole and value is None:
        return MUTED
    return None


def _statistic_cell(spread: Any, extra: int, role: int) -> Any:
    """The mean (bold), the range, or the standard deviation (``extra`` 0, 1, 2)."""
    if role == DISPLAY:
        if spread.mean is None:
            return _t("No score") if extra == 0 else "—"
        if extra == 0:
            return whole(spread.mean)
        if extra == 1:
            return f"{whole(spread.minimum)}–{whole(spread.maximum)}"
        return f"{spread.stdev:.1f}"
    if role == SCORE_ROLE and extra == 0:
        return spread.mean
    if role == Qt.ItemDataRole.FontRole and extra == 0:
        return bold_font()
    return None


class CheckableAssessmentModel(QAbstractListModel):
    """Assessments with a check box each: the groups chosen for the workshop view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._checked: set[str] = set()

    def set_assessments(self, assessments: Sequence[Assessment], checked: bool = True) -> None:
        """Replace the list; every row checked (or none)."""
        self.beginResetModel()
        self._rows = list(assessments)
        self._checked = {a.id for a in self._rows} if checked else set()
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """The checked assessments, in list order."""
        return [a.id for a in self._rows if a.id in self._checked]

    def assessment(self, row: int) -> Assessment | None:
        """The assessment at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        a = self.assessment(index.row()) if index.isValid() else None
        if a is None:
            return None
        if role == DISPLAY:
            return ", ".join(a.assessors) or a.institution
        if role == Qt.ItemDataRole.ToolTipRole:
            who = ", ".join(a.assessors) or "—"
            return f"{who} — {a.institution} ({status_label(a)}, {format_when(a.created)})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked.value
                if a.id in self._checked
                else Qt.CheckState.Unchecked.value
            )
        if role == ASSESSMENT_ID_ROLE:
            return a.id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        a = self.assessment(index.row()) if index.isValid() else None
        if a is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if hasattr(value, "value") else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(a.id)
        else:
            self._checked.discard(a.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def group_names(assessments: Sequence[Assessment]) -> list[str]:
    """Column names for workshop groups: the assessors when every group assessed the same
    institution, else the institution (with the assessors when two share one)."""
    if not assessments:
        return []
    institutions = {a.institution.casefold() for a in assessments}
    names = []
    for n, a in enumerate(assessments, start=1):
        who = ", ".join(a.assessors)
        if len(institutions) == 1:
            names.append(who or _t("Group %1").replace("%1", str(n)))
        else:
            names.append(a.institution + (f" ({who})" if who else ""))
    return names
