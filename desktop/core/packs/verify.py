"""Verify a ``.accordpack`` completely before anything is extracted.

Order of checks: the zip structure and limits (no member data read), the signature over
the manifest bytes by a trusted key, the manifest itself and the app version, the set of
members against the manifest, then every member's stored and unpacked SHA-256. Only a
pack that passes all of them is a ``VerifiedPack``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop import __version__ as APP_VERSION
from desktop.core.library.versions import compare_versions
from desktop.core.packs.archive import Member, read_directory, read_small, stream_member
from desktop.core.packs.format import (
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Limits,
    Manifest,
    PackError,
    parse_manifest,
)
from desktop.core.packs.keys import PublicKey, parse_signature

ProgressFn = Callable[[int, int], bool | None]


class PackCancelled(PackError):
    """The caller's progress callback asked to stop; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


@dataclass
class VerifiedPack:
    """A pack whose signature, manifest and every hash were checked."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signature_bytes: bytes
    key: PublicKey
    members: dict[str, Member]

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def version(self) -> str:
        return self.manifest.version


def read_manifest_unverified(path: Path, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """The manifest without checking the signature: for ordering files, never for trust."""
    with open(path, "rb") as f:
        members = {m.name: m for m in read_directory(f, path, limits)}
        if MANIFEST_NAME not in members:
            raise PackError(f"{path.name} has no manifest.json; it is not an Accord pack")
        return parse_manifest(read_small(f, members[MANIFEST_NAME], limits.max_manifest_bytes))


def verify_pack(  # noqa: C901  (restructure: split in progress)
    path: Path,
    trusted: list[PublicKey],
    *,
    limits: Limits = DEFAULT_LIMITS,
    app_version: str = APP_VERSION,
    progress: ProgressFn | None = None,
    display_name: str | None = None,
) -> VerifiedPack:
    """Check everything about the pack at ``path``; raise ``PackError`` with the reason.

    ``progress(done, total)`` is called with bytes checked so far; returning False cancels.
    ``display_name`` is the file name to use in messages (an install verifies its own copy).
    """
    path = Path(path)
    label = Path(display_name or path.name)
    try:
        f = open(path, "rb")  # noqa: SIM115 (closed in the finally below)
    except OSError as exc:
        raise PackError(f"cannot open {path}: {exc.strerror or exc}") from exc
    try:
        members = {m.name: m for m in read_directory(f, label, limits)}
        for needed in (MANIFEST_NAME, SIGNATURE_NAME):
            if needed not in members:
                raise PackError(
                    f"{label.name} has no {needed}; it is not a signed Accord pack (make one "
                    "with 'accord pack build')",
                    needed,
                )
            if members[needed].method != 0:
                raise PackError(f"{needed} must be stored uncompressed; rebuild the pack", needed)
        manifest_bytes = read_small(f, members[MANIFEST_NAME], limits.max_manifest_bytes)
        signature_bytes = read_small(f, members[SIGNATURE_NAME], 4096)
        kid, signature = parse_signature(signature_bytes)
        key = next((k for k in trusted if k.key_id == kid), None)
        if key is None:
            raise PackError(
                f"{label.name} is signed by an unknown key ({kid}). Install only packs from "
                "the coordinating body; if you trust this publisher, add their key with "
                "'accord pack trust add KEY.pub' (or pass --trust KEY.pub to verify).",
                SIGNATURE_NAME,
            )
        if not key.verify(signature, manifest_bytes):
            raise PackError(
                f"the signature of {label.name} does not match its manifest: the pack was "
                "changed after it was signed, or is damaged. Do not use it; get a fresh copy "
                "from the publisher.",
                SIGNATURE_NAME,
            )
        manifest = parse_manifest(manifest_bytes)
        if compare_versions(manifest.min_app_version, app_version) > 0:
            raise PackError(
                f"{label.name} needs Accord {manifest.min_app_version} or newer; this is "
                f"Accord {app_version}. Update the app first, then install the pack."
            )
        listed = manifest.members()
        for name in listed:
            if name not in members:
                raise PackError(
                    f"the manifest of {label.name} lists '{name}', but the pack does not "
                    "contain it; the pack is incomplete. Get a fresh copy.",
                    name,
                )
        for name in members:
            if name not in listed and name not in (MANIFEST_NAME, SIGNATURE_NAME):
                raise PackError(
                    f"{label.name} contains '{name}', which its manifest does not list; "
                    "something was added after signing. Do not use this file.",
                    name,
                )
        total = sum(m.packed_size for m in members.values()) or 1
        done = 0
        for name, entry in listed.items():
            member = members[name]
            check_member(f, member, entry, label.name)
            done += member.packed_size
            if progress is not None and progress(done, total) is False:
                raise PackCancelled()
    except PackCancelled:
        raise
    except PackError as exc:
        # Every message names the pack file, also those raised deep in the zip reader.
        if label.name in exc.message:
            raise
        raise PackError(f"{label.name}: {exc.message}", exc.member) from exc
    finally:
        f.close()
    return VerifiedPack(path, manifest, manifest_bytes, signature_bytes, key, members)


def check_member(f: BinaryIO, member: Member, entry: FileEntry, pack_name: str = "") -> None:
    """Compare one member's sizes and hashes with its manifest entry."""
    where = f" of {pack_name}" if pack_name else ""
    if member.size != entry.size or member.packed_size != entry.packed_size:
        raise PackError(
            f"'{member.name}'{where} has a different size than its manifest says; the pack was "
            "changed or damaged. Get a fresh copy.",
            member.name,
        )
    packed, plain = stream_member(f, member)
    if packed != entry.packed_sha256 or plain != entry.sha256:
        raise PackError(
            f"'{member.name}'{where} does not match its SHA-256 in the manifest; the pack was "
            "changed or damaged. Do not use it; get a fresh copy.",
            member.name,
        )
