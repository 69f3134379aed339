"""The workshop view: several assessments of one checklist side by side, to project.

One column per group, then the mean, the range and the spread (standard deviation) of each
component; a radar chart overlays the groups with the mean drawn bold. "Present" (F11)
hides the chooser and enlarges everything for a projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.radar import SERIES_COLOURS, RadarSeries, RadarWidget
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.assessment.widgets import heading, page_header, page_title
from desktop.ui.assessment.workshop_models import (
    CheckableAssessmentModel,
    WorkshopModel,
    group_names,
)
from desktop.ui.common.notice import NoticeBar

if TYPE_CHECKING:
    from desktop.core.assessments.comparison import WorkshopSummary
    from desktop.core.assessments.model import Assessment

PRESENT_SCALE = 1.4
PRESENT_CHART_SCALE = 1.5  # the chart's labels need room; its lines scale with the page


def workshop_series(
    summary: WorkshopSummary, names: Sequence[str], mean_name: str = "Mean"
) -> list[RadarSeries]:
    """One outline per group, and the mean (filled, labelled) on top."""
    series = []
    for n, name in enumerate(names):
        values = {
            cid: (s.scores[n] if n < len(s.scores) else None)
            for cid, s in summary.components.items()
        }
        colour = SERIES_COLOURS[(n + 1) % len(SERIES_COLOURS)]
        series.append(RadarSeries(name, values, colour, fill=False, show_values=False))
    mean = {cid: s.mean for cid, s in summary.components.items()}
    return [RadarSeries(mean_name, mean, SERIES_COLOURS[0], fill=True), *series]


class WorkshopPage(QWidget):
    """Compare the groups of a workshop (see the module docstring)."""

    closeRequested = Signal()
    summaryShown = Signal(object)  # WorkshopSummary

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopPage")
        self.setAccessibleName(self.tr("Workshop view"))
        self.service = service
        self.assessments: list[Assessment] = []
        self.summary: WorkshopSummary | None = None
        self.presenting = False
        self._base_font = QFont(self.font())
        base = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 10.0
        self._base_font.setPointSizeF(base * 1.15)  # a little larger than the rest
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)
        self._refresh.timeout.connect(self.refresh)
        self._build()
        self.set_presenting(False)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.setChildrenCollapsible(False)
        body.addWidget(self._build_chooser(body))
        body.addWidget(self._build_main(body))
        body.setSizes([250, 1050])
        outer.addWidget(body, 1)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.present_button.toggle)
        swap = QShortcut(QKeySequence("Ctrl+T"), self)
        swap.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        swap.activated.connect(self.swap_view)

    def _build_header(self) -> QFrame:
        """Title, the checklist chooser, Present (and, presenting, table/chart), Close."""
        header, hl = page_header(self, (18, 12, 18, 10), horizontal=True)
        self.title = page_title(self.tr("Workshop view"), self)
        hl.addWidget(self.title, 1)
        label = QLabel(self.tr("Chec&klist:"), self)
        self.checklist = QComboBox(self)
        self.checklist.setObjectName("workshopChecklist")
        self.checklist.setAccessibleName(self.tr("Checklist of the workshop"))
        self.checklist.setMinimumWidth(320)
        label.setBuddy(self.checklist)
        self.checklist.currentIndexChanged.connect(self._on_checklist)
        hl.addWidget(label)
        hl.addWidget(self.checklist)
        self.present_button = QPushButton(self.tr("&Present"), self)
        self.present_button.setCheckable(True)
        self.present_button.setAccessibleName(self.tr("Presentation mode, large text"))
        self.present_button.setToolTip(self.tr("Large text for a projector (F11)"))
        self.present_button.toggled.connect(self.set_presenting)
        self.swap_button = QPushButton(self.tr("Show the c&hart"), self)
        self.swap_button.setAccessibleName(self.tr("Switch between the table and the chart"))
        self.swap_button.setToolTip(self.tr("Switch between the table and the chart (Ctrl+T)"))
        self.swap_button.clicked.connect(self.swap_view)
        self.swap_button.hide()
        hl.addWidget(self.swap_button)
        hl.addWidget(self.present_button)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Back to the list of assessments"))
        self.close_button.clicked.connect(self.closeRequested)
        hl.addWidget(self.close_button)
        return header

    def _build_chooser(self, parent: QWidget) -> QWidget:
        """The groups (one assessment each), ticked to compare."""
        self.chooser = QWidget(parent)
        cl = QVBoxLayout(self.chooser)
        cl.setContentsMargins(16, 12, 8, 12)
        cl.addWidget(heading(self.tr("Groups"), self.chooser))
        hint = QLabel(self.tr("One assessment per group. Tick the ones to compare."), self.chooser)
        hint.setObjectName("questionMeta")
        hint.setWordWrap(True)
        cl.addWidget(hint)
        self.group_model = CheckableAssessmentModel(self)
        self.group_model.dataChanged.connect(lambda *_a: self._refresh.start())
        self.group_list = QListView(self.chooser)
        self.group_list.setObjectName("workshopGroups")
        self.group_list.setAccessibleName(self.tr("Groups to compare"))
        self.group_list.setModel(self.group_model)
        cl.addWidget(self.group_list, 1)
        return self.chooser

    def _build_main(self, parent: QWidget) -> QWidget:
        """The caption, the table of scores with mean and spread, and the radar chart."""
        main = QWidget(parent)
        ml = QVBoxLayout(main)
        ml.setContentsMargins(12, 12, 18, 12)
        ml.setSpacing(10)
        self.caption = QLabel(main)
        self.caption.setObjectName("workshopCaption")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("What the workshop view shows"))
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ml.addWidget(self.caption)
        self.model = WorkshopModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("workshopTable")
        self.table.setAccessibleName(self.tr("Scores per group with mean and spread"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        )
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_header_height())
        self.split = QSplitter(Qt.Orientation.Vertical, main)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.radar = RadarWidget(self.split)
        self.radar.setAccessibleName(self.tr("Radar chart of the groups and their mean"))
        self.split.addWidget(self.radar)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        ml.addWidget(self.split, 1)
        return main

    # == content =========================================================================
    def load(self, checklist_id: str | None = None) -> None:
        """Read the assessments on the db lane; choose ``checklist_id`` (or the one with
        most assessments)."""
        task = self.service.call(lambda store: store.list_assessments(), "workshop list")
        task.succeeded.connect(lambda rows: self._on_listed(rows, checklist_id))
        task.failed.connect(lambda exc: self.notice.show_notice(describe_error(exc), "error"))

    def _on_listed(self, assessments: list[Assessment], checklist_id: str | None) -> None:
        self.assessments = list(assessments)
        counts: dict[str, list[Assessment]] = {}
        for a in self.assessments:
            counts.setdefault(a.checklist_id, []).append(a)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for cid, rows in sorted(counts.items(), key=lambda kv: -len(kv[1])):
            self.checklist.addItem(
                self.tr("%1 (%2 assessments)")
                .replace("%1", rows[0].checklist_title)
                .replace("%2", str(len(rows))),
                cid,
            )
        index = self.checklist.findData(checklist_id) if checklist_id else 0
        self.checklist.setCurrentIndex(max(0, index))
        self.checklist.blockSignals(False)
        if not counts:
            self.caption.setText(self.tr("There are no assessments yet. Start one per group."))
            self.model.set_summary(None, [])
            self.radar.set_series([])
            return
        self._on_checklist(self.checklist.currentIndex())

    def _on_checklist(self, _row: int) -> None:
        cid = self.checklist.currentData()
        rows = [a for a in self.assessments if a.checklist_id == cid]
        rows.sort(key=lambda a: a.created)
        self.group_model.set_assessments(rows, checked=True)
        self.refresh()

    def refresh(self) -> None:
        """Compute the summary of the ticked groups on the db lane."""
        ids = self.group_model.checked_ids()
        if not ids:
            self.model.set_summary(None, [])
            self.radar.set_series([])
            self.caption.setText(self.tr("Tick at least one group."))
            return
        chosen = [a for a in self.group_model_rows() if a.id in ids]
        task = self.service.call(lambda store: store.workshop(ids), "workshop summary")
        task.succeeded.connect(lambda summary: self._show(summary, chosen, ids))
        task.failed.connect(lambda exc: self.notice.show_notice(describe_error(exc), "error"))

    def group_model_rows(self) -> list[Assessment]:
        """The assessments of the chosen checklist, in list order."""
        rows = []
        for row in range(self.group_model.rowCount()):
            a = self.group_model.assessment(row)
            if a is not None:
                rows.append(a)
        return rows

    def _show(self, summary: WorkshopSummary, chosen: list[Assessment], ids: list[str]) -> None:
        if ids != self.group_model.checked_ids():
            return  # the ticks changed meanwhile; a newer summary is coming
        self.summary = summary
        names = group_names(chosen)
        self.model.set_summary(summary, names)
        self.radar.set_series(workshop_series(summary, names, self.tr("Mean of the groups")))
        title = chosen[0].checklist_title if chosen else ""
        self.caption.setText(
            self.tr(
                "%1 — %2 groups. Mean and spread count only the groups that assessed a "
                "component; a component no group assessed is “not assessed”."
            )
            .replace("%1", title)
            .replace("%2", str(summary.count))
        )
        self._fit_table()
        self.summaryShown.emit(summary)

    def _fit_table(self) -> None:
        header = self.table.horizontalHeader()
        # The component names keep their width; the groups share what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, 1 + len(self.model.groups())):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._fit_header_height()
        rows = len(COMPONENTS) + 1
        height = header.height() + sum(self.table.rowHeight(r) for r in range(rows)) + 4
        self.table.setMinimumHeight(min(height, 520))
        self.table.setMaximumHeight(height + 2)
        rows_header = self.table.verticalHeader()
        if self.presenting:  # alone on the screen: the rows share the whole height
            self.table.setMaximumHeight(16_777_215)
            rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fit_header_height(self) -> None:
        """Tall enough for group names wrapped in their columns (QHeaderView wraps the
        text but does not grow by itself)."""
        header = self.table.horizontalHeader()
        font = self.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if font is not None else header.font())
        lines = 1
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(20, header.sectionSize(column) - 12)
            rect = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
            lines = max(lines, round(rect.height() / metrics.lineSpacing()))
        height = lines * metrics.lineSpacing() + 12
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)
            header.setMaximumHeight(height)

    def set_presenting(self, on: bool) -> None:
        """Large text and no chooser, for a projector."""
        self.presenting = on
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * (PRESENT_SCALE if on else 1.0))
        self.setFont(font)
        for widget in (self.table, self.table.horizontalHeader(), self.caption):
            widget.setFont(font)
        self.model.set_header_font(font)
        chart_font = QFont(font)
        chart_font.setPointSizeF(size * (PRESENT_CHART_SCALE if on else 1.0))
        self.radar.setFont(chart_font)
        self.chooser.setVisible(not on)
        # On a projector one thing at a time, full size: the table, or the chart.
        self.swap_button.setVisible(on)
        self.table.setVisible(True)
        self.radar.setVisible(not on)
        self.swap_button.setText(self.tr("Show the c&hart"))
        if self.present_button.isChecked() != on:
            self.present_button.setChecked(on)
        QTimer.singleShot(0, self._fit_table)

    def swap_view(self) -> None:
        """Presenting: show the chart instead of the table, or back (Ctrl+T)."""
        if not self.presenting:
            return
        chart = not self.radar.isVisible()
        self.radar.setVisible(chart)
        self.table.setVisible(not chart)
        self.swap_button.setText(
            self.tr("Show the &table") if chart else self.tr("Show the c&hart")
        )

    def current_ids(self) -> list[str]:
        """The ticked groups."""
        return self.group_model.checked_ids()

    def select_only(self, ids: Sequence[str]) -> None:
        """Tick exactly ``ids`` (tests, and "compare these" from the list)."""
        for row in range(self.group_model.rowCount()):
            index = self.group_model.index(row, 0)
            a = self.group_model.assessment(row)
            state = Qt.CheckState.Checked if a and a.id in ids else Qt.CheckState.Unchecked
            self.group_model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
        self.refresh()

    def focus_default(self) -> None:
        """Focus the checklist chooser."""
        self.checklist.setFocus(Qt.FocusReason.OtherFocusReason)
