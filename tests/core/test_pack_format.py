"""The pack format's pure parts: safe paths, versions, canonical manifests, key files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.core.library.versions import compare_versions
from desktop.core.packs.format import (
    Manifest,
    PackError,
    canonical_json,
    case_collisions,
    listing_digest,
    parse_manifest,
    path_problem,
)
from desktop.core.packs.keys import (
    add_trusted_key,
    bundled_keys_dir,
    generate_keypair,
    load_public_key,
    parse_public_key,
    remove_trusted_key,
    trusted_keys,
)


@pytest.mark.parametrize(
    "path",
    [
        "../evil.md",
        "docs/../../evil.md",
        "/etc/passwd",
        "\\windows\\evil.md",
        "C:/evil.md",
        "c:evil.md",
        "docs\\evil.md",
        "docs/./a.md",
        "docs//a.md",
        "docs/a.md:stream",
        ".obsidian/x.md",
        "docs/CON.md",
        "docs/nul",
        "docs/a.md.",
        "docs/a ",
        "docs/a\x00.md",
        "docs/a?.md",
        "",
    ],
)
def test_unsafe_paths_are_refused(path: str) -> None:
    assert path_problem(path) is not None


@pytest.mark.parametrize("path", ["a.md", "standards/secure-by-design.md", "fr/sécurité.md"])
def test_safe_paths_pass(path: str) -> None:
    assert path_problem(path) is None


def test_case_collisions_are_found() -> None:
    assert case_collisions(["a/B.md", "a/b.md", "c.md"]) == [("a/B.md", "a/b.md")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("1.0.0", "1.0.0", 0),
        ("1.2", "1.2.0", 0),
        ("1.10.0", "1.9.3", 1),
        ("2.0.0-rc.1", "2.0.0", -1),
        ("2.0.0-rc.2", "2.0.0-rc.10", -1),
        ("0.9", "1.0", -1),
    ],
)
def test_versions_compare_numerically(a: str, b: str, expected: int) -> None:
    assert compare_versions(a, b) == expected


def test_bad_version_raises() -> None:
    with pytest.raises(ValueError):
        compare_versions("one", "1.0")


def _manifest() -> Manifest:
    return Manifest(
        id="core",
        version="1.0.0",
        created="2026-01-01T00:00:00Z",
        min_app_version="0.1.0",
        files=(),
    )


def test_manifest_round_trips_and_must_be_canonical() -> None:
    raw = _manifest().to_bytes()
    assert parse_manifest(raw).id == "core"
    spaced = raw.replace(b'"id":"core"', b'"id": "core"')
    with pytest.raises(PackError, match="canonical"):
        parse_manifest(spaced)


def test_manifest_with_unsafe_path_is_refused() -> None:
    data = _manifest().as_json()
    data["files"] = [
        {
            "path": "../x.md",
            "size": 1,
            "sha256": "0" * 64,
            "packed_size": 1,
            "packed_sha256": "0" * 64,
        }
    ]
    with pytest.raises(PackError, match="unsafe path"):
        parse_manifest(canonical_json(data))


def test_manifest_field_errors_name_the_field() -> None:
    data = _manifest().as_json()
    del data["version"]
    with pytest.raises(PackError, match="'version'"):
        parse_manifest(canonical_json(data))
    data = _manifest().as_json()
    data["format"] = "accordpack/99"
    with pytest.raises(PackError, match="format"):
        parse_manifest(canonical_json(data))


def test_listing_digest_depends_on_every_part() -> None:
    base = {"a.md": ("0" * 64, 1)}
    assert listing_digest(base) != listing_digest({"b.md": ("0" * 64, 1)})
    assert listing_digest(base) != listing_digest({"a.md": ("1" * 64, 1)})
    assert listing_digest(base) != listing_digest({"a.md": ("0" * 64, 2)})


def test_keygen_writes_private_key_0600_and_public_line(tmp_path: Path) -> None:
    public = generate_keypair(tmp_path / "k", "Tester")
    mode = stat.S_IMODE(os.stat(tmp_path / "k").st_mode)
    if os.name != "nt":
        assert mode == 0o600
    line = (tmp_path / "k.pub").read_text()
    assert line.startswith("accord-ed25519 ") and line.rstrip().endswith("Tester")
    assert load_public_key(tmp_path / "k.pub").key_id == public.key_id
    with pytest.raises(PackError, match="already exists"):
        generate_keypair(tmp_path / "k")


def test_bad_public_key_files_are_explained(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        parse_public_key("ssh-ed25519 AAAA")
    (tmp_path / "x.pub").write_text("accord-ed25519 not-base64!!")
    with pytest.raises(PackError, match="not an Accord public key"):
        load_public_key(tmp_path / "x.pub")


def test_shipped_key_is_trusted_and_user_keys_are_added_explicitly(tmp_path: Path) -> None:
    shipped = list(bundled_keys_dir().glob("*.pub"))
    assert shipped, "the coordinating body's public key must ship in packaging/keys"
    ids = {k.key_id for k in trusted_keys(tmp_path)}
    assert load_public_key(shipped[0]).key_id in ids
    extra = generate_keypair(tmp_path / "extra", "Partner")
    assert extra.key_id not in ids
    add_trusted_key(tmp_path, extra)
    assert extra.key_id in {k.key_id for k in trusted_keys(tmp_path)}
    assert remove_trusted_key(tmp_path, extra.key_id)
    assert extra.key_id not in {k.key_id for k in trusted_keys(tmp_path)}


def test_no_private_key_is_committed() -> None:
    keys = bundled_keys_dir()
    for path in keys.iterdir():
        assert b"PRIVATE KEY" not in path.read_bytes(), path
