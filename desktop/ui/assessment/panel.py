"""The Assessments panel: the list of assessments, and the runner, results and workshop.

``AssessmentsPanel(store, library, runner)`` is a standalone QWidget; the main window
shows it as a tab or page and connects ``documentRequested`` to its reader. ``store`` is
an open :class:`~desktop.core.assessments.store.AssessmentStore`, the user data folder, or a
function that opens the store; it is opened on the runner's db lane.

Keys on the list: ``Enter`` opens (continues) the assessment, ``Ctrl+N`` starts a new one,
``Ctrl+R`` shows its results, ``Ctrl+Shift+W`` the workshop view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.migrate import MigrationDialog
from desktop.ui.assessment.models import (
    ASSESSMENT_ID_ROLE,
    SORT_ROLE,
    AssessmentListModel,
    AssessmentRow,
    format_when,
)
from desktop.ui.assessment.results import ResultsPage
from desktop.ui.assessment.runner import RunnerPage
from desktop.ui.assessment.saver import SaveState
from desktop.ui.assessment.service import AssessmentService, StoreSource, describe_error
from desktop.ui.assessment.start_dialog import StartDialog
from desktop.ui.assessment.widgets import assessment_stylesheet, heading
from desktop.ui.assessment.workshop import WorkshopPage
from desktop.ui.common.notice import NoticeBar
from desktop.ui.common.reader_style import is_dark

if TYPE_CHECKING:
    from desktop.core.assessments.store import Assessment, AssessmentStore
    from desktop.core.library.documents import Library
    from desktop.ui.common.tasks import Task, TaskRunner


def list_rows(store: AssessmentStore) -> list[AssessmentRow]:
    """Every assessment with its progress, overall index and sync status (db lane)."""
    import sqlite3

    from desktop.core.sync.outbox import statuses_by_assessment

    try:
        statuses = statuses_by_assessment(store.db)
    except sqlite3.OperationalError:  # a read-only database from before the outbox
        statuses = {}
    rows = []
    for a in store.list_assessments():
        state = store.load(a.id)
        progress = state.progress().values()
        rows.append(
            AssessmentRow(
                a,
                sum(p.done for p in progress),
                sum(p.total for p in progress),
                state.score().overall,
                statuses.get(a.id),
            )
        )
    return rows


class AssessmentsPanel(QWidget):
    """Self-assessments: list, runner, results, workshop (see the module docstring)."""

    documentRequested = Signal(str, str)  # doc id, anchor: open in the library reader
    statusMessage = Signal(str)
    listRefreshed = Signal()

    PAGE_LIST, PAGE_RUNNER, PAGE_RESULTS, PAGE_WORKSHOP = range(4)

    def __init__(
        self,
        store: StoreSource,
        library: Library | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.setAccessibleName(self.tr("Self-assessments"))
        self.setStyleSheet(assessment_stylesheet(is_dark()))
        self.library = library
        self.service = AssessmentService(runner, store, self)
        self.service.opened.connect(self._on_opened)
        self.service.openFailed.connect(self._on_open_failed)
        self.service.changed.connect(lambda: self._refresh_timer.start())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self.list_model = AssessmentListModel(self)
        self._build()
        self.set_library(library)
        self._watched: QWidget | None = None
        self._watch_window()
        if autostart:
            self.service.open()

    # == construction ====================================================================
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("assessmentPages")
        layout.addWidget(self.stack)
        self.list_page = self._build_list_page()
        self.runner = RunnerPage(self.service, self.stack)
        self.results = ResultsPage(self.service, self.stack)
        self.workshop = WorkshopPage(self.service, self.stack)
        for page in (self.list_page, self.runner, self.results, self.workshop):
            self.stack.addWidget(page)
        self.runner.closeRequested.connect(self.show_list)
        self.runner.resultsRequested.connect(self.show_results)
        self.runner.completed.connect(self.show_results)
        self.runner.documentRequested.connect(self.documentRequested)
        self.runner.migrateRequested.connect(self.offer_migration)
        self.runner.statusMessage.connect(self.statusMessage)
        self.results.backRequested.connect(self.open_assessment)
        self.results.closeRequested.connect(self.show_list)
        self.results.documentRequested.connect(self.documentRequested)
        self.results.statusMessage.connect(self.statusMessage)
        self.workshop.closeRequested.connect(self.show_list)

    def _build_list_page(self) -> QWidget:
        page = QWidget(self.stack)
        page.setObjectName("assessmentListPage")
        page.setAccessibleName(self.tr("List of self-assessments"))
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame(page)
        header.setObjectName("runnerHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(22, 16, 22, 10)
        row = QHBoxLayout()
        title = QLabel(self.tr("Readiness self-assessments"), page)
        title.setObjectName("pageTitle")
        title.setAccessibleName(title.text())
        row.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("&New assessment…"), page)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("Start a new assessment"))
        self.new_button.setToolTip(self.tr("Start a new assessment (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_assessment)
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.open_button.clicked.connect(self._open_selected)
        self.results_button = QPushButton(self.tr("&Results"), page)
        self.results_button.setAccessibleName(self.tr("Results of the selected assessment"))
        self.results_button.setToolTip(self.tr("Results (Ctrl+R)"))
        self.results_button.clicked.connect(self._results_selected)
        self.workshop_button = QPushButton(self.tr("&Workshop view"), page)
        self.workshop_button.setAccessibleName(self.tr("Compare groups in the workshop view"))
        self.workshop_button.setToolTip(self.tr("Workshop view (Ctrl+Shift+W)"))
        self.workshop_button.clicked.connect(self.show_workshop)
        for button in (
            self.new_button,
            self.open_button,
            self.results_button,
            self.workshop_button,
        ):
            row.addWidget(button)
        hl.addLayout(row)
        sub = QLabel(
            self.tr(
                "Answer a checklist for an institution, offline. Answers are saved as you "
                "type; close at any time and continue where you left off."
            ),
            page,
        )
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        hl.addWidget(sub)
        outer.addWidget(header)
        self.notice = NoticeBar(page)
        outer.addWidget(self.notice)

        body = QVBoxLayout()
        body.setContentsMargins(22, 14, 22, 18)
        body.setSpacing(10)
        self.continue_card = QFrame(page)
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
        self._continue_id: str | None = None
        body.addWidget(self.continue_card)

        filter_row = QHBoxLayout()
        self.filter = QLineEdit(page)
        self.filter.setObjectName("assessmentFilter")
        self.filter.setAccessibleName(self.tr("Filter the assessments"))
        self.filter.setPlaceholderText(self.tr("Filter by institution, country or checklist"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(300)
        filter_row.addWidget(heading(self.tr("All assessments"), page))
        filter_row.addStretch(1)
        filter_row.addWidget(self.filter)
        body.addLayout(filter_row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(page)
        self.table.setObjectName("assessmentList")
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            AssessmentListModel.COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The institution is what people look for: it keeps a readable width, and the
        # long sync column (receipt ids, rejection reasons) takes what is left, elided,
        # whole in its tooltip.
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        sync_column = AssessmentListModel.COLUMNS.index("sync")
        header_view.setSectionResizeMode(sync_column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        body.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No assessments yet. Choose “New assessment…” (Ctrl+N) to start one."),
            page,
        )
        self.empty.setObjectName("emptyResults")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        body.addWidget(self.empty)
        outer.addLayout(body, 1)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+N", self.new_assessment),
            ("Ctrl+R", self._results_selected),
            ("Ctrl+Shift+W", self.show_workshop),
        ):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(ctx)
            shortcut.activated.connect(slot)
        return page

    # == opening =========================================================================
    def set_library(self, library: Library | None) -> None:
        """The loaded library (it may arrive after the panel was built)."""
        self.library = library
        self.runner.set_library(library)
        self.results.set_library(library)
        self.new_button.setEnabled(library is not None and self.service.available)

    def _on_opened(self, read_only: bool) -> None:
        self.new_button.setEnabled(self.library is not None)
        if read_only:
            self.notice.show_notice(
                self.tr(
                    "Accord's data folder cannot be written, so assessments can be read but "
                    "not changed. Answers you type are kept in the form and saved as soon "
                    "as the folder can be written again."
                ),
                "warning",
            )
        else:
            self.notice.dismiss()
        self.refresh()

    def _on_open_failed(self, message: str) -> None:
        self.new_button.setEnabled(False)
        self.notice.show_notice(
            self.tr("The assessments could not be opened: %1").replace("%1", message),
            "error",
            [(self.tr("Try again"), self.service.open)],
        )

    def refresh_soon(self) -> None:
        """Refresh the list shortly (changes arriving together cost one read)."""
        self._refresh_timer.start()

    def refresh(self) -> Task | None:
        """Read the list of assessments again (db lane)."""
        if not self.service.available:
            return None
        task = self.service.call(list_rows, "list assessments")
        task.succeeded.connect(self._on_rows)
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("The assessments could not be listed: %1").replace(
                    "%1", describe_error(exc)
                ),
                "error",
                [(self.tr("Try again"), self.refresh)],
            )
        )
        return task

    def _on_rows(self, rows: list[AssessmentRow]) -> None:
        selected = self.selected_id()
        self.list_model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        drafts = [r for r in rows if not r.assessment.is_complete]
        if drafts:
            latest = max(drafts, key=lambda r: r.assessment.updated)
            a = latest.assessment
            self._continue_id = a.id
            self.continue_label.setText(
                self.tr(
                    "<b>Continue where you left off:</b> %1 — %2, %3 of %4 answered, last "
                    "changed %5."
                )
                .replace("%1", a.institution)
                .replace("%2", a.checklist_title)
                .replace("%3", str(latest.answered))
                .replace("%4", str(latest.total))
                .replace("%5", format_when(a.updated))
            )
            self.continue_card.show()
        else:
            self._continue_id = None
            self.continue_card.hide()
        if selected:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)
        self.listRefreshed.emit()

    # == list actions ======================================================================
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
            self.open_assessment(aid)

    def _open_selected(self) -> None:
        aid = self.selected_id()
        if aid:
            self.open_assessment(aid)

    def _results_selected(self) -> None:
        aid = self.selected_id()
        if aid:
            self.show_results(aid)

    def _continue(self) -> None:
        if self._continue_id:
            self.open_assessment(self._continue_id)

    def new_assessment(self) -> StartDialog | None:
        """Ctrl+N: the start dialog (non-modal; the runner opens when it is created)."""
        if self.library is None or not self.service.available:
            self.statusMessage.emit(self.tr("The library is still loading."))
            return None
        from desktop.core.assessments.store import available_checklists

        dialog = StartDialog(self.service, self.library, available_checklists(self.library), self)

        def finished(_result: int) -> None:
            # After the dialog has closed (and handed the focus back): open the runner.
            if dialog.assessment is not None:
                self.open_assessment(dialog.assessment.id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # == pages ===========================================================================
    def show_list(self) -> None:
        """Back to the list."""
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_assessment(self, assessment_id: str) -> None:
        """The runner on ``assessment_id``, where it was left."""
        self.stack.setCurrentWidget(self.runner)
        self.runner.open_assessment(assessment_id)

    def show_results(self, assessment_id: str) -> None:
        """The results of ``assessment_id``."""
        self.runner.flush()
        self.stack.setCurrentWidget(self.results)
        self.results.open_assessment(assessment_id)
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_workshop(self, checklist_id: str | None = None) -> None:
        """Several assessments of one checklist side by side."""
        if not isinstance(checklist_id, str):
            checklist_id = None
        if checklist_id is None:
            aid = self.selected_id()
            row = self.list_model.row_of(aid) if aid else -1
            if row >= 0:
                checklist_id = self.list_model.rows()[row].assessment.checklist_id
        self.stack.setCurrentWidget(self.workshop)
        self.workshop.load(checklist_id)
        self.workshop.focus_default()

    # == checklist versions ==============================================================
    def offer_migration(self, assessment_id: str) -> None:
        """Show what moving to the installed checklist version does; move on "yes"."""
        library = self.library
        if library is None:
            return

        def plan_job(store: Any) -> tuple[Any, Any]:
            from desktop.core.assessments.store import startable_checklist

            a = store.get(assessment_id)
            checklist = startable_checklist(library, a.checklist_id)
            return store.plan_migration(assessment_id, checklist), checklist

        task = self.service.call(plan_job, "plan the move")
        task.succeeded.connect(lambda result: self._confirm_migration(assessment_id, *result))
        task.failed.connect(
            lambda exc: self.runner.notice.show_notice(
                self.tr("The draft cannot be moved: %1").replace("%1", describe_error(exc)),
                "error",
            )
        )

    def make_migration_dialog(self, plan: Any, checklist: Any) -> MigrationDialog:
        """The dialog of :meth:`offer_migration` (tests replace ``exec``)."""
        return MigrationDialog(plan, checklist, self)

    def _confirm_migration(self, assessment_id: str, plan: Any, checklist: Any) -> None:
        dialog = self.make_migration_dialog(plan, checklist)
        accepted = dialog.exec() == MigrationDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        by = ""
        if self.runner.state is not None and self.runner.state.assessment.assessors:
            by = self.runner.state.assessment.assessors[0]
        self.runner.flush()
        task = self.service.call(
            lambda store: store.migrate(assessment_id, checklist, by),
            "move draft",
            write=True,
            ids=[assessment_id],
        )
        task.succeeded.connect(lambda _plan: self.open_assessment(assessment_id))
        task.failed.connect(
            lambda exc: self.runner.notice.show_notice(
                self.tr("The draft could not be moved: %1").replace("%1", describe_error(exc)),
                "error",
            )
        )

    # == shutdown ========================================================================
    def _watch_window(self) -> None:
        """Watch the window this panel lives in: its Close comes before the app's
        shutdown, so what is waiting is written (or the user asked) in time."""
        window = self.window()
        if window is self or window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        window.installEventFilter(self)
        self._watched = window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            if not self.confirm_close():
                event.ignore()
                return True
            self.close_store()
        return super().eventFilter(watched, event)

    def confirm_close(self) -> bool:
        """Before quitting: write what is waiting; when it cannot be written, ask."""
        if not self.has_unsaved():
            return True
        self.flush()
        saver = self.runner.saver
        if saver is None or saver.state != SaveState.FAILED:
            return True  # queued on the db lane before the database closes
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Answers not saved"))
        box.setText(
            self.tr("Some answers you typed are not saved yet: %1").replace("%1", saver.message)
        )
        box.setInformativeText(
            self.tr(
                "Keep Accord open and save them once the cause is fixed, or quit and lose them."
            )
        )
        keep = box.addButton(self.tr("&Keep Accord open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("&Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def has_unsaved(self) -> bool:
        """True while an answer typed in the runner is not yet on disk."""
        return self.runner.has_unsaved()

    def flush(self) -> None:
        """Write what is waiting now (before the app quits)."""
        self.runner.flush()

    def close_store(self) -> Task:
        """Flush, then close the store after the queued writes (does not wait)."""
        self.flush()
        return self.service.close()

    def current_assessment(self) -> Assessment | None:
        """The assessment open in the runner."""
        return self.runner.state.assessment if self.runner.state else None
