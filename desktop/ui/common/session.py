"""The running app's user database: one connection, one thread, one signal saying what changed.

:class:`Session` opens ``accord.db`` once, on the task runner's ``db`` lane (the one thread
that touches SQLite, in submission order), and everything in the window reaches the
database through it: the reading lists (``ReadingStore``), the assessments
(``AssessmentService``) and the sync (``SyncController``).

* :meth:`Session.call` runs ``fn(db)`` on the db lane and returns the task; a write names
  what it changed, and ``changed`` carries it (a :class:`Change`) once it is committed.
* :meth:`Session.gateway` serves jobs of other lanes that reach the database between slow
  steps (the sync runner waits for the network, enrollment for the hub): each database
  step runs on the db lane while the job's own thread waits. The UI thread never waits.
* Opening: writable (``storage.db.open_database``: checked, migrated, version-guarded);
  when the folder or the file cannot be written and the file exists, read-only (reads
  work, writes fail with the database's read-only error until :meth:`reopen_writable`
  succeeds). A damaged or newer database is not opened: ``openFailed`` carries an
  :class:`OpenFailure`, and :meth:`restore_backup` / :meth:`start_fresh` repair it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import AccordError, describe
from desktop.core.storage import paths
from desktop.ui.common.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    import sqlite_utils

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenFailure:
    """Why the database did not open, and what can be offered."""

    kind: str  # "corrupt", "newer" or "error"
    message: str
    backup: Path | None


@dataclass(frozen=True)
class Change:
    """What a committed write changed: ``kind`` ("assessments", "bookmarks", "recent",
    "settings", "outbox", "hub") and the ids it touched (empty: the writer cannot say)."""

    kind: str
    ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Repair:
    """What a repair did: the outcome of opening again, the backup put in place (None for
    a fresh start) and where the damaged file went."""

    outcome: _Opened | OpenFailure
    backup: Path | None
    aside: Path


@dataclass(frozen=True)
class _Opened:
    read_only: bool
    fresh: bool  # opened by this call (not open already)


class DatabaseUnavailable(AccordError):
    """The database is not open (it failed to open, or the app is closing)."""

    code = "storage.not-open"


ChangeSpec = Change | Callable[[object], "Change | None"] | None


class Session(QObject):
    """The one connection of a window to ``accord.db``; see the module docstring."""

    opened = Signal(bool)  # read_only; after each (re)opening
    openFailed = Signal(object)  # OpenFailure
    changed = Signal(object)  # Change

    def __init__(self, runner: TaskRunner, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_dir = Path(data_dir)
        self.path = paths.database_path(self.data_dir)
        self.backups = paths.backups_dir(self.data_dir)
        # The UI thread's view, set when an opening's outcome arrives.
        self.available = False
        self.failure: OpenFailure | None = None
        self._opening: Task | None = None
        # Written on the db lane only; plain values the UI may read at any time.
        self.read_only = False
        self.read_only_reason = ""  # why the file was opened read-only
        self._db: sqlite_utils.Database | None = None
        self._failure: OpenFailure | None = None
        self._closed = False

    # -- opening (UI thread) ----------------------------------------------------------------
    def open(self) -> Task:
        """Open the database on the db lane (a no-op when it is open); emits ``opened`` when
        it opened now, ``openFailed`` when it could not. Jobs submitted afterwards see it."""
        if self._opening is not None and not self._opening.is_done:
            return self._opening
        task = self.runner.submit(lambda _ctx: self._open_in_lane(), lane="db", name="open")
        task.succeeded.connect(self._on_outcome)
        task.failed.connect(lambda exc: self._on_outcome(OpenFailure("error", describe(exc), None)))
        self._opening = task
        return task

    def _on_outcome(self, outcome: _Opened | OpenFailure) -> None:
        if isinstance(outcome, OpenFailure):
            self.available = False
            self.failure = outcome
            self.openFailed.emit(outcome)
            return
        self.available = True
        self.failure = None
        if outcome.fresh:
            self.opened.emit(outcome.read_only)

    def restore_backup(self) -> Task:
        """Put the latest backup in place of the damaged file (kept aside), then open it;
        the task's result is a :class:`Repair`."""

        def job(_ctx: TaskContext) -> Repair:
            from desktop.core.storage.db import latest_backup, restore_backup

            backup = latest_backup(self.path)
            if backup is None:
                raise FileNotFoundError("there is no backup of the database")
            self._close_in_lane()
            aside = restore_backup(self.path, backup)
            return Repair(self._open_in_lane(), backup, aside)

        return self._repair(job, "restore database")

    def start_fresh(self) -> Task:
        """Move the damaged file aside and start with an empty database (a :class:`Repair`)."""

        def job(_ctx: TaskContext) -> Repair:
            from desktop.core.storage.db import set_aside_damaged

            self._close_in_lane()
            aside = set_aside_damaged(self.path)
            return Repair(self._open_in_lane(), None, aside)

        return self._repair(job, "start fresh database")

    def _repair(self, job: Callable[[TaskContext], Repair], name: str) -> Task:
        task = self.runner.submit(job, lane="db", name=name)
        task.succeeded.connect(lambda repair: self._on_outcome(repair.outcome))
        return task

    # -- calls ------------------------------------------------------------------------------
    def call(
        self,
        fn: Callable[[sqlite_utils.Database], T],
        name: str = "database",
        *,
        change: ChangeSpec = None,
    ) -> Task:
        """Run ``fn(db)`` on the db lane; the task's signals carry the result or the error.

        ``change`` (a :class:`Change`, or a function of the result returning one) is
        announced on ``changed`` after the call succeeded.
        """
        task = self.runner.submit(lambda _ctx: fn(self.connection()), lane="db", name=name)
        if change is not None:
            task.succeeded.connect(lambda result: self._announce(change, result))
        return task

    def _announce(self, change: ChangeSpec, result: object) -> None:
        what = change(result) if callable(change) else change
        if what is not None:
            self.changed.emit(what)

    def notify(self, change: Change) -> None:
        """Announce a change written elsewhere (through :meth:`gateway`)."""
        self.changed.emit(change)

    def gateway(self) -> LaneGateway:
        """A ``core.storage.gateway.Gateway`` for jobs on other lanes (never the UI thread)."""
        return LaneGateway(self)

    # -- the db lane ------------------------------------------------------------------------
    def connection(self) -> sqlite_utils.Database:
        """The open connection (db lane only); opened at first use. Raises
        DatabaseUnavailable with the reason when it cannot be opened."""
        if self._db is None and not self._closed and self._failure is None:
            self._open_in_lane()
        if self._db is None:
            if self._closed:
                raise DatabaseUnavailable("Accord is closing.")
            reason = self._failure.message if self._failure else "The database is not open."
            raise DatabaseUnavailable(reason)
        return self._db

    def failure_in_lane(self) -> OpenFailure | None:
        """On the db lane: why the last opening failed (None when it did not)."""
        return self._failure

    def _open_in_lane(self) -> _Opened | OpenFailure:
        from desktop.core.storage.db import DatabaseError, open_database

        if self._db is not None:
            return _Opened(self.read_only, fresh=False)
        if self._closed:
            return OpenFailure("error", "Accord is closing.", None)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = open_database(self.path, self.backups)
        except (DatabaseError, OSError) as exc:
            # The code only: the message names folders, which may name the person.
            log.warning("the database did not open: %s", getattr(exc, "code", type(exc).__name__))
            self._failure = self._not_opened(exc)
            return self._failure or _Opened(True, fresh=True)
        self._failure = None
        self.read_only = False
        return _Opened(False, fresh=True)

    def _not_opened(self, exc: Exception) -> OpenFailure | None:
        """Why ``exc`` keeps the database closed, or None when it could be opened read-only."""
        from desktop.core.storage.db import CorruptDatabaseError, NewerDatabaseError, latest_backup

        if isinstance(exc, CorruptDatabaseError):
            return OpenFailure("corrupt", str(exc), latest_backup(self.path))
        if isinstance(exc, NewerDatabaseError):
            return OpenFailure("newer", str(exc), None)
        return self._open_read_only(exc)

    def _open_read_only(self, error: Exception) -> OpenFailure | None:
        """A folder or file that cannot be written: read what is there (None), or say why
        not (the OpenFailure)."""
        from desktop.core.storage.read_only import is_unwritable, open_read_only

        if not (self.path.is_file() and is_unwritable(self.path)):
            return OpenFailure("error", str(error), None)
        try:
            self._db = open_read_only(self.path)
        except (sqlite3.Error, OSError):
            return OpenFailure("error", str(error), None)
        self.read_only = True
        self.read_only_reason = str(error)
        return None

    def reopen_writable(self) -> bool:
        """On the db lane: a database opened read-only is opened writable again when the
        folder can be written now (True; also when it was writable already)."""
        from desktop.core.storage.db import DatabaseError, open_database

        if self._db is not None and not self.read_only:
            return True
        try:
            db = open_database(self.path, self.backups)
        except (DatabaseError, OSError):
            return False  # still read-only: the write fails with a clear error
        self._close_in_lane()
        self._db, self._failure = db, None
        self.read_only = False
        self.read_only_reason = ""
        return True

    def _close_in_lane(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()

    # -- closing ----------------------------------------------------------------------------
    def close(self, wait: bool = True) -> None:
        """Close the connection after every queued job (``wait``: block until then, which
        the window does only at shutdown)."""

        def job(_ctx: TaskContext) -> None:
            self._closed = True
            self._close_in_lane()

        self.available = False
        self.runner.submit(job, lane="db", name="close database")
        if wait:
            self.runner.wait("db")


class LaneGateway:
    """ "Run this function with the database" for a job on another lane: the function runs
    on the db lane with the session's connection; the job's thread waits for it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def run(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """``fn(db)`` on the db lane; its result or its exception comes back here."""
        session = self._session
        return session.runner.call_blocking(lambda: fn(session.connection()), lane="db")
