"""A canonical zip writer and a strict reader for ``.accordpack`` files.

Why not plain ``zipfile``: a pack must fail verification when *any* byte of it changes.
Content bytes are covered by the signed manifest (hashes of both the stored and the
decompressed bytes), but a zip also has headers, timestamps, attributes, comments and
"extra" fields that no hash covers. So the writer gives every such field one fixed value,
and the reader refuses a file in which any of them differs, any gap or trailing data
exists, or the local headers disagree with the central directory. Any unzip tool can still
open a pack (it is an ordinary zip), but only the canonical form verifies.

The reader checks names, symlinks and sizes (zip-bomb limits) from the directory alone,
before decompressing anything, and caps decompression at the declared size.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.packs.format import (
    CONTENT_PREFIX,
    INDEX_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Limits,
    PackError,
    path_problem,
)

LOCAL_SIG = b"PK\x03\x04"
CENTRAL_SIG = b"PK\x01\x02"
END_SIG = b"PK\x05\x06"
LOCAL_FMT = "<4s2B4HL2L2H"  # 30 bytes
CENTRAL_FMT = "<4s4B4HL2L5H2L"  # 46 bytes
END_FMT = "<4s4H2LH"  # 22 bytes
LOCAL_SIZE = struct.calcsize(LOCAL_FMT)
CENTRAL_SIZE = struct.calcsize(CENTRAL_FMT)
END_SIZE = struct.calcsize(END_FMT)

STORED, DEFLATED = 0, 8
# The one value each non-content field may have.
VERSION = 20  # "made by" and "needed": 2.0, plain deflate
SYSTEM = 3  # Unix, so the mode bits in external_attr mean what they say
FLAGS = 0x800  # names are UTF-8; no encryption, no data descriptor
DOS_TIME, DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00
EXTERNAL_ATTR = 0o100644 << 16  # a regular file, rw-r--r--
S_IFMT, S_IFLNK, S_IFDIR = 0o170000, 0o120000, 0o040000
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Member:
    """One member as the central directory describes it (already checked)."""

    name: str
    method: int
    crc: int
    packed_size: int
    size: int
    header_offset: int

    @property
    def data_offset(self) -> int:
        """Where the member's stored bytes start (after its local header)."""
        return self.header_offset + LOCAL_SIZE + len(self.name.encode("utf-8"))


# --- writing ---------------------------------------------------------------------------


