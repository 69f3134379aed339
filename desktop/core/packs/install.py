"""Install, roll back and remove packs: verified first, switched atomically, never half-done.

An install copies the pack file into a staging folder inside ``<data>/packs`` (so the file
cannot change under us, e.g. on a USB stick), verifies the copy completely (signature and
every hash, see ``packs_verify``), extracts it — re-checking each hash as it writes — into
a new version folder, and only then switches ``state.json`` to it with one ``os.replace``.
The previous version stays for ``rollback_pack``. A process killed at any moment leaves the
old version in place; ``packs_store.recover`` removes the leftovers at the next start.

The UI calls ``install_pack`` (from a worker thread) with ``progress(done, total)`` and
``stage(text)`` callbacks; returning False from ``progress`` cancels before the switch.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__ as APP_VERSION
from desktop.core.library.versions import compare_versions
from desktop.core.packs.archive import stream_member
from desktop.core.packs.changes import (
    RECORDS_NAME,
    PackChanges,
    diff_records,
    load_records,
    parse_records,
    records_for,
    save_records,
)
from desktop.core.packs.format import (
    CONTENT_PREFIX,
    DEFAULT_LIMITS,
    INDEX_PREFIX,
    PACK_SUFFIX,
    Limits,
    PackError,
    listing_digest,
)
from desktop.core.packs.keys import PublicKey, trusted_keys
from desktop.core.packs.lock import PacksLock
from desktop.core.packs.store import (
    BUNDLED_CACHE_DIR,
    CONTENT_DIR,
    CORE,
    META_NAME,
    ORIGIN_DIR,
    STAGING_PREFIX,
    STATE_NAME,
    TRASH_PREFIX,
    InstalledPack,
    PackSource,
    _recover_locked,
    active_sources,
    bundled_version,
    installed_pack,
    packs_root,
    scan_listing,
    write_json_atomic,
)
from desktop.core.packs.verify import PackCancelled, ProgressFn, VerifiedPack, verify_pack
from desktop.core.storage.clock import utcnow
from desktop.core.storage.files import fsync_dir
from index import IndexDoc, IndexReport

StageFn = Callable[[str], None]

# Share of the overall progress bar per stage (start, end) in thousandths.
_STAGES = {
    "copy": (0, 50, "Copying the pack"),
    "verify": (50, 350, "Checking the signature and every file"),
    "extract": (350, 600, "Unpacking"),
    "prepare": (600, 700, "Comparing with the installed version"),
    "index": (700, 1000, "Updating the search index"),
}


class _Progress:
    """Maps each stage's own (done, total) onto one 0..1000 bar; False from the caller
    cancels while cancelling is still possible (before the switch)."""

    def __init__(self, progress: ProgressFn | None, stage: StageFn | None) -> None:
        self._progress = progress
        self._stage = stage
        self._span = (0, 0)
        self.cancellable = True
        self.cancel_requested = False

    def stage(self, name: str) -> None:
        start, end, text = _STAGES[name]
        self._span = (start, end)
        if self._stage is not None:
            self._stage(text)
        self(0, 1)

    def __call__(self, done: int, total: int) -> bool:
        if self._progress is None:
            return True
        start, end = self._span
        overall = start + (end - start) * min(done, total) // max(total, 1)
        if self._progress(overall, 1000) is False:
            self.cancel_requested = True
            if self.cancellable:
                raise PackCancelled()
            return False
        return True


@dataclass
class InstallResult:
    """What an install, rollback or removal did (for the CLI and the UI's report)."""

    pack_id: str
    version: str
    previous_version: str | None
    action: str  # installed, updated, downgraded, reinstalled, unchanged, rolled back, removed
    delta: bool = False
    changes: PackChanges = field(default_factory=PackChanges)
    warnings: list[str] = field(default_factory=list)
    index: IndexReport | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line: 'core 1.1.0 installed (was 1.0.0): 2 new, 10 updated, 0 removed …'."""
        was = f" (was {self.previous_version})" if self.previous_version else ""
        kind = " from a delta pack" if self.delta else ""
        return f"{self.pack_id} {self.version} {self.action}{kind}{was}: {self.changes.summary()}"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.pack_id,
            "version": self.version,
            "previous_version": self.previous_version,
            "action": self.action,
            "delta": self.delta,
            "changes": self.changes.as_json(),
            "warnings": self.warnings,
            "index": None
            if self.index is None
            else {
                "added": self.index.added,
                "updated": self.index.updated,
                "removed": self.index.removed,
                "rebuilt": self.index.rebuilt,
                "reason": self.index.reason,
            },
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


# --- helpers --------------------------------------------------------------------------------


def _link_or_copy(src: Path, dst: Path, link: bool = True) -> None:
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


def _make_durable(folder: Path, written: list[Path]) -> None:
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


def _inside(root: Path, rel: str) -> Path:
    """``root/rel``, refusing anything that would land outside ``root``."""
    # Defence in depth: paths were already checked by path_problem(). Plain string work:
    # this runs for every file of a pack.
    base = os.path.abspath(root)
    target = os.path.normpath(os.path.join(base, *rel.split("/")))
    if not target.startswith(base + os.sep):
        raise PackError(f"'{rel}' would be written outside the pack folder; nothing installed")
    return Path(target)


def _copy_with_progress(src: Path, dst: Path, progress: _Progress) -> None:
    try:
        total = src.stat().st_size
        done = 0
        with open(src, "rb") as fin, open(dst, "xb") as fout:
            while chunk := fin.read(1024 * 1024):
                fout.write(chunk)
                done += len(chunk)
                progress(done, total)
    except FileNotFoundError as exc:
        raise PackError(f"{src} does not exist; check the file name") from exc
    except IsADirectoryError as exc:
        raise PackError(f"{src} is a folder; pass a .accordpack file") from exc
    except PermissionError as exc:
        raise PackError(f"cannot read {src}: permission denied") from exc


def _extract(
    vp: VerifiedPack, source: Path, prefix: str, dest: Path, progress: _Progress | None = None
) -> list[Path]:
    """Write the listed members under ``prefix`` to ``dest``, checking each hash again;
    returns the files written."""
    entries = vp.manifest.files if prefix == CONTENT_PREFIX else vp.manifest.index.files  # type: ignore[union-attr]
    total = len(entries) or 1
    written = []
    with open(source, "rb") as f:
        for n, entry in enumerate(entries, 1):
            member = vp.members[prefix + entry.path]
            target = _inside(dest, entry.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "xb") as out:
                packed, plain = stream_member(f, member, out.write)
            if packed != entry.packed_sha256 or plain != entry.sha256:
                raise PackError(
                    f"'{member.name}' changed between checking and unpacking; nothing was "
                    "installed. Try again from a copy on this computer.",
                    member.name,
                )
            written.append(target)
            if progress is not None:
                progress(n, total)
    return written


def source_records(data: Path | None, src: PackSource) -> dict[str, IndexDoc]:
    """Parsed-document records of an active pack (cached per installed version)."""
    if src.installed is not None:
        return records_for(src.installed.folder, src.content, src.id, src.installed.digest)
    if data is None:
        return parse_records(src.content, src.id)
    cache = packs_root(data) / BUNDLED_CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    return records_for(cache, src.content, src.id, listing_digest(scan_listing(src.content)))


def _source_for(data: Path, bundled: Path | None, pack_id: str) -> PackSource | None:
    return next((s for s in active_sources(data, bundled) if s.id == pack_id), None)


def all_index_docs(data: Path | None, bundled: Path | None) -> list[IndexDoc]:
    """Index records of every active pack in precedence order (core first, then by id)."""
    docs: list[IndexDoc] = []
    for src in active_sources(data, bundled):
        records = source_records(data, src)
        docs.extend(records[p] for p in sorted(records))
    return docs


def refresh_index(
    data: Path,
    bundled: Path | None,
    progress: ProgressFn | None = None,
    prebuilt: Path | None = None,
) -> IndexReport:
    """Bring the search index up to date with the active packs (incrementally).

    ``prebuilt`` (a verified pack's index folder) is adopted first when given; the
    incremental update then only fixes what differs from it.
    """
    from desktop.core.storage import paths
    from index import SearchIndex

    index_dir = paths.index_dir(Path(data))
    if prebuilt is not None:
        _adopt_index(prebuilt, index_dir)
    docs = all_index_docs(data, bundled)
    index = SearchIndex(index_dir)
    try:
        return index.ensure(docs, progress)
    finally:
        index.close()


def _adopt_index(prebuilt: Path, index_dir: Path) -> bool:
    """Install a verified prebuilt index as a new generation of ``index_dir``."""
    from index import SearchIndex, storage

    try:
        manifest = storage.read_manifest(prebuilt, SearchIndex.SCHEMA_VERSION)
    except storage.ManifestError:
        return False
    source = prebuilt / manifest["generation"]
    if not source.is_dir():
        return False
    generation = storage.new_generation(index_dir)
    for path in source.iterdir():
        if path.is_file():
            shutil.copyfile(path, generation / path.name)
    manifest = {**manifest, "generation": generation.name, "adopted": utcnow()}
    storage.write_manifest(index_dir, manifest)
    storage.remove_stale(index_dir, keep=generation.name)
    return True


# --- install ----------------------------------------------------------------------------------


def install_pack(
    pack_file: Path,
    data: Path,
    *,
    bundled: Path | None = None,
    trusted: list[PublicKey] | None = None,
    force: bool = False,
    progress: ProgressFn | None = None,
    stage: StageFn | None = None,
    update_index: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    app_version: str = APP_VERSION,
) -> InstallResult:
    """Verify ``pack_file`` and install it into the data folder ``data``.

    ``bundled`` is the app's own library (pack "core" unless an installed core replaces
    it). ``trusted`` defaults to the shipped keys plus the ones the user added. ``force``
    allows an older or equal version (with a warning) and a document id another pack uses.
    Raises ``PackError`` (``PackCancelled`` when cancelled) and leaves the installed
    library exactly as it was in that case.
    """
    data = Path(data)
    root = packs_root(data)
    root.mkdir(parents=True, exist_ok=True)
    keys = trusted if trusted is not None else trusted_keys(data)
    bar = _Progress(progress, stage)
    with PacksLock(root):
        _recover_locked(root)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
        try:
            return _install_locked(
                Path(pack_file),
                data,
                staging,
                bundled,
                keys,
                force,
                bar,
                update_index,
                limits,
                app_version,
            )
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _install_locked(  # noqa: C901  (restructure: split in progress)
    pack_file: Path,
    data: Path,
    staging: Path,
    bundled: Path | None,
    keys: list[PublicKey],
    force: bool,
    bar: _Progress,
    update_index: bool,
    limits: Limits,
    app_version: str,
) -> InstallResult:
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    root = packs_root(data)
    bar.stage("copy")
    incoming = staging / f"incoming{PACK_SUFFIX}"
    _copy_with_progress(pack_file, incoming, bar)
    lap("copy")

    bar.stage("verify")
    vp = verify_pack(
        incoming,
        keys,
        limits=limits,
        app_version=app_version,
        progress=bar,
        display_name=pack_file.name,
    )
    m = vp.manifest
    lap("verify")

    warnings: list[str] = []
    current = installed_pack(data, m.id)
    before = _source_for(data, bundled, m.id)
    baseline = current.version if current else (bundled_version(bundled) if m.id == CORE else None)
    listing_new: dict[str, tuple[str, int]]
    version_dir = staging / "version"
    content = version_dir / CONTENT_DIR
    content.mkdir(parents=True)

    bar.stage("extract")
    base_origin: list[Path] = []
    if m.delta is not None:
        base_root, base_listing, base_version = _delta_base(m.id, current, bundled)
        if base_version != m.delta.base_version:
            have = f"version {base_version} is installed" if base_version else "it is not installed"
            raise PackError(
                f"{pack_file.name} updates '{m.id}' from version {m.delta.base_version} to "
                f"{m.version}, but {have}. Install the full pack of {m.version} (or the "
                "missing updates in order) instead.",
            )
        if listing_digest(base_listing) != m.delta.base_digest:
            raise PackError(
                f"{pack_file.name} updates '{m.id}' {m.delta.base_version}, but the installed "
                f"files of {base_version} differ from the ones it was made for. Install the "
                f"full pack of {m.version} instead."
            )
        changed = {f.path for f in m.files}
        damaged = []
        for path, (_digest, size) in base_listing.items():
            if path in changed or path in m.delta.removed:
                continue
            target = _inside(content, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(base_root / path, target, link=current is not None)
            # The base files were hash-checked when they were installed; a size check here
            # catches a file edited since without re-reading the whole library.
            if target.stat().st_size != size:
                damaged.append(path)
        written = _extract(vp, incoming, CONTENT_PREFIX, content, bar)
        listing_new = {p: v for p, v in base_listing.items() if p not in m.delta.removed}
        listing_new.update({f.path: (f.sha256, f.size) for f in m.files})
        if damaged or listing_digest(listing_new) != m.delta.result_digest:
            where = f" ({damaged[0]} was changed on this computer)" if damaged else ""
            raise PackError(
                f"applying {pack_file.name} to the installed version {base_version} did not "
                f"give the files it promises{where}. Nothing was installed; install the full "
                f"pack of {m.version} instead."
            )
        if current is not None:
            base_origin = [current.folder / ORIGIN_DIR / n for n in current.meta.get("origin", [])]
        action = "updated"
    else:
        listing_new = {f.path: (f.sha256, f.size) for f in m.files}
        order = compare_versions(m.version, baseline) if baseline else 1
        if order < 0:
            if not force:
                raise PackError(
                    f"{pack_file.name} is version {m.version} of '{m.id}', older than the "
                    f"installed {baseline}. Installing it would undo later corrections; pass "
                    "--force to install it anyway (you can return with 'accord pack "
                    "rollback')."
                )
            warnings.append(
                f"installed the older version {m.version} of '{m.id}' over {baseline} "
                "because of --force"
            )
            action = "downgraded"
        elif order == 0 and current is not None:
            same = current.digest == listing_digest(listing_new)
            if same and not force:
                note = f"'{m.id}' {m.version} is already installed"
                return InstallResult(m.id, m.version, current.version, "unchanged", warnings=[note])
            if not same and not force:
                raise PackError(
                    f"a different pack with the same version {m.version} of '{m.id}' is "
                    "already installed; ask the publisher for a new version number, or pass "
                    "--force to replace it"
                )
            action = "reinstalled"
        else:
            action = "updated" if current is not None else "installed"
        written = _extract(vp, incoming, CONTENT_PREFIX, content, bar)
        if m.index is not None:
            _extract(vp, incoming, INDEX_PREFIX, staging / "index")
    lap("extract")

    bar.stage("prepare")
    old_records = source_records(data, before) if before is not None else {}
    old_listing: dict[str, tuple[str, int]] = (
        before.installed.listing
        if before is not None and before.installed is not None
        else (scan_listing(before.content) if before is not None else {})
    )
    # Records shipped with a prebuilt index (same app version, same content) spare parsing
    # every document; otherwise reuse the old version's records for unchanged files.
    shipped = load_records(staging / "index", listing_digest(listing_new)) if m.index else None
    if shipped is not None and all(r.pack == m.id for r in shipped.values()):
        new_records = shipped
    else:
        unchanged = {
            p for p, v in listing_new.items() if old_listing.get(p) == v and p in old_records
        }
        new_records = {p: old_records[p] for p in unchanged}
        todo = [p for p in listing_new if p not in unchanged]
        new_records.update(parse_records(content, m.id, todo))
    save_records(version_dir, new_records, listing_digest(listing_new))
    changes = diff_records(
        old_records, new_records, before.content if before else None, content, m.id
    )
    conflicts = _id_conflicts(data, bundled, m.id, new_records)
    if conflicts:
        if not force:
            raise PackError(
                f"{pack_file.name} was not installed: {conflicts[0]}"
                + (f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else "")
                + ". Ask the publisher to rename the document, or pass --force to install it "
                "anyway (the copy in the later pack is then hidden)."
            )
        warnings.extend(conflicts)

    origin = version_dir / ORIGIN_DIR
    origin.mkdir()
    origin_names = []
    for old in base_origin:
        if old.is_file():
            _link_or_copy(old, origin / old.name)
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
        "documents": len(new_records),
        "listing": {p: [v[0], v[1]] for p, v in sorted(listing_new.items())},
        "delta_from": m.delta.base_version if m.delta else None,
        "origin": origin_names,
        "app_version": APP_VERSION,
    }
    write_json_atomic(version_dir / META_NAME, meta)
    lap("prepare")

    # Last moment to cancel; from here on the switch completes.
    bar(1, 1)
    bar.cancellable = False
    written += [origin / name, version_dir / "manifest.json", version_dir / "manifest.sig"]
    written.append(version_dir / RECORDS_NAME)
    _make_durable(version_dir, written)
    _switch(root, m.id, version_dir, m.version, current)
    lap("switch")

    index_report = None
    if update_index:
        bar.stage("index")
        prebuilt = staging / "index"
        sources = active_sources(data, bundled)
        adopt = (
            m.index is not None
            and prebuilt.is_dir()
            and [s.id for s in sources] == [m.id]
            and sources[0].source == "installed"
        )
        index_report = refresh_index(data, bundled, bar, prebuilt if adopt else None)
        lap("index")
    return InstallResult(
        pack_id=m.id,
        version=m.version,
        previous_version=current.version if current else (baseline if m.id == CORE else None),
        action=action,
        delta=m.delta is not None,
        changes=changes,
        warnings=warnings,
        index=index_report,
        timings=timings,
    )


def _delta_base(
    pack_id: str, current: InstalledPack | None, bundled: Path | None
) -> tuple[Path, dict[str, tuple[str, int]], str | None]:
    """Where a delta's base files are: the installed version, or the bundled core."""
    if current is not None:
        return current.content_dir, current.listing, current.version
    if pack_id == CORE and bundled is not None:
        return Path(bundled), scan_listing(Path(bundled)), bundled_version(bundled)
    return Path(), {}, None


def _id_conflicts(
    data: Path, bundled: Path | None, pack_id: str, records: dict[str, IndexDoc]
) -> list[str]:
    """Document ids of ``records`` that another active pack already uses."""
    ids = {doc.id: doc.path for doc in records.values()}
    out = []
    for src in active_sources(data, bundled):
        if src.id == pack_id:
            continue
        for doc in source_records(data, src).values():
            if doc.id in ids:
                out.append(
                    f"the document id '{doc.id}' of pack '{pack_id}' ({ids[doc.id]}) is "
                    f"already used by pack '{src.id}' ({doc.path})"
                )
    return out


def _switch(
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


# --- rollback and removal ------------------------------------------------------------------


def rollback_pack(
    data: Path,
    pack_id: str,
    *,
    bundled: Path | None = None,
    update_index: bool = True,
    progress: ProgressFn | None = None,
) -> InstallResult:
    """Return ``pack_id`` to its previous version (the newer one is kept as "previous",
    so a second rollback undoes the first)."""
    data = Path(data)
    root = packs_root(data)
    with PacksLock(root):
        _recover_locked(root)
        current = installed_pack(data, pack_id)
        if current is None:
            raise PackError(f"the pack '{pack_id}' is not installed; see 'accord pack list'")
        if current.previous_folder is None or current.previous_version is None:
            raise PackError(
                f"no earlier version of '{pack_id}' is kept, so there is nothing to roll back "
                f"to. Remove the pack with 'accord pack remove {pack_id}' or install another "
                "version."
            )
        before = _source_for(data, bundled, pack_id)
        old_records = source_records(data, before) if before else {}
        write_json_atomic(
            root / pack_id / STATE_NAME,
            {"current": current.previous_folder.name, "previous": current.folder.name},
        )
        return _after_change(
            data,
            bundled,
            pack_id,
            before,
            old_records,
            current,
            "rolled back",
            update_index,
            progress,
        )


def remove_pack(
    data: Path,
    pack_id: str,
    *,
    bundled: Path | None = None,
    update_index: bool = True,
    progress: ProgressFn | None = None,
) -> InstallResult:
    """Uninstall ``pack_id`` (both kept versions). Removing "core" brings back the bundled
    library."""
    data = Path(data)
    root = packs_root(data)
    with PacksLock(root):
        _recover_locked(root)
        current = installed_pack(data, pack_id)
        if current is None:
            raise PackError(f"the pack '{pack_id}' is not installed; see 'accord pack list'")
        before = _source_for(data, bundled, pack_id)
        old_records = source_records(data, before) if before else {}
        trash = root / f"{TRASH_PREFIX}{pack_id}-{secrets.token_hex(4)}"
        os.rename(root / pack_id, trash)  # atomic: the pack is gone in one step
        fsync_dir(root)
        shutil.rmtree(trash, ignore_errors=True)
        return _after_change(
            data, bundled, pack_id, before, old_records, current, "removed", update_index, progress
        )


def _after_change(
    data: Path,
    bundled: Path | None,
    pack_id: str,
    before: PackSource | None,
    old_records: dict[str, IndexDoc],
    previous: InstalledPack,
    action: str,
    update_index: bool,
    progress: ProgressFn | None,
) -> InstallResult:
    after = _source_for(data, bundled, pack_id)
    new_records = source_records(data, after) if after else {}
    changes = diff_records(
        old_records,
        new_records,
        before.content if before else None,
        after.content if after else None,
        pack_id,
    )
    report = refresh_index(data, bundled, progress) if update_index else None
    return InstallResult(
        pack_id=pack_id,
        version=after.version if after else "",
        previous_version=previous.version,
        action=action,
        changes=changes,
        index=report,
    )


# --- peer distribution ----------------------------------------------------------------------


def export_packs(data: Path, out: Path, ids: list[str] | None = None) -> list[Path]:
    """Copy the verified pack files behind each installed pack to ``out`` (e.g. a USB
    stick), so other laptops can install them with ``accord pack install FOLDER``.

    A version reached through delta packs exports its whole chain (full pack + deltas).
    """
    import hashlib

    from desktop.core.packs.store import installed_packs

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    packs = [p for p in installed_packs(data) if ids is None or p.id in ids]
    if ids:
        missing = sorted(set(ids) - {p.id for p in packs})
        if missing:
            raise PackError(f"not installed: {', '.join(missing)}; see 'accord pack list'")
    for pack in packs:
        for name in pack.meta.get("origin", []):
            src = pack.folder / ORIGIN_DIR / name
            if not src.is_file():
                raise PackError(
                    f"the installed files of '{pack.id}' lack {name}; reinstall the pack "
                    "from its original file to export it"
                )
            dst = out / name
            data_bytes = src.read_bytes()
            if (
                dst.is_file()
                and hashlib.sha256(dst.read_bytes()).digest() == hashlib.sha256(data_bytes).digest()
            ):
                written.append(dst)
                continue
            tmp = out / f".{name}.tmp"
            tmp.write_bytes(data_bytes)
            os.replace(tmp, dst)
            written.append(dst)
    if written:
        (out / "README-accord-packs.txt").write_text(
            "Accord content packs.\n\nTo install all of them on another computer, run:\n\n"
            "    accord pack install THIS-FOLDER\n\nor use File > Install content pack… "
            "in the app. Every file is checked (signature and hashes) before it is "
            "installed.\n",
            encoding="utf-8",
        )
    return written


def plan_folder(
    folder: Path, data: Path, bundled: Path | None = None
) -> tuple[list[Path], list[str]]:
    """The pack files of ``folder`` to install, in order, and notes on the ones skipped.

    For each pack id: the newest full pack newer than what is installed, then the chain of
    delta packs from there. Manifests are only read here; each install verifies fully.
    """
    from desktop.core.packs.verify import read_manifest_unverified

    notes: list[str] = []
    found: dict[str, list[tuple[Path, Any]]] = {}
    for path in sorted(Path(folder).glob(f"*{PACK_SUFFIX}")):
        try:
            manifest = read_manifest_unverified(path)
        except PackError as exc:
            notes.append(f"{path.name}: skipped ({exc})")
            continue
        found.setdefault(manifest.id, []).append((path, manifest))
    plan: list[Path] = []
    for pack_id, items in sorted(found.items()):
        current = installed_pack(data, pack_id)
        version = (
            current.version if current else (bundled_version(bundled) if pack_id == CORE else None)
        )
        fulls = [(p, m) for p, m in items if m.delta is None]
        newer = [
            (p, m) for p, m in fulls if version is None or compare_versions(m.version, version) > 0
        ]
        if newer:
            best = max(newer, key=lambda pm: _version_key(pm[1].version))
            plan.append(best[0])
            version = best[1].version
        while True:
            step = [
                (p, m) for p, m in items if m.delta is not None and m.delta.base_version == version
            ]
            if not step:
                break
            best = max(step, key=lambda pm: _version_key(pm[1].version))
            plan.append(best[0])
            version = best[1].version
        if not any(p in plan for p, _ in items):
            if version is None:
                notes.append(
                    f"{pack_id}: only delta packs here and no version installed to "
                    "apply them to; a full pack is needed first"
                )
            else:
                notes.append(f"{pack_id}: already up to date ({version})")
    return plan, notes


def _version_key(version: str) -> Any:
    from desktop.core.library.versions import parse_version

    return parse_version(version)


def install_folder(
    folder: Path, data: Path, **options: Any
) -> tuple[list[InstallResult], list[str], list[str]]:
    """Install every pack in ``folder`` that is newer than what is installed (see
    ``plan_folder``). Returns (results, notes, errors): a pack that fails does not stop the
    others; ``errors`` holds one sentence per failed file."""
    plan, notes = plan_folder(folder, data, options.get("bundled"))
    results: list[InstallResult] = []
    errors: list[str] = []
    for path in plan:
        try:
            results.append(install_pack(path, data, **options))
        except PackCancelled:
            raise
        except PackError as exc:
            errors.append(exc.message if path.name in exc.message else f"{path.name}: {exc}")
    return results, notes, errors
