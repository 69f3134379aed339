"""The hostile packs: each with what must happen when it is installed (the table the tests
read). ``refused``: a PackError with ``words`` in its message and the data folder byte for
byte as before. ``handled``: installed; its bad documents become problems of their own.

Every pack is correctly signed by a trusted key unless the case is about the signature,
so the checks after the signature are what each case exercises.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.packs.keys import generate_keypair
from tests.hostile import builders as b
from tests.hostile.builders import doc


@dataclass
class Keys:
    """The trusted publisher's key and a stranger's, on disk."""

    trusted: Path
    stranger: Path

    @classmethod
    def make(cls, folder: Path) -> Keys:
        folder.mkdir(parents=True, exist_ok=True)
        keys = cls(folder / "publisher.key", folder / "stranger.key")
        for path in (keys.trusted, keys.stranger):
            if not path.exists():
                generate_keypair(path, path.stem)
        return keys


Build = Callable[[Path, Keys], Path]


@dataclass(frozen=True)
class PackCase:
    """One hostile pack file and what installing it must do."""

    name: str
    build: Build
    expect: str  # "refused" or "handled"
    words: str = ""
    documents: tuple[str, ...] = ()  # handled: ids that must be in the library after
    problems: tuple[str, ...] = ()  # handled: files that must be listed as problems
    platforms: tuple[str, ...] = field(default=("linux", "darwin", "win32"))


def _out(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.accordpack"


def _content(name: str, content: dict[str, bytes], **manifest: object) -> Build:
    def build(folder: Path, keys: Keys) -> Path:
        return b.content_pack(
            _out(folder, name), keys.trusted, content, pack_id=name, manifest=dict(manifest) or None
        )

    return build


def _raw(
    name: str,
    manifest: bytes,
    members: dict[str, bytes] | None = None,
    signature: bytes | None = None,
) -> Build:
    def build(folder: Path, keys: Keys) -> Path:
        return b.signed_pack(
            _out(folder, name), keys.trusted, manifest, members or {}, signature=signature
        )

    return build


def _entry(path: str) -> dict[str, object]:
    return {
        "path": path,
        "size": 1,
        "sha256": "0" * 64,
        "packed_size": 1,
        "packed_sha256": "0" * 64,
    }


def _listing(name: str, *paths: str) -> Build:
    """A pack whose manifest lists ``paths`` (with junk hashes: the path is refused first)."""
    return _content(name, {}, files=[_entry(p) for p in paths])


def _tampered(name: str, change: Callable[[bytes], bytes]) -> Build:
    def build(folder: Path, keys: Keys) -> Path:
        good = b.content_pack(
            _out(folder, name), keys.trusted, {"x/a.md": doc("A", "a" * 400)}, pack_id=name
        )
        good.write_bytes(change(good.read_bytes()))
        return good

    return build


def _signed_by_stranger(name: str) -> Build:
    def build(folder: Path, keys: Keys) -> Path:
        return b.content_pack(_out(folder, name), keys.stranger, {"x/a.md": doc()}, pack_id=name)

    return build


def _special(name: str, make: Callable[[Path], None]) -> Build:
    def build(folder: Path, _keys: Keys) -> Path:
        path = _out(folder, name)
        make(path)
        return path

    return build


def _members(name: str, listed: dict[str, bytes], stored: dict[str, bytes]) -> Build:
    """A signed manifest listing ``listed`` while the zip holds ``stored``."""

    def build(folder: Path, keys: Keys) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        probe = b.content_pack(folder / f".{name}.probe", keys.trusted, listed, pack_id=name)
        from desktop.core.packs.verify import read_manifest_unverified

        manifest = read_manifest_unverified(probe).to_bytes()
        probe.unlink()
        members = {f"content/{path}": data for path, data in stored.items()}
        return b.signed_pack(_out(folder, name), keys.trusted, manifest, members)

    return build


def _nested(depth: int) -> bytes:
    return ('{"a":' + b.nested_json(depth) + "}\n").encode()


def _deep_dict(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


NFC, NFD = unicodedata.normalize("NFC", "café.md"), unicodedata.normalize("NFD", "café.md")
SIG_OF_NOTHING = b'{"algorithm":"ed25519","key_id":"x","signature":"' + b"A" * 88 + b'"}\n'

CASES: list[PackCase] = [
    # --- good packs, some with hostile documents inside: installed, bad files are problems
    PackCase(
        "good-a", _content("good-a", {"a/one.md": doc("One")}), "handled", documents=("a/one",)
    ),
    PackCase(
        "good-b-bad-date",
        _content(
            "good-b-bad-date",
            {"b/date.md": doc("Date", extra="reviewed: 2026-02-30\n"), "b/ok.md": doc("Ok")},
        ),
        "handled",
        documents=("b/ok",),
        problems=("b/date.md",),
    ),
    PackCase(
        "good-c-bombs",
        _content(
            "good-c-bombs",
            {
                "c/laughs.md": (
                    "---\ntitle: L\na: &a [1,1,1,1,1,1,1,1,1]\n"
                    + "".join(
                        f"a{i}: &a{i} [" + ",".join(["*a" if i == 0 else f"*a{i - 1}"] * 9) + "]\n"
                        for i in range(8)
                    )
                    + "---\nx\n"
                ).encode(),
                "c/deep.md": doc("Deep", "*" * 5000 + "x" + "*" * 5000),
                "c/ok.md": doc("Fine"),
            },
        ),
        "handled",
        documents=("c/ok", "c/deep"),
        problems=("c/laughs.md",),
    ),
    # --- the manifest ---------------------------------------------------------------------
    PackCase(
        "manifest-nested-100k",
        _raw("manifest-nested-100k", _nested(100_000)),
        "refused",
        "nests its values",
    ),
    PackCase(
        "manifest-nested-extra",
        _content("manifest-nested-extra", {"x/a.md": doc()}, extra=_deep_dict(20)),
        "refused",
        "nests its values",
    ),
    PackCase(
        "manifest-not-json", _raw("manifest-not-json", b"not json\n"), "refused", "not valid JSON"
    ),
    PackCase(
        "manifest-not-canonical",
        _raw("manifest-not-canonical", b'{ "format": "accordpack/1" }\n'),
        "refused",
        "canonical",
    ),
    PackCase("manifest-nan", _raw("manifest-nan", b'{"documents":NaN}\n'), "refused", "NaN"),
    PackCase(
        "manifest-huge-number",
        _content("manifest-huge-number", {"x/a.md": doc()}, documents=10**150),
        "refused",
        "digits",
    ),
    PackCase("manifest-a-list", _raw("manifest-a-list", b"[]\n"), "refused", "JSON object"),
    PackCase(
        "manifest-documents-text",
        _content("manifest-documents-text", {"x/a.md": doc()}, documents="many"),
        "refused",
        "whole number",
    ),
    PackCase(
        "manifest-created-feb-30",
        _content("manifest-created-feb-30", {"x/a.md": doc()}, created="2026-02-30T00:00:00Z"),
        "refused",
        "not a date",
    ),
    PackCase(
        "manifest-version-bad",
        _content("manifest-version-bad", {"x/a.md": doc()}, version="v1"),
        "refused",
        "not a version",
    ),
    PackCase(
        "manifest-id-bad",
        _content("manifest-id-bad", {"x/a.md": doc()}, id="Bad Id"),
        "refused",
        "kebab-case",
    ),
    PackCase(
        "manifest-newer-app",
        _content("manifest-newer-app", {"x/a.md": doc()}, min_app_version="99.0.0"),
        "refused",
        "needs Accord 99.0.0",
    ),
    PackCase(
        "manifest-other-format",
        _content("manifest-other-format", {"x/a.md": doc()}, format="accordpack/9"),
        "refused",
        "format",
    ),
    PackCase(
        "manifest-languages",
        _content("manifest-languages", {"x/a.md": doc()}, languages=["../x"]),
        "refused",
        "BCP 47",
    ),
    # --- member names -------------------------------------------------------------------
    PackCase("path-traversal", _listing("path-traversal", "../evil.md"), "refused", "unsafe"),
    PackCase("path-absolute", _listing("path-absolute", "/etc/evil.md"), "refused", "absolute"),
    PackCase("path-backslash", _listing("path-backslash", "a\\b.md"), "refused", "backslash"),
    PackCase("path-reserved", _listing("path-reserved", "con.md"), "refused", "reserves"),
    PackCase("path-hidden", _listing("path-hidden", ".obsidian/x.md"), "refused", "hidden"),
    PackCase("path-control", _listing("path-control", "a\x01.md"), "refused", "control"),
    PackCase("path-drive", _listing("path-drive", "C:/x.md"), "refused", "drive letter"),
    PackCase(
        "names-nfc-nfd",
        _content("names-nfc-nfd", {NFC: doc("A"), NFD: doc("B")}),
        "refused",
        "accented letter",
    ),
    PackCase(
        "names-case",
        _content("names-case", {"Read.md": doc("A"), "READ.md": doc("B")}),
        "refused",
        "twice",
    ),
    PackCase(
        "names-nfd-case",
        _content(
            "names-nfd-case", {NFC: doc("A"), unicodedata.normalize("NFD", "CAFÉ.md"): doc("B")}
        ),
        "refused",
        "differ only in case",
    ),
    # --- the signature ------------------------------------------------------------------
    PackCase(
        "sig-nested",
        _raw("sig-nested", json.dumps({"format": "x"}).encode() + b"\n", signature=_nested(1500)),
        "refused",
        "malformed",
    ),
    PackCase(
        "sig-nested-large",
        _raw("sig-nested-large", b"{}\n", signature=_nested(100_000)),
        "refused",
        "manifest.sig",
    ),
    PackCase(
        "sig-not-json", _raw("sig-not-json", b"{}\n", signature=b"junk"), "refused", "malformed"
    ),
    PackCase(
        "sig-of-nothing",
        _raw("sig-of-nothing", b"{}\n", signature=SIG_OF_NOTHING),
        "refused",
        "signature",
    ),
    PackCase("sig-stranger", _signed_by_stranger("sig-stranger"), "refused", "key"),
    # --- members against the manifest ---------------------------------------------------
    PackCase(
        "member-missing", _members("member-missing", {"x/a.md": doc()}, {}), "refused", "x/a.md"
    ),
    PackCase(
        "member-extra",
        _members("member-extra", {"x/a.md": doc()}, {"x/a.md": doc(), "x/evil.md": doc("Evil")}),
        "refused",
        "evil.md",
    ),
    PackCase(
        "member-changed",
        _members("member-changed", {"x/a.md": doc()}, {"x/a.md": doc("Changed")}),
        "refused",
        "x/a.md",
    ),
    PackCase(
        "zip-bomb",
        _content("zip-bomb", {"x/bomb.md": b"\0" * (40 * 1024 * 1024)}),
        "refused",
        "zip bomb",
    ),
    # --- the file itself ----------------------------------------------------------------
    PackCase(
        "truncated", _tampered("truncated", lambda d: d[: len(d) // 2]), "refused", "not a complete"
    ),
    PackCase(
        "flipped-byte",
        _tampered("flipped-byte", lambda d: d[:200] + bytes([d[200] ^ 1]) + d[201:]),
        "refused",
        "flipped-byte",
    ),
    PackCase(
        "empty-file", _special("empty-file", lambda p: p.write_bytes(b"")), "refused", "too small"
    ),
    PackCase(
        "junk-file",
        _special("junk-file", lambda p: p.write_bytes(b"PK\3\4" + b"x" * 99)),
        "refused",
        "not a complete",
    ),
    PackCase(
        "fifo",
        _special("fifo", lambda p: os.mkfifo(p)),
        "refused",
        "not a regular file",
        platforms=("linux", "darwin"),
    ),
    PackCase(
        "folder-named-pack", _special("folder-named-pack", lambda p: p.mkdir()), "refused", "folder"
    ),
]


def cases_here() -> list[PackCase]:
    """The cases this platform can build (no FIFOs on Windows)."""
    here = "linux" if sys.platform.startswith("linux") else sys.platform
    return [c for c in CASES if here in c.platforms]


def snapshot(data: Path) -> dict[str, str]:
    """Every file of the data folder with its hash (the install lock aside)."""
    import hashlib

    return {
        p.relative_to(data).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def install_outcome(
    case: PackCase, folder: Path, keys: Keys, data: Path, bundled: Path
) -> tuple[str, str]:
    """("refused" | "handled" | "failed", why) for installing ``case`` into ``data``."""
    from desktop.commands.common import explain
    from desktop.core.packs.errors import PackError
    from desktop.core.packs.install import install_pack
    from desktop.core.packs.keys import load_public_key

    trusted = [load_public_key(Path(f"{keys.trusted}.pub"))]
    try:
        path = case.build(folder, keys)
    except Exception as exc:  # the builder itself: a broken test, not a refusal
        return "failed", f"could not build: {type(exc).__name__}: {exc}"
    before = snapshot(data)
    try:
        install_pack(path, data, bundled=bundled, trusted=trusted, update_index=False)
    except PackError as exc:
        if snapshot(data) != before:
            return "failed", f"refused ({exc}) but the data folder changed"
        return "refused", explain(exc)
    except Exception as exc:
        return "failed", f"{type(exc).__name__}: {exc}"
    return _installed(case, data, bundled)


def _installed(case: PackCase, data: Path, bundled: Path) -> tuple[str, str]:
    from desktop.core.library.combined import load_library_set

    library = load_library_set(bundled, data).library
    missing = [d for d in case.documents if d not in library.documents]
    if missing:
        return "failed", f"installed, but {missing} not in the library"
    listed = {p.file for p in library.errors()}
    unlisted = [f for f in case.problems if f"[{case.name}] {f}" not in listed]
    if unlisted:
        return "failed", f"installed, but no problem lists {unlisted}"
    return "handled", f"installed; problems: {sorted(listed)}"
