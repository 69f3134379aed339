"""The workshop view's models: the groups to compare, and their scores side by side."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.formatting import (
    format_coverage,
    format_score,
    format_when,
    status_label,
)
from desktop.ui.assessment.radar import short_component_label, whole
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
from desktop.ui.assessment.workshop_groups import default_names as group_names
from desktop.ui.assessment.workshop_groups import mark_draft
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
        # Presenting on a narrow screen shows a page of the groups at a time.
        self._first = 0
        self._page: int | None = None  # groups per page (None: all)
        # Presenting: the components' short names, which wrap in two lines at large type.
        self.short_names = False

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
        self._first = 0
        self.endResetModel()

    def set_page(self, first: int, size: int | None) -> None:
        """Show ``size`` groups from the ``first`` (None: every group)."""
        first = max(0, min(first, max(0, len(self._groups) - 1)))
        if (first, size) == (self._first, self._page):
            return
        self.beginResetModel()
        self._first, self._page = first, size
        self.endResetModel()

    def page(self) -> tuple[int, int, int]:
        """(first group shown, groups shown, groups in all), 0-based first."""
        return self._first, len(self._shown()), len(self._groups)

    def _shown(self) -> list[str]:
        if self._page is None:
            return self._groups
        return self._groups[self._first : self._first + self._page]

    def groups(self) -> list[str]:
        """The group names shown as columns."""
        return list(self._shown())

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() or self._summary is None:
            return 0
        return len(COMPONENTS) + 1

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() or self._summary is None:
            return 0
        return 1 + len(self._shown()) + 3

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
        n = len(self._shown())
        if section == 0:
            return QCoreApplication.translate("AssessmentModels", "Component")
        if 1 <= section <= n:
            return self._shown()[section - 1]
        extra = section - n - 1
        if 0 <= extra < 3:
            return (
                QCoreApplication.translate("AssessmentModels", "Mean"),
                QCoreApplication.translate("AssessmentModels", "Range"),
                QCoreApplication.translate("AssessmentModels", "Spread (SD)"),
            )[extra]
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self._summary is None:
            return None
        spread = self._spread(index.row())
        overall = index.row() == len(COMPONENTS)
        col, n = index.column(), len(self._shown())
        if role == COMPONENT_ROLE:
            return spread.component
        if col == 0:
            return _component_cell(spread, overall, role, self.short_names)
        if 1 <= col <= n:
            found = _group_cell(spread, self._first + col - 1, role)
        else:
            found = _statistic_cell(spread, col - n - 1, role)
        if found is not None:
            return found
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and overall:
            return bold_font()
        return None


def _component_cell(spread: Any, overall: bool, role: int, short: bool = False) -> Any:
    """The first column: the component's name (bold on the overall row)."""
    if role == DISPLAY:
        if overall:
            return QCoreApplication.translate("AssessmentModels", "Overall index")
        label = short_component_label if short else component_label
        return label(spread.component)
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
        return QCoreApplication.translate("AssessmentModels", "Coverage %1").replace(
            "%1", format_coverage(coverage)
        )
    if role == SCORE_ROLE:
        return value
    if role == Qt.ItemDataRole.ForegroundRole and value is None:
        return MUTED
    return None


def _statistic_cell(spread: Any, extra: int, role: int) -> Any:
    """The mean (bold), the range, or the standard deviation (``extra`` 0, 1, 2)."""
    if role == DISPLAY:
        if spread.mean is None:
            return QCoreApplication.translate("AssessmentModels", "No score") if extra == 0 else "—"
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
    """Assessments with a check box each: the groups chosen for the workshop view. A row
    is renamed in place (F2); ``renamed`` carries the assessment id and the new name."""

    renamed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._checked: set[str] = set()
        self._names: list[str] = []

    def set_assessments(
        self,
        assessments: Sequence[Assessment],
        checked: bool | Collection[str] = True,
        names: Sequence[str] = (),
    ) -> None:
        """Replace the list: every row checked, none, or the ids in ``checked``;
        ``names`` are what the rows are called (default: assessors or institution), a
        draft marked "(draft)"."""
        self.beginResetModel()
        self._rows = list(assessments)
        if isinstance(checked, bool):
            self._checked = {a.id for a in self._rows} if checked else set()
        else:
            self._checked = {a.id for a in self._rows if a.id in checked}
        self._names = list(names)
        self.endResetModel()

    def set_names(self, names: Sequence[str]) -> None:
        """What the rows are called now."""
        self._names = list(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

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
            | Qt.ItemFlag.ItemIsEditable
        )

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        a = self.assessment(index.row()) if index.isValid() else None
        if a is None:
            return None
        plain = self._names[index.row()] if index.row() < len(self._names) else None
        if role == DISPLAY:
            return mark_draft(plain, a) if plain else ", ".join(a.assessors) or a.institution
        if role == Qt.ItemDataRole.EditRole:
            return plain or ", ".join(a.assessors) or a.institution
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
        if a is not None and role == Qt.ItemDataRole.EditRole:
            self.renamed.emit(a.id, str(value))
            return True
        if a is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if hasattr(value, "value") else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(a.id)
        else:
            self._checked.discard(a.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


__all__ = ["CheckableAssessmentModel", "WorkshopModel", "group_names"]
