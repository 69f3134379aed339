"""Content-pack use cases shared by ``accord pack …`` and the app (File → Install content
pack…, drag and drop, File → Content packs…).

Each takes plain values (paths, ids, options) and does the whole job in the core; a
refusal is a :class:`desktop.core.packs.errors.PackError` whose ``code`` tells the CLI
which hint to print and the app which button to offer (``errors.FORCEABLE``: "Install
anyway"). Everything here may run on a worker thread (no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.library.versions import compare_versions
from desktop.core.packs.errors import PackError
from desktop.core.packs.export import export_packs
from desktop.core.packs.folder import install_folder
from desktop.core.packs.install import install_pack
from desktop.core.packs.keys import (
    PublicKey,
    add_trusted_key,
    load_public_key,
    remove_trusted_key,
    trusted_keys,
)
from desktop.core.packs.progress import ProgressFn, StageFn
from desktop.core.packs.result import InstallResult
from desktop.core.packs.rollback import remove_pack, rollback_pack
from desktop.core.packs.store import (
    CORE,
    InstalledPack,
    active_sources,
    bundled_version,
    installed_pack,
    installed_packs,
)
from desktop.core.packs.verify import VerifiedPack, read_manifest_unverified, verify_pack

DOWNLOADS_DIR = "downloads"


# --- installing ------------------------------------------------------------------------------


@dataclass
class InstallOutcome:
    """What one install (a file, or every pack of a folder) did.

    ``errors`` holds one sentence per file of a folder that failed (``PackNotice``s:
    their ``code`` is the failure's); a single file that fails raises instead.
    """

    results: list[InstallResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the installed library is now different."""
        return any(r.action != "unchanged" for r in self.results)


def install(
    target: Path,
    data: Path,
    *,
    bundled: Path | None = None,
    force: bool = False,
    progress: ProgressFn | None = None,
    stage: StageFn | None = None,
    update_index: bool = True,
    trusted: list[PublicKey] | None = None,
) -> InstallOutcome:
    """Install the pack file ``target``, or every newer pack in the folder ``target``
    (each good one installed, each bad one reported in ``errors``).

    ``force`` installs an older or same version, or a pack with a clashing document id.
    Raises ``PackError`` for a single file (``PackCancelled`` when cancelled).
    """
    target = Path(target)
    options = {
        "bundled": bundled,
        "force": force,
        "progress": progress,
        "stage": stage,
        "update_index": update_index,
        "trusted": trusted,
    }
    if target.is_dir():
        results, notes, errors = install_folder(target, data, **options)
        return InstallOutcome(results, notes, errors)
    return InstallOutcome([install_pack(target, data, **options)])


@dataclass(frozen=True)
class PackCheck:
    """What a pack file says it is, before anything is verified (for the questions only)."""

    path: Path
    id: str
    version: str
    title: str
    installed: str | None
    order: int  # compare_versions(version, installed); 1 when nothing is installed
    delta: bool


def check_pack(path: Path, data: Path, bundled: Path | None) -> PackCheck:
    """Read ``path``'s manifest (not trusted: the install verifies everything again), to
    ask the right question first, e.g. before installing an older version."""
    path = Path(path)
    try:
        manifest = read_manifest_unverified(path)
    except OSError as exc:
        raise PackError(
            f"{path.name} cannot be read: {exc.strerror or exc}", code="pack.unreadable"
        ) from exc
    current = installed_pack(data, manifest.id)
    if current is not None:
        installed: str | None = current.version
    else:
        installed = bundled_version(bundled) if manifest.id == CORE else None
    order = compare_versions(manifest.version, installed) if installed else 1
    return PackCheck(
        path,
        manifest.id,
        manifest.version,
        manifest.title,
        installed,
        order,
        manifest.delta is not None,
    )


def download_and_install(
    url: str,
    data: Path,
    *,
    bundled: Path | None = None,
    force: bool = False,
    stage: StageFn | None = None,
) -> InstallResult:
    """Download ``url`` (resuming an earlier attempt) into the data folder, verify and
    install it, then delete the downloaded file."""
    from desktop.core.packs.download import download

    path = download(url, Path(data) / DOWNLOADS_DIR)
    try:
        return install_pack(path, data, bundled=bundled, force=force, stage=stage)
    finally:
        # Verified and installed (its copy is kept), or rejected: either way not needed.
        path.unlink(missing_ok=True)


def verify(path: Path, data: Path | None, extra_keys: list[Path] | None = None) -> VerifiedPack:
    """Verify the pack at ``path`` with the trusted keys plus the ``.pub`` files
    ``extra_keys`` (trusted for this check only)."""
    extra = [load_public_key(Path(p)) for p in extra_keys or []]
    return verify_pack(Path(path), trusted_keys(data, extra))


# --- the installed packs ---------------------------------------------------------------------


@dataclass(frozen=True)
class PackListing:
    """One pack the library can be made of: the bundled library or an installed pack."""

    id: str
    version: str
    source: str  # "bundled" or "installed"
    active: bool  # False for the bundled library when an installed core replaces it
    folder: Path
    installed: InstalledPack | None = None


def list_packs(data: Path, bundled: Path | None) -> list[PackListing]:
    """The bundled library (when there is one) and every installed pack, by id."""
    active = {(s.id, s.source) for s in active_sources(data, bundled)}
    rows = []
    if bundled is not None and Path(bundled).is_dir():
        version = bundled_version(bundled) or ""
        in_use = (CORE, "bundled") in active
        rows.append(PackListing(CORE, version, "bundled", in_use, Path(bundled)))
    for pack in installed_packs(data):
        in_use = (pack.id, "installed") in active
        rows.append(PackListing(pack.id, pack.version, "installed", in_use, pack.folder, pack))
    return rows


def rollback(
    data: Path, pack_id: str, *, bundled: Path | None = None, update_index: bool = True
) -> InstallResult:
    """Return ``pack_id`` to its previous version (a second rollback undoes the first)."""
    return rollback_pack(data, pack_id, bundled=bundled, update_index=update_index)


def remove(
    data: Path, pack_id: str, *, bundled: Path | None = None, update_index: bool = True
) -> InstallResult:
    """Uninstall ``pack_id``; removing "core" brings back the bundled library."""
    return remove_pack(data, pack_id, bundled=bundled, update_index=update_index)


def export(data: Path, out: Path, ids: list[str] | None = None) -> list[Path]:
    """Copy the installed packs' verified files to the folder ``out`` (a USB stick)."""
    return export_packs(data, Path(out), ids)


# --- trusted keys ----------------------------------------------------------------------------


def trusted(data: Path) -> list[PublicKey]:
    """The keys packs may be signed with: shipped ones first, then the ones added here."""
    return trusted_keys(data)


def read_key(path: Path) -> PublicKey:
    """Read a publisher's ``.pub`` file (to show it before trusting it)."""
    return load_public_key(Path(path))


def trust_key(data: Path, key: PublicKey) -> Path:
    """Trust packs signed by ``key`` on this computer; returns where it is kept."""
    return add_trusted_key(data, key)


def untrust_key(data: Path, key_id: str) -> bool:
    """Stop trusting a key added here (shipped keys stay); False when there is none."""
    return remove_trusted_key(data, key_id)