class PackZipWriter:
    """Write members in the canonical form; returns each member's stored size and hash."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._offset = 0
        self._central: list[bytes] = []
        self._names: set[str] = set()

    def add(self, name: str, data: bytes, compress: bool = True) -> tuple[int, str]:
        """Append one member; returns (packed_size, packed_sha256)."""
        if name in self._names:
            raise ValueError(f"duplicate member {name}")
        self._names.add(name)
        raw_name = name.encode("utf-8")
        crc = zlib.crc32(data)
        method = STORED
        packed = data
        if compress and data:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            deflated = co.compress(data) + co.flush()
            # Storing is smaller for tiny or incompressible files; either form is canonical.
            if len(deflated) < len(data):
                method, packed = DEFLATED, deflated
        local = struct.pack(
            LOCAL_FMT, LOCAL_SIG, VERSION, 0, FLAGS, method, DOS_TIME, DOS_DATE, crc,
            len(packed), len(data), len(raw_name), 0,
        )  # fmt: skip
        central = struct.pack(
            CENTRAL_FMT, CENTRAL_SIG, VERSION, SYSTEM, VERSION, 0, FLAGS, method, DOS_TIME,
            DOS_DATE, crc, len(packed), len(data), len(raw_name), 0, 0, 0, 0, EXTERNAL_ATTR,
            self._offset,
        )  # fmt: skip
        self._out.write(local + raw_name)
        self._out.write(packed)
        self._central.append(central + raw_name)
        self._offset += len(local) + len(raw_name) + len(packed)
        return len(packed), hashlib.sha256(packed).hexdigest()

    def finish(self) -> None:
        """Write the central directory and the end record (no comment, no zip64)."""
        directory = b"".join(self._central)
        if self._offset + len(directory) >= 0xFFFFFFFF or len(self._central) >= 0xFFFF:
            raise PackError("the pack would exceed 4 GB or 65,535 files; split it into packs")
        self._out.write(directory)
        count = len(self._central)
        self._out.write(
            struct.pack(END_FMT, END_SIG, 0, 0, count, count, len(directory), self._offset, 0)
        )


# --- reading ---------------------------------------------------------------------------


def _damaged(path: Path, detail: str) -> PackError:
    return PackError(
        f"{path.name} is not a complete Accord pack: {detail}. The file may have been cut "
        "short while copying or downloading; copy it again from its source.",
        code="pack.corrupt",
    )


def _allowed_name(name: str) -> bool:
    return name in (MANIFEST_NAME, SIGNATURE_NAME) or name.startswith(
        (CONTENT_PREFIX, INDEX_PREFIX)
    )


# A central directory entry: its fixed fields, its name, and the name's raw bytes.
_Entry = tuple[tuple[int, ...], str, bytes]


def read_directory(f: BinaryIO, path: Path, limits: Limits) -> list[Member]:
    """Parse and check the zip structure of an open pack file; read no member data.

    Raises ``PackError`` naming the member for unsafe paths, symlinks, zip-bomb sizes,
    duplicates and anything not in the canonical layout.
    """
    cd_offset, directory, count = _read_end_record(f, path, limits)
    entries = _parse_directory(directory, count, path)
    # First the checks that explain an attack best (paths, links, duplicates, sizes);
    # then the canonical-layout checks, which any other change trips.
    _check_names_and_sizes(entries, path, limits)
    return _check_layout(f, entries, path, cd_offset)


def _read_end_record(f: BinaryIO, path: Path, limits: Limits) -> tuple[int, bytes, int]:
    """(offset of the central directory, its bytes, number of entries), all checked."""
    f.seek(0, 2)
    file_size = f.tell()
    if file_size > limits.max_pack_bytes:
        raise PackError(
            f"{path.name} is {file_size // (1024 * 1024)} MB, over the "
            f"{limits.max_pack_bytes // (1024 * 1024)} MB a pack may have; it is not a "
            "genuine pack or must be split",
            code="pack.corrupt",
        )
    if file_size < END_SIZE:
        raise _damaged(path, "it is too small to be a zip file")
    f.seek(file_size - END_SIZE)
    end = f.read(END_SIZE)
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = struct.unpack(
        END_FMT, end
    )
    if sig != END_SIG or comment_len != 0:
        raise _damaged(path, "the end of the zip directory is missing")
    if disk or cd_disk or n_disk != n_total:
        raise _damaged(path, "it claims to span several disks")
    if n_total > limits.max_members:
        raise PackError(
            f"{path.name} holds {n_total} files, more than the {limits.max_members} a pack "
            "may hold; it is not a genuine pack",
            code="pack.corrupt",
        )
    if cd_size > n_total * (CENTRAL_SIZE + 4 * 1024):
        # Never read a huge "directory" into memory: entries are small (name + fixed part).
        raise _damaged(path, "the zip directory is larger than its entries can be")
    if cd_offset + cd_size + END_SIZE != file_size:
        raise _damaged(path, "the zip directory is not where the end record says")
    f.seek(cd_offset)
    directory = f.read(cd_size)
    if len(directory) != cd_size:
        raise _damaged(path, "the zip directory is cut short")
    return cd_offset, directory, n_total


def _parse_directory(directory: bytes, count: int, path: Path) -> list[_Entry]:
    """Split the central directory into its ``count`` entries."""
    cd_size = len(directory)
    entries: list[_Entry] = []
    pos = 0
    for _ in range(count):
        if pos + CENTRAL_SIZE > cd_size:
            raise _damaged(path, "the zip directory is cut short")
        fields = struct.unpack(CENTRAL_FMT, directory[pos : pos + CENTRAL_SIZE])
        if fields[0] != CENTRAL_SIG:
            raise _damaged(path, "an entry of the zip directory is malformed")
        name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
        start = pos + CENTRAL_SIZE
        raw_name = directory[start : start + name_len]
        pos = start + name_len + extra_len + comment_len
        if pos > cd_size:
            raise _damaged(path, "the zip directory is cut short")
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            name = raw_name.decode("cp437")
        entries.append((fields, name, raw_name))
    if pos != cd_size:
        raise _damaged(path, "the zip directory has unexpected bytes at its end")
    return entries


def _check_names_and_sizes(entries: list[_Entry], path: Path, limits: Limits) -> None:
    """Refuse unsafe or foreign names, links, duplicates and zip-bomb sizes."""
    seen: set[str] = set()
    total = 0
    for fields, name, _raw in entries:
        _check_name(name, (fields[17] >> 16) & S_IFMT, path, seen)
        seen.add(name.casefold())
        packed_size, size = fields[10], fields[11]
        _check_size(name, packed_size, size, limits)
        total += size
        if total > limits.max_total_bytes:
            raise PackError(
                f"{path.name} would unpack to more than "
                f"{limits.max_total_bytes // (1024 * 1024)} MB (zip bomb?); nothing was "
                "extracted",
                code="pack.corrupt",
            )


def _check_name(name: str, file_type: int, path: Path, seen: set[str]) -> None:
    """One member's name and file type: a safe path to a regular file of the format."""
    problem = path_problem(name)
    if problem:
        raise PackError(
            f"{path.name} contains the member '{name}', which is unsafe ({problem}); "
            "nothing was extracted. Do not use this file.",
            name,
            code="pack.corrupt",
        )
    if file_type == S_IFLNK:
        raise PackError(
            f"{path.name} contains the symbolic link '{name}'; packs may only hold "
            "regular files. Do not use this file.",
            name,
            code="pack.corrupt",
        )
    if file_type == S_IFDIR or name.endswith("/"):
        raise PackError(
            f"{path.name} contains a folder entry '{name}'; rebuild the pack",
            name,
            code="pack.folder-entry",
        )
    if not _allowed_name(name):
        raise PackError(
            f"{path.name} contains '{name}', which is not part of the pack format "
            "(only manifest.json, manifest.sig, content/… and index/…)",
            name,
            code="pack.corrupt",
        )
    if name.casefold() in seen:
        raise PackError(
            f"{path.name} contains '{name}' twice (or twice in different case); "
            "do not use this file",
            name,
            code="pack.corrupt",
        )


