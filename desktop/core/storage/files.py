"""Atomic file writes: the one way Accord writes a file the user may depend on.

A file is written to a temporary name in the same folder, flushed to disk, then renamed
over the target, and the folder entry is flushed too. A power cut leaves either the old
file or the new one, never half of each (ARCHITECTURE.md, "User data is sacred").
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename, a new file) to disk, where the OS allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(str(folder), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename, fsync folder).

    ``mode`` sets the file's permissions (e.g. 0o600 for a private key). The folder must
    exist: callers decide whether creating one is what the user asked for.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"), mode=mode)


def write_json_atomic(path: Path, value: Any, *, indent: int | None = 2) -> None:
    """Write ``value`` as UTF-8 JSON to ``path`` atomically."""
    text = json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=False)
    write_text_atomic(path, text + "\n")
