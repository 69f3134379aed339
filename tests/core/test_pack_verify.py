"""Building and verifying packs, and every kind of bad pack the verifier must refuse."""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.commands.common import explain
from desktop.core.packs.archive import EXTERNAL_ATTR, PackZipWriter
from desktop.core.packs.build import build_pack
from desktop.core.packs.format import Limits, PackError
from desktop.core.packs.verify import verify_pack
from tests.core import test_pack_support as support
from tests.core.test_pack_support import Keys, build, doc_text, forge, make_library

# Shared fixtures (a plain assignment, so pytest finds them in this module).
keys = support.keys
other_keys = support.other_keys

GOOD = doc_text("Good", "Fine text.").encode()


def test_build_and_verify_round_trip(tmp_path: Path, keys: Keys) -> None:
    library = make_library(tmp_path / "lib", 3)
    pack = build(library, keys, tmp_path / "p.accordpack", title="Test pack")
    vp = verify_pack(pack, keys.trusted)
    assert vp.manifest.id == "core" and vp.manifest.version == "1.0.0"
    assert vp.manifest.documents == 4 and len(vp.manifest.files) == 4
    assert vp.manifest.languages == ("en",)
    assert vp.key.key_id == keys.public.key_id
    # A pack is an ordinary zip: any unzip tool can list and read it.
    with zipfile.ZipFile(pack) as zf:
        assert zf.testzip() is None
        assert "content/docs/doc-0000.md" in zf.namelist()


def test_build_is_reproducible_with_source_date_epoch(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    library = make_library(tmp_path / "lib", 2)
    a = build(library, keys, tmp_path / "a.accordpack")
    b = build(library, keys, tmp_path / "b.accordpack")
    assert a.read_bytes() == b.read_bytes()


def test_build_refuses_library_with_check_errors(tmp_path: Path, keys: Keys) -> None:
    library = make_library(tmp_path / "lib", 2)
    (library / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"1 error\(s\).*broken\.md"):
        build(library, keys, tmp_path / "p.accordpack")
    assert not (tmp_path / "p.accordpack").exists()


def test_build_rejects_bad_id_and_version(tmp_path: Path, keys: Keys) -> None:
    library = make_library(tmp_path / "lib", 1)
    with pytest.raises(PackError, match="pack id"):
        build_pack(library, keys.private, "Bad Id", "1.0.0", tmp_path / "p.accordpack")
    with pytest.raises(PackError, match="version"):
        build_pack(library, keys.private, "core", "v1", tmp_path / "p.accordpack")


def test_tampered_byte_anywhere_fails_verification(tmp_path: Path, keys: Keys) -> None:
    """Flip every byte of a small pack in turn: each flip must be caught."""
    library = tmp_path / "lib"
    (library / "a").mkdir(parents=True)
    (library / "a" / "one.md").write_text(doc_text("One", "x" * 300), encoding="utf-8")
    (library / "two.md").write_text(doc_text("Two", "short"), encoding="utf-8")
    pack = build(library, keys, tmp_path / "p.accordpack")
    original = pack.read_bytes()
    bad = tmp_path / "bad.accordpack"
    for offset in range(len(original)):
        data = bytearray(original)
        data[offset] ^= 0x01
        bad.write_bytes(bytes(data))
        try:
            verify_pack(bad, keys.trusted)
        except PackError as exc:
            assert exc.message  # a sentence, not a traceback
        else:
            pytest.fail(f"a flipped bit at byte {offset} of {len(original)} went unnoticed")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("content/../evil.md", "unsafe"),
        ("../evil.md", "unsafe"),
        ("/etc/evil.md", "absolute"),
        ("C:/evil.md", "drive letter"),
        ("content/C:evil.md", "':'"),
        ("content\\..\\evil.md", "backslash"),
    ],
)
def test_escaping_member_paths_are_refused(
    tmp_path: Path, keys: Keys, name: str, reason: str
) -> None:
    pack = forge(tmp_path / "p.accordpack", keys, {"content/ok.md": GOOD, name: GOOD})
    with pytest.raises(PackError, match=reason) as info:
        verify_pack(pack, keys.trusted)
    assert info.value.member == name
    assert "p.accordpack" in info.value.message


def _rewrite_attr(data: bytes, name: bytes, attr: int) -> bytes:
    """Set the external attributes of ``name`` in the central directory."""
    pos = data.index(b"PK\x01\x02" + b"\x14\x03")  # first central entry
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == name:
            return data[: pos + 38] + struct.pack("<L", attr) + data[pos + 42 :]
        pos = data.find(b"PK\x01\x02", pos + 46)
    raise AssertionError("member not found")


