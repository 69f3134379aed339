"""The reader: a guarded QTextBrowser with contents, history, find, zoom, print and PDF.

Content is untrusted: the images a document may show are loaded on the render lane from
inside its library folder (``links.load_images``) and ``ReaderView.loadResource`` hands Qt
only those, so Qt never opens a file itself. Link clicks go through
``links.classify_link`` (library pages navigate inside the app, ``#anchors`` scroll, web
addresses need the user's confirmation, every other scheme does nothing). Rendering runs
on the render lane; the latest request wins.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QKeyEvent,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.translations import versions
from desktop.ui.common.find_bar import FindBar
from desktop.ui.common.labels import (
    audience_label,
    component_label,
    language_label,
    type_colour,
    type_label,
)
from desktop.ui.common.links import DocumentImages, LinkKind, classify_link, refused_resource
from desktop.ui.common.locale_format import date_text
from desktop.ui.common.reader_style import reader_css
from desktop.ui.common.tasks import TaskContext, TaskRunner
from desktop.ui.library.history import History, HistoryEntry
from desktop.ui.library.models import ANCHOR_ROLE, TocModel
from desktop.ui.library.prepared import Prepared, prepare

if TYPE_CHECKING:
    from desktop.core.library.documents import Document, Library
    from desktop.core.library.render import Rendered

ZOOM_MIN, ZOOM_MAX = -4, 12
# A comfortable line length: about 75 characters of body text.
MEASURE_EM = 42
MIN_SIDE_MARGIN = 28
RENDER_CACHE = 24


class ReaderView(QTextBrowser):
    """The document view. Never loads from the network or outside the library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setAccessibleName(self.tr("Document text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.library_root: Path | None = None
        self.doc_path = ""
        self.images: dict[str, QImage] = {}  # accord-image:<n> -> image
        self.references: dict[str, str] = {}  # accord-image:<n> -> as written
        self.refused: list[str] = []
        self._zoom = 0
        self.document().setDocumentMargin(MIN_SIDE_MARGIN)
        self.document().setDefaultStyleSheet(reader_css())

    # -- resources --------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl) -> Any:
        """The images loaded for the document shown (``links.load_images``); for
        anything else a harmless stand-in, never ``None`` (Qt would open the name)."""
        kind = type.value if hasattr(type, "value") else int(type)
        image = self.images.get(name.toString())
        if kind == QTextDocument.ResourceType.ImageResource.value and image is not None:
            return image
        self.refused.append(self.references.get(name.toString(), name.toString()))
        return refused_resource(kind)

    def show_html(
        self,
        html: str,
        doc_path: str,
        images: DocumentImages | None = None,
        references: dict[str, str] | None = None,
    ) -> None:
        """Show a rendered document with its images, loaded beforehand (``images``) from
        its ``accord-image:<n>`` ``references``."""
        self.doc_path = doc_path
        self.images = dict(images.loaded) if images else {}
        self.references = dict(references or {})
        self.refused = list(images.refused) if images else []
        self.document().setDefaultStyleSheet(reader_css())
        self.setHtml(html)
        self._apply_measure()

    def _apply_measure(self) -> None:
        """Keep lines readable on wide windows: widen the side margins of the text."""
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        em = self.fontMetrics().height()
        measure = MEASURE_EM * em
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - measure) // 2)
        if int(fmt.leftMargin()) != side or int(fmt.rightMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(MIN_SIDE_MARGIN - 6)
            fmt.setBottomMargin(MIN_SIDE_MARGIN * 2)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    # -- zoom -------------------------------------------------------------------------
    @property
    def zoom_level(self) -> int:
        """Steps above (or below) the normal text size."""
        return self._zoom

    def set_zoom(self, level: int) -> None:
        """Set the zoom step (clamped)."""
        level = max(ZOOM_MIN, min(ZOOM_MAX, level))
        if level != self._zoom:
            self.zoomIn(level - self._zoom)
            self._zoom = level
            self._apply_measure()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QTextBrowser has its own (unused) history on Alt+Left/Right and Backspace; the
        # window's Back/Forward actions own those keys.
        if event.key() == Qt.Key.Key_Backspace or (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            event.ignore()
            return
        super().keyPressEvent(event)


class ReaderPage(QWidget):
    """Header (type, components, bookmark), contents pane, the document, the find bar."""

    documentShown = Signal(str)  # doc id
    historyChanged = Signal()
    bookmarkToggled = Signal(str, str, bool)  # doc id, title, bookmarked
    statusMessage = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerPage")
        self.setAccessibleName(self.tr("Reader"))
        self._runner = runner
        self._library: Library | None = None
        self._cache: OrderedDict[str, Prepared] = OrderedDict()
        self._render_token = 0
        self.history = History()
        self.current_doc: Document | None = None
        self.rendered: Rendered | None = None
        self.shown_html = ""
        self.external_opener = QDesktopServices.openUrl

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.toc_model = TocModel(self)
        self.toc_pane = QWidget(self.splitter)
        self.toc_pane.setObjectName("tocPane")
        toc_layout = QVBoxLayout(self.toc_pane)
        toc_layout.setContentsMargins(0, 0, 0, 0)
        toc_layout.setSpacing(0)
        toc_title = QLabel(self.tr("Contents"), self.toc_pane)
        toc_title.setObjectName("tocTitle")
        self.toc_view = QTreeView(self.toc_pane)
        toc_title.setBuddy(self.toc_view)
        toc_layout.addWidget(toc_title)
        toc_layout.addWidget(self.toc_view, 1)
        self.toc_view.setObjectName("tocView")
        self.toc_view.setModel(self.toc_model)
        self.toc_view.setHeaderHidden(True)
        self.toc_view.setAccessibleName(self.tr("Contents of this document"))
        self.toc_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.toc_view.setUniformRowHeights(True)
        self.toc_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.toc_view.activated.connect(self._on_toc_activated)
        self.toc_view.clicked.connect(self._on_toc_activated)

        body = QWidget(self.splitter)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        self.view = ReaderView(body)
        self.view.anchorClicked.connect(self.handle_link)
        self.view.highlighted.connect(self._on_link_hovered)
        self.find_bar = FindBar(self.view, body)
        body_layout.addWidget(self.view, 1)
        body_layout.addWidget(self.find_bar)
        self.splitter.addWidget(self.toc_pane)
        self.splitter.addWidget(body)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 800])
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.bookmark_button, self.toc_view)
        self.setTabOrder(self.toc_view, self.view)

    # -- construction -----------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QWidget(self)
        header.setObjectName("readerHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 10, 12, 10)
        row.setSpacing(10)
        self.badge = QLabel(header)
        self.badge.setObjectName("typeBadge")
        self.badge.setAccessibleName(self.tr("Document type"))
        texts = QWidget(header)
        lines = QVBoxLayout(texts)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(1)
        self.components_label = QLabel(texts)
        self.components_label.setObjectName("docComponents")
        self.components_label.setAccessibleName(self.tr("Safety Index components"))
        self.components_label.setTextFormat(Qt.TextFormat.PlainText)
        self.components_label.setWordWrap(True)
        self.meta_label = QLabel(texts)
        self.meta_label.setObjectName("docMeta")
        self.meta_label.setAccessibleName(self.tr("About this document"))
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setWordWrap(True)
        self.languages_label = QLabel(texts)
        self.languages_label.setObjectName("docLanguages")
        self.languages_label.setAccessibleName(self.tr("Other languages of this document"))
        self.languages_label.setTextFormat(Qt.TextFormat.RichText)
        self.languages_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.languages_label.linkActivated.connect(self._open_version)
        lines.addWidget(self.components_label)
        lines.addWidget(self.meta_label)
        lines.addWidget(self.languages_label)
        self.bookmark_button = QToolButton(header)
        self.bookmark_button.setObjectName("bookmarkButton")
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bookmark_button.setAccessibleName(self.tr("Bookmark this document"))
        self.bookmark_button.toggled.connect(self._on_bookmark_toggled)
        self._set_bookmark_text(False)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(texts, 1)
        row.addWidget(self.bookmark_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    # -- library and rendering --------------------------------------------------------
    def set_library(self, library: Library) -> None:
        """Use this library (clears the render cache; keeps the history)."""
        self._library = library
        self.view.library_root = Path(library.root)
        self._cache.clear()

    @property
    def current_id(self) -> str:
        """The id of the document shown, or ''."""
        return self.current_doc.id if self.current_doc else ""

    def open_document(self, doc_id: str, anchor: str = "", *, push: bool = True) -> bool:
        """Show a document (and scroll to ``anchor``); False if it is not in the library."""
        library = self._library
        doc = library.get(doc_id) if library else None
        if doc is None and library is not None:
            doc = library.resolve(doc_id)
        if doc is None:
            self.statusMessage.emit(self.tr("“%1” is not in the library.").replace("%1", doc_id))
            return False
        if push:
            self._remember_scroll()
            self.history.push(HistoryEntry(doc.id, anchor))
            self.historyChanged.emit()
        entry = self.history.current
        if self.current_doc is not None and self.current_doc.id == doc.id and self.rendered:
            self._scroll_to(anchor, entry.scroll if (entry and not push) else None)
            return True
        self._render_token += 1
        token = self._render_token
        cached = self._cache.get(doc.id)
        scroll = entry.scroll if (entry and not push) else None
        if cached is not None:
            self._cache.move_to_end(doc.id)
            self._show(doc, cached, anchor, scroll)
            return True

        def render(_ctx: TaskContext) -> Prepared:
            return prepare(doc, library)

        task = self._runner.submit(render, lane="render", name=f"render {doc.id}")
        task.succeeded.connect(
            lambda rendered, t=token, d=doc, a=anchor, s=scroll: self._on_rendered(
                t, d, rendered, a, s
            )
        )
        task.failed.connect(lambda exc, d=doc: self._on_render_failed(d, exc))
        return True

    def _on_rendered(
        self,
        token: int,
        doc: Document,
        prepared: Prepared,
        anchor: str,
        scroll: int | None,
    ) -> None:
        self._cache[doc.id] = prepared
        while len(self._cache) > RENDER_CACHE:
            self._cache.popitem(last=False)
        if token == self._render_token:
            self._show(doc, prepared, anchor, scroll)

    def _on_render_failed(self, doc: Document, exc: BaseException) -> None:
        self.statusMessage.emit(
            self.tr("Could not show %1: %2").replace("%1", doc.title).replace("%2", str(exc))
        )

    def _show(
        self,
        doc: Document,
        prepared: Prepared,
        anchor: str,
        scroll: int | None,
    ) -> None:
        rendered = prepared.rendered
        self.current_doc = doc
        self.rendered = rendered
        self.shown_html = prepared.html
        self.view.show_html(prepared.html, doc.path, prepared.images, rendered.images)
        self.view.setLayoutDirection(QLocale(doc.language).textDirection())
        if rendered.problem is not None:
            self.statusMessage.emit(
                self.tr("%1 is shown as plain text: %2")
                .replace("%1", doc.title)
                .replace("%2", rendered.problem.message)
            )
        self.toc_model.set_entries(rendered.toc)
        self.toc_view.expandAll()
        self.toc_pane.setVisible(self.toc_model.rowCount() > 0)
        self._update_header(doc)
        self._scroll_to(anchor, scroll)
        self.find_bar.refresh()
        self.documentShown.emit(doc.id)

    def _update_header(self, doc: Document) -> None:
        colour = type_colour(doc.type).name()
        self.badge.setText(type_label(doc.type).upper())
        self.badge.setStyleSheet(
            f"background-color: {colour}; color: white; border-radius: 4px; padding: 2px 8px;"
            "font-weight: 600;"
        )
        self.components_label.setText(" · ".join(component_label(c) for c in doc.components))
        self.components_label.setVisible(bool(doc.components))
        parts = []
        if doc.audience:
            parts.append(
                self.tr("Audience: %1").replace(
                    "%1", ", ".join(audience_label(a) for a in doc.audience)
                )
            )
        facts = []
        if doc.version:
            facts.append(self.tr("version %1").replace("%1", doc.version))
        if doc.reviewed:
            facts.append(self.tr("reviewed %1").replace("%1", date_text(doc.reviewed)))
        parts.extend(facts)
        self.meta_label.setText(" · ".join(parts))
        self.meta_label.setVisible(bool(parts))
        self._update_languages(doc)

    def _update_languages(self, doc: Document) -> None:
        """ "Also in: Français · العربية", each a link to that version."""
        others = (
            {lang: d for lang, d in versions(self._library, doc.id).items() if d.id != doc.id}
            if self._library is not None
            else {}
        )
        links = " · ".join(
            f"<a href='{html.escape(other.id)}'>{html.escape(language_label(lang))}</a>"
            for lang, other in sorted(others.items())
        )
        self.languages_label.setText(self.tr("Also in: %1").replace("%1", links) if links else "")
        self.languages_label.setVisible(bool(links))

    def _open_version(self, doc_id: str) -> None:
        self.open_document(doc_id)

    def _scroll_to(self, anchor: str, scroll: int | None) -> None:
        if scroll is not None:
            self.view.verticalScrollBar().setValue(scroll)
        elif anchor:
            self.view.scrollToAnchor(anchor)
        else:
            self.view.verticalScrollBar().setValue(0)

    def _remember_scroll(self) -> None:
        entry = self.history.current
        if (
            entry is not None
            and self.current_doc is not None
            and entry.doc_id == self.current_doc.id
        ):
            entry.scroll = self.view.verticalScrollBar().value()

    # -- history ----------------------------------------------------------------------
    def can_go_back(self) -> bool:
        """True when Back has somewhere to go."""
        return self.history.can_go_back()

    def can_go_forward(self) -> bool:
        """True when Forward has somewhere to go."""
        return self.history.can_go_forward()

    def go_back(self) -> bool:
        """Go to the previous place; False if there is none."""
        self._remember_scroll()
        entry = self.history.back()
        if entry is None:
            return False
        self.historyChanged.emit()
        return self.open_document(entry.doc_id, entry.anchor, push=False)

    def go_forward(self) -> bool:
        """Go to the next place; False if there is none."""
        self._remember_scroll()
        entry = self.history.forward()
        if entry is None:
            return False
        self.historyChanged.emit()
        return self.open_document(entry.doc_id, entry.anchor, push=False)

    # -- links ------------------------------------------------------------------------
    def handle_link(self, url: QUrl) -> None:
        """A link was clicked or activated with the keyboard."""
        target = classify_link(url)
        if target.kind is LinkKind.DOCUMENT:
            self.open_document(target.doc_id, target.anchor)
        elif target.kind is LinkKind.ANCHOR:
            if self.current_doc is not None:
                self.open_document(self.current_doc.id, target.anchor)
        elif target.kind is LinkKind.EXTERNAL:
            if self.confirm_external(url):
                self.external_opener(url)
        else:
            self.statusMessage.emit(
                self.tr("This link was not opened: only library pages and web addresses can be.")
            )

    def confirm_external(self, url: QUrl) -> bool:
        """Ask before leaving the app for a web (or e-mail) address."""
        box = QMessageBox(self)
        box.setObjectName("externalLinkBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open an outside link?"))
        if url.scheme().lower() == "mailto":
            box.setText(self.tr("Write an e-mail with your e-mail program?"))
        else:
            box.setText(self.tr("Open this address in your web browser?"))
        box.setInformativeText(url.toDisplayString())
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openExternal")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is open_button

    def _on_link_hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            self.statusMessage.emit("")
            return
        target = classify_link(url)
        if target.kind is LinkKind.EXTERNAL:
            self.statusMessage.emit(
                self.tr("Outside link (asks first): %1").replace("%1", url.toDisplayString())
            )
        elif target.kind is LinkKind.DOCUMENT and self._library is not None:
            doc = self._library.get(target.doc_id)
            self.statusMessage.emit(doc.title if doc else target.doc_id)

    def _on_toc_activated(self, index: QModelIndex) -> None:
        anchor = index.data(ANCHOR_ROLE)
        if anchor and self.current_doc is not None:
            self.open_document(self.current_doc.id, anchor)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- bookmark ---------------------------------------------------------------------
    def set_bookmarked(self, bookmarked: bool) -> None:
        """Reflect the bookmark state of the document shown (does not emit)."""
        self.bookmark_button.blockSignals(True)
        self.bookmark_button.setChecked(bookmarked)
        self.bookmark_button.blockSignals(False)
        self._set_bookmark_text(bookmarked)

    def _set_bookmark_text(self, bookmarked: bool) -> None:
        self.bookmark_button.setText(
            self.tr("★ Bookmarked") if bookmarked else self.tr("☆ Bookmark")
        )
        self.bookmark_button.setToolTip(
            self.tr("Remove the bookmark (Ctrl+D)") if bookmarked else self.tr("Bookmark (Ctrl+D)")
        )

    def _on_bookmark_toggled(self, checked: bool) -> None:
        self._set_bookmark_text(checked)
        if self.current_doc is not None:
            self.bookmarkToggled.emit(self.current_doc.id, self.current_doc.title, checked)

    # -- zoom, print ------------------------------------------------------------------
    def zoom_in(self) -> None:
        """Larger text."""
        self.view.set_zoom(self.view.zoom_level + 1)

    def zoom_out(self) -> None:
        """Smaller text."""
        self.view.set_zoom(self.view.zoom_level - 1)

    def zoom_reset(self) -> None:
        """Normal text size."""
        self.view.set_zoom(0)

    def print_payload(self) -> tuple[str, str, dict[str, QImage], str]:
        """(html, css, images, title) of the document shown, for printing off the UI thread."""
        title = self.current_doc.title if self.current_doc else ""
        return self.shown_html, reader_css(dark=False), dict(self.view.images), title

    def base_font(self) -> QFont:
        """The reader's font (zoom included)."""
        return self.view.font()