def _check_size(name: str, packed_size: int, size: int, limits: Limits) -> None:
    """One member's sizes against the limits (from the directory: nothing decompressed)."""
    if size > limits.max_member_bytes:
        raise PackError(
            f"the member '{name}' would unpack to {size // (1024 * 1024)} MB, over the "
            f"{limits.max_member_bytes // (1024 * 1024)} MB limit (zip bomb?); nothing "
            "was extracted",
            name,
            code="pack.corrupt",
        )
    if size > limits.ratio_exempt_bytes and size > limits.max_ratio * max(packed_size, 1):
        raise PackError(
            f"the member '{name}' would expand {size // max(packed_size, 1)}-fold when "
            f"unpacked, over the {limits.max_ratio:.0f}-fold limit (zip bomb?); nothing "
            "was extracted",
            name,
            code="pack.corrupt",
        )


def _is_canonical(fields: tuple[int, ...], name: str, raw_name: bytes) -> bool:
    """True when every field no hash covers has the one value the writer gives it."""
    (_sig, made_ver, made_sys, need_ver, reserved, flags, method, tm, dt, _crc, packed_size,
     size, _name_len, extra_len, comment_len, disk_start, internal, external,
     _offset) = fields  # fmt: skip
    return (
        made_ver == VERSION
        and made_sys == SYSTEM
        and need_ver == VERSION
        and reserved == 0
        and flags == FLAGS
        and method in (STORED, DEFLATED)
        and (tm, dt) == (DOS_TIME, DOS_DATE)
        and extra_len == 0
        and comment_len == 0
        and disk_start == 0
        and internal == 0
        and external == EXTERNAL_ATTR
        and raw_name == name.encode("utf-8")
        and (method == DEFLATED or packed_size == size)
    )


def _check_layout(f: BinaryIO, entries: list[_Entry], path: Path, cd_offset: int) -> list[Member]:
    """Check the canonical layout: fixed field values, local headers equal to the
    directory, members back to back with nothing between or after them."""
    members: list[Member] = []
    expected_offset = 0
    for fields, name, raw_name in entries:
        if not _is_canonical(fields, name, raw_name):
            raise PackError(
                f"the member '{name}' of {path.name} has zip settings that Accord never "
                "writes (it was changed or made by another tool); get a fresh copy of the "
                "pack",
                name,
                code="pack.corrupt",
            )
        offset = fields[18]
        if offset != expected_offset:
            raise _damaged(path, f"the data of '{name}' is not where the directory says")
        member = _check_local_header(f, fields, name, raw_name, path)
        expected_offset = member.data_offset + member.packed_size
        members.append(member)
    if expected_offset != cd_offset:
        raise _damaged(path, "there are unexplained bytes between the members")
    return members