def test_symlink_member_is_refused(tmp_path: Path, keys: Keys) -> None:
    pack = forge(tmp_path / "p.accordpack", keys, {"content/link.md": b"/etc/passwd"})
    data = _rewrite_attr(pack.read_bytes(), b"content/link.md", 0o120777 << 16)
    pack.write_bytes(data)
    with pytest.raises(PackError, match="symbolic link"):
        verify_pack(pack, keys.trusted)


def test_symlink_made_by_zipfile_is_refused(tmp_path: Path, keys: Keys) -> None:
    pack = tmp_path / "p.accordpack"
    with zipfile.ZipFile(pack, "w") as zf:
        info = zipfile.ZipInfo("content/link.md")
        info.external_attr = 0o120777 << 16
        zf.writestr(info, "/etc/passwd")
        zf.writestr("manifest.json", "{}")
    with pytest.raises(PackError, match="symbolic link"):
        verify_pack(pack, keys.trusted)


def _bomb_member(size: int) -> tuple[bytes, bytes]:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1024 * 1024)
    packed = b"".join(co.compress(chunk) for _ in range(size // len(chunk))) + co.flush()
    return packed, b""


def _write_raw_member(buf: io.BytesIO, name: str, packed: bytes, size: int, crc: int) -> bytes:
    raw_name = name.encode()
    offset = buf.tell()
    buf.write(
        struct.pack(
            "<4s2B4HL2L2H",
            b"PK\x03\x04",
            20,
            0,
            0x800,
            8,
            0,
            33,
            crc,
            len(packed),
            size,
            len(raw_name),
            0,
        )
        + raw_name
        + packed
    )
    return (
        struct.pack(
            "<4s4B4HL2L5H2L",
            b"PK\x01\x02",
            20,
            3,
            20,
            0,
            0x800,
            8,
            0,
            33,
            crc,
            len(packed),
            size,
            len(raw_name),
            0,
            0,
            0,
            0,
            EXTERNAL_ATTR,
            offset,
        )
        + raw_name
    )


def test_zip_bomb_is_refused_before_decompressing(tmp_path: Path, keys: Keys) -> None:
    # 200 MB of zeros deflate to ~200 KB: far beyond the ratio limit.
    packed, _ = _bomb_member(200 * 1024 * 1024)
    buf = io.BytesIO()
    central = _write_raw_member(buf, "content/bomb.md", packed, 200 * 1024 * 1024, 0)
    start = buf.tell()
    buf.write(central)
    buf.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), start, 0))
    pack = tmp_path / "bomb.accordpack"
    pack.write_bytes(buf.getvalue())
    with pytest.raises(PackError, match="zip bomb"):
        verify_pack(pack, keys.trusted)


def test_size_limits_are_enforced(tmp_path: Path, keys: Keys) -> None:
    big = b"a" * 5000
    pack = forge(tmp_path / "p.accordpack", keys, {"content/a.md": big, "content/b.md": big})
    with pytest.raises(PackError, match="unpack to more than"):
        verify_pack(pack, keys.trusted, limits=Limits(max_total_bytes=8000))
    with pytest.raises(PackError, match="limit"):
        verify_pack(pack, keys.trusted, limits=Limits(max_member_bytes=4000))
    with pytest.raises(PackError, match="fold"):
        verify_pack(pack, keys.trusted, limits=Limits(max_ratio=2, ratio_exempt_bytes=100))
    with pytest.raises(PackError, match="holds 4 files"):
        verify_pack(pack, keys.trusted, limits=Limits(max_members=3))
    with pytest.raises(PackError, match="MB"):
        verify_pack(pack, keys.trusted, limits=Limits(max_pack_bytes=100))


