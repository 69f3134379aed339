"""The assessment store as the UI sees it: every call runs on the task runner's db lane.

:class:`AssessmentService` holds one :class:`~desktop.core.assessments.store.AssessmentStore`
and only ever touches it from jobs submitted to the ``db`` lane (one thread, in order), so
the UI thread never waits for SQLite and a read submitted after a write sees it.

In the window the store wraps the window's one connection: the source is the
:class:`~desktop.ui.common.session.Session`, which opens the database (and repairs it). A
standalone panel passes a data folder, an open store or a function that opens one.

Opening: the store is opened writable; when the data folder is read-only, it is opened
read-only instead (assessments can be read, writes fail with a retryable StoreError), and
every later write first tries to reopen it writable, so a folder made writable again
saves what is waiting without a restart.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.core.assessments.store import AssessmentStore, StoreError
from desktop.ui.common.error_text import error_text
from desktop.ui.common.session import Change, Session
from desktop.ui.common.tasks import Task, TaskContext, TaskRunner

T = TypeVar("T")
StoreSource = Session | AssessmentStore | Path | Callable[[], AssessmentStore]


class AssessmentService(QObject):
    """Runs store calls on the db lane. ``source`` is the window's session, an open store,
    a user data folder (opened with ``AssessmentStore.open_data_dir``) or a function that
    opens one."""

    opened = Signal(bool)  # read_only
    openFailed = Signal(str)  # a message for people
    # An assessment was created, answered, completed or moved: the frozenset of the ids
    # written (empty when the writer could not say), so lists reload only those rows.
    changed = Signal(object)

    def __init__(
        self, runner: TaskRunner, source: StoreSource, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._source = source
        self._store: AssessmentStore | None = None  # touched on the db lane only
        self.read_only = False
        self.available = False
        self.failure = ""
        self._opening: Task | None = None
        self._session = source if isinstance(source, Session) else None
        if self._session is not None:
            # Repaired or opened late: open (again) if an earlier try failed.
            self._session.opened.connect(self._on_session_opened)

    # -- opening -------------------------------------------------------------------------
    def open(self) -> Task:
        """Open the store on the db lane (again after a failure); emits opened/openFailed."""
        if self._opening is not None and not self._opening.is_done:
            return self._opening
        if self._session is not None:
            self._session.open()  # a no-op when it is open; runs before the job below
        task = self.runner.submit(self._open_job, lane="db", name="open assessments")
        task.succeeded.connect(self._on_opened)
        task.failed.connect(self._on_open_failed)
        self._opening = task
        return task

    def _on_session_opened(self, _read_only: bool) -> None:
        if not self.available and (self._opening is None or self._opening.is_done):
            self.open()

    def _session_store(self) -> AssessmentStore:
        """On the db lane: the store on the session's connection (wrapped again when the
        session reopened it, e.g. writable)."""
        assert self._session is not None
        db = self._session.connection()
        if self._store is None or self._store.db is not db:
            self._store = AssessmentStore(db, self._session.path, self._session.backups)
        return self._store

    def _open_writable(self) -> AssessmentStore:
        source = self._source
        if isinstance(source, AssessmentStore):
            return source
        if isinstance(source, Path):
            source.mkdir(parents=True, exist_ok=True)
            return AssessmentStore.open_data_dir(source)
        return source()

    def _database_path(self) -> Path | None:
        if isinstance(self._source, AssessmentStore):
            return self._source.path
        if isinstance(self._source, Path):
            from desktop.core.storage import paths

            return paths.database_path(self._source)
        return self._store.path if self._store is not None else None

    def _open_job(self, _ctx: TaskContext) -> bool:
        if self._session is not None:
            self._session_store()
            return self._session.read_only
        if self._store is not None:
            return self.read_only
        try:
            self._store = self._open_writable()
            return False
        except StoreError as exc:
            path = self._database_path()
            if exc.kind != "read-only" or path is None or not path.is_file():
                raise
            self._store = AssessmentStore.open_read_only(path)
            return True

    def _on_opened(self, read_only: bool) -> None:
        self.available = True
        self.read_only = bool(read_only)
        self.failure = ""
        self.opened.emit(self.read_only)

    def _on_open_failed(self, exc: BaseException) -> None:
        self.available = False
        self.failure = str(exc)
        self.openFailed.emit(self.failure)

    # -- calls -----------------------------------------------------------------------------
    def _ensure_writable(self) -> None:
        """On the db lane: a store opened read-only is reopened writable when possible."""
        if self._session is not None:
            if self._session.reopen_writable():
                self._session_store()
                self.read_only = False
            return
        if not self.read_only or isinstance(self._source, AssessmentStore):
            return
        try:
            store = self._open_writable()
        except (StoreError, OSError):
            return  # still read-only: the write below fails with a clear StoreError
        old, self._store = self._store, store
        self.read_only = False
        if old is not None:
            with contextlib.suppress(Exception):
                old.close()

    def call(
        self,
        fn: Callable[[AssessmentStore], T],
        name: str = "assessment",
        *,
        write: bool = False,
        ids: Iterable[str] = (),
    ) -> Task:
        """Run ``fn(store)`` on the db lane; the task's signals carry the result or error.

        ``write=True`` first tries to reopen a read-only store writable, and emits
        ``changed`` with ``ids`` (the assessments the call writes) after a success; a
        call that creates an assessment may return it, and its id is added.
        """

        def job(_ctx: TaskContext) -> T:
            if self._store is None:
                raise StoreError(
                    self.failure or "The assessments database is not open yet.", "other", True
                )
            if write:
                self._ensure_writable()
            if self._session is not None:
                return fn(self._session_store())
            return fn(self._store)

        task = self.runner.submit(job, lane="db", name=name)
        if write:
            written = frozenset(ids)
            task.succeeded.connect(lambda result: self._after_write(written, result))
        return task

    def _after_write(self, ids: frozenset[str], result: object) -> None:
        if self.read_only:
            return
        created = getattr(result, "id", None)
        if isinstance(created, str):
            ids = ids | {created}
        self.changed.emit(ids)
        if self._session is not None:
            self._session.notify(Change("assessments", ids))

    def store_for_tests(self) -> AssessmentStore | None:
        """The store object (tests patch it to simulate faults); never used by the UI."""
        return self._store

    def close(self) -> Task:
        """Close the store after every queued call (does not wait)."""

        def job(_ctx: TaskContext) -> None:
            store, self._store = self._store, None
            borrowed = isinstance(self._source, AssessmentStore | Session)
            if store is not None and not borrowed:  # the session closes its own connection
                store.close()

        self.available = False
        return self.runner.submit(job, lane="db", name="close assessments")


def describe_error(exc: BaseException) -> str:
    """The message of a store error in the interface's language: the common ones by
    their code, any other after a translated sentence (``common.error_text``)."""
    return error_text(exc)


def is_retryable(exc: Any) -> bool:
    """True for a StoreError that may succeed later (read-only, full, busy, I/O)."""
    return isinstance(exc, StoreError) and exc.retryable
