"""The hub's schema changes: what is applied, what is pending, and applying them.

The same Alembic steps (``hub/migrations/versions``) serve SQLite and PostgreSQL. A hub
database made before migrations existed (``meta.schema = 1`` and no ``alembic_version``)
is recognised as step 0001. Upgrades run in one transaction that holds the write lock
(SQLite) or an advisory lock (PostgreSQL), so two workers starting at once apply each
step once.
"""

from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util.exc import CommandError
from sqlalchemy import Connection, inspect, text

from hub.db.engine import POSTGRESQL, Database, HubStoreError

BASELINE = "0001"
# Any constant shared by every hub process: the key of PostgreSQL's advisory lock.
_LOCK_KEY = 74_201_416


@dataclass(frozen=True)
class Step:
    revision: str
    title: str

    def as_json(self) -> dict[str, str]:
        return {"revision": self.revision, "title": self.title}


@dataclass(frozen=True)
class SchemaState:
    """``current`` (None for an empty database), ``head`` and the ``pending`` steps."""

    current: str | None
    head: str
    pending: tuple[Step, ...]

    @property
    def up_to_date(self) -> bool:
        return not self.pending

    def as_json(self) -> dict[str, object]:
        return {
            "current": self.current,
            "head": self.head,
            "pending": [s.as_json() for s in self.pending],
        }


def _config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "hub:migrations")
    cfg.attributes["connection"] = conn
    return cfg


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    """The newest schema step this accord-hub knows."""
    return str(_scripts().get_current_head())


def _current(conn: Connection, where: str) -> str | None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None:
        return current
    if "meta" not in inspect(conn).get_table_names():
        return None
    row = conn.execute(text("SELECT value FROM meta WHERE key = 'schema'")).fetchone()
    if row is not None and row[0] != "1":
        raise _too_new(where, f"schema {row[0]}")
    return BASELINE  # made by accord-hub before migrations: the baseline


def _too_new(where: str, what: str) -> HubStoreError:
    return HubStoreError(
        f"{where} was written by a newer accord-hub ({what}); install that version to use it",
        code="hub.store-too-new",
    )


def pending_steps(current: str | None, where: str) -> tuple[Step, ...]:
    scripts = _scripts()
    try:
        steps = list(scripts.iterate_revisions("head", current or "base"))
    except (CommandError, RevisionError) as exc:
        raise _too_new(where, f"schema step {current}") from exc
    steps.reverse()  # oldest first
    return tuple(
        Step(s.revision, (s.doc or "").strip().splitlines()[0] if s.doc else "")
        for s in steps
        if s.revision != current
    )


def schema_state(db: Database) -> SchemaState:
    """What is applied and what is pending (reads only)."""
    with db.read() as conn:
        current = _current(conn, db.where)
    return SchemaState(current, head(), pending_steps(current, db.where))


def upgrade(db: Database) -> list[Step]:
    """Apply every pending step in one transaction; returns the steps applied."""
    with db.write() as conn:
        if db.kind == POSTGRESQL:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        current = _current(conn, db.where)
        pending = pending_steps(current, db.where)
        if not pending:
            return []
        cfg = _config(conn)
        if current == BASELINE and MigrationContext.configure(conn).get_current_revision() is None:
            command.stamp(cfg, BASELINE)  # a database from before migrations
        command.upgrade(cfg, "head")
    return list(pending)
