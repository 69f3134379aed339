"""The Assessments panel: the list of assessments, and the runner, results and workshop.

``AssessmentsPanel(store, library, runner)`` is a standalone QWidget; the main window
shows it as a tab or page and connects ``documentRequested`` to its reader. ``store`` is
an open :class:`~desktop.core.assessments.store.AssessmentStore`, the user data folder, or a
function that opens the store; it is opened on the runner's db lane.

Keys on the list: ``Enter`` opens (continues) the assessment, ``Ctrl+N`` starts a new one,
``Ctrl+R`` shows its results, ``Ctrl+Shift+W`` the workshop view.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.actions.assessments import DraftMove, move_draft, plan_draft_move
from desktop.ui.assessment.checklist_titles import remember_titles
from desktop.ui.assessment.list_model import AssessmentRow
from desktop.ui.assessment.list_page import AssessmentListPage, list_rows
from desktop.ui.assessment.migrate import MigrationDialog
from desktop.ui.assessment.results import ResultsPage
from desktop.ui.assessment.runner import RunnerPage
from desktop.ui.assessment.saver import SaveState
from desktop.ui.assessment.service import AssessmentService, StoreSource, describe_error
from desktop.ui.assessment.start_dialog import StartDialog
from desktop.ui.assessment.widgets import assessment_stylesheet
from desktop.ui.assessment.workshop import WorkshopPage
from desktop.ui.common.reader_style import is_dark

if TYPE_CHECKING:
    from desktop.core.assessments.model import Assessment
    from desktop.core.assessments.store import AssessmentStore
    from desktop.core.library.documents import Library
    from desktop.ui.common.tasks import Task, TaskRunner

__all__ = ["AssessmentsPanel", "list_rows"]


class AssessmentsPanel(QWidget):
    """Self-assessments: list, runner, results, workshop (see the module docstring)."""

    documentRequested = Signal(str, str)  # doc id, anchor: open in the library reader
    statusMessage = Signal(str)
    listRefreshed = Signal()
    presentingChanged = Signal(bool)  # the workshop view is presented (full screen)

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
        remember_titles(library)
        self.service = AssessmentService(runner, store, self)
        self.service.opened.connect(self._on_opened)
        self.service.openFailed.connect(self._on_open_failed)
        # Writes arriving together cost one read: the ids written wait for the timer
        # (None: every row).
        self._stale: set[str] | None = set()
        self.service.changed.connect(self._mark_stale)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self._refresh_stale)
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
        self.list_page = AssessmentListPage(self.stack)
        self._alias_list_page(self.list_page)
        self.runner = RunnerPage(self.service, self.stack)
        self.results = ResultsPage(self.service, self.stack)
        self.workshop = WorkshopPage(self.service, self.stack)
        for page in (self.list_page, self.runner, self.results, self.workshop):
            self.stack.addWidget(page)
        self.list_page.openRequested.connect(self.open_assessment)
        self.list_page.resultsRequested.connect(self.show_results)
        self.list_page.newRequested.connect(self.new_assessment)
        self.list_page.workshopRequested.connect(self.show_workshop)
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
        self.workshop.presentingChanged.connect(self.presentingChanged)

    def _alias_list_page(self, page: AssessmentListPage) -> None:
        """The list page's parts, as the panel's own (``panel.table``, …)."""
        self.list_model = page.list_model
        self.proxy = page.proxy
        self.table = page.table
        self.filter = page.filter
        self.notice = page.notice
        self.empty = page.empty
        self.new_button = page.new_button
        self.open_button = page.open_button
        self.results_button = page.results_button
        self.workshop_button = page.workshop_button
        self.continue_card = page.continue_card
        self.continue_label = page.continue_label
        self.continue_button = page.continue_button

    # == opening =========================================================================
    def set_library(self, library: Library | None) -> None:
        """The loaded library (it may arrive after the panel was built)."""
        self.library = library
        remember_titles(library)
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
        """Read every row again shortly (changes arriving together cost one read)."""
        self._mark_stale(frozenset())

    def _mark_stale(self, ids: Iterable[str]) -> None:
        """``ids`` were written (none named: any may have been); read them shortly."""
        ids = set(ids)
        if not ids:
            self._stale = None
        elif self._stale is not None:
            self._stale |= ids
        self._refresh_timer.start()

    def _refresh_stale(self) -> None:
        stale, self._stale = self._stale, set()
        if stale is None:
            self.refresh()
        elif stale:
            self.refresh_rows(stale)

    def refresh(self) -> Task | None:
        """Read the list of assessments again (db lane)."""
        return self._read_rows(None)

    def refresh_rows(self, ids: Iterable[str]) -> Task | None:
        """Read the rows of ``ids`` again (db lane) and update them in place."""
        return self._read_rows(frozenset(ids))

    def _read_rows(self, ids: frozenset[str] | None) -> Task | None:
        if not self.service.available:
            return None
        task = self.service.call(lambda store: list_rows(store, ids), "list assessments")
        task.succeeded.connect(lambda rows: self._on_rows(rows, ids))
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

    def _on_rows(self, rows: list[AssessmentRow], ids: frozenset[str] | None = None) -> None:
        if ids is None:
            self.list_page.show_rows(rows)
        else:
            self.list_page.update_rows(rows, ids)
        self.listRefreshed.emit()

    # == list actions ======================================================================
    def selected_id(self) -> str | None:
        """The id of the selected assessment."""
        return self.list_page.selected_id()

    def select(self, assessment_id: str) -> None:
        """Select ``assessment_id`` in the list."""
        self.list_page.select(assessment_id)

    def new_assessment(self) -> StartDialog | None:
        """Ctrl+N: the start dialog (non-modal; the runner opens when it is created)."""
        if self.library is None or not self.service.available:
            self.statusMessage.emit(self.tr("The library is still loading."))
            return None
        from desktop.core.assessments.startable import available_checklists

        dialog = StartDialog(self.service, self.library, available_checklists(self.library), self)

        def finished(_result: int) -> None:
            # After the dialog has closed (and handed the focus back): open the runner.
            if dialog.assessment is not None:
                self.open_assessment(dialog.assessment.id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def use_window_keys(self) -> None:
        """Inside the main window, whose Assessments menu holds ``Ctrl+N``, ``Ctrl+R``,
        ``Ctrl+Shift+W`` and ``F11`` for every screen: the pages' own copies step aside
        (two shortcuts on one key would both stay silent)."""
        for shortcut in (*self.list_page.shortcuts, *self.workshop.shortcuts):
            shortcut.setEnabled(False)

    def focus_page(self) -> None:
        """Move the keyboard focus into the page shown (after Ctrl+5)."""
        page = self.stack.currentWidget()
        if page is self.list_page:
            # No assessments yet: the table is hidden, the first step is "New assessment".
            target = self.table if self.table.isVisibleTo(page) else self.list_page.new_button
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif page is self.runner and self.runner.state is not None:
            self.runner.card.focus_answers()
        elif page is self.workshop:
            self.workshop.focus_default()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_current_results(self) -> None:
        """Ctrl+R: the results of the assessment in the runner, or of the one selected."""
        page = self.stack.currentWidget()
        if page is self.runner and self.runner.state is not None:
            self.show_results(self.runner.state.assessment.id)
        elif page is not self.results or self.results.assessment_id is None:
            aid = self.selected_id()
            if aid:
                self.show_results(aid)

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

        def plan_job(store: AssessmentStore) -> DraftMove:
            return plan_draft_move(store, library, assessment_id)

        task = self.service.call(plan_job, "plan the move")
        task.succeeded.connect(
            lambda move: self._confirm_migration(assessment_id, move.plan, move.checklist)
        )
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
            lambda store: move_draft(store, assessment_id, checklist, by),
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
