"""What the main window's parts (``actions``, ``central``, ``status_bar``,
``index_controller``, ``reading_lists``, ``print_actions``, ``pack_handoff``, ``help_menu``,
``startup``) may use of the window: its widgets, models and services, and the navigation
they call. ``desktop.ui.shell.main_window.MainWindow`` is the one implementation; the parts
name this protocol instead, so that the window imports its parts and never the reverse.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QLabel,
        QMenuBar,
        QProgressBar,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QTabWidget,
        QToolBar,
        QToolButton,
        QTreeView,
        QWidget,
    )

    from desktop.core.library.documents import Library
    from desktop.core.packs.store import PackSource
    from desktop.ui.common.notice import NoticeBar
    from desktop.ui.common.session import Session
    from desktop.ui.common.tasks import Task, TaskRunner
    from desktop.ui.library.models import DocListModel, LibraryModel
    from desktop.ui.library.problems import ProblemsDock
    from desktop.ui.library.reader import ReaderPage
    from desktop.ui.library.reading_store import ReadingStore
    from desktop.ui.library.welcome import WelcomePage
    from desktop.ui.packs.installer import PackInstaller
    from desktop.ui.search.controller import SearchController
    from desktop.ui.search.panel import SearchBox, SearchPage
    from desktop.ui.sync.controller import SyncController
    from desktop.ui.sync.ui import SyncUi


class ReadingListsPart(Protocol):
    """The window's reading lists (``reading_lists.ReadingLists``), as the parts use them."""

    def refresh_titles(self) -> None: ...


class ShellWindow(Protocol):
    """The main window as its parts see it (the parts also set the widgets they build)."""

    # Folders, services and state.
    library_dir: Path
    data_dir: Path
    library: Library | None
    packs: list[PackSource]
    runner: TaskRunner
    session: Session
    store: ReadingStore
    controller: SearchController
    installer: PackInstaller
    sync_ui: SyncUi
    sync: SyncController
    lists: ReadingListsPart
    packs_dialog: Any
    assessments: Any
    assessments_error: str | None
    action_assessments: QAction | None
    libraryLoaded: SignalInstance

    # Widgets and models.
    notice: NoticeBar
    splitter: QSplitter
    sidebar: QTabWidget
    library_view: QTreeView
    bookmarks_view: QTreeView
    recent_view: QTreeView
    library_model: LibraryModel
    bookmarks_model: DocListModel
    recent_model: DocListModel
    stack: QStackedWidget
    welcome: WelcomePage
    search_page: SearchPage
    reader: ReaderPage
    search_box: SearchBox
    problems_dock: ProblemsDock
    toolbar: QToolBar
    count_label: QLabel
    index_progress: QProgressBar
    cancel_index_button: QToolButton
    problems_button: QToolButton
    action_back: QAction
    action_forward: QAction
    action_home: QAction
    action_print: QAction
    action_pdf: QAction
    action_zoom_in: QAction
    action_zoom_out: QAction
    action_problems: QAction
    action_bookmark: QAction
    action_zoom_reset: QAction
    action_close_doc: QAction
    action_find_next: QAction
    action_find_previous: QAction
    page_modes: Any  # page_modes.PageModes (the parts import this module, not the reverse)
    memory: Any  # window_geometry.WindowMemory

    @property
    def closing(self) -> bool: ...

    # Qt's own.
    def tr(self, text: str) -> str: ...
    def statusBar(self) -> QStatusBar: ...
    def windowState(self) -> Qt.WindowState: ...
    def setWindowState(self, state: Qt.WindowState) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, title: str) -> QToolBar: ...
    def addAction(self, action: QAction) -> None: ...
    def actions(self) -> list[QAction]: ...
    def setCentralWidget(self, widget: QWidget) -> None: ...
    def close(self) -> bool: ...

    # Navigation and commands the parts call.
    def open_document(self, doc_id: str, anchor: str = "") -> bool: ...
    def open_from_index(self, index: QModelIndex) -> None: ...
    def open_index(self) -> Task | None: ...
    def cancel_indexing(self) -> None: ...
    def reload_library(self) -> None: ...
    def add_page(self, widget: QWidget, title: str, shortcut: str = "") -> QAction: ...
    def pdf_target(self, suggested: Path) -> Path | None: ...
    def focus_search(self) -> None: ...
    def find(self) -> None: ...
    def go_back(self) -> None: ...
    def go_forward(self) -> None: ...
    def show_welcome(self) -> None: ...
    def toggle_bookmark(self) -> None: ...
    def save_pdf(self) -> Task | None: ...
    def focus_sidebar(self, tab: int) -> None: ...
    def focus_reader(self) -> None: ...
    def toggle_problems(self) -> None: ...
    def update_actions(self) -> None: ...
    def show_packs(self) -> Any: ...
