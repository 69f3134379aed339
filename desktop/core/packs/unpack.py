"""Staging an install: copy the pack file in, then unpack it into a new version folder.

Everything here writes only inside the install's staging folder (``<data>/packs/
.staging-…``), so a failure or a cancel at any point leaves the installed library as it
was. Each member's hashes are checked again as it is written: the file was verified, but
a file on a USB stick could change between checking and unpacking.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.packs.archive import stream_member
from desktop.core.packs.errors import PackError
from desktop.core.packs.format import CONTENT_PREFIX, INDEX_PREFIX
from desktop.core.packs.plan import (
    InstallTarget,
    Listing,
    check_delta_base,
    check_delta_result,
    delta_base,
    delta_result,
)
from desktop.core.packs.progress import StageProgress
from desktop.core.packs.store import CONTENT_DIR, ORIGIN_DIR
from desktop.core.packs.verify import VerifiedPack


@dataclass
class Unpacked:
    """A version folder ready to switch to: its content listing, the files written, and
    the pack files of the base version (a delta's chain goes on in ``origin/``)."""

    listing: Listing
    written: list[Path]
    base_origin: list[Path] = field(default_factory=list)


def link_or_copy(src: Path, dst: Path, link: bool = True) -> None:
    """Put ``src`` at ``dst``: a hard link where possible (and ``link``), else a copy."""
    # Versions share unchanged files through hard links: files are never modified in place
    # (every install writes new files), so sharing is safe and a delta costs almost nothing.
    # Files of the app's own bundled library are copied: an app update may rewrite them.
    if link:
        try:
            os.link(src, dst)
            return
        except OSError:
            pass  # another file system, or one without hard links (FAT USB sticks)
    shutil.copyfile(src, dst)


def inside(root: Path, rel: str) -> Path:
    """``root/rel``, refusing anything that would land outside ``root``."""
    # Defence in depth: paths were already checked by path_problem(). Plain string work:
    # this runs for every file of a pack.
    base = os.path.abspath(root)
    target = os.path.normpath(os.path.join(base, *rel.split("/")))
    if not target.startswith(base + os.sep):
        raise PackError(
            f"'{rel}' would be written outside the pack folder; nothing installed",
            code="pack.corrupt",
        )
    return Path(target)


def copy_with_progress(src: Path, dst: Path, progress: StageProgress) -> None:
    """Copy the pack file the user chose into the staging folder."""
    try:
        total = src.stat().st_size
        done = 0
        with open(src, "rb") as fin, open(dst, "xb") as fout:
            while chunk := fin.read(1024 * 1024):
                fout.write(chunk)
                done += len(chunk)
                progress(done, total)
    except FileNotFoundError as exc:
        raise PackError(
            f"{src} does not exist; check the file name", code="pack.unreadable"
        ) from exc
    except IsADirectoryError as exc:
        raise PackError(
            f"{src} is a folder; pass a .accordpack file", code="pack.unreadable"
        ) from exc
    except PermissionError as exc:
        raise PackError(f"cannot read {src}: permission denied", code="pack.unreadable") from exc


def extract(
    vp: VerifiedPack, source: Path, prefix: str, dest: Path, progress: StageProgress | None = None
) -> list[Path]:
    """Write the listed members under ``prefix`` to ``dest``, checking each hash again;
    returns the files written."""
    entries = vp.manifest.files if prefix == CONTENT_PREFIX else vp.manifest.index.files  # type: ignore[union-attr]
    total = len(entries) or 1
    written = []
    with open(source, "rb") as f:
        for n, entry in enumerate(entries, 1):
            member = vp.members[prefix + entry.path]
            target = inside(dest, entry.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "xb") as out:
                packed, plain = stream_member(f, member, out.write)
            if packed != entry.packed_sha256 or plain != entry.sha256:
                raise PackError(
                    f"'{member.name}' changed between checking and unpacking; nothing was "
                    "installed. Try again from a copy on this computer.",
                    member.name,
                    code="pack.corrupt",
                )
            written.append(target)
            if progress is not None:
                progress(n, total)
    return written


def unpack_full(
    vp: VerifiedPack, incoming: Path, version_dir: Path, index_dir: Path, bar: StageProgress
) -> Unpacked:
    """Unpack a full pack: its content into ``version_dir``, its index into ``index_dir``."""
    content = version_dir / CONTENT_DIR
    content.mkdir(parents=True)
    m = vp.manifest
    written = extract(vp, incoming, CONTENT_PREFIX, content, bar)
    if m.index is not None:
        extract(vp, incoming, INDEX_PREFIX, index_dir)
    return Unpacked({f.path: (f.sha256, f.size) for f in m.files}, written)


def unpack_delta(
    vp: VerifiedPack,
    incoming: Path,
    pack_name: str,
    target: InstallTarget,
    bundled: Path | None,
    version_dir: Path,
    bar: StageProgress,
) -> Unpacked:
    """Apply a delta pack: the base version's unchanged files, then the delta's own."""
    m = vp.manifest
    assert m.delta is not None
    current = target.current
    base_root, base_listing, base_version = delta_base(m.id, current, bundled)
    check_delta_base(m, pack_name, base_version, base_listing)
    content = version_dir / CONTENT_DIR
    content.mkdir(parents=True)
    changed = {f.path for f in m.files}
    damaged = []
    for path, (_digest, size) in base_listing.items():
        if path in changed or path in m.delta.removed:
            continue
        copy = inside(content, path)
        copy.parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(base_root / path, copy, link=current is not None)
        # The base files were hash-checked when they were installed; a size check here
        # catches a file edited since without re-reading the whole library.
        if copy.stat().st_size != size:
            damaged.append(path)
    written = extract(vp, incoming, CONTENT_PREFIX, content, bar)
    listing = delta_result(m, base_listing)
    check_delta_result(m, pack_name, base_version, listing, damaged)
    base_origin = []
    if current is not None:
        base_origin = [current.folder / ORIGIN_DIR / n for n in current.meta.get("origin", [])]
    return Unpacked(listing, written, base_origin)
