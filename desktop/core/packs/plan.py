"""Before anything is unpacked: what an install would do, and whether it may.

A full pack installs, updates, reinstalls or (with ``force``) downgrades; the same pack
again is a no-op. A delta pack applies only to the exact version it was made from, and its
result must be exactly the content it promises. Every refusal is a ``PackError`` whose
code says whether ``force`` would override it (``errors.FORCEABLE``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.library.versions import compare_versions
from desktop.core.packs.errors import PackError, PackNotice
from desktop.core.packs.format import Manifest, listing_digest
from desktop.core.packs.indexing import source_for
from desktop.core.packs.store import (
    CORE,
    InstalledPack,
    PackSource,
    bundled_version,
    installed_pack,
    scan_listing,
)

Listing = dict[str, tuple[str, int]]


@dataclass(frozen=True)
class InstallTarget:
    """What a pack id is on this computer before an install: the installed version, the
    active source the library shows, and the version an install compares against."""

    pack_id: str
    current: InstalledPack | None
    before: PackSource | None
    baseline: str | None

    @classmethod
    def find(cls, data: Path, bundled: Path | None, pack_id: str) -> InstallTarget:
        """Read the state of ``pack_id`` (the bundled library counts as core)."""
        current = installed_pack(data, pack_id)
        if current is not None:
            baseline = current.version
        else:
            baseline = bundled_version(bundled) if pack_id == CORE else None
        return cls(pack_id, current, source_for(data, bundled, pack_id), baseline)


@dataclass
class FullPlan:
    """What installing a full pack does: its action and warnings, or nothing at all."""

    action: str
    warnings: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        """True when the same pack is installed already: nothing to do."""
        return self.action == "unchanged"


def plan_full(m: Manifest, pack_name: str, target: InstallTarget, force: bool) -> FullPlan:
    """Decide what installing the full pack ``m`` (file ``pack_name``) does."""
    order = compare_versions(m.version, target.baseline) if target.baseline else 1
    current = target.current
    if order < 0:
        if not force:
            raise PackError(
                f"{pack_name} is version {m.version} of '{m.id}', older than the "
                f"installed {target.baseline}. Installing it would undo later corrections.",
                code="pack.older-version",
            )
        warning = PackNotice(
            f"installed the older version {m.version} of '{m.id}' over {target.baseline}",
            "pack.forced-downgrade",
        )
        return FullPlan("downgraded", [warning])
    if order == 0 and current is not None:
        listing = {f.path: (f.sha256, f.size) for f in m.files}
        same = current.digest == listing_digest(listing)
        if same and not force:
            note = PackNotice(f"'{m.id}' {m.version} is already installed", "pack.unchanged")
            return FullPlan("unchanged", [note])
        if not same and not force:
            raise PackError(
                f"a different pack with the same version {m.version} of '{m.id}' is "
                "already installed; ask the publisher for a new version number",
                code="pack.same-version",
            )
        return FullPlan("reinstalled")
    return FullPlan("updated" if current is not None else "installed")


def delta_base(
    pack_id: str, current: InstalledPack | None, bundled: Path | None
) -> tuple[Path, Listing, str | None]:
    """Where a delta's base files are: the installed version, or the bundled core."""
    if current is not None:
        return current.content_dir, current.listing, current.version
    if pack_id == CORE and bundled is not None:
        return Path(bundled), scan_listing(Path(bundled)), bundled_version(bundled)
    return Path(), {}, None


def check_delta_base(
    m: Manifest, pack_name: str, base_version: str | None, base_listing: Listing
) -> None:
    """Refuse a delta pack that was not made from exactly the installed files."""
    assert m.delta is not None
    if base_version != m.delta.base_version:
        have = f"version {base_version} is installed" if base_version else "it is not installed"
        raise PackError(
            f"{pack_name} updates '{m.id}' from version {m.delta.base_version} to "
            f"{m.version}, but {have}. Install the full pack of {m.version} (or the "
            "missing updates in order) instead.",
            code="pack.delta-base",
        )
    if listing_digest(base_listing) != m.delta.base_digest:
        raise PackError(
            f"{pack_name} updates '{m.id}' {m.delta.base_version}, but the installed "
            f"files of {base_version} differ from the ones it was made for. Install the "
            f"full pack of {m.version} instead.",
            code="pack.delta-base",
        )


def delta_result(m: Manifest, base_listing: Listing) -> Listing:
    """The content listing a delta pack promises: the base, less what it removes, plus
    what it carries."""
    assert m.delta is not None
    listing = {p: v for p, v in base_listing.items() if p not in m.delta.removed}
    listing.update({f.path: (f.sha256, f.size) for f in m.files})
    return listing


def check_delta_result(
    m: Manifest, pack_name: str, base_version: str | None, listing: Listing, damaged: list[str]
) -> None:
    """Refuse a delta whose result is not exactly the content it promises."""
    assert m.delta is not None
    if damaged or listing_digest(listing) != m.delta.result_digest:
        where = f" ({damaged[0]} was changed on this computer)" if damaged else ""
        raise PackError(
            f"applying {pack_name} to the installed version {base_version} did not "
            f"give the files it promises{where}. Nothing was installed; install the full "
            f"pack of {m.version} instead.",
            code="pack.delta-base",
        )
