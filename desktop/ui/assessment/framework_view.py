"""Results per framework: one tab per framework the checklist maps to (NIST AI RMF,
UNESCO RAM, OECD AI Principles, EU AI Act), a row per part with its items, coverage and
score, computed by the core with the same rules as a component
(:mod:`desktop.core.assessments.crosswalk`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.formatting import tally_coverage_text, tally_score_text, tally_tooltip
from desktop.ui.assessment.roles import DISPLAY, MUTED, ROOT, SCORE_ROLE, ModelIndex
from desktop.ui.assessment.score_bar import score_table
from desktop.ui.common.headers import column_header

if TYPE_CHECKING:
    from desktop.core.assessments.crosswalk import FrameworkResult, PartScore

# Rows shown before the table scrolls (the EU AI Act may list many articles).
VISIBLE_ROWS = 8
ROW_HEIGHT = 30


class FrameworkPartModel(QAbstractTableModel):
    """The parts of one framework: part, items, coverage, score."""

    COLUMNS = ("part", "items", "coverage", "score")

    def __init__(self, result: FrameworkResult, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result = result

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.result.parts)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        headers = (
            QCoreApplication.translate("AssessmentModels", "Part"),
            QCoreApplication.translate("AssessmentModels", "Items"),
            QCoreApplication.translate("AssessmentModels", "Coverage"),
            QCoreApplication.translate("AssessmentModels", "Score (0–100)"),
        )
        return column_header(headers, section, orientation, role)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.result.parts):
            return None
        part: PartScore = self.result.parts[index.row()]
        column = self.COLUMNS[index.column()]
        if role == DISPLAY:
            return {
                "part": part.part if part.title == part.part else f"{part.part} — {part.title}",
                "items": str(len(part.item_ids)),
                "coverage": tally_coverage_text(part),
                "score": tally_score_text(part),
            }[column]
        if role == SCORE_ROLE and column == "score":
            return part.score
        if role == Qt.ItemDataRole.ToolTipRole:
            ids = ", ".join(part.item_ids)
            why = tally_tooltip(part)
            return QCoreApplication.translate("AssessmentModels", "Questions: %1").replace(
                "%1", ids
            ) + (f"\n{why}" if why else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == "score" and part.score is None:
            return MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("items", "coverage"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FrameworkView(QWidget):
    """A tab per framework, or a sentence when the checklist maps to none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworkView")
        self.setAccessibleName(
            QCoreApplication.translate("AssessmentModels", "Results by framework")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        self.intro.setObjectName("questionMeta")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("frameworkTabs")
        self.tabs.setAccessibleName(QCoreApplication.translate("AssessmentModels", "Frameworks"))
        layout.addWidget(self.tabs)
        self.tables: list[QTableView] = []

    def show_results(self, results: list[FrameworkResult]) -> None:
        """One tab per framework in ``results`` (replacing any shown before)."""
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.tables = []
        for result in results:
            table = self._table(result)
            label = f"{result.short or result.title} ({result.items})"
            self.tabs.addTab(table, label)
            self.tabs.setTabToolTip(self.tabs.count() - 1, result.title)
            self.tables.append(table)
        self.tabs.setVisible(bool(results))
        self.intro.setText(
            QCoreApplication.translate(
                "AssessmentModels",
                "The same answers read against other frameworks. Each part counts the "
                "questions mapped to it, with the same rules as a component: a score is "
                "shown only from the checklist's minimum coverage on.",
            )
            if results
            else QCoreApplication.translate(
                "AssessmentModels", "This checklist maps its questions to no other framework."
            )
        )

    def _table(self, result: FrameworkResult) -> QTableView:
        model = FrameworkPartModel(result, self.tabs)
        table = score_table(self.tabs, model, result.title, 3, ROW_HEIGHT)
        table.setObjectName("frameworkTable")
        model.setParent(table)
        rows = min(len(result.parts), VISIBLE_ROWS)
        table.setFixedHeight(ROW_HEIGHT * rows + 36)
        return table
