"""Opening the hub's database from a URL: SQLite (a file, the embedded default) or
PostgreSQL (the production store), behind one small interface.

``Database.write()`` is one write transaction, ``Database.read()`` one read, and
``Database.snapshot()`` a consistent read-only view for backups. SQLite keeps the hub's
durability settings (WAL, ``synchronous=FULL``: a receipt is sent only after its row is on
disk) and takes its write lock at the start of a transaction (``BEGIN IMMEDIATE``), so two
workers never deadlock on a lock upgrade. PostgreSQL runs at READ COMMITTED; the unique
constraints decide races between workers and machines, and a transaction the server
aborted for a deadlock or a serialisation failure is retried (:func:`retrying`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from desktop.core.errors import AccordError

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DATABASE_ENV = "ACCORD_HUB_DATABASE"
# SQLSTATEs after which PostgreSQL expects the whole transaction to be tried again.
_RETRY_STATES = {"40001", "40P01"}
T = TypeVar("T")


class HubStoreError(AccordError):
    """A store problem explained for the hub's operator."""

    code = "hub.store"


def database_url(target: str | Path) -> str:
    """The SQLAlchemy URL for a database URL or a SQLite file path.

    ``postgresql://`` and ``postgres://`` use the psycopg 3 driver; a path (or
    ``sqlite:///path``) is a SQLite file.
    """
    if isinstance(target, Path) or "://" not in str(target):
        return f"sqlite:///{Path(target).expanduser().resolve()}"
    value = str(target)
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix) :]
    return value


def describe(url: str) -> str:
    """The URL for people: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the database URL"


class Database:
    """A writer and a reader engine for one database (see the module docstring)."""

    def __init__(self, target: str | Path) -> None:
        self.url = database_url(target)
        self.where = describe(self.url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise HubStoreError(
                f"{self.where} is not a database URL; give a PostgreSQL URL "
                "(postgresql://user:password@host/database) or a SQLite file path",
                code="hub.store-url",
            ) from exc
        self.kind = parsed.get_backend_name()
        if self.kind == SQLITE:
            self.writer = _sqlite_engine(self.url, "BEGIN IMMEDIATE")
            self.reader = _sqlite_engine(self.url, "BEGIN")
            # Threads of one process queue here rather than in SQLite's busy handler,
            # which sleeps in steps of up to 100 ms.
            self._lock: Any = threading.RLock()
        elif self.kind == POSTGRESQL:
            self.writer = create_engine(
                self.url,
                pool_size=4,
                max_overflow=8,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 10, "application_name": "accord-hub"},
            )
            # Reads are single statements: no BEGIN/COMMIT round trips around them.
            self.reader = self.writer.execution_options(isolation_level="AUTOCOMMIT")
            self._lock = nullcontext()
        else:
            raise HubStoreError(
                f"{self.where}: the hub stores its data in SQLite or PostgreSQL, not {self.kind}",
                code="hub.store-url",
            )

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with self._lock, self.writer.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading (never waits for a writer)."""
        with self.reader.connect() as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only view that does not change while it is read (for backups)."""
        if self.kind == POSTGRESQL:
            engine = self.writer.execution_options(isolation_level="REPEATABLE READ")
            with engine.begin() as conn:
                conn.execute(text("SET TRANSACTION READ ONLY"))
                yield conn
        else:
            with self.reader.begin() as conn:
                # The first read fixes the WAL snapshot for the rest of the transaction.
                conn.execute(text("SELECT COUNT(*) FROM sqlite_master"))
                yield conn

    def ping(self) -> None:
        """Raise HubStoreError when the database does not answer."""
        try:
            with self.reader.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise self.unavailable(exc) from exc

    def unavailable(self, exc: BaseException) -> HubStoreError:
        """The error to show when the database cannot be reached or used."""
        reason = getattr(exc, "orig", None) or exc
        return HubStoreError(
            f"cannot use the hub database {self.where}: {str(reason).strip()}",
            code="hub.store-unavailable",
        )

    def close(self) -> None:
        self.writer.dispose()
        if self.kind == SQLITE:
            self.reader.dispose()


def retrying(attempt: Callable[[], T], tries: int = 5) -> T:
    """Run ``attempt`` (one whole transaction) again when PostgreSQL aborted it for a
    deadlock or a serialisation failure; anything else is raised at once."""
    for n in range(tries):
        try:
            return attempt()
        except DBAPIError as exc:
            state = getattr(exc.orig, "sqlstate", None)
            if state not in _RETRY_STATES or n == tries - 1:
                raise
            time.sleep(0.005 * (n + 1))
    raise AssertionError("unreachable")


def _sqlite_engine(url: str, begin: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30.0, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _: Any) -> None:
        # Let SQLAlchemy's "begin" event below say how a transaction starts.
        dbapi_connection.isolation_level = None
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA busy_timeout=30000",
            "PRAGMA foreign_keys=ON",
        ):
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin)

    return engine
