"""A database on a folder or medium that cannot be written: tell, and read it anyway.

A write-protected USB stick or a read-only network share still holds the user's
assessments; the app shows them read-only (``desktop.ui.common.session``) rather than not
at all, and opens the file writable again once it can.
"""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils

_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


def is_unwritable(path: Path) -> bool:
    """True when the database file or its folder cannot be written. Checked by trying:
    permission bits say nothing for root, a read-only mount or an immutable file."""
    path = Path(path)
    try:
        with tempfile.TemporaryFile(dir=path.parent, prefix=".accord-write-probe-"):
            pass
        if path.exists():
            with open(path, "r+b"):
                pass
    except OSError as exc:
        return exc.errno in _DENIED
    return False


def open_read_only(path: Path) -> sqlite_utils.Database:
    """A connection that can only read the existing database at ``path``.

    WAL needs a writable ``-shm`` file; when that cannot be had, ``immutable=1`` reads the
    file as it is (content not yet checkpointed is then not seen, but nothing can write
    it anyway). Raises sqlite3.Error when the file cannot be read at all.
    """
    uri = Path(path).resolve().as_uri()
    error: sqlite3.Error | None = None
    for mode in ("mode=ro", "immutable=1"):
        conn = sqlite3.connect(f"{uri}?{mode}", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            error = exc
            continue
        conn.isolation_level = None
        # The house settings of a writable connection; they cost nothing where nothing
        # is written.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=5000")
        return sqlite_utils.Database(conn)
    assert error is not None
    raise error
