"""Build and sign a ``.accordpack`` from a library folder (the publisher's side).

A pack is built only from a library without ``accord check`` errors. ``base`` makes a
delta pack holding only the files that changed since that (full) pack, the removed paths
and digests of the content before and after; ``with_index`` ships a prebuilt search index.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from nacl.signing import SigningKey

from desktop import __version__ as APP_VERSION
from desktop.core.library.documents import Library, load_library, markdown_files
from desktop.core.library.versions import compare_versions, is_valid_version
from desktop.core.packs.archive import PackZipWriter
from desktop.core.packs.errors import PackError
from desktop.core.packs.format import (
    CONTENT_PREFIX,
    INDEX_PREFIX,
    MANIFEST_NAME,
    PACK_ID_RE,
    SIGNATURE_NAME,
    DeltaInfo,
    FileEntry,
    IndexInfo,
    Manifest,
    case_collisions,
    listing_digest,
    path_problem,
    sha256_hex,
)
from desktop.core.packs.keys import (
    PublicKey,
    load_private_key,
    public_of,
    sign_manifest,
    trusted_keys,
)
from desktop.core.packs.verify import verify_pack


@dataclass
class BuildResult:
    """What ``build_pack`` wrote."""

    path: Path
    manifest: Manifest
    key_id: str
    bytes: int
    changed: list[str] = field(default_factory=list)  # delta: added or changed paths
    removed: list[str] = field(default_factory=list)  # delta: removed paths
    warnings: int = 0


def library_files(root: Path) -> dict[str, bytes]:
    """The files a pack carries: every Markdown file the library loads (hidden folders and
    symlinks skipped), keyed by '/'-separated path."""
    files: dict[str, bytes] = {}
    for path in markdown_files(root):
        rel = path.relative_to(root).as_posix()
        problem = path_problem(rel)
        if problem:
            raise PackError(f"{rel}: this file name cannot go into a pack ({problem}); rename it")
        files[rel] = path.read_bytes()
    clashes = case_collisions(sorted(files))
    if clashes:
        a, b = clashes[0]
        raise PackError(
            f"'{a}' and '{b}' differ only in case and would overwrite each other on Windows "
            "and macOS; rename one"
        )
    return files


def _check_library(root: Path, pack_id: str) -> Library:
    library = load_library(root, pack=pack_id)
    errors = library.errors()
    if not library.root.is_dir():
        raise PackError(f"the library folder {root} does not exist")
    if errors:
        first = sorted(errors, key=lambda p: (p.file, p.line))[:5]
        listing = "; ".join(f"{p.file}:{p.line}: {p.message}" for p in first)
        raise PackError(
            f"the library has {len(errors)} error(s), so no pack was built. Fix them first "
            f"('accord check {root}' lists them all). First: {listing}"
        )
    if not library.documents:
        raise PackError(f"the library folder {root} has no documents; nothing to pack")
    return library


def _build_index(library: Library, folder: Path, digest: str) -> tuple[int, dict[str, bytes]]:
    """Build a search index of ``library`` in ``folder``; returns (schema, {path: bytes}).

    Beside the Whoosh files goes ``documents.json``, the parsed-document records
    (``packs_changes``): a laptop running the same app version then skips parsing every
    document again. It is plain JSON, signed like the rest, and ignored on a mismatch.
    """
    from desktop.core.packs.changes import record_of, save_records
    from desktop.core.search.conversion import index_docs
    from index import SearchIndex

    index = SearchIndex(folder)
    try:
        index.rebuild(index_docs(library))
    finally:
        index.close()
    save_records(folder, {d.path: record_of(d) for d in library.documents.values()}, digest)
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        # Lock files are Whoosh's own bookkeeping, not part of the index.
        skip = path.name.endswith((".lock", "WRITELOCK")) or path.name.startswith(".")
        if path.is_file() and not skip:
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return SearchIndex.SCHEMA_VERSION, files


def _created() -> str:
    # SOURCE_DATE_EPOCH makes a rebuild of the same content byte-identical (reproducible).
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime()
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp)


def build_pack(
    library_dir: Path,
    key_file: Path,
    pack_id: str,
    version: str,
    out: Path,
    *,
    with_index: bool = False,
    base: Path | None = None,
    title: str = "",
    min_app_version: str = APP_VERSION,
    base_trust: list[PublicKey] | None = None,
) -> BuildResult:
    """Check ``library_dir``, then write a signed pack to ``out`` (atomically).

    ``base`` (a full pack of the same id, signed by this key or a trusted one) makes a
    delta pack. Raises ``PackError`` with the reason for anything wrong.
    """
    library_dir = Path(library_dir)
    _check_arguments(library_dir, pack_id, version, min_app_version)
    private = load_private_key(Path(key_file))
    library = _check_library(library_dir, pack_id)
    files = library_files(library_dir)
    listing = {path: (sha256_hex(data), len(data)) for path, data in files.items()}
    delta = None
    if base is not None:
        if with_index:
            raise PackError(
                "--with-index cannot be combined with --base: a delta pack updates the "
                "laptop's own index. Build a full pack to ship an index."
            )
        trust = [public_of(private), *(base_trust or trusted_keys(None))]
        delta = _delta_from(Path(base), trust, pack_id, version, listing)
    contents = _Contents(
        files={p: files[p] for p in delta.changed} if delta else files,
        listing=listing,
        library=library,
        with_index=with_index,
    )

    def write(fh: BinaryIO) -> Manifest:
        return _write_members(
            fh,
            contents,
            private,
            Manifest(
                id=pack_id,
                version=version,
                created=_created(),
                min_app_version=min_app_version,
                files=(),
                title=title,
                languages=tuple(sorted({d.language for d in library.documents.values()})),
                documents=len(library.documents),
                delta=delta.info if delta else None,
            ),
        )

    out = Path(out)
    manifest = _write_atomically(out, write)
    return BuildResult(
        path=out,
        manifest=manifest,
        key_id=public_of(private).key_id,
        bytes=out.stat().st_size,
        changed=delta.changed if delta else [],
        removed=delta.removed if delta else [],
        warnings=len(library.warnings()),
    )


def _check_arguments(library_dir: Path, pack_id: str, version: str, min_app: str) -> None:
    """The publisher's arguments, checked before any work is done."""
    if not PACK_ID_RE.match(pack_id):
        raise PackError(
            f"'{pack_id}' is not a valid pack id; use lower-case letters, digits and '-', "
            "e.g. 'core' or 'national-fr'"
        )
    for name, value in (("--version", version), ("--min-app-version", min_app)):
        if not is_valid_version(value):
            raise PackError(f"{name} '{value}' is not a version like 1.2.0")
    if not library_dir.is_dir():
        raise PackError(f"the library folder {library_dir} does not exist")


