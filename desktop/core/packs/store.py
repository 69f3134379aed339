"""Where installed packs live in the data folder, and reading that state (no installs here).

Layout of ``<data>/packs/``::

    .lock                    held while an install, rollback or removal runs (packs_lock)
    .staging-XXXX/           an install in progress; a leftover is removed at the next start
    .trash-XXXX/             a removed pack being deleted; likewise removed at the next start
    .bundled/documents.json  parsed-document cache of the bundled library
    <pack id>/
        state.json           {"current": FOLDER, "previous": FOLDER or null}; replaced with
                             os.replace, so switching versions is one atomic step
        <version>-<random>/  one installed version (current, or previous for rollback)
            pack.json        what was installed: id, version, key, full file listing, origin
            manifest.json    the signed manifest of the pack file that produced this version
            manifest.sig     and its signature
            documents.json   parsed-document cache (packs_changes)
            content/…        the verified Markdown
            origin/…         the verified pack file(s) this version came from (for export)

Anything in a pack folder that ``state.json`` does not name is a leftover of an interrupted
install and is removed by ``recover``.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.library.versions import compare_versions, is_valid_version
from desktop.core.packs.format import (
    PACK_ID_RE,
    listing_digest,
    sha256_hex,
)
from desktop.core.packs.lock import PacksLock
from desktop.core.storage.files import write_text_atomic

PACKS_DIR = "packs"
STATE_NAME = "state.json"
META_NAME = "pack.json"
CONTENT_DIR = "content"
ORIGIN_DIR = "origin"
STAGING_PREFIX = ".staging-"
TRASH_PREFIX = ".trash-"
BUNDLED_CACHE_DIR = ".bundled"
CORE = "core"
# The bundled library may say which version of "core" it is (a release sets this).
BUNDLED_VERSION_FILE = "pack.json"


def packs_root(data: Path) -> Path:
    """``<data>/packs``: everything installed from packs."""
    return Path(data) / PACKS_DIR


@dataclass
class InstalledPack:
    """One installed pack (its current version) as recorded on disk."""

    id: str
    version: str
    folder: Path
    meta: dict[str, Any]
    previous_version: str | None = None
    previous_folder: Path | None = None

    @property
    def content_dir(self) -> Path:
        """The folder of this version's Markdown files."""
        return self.folder / CONTENT_DIR

    @property
    def title(self) -> str:
        """The pack's title from its manifest ("" when it has none)."""
        return str(self.meta.get("title") or "")

    @property
    def listing(self) -> dict[str, tuple[str, int]]:
        """{path: (sha256, size)} of the installed content."""
        return {p: (v[0], int(v[1])) for p, v in (self.meta.get("listing") or {}).items()}

    @property
    def digest(self) -> str:
        """``listing_digest`` of the installed content."""
        return listing_digest(self.listing)

    def as_json(self) -> dict[str, Any]:
        """The pack as ``accord pack list --json`` shows it."""
        m = self.meta
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "languages": m.get("languages", []),
            "created": m.get("created", ""),
            "installed": m.get("installed", ""),
            "key_id": m.get("key_id", ""),
            "documents": m.get("documents", 0),
            "files": len(m.get("listing") or {}),
            "delta_from": m.get("delta_from"),
            "previous_version": self.previous_version,
            "folder": str(self.folder),
        }


@dataclass
class PackSource:
    """One pack whose documents the library shows: bundled or installed."""

    id: str
    version: str
    content: Path
    source: str  # "bundled" or "installed"
    title: str = ""
    installed: InstalledPack | None = None


