"""Verify a ``.accordpack`` completely before anything is extracted.

Order of checks: the zip structure and limits (no member data read), the signature over
the manifest bytes by a trusted key, the manifest itself and the app version, the set of
members against the manifest, then every member's stored and unpacked SHA-256. Only a
pack that passes all of them is a ``VerifiedPack``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop import __version__ as APP_VERSION
from desktop.core.library.versions import compare_versions
from desktop.core.packs.archive import Member, read_directory, read_small, stream_member
from desktop.core.packs.errors import PackCancelled, PackError
from desktop.core.packs.format import (
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Limits,
    Manifest,
    parse_manifest,
)
from desktop.core.packs.keys import PublicKey, parse_signature
from desktop.core.packs.progress import ProgressFn


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
        """The pack id from the verified manifest."""
        return self.manifest.id

    @property
    def version(self) -> str:
        """The pack version from the verified manifest."""
        return self.manifest.version


def read_manifest_unverified(path: Path, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """The manifest without checking the signature: for ordering files, never for trust."""
    with open(path, "rb") as f:
        members = {m.name: m for m in read_directory(f, path, limits)}
        if MANIFEST_NAME not in members:
            raise PackError(
                f"{path.name} has no manifest.json; it is not an Accord pack",
                code="pack.not-a-pack",
            )
        return parse_manifest(read_small(f, members[MANIFEST_NAME], limits.max_manifest_bytes))


def verify_pack(
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
        raise PackError(
            f"cannot open {path}: {exc.strerror or exc}", code="pack.unreadable"
        ) from exc
    try:
        members = {m.name: m for m in read_directory(f, label, limits)}
        manifest_bytes, signature_bytes = _signed_parts(f, members, label.name, limits)
        key = _signing_key(trusted, manifest_bytes, signature_bytes, label.name)
        manifest = parse_manifest(manifest_bytes)
        if compare_versions(manifest.min_app_version, app_version) > 0:
            raise PackError(
                f"{label.name} needs Accord {manifest.min_app_version} or newer; this is "
                f"Accord {app_version}. Update the app first, then install the pack.",
                code="pack.needs-newer-app",
            )
        listed = manifest.members()
        _check_member_names(listed, members, label.name)
        _check_every_member(f, listed, members, label.name, progress)
    except PackCancelled:
        raise
    except PackError as exc:
        # Every message names the pack file, also those raised deep in the zip reader.
        if label.name in exc.message:
            raise
        raise exc.reworded(f"{label.name}: {exc.message}") from exc
    finally:
        f.close()
    return VerifiedPack(path, manifest, manifest_bytes, signature_bytes, key, members)


def _signed_parts(
    f: BinaryIO, members: dict[str, Member], name: str, limits: Limits
) -> tuple[bytes, bytes]:
    """The bytes of ``manifest.json`` and ``manifest.sig``, both present and stored."""
    for needed in (MANIFEST_NAME, SIGNATURE_NAME):
        if needed not in members:
            raise PackError(
                f"{name} has no {needed}; it is not a signed Accord pack",
                needed,
                code="pack.not-a-pack",
            )
        if members[needed].method != 0:
            raise PackError(
                f"{needed} must be stored uncompressed; rebuild the pack",
                needed,
                code="pack.corrupt",
            )
    manifest_bytes = read_small(f, members[MANIFEST_NAME], limits.max_manifest_bytes)
    signature_bytes = read_small(f, members[SIGNATURE_NAME], 4096)
    return manifest_bytes, signature_bytes


def _signing_key(
    trusted: list[PublicKey], manifest_bytes: bytes, signature_bytes: bytes, name: str
) -> PublicKey:
    """The trusted key whose signature over the manifest bytes is valid."""
    kid, signature = parse_signature(signature_bytes)
    key = next((k for k in trusted if k.key_id == kid), None)
    if key is None:
        raise PackError(
            f"{name} is signed by an unknown key ({kid}). Install only packs from the "
            "coordinating body.",
            SIGNATURE_NAME,
            code="pack.unknown-key",
            details={"key_id": kid},
        )
    if not key.verify(signature, manifest_bytes):
        raise PackError(
            f"the signature of {name} does not match its manifest: the pack was changed "
            "after it was signed, or is damaged. Do not use it; get a fresh copy from the "
            "publisher.",
            SIGNATURE_NAME,
            code="pack.bad-signature",
        )
    return key


def _check_member_names(
    listed: dict[str, FileEntry], members: dict[str, Member], name: str
) -> None:
    """Exactly the listed members (plus the manifest and its signature) are in the zip."""
    for member in listed:
        if member not in members:
            raise PackError(
                f"the manifest of {name} lists '{member}', but the pack does not contain "
                "it; the pack is incomplete. Get a fresh copy.",
                member,
                code="pack.corrupt",
            )
    for member in members:
        if member not in listed and member not in (MANIFEST_NAME, SIGNATURE_NAME):
            raise PackError(
                f"{name} contains '{member}', which its manifest does not list; something "
                "was added after signing. Do not use this file.",
                member,
                code="pack.corrupt",
            )


def _check_every_member(
    f: BinaryIO,
    listed: dict[str, FileEntry],
    members: dict[str, Member],
    name: str,
    progress: ProgressFn | None,
) -> None:
    """Every listed member's sizes and hashes, with progress in bytes checked."""
    total = sum(m.packed_size for m in members.values()) or 1
    done = 0
    for member_name, entry in listed.items():
        member = members[member_name]
        check_member(f, member, entry, name)
        done += member.packed_size
        if progress is not None and progress(done, total) is False:
            raise PackCancelled()


def check_member(f: BinaryIO, member: Member, entry: FileEntry, pack_name: str = "") -> None:
    """Compare one member's sizes and hashes with its manifest entry."""
    where = f" of {pack_name}" if pack_name else ""
    if member.size != entry.size or member.packed_size != entry.packed_size:
        raise PackError(
            f"'{member.name}'{where} has a different size than its manifest says; the pack was "
            "changed or damaged. Get a fresh copy.",
            member.name,
            code="pack.corrupt",
        )
    packed, plain = stream_member(f, member)
    if packed != entry.packed_sha256 or plain != entry.sha256:
        raise PackError(
            f"'{member.name}'{where} does not match its SHA-256 in the manifest; the pack was "
            "changed or damaged. Do not use it; get a fresh copy.",
            member.name,
            code="pack.corrupt",
        )
