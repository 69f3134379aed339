"""The reading lists of the main window: Bookmarks and Recent (sidebar and start page),
kept in step with the reading store, and the notice when the database cannot be used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.library.models import DocEntry, DocListModel

if TYPE_CHECKING:
    from desktop.ui.common.session import OpenFailure
    from desktop.ui.library.reading_store import Snapshot
    from desktop.ui.shell.window_parts import ShellWindow


class ReadingLists(QObject):
    """The two list models and what keeps them current."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bookmarks = DocListModel(window)
        self.recent = DocListModel(window)
        store = window.store
        store.opened.connect(self.show)
        store.changed.connect(self.show)
        store.openFailed.connect(self.show_failure)
        store.repaired.connect(lambda text: window.notice.show_notice(text, "info"))
        store.writeFailed.connect(lambda text: window.notice.show_notice(text, "error"))

    def connect_reader(self) -> None:
        """Follow the reader (once it is built): documents shown, bookmarks toggled."""
        self.window.reader.documentShown.connect(self.document_shown)
        self.window.reader.bookmarkToggled.connect(self.bookmark_toggled)

    def show(self, snapshot: Snapshot) -> None:
        """Show the lists as stored (and the bookmark state of the document shown)."""
        self.bookmarks.set_entries(self._with_types(snapshot.bookmarks))
        self.recent.set_entries(self._with_types(snapshot.recent))
        reader = self.window.reader
        if reader.current_doc is not None:
            reader.set_bookmarked(self.window.store.is_bookmarked(reader.current_doc.id))

    def document_shown(self, doc_id: str) -> None:
        """A document is shown: its bookmark state, and the top of the recent list."""
        reader = self.window.reader
        doc = reader.current_doc
        if doc is None:
            return
        reader.set_bookmarked(self.window.store.is_bookmarked(doc_id))
        self.window.store.record_recent(doc_id, doc.title)

    def bookmark_toggled(self, doc_id: str, title: str, on: bool) -> None:
        """The reader's bookmark button (or Ctrl+D): save it, or say why it cannot be."""
        window = self.window
        if not window.store.available:
            window.reader.set_bookmarked(False)
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Bookmarks are not available: the database is not open."
                ),
                6000,
            )
            return
        window.store.set_bookmark(doc_id, title, on)
        window.update_actions()
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Bookmarked.")
            if on
            else QCoreApplication.translate("MainWindow", "Bookmark removed."),
            3000,
        )

    def refresh_titles(self) -> None:
        """The library (re)loaded: show today's titles and types."""
        self.bookmarks.set_entries(self._with_types(self.bookmarks.entries()))
        self.recent.set_entries(self._with_types(self.recent.entries()))

    def _with_types(self, entries: list[DocEntry]) -> list[DocEntry]:
        library = self.window.library
        if library is None:
            return entries
        out = []
        for entry in entries:
            doc = library.get(entry.doc_id)
            if doc is None:
                out.append(entry)
            else:
                out.append(DocEntry(entry.doc_id, doc.title, entry.when, doc.type))
        return out

    def show_failure(self, failure: OpenFailure) -> None:
        """The database is not usable: say why, and offer the repairs there are."""
        window, store = self.window, self.window.store
        actions: list[tuple[str, Callable[[], object]]] = []
        if failure.kind == "corrupt":
            if failure.backup is not None:
                actions.append(
                    (
                        QCoreApplication.translate("MainWindow", "Restore the latest backup"),
                        store.restore_backup,
                    )
                )
            actions.append(
                (
                    QCoreApplication.translate("MainWindow", "Start with an empty database"),
                    store.start_fresh,
                )
            )
        text = (
            failure.message
            + " "
            + QCoreApplication.translate(
                "MainWindow", "Until then, bookmarks and recent documents are not saved."
            )
        )
        window.notice.show_notice(text, "error", actions)
