"""The main window: library browser, live search, reader, reading lists, problems.

This module is the window and its navigation. Its parts live beside it: the actions, menus
and toolbar (``actions``), the body and the tab order (``central``), the status bar
(``status_bar``), the search index (``index_controller``), the reading lists
(``reading_lists``), printing (``print_actions``), content packs dropped on the window
(``pack_handoff``), the Help menu (``help_menu``) and the pages loaded after the first paint
(``startup``). Everything that touches the user database goes through one
:class:`~desktop.ui.common.session.Session`.

Start-up is split so the window paints first: the constructor only builds widgets;
after the first paint ``start()`` opens the database (db lane), loads the library and
then opens or builds the search index (work lane) with a progress bar in the status bar.
The window is usable throughout: browsing works once the library is loaded, searching
once the index is ready (a query typed earlier runs then).
"""

from __future__ import annotations

import linecache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

from desktop.core.storage import paths
from desktop.ui.common.session import Change, Session
from desktop.ui.common.tasks import DEFAULT_LANES, Task, TaskRunner
from desktop.ui.library.models import DOC_ID_ROLE, LibraryModel
from desktop.ui.library.problems import ProblemsDock
from desktop.ui.library.reading_store import ReadingStore
from desktop.ui.packs.installer import PackInstaller
from desktop.ui.search.controller import SearchController
from desktop.ui.search.panel import LiveSearch, SearchBox
from desktop.ui.shell import (
    actions,
    central,
    pack_handoff,
    print_actions,
    startup,
    window_geometry,
)
from desktop.ui.shell.index_controller import IndexController, IndexOpener
from desktop.ui.shell.language_switch import install_language_menu
from desktop.ui.shell.page_modes import PageModes
from desktop.ui.shell.reading_lists import ReadingLists
from desktop.ui.shell.status_bar import build_status_bar
from desktop.ui.shell.window_geometry import WindowMemory
from desktop.ui.sync.ui import SYNC_LANE, SyncUi

if TYPE_CHECKING:
    from desktop.core.library.documents import Library
    from desktop.core.packs.store import PackSource


