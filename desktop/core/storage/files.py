"""Atomic file writes, and bounded reads of files from other hands.

Writes: the one way Accord writes a file the user may depend on.
A file is written to a temporary name in the same folder, flushed to disk, then renamed
over the target, and the folder entry is flushed too. A power cut leaves either the old
file or the new one, never half of each (ARCHITECTURE.md, "User data is sacred").

Reads (:func:`open_regular`, :func:`read_regular`): a file someone hands Accord (a pack, a
receipts file, a key) is read only if it is a regular file, and never past a limit.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.errors import AccordError


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


class InputFileError(AccordError, ValueError):
    """A file given to Accord to read that is not a regular file, or is too large.

    A FIFO or a device named like a pack would block a read forever or never end; only
    regular files are read. Still a ValueError for callers that catch bad input so."""

    code = "file.unreadable"


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file (after following links); raise
    :class:`InputFileError` for a folder, FIFO, socket or device, without ever blocking.

    The type is checked on the open file itself, so it cannot change in between.
    """
    path = Path(path)
    # O_NONBLOCK: opening a FIFO would otherwise wait for a writer; regular files ignore it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError as exc:
        raise _not_regular(path, "a folder") from exc
    try:
        kind = os.fstat(fd).st_mode
        if not stat.S_ISREG(kind):
            raise _not_regular(path, "a folder" if stat.S_ISDIR(kind) else "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _not_regular(path: Path, what: str) -> InputFileError:
    return InputFileError(
        f"{path} is {what}; choose a file",
        code="file.not-regular",
        details={"path": str(path)},
    )


def read_regular(path: Path, max_bytes: int, what: str = "the file") -> bytes:
    """The bytes of the regular file ``path``, refusing one over ``max_bytes`` with a
    message naming ``what`` and the limit (:class:`InputFileError`, ``file.too-large``).
    Never reads more than ``max_bytes + 1`` bytes."""
    with open_regular(path) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputFileError(
            f"{path}: {what} is larger than {max_bytes:,} bytes; it cannot be one Accord made",
            code="file.too-large",
            details={"path": str(path), "limit": max_bytes},
        )
    return data
