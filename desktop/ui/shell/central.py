"""The main window's body: the notice bar, the sidebar (library, bookmarks, recent) and the
pages (start, search, reader), and the order Tab walks through them."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.notice import NoticeBar
from desktop.ui.library.models import DocListModel
from desktop.ui.library.reader import ReaderPage
from desktop.ui.library.welcome import WelcomePage
from desktop.ui.search.delegates import CountDelegate
from desktop.ui.search.panel import SearchPage

if TYPE_CHECKING:
    from desktop.ui.shell.window_parts import ShellWindow


def build_central(window: ShellWindow) -> None:
    """Create the body's widgets as attributes of ``window`` (``notice``, ``splitter``,
    ``sidebar``, ``library_view``, ``bookmarks_view``, ``recent_view``, ``stack``,
    ``welcome``, ``search_page``, ``reader``)."""
    central = QWidget(window)
    central.setObjectName("central")
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    window.notice = NoticeBar(central)
    layout.addWidget(window.notice)

    splitter = window.splitter = QSplitter(Qt.Orientation.Horizontal, central)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    sidebar = window.sidebar = QTabWidget(splitter)
    sidebar.setObjectName("sidebar")
    sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Library and bookmarks"))
    sidebar.setDocumentMode(True)
    sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
    sidebar.setMinimumWidth(270)
    sidebar.tabBar().setAccessibleName(QCoreApplication.translate("MainWindow", "Sidebar tabs"))
    view = window.library_view = QTreeView(sidebar)
    view.setObjectName("libraryView")
    view.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Library: documents by type and by component")
    )
    view.setModel(window.library_model)
    view.setHeaderHidden(True)
    view.setItemDelegate(CountDelegate(view, leaves_only=False))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformRowHeights(True)
    view.setAnimated(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    sidebar.addTab(view, QCoreApplication.translate("MainWindow", "Library"))
    window.bookmarks_view = doc_list_view(
        window, window.bookmarks_model, QCoreApplication.translate("MainWindow", "Bookmarks")
    )
    window.bookmarks_view.setObjectName("bookmarksView")
    sidebar.addTab(window.bookmarks_view, QCoreApplication.translate("MainWindow", "Bookmarks"))
    window.recent_view = doc_list_view(
        window, window.recent_model, QCoreApplication.translate("MainWindow", "Recent documents")
    )
    window.recent_view.setObjectName("recentView")
    sidebar.addTab(window.recent_view, QCoreApplication.translate("MainWindow", "Recent"))

    stack = window.stack = QStackedWidget(splitter)
    stack.setObjectName("pages")
    window.welcome = WelcomePage(window.recent_model, window.bookmarks_model, stack)
    window.search_page = SearchPage(stack)
    window.reader = ReaderPage(window.runner, stack)
    stack.addWidget(window.welcome)
    stack.addWidget(window.search_page)
    stack.addWidget(window.reader)
    splitter.addWidget(sidebar)
    splitter.addWidget(stack)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([300, 900])
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)


def doc_list_view(window: ShellWindow, model: DocListModel, name: str) -> QTreeView:
    """A flat list of documents in the sidebar; activating a row opens the document."""
    view = QTreeView(window.sidebar)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setHeaderHidden(True)
    view.setRootIsDecorated(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformRowHeights(True)
    view.activated.connect(window.open_from_index)
    view.clicked.connect(window.open_from_index)
    return view


def set_tab_order(window: ShellWindow) -> None:
    """Tab goes: search box → sidebar → the page shown → status bar → problems."""
    welcome = window.welcome
    page = window.search_page
    reader = window.reader
    bar = reader.find_bar
    chain: list[QWidget] = [
        window.search_box,
        window.sidebar.tabBar(),
        window.library_view,
        window.bookmarks_view,
        window.recent_view,
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
        window.notice.close_button,
        window.sync_ui.status_widget.button,
        window.sync_ui.status_widget.stop_button,
        window.cancel_index_button,
        window.problems_button,
        window.problems_dock.table,
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
