"""Install a pack: verified first, switched atomically, never half-done.

An install copies the pack file into a staging folder inside ``<data>/packs`` (so the file
cannot change under us, e.g. on a USB stick), verifies the copy completely (signature and
every hash, see ``packs_verify``), decides what the install does (``packs_plan``), unpacks
it — re-checking each hash as it writes — into a new version folder (``packs_unpack``),
and only then switches ``state.json`` to it with one ``os.replace`` (``packs_commit``).
The previous version stays for ``packs_rollback``. A process killed at any moment leaves
the old version in place; ``packs_store.recover`` removes the leftovers at the next start.

The UI calls ``install_pack`` (from a worker thread) with ``progress(done, total)`` and
``stage(text)`` callbacks; returning False from ``progress`` cancels before the switch.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop import __version__ as APP_VERSION
from desktop.core.packs.changes import (
    RECORDS_NAME,
    PackChanges,
    diff_records,
    load_records,
    parse_records,
    save_records,
)
from desktop.core.packs.commit import make_durable, switch, write_version_files
from desktop.core.packs.errors import PackError, PackNotice
from desktop.core.packs.format import DEFAULT_LIMITS, PACK_SUFFIX, Limits, listing_digest
from desktop.core.packs.indexing import refresh_index, source_records
from desktop.core.packs.keys import PublicKey, trusted_keys
from desktop.core.packs.lock import PacksLock
from desktop.core.packs.plan import InstallTarget, plan_full
from desktop.core.packs.progress import ProgressFn, StageFn, StageProgress
from desktop.core.packs.result import InstallResult
from desktop.core.packs.store import (
    CONTENT_DIR,
    CORE,
    STAGING_PREFIX,
    _recover_locked,
    active_sources,
    packs_root,
    scan_listing,
)
from desktop.core.packs.unpack import Unpacked, copy_with_progress, unpack_delta, unpack_full
from desktop.core.packs.verify import VerifiedPack, verify_pack
from index import IndexDoc


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
    bar = StageProgress(progress, stage)
    with PacksLock(root):
        _recover_locked(root)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
        try:
            job = _Install(
                Path(pack_file), data, bundled, keys, force, bar, limits, app_version, staging
            )
            return _install_locked(job, update_index)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


@dataclass
class _Install:
    """What one install was asked to do, and its clock."""

    pack_file: Path
    data: Path
    bundled: Path | None
    keys: list[PublicKey]
    force: bool
    bar: StageProgress
    limits: Limits
    app_version: str
    staging: Path  # this install's own folder; removed when it ends
    timings: dict[str, float] = field(default_factory=dict, init=False)
    _clock: float = field(default_factory=time.perf_counter, init=False)

    def lap(self, name: str) -> None:
        """Record the time since the last lap as stage ``name``."""
        now = time.perf_counter()
        self.timings[name] = now - self._clock
        self._clock = now


def _install_locked(job: _Install, update_index: bool) -> InstallResult:
    """The steps of an install, in order, while the packs lock is held: copy, verify,
    plan and unpack, compare, switch, and update the index."""
    bar, data = job.bar, job.data
    incoming = job.staging / f"incoming{PACK_SUFFIX}"
    version_dir = job.staging / "version"
    index_dir = job.staging / "index"  # a full pack's prebuilt index, if it ships one
    bar.stage("copy")
    copy_with_progress(job.pack_file, incoming, bar)
    job.lap("copy")

    bar.stage("verify")
    vp = verify_pack(
        incoming,
        job.keys,
        limits=job.limits,
        app_version=job.app_version,
        progress=bar,
        display_name=job.pack_file.name,
    )
    m = vp.manifest
    job.lap("verify")

    target = InstallTarget.find(data, job.bundled, m.id)
    bar.stage("extract")
    warnings: list[str] = []
    if m.delta is not None:
        unpacked = unpack_delta(
            vp, incoming, job.pack_file.name, target, job.bundled, version_dir, bar
        )
        action = "updated"
    else:
        plan = plan_full(m, job.pack_file.name, target, job.force)
        if plan.unchanged:
            assert target.current is not None
            return InstallResult(
                m.id, m.version, target.current.version, "unchanged", warnings=plan.warnings
            )
        warnings.extend(plan.warnings)
        unpacked = unpack_full(vp, incoming, version_dir, index_dir, bar)
        action = plan.action
    job.lap("extract")

    bar.stage("prepare")
    records, changes = _records_and_changes(job, vp, target, version_dir, index_dir, unpacked)
    warnings.extend(_check_id_conflicts(job, m.id, records))
    written = unpacked.written + write_version_files(
        vp, incoming, version_dir, unpacked.listing, len(records), unpacked.base_origin
    )
    job.lap("prepare")

    # Last moment to cancel; from here on the switch completes.
    bar(1, 1)
    bar.cancellable = False
    written.append(version_dir / RECORDS_NAME)
    make_durable(version_dir, written)
    switch(packs_root(data), m.id, version_dir, m.version, target.current)
    job.lap("switch")

    index_report = None
    if update_index:
        bar.stage("index")
        index_report = refresh_index(data, job.bundled, bar, _prebuilt_to_adopt(job, vp, index_dir))
        job.lap("index")
    current = target.current
    previous = current.version if current else (target.baseline if m.id == CORE else None)
    return InstallResult(
        pack_id=m.id,
        version=m.version,
        previous_version=previous,
        action=action,
        delta=m.delta is not None,
        changes=changes,
        warnings=warnings,
        index=index_report,
        timings=job.timings,
    )


def _records_and_changes(
    job: _Install,
    vp: VerifiedPack,
    target: InstallTarget,
    version_dir: Path,
    index_dir: Path,
    unpacked: Unpacked,
) -> tuple[dict[str, IndexDoc], PackChanges]:
    """The new version's parsed-document records (cached in the version folder) and how
    they differ from what the library showed before."""
    m, before = vp.manifest, target.before
    content = version_dir / CONTENT_DIR
    listing, digest = unpacked.listing, listing_digest(unpacked.listing)
    old_records = source_records(job.data, before) if before is not None else {}
    old_listing: dict[str, tuple[str, int]] = (
        before.installed.listing
        if before is not None and before.installed is not None
        else (scan_listing(before.content) if before is not None else {})
    )
    # Records shipped with a prebuilt index (same app version, same content) spare parsing
    # every document; otherwise reuse the old version's records for unchanged files.
    shipped = load_records(index_dir, digest) if m.index else None
    if shipped is not None and all(r.pack == m.id for r in shipped.values()):
        new_records = shipped
    else:
        unchanged = {p for p, v in listing.items() if old_listing.get(p) == v and p in old_records}
        new_records = {p: old_records[p] for p in unchanged}
        todo = [p for p in listing if p not in unchanged]
        new_records.update(parse_records(content, m.id, todo))
    save_records(version_dir, new_records, digest)
    changes = diff_records(
        old_records, new_records, before.content if before else None, content, m.id
    )
    return new_records, changes


def _check_id_conflicts(job: _Install, pack_id: str, records: dict[str, IndexDoc]) -> list[str]:
    """Refuse document ids another active pack uses; with ``force``, warnings instead."""
    conflicts = _id_conflicts(job.data, job.bundled, pack_id, records)
    if conflicts and not job.force:
        more = f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        raise PackError(
            f"{job.pack_file.name} was not installed: {conflicts[0]}{more}. Ask the "
            "publisher to rename the document.",
            code="pack.id-collision",
        )
    return [PackNotice(c, "pack.forced-id-collision") for c in conflicts]


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


def _prebuilt_to_adopt(job: _Install, vp: VerifiedPack, prebuilt: Path) -> Path | None:
    """The pack's prebuilt index when it covers the whole library (a sole core pack)."""
    sources = active_sources(job.data, job.bundled)
    adopt = (
        vp.manifest.index is not None
        and prebuilt.is_dir()
        and [s.id for s in sources] == [vp.manifest.id]
        and sources[0].source == "installed"
    )
    return prebuilt if adopt else None