class MainWindow(QMainWindow):
    """Accord's window. ``library_dir``/``data_dir`` default to the bundled library and
    the user data folder; ``index_opener`` is injectable for tests."""

    firstPainted = Signal()
    libraryLoaded = Signal(object)  # Library
    indexReady = Signal(object)  # IndexReport
    indexFailed = Signal(str)

    PAGE_WELCOME, PAGE_SEARCH, PAGE_READER = range(3)

    def __init__(
        self,
        library_dir: Path | str | None = None,
        data_dir: Path | str | None = None,
        *,
        index_opener: IndexOpener | None = None,
        autostart: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.library_dir = Path(library_dir) if library_dir else paths.bundled_library()
        self.data_dir = paths.data_dir(data_dir)
        self._autostart = autostart
        self._started = False
        self._painted = False
        self._closing = False
        self.library: Library | None = None
        self.packs: list[PackSource] = []  # the content packs the library was loaded from
        self._page_before_search = self.PAGE_WELCOME

        # The sync's lane: a run may wait out a backoff, never holding up the work lane.
        self.runner = TaskRunner({**DEFAULT_LANES, SYNC_LANE: 1}, parent=self)
        # The one connection to the user database, shared by everything below.
        self.session = Session(self.runner, self.data_dir, self)
        self.store = ReadingStore(self.session, self)
        self.controller = SearchController(self.runner, self)
        self.indexer = IndexController(self, index_opener)
        # Content packs (File menu, drag and drop) and sync (Sync menu, status bar).
        self.installer = PackInstaller(self.runner, self.data_dir, self.library_dir, self)
        self.sync_ui = SyncUi(self.session, self)
        self.sync = self.sync_ui.controller
        self.packs_dialog: Any = None
        self.setAcceptDrops(True)

        self.lists = ReadingLists(self)
        self.bookmarks_model = self.lists.bookmarks
        self.recent_model = self.lists.recent
        self.library_model = LibraryModel(self)

        self.search_box = SearchBox(self)  # first in the focus chain
        central.build_central(self)
        actions.build_actions(self)
        actions.build_menus(self)
        install_language_menu(self)
        actions.build_toolbar(self)
        build_status_bar(self)
        self.problems_dock = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.problems_dock.fileActivated.connect(self._open_problem_file)
        self.problems_dock.visibilityChanged.connect(self.action_problems.setChecked)
        self.live = LiveSearch(self.search_box, self.search_page, self.controller, self)
        self.live.searched.connect(self._on_searched)
        self._connect_signals()
        central.set_tab_order(self)
        self._update_title()
        self.update_actions()
        # Sized to the screen; the last session's size and splitters once the database
        # is open (window_geometry); the sidebar folds for whole-window pages (page_modes).
        self.page_modes = PageModes(self)
        self.memory = WindowMemory(self)
        self.store.opened.connect(lambda _snapshot: self.memory.restore())
        window_geometry.size_to_screen(self)
        # Readiness self-assessments (desktop/ui/assessment): built after the first paint
        # (``startup.warm_assessments``).
        self.assessments: Any = None
        self.assessments_error: str | None = None
        self.action_assessments: QAction | None = None

    def _connect_signals(self) -> None:
        self.library_view.activated.connect(self.open_from_index)
        self.library_view.clicked.connect(self.open_from_index)
        self.search_page.openRequested.connect(self.open_document)
        self.welcome.openRequested.connect(self.open_document)
        self.welcome.browseType.connect(self.browse_type)
        self.search_box.moveToResults.connect(self._move_to_results)
        self.search_box.escaped.connect(self._on_search_escaped)
        self.search_box.installEventFilter(self)
        self.lists.connect_reader()  # first: the bookmark state and the recent list
        self.reader.documentShown.connect(self._on_document_shown)
        self.reader.historyChanged.connect(self.update_actions)
        self.reader.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.stack.currentChanged.connect(lambda _i: (self._update_title(), self.update_actions()))
        self.indexer.ready.connect(self.indexReady)
        self.indexer.failed.connect(self.indexFailed)
        self.session.changed.connect(self._on_database_changed)
        self.installer.libraryChanged.connect(self.reload_library)
        self.installer.documentRequested.connect(self.open_document)
        self.installer.statusMessage.connect(lambda t: self.statusBar().showMessage(t, 8000))
        self.sync_ui.statusMessage.connect(lambda t: self.statusBar().showMessage(t, 8000))

    # == the search index (index_controller) ===============================================
    @property
    def index(self) -> Any:
        """The open search index (None until it is ready)."""
        return self.indexer.index

    @property
    def index_task(self) -> Task | None:
        """The latest opening or update of the index."""
        return self.indexer.task

    @property
    def index_report(self) -> Any:
        """What the first opening of the index did (built, updated, adopted)."""
        return self.indexer.report

    @property
    def _index_opener(self) -> IndexOpener:
        return self.indexer.opener

    @_index_opener.setter
    def _index_opener(self, opener: IndexOpener) -> None:
        self.indexer.opener = opener

    def open_index(self) -> Task | None:
        """Open, update or build the search index for the loaded library (work lane)."""
        return self.indexer.open()

    def cancel_indexing(self) -> None:
        """Stop building the index (search stays unavailable until it is built)."""
        self.indexer.cancel()

    # == start-up ========================================================================
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._painted:
            # Now that the window has its real width: a 300 px sidebar, the rest to the page.
            self.splitter.setSizes([300, max(400, self.splitter.width() - 300)])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
            if self._autostart:
                QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Open the database and load the library (then the index) in the background."""
        if self._started:
            return
        self._started = True
        # PySide6's import hook reads the source of every module imported after it (to look
        # for ``__feature__``) through ``linecache``, which then keeps it all: some 10 MB
        # for nothing. Dropped here, before any background work imports (and so reads) more;
        # tracebacks read the lines again when they need them.
        linecache.clearcache()
        self.store.open()
        self.load_library()
        self.sync.start()  # resumes sending what waits in the outbox

    def load_library(self) -> Task:
        """Load (or reload) the library and every installed content pack (work lane); the
        index then covers them all."""
        return startup.load_library(self)

    def reload_library(self) -> None:
        """Read the library folder again and update the index incrementally."""
        self.load_library()

    @property
    def closing(self) -> bool:
        """True once the window started shutting down."""
        return self._closing

    def _on_database_changed(self, change: Change) -> None:
        if change.kind == "outbox" and self.assessments is not None:
            self.assessments.refresh_soon()

    # == pages ===========================================================================
    def add_page(self, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        """Add a page (e.g. the assessments panel) to the window, with a Go-menu entry.

        Returns the action that shows it; the page's own signals are the caller's to
        connect (e.g. a ``documentRequested(str)`` to ``open_document``).
        """
        return actions.add_page(self, widget, title, shortcut)

    # == navigation ======================================================================
    def go_back(self) -> None:
        """Back in the reader's history."""
        if self.reader.go_back():
            self.stack.setCurrentWidget(self.reader)
        self.update_actions()

    def go_forward(self) -> None:
        """Forward in the reader's history."""
        if self.reader.go_forward():
            self.stack.setCurrentWidget(self.reader)
        self.update_actions()

    def show_welcome(self) -> None:
        """The start page."""
        self.stack.setCurrentWidget(self.welcome)

    def browse_type(self, doc_type: str) -> None:
        """Select a type group in the library browser and move the focus there."""
        index = self.library_model.find_group("type", doc_type)
        if not index.isValid():
            return
        self.sidebar.setCurrentWidget(self.library_view)
        self.library_view.expand(index.parent())
        self.library_view.expand(index)
        self.library_view.setCurrentIndex(index)
        self.library_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.library_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        """Ctrl+K: the library search box (and its results, if there is a query)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
        if self.live.text and self.stack.currentWidget() is not self.search_page:
            self._show_search_page()

    def find(self) -> None:
        """Ctrl+F: find in the document when the reader has the focus, else search."""
        focus = QApplication.focusWidget()
        in_reader = (
            self.stack.currentWidget() is self.reader
            and focus is not None
            and (focus is self.reader or self.reader.isAncestorOf(focus))
        )
        if in_reader:
            self.reader.find_bar.open_bar()
        else:
            self.focus_search()

    def focus_reader(self) -> None:
        """Ctrl+4: the document (if one is open)."""
        if self.reader.current_doc is not None:
            self.stack.setCurrentWidget(self.reader)
            self.reader.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_sidebar(self, tab: int) -> None:
        """Ctrl+1…3: a tab of the sidebar, with the focus in its list."""
        self.page_modes.show_sidebar()
        self.sidebar.setCurrentIndex(tab)
        self.sidebar.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_problems(self) -> None:
        """Show or hide the problems panel."""
        self.problems_dock.setVisible(not self.problems_dock.isVisible())
        if self.problems_dock.isVisible():
            self.problems_dock.focus_list()

    def _open_problem_file(self, file: str, _line: int) -> None:
        if self.library is None:
            return
        for doc in self.library.documents.values():
            if doc.path == file:
                self.open_document(doc.id)
                return
        self.statusBar().showMessage(
            self.tr(
                "%1 could not be loaded, so it cannot be shown; fix the problem listed."
            ).replace("%1", file),
            6000,
        )

    # == search ==========================================================================
    def _show_search_page(self) -> None:
        if self.stack.currentWidget() is not self.search_page:
            self._page_before_search = self.stack.currentIndex()
            self.stack.setCurrentWidget(self.search_page)

    def _on_searched(self, text: str) -> None:
        if text:
            self._show_search_page()
        elif self.stack.currentWidget() is self.search_page:
            self.stack.setCurrentIndex(self._page_before_search)
        self._update_title()

    def _move_to_results(self) -> None:
        self._show_search_page()
        self.search_page.focus_results()

    def _on_search_escaped(self) -> None:
        if self.search_box.text():
            self.search_box.clear()
            self.live.run_now()
        elif self.stack.currentWidget() is self.reader:
            self.reader.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.FocusIn
            and self.live.text
            and self.stack.currentWidget() is not self.search_page
        ):
            QTimer.singleShot(0, self._show_search_page)
        return super().eventFilter(watched, event)

    # == reading =========================================================================
    def open_document(self, doc_id: str, anchor: str = "") -> bool:
        """Show a document in the reader."""
        if self.library is None:
            return False
        if not self.reader.open_document(doc_id, anchor):
            return False
        self.stack.setCurrentWidget(self.reader)
        return True

    def open_from_index(self, index: QModelIndex) -> None:
        """Open the document of a row of a list or tree (library, bookmarks, recent)."""
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.open_document(doc_id)

    def _on_document_shown(self, _doc_id: str) -> None:
        if self.reader.current_doc is None:
            return
        self.stack.setCurrentWidget(self.reader)
        self._update_title()
        self.update_actions()

    def toggle_bookmark(self) -> None:
        """Bookmark the document shown, or remove its bookmark."""
        if self.reader.current_doc is not None and self.stack.currentWidget() is self.reader:
            self.reader.bookmark_button.toggle()

    # == hand-offs: PDF, packs ===============================================================
    def pdf_target(self, suggested: Path) -> Path | None:
        """Ask where to save the PDF (tests replace this)."""
        return print_actions.ask_pdf_target(self, suggested)

    def save_pdf(self) -> Task | None:
        """Ctrl+Shift+S: write the document shown as a PDF, off the UI thread."""
        return print_actions.save_pdf(self)

    def show_packs(self) -> Any:
        """File → Content packs…: installed packs, roll back, remove, export, keys."""
        return pack_handoff.show_packs(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if pack_handoff.accepts(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not pack_handoff.drop(self, event):
            super().dropEvent(event)

    # == state ===========================================================================
    def _update_title(self) -> None:
        page = self.stack.currentWidget()
        if page is self.reader and self.reader.current_doc is not None:
            self.setWindowTitle(self.tr("%1 — Accord").replace("%1", self.reader.current_doc.title))
        elif page is self.search_page and self.live.text:
            self.setWindowTitle(self.tr("Search: %1 — Accord").replace("%1", self.live.text))
        elif page is not None and page.property("pageTitle"):
            self.setWindowTitle(self.tr("%1 — Accord").replace("%1", page.property("pageTitle")))
        else:
            self.setWindowTitle(self.tr("Accord"))

    def update_actions(self) -> None:
        """Enable what applies to the page shown (document actions only with a document)."""
        actions.update_enabled(self)

    # == shutdown ========================================================================
    def shutdown(self) -> None:
        """Stop background work, flush database writes, close the index and the database."""
        if self._closing:
            return
        self._closing = True
        self.indexer.closing = True
        self.live.timer.stop()
        if self.assessments is not None:
            self.assessments.workshop.set_presenting(False)  # saved as a window, not a screen
        self.memory.save()  # queued before the database closes
        self.sync.shutdown()  # stops a run after the upload in flight
        self.runner.cancel_all(("work", "search", "render"))
        self.runner.wait("work")
        self.runner.wait("search")
        self.runner.wait("render")
        if self.assessments is not None:
            self.assessments.close_store()  # flushes typed answers, closes after the writes
        self.store.close()
        self.session.close()  # after every queued write
        self.indexer.close()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