def read_json(path: Path) -> dict[str, Any] | None:
    """A JSON object from ``path``, or None if missing or unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write a pack state file durably (sorted keys, so diffs of state files stay small)."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


def _version_meta(folder: Path) -> dict[str, Any] | None:
    meta = read_json(folder / META_NAME)
    if meta is None or not isinstance(meta.get("listing"), dict):
        return None
    if not is_valid_version(str(meta.get("version", ""))):
        return None
    return meta


def _safe_child(parent: Path, name: Any) -> Path | None:
    # state.json is ours, but never let a damaged one point outside the pack folder.
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    return parent / name


def installed_pack(data: Path, pack_id: str) -> InstalledPack | None:
    """The installed pack ``pack_id`` or None (also None for a damaged state)."""
    if not PACK_ID_RE.match(pack_id):
        return None
    pack_dir = packs_root(data) / pack_id
    state = read_json(pack_dir / STATE_NAME)
    if state is None:
        return None
    current = _safe_child(pack_dir, state.get("current"))
    meta = _version_meta(current) if current is not None else None
    if current is None or meta is None or not (current / CONTENT_DIR).is_dir():
        return None
    previous = _safe_child(pack_dir, state.get("previous"))
    prev_meta = _version_meta(previous) if previous is not None else None
    return InstalledPack(
        id=pack_id,
        version=str(meta["version"]),
        folder=current,
        meta=meta,
        previous_version=str(prev_meta["version"]) if prev_meta else None,
        previous_folder=previous if prev_meta else None,
    )


def installed_packs(data: Path) -> list[InstalledPack]:
    """Every installed pack, sorted by id."""
    root = packs_root(data)
    if not root.is_dir():
        return []
    out = []
    for entry in sorted(root.iterdir()):
        if entry.is_dir() and PACK_ID_RE.match(entry.name):
            pack = installed_pack(data, entry.name)
            if pack is not None:
                out.append(pack)
    return out


def bundled_version(bundled: Path | None) -> str | None:
    """The version of the bundled library, from its optional ``pack.json``."""
    if bundled is None:
        return None
    meta = read_json(Path(bundled) / BUNDLED_VERSION_FILE)
    version = str(meta.get("version", "")) if meta else ""
    return version if is_valid_version(version) else None


def installed_core_wins(core: InstalledPack | None, bundled: Path | None) -> bool:
    """True when an installed "core" pack replaces the bundled library.

    It does unless the bundled library declares a newer version (an app update shipped
    newer content than the pack the user installed earlier).
    """
    if core is None:
        return False
    shipped = bundled_version(bundled)
    return shipped is None or compare_versions(core.version, shipped) >= 0


def active_sources(data: Path | None, bundled: Path | None) -> list[PackSource]:
    """The packs the library shows, in precedence order: core first, then by pack id."""
    installed = installed_packs(data) if data is not None else []
    by_id = {p.id: p for p in installed}
    sources: list[PackSource] = []
    core = by_id.pop(CORE, None)
    if installed_core_wins(core, bundled):
        assert core is not None
        sources.append(
            PackSource(CORE, core.version, core.content_dir, "installed", core.title, core)
        )
    elif bundled is not None:
        version = bundled_version(bundled) or ""
        sources.append(PackSource(CORE, version, Path(bundled), "bundled", "Bundled library"))
    for pack in by_id.values():
        sources.append(
            PackSource(pack.id, pack.version, pack.content_dir, "installed", pack.title, pack)
        )
    return sources


def scan_listing(root: Path) -> dict[str, tuple[str, int]]:
    """{path: (sha256, size)} of the Markdown files a library folder would load."""
    from desktop.core.library.documents import markdown_files

    out = {}
    for path in markdown_files(root):
        data = path.read_bytes()
        out[path.relative_to(root).as_posix()] = (sha256_hex(data), len(data))
    return out


def recover(data: Path) -> list[str]:
    """Remove what an interrupted install, rollback or removal left behind.

    Runs only when no install holds the lock (a running install's staging folder is not a
    leftover). Returns the names removed. Never raises for a file it cannot delete.
    """
    root = packs_root(data)
    if not root.is_dir():
        return []
    lock = PacksLock(root)
    if not lock.try_acquire():
        return []
    try:
        return _recover_locked(root)
    finally:
        lock.release()


def _recover_locked(root: Path) -> list[str]:
    removed: list[str] = []

    def drop(path: Path) -> None:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
        removed.append(path.relative_to(root).as_posix())

    for entry in sorted(root.iterdir()):
        if entry.name.startswith((STAGING_PREFIX, TRASH_PREFIX)):
            drop(entry)
        elif entry.is_dir() and PACK_ID_RE.match(entry.name):
            state = read_json(entry / STATE_NAME)
            keep = {STATE_NAME}
            if state is not None:
                for key in ("current", "previous"):
                    child = _safe_child(entry, state.get(key))
                    if child is not None:
                        keep.add(child.name)
            current = _safe_child(entry, (state or {}).get("current"))
            previous = _safe_child(entry, (state or {}).get("previous"))
            if (current is None or _version_meta(current) is None) and (
                previous is not None and _version_meta(previous) is not None
            ):
                # The current version was damaged from outside: fall back to the previous.
                write_json_atomic(entry / STATE_NAME, {"current": previous.name, "previous": None})
                current, keep = previous, {STATE_NAME, previous.name}
            if current is None or _version_meta(current) is None:
                # No usable version: the first install of this pack was interrupted before
                # its switch. Nothing here was ever shown to the user.
                drop(entry)
                continue
            for child in sorted(entry.iterdir()):
                if child.name not in keep:
                    drop(child)
    return removed
