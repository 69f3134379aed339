"""The list of assessments: the first page of the Assessments panel.

A header with the page's actions, a notice bar, "Continue where you left off" for the
most recently changed draft, a filter, and the table of assessments (sortable, newest
change first). The rows are read on the db lane by :func:`list_rows`, all of them or only
those that changed (:meth:`AssessmentListPage.update_rows` keeps the selection).

Keys: ``Enter`` opens (continues) the selected assessment, ``Ctrl+N`` starts a new one,
``Ctrl+R`` shows its results, ``Ctrl+Shift+W`` the workshop view.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.counts import answered_text
from desktop.ui.assessment.formatting import format_when
from desktop.ui.assessment.list_model import AssessmentListModel, AssessmentRow
from desktop.ui.assessment.roles import ASSESSMENT_ID_ROLE, SORT_ROLE
from desktop.ui.assessment.widgets import heading, page_header, page_title
from desktop.ui.common.notice import NoticeBar
from desktop.ui.common.responsive import WrappingHeader

if TYPE_CHECKING:
    from desktop.core.assessments.store import AssessmentStore


def list_rows(store: AssessmentStore, ids: Collection[str] | None = None) -> list[AssessmentRow]:
    """The assessments ``ids`` (all when None) with their progress, overall index and
    sync status, in a few queries (db lane)."""
    import sqlite3

    from desktop.core.sync.outbox import statuses_by_assessment

    try:
        statuses = statuses_by_assessment(store.db)
    except sqlite3.OperationalError:  # a read-only database from before the outbox
        statuses = {}
    return [
        AssessmentRow(
            s.assessment,
            s.answered,
            s.total,
            s.overall,
            statuses.get(s.assessment.id),
            s.coverage,
            s.closed,
        )
        for s in store.summaries(ids)
    ]


class AssessmentListPage(QWidget):
    """The list page (see the module docstring); the panel connects its requests."""

    openRequested = Signal(str)  # assessment id: open (continue) it in the runner
    resultsRequested = Signal(str)  # assessment id
    newRequested = Signal()
    workshopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentListPage")
        self.setAccessibleName(self.tr("List of self-assessments"))
        self.list_model = AssessmentListModel(self)
        self._continue_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        body = QVBoxLayout()
        body.setContentsMargins(22, 14, 22, 18)
        body.setSpacing(10)
        body.addWidget(self._build_continue_card())
        body.addLayout(self._build_filter_row())
        body.addWidget(self._build_table(), 1)
        self.empty = QLabel(
            self.tr("No assessments yet. Choose “New assessment…” (Ctrl+N) to start one."),
            self,
        )
        self.empty.setObjectName("emptyResults")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        body.addWidget(self.empty)
        outer.addLayout(body, 1)
        # The page's own keys (in the main window its Assessments menu has them).
        self.shortcuts: list[QShortcut] = []
        for keys, signal in (
            ("Ctrl+N", self.newRequested),
            ("Ctrl+R", self._request_results),
            ("Ctrl+Shift+W", self.workshopRequested),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(signal)
            self.shortcuts.append(shortcut)

    # == construction ====================================================================
    def _build_header(self) -> QFrame:
        header, hl = page_header(self, (22, 16, 22, 10))
        # The buttons go under the title when both do not fit: the title stays whole.
        row = WrappingHeader(page_title(self.tr("Readiness self-assessments"), self), self)
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("Start a new assessment"))
        self.new_button.setToolTip(self.tr("Start a new assessment (Ctrl+N)"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.open_button.clicked.connect(self._request_open)
        self.results_button = QPushButton(self.tr("&Results"), self)
        self.results_button.setAccessibleName(self.tr("Results of the selected assessment"))
        self.results_button.setToolTip(self.tr("Results (Ctrl+R)"))
        self.results_button.clicked.connect(self._request_results)
        self.workshop_button = QPushButton(self.tr("&Workshop view"), self)
        self.workshop_button.setAccessibleName(self.tr("Compare groups in the workshop view"))
        self.workshop_button.setToolTip(self.tr("Workshop view (Ctrl+Shift+W)"))
        self.workshop_button.clicked.connect(self.workshopRequested)
        for button in (
            self.new_button,
            self.open_button,
            self.results_button,
            self.workshop_button,
        ):
            row.add(button)
        hl.addWidget(row)
        sub = QLabel(
            self.tr(
                "Answer a checklist for an institution, offline. Answers are saved as you "
                "type; close at any time and continue where you left off."
            ),
            self,
        )
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        hl.addWidget(sub)
        return header

    def _build_continue_card(self) -> QFrame:
        self.continue_card = QFrame(self)
        self.continue_card.setObjectName("continueCard")
        cl = QHBoxLayout(self.continue_card)
        cl.setContentsMargins(16, 12, 16, 12)
        self.continue_label = QLabel(self.continue_card)
        self.continue_label.setWordWrap(True)
        self.continue_label.setAccessibleName(self.tr("Where you left off"))
        cl.addWidget(self.continue_label, 1)
        self.continue_button = QPushButton(self.tr("&Continue"), self.continue_card)
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setAccessibleName(self.tr("Continue where you left off"))
        self.continue_button.clicked.connect(self._continue)
        cl.addWidget(self.continue_button)
        self.continue_card.hide()
        return self.continue_card

    def _build_filter_row(self) -> QHBoxLayout:
        filter_row = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setObjectName("assessmentFilter")
        self.filter.setAccessibleName(self.tr("Filter the assessments"))
        self.filter.setPlaceholderText(self.tr("Filter by institution, country or checklist"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(300)
        filter_row.addWidget(heading(self.tr("All assessments"), self))
        filter_row.addStretch(1)
        filter_row.addWidget(self.filter)
        return filter_row

    def _build_table(self) -> QTableView:
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        table = self.table = QTableView(self)
        table.setObjectName("assessmentList")
        table.setAccessibleName(self.tr("Assessments"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(
            AssessmentListModel.COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder
        )
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(34)
        header_view = table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The table fits the page (no sideways scrolling at 1024 or 1366 pixels): the
        # short columns take their text's width; the institution, the checklist and the
        # sync status share the rest, elided, whole in their tooltips.
        for column in ("institution", "checklist", "sync"):
            index = AssessmentListModel.COLUMNS.index(column)
            header_view.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        header_view.setMinimumSectionSize(60)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.activated.connect(self._open_index)
        table.doubleClicked.connect(self._open_index)
        return table

    # == rows ============================================================================
    def show_rows(self, rows: Sequence[AssessmentRow]) -> None:
        """Show ``rows`` (every assessment), keeping the selected one selected."""
        selected = self.selected_id()
        self.list_model.set_rows(rows)
        self._rows_changed()
        if selected:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)

    def update_rows(self, rows: Sequence[AssessmentRow], ids: Collection[str]) -> None:
        """The assessments ``ids`` changed; ``rows`` are their new figures. The rows are
        updated in place, so the selection stays as it is."""
        self.list_model.update_rows(rows, ids)
        self._rows_changed()
        if not self.selected_id() and self.list_model.rowCount():
            self.table.selectRow(0)

    def _rows_changed(self) -> None:
        rows = self.list_model.rows()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        drafts = [r for r in rows if not r.assessment.is_complete]
        if not drafts:
            self._continue_id = None
            self.continue_card.hide()
            return
        latest = max(drafts, key=lambda r: r.assessment.updated)
        a = latest.assessment
        self._continue_id = a.id
        self.continue_label.setText(
            self.tr("<b>Continue where you left off:</b> %1 — %2, %3, last changed %4.")
            .replace("%1", html.escape(a.institution))
            .replace("%2", html.escape(checklist_title(a)))
            .replace("%3", answered_text(latest.count()))
            .replace("%4", format_when(a.updated))
        )
        self.continue_card.show()

    # == selection =======================================================================
    def selected_id(self) -> str | None:
        """The id of the selected assessment."""
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ASSESSMENT_ID_ROLE) if index.isValid() else None

    def select(self, assessment_id: str) -> None:
        """Select ``assessment_id`` in the list."""
        row = self.list_model.row_of(assessment_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.list_model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())

    def _open_index(self, index: QModelIndex) -> None:
        aid = index.siblingAtColumn(0).data(ASSESSMENT_ID_ROLE)
        if aid:
            self.openRequested.emit(aid)

    def _request_open(self) -> None:
        aid = self.selected_id()
        if aid:
            self.openRequested.emit(aid)

    def _request_results(self) -> None:
        aid = self.selected_id()
        if aid:
            self.resultsRequested.emit(aid)

    def _continue(self) -> None:
        if self._continue_id:
            self.openRequested.emit(self._continue_id)