def test_lying_size_header_cannot_expand(tmp_path: Path, keys: Keys) -> None:
    """A header that declares 10 bytes for data that inflates to 1 MB stops at 10."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = co.compress(b"\0" * (1024 * 1024)) + co.flush()
    buf = io.BytesIO()
    central = _write_raw_member(buf, "content/a.md", packed, 10, 0)
    start = buf.tell()
    buf.write(central)
    buf.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), start, 0))
    pack = tmp_path / "lie.accordpack"
    pack.write_bytes(buf.getvalue())
    from desktop.core.packs.archive import read_directory, stream_member

    with open(pack, "rb") as f:
        (member,) = read_directory(f, pack, Limits())
        with pytest.raises(PackError, match="more than its declared"):
            stream_member(f, member)


@pytest.mark.parametrize("keep", [0, 10, 100, 1000, -22, -1])
def test_truncated_pack_is_refused(tmp_path: Path, keys: Keys, keep: int) -> None:
    library = make_library(tmp_path / "lib", 3)
    pack = build(library, keys, tmp_path / "p.accordpack")
    data = pack.read_bytes()
    cut = tmp_path / "cut.accordpack"
    cut.write_bytes(data[:keep] if keep >= 0 else data[: len(data) + keep])
    with pytest.raises(PackError, match=r"not a complete Accord pack|cut short|copy it again"):
        verify_pack(cut, keys.trusted)


def test_wrong_signature_is_refused(tmp_path: Path, keys: Keys, other_keys: Keys) -> None:
    import base64

    from desktop.core.packs.format import canonical_json
    from desktop.core.packs.keys import load_private_key, sign_bytes

    def forged(manifest: bytes) -> bytes:
        # Claims the trusted key's id, but another key made the signature.
        signature = sign_bytes(load_private_key(other_keys.private), manifest)
        return canonical_json(
            {
                "algorithm": "ed25519",
                "key_id": keys.public.key_id,
                "signature": base64.b64encode(signature).decode(),
            }
        )

    pack = forge(tmp_path / "p.accordpack", keys, {"content/a.md": GOOD}, sign=forged)
    with pytest.raises(PackError, match=r"signature of p.accordpack does not match"):
        verify_pack(pack, keys.trusted)


def test_unknown_key_is_refused_with_the_fix(tmp_path: Path, keys: Keys, other_keys: Keys) -> None:
    pack = forge(tmp_path / "p.accordpack", other_keys, {"content/a.md": GOOD})
    with pytest.raises(PackError, match="unknown key") as info:
        verify_pack(pack, keys.trusted)
    # The fix is the front end's, by code: the CLI's text still names the command.
    assert info.value.code == "pack.unknown-key"
    assert "accord pack trust add" in explain(info.value)


def test_extra_member_not_in_manifest_is_refused(tmp_path: Path, keys: Keys) -> None:
    pack = forge(
        tmp_path / "p.accordpack",
        keys,
        {"content/a.md": GOOD, "content/extra.md": GOOD},
        listed={"a.md": GOOD},
    )
    with pytest.raises(PackError, match=r"'content/extra.md', which its manifest does not list"):
        verify_pack(pack, keys.trusted)


def test_missing_member_is_refused(tmp_path: Path, keys: Keys) -> None:
    pack = forge(
        tmp_path / "p.accordpack",
        keys,
        {"content/a.md": GOOD},
        listed={"a.md": GOOD, "gone.md": GOOD},
    )
    with pytest.raises(PackError, match=r"lists 'content/gone.md', but the pack does not"):
        verify_pack(pack, keys.trusted)


def test_changed_byte_with_valid_signature_is_refused(tmp_path: Path, keys: Keys) -> None:
    """The manifest (validly signed) says one thing, the member holds another."""

    def tweak(name: str, data: bytes) -> bytes:
        return data.replace(b"Fine", b"Fire") if name == "content/a.md" else data

    pack = forge(tmp_path / "p.accordpack", keys, {"content/a.md": GOOD}, tweak=tweak)
    with pytest.raises(PackError, match="does not match its SHA-256"):
        verify_pack(pack, keys.trusted)


def test_pack_for_newer_app_is_refused(tmp_path: Path, keys: Keys) -> None:
    pack = forge(tmp_path / "p.accordpack", keys, {"content/a.md": GOOD}, min_app_version="99.0")
    with pytest.raises(PackError, match=r"needs Accord 99\.0 or newer.*Update the app"):
        verify_pack(pack, keys.trusted)


def test_zip_made_by_another_tool_is_refused(tmp_path: Path, keys: Keys) -> None:
    good = forge(tmp_path / "good.accordpack", keys, {"content/a.md": GOOD})
    other = tmp_path / "other.accordpack"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(other, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    with pytest.raises(PackError, match="zip settings"):
        verify_pack(other, keys.trusted)


def test_duplicate_member_names_are_refused(tmp_path: Path, keys: Keys) -> None:
    buf = io.BytesIO()
    writer = PackZipWriter(buf)
    writer.add("content/a.md", GOOD)
    writer._names.clear()  # the writer refuses duplicates; forge one on purpose
    writer.add("content/A.md", GOOD)
    writer.finish()
    pack = tmp_path / "dup.accordpack"
    pack.write_bytes(buf.getvalue())
    with pytest.raises(PackError, match="twice"):
        verify_pack(pack, keys.trusted)


def test_random_garbage_never_crashes(tmp_path: Path, keys: Keys) -> None:
    rng = random.Random(5)
    pack = tmp_path / "junk.accordpack"
    for n in range(200):
        size = rng.randint(0, 400)
        data = bytes(rng.getrandbits(8) for _ in range(size))
        if n % 3 == 0:
            data += b"PK\x05\x06" + bytes(18)
        pack.write_bytes(data)
        with pytest.raises(PackError):
            verify_pack(pack, keys.trusted)
