"""The results screen's models: component scores, the gap list and the comparison."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.formatting import (
    answer_text,
    format_change,
    format_coverage,
    format_score,
    overall_reason_text,
    tally_coverage_text,
    tally_score_text,
    tally_tooltip,
)
from desktop.ui.assessment.radar import whole
from desktop.ui.assessment.roles import (
    COMPONENT_ROLE,
    DISPLAY,
    ITEM_ID_ROLE,
    LINKS_ROLE,
    MUTED,
    ROOT,
    SCORE_ROLE,
    ModelIndex,
    bold_font,
)
from desktop.ui.common.headers import column_header
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.assessments.comparison import Comparison
    from desktop.core.assessments.gaps import Gap
    from desktop.core.assessments.scoring import Score
    from desktop.core.library.checklists import Checklist, Item


class _ComponentRowsModel(QAbstractTableModel):
    """A table with one row per component (fixed order) and a last row for the overall
    index, over one value that is replaced whole; subclasses give the columns, their
    headers and the cells (:meth:`_cell`). The overall row is bold; numbers align right."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._value: Any = None

    def _set(self, value: Any) -> None:
        self.beginResetModel()
        self._value = value
        self.endResetModel()

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _cell(self, component: str | None, column: str, role: int) -> Any:
        """The data of ``role`` in ``column`` of a component's row (None: overall)."""
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() or self._value is None:
            return 0
        return len(COMPONENTS) + 1

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return column_header(self._headers(), section, orientation, role)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self._value is None:
            return None
        overall = index.row() == len(COMPONENTS)
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.FontRole:
            return bold_font() if overall else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "component":
                return None
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._cell(None if overall else list(COMPONENTS)[index.row()], column, role)


class ComponentScoreModel(_ComponentRowsModel):
    """The six components (fixed order) and a last row with the overall index: the score
    (or why there is none), the coverage beside it, and the questions counted."""

    COLUMNS = ("component", "score", "coverage", "answered")

    def set_score(self, score: Score | None) -> None:
        """Show ``score`` (None: empty)."""
        self._set(score)

    def _headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("AssessmentModels", "Component"),
            QCoreApplication.translate("AssessmentModels", "Score (0–100)"),
            QCoreApplication.translate("AssessmentModels", "Coverage"),
            QCoreApplication.translate("AssessmentModels", "Answered"),
        )

    def _cell(self, component: str | None, column: str, role: int) -> Any:
        score: Score = self._value
        if component is None:
            value, tooltip = score.overall, overall_reason_text(score)
            answered, applicable = score.answered, score.applicable
            cells = {
                "component": QCoreApplication.translate("AssessmentModels", "Overall index"),
                "score": QCoreApplication.translate("AssessmentModels", "Not computed")
                if value is None
                else format_score(value),
                "coverage": format_coverage(score.coverage),
            }
        else:
            c = score.components[component]
            value, tooltip = c.score, tally_tooltip(c)
            answered, applicable = c.answered, c.applicable
            cells = {
                "component": component_label(component),
                "score": tally_score_text(c),
                "coverage": tally_coverage_text(c),
            }
        if role == COMPONENT_ROLE:
            return component or "overall"
        if role == SCORE_ROLE:
            return value if column == "score" else None
        if role == DISPLAY:
            cells["answered"] = (
                QCoreApplication.translate("AssessmentModels", "%1 of %2")
                .replace("%1", str(answered))
                .replace("%2", str(applicable))
            )
            return cells[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == "score" and value is None:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return tooltip
        return None


class GapModel(QAbstractListModel):
    """The gap list: weakest answered items first, with their guidance and links."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self._titles: dict[str, str] = {}
        self._items: dict[str, Item] = {}

    def set_gaps(
        self,
        gaps: Sequence[Gap],
        titles: Mapping[str, str] | None = None,
        checklist: Checklist | None = None,
    ) -> None:
        """Show ``gaps``; ``titles`` names the linked documents (id → title)."""
        self.beginResetModel()
        self._gaps = list(gaps)
        self._titles = dict(titles or {})
        self._items = {i.id: i for i in checklist.items} if checklist else {}
        self.endResetModel()

    def gap(self, row: int) -> Gap | None:
        """The gap at ``row``."""
        return self._gaps[row] if 0 <= row < len(self._gaps) else None

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._gaps)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._gaps):
            return None
        gap = self._gaps[index.row()]
        item = self._items.get(gap.item_id)
        answer = answer_text(item, gap.answer) if item else gap.answer
        if role == DISPLAY:
            return f"{gap.item_id} · {answer} — {gap.ask}"
        if role == ITEM_ID_ROLE:
            return gap.item_id
        if role == LINKS_ROLE:
            return gap.links
        if role == COMPONENT_ROLE:
            return gap.component
        if role == SCORE_ROLE:
            return gap.value * 100
        if role == Qt.ItemDataRole.ToolTipRole:
            helps = ", ".join(self._titles.get(d, d) for d in gap.links)
            text = f"{gap.ask}\n{component_label(gap.component)} · {answer}"
            return text + (
                f"\n{QCoreApplication.translate('AssessmentModels', 'Helps:')} {helps}"
                if helps
                else ""
            )
        return None


class ComparisonModel(_ComponentRowsModel):
    """Per component (and overall): earlier score, score now, change."""

    COLUMNS = ("component", "before", "after", "change")

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (None: empty)."""
        self._set(comparison)

    def _headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("AssessmentModels", "Component"),
            QCoreApplication.translate("AssessmentModels", "Earlier"),
            QCoreApplication.translate("AssessmentModels", "Now"),
            QCoreApplication.translate("AssessmentModels", "Change"),
        )

    def _cell(self, component: str | None, column: str, role: int) -> Any:
        cmp: Comparison = self._value
        change = cmp.overall if component is None else cmp.components[component]
        if role == COMPONENT_ROLE:
            return change.component
        if role == DISPLAY:
            title = (
                QCoreApplication.translate("AssessmentModels", "Overall index")
                if component is None
                else component_label(change.component)
            )
            return {
                "component": title,
                "before": _with_coverage(change.before, change.before_coverage),
                "after": _with_coverage(change.after, change.after_coverage),
                "change": format_change(change.change),
            }[column]
        if role == SCORE_ROLE and column == "change":
            return change.change
        if role == Qt.ItemDataRole.ForegroundRole and column == "change" and change.change:
            if int(whole(change.change)) > 0:
                return QColor("#1e7b45")
            if int(whole(change.change)) < 0:
                return QColor("#b3261e")
        return None


def _with_coverage(score: float | None, coverage: float | None) -> str:
    """'48 · 100 %': a score with its coverage beside it."""
    shown = format_score(score)
    return shown if coverage is None else f"{shown} · {format_coverage(coverage)}"
