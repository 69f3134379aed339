"""Install a folder of packs (a trainer's USB stick, a publisher's release folder).

For each pack id the folder's newest full pack newer than what is installed goes first,
then the chain of delta packs from there. Manifests are only read to plan the order;
each install verifies its file completely. A pack that fails does not stop the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.library.versions import compare_versions, parse_version
from desktop.core.packs.errors import PackCancelled, PackError, PackNotice
from desktop.core.packs.format import PACK_SUFFIX, Manifest
from desktop.core.packs.install import install_pack
from desktop.core.packs.result import InstallResult
from desktop.core.packs.store import CORE, bundled_version, installed_pack
from desktop.core.packs.verify import read_manifest_unverified


def plan_folder(
    folder: Path, data: Path, bundled: Path | None = None
) -> tuple[list[Path], list[str]]:
    """The pack files of ``folder`` to install, in order, and notes on the ones skipped.

    For each pack id: the newest full pack newer than what is installed, then the chain of
    delta packs from there. Manifests are only read here; each install verifies fully.
    """
    notes: list[str] = []
    found: dict[str, list[tuple[Path, Manifest]]] = {}
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
        steps = _steps(items, version)
        plan.extend(path for path, _ in steps)
        if not steps:
            notes.append(_nothing_to_do(pack_id, version))
    return plan, notes


def _steps(items: list[tuple[Path, Manifest]], version: str | None) -> list[tuple[Path, Manifest]]:
    """From ``version`` (None: nothing installed): the newest newer full pack, then the
    chain of delta packs from there."""
    steps = []
    fulls = [(p, m) for p, m in items if m.delta is None]
    newer = [
        (p, m) for p, m in fulls if version is None or compare_versions(m.version, version) > 0
    ]
    if newer:
        steps.append(max(newer, key=lambda pm: _version_key(pm[1].version)))
        version = steps[-1][1].version
    while True:
        step = [(p, m) for p, m in items if m.delta is not None and m.delta.base_version == version]
        if not step:
            return steps
        steps.append(max(step, key=lambda pm: _version_key(pm[1].version)))
        version = steps[-1][1].version


def _nothing_to_do(pack_id: str, version: str | None) -> str:
    if version is None:
        return (
            f"{pack_id}: only delta packs here and no version installed to "
            "apply them to; a full pack is needed first"
        )
    return f"{pack_id}: already up to date ({version})"


def _version_key(version: str) -> Any:
    return parse_version(version)


def install_folder(
    folder: Path, data: Path, **options: Any
) -> tuple[list[InstallResult], list[str], list[str]]:
    """Install every pack in ``folder`` that is newer than what is installed (see
    ``plan_folder``). Returns (results, notes, errors): a pack that fails does not stop the
    others; ``errors`` holds one sentence per failed file (a ``PackNotice`` with the
    error's code)."""
    plan, notes = plan_folder(folder, data, options.get("bundled"))
    results: list[InstallResult] = []
    errors: list[str] = []
    for path in plan:
        try:
            results.append(install_pack(path, data, **options))
        except PackCancelled:
            raise
        except PackError as exc:
            text = exc.message if path.name in exc.message else f"{path.name}: {exc}"
            errors.append(PackNotice(text, exc.code))
    return results, notes, errors
