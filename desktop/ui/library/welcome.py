"""The start page shown when no document is open: counts, recent documents, bookmarks, keys."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.components import DOC_TYPES
from desktop.ui.common.flow_layout import FlowLayout
from desktop.ui.common.labels import type_colour, type_plural
from desktop.ui.library.models import DOC_ID_ROLE, DocListModel

if TYPE_CHECKING:
    from desktop.core.library.documents import Document


MAX_CONTENT_WIDTH = 920
MAX_LIST_ROWS = 8


class WelcomePage(QScrollArea):
    """What you see first: the library at a glance and where you left off."""

    openRequested = Signal(str)  # doc id
    browseType = Signal(str)  # doc type

    def __init__(
        self, recent: DocListModel, bookmarks: DocListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAccessibleName(self.tr("Start page"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        inner.setObjectName("welcomeInner")
        outer = QVBoxLayout()
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(18)

        self._build_intro(inner, outer, recent, bookmarks)
        outer.addLayout(self._build_keys(inner, outer))
        outer.addStretch(1)
        # A readable measure: the content keeps to a centred column on wide windows.
        centring = QHBoxLayout()
        centring.setContentsMargins(0, 0, 0, 0)
        column = QWidget(self)
        column.setObjectName("welcomeInner")
        column.setLayout(outer)
        column.setMaximumWidth(MAX_CONTENT_WIDTH)
        centring.addStretch(0)
        centring.addWidget(column, 1)
        centring.addStretch(0)
        inner.setLayout(centring)
        self.setWidget(inner)

    def _build_intro(
        self, inner: QWidget, outer: QVBoxLayout, recent: DocListModel, bookmarks: DocListModel
    ) -> None:
        """The title, the library summary, the type cards and the two document lists."""
        title = QLabel(self.tr("Accord"), inner)
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(
            self.tr("The AI-governance library: standards, playbooks and checklists, offline."),
            inner,
        )
        subtitle.setObjectName("welcomeSubtitle")
        subtitle.setWordWrap(True)
        self.summary = QLabel(self.tr("Loading the library…"), inner)
        self.summary.setObjectName("welcomeSummary")
        self.summary.setAccessibleName(self.tr("Library summary"))
        outer.addWidget(title)
        outer.addWidget(subtitle)
        outer.addWidget(self.summary)

        self.cards_row = FlowLayout(spacing=10)
        self.cards: dict[str, QPushButton] = {}
        outer.addLayout(self.cards_row)

        lists = QHBoxLayout()
        lists.setSpacing(24)
        self.recent_view = self._list_column(
            lists, self.tr("Recent documents"), recent, self.tr("Documents you open appear here.")
        )
        self.bookmarks_view = self._list_column(
            lists,
            self.tr("Bookmarks"),
            bookmarks,
            self.tr("Press Ctrl+D in a document to bookmark it."),
        )
        outer.addLayout(lists)

    def _build_keys(self, inner: QWidget, outer: QVBoxLayout) -> QGridLayout:
        """The "Keyboard" title (added to ``outer``) and the grid of shortcut hints."""
        keys_title = QLabel(self.tr("Keyboard"), inner)
        keys_title.setObjectName("sectionTitle")
        outer.addWidget(keys_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        hints = [
            (self.tr("Ctrl+K"), self.tr("Search the library")),
            (self.tr("Ctrl+F"), self.tr("Find in the document (search elsewhere)")),
            (self.tr("Alt+Left / Alt+Right"), self.tr("Back / forward")),
            (self.tr("Ctrl+D"), self.tr("Bookmark the document")),
            (self.tr("Ctrl+Plus / Ctrl+Minus / Ctrl+0"), self.tr("Zoom in / out / reset")),
            (self.tr("Ctrl+P / Ctrl+Shift+S"), self.tr("Print / save as PDF")),
            (self.tr("F1"), self.tr("All keyboard shortcuts")),
        ]
        for row, (key, text) in enumerate(hints):
            key_label = QLabel(key, inner)
            key_label.setObjectName("keyCap")
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignLeading)
            description = QLabel(text, inner)
            description.setWordWrap(True)
            grid.addWidget(description, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _list_column(
        self, row: QHBoxLayout, title: str, model: DocListModel, empty: str
    ) -> QListView:
        column = QVBoxLayout()
        column.setSpacing(6)
        label = QLabel(title, self)
        label.setObjectName("sectionTitle")
        view = QListView(self)
        view.setObjectName("welcomeList")
        view.setModel(model)
        view.setAccessibleName(title)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.activated.connect(self._on_activated)
        view.clicked.connect(self._on_activated)
        placeholder = QLabel(empty, self)
        placeholder.setObjectName("placeholder")
        placeholder.setWordWrap(True)
        label.setBuddy(view)

        def update() -> None:
            rows = model.rowCount()
            view.setVisible(rows > 0)
            placeholder.setVisible(rows == 0)
            if rows:
                # As tall as its rows (up to eight), so short lists do not leave a void.
                row_height = max(view.sizeHintForRow(0), view.fontMetrics().height() + 12)
                frame = 2 * view.frameWidth() + 4
                view.setFixedHeight(min(rows, MAX_LIST_ROWS) * row_height + frame)

        model.modelReset.connect(update)
        update()
        column.addWidget(label)
        column.addWidget(view)
        column.addWidget(placeholder)
        column.addStretch(1)
        row.addLayout(column, 1)
        return view

    def _on_activated(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.openRequested.emit(doc_id)

    def set_documents(self, documents: Iterable[Document]) -> None:
        """Show the library's counts, one card per document type."""
        counts = Counter(d.type for d in documents)
        total = sum(counts.values())
        self.summary.setText(
            self.tr("Documents in the library: %1").replace("%1", str(total))
            if total
            else self.tr("The library is empty.")
        )
        while self.cards_row.count():
            item = self.cards_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards = {}
        for doc_type in [t for t in DOC_TYPES if counts.get(t)]:
            card = QPushButton(f"{counts[doc_type]}  {type_plural(doc_type)}", self)
            card.setObjectName("typeCard")
            card.setAccessibleName(
                self.tr("%1: %2, browse them")
                .replace("%1", type_plural(doc_type))
                .replace("%2", str(counts[doc_type]))
            )
            card.setStyleSheet(f"QPushButton#typeCard {{ color: {type_colour(doc_type).name()}; }}")
            card.clicked.connect(lambda _c=False, t=doc_type: self.browseType.emit(t))
            self.cards_row.addWidget(card)
            self.cards[doc_type] = card
