"""Roll back or remove an installed pack, each in one atomic step.

A rollback points ``state.json`` at the previous version (and keeps the newer one as
"previous", so a second rollback undoes the first); a removal renames the pack's folder
away in one step and then deletes it. Either way the search index follows.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from desktop.core.packs.changes import diff_records
from desktop.core.packs.errors import PackError
from desktop.core.packs.indexing import refresh_index, source_for, source_records
from desktop.core.packs.lock import PacksLock
from desktop.core.packs.progress import ProgressFn
from desktop.core.packs.result import InstallResult
from desktop.core.packs.store import (
    STATE_NAME,
    TRASH_PREFIX,
    InstalledPack,
    PackSource,
    _recover_locked,
    installed_pack,
    packs_root,
    write_json_atomic,
)
from desktop.core.storage.files import fsync_dir
from index import IndexDoc


def not_installed(pack_id: str) -> PackError:
    """The error for a pack id that is not installed."""
    return PackError(
        f"the pack '{pack_id}' is not installed",
        code="pack.not-installed",
        details={"pack_id": pack_id},
    )


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
            raise not_installed(pack_id)
        if current.previous_folder is None or current.previous_version is None:
            raise PackError(
                f"no earlier version of '{pack_id}' is kept, so there is nothing to roll back to.",
                code="pack.no-previous",
                details={"pack_id": pack_id},
            )
        before = source_for(data, bundled, pack_id)
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
            raise not_installed(pack_id)
        before = source_for(data, bundled, pack_id)
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
    after = source_for(data, bundled, pack_id)
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