def _check_local_header(
    f: BinaryIO, fields: tuple[int, ...], name: str, raw_name: bytes, path: Path
) -> Member:
    """The member whose local header repeats its directory entry exactly."""
    method, crc, packed_size, size, name_len, offset = (
        fields[6], fields[9], fields[10], fields[11], fields[12], fields[18],
    )  # fmt: skip
    f.seek(offset)
    local = f.read(LOCAL_SIZE + name_len)
    if len(local) != LOCAL_SIZE + name_len:
        raise _damaged(path, f"the member '{name}' is cut short")
    local_fields = struct.unpack(LOCAL_FMT, local[:LOCAL_SIZE])
    if local_fields != (
        LOCAL_SIG, VERSION, 0, FLAGS, method, DOS_TIME, DOS_DATE, crc, packed_size, size,
        name_len, 0,
    ) or local[LOCAL_SIZE:] != raw_name:  # fmt: skip
        raise PackError(
            f"the local header of '{name}' in {path.name} does not match the zip "
            "directory; the file was changed or is damaged. Get a fresh copy.",
            name,
            code="pack.corrupt",
        )
    return Member(name, method, crc, packed_size, size, offset)


def stream_member(
    f: BinaryIO,
    member: Member,
    sink: Callable[[bytes], None] | None = None,
) -> tuple[str, str]:
    """Read one member, checking its CRC and size; returns (packed_sha256, sha256).

    Decompressed chunks go to ``sink`` (extraction) as they are produced. Output beyond the
    declared size stops at once, so a lying header cannot expand without bound.
    """
    packed_hash = hashlib.sha256()
    hasher = hashlib.sha256()
    crc = 0
    produced = 0
    left = member.packed_size
    inflater = zlib.decompressobj(-15) if member.method == DEFLATED else None
    f.seek(member.data_offset)

    def emit(chunk: bytes) -> None:
        nonlocal crc, produced
        produced += len(chunk)
        if produced > member.size:
            raise PackError(
                f"the member '{member.name}' unpacks to more than its declared "
                f"{member.size} bytes (zip bomb or damage); nothing was installed",
                member.name,
                code="pack.corrupt",
            )
        crc = zlib.crc32(chunk, crc)
        hasher.update(chunk)
        if sink is not None:
            sink(chunk)

    try:
        while left > 0:
            raw = f.read(min(CHUNK, left))
            if not raw:
                raise PackError(
                    f"the member '{member.name}' is cut short", member.name, code="pack.corrupt"
                )
            left -= len(raw)
            packed_hash.update(raw)
            if inflater is None:
                emit(raw)
                continue
            data = inflater.decompress(raw, CHUNK)
            emit(data)
            while inflater.unconsumed_tail:
                emit(inflater.decompress(inflater.unconsumed_tail, CHUNK))
        if inflater is not None:
            emit(inflater.flush())
            if not inflater.eof or inflater.unused_data:
                raise PackError(
                    f"the compressed data of '{member.name}' is damaged",
                    member.name,
                    code="pack.corrupt",
                )
    except zlib.error as exc:
        raise PackError(
            f"the compressed data of '{member.name}' is damaged ({exc}); get a fresh copy",
            member.name,
            code="pack.corrupt",
        ) from exc
    if produced != member.size or crc != member.crc:
        raise PackError(
            f"the member '{member.name}' is damaged (its size or checksum is wrong); "
            "get a fresh copy of the pack",
            member.name,
            code="pack.corrupt",
        )
    return packed_hash.hexdigest(), hasher.hexdigest()


def read_small(f: BinaryIO, member: Member, limit: int) -> bytes:
    """The whole content of a small member (manifest, signature), size-capped."""
    if member.size > limit:
        raise PackError(
            f"'{member.name}' is {member.size} bytes, over the {limit} allowed",
            member.name,
            code="pack.corrupt",
        )
    parts: list[bytes] = []
    stream_member(f, member, parts.append)
    return b"".join(parts)
