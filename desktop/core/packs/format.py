"""The ``.accordpack`` format: manifest, member paths, versions and limits.

A pack is a zip (see ``packs_zip``) holding the content files under ``content/``, an
optional prebuilt search index under ``index/``, ``manifest.json`` (canonical JSON that
lists every file with its size and SHA-256) and ``manifest.sig`` (an Ed25519 signature
over the exact manifest bytes, see ``packs_keys``). ``docs/packs.md`` is the reference.

Everything here is pure: no file system writes, no network.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.core.library.versions import is_valid_version
from desktop.core.packs.errors import PackError  # also imported from here by older code

FORMAT = "accordpack/1"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CONTENT_PREFIX = "content/"
INDEX_PREFIX = "index/"
PACK_SUFFIX = ".accordpack"

PACK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
LANGUAGE_RE = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
# Names Windows refuses as file names, with or without an extension.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in "123456789"
}
MAX_PATH_CHARS = 240
MAX_SEGMENT_BYTES = 200


@dataclass(frozen=True)
class Limits:
    """Caps checked from the zip directory before anything is decompressed (zip bombs).

    The defaults fit a library of tens of thousands of documents plus its index; tests
    lower them to exercise each check cheaply.
    """

    max_pack_bytes: int = 1024 * 1024 * 1024
    max_members: int = 50_000
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_manifest_bytes: int = 32 * 1024 * 1024
    # Markdown deflates about 3-5x and a Whoosh index about 2-4x; a ratio far above that on
    # a large member is how a zip bomb looks. Small members are exempt (tiny absolute size).
    max_ratio: float = 200.0
    ratio_exempt_bytes: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class FileEntry:
    """One file of a pack: its path below ``content/`` or ``index/``, size and hashes.

    ``packed_sha256`` is the hash of the member's bytes as stored in the zip (compressed),
    so every stored byte is covered by the signature, not only what decompresses.
    """

    path: str
    size: int
    sha256: str
    packed_size: int = 0
    packed_sha256: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "size": self.size,
            "sha256": self.sha256,
            "packed_size": self.packed_size,
            "packed_sha256": self.packed_sha256,
        }


@dataclass(frozen=True)
class IndexInfo:
    """A prebuilt search index shipped in the pack, built with ``schema_version``."""

    schema_version: int
    files: tuple[FileEntry, ...]


@dataclass(frozen=True)
class DeltaInfo:
    """A delta pack: ``files`` are only what changed since ``base_version``.

    ``base_digest`` and ``result_digest`` are ``listing_digest`` of the content before
    and after applying the delta, so an install can check both ends.
    """

    base_version: str
    base_digest: str
    result_digest: str
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Manifest:
    """The signed description of a pack (``manifest.json``)."""

    id: str
    version: str
    created: str
    min_app_version: str
    files: tuple[FileEntry, ...]
    title: str = ""
    languages: tuple[str, ...] = ()
    documents: int = 0
    index: IndexInfo | None = None
    delta: DeltaInfo | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_delta(self) -> bool:
        """True for a delta pack (only what changed since a base version)."""
        return self.delta is not None

    def members(self) -> dict[str, FileEntry]:
        """Zip member name -> entry, for every listed file (content and index)."""
        out = {CONTENT_PREFIX + f.path: f for f in self.files}
        if self.index is not None:
            out.update({INDEX_PREFIX + f.path: f for f in self.index.files})
        return out

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "languages": list(self.languages),
            "created": self.created,
            "min_app_version": self.min_app_version,
            "documents": self.documents,
            "files": [f.as_json() for f in self.files],
            "index": None,
            "delta": None,
        }
        if self.index is not None:
            data["index"] = {
                "schema_version": self.index.schema_version,
                "files": [f.as_json() for f in self.index.files],
            }
        if self.delta is not None:
            data["delta"] = {
                "base_version": self.delta.base_version,
                "base_digest": self.delta.base_digest,
                "result_digest": self.delta.result_digest,
                "removed": list(self.delta.removed),
            }
        return data

    def to_bytes(self) -> bytes:
        """The canonical ``manifest.json`` bytes (what is signed)."""
        return canonical_json(self.as_json())


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, newline at the end.

    Signing bytes (not a parsed structure) avoids any ambiguity about what was signed;
    requiring the canonical form means no byte of the manifest can change unnoticed.
    """
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8") + b"\n"


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as lower-case hex."""
    return hashlib.sha256(data).hexdigest()


def listing_digest(files: dict[str, tuple[str, int]]) -> str:
    """A hash of a content listing {path: (sha256, size)}: equal digests mean equal content."""
    h = hashlib.sha256()
    for path in sorted(files):
        digest, size = files[path]
        h.update(f"{path}\t{digest}\t{size}\n".encode())
    return h.hexdigest()


# --- paths ---------------------------------------------------------------------------


def path_problem(path: str) -> str | None:
    """Why ``path`` may not be a file inside a pack, or None when it is safe.

    Safe means: relative, '/'-separated, no '..' or '.', no drive letter or other ':' (also
    Windows alternate streams), no backslash or control characters, no hidden segment, no
    name Windows reserves, no trailing dot or space. Extraction then cannot leave its folder
    on any platform.
    """
    if not path:
        return "the path is empty"
    if len(path) > MAX_PATH_CHARS:
        return f"the path is longer than {MAX_PATH_CHARS} characters"
    if path.startswith("/") or path.startswith("\\"):
        return "the path is absolute"
    if re.match(r"^[A-Za-z]:", path):
        return "the path starts with a drive letter"
    if "\\" in path:
        return "the path contains a backslash"
    if ":" in path:
        return "the path contains ':'"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        return "the path contains control characters"
    for segment in path.split("/"):
        if segment in ("", ".", ".."):
            return "the path has an empty, '.' or '..' part (it would escape its folder)"
        if segment.startswith("."):
            return f"the path has a hidden part '{segment}'"
        if segment.endswith((".", " ")):
            return f"the part '{segment}' ends with a dot or a space"
        if len(segment.encode("utf-8")) > MAX_SEGMENT_BYTES:
            return "a part of the path is too long"
        if segment.split(".", 1)[0].casefold() in _WINDOWS_RESERVED:
            return f"'{segment}' is a name Windows reserves"
        if any(ch in '<>"|?*' for ch in segment):
            return 'the path contains a character Windows forbids (<>"|?*)'
    return None


def case_collisions(paths: list[str]) -> list[tuple[str, str]]:
    """Pairs of paths equal but for case: they would overwrite each other on Windows/macOS."""
    seen: dict[str, str] = {}
    clashes = []
    for path in paths:
        key = path.casefold()
        if key in seen:
            clashes.append((seen[key], path))
        else:
            seen[key] = path
    return clashes


# --- manifest parsing ------------------------------------------------------------------


def _need(data: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        name = f"{where}{key}"
        raise PackError(
            f"the manifest field '{name}' is missing or not a {kind.__name__}; "
            "the pack was not made by Accord",
            MANIFEST_NAME,
            code="pack.corrupt",
        )
    return value


def _entries(raw: Any, where: str) -> tuple[FileEntry, ...]:
    if not isinstance(raw, list):
        raise PackError(f"the manifest field '{where}' must be a list of files", MANIFEST_NAME)
    entries = []
    for n, item in enumerate(raw):
        spot = f"{where}[{n}]."
        if not isinstance(item, dict):
            raise PackError(f"the manifest entry '{where}[{n}]' is not an object", MANIFEST_NAME)
        path = _need(item, "path", str, spot)
        problem = path_problem(path)
        if problem:
            raise PackError(f"the manifest lists an unsafe path '{path}': {problem}", path)
        entry = FileEntry(
            path=path,
            size=_need(item, "size", int, spot),
            sha256=_need(item, "sha256", str, spot),
            packed_size=_need(item, "packed_size", int, spot),
            packed_sha256=_need(item, "packed_sha256", str, spot),
        )
        if entry.size < 0 or entry.packed_size < 0:
            raise PackError(f"the manifest gives a negative size for '{path}'", path)
        for digest in (entry.sha256, entry.packed_sha256):
            if not SHA256_RE.match(digest):
                raise PackError(f"the manifest gives a malformed SHA-256 for '{path}'", path)
        entries.append(entry)
    paths = [e.path for e in entries]
    if len(set(paths)) != len(paths):
        raise PackError(f"the manifest lists a file twice in '{where}'", MANIFEST_NAME)
    clashes = case_collisions(paths)
    if clashes:
        a, b = clashes[0]
        raise PackError(
            f"the manifest lists '{a}' and '{b}', which differ only in case and would "
            "overwrite each other on Windows and macOS; rename one and rebuild the pack",
            b,
        )
    return tuple(entries)


def parse_manifest(raw: bytes) -> Manifest:
    """Read ``manifest.json`` bytes (already signature-checked) into a ``Manifest``.

    Raises ``PackError`` naming the field for anything malformed or not canonical.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"manifest.json is not valid JSON ({exc})", MANIFEST_NAME) from exc
    if not isinstance(data, dict):
        raise PackError("manifest.json must hold a JSON object", MANIFEST_NAME)
    if canonical_json(data) != raw:
        raise PackError(
            "manifest.json is not in canonical form (sorted keys, no spaces); it was edited "
            "after the pack was built",
            MANIFEST_NAME,
            code="pack.corrupt",
        )
    if data.get("format") != FORMAT:
        raise PackError(
            f"this pack has format '{data.get('format')}', but this app reads '{FORMAT}'; "
            "update the app or ask for a pack in the older format",
            MANIFEST_NAME,
        )
    pack_id = _need(data, "id", str)
    if not PACK_ID_RE.match(pack_id):
        raise PackError(f"the pack id '{pack_id}' is not a lower-case kebab-case id", "id")
    version = _need(data, "version", str)
    min_app = _need(data, "min_app_version", str)
    for name, value in (("version", version), ("min_app_version", min_app)):
        if not is_valid_version(value):
            raise PackError(f"the manifest field '{name}' ('{value}') is not a version", name)
    languages = data.get("languages") or []
    if not isinstance(languages, list) or not all(
        isinstance(x, str) and LANGUAGE_RE.match(x) for x in languages
    ):
        raise PackError("the manifest field 'languages' must list BCP 47 codes", "languages")
    index = None
    if data.get("index") is not None:
        raw_index = _need(data, "index", dict)
        index = IndexInfo(
            schema_version=_need(raw_index, "schema_version", int, "index."),
            files=_entries(raw_index.get("files"), "index.files"),
        )
    delta = None
    if data.get("delta") is not None:
        raw_delta = _need(data, "delta", dict)
        removed = raw_delta.get("removed") or []
        if not isinstance(removed, list) or not all(isinstance(p, str) for p in removed):
            raise PackError("the manifest field 'delta.removed' must list paths", "delta")
        for path in removed:
            problem = path_problem(path)
            if problem:
                raise PackError(f"the delta removes an unsafe path '{path}': {problem}", path)
        base_version = _need(raw_delta, "base_version", str, "delta.")
        if not is_valid_version(base_version):
            raise PackError(f"'delta.base_version' ('{base_version}') is not a version", "delta")
        delta = DeltaInfo(
            base_version=base_version,
            base_digest=_need(raw_delta, "base_digest", str, "delta."),
            result_digest=_need(raw_delta, "result_digest", str, "delta."),
            removed=tuple(removed),
        )
    known = {
        "format", "id", "version", "title", "languages", "created", "min_app_version",
        "documents", "files", "index", "delta",
    }  # fmt: skip
    return Manifest(
        id=pack_id,
        version=version,
        created=_need(data, "created", str),
        min_app_version=min_app,
        files=_entries(data.get("files"), "files"),
        title=str(data.get("title") or ""),
        languages=tuple(languages),
        documents=int(data.get("documents") or 0),
        index=index,
        delta=delta,
        extra={k: v for k, v in data.items() if k not in known},
    )
