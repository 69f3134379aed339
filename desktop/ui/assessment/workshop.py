"""The workshop view: several assessments of one checklist side by side, to project.

One column per group, then the mean, the range and the spread (standard deviation) of each
component; a chart overlays the groups with the mean drawn bold (a radar, or bars where a
radar has no room). The trainer names the groups (:mod:`.workshop_groups`); drafts are
marked and left out until ticked.

"Present" (F11) is a presentation: the window goes full screen without menus, toolbar,
sidebar or status bar (the main window does that on ``presentingChanged``), the page
turns to large high-contrast type sized to the screen, one thing at a time (the table or
the chart, ``Ctrl+T``), as many groups as fit with the others on further pages (``Page
Down`` / ``Page Up``, :mod:`.workshop_present`); ``Esc`` leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.radar import SERIES_COLOURS, RadarSeries
from desktop.ui.assessment.score_chart import ChartScroll, RadarWidget
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.assessment.widgets import heading
from desktop.ui.assessment.workshop_groups import GroupNames, NameGroupsDialog
from desktop.ui.assessment.workshop_header import WorkshopHeader
from desktop.ui.assessment.workshop_models import CheckableAssessmentModel, WorkshopModel
from desktop.ui.assessment.workshop_table import PresentTable, build_caption, build_table
from desktop.ui.common.notice import NoticeBar

if TYPE_CHECKING:
    from desktop.core.assessments.comparison import WorkshopSummary
    from desktop.core.assessments.model import Assessment


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
    presentingChanged = Signal(bool)

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopPage")
        self.setAccessibleName(self.tr("Workshop view"))
        self.service = service
        self.assessments: list[Assessment] = []
        self.summary: WorkshopSummary | None = None
        self.presenting = False
        self.names = GroupNames(service, self)
        self.names.changed.connect(self._on_names)
        self._asked_names: set[str] = set()  # checklists whose groups we offered to name
        self._normal_font = QFont(self.font())
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
        self.header = WorkshopHeader(self)
        h = self.header
        self.title, self.checklist, self.present_button = h.title, h.checklist, h.present_button
        self.swap_button, self.close_button = h.swap_button, h.close_button
        self.name_button = h.name_button
        h.checklist.currentIndexChanged.connect(self._on_checklist)
        h.present_button.toggled.connect(self.set_presenting)
        h.swap_button.clicked.connect(self.swap_view)
        h.close_button.clicked.connect(self._close)
        h.name_button.clicked.connect(self.name_groups)
        h.previous_button.clicked.connect(lambda: self.turn_page(-1))
        h.next_button.clicked.connect(lambda: self.turn_page(1))
        outer.addWidget(h)
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("workshopSplitter")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self._build_chooser(self.body))
        self.body.addWidget(self._build_main(self.body))
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([250, 1050])
        outer.addWidget(self.body, 1)
        self._build_keys()

    def _build_keys(self) -> None:
        """F11 presents (the main window's menu has it too: then this one steps aside),
        Ctrl+T swaps table and chart; presenting, Esc leaves and Page Down/Up turn."""
        keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        present = QShortcut(QKeySequence(Qt.Key.Key_F11), self, context=keys)
        present.activated.connect(self.present_button.toggle)
        self.shortcuts = [present]
        swap = QShortcut(QKeySequence("Ctrl+T"), self, context=keys)
        swap.activated.connect(self.swap_view)
        self.present_keys: list[QShortcut] = []
        for key, slot in (
            (Qt.Key.Key_Escape, lambda: self.set_presenting(False)),
            (Qt.Key.Key_PageDown, lambda: self.turn_page(1)),
            (Qt.Key.Key_PageUp, lambda: self.turn_page(-1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self, context=keys)
            shortcut.activated.connect(slot)
            self.present_keys.append(shortcut)

    def _build_chooser(self, parent: QWidget) -> QWidget:
        """The groups (one assessment each), ticked to compare, renamed with F2."""
        self.chooser = QWidget(parent)
        cl = QVBoxLayout(self.chooser)
        cl.setContentsMargins(16, 12, 8, 12)
        cl.addWidget(heading(self.tr("Groups"), self.chooser))
        hint = heading(
            self.tr(
                "One assessment per group. Tick the ones to compare; drafts are left out "
                "until ticked. F2 renames a group."
            ),
            self.chooser,
            "questionMeta",
        )
        cl.addWidget(hint)
        self.group_model = CheckableAssessmentModel(self)
        self.group_model.dataChanged.connect(lambda *_a: self._refresh.start())
        self.group_model.renamed.connect(lambda aid, name: self.names.rename({aid: name}))
        self.group_list = QListView(self.chooser)
        self.group_list.setObjectName("workshopGroups")
        self.group_list.setAccessibleName(self.tr("Groups to compare"))
        self.group_list.setModel(self.group_model)
        self.group_list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        cl.addWidget(self.group_list, 1)
        return self.chooser

    def _build_main(self, parent: QWidget) -> QWidget:
        """The caption, the table of scores with mean and spread, and the chart."""
        main = QWidget(parent)
        ml = QVBoxLayout(main)
        ml.setContentsMargins(12, 12, 18, 12)
        ml.setSpacing(10)
        self.caption = build_caption(main)
        ml.addWidget(self.caption)
        self.model = WorkshopModel(self)
        self.table = build_table(self.model, main)
        self.fitter = PresentTable(self.table, self.model)
        self.split = QSplitter(Qt.Orientation.Vertical, main)
        self.split.setObjectName("workshopChartSplitter")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        # The chart scrolls rather than shrink below what its labels need (a short
        # window, many groups): labels never pile up on each other.
        self.chart_scroll = ChartScroll(self.split)
        self.chart_scroll.setObjectName("workshopChartScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.radar = RadarWidget(self.chart_scroll)
        self.radar.setAccessibleName(self.tr("Chart of the groups and their mean"))
        self.chart_scroll.setWidget(self.radar)
        self.split.addWidget(self.chart_scroll)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        ml.addWidget(self.split, 1)
        return main

    # == content =========================================================================
    def load(self, checklist_id: str | None = None) -> None:
        """Read the assessments on the db lane; choose ``checklist_id`` (or the one with
        most assessments)."""
        if not self.names.loaded:
            self.names.load()
        task = self.service.call(lambda store: store.list_assessments(), "workshop list")
        task.succeeded.connect(lambda rows: self._on_listed(rows, checklist_id))
        task.failed.connect(lambda exc: self.notice.show_notice(describe_error(exc), "error"))

    def _on_listed(self, assessments: list[Assessment], checklist_id: str | None) -> None:
        self.assessments = list(assessments)
        if not self.header.set_checklists(self.assessments, checklist_id):
            self.caption.setText(self.tr("There are no assessments yet. Start one per group."))
            self.model.set_summary(None, [])
            self.radar.set_series([])
            return
        self._on_checklist(self.checklist.currentIndex())

    def _rows_of_checklist(self) -> list[Assessment]:
        cid = self.checklist.currentData()
        rows = [a for a in self.assessments if a.checklist_id == cid]
        return sorted(rows, key=lambda a: a.created)

    def _on_checklist(self, _row: int) -> None:
        rows = self._rows_of_checklist()
        # Drafts stay out of the comparison until the trainer ticks them.
        complete = [a.id for a in rows if a.is_complete]
        self.group_model.set_assessments(rows, complete, self.names.plain_names(rows))
        self.refresh()
        self._offer_names(rows)

    def _offer_names(self, rows: list[Assessment]) -> None:
        """When the workshop starts, ask once to name the groups that have no name."""
        cid = self.checklist.currentData()
        if not self.names.loaded or cid in self._asked_names or not self.names.unnamed(rows):
            return
        self._asked_names.add(cid)
        self.notice.show_notice(
            self.tr("Name the groups, so that everyone can tell them apart on the screen."),
            "info",
            [(self.tr("Name the groups…"), self.name_groups)],
        )

    def _on_names(self) -> None:
        rows = self.group_model_rows()
        self.group_model.set_names(self.names.plain_names(rows))
        if self.summary is not None:
            self.refresh()
        elif rows:
            self._offer_names(rows)

    def name_groups(self) -> NameGroupsDialog | None:
        """ "Name the groups…": one field per group of the checklist shown."""
        rows = self.group_model_rows()
        if not rows:
            return None
        dialog = self.make_names_dialog(rows, self.names.plain_names(rows))
        if dialog.exec() == NameGroupsDialog.DialogCode.Accepted:
            self.notice.dismiss()
            self.names.rename(dialog.names())
        dialog.deleteLater()
        return dialog

    def make_names_dialog(self, rows: list[Assessment], names: list[str]) -> NameGroupsDialog:
        """The dialog of :meth:`name_groups` (tests replace ``exec``)."""
        return NameGroupsDialog(rows, names, self)

    def refresh(self) -> None:
        """Compute the summary of the ticked groups on the db lane."""
        ids = self.group_model.checked_ids()
        if not ids:
            self.summary = None
            self.model.set_summary(None, [])
            self.radar.set_series([])
            drafts_only = bool(self.group_model.rowCount())
            self.caption.setText(
                self.tr("No group has completed its assessment yet: tick the drafts to compare.")
                if drafts_only and not any(a.is_complete for a in self.group_model_rows())
                else self.tr("Tick at least one group.")
            )
            return
        chosen = [a for a in self.group_model_rows() if a.id in ids]
        task = self.service.call(lambda store: store.workshop(ids), "workshop summary")
        task.succeeded.connect(lambda summary: self._show(summary, chosen, ids))
        task.failed.connect(lambda exc: self.notice.show_notice(describe_error(exc), "error"))

    def group_model_rows(self) -> list[Assessment]:
        """The assessments of the chosen checklist, in list order."""
        rows = (self.group_model.assessment(n) for n in range(self.group_model.rowCount()))
        return [a for a in rows if a is not None]

    def _show(self, summary: WorkshopSummary, chosen: list[Assessment], ids: list[str]) -> None:
        if ids != self.group_model.checked_ids():
            return  # the ticks changed meanwhile; a newer summary is coming
        self.summary = summary
        names = self.names.names_for(chosen)
        self.model.set_summary(summary, names)
        self.radar.set_series(workshop_series(summary, names, self.tr("Mean of the groups")))
        title = checklist_title(chosen[0]) if chosen else ""
        self.caption.setText(
            self.tr(
                "%1 — %n groups. Mean and spread count only the groups that assessed a "
                "component; a component no group assessed is “not assessed”.",
                "",
                summary.count,
            ).replace("%1", title)
        )
        self._fit()
        self.summaryShown.emit(summary)

    # == presenting ======================================================================
    def set_presenting(self, on: bool) -> None:
        """Present (large high-contrast type, one view at a time, paged groups) or not."""
        changed = on != self.presenting
        self.presenting = on
        screen = self.screen()
        height = screen.geometry().height() if screen is not None else 768
        font = self.fitter.apply_font(self, self._base_font, on, height)
        self.caption.setFont(font)
        self.model.set_header_font(self.table.horizontalHeader().font())
        self.radar.setFont(font)
        self.chooser.setVisible(not on)
        # The header names the checklist and the groups shown: the room reads the scores.
        self.caption.setVisible(not on)
        self.model.short_names = on
        if on:
            self.notice.dismiss()  # the room sees the scores, not the trainer's reminders
        self.header.set_presenting(on)
        for shortcut in self.present_keys:
            shortcut.setEnabled(on)
        self.table.setVisible(True)
        self.chart_scroll.setVisible(not on)
        self.swap_button.setText(self.tr("Show the c&hart"))
        if self.present_button.isChecked() != on:
            self.present_button.setChecked(on)
        if changed:
            self.presentingChanged.emit(on)
        if on:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Fit the table to the page (and, presenting, page the groups)."""
        self.fitter.fit(self.presenting)
        if not self.presenting:  # the table as tall as its rows, the chart the rest
            self.split.setSizes([self.table.maximumHeight(), max(1, self.split.height())])
        first, shown, total = self.model.page()
        self.header.show_page(first, shown, total, self.presenting)

    def turn_page(self, step: int) -> None:
        """Presenting: the next (1) or previous (-1) page of groups."""
        if self.presenting and self.fitter.turn(step):
            self._fit()

    def swap_view(self) -> None:
        """Presenting: show the chart instead of the table, or back (Ctrl+T)."""
        if not self.presenting:
            return
        chart = not self.chart_scroll.isVisible()
        self.chart_scroll.setVisible(chart)
        self.table.setVisible(not chart)
        self.swap_button.setText(
            self.tr("Show the &table") if chart else self.tr("Show the c&hart")
        )

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.presenting:
            self._fit()

    def _close(self) -> None:
        self.set_presenting(False)
        self.closeRequested.emit()

    # == choosing ========================================================================
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
