"""Where the index lives on disk, and how a new one replaces the old atomically.

Layout of the index folder::

    index.json     {"engine": "sqlite-fts5", "schema_version": N, "generation": "g-…", ...}
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
