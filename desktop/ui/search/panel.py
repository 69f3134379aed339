"""The search box, the results page (facets, count, suggestion, results) and their wiring.

Typing searches as you type (150 ms debounce, last word as a prefix); checking a facet
searches at once. ``LiveSearch`` ties the box, the facets and the page to a
``SearchController`` that drops stale answers.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.bidi import isolate
from desktop.ui.common.locale_format import number
from desktop.ui.library.models import DOC_ID_ROLE
from desktop.ui.search.controller import SearchController
from desktop.ui.search.delegates import CountDelegate, ResultDelegate
from desktop.ui.search.models import FacetsModel, SearchResultsModel

if TYPE_CHECKING:
    from index.api import SearchResults

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """The library search field. Down moves to the results, Esc clears."""

    moveToResults = Signal()
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText(self.tr("Search the library  (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search the library"))
        self.setAccessibleDescription(
            self.tr("Results appear as you type; press Down to move to them.")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)

    def event(self, event: QEvent) -> bool:
        # QLineEdit takes Ctrl+K (delete to end of line) on some platforms; here it belongs
        # to the window's "Search" action, like everywhere else in the app.
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            combo = event.keyCombination()
            if QKeySequence(combo) == QKeySequence("Ctrl+K"):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moveToResults.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    """Facets on one side, the result count, a 'did you mean', and the results list."""

    openRequested = Signal(str)  # doc id
    suggestionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self.setAccessibleName(self.tr("Search results"))
        self.results_model = SearchResultsModel(self)
        self.facets_model = FacetsModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        facets_box = self._build_facets(self.splitter)
        self._build_results(self.splitter)
        self.splitter.addWidget(facets_box)
        self.splitter.addWidget(self.results_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 700])
        facets_box.setMinimumWidth(200)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.suggestion_label, self.facets_view)
        self.setTabOrder(self.facets_view, self.clear_filters)
        self.setTabOrder(self.clear_filters, self.results_view)
        self._update_clear_button()
        self.show_waiting(self.tr("Type to search the library."))

    def _build_header(self) -> QFrame:
        """The result count, the "did you mean" link and the notice above the results."""
        header = QFrame(self)
        header.setObjectName("searchHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(18, 12, 18, 10)
        header_layout.setSpacing(4)
        self.count_label = QLabel(header)
        self.count_label.setObjectName("resultCount")
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        # A long query (a whole question) must wrap, not widen the window.
        self.count_label.setWordWrap(True)
        self.suggestion_label = QLabel(header)
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setAccessibleName(self.tr("Did you mean"))
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.suggestion_label.linkActivated.connect(self._on_suggestion)
        self.suggestion_label.hide()
        self.notice_label = QLabel(header)
        self.notice_label.setObjectName("searchNotice")
        self.notice_label.setAccessibleName(self.tr("Search notice"))
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        header_layout.addWidget(self.count_label)
        header_layout.addWidget(self.suggestion_label)
        header_layout.addWidget(self.notice_label)
        return header

    def _build_facets(self, parent: QWidget) -> QWidget:
        """The filter pane: its title, "Clear filters" and the facet tree."""
        facets_box = QWidget(parent)
        facets_box.setObjectName("facetsBox")
        facets_layout = QVBoxLayout(facets_box)
        facets_layout.setContentsMargins(8, 8, 4, 8)
        facets_layout.setSpacing(6)
        facets_title = QLabel(self.tr("Filter"), facets_box)
        facets_title.setObjectName("paneTitle")
        self.clear_filters = QPushButton(self.tr("Clear filters"), facets_box)
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.setAccessibleName(self.tr("Clear all filters"))
        self.clear_filters.setFlat(True)
        self.clear_filters.clicked.connect(self.facets_model.clear_selection)
        title_row = QHBoxLayout()
        title_row.addWidget(facets_title)
        title_row.addStretch(1)
        title_row.addWidget(self.clear_filters)
        facets_layout.addLayout(title_row)
        self.facets_view = QTreeView(facets_box)
        self.facets_view.setObjectName("facetsView")
        self.facets_view.setAccessibleName(self.tr("Filters: check a value to narrow the results"))
        self.facets_view.setModel(self.facets_model)
        self.facets_view.setHeaderHidden(True)
        self.facets_view.setRootIsDecorated(False)
        self.facets_view.setIndentation(6)
        self.facets_view.setItemDelegate(CountDelegate(self.facets_view))
        self.facets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facets_view.setItemsExpandable(False)
        facets_layout.addWidget(self.facets_view, 1)
        self.facets_model.modelReset.connect(self._after_facets_reset)
        self.facets_model.filtersChanged.connect(self._update_clear_button)
        self.facets_view.activated.connect(self._toggle_facet)
        return facets_box

    def _build_results(self, parent: QWidget) -> None:
        """The results list and, in its place when there are none, the empty label."""
        self.results_stack = QStackedWidget(parent)
        self.results_view = QListView(self.results_stack)
        self.results_view.setObjectName("resultsView")
        self.results_view.setAccessibleName(self.tr("Results"))
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(ResultDelegate(self.results_view))
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setWordWrap(True)
        self.results_view.activated.connect(self._open_index)
        self.results_view.clicked.connect(self._open_index)
        self.empty_label = QLabel(self.results_stack)
        self.empty_label.setObjectName("emptyResults")
        self.empty_label.setAccessibleName(self.tr("No results"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.results_stack.addWidget(self.results_view)
        self.results_stack.addWidget(self.empty_label)

    # -- showing ----------------------------------------------------------------------
    def show_results(self, results: SearchResults) -> None:
        """Show an answer from the index."""
        self.results_model.set_results(results)
        self.facets_model.set_facets(results.facets)
        shown = len(results.hits)
        if results.total == 0:
            self.count_label.setText(self.tr("No results for “%1”").replace("%1", results.query))
            self.empty_label.setText(
                self.tr(
                    "Nothing matches. Check the spelling, use fewer words, or clear the filters."
                )
            )
            self.results_stack.setCurrentWidget(self.empty_label)
        else:
            if results.match == "some":
                # Never a silent zero: say plainly that these are partial matches.
                text = self.tr(
                    "No document has all the words of “%2”. %n document(s) have some of them "
                    "or a related meaning:",
                    "",
                    results.total,
                )
            else:
                text = self.tr("Results for “%2”: %1").replace("%1", number(results.total))
            text = text.replace("%2", isolate(results.query))
            if shown < results.total:
                text = with_count_shown(text, self.tr("(showing the first %1)"), shown)
            self.count_label.setText(text)
            self.results_stack.setCurrentWidget(self.results_view)
        if results.suggestion:
            link = html.escape(results.suggestion)
            self.suggestion_label.setText(
                self.tr("Did you mean %1?").replace("%1", f'<a href="suggest"><b>{link}</b></a>')
            )
            self.suggestion_label.setProperty("suggestion", results.suggestion)
            self.suggestion_label.show()
        else:
            self.suggestion_label.hide()
            self.suggestion_label.setProperty("suggestion", "")
        self.notice_label.setVisible(bool(results.notice))
        self.notice_label.setText(results.notice or "")

    def show_waiting(self, message: str) -> None:
        """No results to show yet (e.g. the index is being built)."""
        self.results_model.set_results(None)
        self.count_label.setText(message)
        self.suggestion_label.hide()
        self.notice_label.hide()
        self.empty_label.setText(message)
        self.results_stack.setCurrentWidget(self.empty_label)

    def focus_results(self) -> None:
        """Move the keyboard focus to the first result."""
        if self.results_model.rowCount() == 0:
            return
        self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results_view.currentIndex().isValid():
            self.results_view.setCurrentIndex(self.results_model.index(0, 0))

    # -- reactions --------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.openRequested.emit(doc_id)

    def _on_suggestion(self, _link: str) -> None:
        suggestion = self.suggestion_label.property("suggestion")
        if suggestion:
            self.suggestionChosen.emit(str(suggestion))

    def _toggle_facet(self, index: QModelIndex) -> None:
        if index.parent().isValid():
            state = index.data(Qt.ItemDataRole.CheckStateRole)
            checked = state == Qt.CheckState.Checked
            self.facets_model.setData(
                index,
                Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def _after_facets_reset(self) -> None:
        self.facets_view.expandAll()
        self._update_clear_button()

    def _update_clear_button(self) -> None:
        self.clear_filters.setEnabled(bool(self.facets_model.filters()))


class LiveSearch(QObject):
    """Wires the box, the facets and the page to the controller (debounced, latest wins)."""

    searched = Signal(str)  # the text searched for ('' when cleared)

    def __init__(
        self,
        box: SearchBox,
        page: SearchPage,
        controller: SearchController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.box = box
        self.page = page
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        box.textEdited.connect(lambda _text: self.timer.start())
        box.returnPressed.connect(self._on_return)
        page.facets_model.filtersChanged.connect(self.run_now)
        page.suggestionChosen.connect(self.use_suggestion)
        controller.resultsReady.connect(page.show_results)
        controller.searchFailed.connect(
            lambda message: page.show_waiting(self.tr("Search failed: %1").replace("%1", message))
        )
        controller.readyChanged.connect(self._on_ready_changed)

    @property
    def text(self) -> str:
        """The query as typed, trimmed."""
        return self.box.text().strip()

    def run_now(self) -> None:
        """Search for the box's text now (cancels a pending debounce)."""
        self.timer.stop()
        text = self.text
        if not text:
            self.controller.cancel()
            self.page.show_waiting(self.tr("Type to search the library."))
            self.searched.emit("")
            return
        if not self.controller.ready:
            self.page.show_waiting(
                self.tr("The search index is being prepared; results will appear here.")
            )
        self.controller.search(text, self.page.facets_model.filters(), prefix=True)
        self.searched.emit(text)

    def use_suggestion(self, suggestion: str) -> None:
        """Replace the query by the suggested spelling and search."""
        self.box.setText(suggestion)
        self.run_now()

    def _on_return(self) -> None:
        if self.timer.isActive() or self.page.results_model.query != self.text:
            self.run_now()
        self.page.focus_results()

    def _on_ready_changed(self, ready: bool) -> None:
        if ready and self.text and self.page.results_model.rowCount() == 0:
            self.run_now()


def with_count_shown(text: str, shown_note: str, shown: int) -> str:
    """``text`` with "(showing the first N)" added: before a closing colon when the text
    introduces the list ("… a related meaning (showing the first 50):"), else at the end."""
    note = shown_note.replace("%1", number(shown))
    head, colon = _CLOSING_COLON.match(text).groups()  # type: ignore[union-attr]
    return f"{head} {note}{colon}"


# A closing colon, with the space (or no-break space) French puts before it.
_CLOSING_COLON = re.compile(r"(.*?)(\s?:|)\s*$", re.S)
