"""The main window: library browser, live search, reader, reading lists, problems.

Start-up is split so the window paints first: the constructor only builds widgets;
after the first paint ``start()`` opens the database (db lane), loads the library and
then opens or builds the search index (work lane) with a progress bar in the status bar.
The window is usable throughout: browsing works once the library is loaded, searching
once the index is ready (a query typed earlier runs then).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.storage import paths
from desktop.ui.common.notice import NoticeBar
from desktop.ui.common.session import Change, Session
from desktop.ui.common.tasks import DEFAULT_LANES, Cancelled, Task, TaskContext, TaskRunner
from desktop.ui.library.models import DOC_ID_ROLE, DocEntry, DocListModel, LibraryModel
from desktop.ui.library.problems import ProblemsDock
from desktop.ui.library.reader import ReaderPage
from desktop.ui.library.reading_store import OpenFailure, ReadingStore, Snapshot
from desktop.ui.library.welcome import WelcomePage
from desktop.ui.packs.installer import PackInstaller, pack_paths
from desktop.ui.search.controller import SearchController
from desktop.ui.search.delegates import CountDelegate
from desktop.ui.search.panel import LiveSearch, SearchBox, SearchPage
from desktop.ui.sync.ui import SYNC_LANE, SyncUi

if TYPE_CHECKING:
    from desktop.core.library.combined import LibrarySet
    from desktop.core.library.documents import Library
    from desktop.core.packs.store import PackSource
    from index.api import IndexReport, ProgressFn

IndexOpener = Callable[[Path, "Library", "ProgressFn"], tuple[Any, "IndexReport"]]


def default_index_opener(
    directory: Path, library: Library, progress: ProgressFn
) -> tuple[Any, Any]:
    """Open (building or updating as needed) the real search index for ``library``."""
    from desktop.core.search.documents import open_index

    return open_index(directory, library, progress)


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
        self._index_opener = index_opener or default_index_opener
        self._autostart = autostart
        self._started = False
        self._painted = False
        self._closing = False
        self.library: Library | None = None
        self.packs: list[PackSource] = []  # the content packs the library was loaded from
        self.index: Any = None
        self.index_task: Task | None = None
        self.index_report: Any = None
        self._page_before_search = self.PAGE_WELCOME

        # The sync's lane: a run may wait out a backoff, never holding up the work lane.
        self.runner = TaskRunner({**DEFAULT_LANES, SYNC_LANE: 1}, parent=self)
        # The one connection to the user database, shared by everything below.
        self.session = Session(self.runner, self.data_dir, self)
        self.store = ReadingStore(self.session, self)
        self.controller = SearchController(self.runner, self)
        # Content packs (File menu, drag and drop) and sync (Sync menu, status bar).
        self.installer = PackInstaller(self.runner, self.data_dir, self.library_dir, self)
        self.sync_ui = SyncUi(self.session, self)
        self.sync = self.sync_ui.controller
        self.packs_dialog: Any = None
        self.setAcceptDrops(True)

        self.bookmarks_model = DocListModel(self)
        self.recent_model = DocListModel(self)
        self.library_model = LibraryModel(self)

        self.search_box = SearchBox(self)  # first in the focus chain
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.problems_dock = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.problems_dock.fileActivated.connect(self._open_problem_file)
        self.problems_dock.visibilityChanged.connect(self.action_problems.setChecked)
        self.live = LiveSearch(self.search_box, self.search_page, self.controller, self)
        self.live.searched.connect(self._on_searched)
        self._connect_signals()
        self._set_tab_order()
        self._update_title()
        self._update_actions()
        self.resize(1200, 780)
        # Readiness self-assessments (desktop/ui/assessment): built after the first paint,
        # see ``_install_assessments``.
        self.assessments: Any = None
        self.assessments_error: str | None = None
        self.action_assessments: QAction | None = None

    # == construction ====================================================================
    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice = NoticeBar(central)
        layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.sidebar = QTabWidget(self.splitter)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Library and bookmarks"))
        self.sidebar.setDocumentMode(True)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.sidebar.setMinimumWidth(270)
        self.sidebar.tabBar().setAccessibleName(self.tr("Sidebar tabs"))
        self.library_view = QTreeView(self.sidebar)
        self.library_view.setObjectName("libraryView")
        self.library_view.setAccessibleName(self.tr("Library: documents by type and by component"))
        self.library_view.setModel(self.library_model)
        self.library_view.setHeaderHidden(True)
        self.library_view.setItemDelegate(CountDelegate(self.library_view, leaves_only=False))
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.setUniformRowHeights(True)
        self.library_view.setAnimated(True)
        self.library_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.addTab(self.library_view, self.tr("Library"))
        self.bookmarks_view = self._doc_list_view(self.bookmarks_model, self.tr("Bookmarks"))
        self.bookmarks_view.setObjectName("bookmarksView")
        self.sidebar.addTab(self.bookmarks_view, self.tr("Bookmarks"))
        self.recent_view = self._doc_list_view(self.recent_model, self.tr("Recent documents"))
        self.recent_view.setObjectName("recentView")
        self.sidebar.addTab(self.recent_view, self.tr("Recent"))

        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName("pages")
        self.welcome = WelcomePage(self.recent_model, self.bookmarks_model, self.stack)
        self.search_page = SearchPage(self.stack)
        self.reader = ReaderPage(self.runner, self.stack)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.search_page)
        self.stack.addWidget(self.reader)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _doc_list_view(self, model: DocListModel, name: str) -> QTreeView:
        view = QTreeView(self.sidebar)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformRowHeights(True)
        view.activated.connect(self._open_from_index)
        view.clicked.connect(self._open_from_index)
        return view

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str]
        | QKeySequence.StandardKey
        | None = None,
        *,
        name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        keys: list[QKeySequence] = []
        if isinstance(shortcuts, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(shortcuts)
        elif shortcuts:
            for item in shortcuts:
                if isinstance(item, QKeySequence.StandardKey):
                    keys.extend(QKeySequence.keyBindings(item))
                else:
                    keys.append(QKeySequence(item))
        unique: list[QKeySequence] = []
        for key in keys:  # a platform binding may repeat a fallback: one action, one key
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.action_search = self._action(
            tr("&Search the Library"), self.focus_search, ["Ctrl+K"], name="actionSearch"
        )
        self.action_find = self._action(
            tr("&Find…"),
            self.find,
            [QKeySequence.StandardKey.Find],
            name="actionFind",
            tip=tr("Find in the document when it has the focus; otherwise search the library"),
        )
        self.action_find_next = self._action(
            tr("Find &Next"),
            self.reader.find_bar.find_next,
            QKeySequence.StandardKey.FindNext,
            name="actionFindNext",
        )
        self.action_find_previous = self._action(
            tr("Find Pre&vious"),
            self.reader.find_bar.find_previous,
            QKeySequence.StandardKey.FindPrevious,
            name="actionFindPrevious",
        )
        self.action_back = self._action(
            tr("&Back"), self.go_back, ["Alt+Left"], name="actionBack", tip=tr("Back (Alt+Left)")
        )
        self.action_forward = self._action(
            tr("&Forward"),
            self.go_forward,
            ["Alt+Right"],
            name="actionForward",
            tip=tr("Forward (Alt+Right)"),
        )
        self.action_home = self._action(
            tr("&Start Page"),
            self.show_welcome,
            ["Alt+Home"],
            name="actionHome",
            tip=tr("Start page (Alt+Home)"),
        )
        self.action_bookmark = self._action(
            tr("&Bookmark This Document"), self.toggle_bookmark, ["Ctrl+D"], name="actionBookmark"
        )
        self.action_zoom_in = self._action(
            tr("Zoom &In"),
            self.reader.zoom_in,
            ["Ctrl++", "Ctrl+="],
            name="actionZoomIn",
            tip=tr("Larger text (Ctrl+Plus)"),
        )
        self.action_zoom_out = self._action(
            tr("Zoom &Out"),
            self.reader.zoom_out,
            ["Ctrl+-"],
            name="actionZoomOut",
            tip=tr("Smaller text (Ctrl+Minus)"),
        )
        self.action_zoom_reset = self._action(
            tr("&Normal Size"), self.reader.zoom_reset, ["Ctrl+0"], name="actionZoomReset"
        )
        self.action_print = self._action(
            tr("&Print…"),
            self.print_document,
            ["Ctrl+P"],
            name="actionPrint",
            tip=tr("Print (Ctrl+P)"),
        )
        self.action_pdf = self._action(
            tr("Save as P&DF…"),
            self.save_pdf,
            ["Ctrl+Shift+S"],
            name="actionPdf",
            tip=tr("Save as PDF (Ctrl+Shift+S)"),
        )
        self.action_close_doc = self._action(
            tr("&Close Document"), self.show_welcome, ["Ctrl+W"], name="actionCloseDocument"
        )
        self.action_quit = self._action(
            tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"], name="actionQuit"
        )
        self.action_library = self._action(
            tr("&Library"), lambda: self._focus_sidebar(0), ["Ctrl+1"], name="actionLibrary"
        )
        self.action_bookmarks = self._action(
            tr("B&ookmarks"), lambda: self._focus_sidebar(1), ["Ctrl+2"], name="actionBookmarks"
        )
        self.action_recent = self._action(
            tr("&Recent Documents"),
            lambda: self._focus_sidebar(2),
            ["Ctrl+3"],
            name="actionRecent",
        )
        self.action_document = self._action(
            tr("&Document"), self.focus_reader, ["Ctrl+4"], name="actionDocument"
        )
        self.action_problems = self._action(
            tr("&Problems"), self.toggle_problems, ["Ctrl+Shift+M"], name="actionProblems"
        )
        self.action_problems.setCheckable(True)
        self.action_reindex = self._action(
            tr("&Reload Library and Index"), self.reload_library, ["F5"], name="actionReload"
        )
        self.action_cancel_index = self._action(
            tr("&Cancel Indexing"), self.cancel_indexing, name="actionCancelIndex"
        )
        self.action_shortcuts = self._action(
            tr("&Keyboard Shortcuts"),
            self.show_shortcuts,
            [QKeySequence.StandardKey.HelpContents, "F1"],
            name="actionShortcuts",
        )
        self.action_about = self._action(tr("&About Accord"), self.show_about, name="actionAbout")
        self.action_install_pack = self._action(
            tr("&Install Content Pack…"),
            self.installer.install_from_dialog,
            ["Ctrl+O"],
            name="actionInstallPack",
            tip=tr("Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)"),
        )
        self.action_packs = self._action(
            tr("Content &Packs…"),
            self.show_packs,
            name="actionPacks",
            tip=tr("Installed content packs: roll back, remove, export, trusted keys"),
        )
        self.action_sync_now = self._action(
            tr("&Sync Now"),
            self.sync_ui.sync_now,
            ["F9"],
            name="actionSyncNow",
            tip=tr("Send completed assessments to the hub now (F9)"),
        )
        self.action_connect_hub = self._action(
            tr("&Connect to the Hub…"), self.sync_ui.connect_hub, name="actionConnectHub"
        )
        self.action_network = self._action(
            tr("&Network and Proxy…"), self.sync_ui.network_settings, name="actionNetwork"
        )
        self.action_export_transfer = self._action(
            tr("&Export for USB Transfer…"),
            self.sync_ui.export_for_usb,
            name="actionExportTransfer",
            tip=tr("Write every assessment not yet delivered to one file for a USB stick"),
        )
        self.action_import_receipts = self._action(
            tr("&Import Receipts…"),
            self.sync_ui.import_receipts,
            name="actionImportReceipts",
            tip=tr("Mark assessments delivered from the hub's receipts file"),
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.action_install_pack, self.action_packs])
        file_menu.addSeparator()
        file_menu.addActions([self.action_print, self.action_pdf])
        file_menu.addSeparator()
        file_menu.addActions([self.action_close_doc, self.action_reindex])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions(
            [self.action_search, self.action_find, self.action_find_next, self.action_find_previous]
        )
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.action_zoom_in, self.action_zoom_out, self.action_zoom_reset])
        view_menu.addSeparator()
        view_menu.addActions(
            [
                self.action_library,
                self.action_bookmarks,
                self.action_recent,
                self.action_document,
                self.action_problems,
            ]
        )
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.menuAction().setObjectName("menuGo")
        go_menu.addActions([self.action_back, self.action_forward, self.action_home])
        bookmarks_menu = bar.addMenu(self.tr("&Bookmarks"))
        bookmarks_menu.addAction(self.action_bookmark)
        sync_menu = bar.addMenu(self.tr("&Sync"))
        sync_menu.menuAction().setObjectName("menuSync")
        sync_menu.addAction(self.action_sync_now)
        sync_menu.addSeparator()
        sync_menu.addActions([self.action_connect_hub, self.action_network])
        sync_menu.addSeparator()
        sync_menu.addActions([self.action_export_transfer, self.action_import_receipts])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.action_shortcuts, self.action_about])

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Navigation toolbar"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_back.setIconText("←")
        self.action_forward.setIconText("→")
        self.action_home.setIconText(self.tr("Start"))
        toolbar.addAction(self.action_back)
        toolbar.addAction(self.action_forward)
        toolbar.addAction(self.action_home)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_box)
        toolbar.addSeparator()
        self.action_zoom_out.setIconText("A−")
        self.action_zoom_in.setIconText("A+")
        self.action_print.setIconText(self.tr("Print"))
        self.action_pdf.setIconText(self.tr("PDF"))
        for action in (
            self.action_zoom_out,
            self.action_zoom_in,
            self.action_print,
            self.action_pdf,
        ):
            toolbar.addAction(action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        status.setAccessibleName(self.tr("Status"))
        self.count_label = QLabel("", status)
        self.count_label.setObjectName("docCount")
        self.count_label.setAccessibleName(self.tr("Number of documents"))
        self.index_progress = QProgressBar(status)
        self.index_progress.setObjectName("indexProgress")
        self.index_progress.setAccessibleName(self.tr("Search index progress"))
        self.index_progress.setMaximumWidth(240)
        self.index_progress.setMinimumWidth(180)
        self.index_progress.setFormat(self.tr("Indexing %v of %m"))
        self.index_progress.setTextVisible(True)
        self.index_progress.hide()
        self.cancel_index_button = QToolButton(status)
        self.cancel_index_button.setObjectName("cancelIndex")
        self.cancel_index_button.setText(self.tr("Cancel"))
        self.cancel_index_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_index_button.clicked.connect(self.cancel_indexing)
        self.cancel_index_button.hide()
        self.problems_button = QToolButton(status)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAccessibleName(self.tr("Show problems"))
        self.problems_button.clicked.connect(self.toggle_problems)
        self.problems_button.hide()
        status.addPermanentWidget(self.sync_ui.status_widget)
        status.addPermanentWidget(self.index_progress)
        status.addPermanentWidget(self.cancel_index_button)
        status.addPermanentWidget(self.problems_button)
        status.addPermanentWidget(self.count_label)

    def _connect_signals(self) -> None:
        self.library_view.activated.connect(self._open_from_index)
        self.library_view.clicked.connect(self._open_from_index)
        self.search_page.openRequested.connect(self.open_document)
        self.welcome.openRequested.connect(self.open_document)
        self.welcome.browseType.connect(self.browse_type)
        self.search_box.moveToResults.connect(self._move_to_results)
        self.search_box.escaped.connect(self._on_search_escaped)
        self.search_box.installEventFilter(self)
        self.reader.documentShown.connect(self._on_document_shown)
        self.reader.historyChanged.connect(self._update_actions)
        self.reader.bookmarkToggled.connect(self._on_bookmark_toggled)
        self.reader.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.stack.currentChanged.connect(lambda _i: (self._update_title(), self._update_actions()))
        self.store.opened.connect(self._on_store_snapshot)
        self.store.changed.connect(self._on_store_snapshot)
        self.store.openFailed.connect(self._on_store_failed)
        self.store.repaired.connect(lambda text: self.notice.show_notice(text, "info"))
        self.store.writeFailed.connect(lambda text: self.notice.show_notice(text, "error"))
        self.installer.libraryChanged.connect(self.reload_library)
        self.installer.documentRequested.connect(self.open_document)
        self.installer.statusMessage.connect(lambda t: self.statusBar().showMessage(t, 8000))
        self.sync_ui.statusMessage.connect(lambda t: self.statusBar().showMessage(t, 8000))

    def _set_tab_order(self) -> None:
        """Tab goes: search box → sidebar → the page shown → status bar → problems."""
        welcome = self.welcome
        page = self.search_page
        reader = self.reader
        bar = reader.find_bar
        chain: list[QWidget] = [
            self.search_box,
            self.sidebar.tabBar(),
            self.library_view,
            self.bookmarks_view,
            self.recent_view,
            *welcome.cards.values(),
            welcome.recent_view,
            welcome.bookmarks_view,
            page.suggestion_label,
            page.facets_view,
            page.clear_filters,
            page.results_view,
            reader.bookmark_button,
            reader.toc_view,
            reader.view,
            bar.edit,
            bar.previous_button,
            bar.next_button,
            bar.case_box,
            bar.close_button,
            self.notice.close_button,
            self.sync_ui.status_widget.button,
            self.sync_ui.status_widget.stop_button,
            self.cancel_index_button,
            self.problems_button,
            self.problems_dock.table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

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
        self.store.open()
        self.load_library()
        self.sync.start()  # resumes sending what waits in the outbox

    def _warm_assessments(self) -> None:
        """Import the assessments package off the UI thread, then add its page.

        Importing it costs about a second (it pulls in the assessment store), which is why
        it is not imported before the first paint.
        """

        def job(_ctx: TaskContext) -> None:
            import desktop.ui.assessment.panel  # noqa: F401

        task = self.runner.submit(job, lane="work", name="import assessments")
        task.succeeded.connect(lambda _r: self._install_assessments())
        task.failed.connect(lambda _exc: self._install_assessments())

    def _install_assessments(self) -> None:
        """Integration hook of the assessments panel (idempotent; never fatal)."""
        if self.assessments is not None or self._closing:
            return
        try:
            from desktop.ui.assessment.panel import AssessmentsPanel

            panel = AssessmentsPanel(
                self.session, self.library, self.runner, self.stack, autostart=False
            )
        except Exception as exc:  # the library and search must work without it
            self.assessments_error = str(exc) or type(exc).__name__
            self.statusBar().showMessage(
                self.tr("Assessments are not available: %1").replace("%1", self.assessments_error),
                8000,
            )
            return
        self.assessments = panel
        self.action_assessments = self.add_page(self.assessments, self.tr("&Assessments"), "Ctrl+5")
        self.assessments.documentRequested.connect(self.open_document)
        self.assessments.statusMessage.connect(lambda t: self.statusBar().showMessage(t, 6000))
        self.libraryLoaded.connect(self.assessments.set_library)
        # Completing queues the assessment (in the same db job); the sync sends it, and
        # the list shows each assessment's sync status as it changes.
        self.assessments.runner.completed.connect(self.sync.after_completion)
        self.session.changed.connect(self._on_database_changed)
        self.assessments.service.open()

    def _on_database_changed(self, change: Change) -> None:
        if change.kind == "outbox" and self.assessments is not None:
            self.assessments.refresh_soon()

    def load_library(self) -> Task:
        """Load (or reload) the library on the work lane: the bundled library plus every
        installed content pack (``library_set``); the index then covers them all."""
        root = self.library_dir
        data = self.data_dir
        self.statusBar().showMessage(self.tr("Loading the library…"))

        def job(_ctx: TaskContext) -> LibrarySet:
            from desktop.core.library.combined import load_library_set

            # As the CLI does: an installed "core" pack replaces only the bundled library,
            # never a folder chosen explicitly (a writer previewing their own library).
            bundled = root.resolve() == paths.bundled_library().resolve()
            return load_library_set(root, data, installed_core=bundled)

        task = self.runner.submit(job, lane="work", name="load library")
        task.succeeded.connect(self._on_library_set_loaded)
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("The library could not be loaded: %1").replace("%1", str(exc)), "error"
            )
        )
        return task

    def _on_library_set_loaded(self, library_set: LibrarySet) -> None:
        self.packs = list(library_set.packs)
        self._on_library_loaded(library_set.library)

    def _on_library_loaded(self, library: Library) -> None:
        self.library = library
        documents = list(library.documents.values())
        self.library_model.set_documents(documents)
        self.library_view.expandToDepth(0)
        self.reader.set_library(library)
        self.welcome.set_documents(documents)
        self._set_tab_order()  # the type cards are new
        self.count_label.setText(self.tr("Documents: %1").replace("%1", str(len(documents))))
        self.problems_dock.model.set_problems(library.problems)
        self._update_problems_button()
        self.statusBar().showMessage(self.tr("Library loaded."), 3000)
        self._refresh_reading_titles()
        self.libraryLoaded.emit(library)
        self.open_index()
        if self.assessments is None and self.assessments_error is None:
            self._warm_assessments()  # after the library: browsing comes first

    def open_index(self) -> Task | None:
        """Open, update or build the search index for the loaded library (work lane)."""
        library = self.library
        if library is None:
            return None
        if self.index_task is not None and not self.index_task.is_done:
            self.index_task.cancel()
        opener = self._index_opener
        directory = paths.index_dir(self.data_dir)
        # The index is thread-safe: searches keep answering from the previous state while
        # a reload updates it.
        old_index = self.index

        def job(ctx: TaskContext) -> tuple[Any, Any, float]:
            started = time.perf_counter()
            if old_index is not None:
                # Incremental update of the open index when the library is reloaded.
                old_index.ensure(_index_docs(library), ctx.progress)
                ctx.check()
                return old_index, None, time.perf_counter() - started
            index, report = opener(directory, library, ctx.progress)
            if ctx.cancelled:
                index.close()
                raise Cancelled
            return index, report, time.perf_counter() - started

        self.index_progress.show()
        self.cancel_index_button.show()
        self.index_progress.setRange(0, 0)  # busy until the first progress report
        self.index_progress.setValue(0)
        self.statusBar().showMessage(self.tr("Preparing the search index…"))
        task = self.runner.submit(job, lane="work", name="open index")
        task.progressed.connect(self._on_index_progress)
        task.succeeded.connect(self._on_index_ready)
        task.failed.connect(self._on_index_failed)
        task.cancelled.connect(self._on_index_cancelled)
        self.index_task = task
        return task

    def _on_index_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.index_progress.setRange(0, total)
            self.index_progress.setValue(min(done, total))

    def _index_finished(self) -> None:
        self.index_progress.hide()
        self.cancel_index_button.hide()

    def _on_index_ready(self, result: tuple[Any, Any, float]) -> None:
        index, report, seconds = result
        self._index_finished()
        self.index = index
        self.index_report = report
        self.controller.set_index(index)
        if report is not None and (
            report.added or report.updated or report.removed or report.rebuilt
        ):
            changed = report.added + report.updated
            message = (
                self.tr("Search is ready: %1 documents indexed in %2 s.")
                .replace("%1", str(changed))
                .replace("%2", f"{seconds:.1f}")
            )
        else:
            message = self.tr("Search is ready.")
        self.statusBar().showMessage(message, 5000)
        self.indexReady.emit(report)

    def _on_index_failed(self, exc: BaseException) -> None:
        self._index_finished()
        text = self.tr("Search is unavailable: %1").replace("%1", str(exc) or type(exc).__name__)
        self.notice.show_notice(text, "warning", [(self.tr("Try again"), self.open_index)])
        self.indexFailed.emit(str(exc))

    def _on_index_cancelled(self) -> None:
        self._index_finished()
        if self._closing:
            return
        self.statusBar().showMessage(self.tr("Indexing was cancelled."), 5000)
        if self.index is None:
            self.notice.show_notice(
                self.tr("Indexing was cancelled, so search is not available yet."),
                "warning",
                [(self.tr("Index now"), self.open_index)],
            )

    def cancel_indexing(self) -> None:
        """Stop building the index (search stays unavailable until it is built)."""
        if self.index_task is not None and not self.index_task.is_done:
            self.index_task.cancel()

    def reload_library(self) -> None:
        """Read the library folder again and update the index incrementally."""
        self.load_library()

    # == content packs ===================================================================
    def show_packs(self) -> Any:
        """File → Content packs…: installed packs, roll back, remove, export, keys."""
        from desktop.ui.packs.dialog import PacksDialog

        if self.packs_dialog is not None:
            self.packs_dialog.raise_()
            self.packs_dialog.activateWindow()
            return self.packs_dialog
        dialog = PacksDialog(self.installer, self._documents_per_pack, self)

        def finished(_result: int) -> None:
            self.packs_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.packs_dialog = dialog
        dialog.open()
        return dialog

    def _documents_per_pack(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for doc in self.library.documents.values() if self.library is not None else []:
            counts[doc.pack] = counts.get(doc.pack, 0) + 1
        return counts

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # A .accordpack file, or a folder of them (a trainer's USB stick), installs.
        if event.mimeData().hasUrls() and pack_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        found = pack_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not found:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if len(found) > 1:
            self.statusBar().showMessage(
                self.tr("Drop one pack or one folder at a time; installing %1.").replace(
                    "%1", found[0].name
                ),
                8000,
            )
        self.installer.install(found[0])

    # == reading =========================================================================
    def open_document(self, doc_id: str, anchor: str = "") -> bool:
        """Show a document in the reader."""
        if self.library is None:
            return False
        if not self.reader.open_document(doc_id, anchor):
            return False
        self.stack.setCurrentWidget(self.reader)
        return True

    def _open_from_index(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.open_document(doc_id)

    def _on_document_shown(self, doc_id: str) -> None:
        doc = self.reader.current_doc
        if doc is None:
            return
        self.stack.setCurrentWidget(self.reader)
        self.reader.set_bookmarked(self.store.is_bookmarked(doc_id))
        self.store.record_recent(doc_id, doc.title)
        self._update_title()
        self._update_actions()

    def _on_bookmark_toggled(self, doc_id: str, title: str, on: bool) -> None:
        if not self.store.available:
            self.reader.set_bookmarked(False)
            self.statusBar().showMessage(
                self.tr("Bookmarks are not available: the database is not open."), 6000
            )
            return
        self.store.set_bookmark(doc_id, title, on)
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Bookmarked.") if on else self.tr("Bookmark removed."), 3000
        )

    def toggle_bookmark(self) -> None:
        """Bookmark the document shown, or remove its bookmark."""
        if self.reader.current_doc is not None and self.stack.currentWidget() is self.reader:
            self.reader.bookmark_button.toggle()

    def _on_store_snapshot(self, snapshot: Snapshot) -> None:
        self.bookmarks_model.set_entries(self._with_types(snapshot.bookmarks))
        self.recent_model.set_entries(self._with_types(snapshot.recent))
        if self.reader.current_doc is not None:
            self.reader.set_bookmarked(self.store.is_bookmarked(self.reader.current_doc.id))

    def _with_types(self, entries: list[DocEntry]) -> list[DocEntry]:
        if self.library is None:
            return entries
        out = []
        for entry in entries:
            doc = self.library.get(entry.doc_id)
            if doc is None:
                out.append(entry)
            else:
                out.append(DocEntry(entry.doc_id, doc.title, entry.when, doc.type))
        return out

    def _refresh_reading_titles(self) -> None:
        self.bookmarks_model.set_entries(self._with_types(self.bookmarks_model.entries()))
        self.recent_model.set_entries(self._with_types(self.recent_model.entries()))

    def _on_store_failed(self, failure: OpenFailure) -> None:
        actions: list[tuple[str, Callable[[], object]]] = []
        if failure.kind == "corrupt":
            if failure.backup is not None:
                actions.append((self.tr("Restore the latest backup"), self.store.restore_backup))
            actions.append((self.tr("Start with an empty database"), self.store.start_fresh))
        text = (
            failure.message
            + " "
            + self.tr("Until then, bookmarks and recent documents are not saved.")
        )
        self.notice.show_notice(text, "error", actions)

    # == pages ===========================================================================
    def add_page(self, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        """Add a page (e.g. the assessments panel) to the window, with a Go-menu entry.

        Returns the action that shows it; the page's own signals are the caller's to
        connect (e.g. a ``documentRequested(str)`` to ``open_document``).
        """
        # A page's own minimum size must not set the window's: on a small screen the
        # library and reader must still fit. (The stack then ignores the page's hints.)
        policy = widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        widget.setSizePolicy(policy)
        self.stack.addWidget(widget)
        widget.setProperty("pageTitle", title.replace("&", ""))
        action = self._action(
            title,
            lambda: self.stack.setCurrentWidget(widget),
            [shortcut] if shortcut else None,
            name=f"actionPage{self.stack.count()}",
        )
        go_menu = next(
            (a.menu() for a in self.menuBar().actions() if a.menu() and a.objectName() == "menuGo"),
            None,
        )
        if go_menu is not None:
            go_menu.addAction(action)
        return action

    # == navigation ======================================================================
    def go_back(self) -> None:
        """Back in the reader's history."""
        if self.reader.go_back():
            self.stack.setCurrentWidget(self.reader)
        self._update_actions()

    def go_forward(self) -> None:
        """Forward in the reader's history."""
        if self.reader.go_forward():
            self.stack.setCurrentWidget(self.reader)
        self._update_actions()

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

    def _focus_sidebar(self, tab: int) -> None:
        self.sidebar.setCurrentIndex(tab)
        self.sidebar.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_problems(self) -> None:
        """Show or hide the problems panel."""
        self.problems_dock.setVisible(not self.problems_dock.isVisible())
        if self.problems_dock.isVisible():
            self.problems_dock.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_problems_button(self) -> None:
        model = self.problems_dock.model
        count = model.rowCount()
        errors = model.error_count()
        self.problems_button.setVisible(count > 0)
        self.problems_button.setText(
            self.tr("⚠ Problems: %1").replace("%1", str(count))
            if errors
            else self.tr("Warnings: %1").replace("%1", str(count))
        )
        self.problems_button.setProperty("errors", bool(errors))
        self.problems_button.style().unpolish(self.problems_button)
        self.problems_button.style().polish(self.problems_button)
        if errors and not self.problems_dock.isVisible():
            self.problems_dock.show()

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

    # == print and PDF ===================================================================
    def print_document(self) -> None:
        """Ctrl+P: choose a printer, then print off the UI thread."""
        if self.reader.current_doc is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.reader.current_doc.title))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        html, css, images, title = self.reader.print_payload()

        def job(_ctx: TaskContext) -> None:
            from desktop.ui.common.printing import print_document

            print_document(html, css, images, title, printer)

        task = self.runner.submit(job, lane="work", name="print")
        self.statusBar().showMessage(self.tr("Printing…"))
        task.succeeded.connect(
            lambda _r: self.statusBar().showMessage(self.tr("Sent to the printer."), 4000)
        )
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("Printing failed: %1").replace("%1", str(exc)), "error"
            )
        )

    def pdf_target(self, suggested: Path) -> Path | None:
        """Ask where to save the PDF (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self) -> Task | None:
        """Ctrl+Shift+S: write the document shown as a PDF, off the UI thread."""
        doc = self.reader.current_doc
        if doc is None:
            return None
        target = self.pdf_target(Path.home() / f"{doc.id.rsplit('/', 1)[-1]}.pdf")
        if target is None:
            return None
        html, css, images, title = self.reader.print_payload()

        def job(_ctx: TaskContext) -> Path:
            from desktop.ui.common.printing import export_pdf

            return export_pdf(html, css, images, title, target)

        self.statusBar().showMessage(self.tr("Saving %1…").replace("%1", target.name))
        task = self.runner.submit(job, lane="work", name="save pdf")
        task.succeeded.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Saved %1.").replace("%1", str(path)), 6000
            )
        )
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("The PDF could not be saved: %1").replace("%1", str(exc)), "error"
            )
        )
        return task

    # == help ============================================================================
    def show_shortcuts(self) -> None:
        """F1: the keyboard shortcuts."""
        rows = []
        for action in self.actions():
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys:
                rows.append(
                    f"<tr><td><b>{keys}</b></td><td>{action.text().replace('&', '')}</td></tr>"
                )
        box = QMessageBox(self)
        box.setObjectName("shortcutsBox")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<table cellpadding='3'>" + "".join(rows) + "</table>")
        box.exec()

    def show_about(self) -> None:
        """About Accord."""
        from desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Accord"),
            self.tr("Accord %1 — the offline AI-governance library.\nLibrary: %2\nData: %3")
            .replace("%1", __version__)
            .replace("%2", str(self.library_dir))
            .replace("%3", str(self.data_dir)),
        )

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

    def _update_actions(self) -> None:
        reading = self.stack.currentWidget() is self.reader and self.reader.current_doc is not None
        self.action_back.setEnabled(self.reader.can_go_back())
        self.action_forward.setEnabled(self.reader.can_go_forward())
        for action in (
            self.action_bookmark,
            self.action_zoom_in,
            self.action_zoom_out,
            self.action_zoom_reset,
            self.action_print,
            self.action_pdf,
            self.action_close_doc,
            self.action_find_next,
            self.action_find_previous,
        ):
            action.setEnabled(reading)

    # == shutdown ========================================================================
    def shutdown(self) -> None:
        """Stop background work, flush database writes, close the index and the database."""
        if self._closing:
            return
        self._closing = True
        self.live.timer.stop()
        self.sync.shutdown()  # stops a run after the upload in flight
        self.runner.cancel_all(("work", "search", "render"))
        self.runner.wait("work")
        self.runner.wait("search")
        self.runner.wait("render")
        if self.assessments is not None:
            self.assessments.close_store()  # flushes typed answers, closes after the writes
        self.store.close()
        self.session.close()  # after every queued write
        if self.index is not None:
            try:
                self.index.close()
            finally:
                self.index = None
                self.controller.set_index(None)
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _index_docs(library: Library) -> list[Any]:
    from desktop.core.search.documents import index_docs

    return index_docs(library)
