"""The end of an install: record the new version, make it durable, switch to it.

``write_version_files`` finishes the staged version folder (the verified pack file(s) in
``origin/``, the signed manifest, ``pack.json``); ``make_durable`` flushes it to disk;
``switch`` moves it next to the installed versions and points ``state.json`` at it with one
``os.replace``: the single atomic step of an install. Only current and previous are kept.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from desktop import __version__ as APP_VERSION
from desktop.core.packs.format import PACK_SUFFIX
from desktop.core.packs.plan import Listing
from desktop.core.packs.store import (
    META_NAME,
    ORIGIN_DIR,
    STATE_NAME,
    InstalledPack,
    write_json_atomic,
)
from desktop.core.packs.unpack import link_or_copy
from desktop.core.packs.verify import VerifiedPack
from desktop.core.storage.clock import utcnow
from desktop.core.storage.files import fsync_dir


def write_version_files(
    vp: VerifiedPack,
    incoming: Path,
    version_dir: Path,
    listing: Listing,
    documents: int,
    base_origin: list[Path],
) -> list[Path]:
    """Keep the pack file (after its base chain) and the signed manifest in the version
    folder, and write ``pack.json``; returns the files written (to make durable)."""
    m = vp.manifest
    origin = version_dir / ORIGIN_DIR
    origin.mkdir()
    origin_names = []
    for old in base_origin:
        if old.is_file():
            link_or_copy(old, origin / old.name)
            origin_names.append(old.name)
    suffix = f"-delta-from-{m.delta.base_version}" if m.delta else ""
    name = f"{m.id}-{m.version}{suffix}{PACK_SUFFIX}"
    os.replace(incoming, origin / name)
    origin_names.append(name)
    (version_dir / "manifest.json").write_bytes(vp.manifest_bytes)
    (version_dir / "manifest.sig").write_bytes(vp.signature_bytes)
    meta = {
        "id": m.id,
        "version": m.version,
        "title": m.title,
        "languages": list(m.languages),
        "created": m.created,
        "installed": utcnow(),
        "key_id": vp.key.key_id,
        "documents": documents,
        "listing": {p: [v[0], v[1]] for p, v in sorted(listing.items())},
        "delta_from": m.delta.base_version if m.delta else None,
        "origin": origin_names,
        "app_version": APP_VERSION,
    }
    write_json_atomic(version_dir / META_NAME, meta)
    return [origin / name, version_dir / "manifest.json", version_dir / "manifest.sig"]


def make_durable(folder: Path, written: list[Path]) -> None:
    """Make everything written under ``folder`` durable before the switch points at it.

    A few files (a delta) are fsynced one by one with their folders; for many files one
    ``os.sync()`` is far cheaper than an fsync per document.
    """
    if len(written) > 64 and hasattr(os, "sync"):
        os.sync()
        return
    folders = {folder}
    for path in written:
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
        folders.add(path.parent)
    # Hard links and new folders are directory entries: fsync every folder of the version.
    folders.update(p for p in folder.rglob("*") if p.is_dir())
    for each in folders:
        fsync_dir(each)


def switch(
    root: Path, pack_id: str, version_dir: Path, version: str, current: InstalledPack | None
) -> None:
    """Move the new version in and point ``state.json`` at it (the one atomic step)."""
    pack_dir = root / pack_id
    pack_dir.mkdir(exist_ok=True)
    folder = f"{version}-{secrets.token_hex(4)}"
    os.rename(version_dir, pack_dir / folder)
    fsync_dir(pack_dir)
    previous = current.folder.name if current is not None else None
    write_json_atomic(pack_dir / STATE_NAME, {"current": folder, "previous": previous})
    _prune(pack_dir, {folder, previous})


def _prune(pack_dir: Path, keep: set[str | None]) -> None:
    """Remove versions other than current and previous (after the switch; best effort)."""
    for child in pack_dir.iterdir():
        if child.name != STATE_NAME and child.name not in keep:
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
