"""The user database as the UI sees it: bookmarks, recent documents, settings.

Every SQLite call runs on the runner's ``db`` lane (one thread, in order), one
transaction per user action (``desktop.core.storage.reading``). Lists come back through
signals; the UI keeps only a display copy. If the database cannot be opened the app
still runs: ``openFailed`` carries the error and ``restore_backup``/``start_fresh``
repair it with the core's helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.common.tasks import Task, TaskContext, TaskRunner
from desktop.ui.library.models import DocEntry

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class OpenFailure:
    """Why the database did not open, and what can be offered."""

    kind: str  # "corrupt", "newer" or "error"
    message: str
    backup: Path | None


@dataclass(frozen=True)
class Snapshot:
    """The reading lists after a change."""

    bookmarks: list[DocEntry]
    recent: list[DocEntry]


class ReadingStore(QObject):
    """Bookmarks, recent documents and settings, persisted through the db lane."""

    opened = Signal(object)  # Snapshot
    openFailed = Signal(object)  # OpenFailure
    changed = Signal(object)  # Snapshot
    repaired = Signal(str)  # a message for people
    writeFailed = Signal(str)

    def __init__(self, runner: TaskRunner, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.path = Path(path)
        self._db: sqlite_utils.Database | None = None  # touched on the db lane only
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
        """Open (and migrate) the database on the db lane."""
        task = self._runner.submit(self._open_job, lane="db", name="open database")
        task.succeeded.connect(self._on_opened)
        task.failed.connect(lambda exc: self._on_open_failed(exc))
        return task

    def _open_job(self, _ctx: TaskContext) -> Snapshot | OpenFailure:
        from desktop.core.storage.db import (
            CorruptDatabaseError,
            DatabaseError,
            NewerDatabaseError,
            latest_backup,
            open_database,
        )

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = open_database(self.path)
        except CorruptDatabaseError as exc:
            return OpenFailure("corrupt", str(exc), latest_backup(self.path))
        except NewerDatabaseError as exc:
            return OpenFailure("newer", str(exc), None)
        except (DatabaseError, OSError) as exc:
            return OpenFailure("error", str(exc), None)
        return self._snapshot()

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

        def job(ctx: TaskContext) -> tuple[Snapshot | OpenFailure, str]:
            from desktop.core.storage.db import latest_backup, restore_backup

            backup = latest_backup(self.path)
            if backup is None:
                raise FileNotFoundError("there is no backup of the database")
            aside = restore_backup(self.path, backup)
            snapshot = self._open_job(ctx)
            return snapshot, self.tr(
                "Restored the backup %1. The damaged database was kept as %2."
            ).replace("%1", backup.name).replace("%2", aside.name)

        return self._repair(job, "restore database")

    def start_fresh(self) -> Task:
        """Move the damaged file aside and start with an empty database."""

        def job(ctx: TaskContext) -> tuple[Snapshot | OpenFailure, str]:
            from desktop.core.storage.db import set_aside_damaged

            aside = set_aside_damaged(self.path)
            snapshot = self._open_job(ctx)
            return snapshot, self.tr(
                "Started with an empty database. The damaged one was kept as %1."
            ).replace("%1", aside.name)

        return self._repair(job, "start fresh database")

    def _repair(self, job: Any, name: str) -> Task:
        task = self._runner.submit(job, lane="db", name=name)

        def done(result: tuple[Snapshot | OpenFailure, str]) -> None:
            outcome, message = result
            self._on_opened(outcome)
            if not isinstance(outcome, OpenFailure):
                self.repaired.emit(message)

        task.succeeded.connect(done)
        task.failed.connect(lambda exc: self._on_open_failed(exc))
        return task

    # -- reading lists ----------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        from desktop.core.storage import reading

        assert self._db is not None
        return Snapshot(
            [DocEntry(b.doc_id, b.title, b.created) for b in reading.bookmarks(self._db)],
            [DocEntry(r.doc_id, r.title, r.created) for r in reading.recent(self._db, limit=12)],
        )

    def _write(self, action: Any, name: str) -> Task | None:
        if not self.available:
            return None

        def job(_ctx: TaskContext) -> Snapshot:
            if self._db is None:
                raise RuntimeError("the database is closed")
            action(self._db)
            return self._snapshot()

        task = self._runner.submit(job, lane="db", name=name)
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
        task = self._write(action, "bookmark" if on else "remove bookmark")

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

        return self._write(action, "recent")

    def set_setting(self, key: str, value: str) -> Task | None:
        """Persist one setting."""

        def action(db: sqlite_utils.Database) -> None:
            from desktop.core.storage import reading

            reading.set_setting(db, key, value)

        return self._write(action, "setting")

    def close(self) -> None:
        """Close the connection after every queued write (blocks: only at shutdown)."""

        def job(_ctx: TaskContext) -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        self._runner.submit(job, lane="db", name="close database")
        self._runner.wait("db")
        self.available = False