@dataclass
class _Delta:
    """A delta against a base pack: what the manifest says, and what changed."""

    info: DeltaInfo
    changed: list[str]
    removed: list[str]


def _delta_from(
    base: Path,
    trust: list[PublicKey],
    pack_id: str,
    version: str,
    listing: dict[str, tuple[str, int]],
) -> _Delta:
    """Compare ``listing`` with the verified full pack ``base`` of the same id."""
    bm = verify_pack(base, trust).manifest
    if bm.id != pack_id:
        raise PackError(f"--base is a pack of '{bm.id}', not '{pack_id}'")
    if bm.is_delta:
        raise PackError(
            f"--base {base.name} is itself a delta pack; pass the full pack of version {bm.version}"
        )
    if compare_versions(version, bm.version) <= 0:
        raise PackError(f"--version {version} must be newer than the base version {bm.version}")
    base_listing = {f.path: (f.sha256, f.size) for f in bm.files}
    changed = sorted(p for p in listing if base_listing.get(p) != listing[p])
    removed = sorted(p for p in base_listing if p not in listing)
    info = DeltaInfo(
        base_version=bm.version,
        base_digest=listing_digest(base_listing),
        result_digest=listing_digest(listing),
        removed=tuple(removed),
    )
    return _Delta(info, changed, removed)


@dataclass
class _Contents:
    """What goes into the zip: the content files, and the library to index if asked."""

    files: dict[str, bytes]
    listing: dict[str, tuple[str, int]]
    library: Library
    with_index: bool


def _write_members(
    fh: BinaryIO, contents: _Contents, private: SigningKey, draft: Manifest
) -> Manifest:
    """Write the content, the index (if asked), the manifest and its signature; returns
    the manifest: ``draft`` with the files and the index filled in."""
    writer = PackZipWriter(fh)
    entries = []
    for path in sorted(contents.files):
        data = contents.files[path]
        packed_size, packed_sha = writer.add(CONTENT_PREFIX + path, data)
        entries.append(
            FileEntry(path, len(data), contents.listing[path][0], packed_size, packed_sha)
        )
    index_info = None
    if contents.with_index:
        with tempfile.TemporaryDirectory() as scratch:
            schema, index_files = _build_index(
                contents.library, Path(scratch) / "index", listing_digest(contents.listing)
            )
        index_entries = []
        for path, data in index_files.items():
            packed_size, packed_sha = writer.add(INDEX_PREFIX + path, data)
            index_entries.append(
                FileEntry(path, len(data), sha256_hex(data), packed_size, packed_sha)
            )
        index_info = IndexInfo(schema_version=schema, files=tuple(index_entries))
    manifest = dataclasses.replace(draft, files=tuple(entries), index=index_info)
    manifest_bytes = manifest.to_bytes()
    # Stored, not deflated: the signed bytes then appear verbatim in the file.
    writer.add(MANIFEST_NAME, manifest_bytes, compress=False)
    writer.add(SIGNATURE_NAME, sign_manifest(private, manifest_bytes), compress=False)
    writer.finish()
    return manifest


def _write_atomically(out: Path, write: Callable[[BinaryIO], Manifest]) -> Manifest:
    """Run ``write`` on a temporary file beside ``out``, make it durable, then rename it
    to ``out``; a failure leaves no file behind."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return result
