"""A database gateway: "run this function with the database", wherever the database lives.

Long jobs that touch the user database between slow steps (the sync runner waits for the
network; enrollment asks the hub) take a gateway instead of a connection. The command line
hands them :class:`Direct`, which calls the function on its own connection at once. The app
hands them its session's gateway, which runs the function on the one database thread and
waits for the answer on the job's own thread, so the app keeps one connection and one
writer (``desktop.ui.common.session``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

import sqlite_utils

T = TypeVar("T")


class Gateway(Protocol):
    """Runs one function with the database and returns what it returns (or raises)."""

    def run(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """``fn(db)``, wherever the database is served."""
        ...


class Direct:
    """The gateway of a process that owns its connection (the command line, tests)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def run(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Call ``fn`` on this connection, on the calling thread."""
        return fn(self.db)


def as_gateway(database: Gateway | sqlite_utils.Database) -> Gateway:
    """``database`` itself when it is a gateway, else a :class:`Direct` on the connection."""
    if isinstance(database, sqlite_utils.Database):
        return Direct(database)
    return database
