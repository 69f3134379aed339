"""Where the index lives on disk, and how a new one replaces the old atomically.

Layout of the index folder::

    index.json     {"engine": "sqlite-fts5", "schema_version": N, "generation": "g-…",
                    "files": {name: [size, crc32]}, ...}
    g-…/           the current generation: index.sqlite

A rebuild writes a whole new generation folder, then replaces ``index.json`` with
``os.replace`` (atomic on every platform we ship): a crash at any moment leaves either the old
index or the new one, never a mixture. Folders no manifest points to are removed afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

MANIFEST = "index.json"
ENGINE = "sqlite-fts5"
GEN_PREFIX = "g-"


class ManifestError(Exception):
    """The manifest is missing, unreadable or from another schema/engine."""


def read_manifest(directory: Path, schema_version: int) -> dict[str, Any]:
    """Return the manifest, or raise ``ManifestError`` saying why it cannot be used."""
    path = directory / MANIFEST
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError("no index yet") from None
    except OSError as exc:
        raise ManifestError(f"cannot read {path.name}: {exc}") from None
    try:
        data = json.loads(raw)
    except ValueError:
        raise ManifestError(f"{path.name} is damaged") from None
    if not isinstance(data, dict) or not isinstance(data.get("generation"), str):
        raise ManifestError(f"{path.name} is damaged")
    if data.get("engine") != ENGINE:
        raise ManifestError(f"index was built by another engine ({data.get('engine')!r})")
    if data.get("schema_version") != schema_version:
        raise ManifestError(
            f"index schema version {data.get('schema_version')!r}, expected {schema_version}"
        )
    gen = data["generation"]
    if not gen.startswith(GEN_PREFIX) or "/" in gen or "\\" in gen or ".." in gen:
        raise ManifestError(f"{path.name} is damaged")
    return data


def file_digests(gen_dir: Path) -> dict[str, list[int]]:
    """Size and CRC-32 of every file of a generation.

    SQLite checks the structure of its pages, not their content: a few damaged bytes in a
    text or an index page could make words silently unfindable. Comparing these on open
    catches that (about 0.1 s per 100 MB).
    """
    out: dict[str, list[int]] = {}
    for path in sorted(gen_dir.iterdir()):
        if not path.is_file() or path.name.endswith(("-journal", "-wal", "-shm")):
            continue
        crc = 0
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                crc = zlib.crc32(chunk, crc)
        out[path.name] = [path.stat().st_size, crc]
    return out


def verify_digests(gen_dir: Path, expected: dict[str, list[int]]) -> None:
    """Raise ``ManifestError`` if any index file differs from what was written."""
    actual = file_digests(gen_dir)
    for name, (size, crc) in expected.items():
        got = actual.get(name)
        if got is None:
            raise ManifestError(f"index file {name} is missing")
        if got[0] != size:
            raise ManifestError(f"index file {name} changed size (damaged)")
        if got[1] != crc:
            raise ManifestError(f"index file {name} is damaged (checksum)")


def write_manifest(directory: Path, data: dict[str, Any]) -> None:
    """Write the manifest atomically (temp file, fsync, rename)."""
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, directory / MANIFEST)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def new_generation(directory: Path) -> Path:
    """Create and return an empty, uniquely named generation folder."""
    directory.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=GEN_PREFIX, dir=directory))


#: A generation folder nobody points to is only removed once it is this old: it may be a
#: build still in progress in another Accord process (the app and the CLI share the folder).
STALE_AGE = 3600.0


def remove_stale(directory: Path, keep: str | None, previous: str | None = None) -> None:
    """Remove the ``previous`` generation and abandoned ones; never ``keep`` (best effort).

    On Windows a folder still open elsewhere cannot be removed; it is tried again next time.
    """
    if not directory.is_dir():
        return
    now = time.time()
    for entry in directory.iterdir():
        if entry.name in (keep, MANIFEST):
            continue
        try:
            old = now - entry.stat().st_mtime > STALE_AGE
        except OSError:
            continue
        if entry.is_dir() and entry.name.startswith(GEN_PREFIX):
            if entry.name == previous or old:
                shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_file() and entry.name.startswith(".index-") and old:
            with contextlib.suppress(OSError):
                entry.unlink()
