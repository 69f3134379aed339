"""Compare an assessment with an earlier one of the same institution: change per component."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.formatting import format_when, status_label
from desktop.ui.assessment.radar import RadarSeries
from desktop.ui.assessment.result_models import ComparisonModel
from desktop.ui.assessment.score_chart import RadarWidget
from desktop.ui.assessment.service import AssessmentService, describe_error

if TYPE_CHECKING:
    from desktop.core.assessments.comparison import Comparison
    from desktop.core.assessments.model import Assessment


def comparison_series(
    comparison: Comparison, earlier_name: str, later_name: str
) -> list[RadarSeries]:
    """Two radar series: now (filled, labelled) and earlier (dashed outline)."""
    now = {cid: c.after for cid, c in comparison.components.items()}
    before = {cid: c.before for cid, c in comparison.components.items()}
    return [
        RadarSeries(later_name, now, "#1f5fbf"),
        RadarSeries(earlier_name, before, "#8a94a0", fill=False, dashed=True, show_values=False),
    ]


class CompareWidget(QWidget):
    """A chooser of earlier assessments, the change table and an overlaid radar chart."""

    comparisonShown = Signal(object)  # Comparison | None

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWidget")
        self.setAccessibleName(self.tr("Comparison with an earlier assessment"))
        self.service = service
        self.assessment_id: str | None = None
        self.earlier: list[Assessment] = []
        self.model = ComparisonModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Compare &with:"), self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("compareChoice")
        self.choice.setAccessibleName(self.tr("Earlier assessment to compare with"))
        # As wide as its longest entry where the window allows (an entry cut after the
        # date hid whether the earlier assessment was complete), never narrower than this.
        self.choice.setMinimumContentsLength(20)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(self._on_choice)
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch(1)
        layout.addLayout(row)
        self.empty = QLabel(
            self.tr(
                "There is no earlier assessment of this institution to compare with. Start "
                "one next year with the same institution name and country to see the change."
            ),
            self,
        )
        self.empty.setObjectName("questionMeta")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        body = QHBoxLayout()
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Change per component"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setFixedHeight(30 * 7 + 34)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.table, 3)
        self.radar = RadarWidget(self)
        self.radar.setAccessibleName(self.tr("Chart: now and earlier"))
        body.addWidget(self.radar, 2)
        layout.addLayout(body)
        self._set_visible(False)

    def _set_visible(self, on: bool) -> None:
        self.table.setVisible(on)
        self.radar.setVisible(on)

    def set_assessment(
        self, assessment_id: str, earlier: Sequence[Assessment], default: str | None = None
    ) -> None:
        """Offer ``earlier`` (newest first) for ``assessment_id``; select ``default``."""
        self.assessment_id = assessment_id
        self.earlier = list(earlier)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("No comparison"), None)
        for a in self.earlier:
            text = (
                self.tr("%1 — started %2, %3")
                .replace("%1", a.institution)
                .replace("%2", format_when(a.created))
                .replace("%3", status_label(a))
            )
            self.choice.addItem(text, a.id)
            # The whole entry on hover, when a narrow window cuts the box.
            self.choice.setItemData(self.choice.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = self.choice.findData(default) if default else 0
        self.choice.setCurrentIndex(max(0, index))
        self.choice.blockSignals(False)
        self.empty.setVisible(not self.earlier)
        self.choice.setEnabled(bool(self.earlier))
        self._on_choice(self.choice.currentIndex())

    def _on_choice(self, _row: int) -> None:
        self.choice.setToolTip(self.choice.currentText())
        earlier_id = self.choice.currentData()
        if not earlier_id or self.assessment_id is None:
            self.model.set_comparison(None)
            self._set_visible(False)
            self.comparisonShown.emit(None)
            return
        later_id = self.assessment_id
        task = self.service.call(lambda store: store.compare(earlier_id, later_id), "compare")
        task.succeeded.connect(lambda cmp, eid=earlier_id: self._show(eid, cmp))
        task.failed.connect(
            lambda exc: self.empty.setText(
                self.tr("The comparison failed: %1").replace("%1", describe_error(exc))
            )
        )

    def _show(self, earlier_id: str, comparison: Comparison) -> None:
        if self.choice.currentData() != earlier_id:
            return  # a newer choice was made meanwhile
        self.model.set_comparison(comparison)
        earlier = next((a for a in self.earlier if a.id == earlier_id), None)
        name = (
            self.tr("Earlier (%1)").replace("%1", format_when(earlier.created))
            if earlier
            else self.tr("Earlier")
        )
        self.radar.set_series(comparison_series(comparison, name, self.tr("Now")))
        self._set_visible(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.comparisonShown.emit(comparison)

    def selected_earlier(self) -> str | None:
        """The id of the earlier assessment compared with, if any."""
        value = self.choice.currentData()
        return str(value) if value else None

    def focus_choice(self) -> None:
        """Move the focus to the chooser."""
        self.choice.setFocus(Qt.FocusReason.OtherFocusReason)
