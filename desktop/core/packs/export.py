"""Peer distribution: copy the verified pack files of installed packs to a folder.

A trainer exports to a USB stick; every other laptop installs the folder (``packs_folder``)
and verifies each file again. A version reached through delta packs exports its whole
chain (full pack + deltas), so a laptop with nothing installed can follow it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop.core.packs.errors import PackError
from desktop.core.packs.store import ORIGIN_DIR, installed_packs

README_NAME = "README-accord-packs.txt"
README = (
    "Accord content packs.\n\nTo install all of them on another computer, run:\n\n"
    "    accord pack install THIS-FOLDER\n\nor use File > Install content pack… "
    "in the app. Every file is checked (signature and hashes) before it is "
    "installed.\n"
)


def export_packs(data: Path, out: Path, ids: list[str] | None = None) -> list[Path]:
    """Copy the verified pack files behind each installed pack to ``out`` (e.g. a USB
    stick), so other laptops can install the folder.

    A version reached through delta packs exports its whole chain (full pack + deltas).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    packs = [p for p in installed_packs(data) if ids is None or p.id in ids]
    if ids:
        missing = sorted(set(ids) - {p.id for p in packs})
        if missing:
            raise PackError(
                f"not installed: {', '.join(missing)}",
                code="pack.not-installed",
                details={"pack_ids": missing},
            )
    for pack in packs:
        for name in pack.meta.get("origin", []):
            src = pack.folder / ORIGIN_DIR / name
            if not src.is_file():
                raise PackError(
                    f"the installed files of '{pack.id}' lack {name}; reinstall the pack "
                    "from its original file to export it"
                )
            written.append(_copy_if_changed(src, out / name))
    if written:
        (out / README_NAME).write_text(README, encoding="utf-8")
    return written


def _copy_if_changed(src: Path, dst: Path) -> Path:
    """Copy ``src`` to ``dst`` unless an identical file is there already (atomically)."""
    data_bytes = src.read_bytes()
    if (
        dst.is_file()
        and hashlib.sha256(dst.read_bytes()).digest() == hashlib.sha256(data_bytes).digest()
    ):
        return dst
    tmp = dst.parent / f".{dst.name}.tmp"
    tmp.write_bytes(data_bytes)
    os.replace(tmp, dst)
    return dst
