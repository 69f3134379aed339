"""Why the database could not be read or written, in words a user understands.

SQLite reports a read-only folder, a full disk, a removed USB stick or a lock held by
another program as terse error names; :func:`store_error` turns one into a
:class:`~desktop.core.assessments.errors.StoreError` that says what happened, that nothing
was changed, and what to do, with a ``kind`` and whether trying again may work.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import uuid
from pathlib import Path

from desktop.core.assessments.errors import StoreError

_WRITABLE_FIX = "make the folder writable (or move Accord's data to a writable folder)"


def unwritable(path: Path | None) -> bool:
    """True when the database file or its folder cannot be written (checked by trying:
    permission bits say nothing for root, a read-only mount or an immutable file)."""
    if path is None:
        return False
    folder = path.parent
    probe = folder / f".accord-write-probe-{uuid.uuid4().hex}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    os.close(fd)
    probe.unlink(missing_ok=True)
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except OSError as exc:
            return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    return False


def _classify(exc: sqlite3.Error, path: Path | None, folder: str) -> tuple[str, bool, str, str]:
    """(kind, retryable, why, fix) for a SQLite error on the database at ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    io_error = name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "i/o" in text
    read_only_why = f"the data folder {folder} or its database is read-only"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "read-only", True, read_only_why, _WRITABLE_FIX
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "full", True, f"the disk that holds {folder} is full", "free some space on that disk"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        why = "another program (perhaps a second Accord window) is using the database"
        return "busy", True, why, "close the other program or window"
    if io_error and unwritable(path):
        # SQLite reports a folder or file that became read-only as a plain I/O error.
        return "read-only", True, read_only_why, _WRITABLE_FIX
    if io_error:
        why = f"the disk reported an error for {folder} (was a USB stick removed?)"
        return "io", True, why, "reconnect the disk"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        fix = "restart Accord, which offers to restore the automatic backup"
        return "corrupt", False, "the database file is damaged", fix
    why = f"the database reported: {exc}"
    return "other", False, why, "try again; if it keeps failing, report this message"


def store_error(exc: sqlite3.Error, doing: str, path: Path | None) -> StoreError:
    """The StoreError for ``exc``, raised while trying to ``doing`` ("save the answer to
    ETH-1") on the database at ``path`` (None: an in-memory or wrapped database)."""
    folder = str(path.parent) if path else "the data folder"
    kind, retry, why, fix = _classify(exc, path, folder)
    return StoreError(
        f"Could not {doing}: {why}. Nothing was changed; keep what you typed and save "
        f"again once you {fix}.",
        kind,
        retry,
    )


def read_only_on_open(path: Path) -> StoreError:
    """The StoreError for a database that cannot be opened for saving (read-only)."""
    return StoreError(
        f"Cannot open the database {path} for saving: its folder or the file "
        "is read-only. Nothing was changed. Make the folder writable (or move "
        "Accord's data to a writable folder); meanwhile the assessments can be "
        "read but not changed.",
        "read-only",
        True,
    )
