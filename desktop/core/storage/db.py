"""Open the user database safely: WAL, ``synchronous=FULL``, numbered migrations.

Rules (ARCHITECTURE.md, "User data is sacred"): every connection gets the same pragmas;
a backup is taken before any migration runs; a database written by a newer Accord is
refused rather than damaged.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from desktop.core.errors import AccordError
from desktop.core.storage.migrations import MIGRATIONS, known_migration_names

# NORMAL would lose acknowledged commits on power loss in WAL mode; FULL syncs each commit.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


class DatabaseError(AccordError, RuntimeError):
    """A database problem explained for people; ``path`` names the file."""

    code = "storage.cannot-open"

    def __init__(self, message: str, path: Path, *, code: str | None = None) -> None:
        super().__init__(message, code=code, details={"path": str(path)})
        self.path = path


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of Accord."""

    code = "storage.newer-database"


class CorruptDatabaseError(DatabaseError):
    """The file is not a readable SQLite database."""

    code = "storage.corrupt-database"


def connect(path: Path) -> sqlite_utils.Database:
    """A connection with the house pragmas; does not migrate."""
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    # Autocommit mode: sqlite-utils' db.atomic() opens explicit transactions, one per action.
    conn.isolation_level = None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return sqlite_utils.Database(conn)


def open_database(path: Path, backups: Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the user database at ``path``.

    Raises NewerDatabaseError, CorruptDatabaseError or DatabaseError with a message that
    says what happened and what to do.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = connect(path)
        check = db.execute("PRAGMA quick_check").fetchone()[0] if existed else "ok"
    except sqlite3.OperationalError as exc:
        # "unable to open", "readonly", "disk I/O error": the folder, not the file, is the
        # problem, so do not call the data damaged.
        raise DatabaseError(
            f"Accord cannot open its database {path} ({exc}). Check that the folder "
            f"{path.parent} exists, is writable and that the disk is not full, or choose "
            "another data folder. Nothing was changed.",
            path,
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"The database {path} cannot be read ({exc}). It may be damaged. "
            "Accord can restore the automatic backup, or start with an empty database "
            "and keep the damaged file aside.",
            path,
        ) from exc
    if check != "ok":
        db.close()
        raise CorruptDatabaseError(
            f"The database {path} is damaged (integrity check: {check}). "
            "Accord can restore the automatic backup, or start with an empty database "
            "and keep the damaged file aside.",
            path,
        )
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = applied - known_migration_names()
    if unknown:
        db.close()
        raise NewerDatabaseError(
            f"The database {path} was written by a newer version of Accord "
            f"(it has changes this version does not know: {', '.join(sorted(unknown))}). "
            "Install the newer Accord to open it; nothing was changed.",
            path,
        )
    pending = MIGRATIONS.pending(db)
    if pending:
        if existed:
            backup_database(db, path, backups or path.parent / "backups", reason="pre-migration")
        try:
            MIGRATIONS.apply(db)
        except sqlite3.OperationalError as exc:
            db.close()
            raise DatabaseError(
                f"Could not update the database {path}: {exc}. Check that the folder is "
                "writable and the disk is not full; your data is unchanged.",
                path,
                code="storage.cannot-migrate",
            ) from exc
        db.execute(f"PRAGMA user_version={len(known_migration_names())}")
    return db


def backup_database(db: sqlite_utils.Database, path: Path, folder: Path, reason: str) -> Path:
    """Copy the live database with SQLite's online backup API (consistent even in WAL)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{reason}.db"
    tmp = target.with_suffix(".db.tmp")
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    tmp.replace(target)
    return target


def latest_backup(path: Path, folder: Path | None = None) -> Path | None:
    """The newest automatic backup of ``path``, if any."""
    folder = folder or path.parent / "backups"
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob(f"{path.stem}-*.db"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


def set_aside_damaged(path: Path) -> Path:
    """Move a damaged database (and its WAL files) aside so a fresh one can be created."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(path) + suffix)
        if src.exists():
            src.replace(Path(str(aside) + suffix))
    return aside


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged database; returns where the damaged one went."""
    aside = set_aside_damaged(path)
    tmp = path.with_suffix(".restore.tmp")
    shutil.copyfile(backup, tmp)
    tmp.replace(path)
    return aside
