"""The user database as the reading side of the UI sees it: bookmarks, recent documents,
settings.

Everything goes through the window's :class:`~desktop.ui.common.session.Session`: every
SQLite call runs on the ``db`` lane (one thread, in order), one transaction per user action
(``desktop.core.storage.reading``). Lists come back through signals; the UI keeps only a
display copy. If the database cannot be opened the app still runs: ``openFailed`` carries
the reason and ``restore_backup``/``start_fresh`` repair it (the session does the work).
A database that could only be opened read-only counts as not opened here, so nothing the
reader does is silently lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.ui.common.session import Change, OpenFailure, Repair, Session
from desktop.ui.common.tasks import Task
from desktop.ui.library.models import DocEntry

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["OpenFailure", "ReadingStore", "Snapshot"]


@dataclass(frozen=True)
class Snapshot:
    """The reading lists after a change."""

    bookmarks: list[DocEntry]
    recent: list[DocEntry]


class ReadingStore(QObject):
    """Bookmarks, recent documents and settings, persisted through the session."""

    opened = Signal(object)  # Snapshot
    openFailed = Signal(object)  # OpenFailure
    changed = Signal(object)  # Snapshot
    repaired = Signal(str)  # a message for people
    writeFailed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.path = session.path
        self.available = False
        self.failure: OpenFailure | None = None
        self.bookmarked: set[str] = set()
        # Bookmark changes not yet written: doc id -> (wanted state, write number). A list
        # read before the write landed must not undo what the user just did.
        self._pending: dict[str, tuple[bool, int]] = {}
        self._writes = 0
        self._last: Snapshot | None = None

    # -- opening and repair -----------------------------------------------------------
    def open(self) -> Task:
        """Open the session (if it is not open yet), then read the lists (db lane)."""
        self._session.open()
        return self._read_lists()

    def _read_lists(self, then: Callable[[], object] | None = None) -> Task:
        task = self._session.runner.submit(
            lambda _ctx: self._snapshot_or_failure(), lane="db", name="read reading lists"
        )

        def done(outcome: Snapshot | OpenFailure) -> None:
            self._on_opened(outcome)
            if then is not None and not isinstance(outcome, OpenFailure):
                then()

        task.succeeded.connect(done)
        task.failed.connect(self._on_open_failed)
        return task

    def _snapshot_or_failure(self) -> Snapshot | OpenFailure:
        session = self._session
        if session.read_only:
            return OpenFailure("error", session.read_only_reason, None)
        try:
            db = session.connection()
        except Exception as exc:
            return session.failure_in_lane() or OpenFailure("error", str(exc), None)
        return self._snapshot(db)

    def _on_opened(self, outcome: Snapshot | OpenFailure) -> None:
        if isinstance(outcome, OpenFailure):
            self._on_open_failed(outcome)
            return
        self.available = True
        self.failure = None
        self._last = outcome
        self.bookmarked = {e.doc_id for e in outcome.bookmarks}
        self.opened.emit(outcome)

    def _on_open_failed(self, failure: OpenFailure | BaseException) -> None:
        if not isinstance(failure, OpenFailure):
            failure = OpenFailure("error", str(failure), None)
        self.available = False
        self.failure = failure
        self.openFailed.emit(failure)

    def restore_backup(self) -> Task:
        """Put the latest backup in place of the damaged file (kept aside), then open it."""

        def message(repair: Repair) -> str:
            assert repair.backup is not None
            return (
                self.tr("Restored the backup %1. The damaged database was kept as %2.")
                .replace("%1", repair.backup.name)
                .replace("%2", repair.aside.name)
            )

        return self._repair(self._session.restore_backup(), message)

    def start_fresh(self) -> Task:
        """Move the damaged file aside and start with an empty database."""

        def message(repair: Repair) -> str:
            return self.tr(
                "Started with an empty database. The damaged one was kept as %1."
            ).replace("%1", repair.aside.name)

        return self._repair(self._session.start_fresh(), message)

    def _repair(self, task: Task, message: Callable[[Repair], str]) -> Task:
        def done(repair: Repair) -> None:
            if isinstance(repair.outcome, OpenFailure):
                self._on_open_failed(repair.outcome)
                return
            text = message(repair)
            self._read_lists(then=lambda: self.repaired.emit(text))

        task.succeeded.connect(done)
        task.failed.connect(self._on_open_failed)
        return task

    # -- reading lists ----------------------------------------------------------------
    @staticmethod
    def _snapshot(db: sqlite_utils.Database) -> Snapshot:
        from desktop.core.storage import reading

        return Snapshot(
            [DocEntry(b.doc_id, b.title, b.created) for b in reading.bookmarks(db)],
            [DocEntry(r.doc_id, r.title, r.created) for r in reading.recent(db, limit=12)],
        )

    def _write(
        self, action: Callable[[sqlite_utils.Database], object], name: str, change: Change
    ) -> Task | None:
        if not self.available:
            return None

        def job(db: sqlite_utils.Database) -> Snapshot:
            action(db)
            return self._snapshot(db)

        task = self._session.call(job, name, change=change)
        task.succeeded.connect(self._on_changed)
        task.failed.connect(
            lambda exc: self.writeFailed.emit(self.tr("Could not save: %1").replace("%1", str(exc)))
        )
        return task

    def _on_changed(self, snapshot: Snapshot) -> None:
        bookmarked = {e.doc_id for e in snapshot.bookmarks}
        for doc_id, (on, _number) in self._pending.items():
            if on:
                bookmarked.add(doc_id)
            else:
                bookmarked.discard(doc_id)
        self.bookmarked = bookmarked
        self._last = snapshot
        self.changed.emit(snapshot)

    def set_bookmark(self, doc_id: str, title: str, on: bool) -> Task | None:
        """Add or remove a bookmark (the display copy changes at once)."""

        def action(db: sqlite_utils.Database) -> None:
            from desktop.core.storage import reading

            if on:
                reading.add_bookmark(db, doc_id, title)
            else:
                reading.remove_bookmark(db, doc_id)

        if on:
            self.bookmarked.add(doc_id)
        else:
            self.bookmarked.discard(doc_id)
        self._writes += 1
        number = self._writes
        self._pending[doc_id] = (on, number)
        change = Change("bookmarks", frozenset({doc_id}))
        task = self._write(action, "bookmark" if on else "remove bookmark", change)

        def settled() -> None:
            if self._pending.get(doc_id, (on, -1))[1] != number:
                return  # a later change of the same bookmark is still on its way
            del self._pending[doc_id]
            if task is not None and task.state == "failed":
                # Not saved: show the truth again.
                if on:
                    self.bookmarked.discard(doc_id)
                else:
                    self.bookmarked.add(doc_id)
                if self._last is not None:
                    self.changed.emit(self._last)

        if task is not None:
            # Runs after the write's own list update (``succeeded`` comes first).
            task.finished.connect(settled)
        return task

    def is_bookmarked(self, doc_id: str) -> bool:
        """From the display copy: no database access on the UI thread."""
        return doc_id in self.bookmarked

    def record_recent(self, doc_id: str, title: str) -> Task | None:
        """Note that a document was opened."""

        def action(db: sqlite_utils.Database) -> None:
            from desktop.core.storage import reading

            reading.record_recent(db, doc_id, title)

        return self._write(action, "recent", Change("recent", frozenset({doc_id})))

    def set_setting(self, key: str, value: str) -> Task | None:
        """Persist one setting."""

        def action(db: sqlite_utils.Database) -> None:
            from desktop.core.storage import reading

            reading.set_setting(db, key, value)

        return self._write(action, "setting", Change("settings", frozenset({key})))

    def close(self) -> None:
        """Stop saving (the session closes the connection after the queued writes)."""
        self.available = False
