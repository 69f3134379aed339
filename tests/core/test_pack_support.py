"""Helpers shared by the pack tests: keys, small libraries, forged packs, snapshots.

(Named ``test_pack_*`` to sit with the pack tests; it defines fixtures, not tests.)
"""

from __future__ import annotations

import hashlib
import io
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.packs.archive import PackZipWriter
from desktop.core.packs.build import build_pack
from desktop.core.packs.format import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    sha256_hex,
)
from desktop.core.packs.keys import (
    PublicKey,
    generate_keypair,
    load_private_key,
    load_public_key,
    sign_manifest,
)


class Keys:
    """A test signing key pair on disk."""

    def __init__(self, folder: Path, name: str = "test") -> None:
        self.private = folder / f"{name}.key"
        self.public_path = folder / f"{name}.key.pub"
        generate_keypair(self.private, f"{name} publisher")
        self.public: PublicKey = load_public_key(self.public_path)

    @property
    def trusted(self) -> list[PublicKey]:
        return [self.public]


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    folder = tmp_path / "keys"
    folder.mkdir()
    return Keys(folder)


@pytest.fixture
def other_keys(tmp_path: Path) -> Keys:
    folder = tmp_path / "other-keys"
    folder.mkdir()
    return Keys(folder, "other")


def doc_text(title: str, body: str = "", doc_type: str = "guide", extra: str = "") -> str:
    return f"---\ntitle: {title}\ntype: {doc_type}\n{extra}---\n# {title}\n\n{body}\n"


CHECKLIST = textwrap.dedent(
    """\
    ---
    title: Readiness checklist
    type: checklist
    version: {version}
    sections:
      - id: ethics
        title: Ethics
        component: ethics
        items:
    {items}
    ---
    # Readiness checklist
    """
)


def checklist_text(version: str, items: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"      - id: {i}\n        ask: {a}" for i, a in items)
    return CHECKLIST.format(version=version, items=lines)


def make_library(root: Path, n: int = 5, word: str = "alpha", prefix: str = "docs") -> Path:
    """``n`` guides plus one checklist under ``root``."""
    for i in range(n):
        path = root / prefix / f"doc-{i:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            doc_text(f"Document {i}", f"The {word} text of document {i}. Governance matters."),
            encoding="utf-8",
        )
    path = root / "checklists" / f"{prefix}-readiness.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        checklist_text("1.0.0", [("ETH-1", "Are there principles?"), ("ETH-2", "Used?")]),
        encoding="utf-8",
    )
    return root


def build(
    library: Path, keys: Keys, out: Path, pack_id: str = "core", version: str = "1.0.0", **kw
) -> Path:
    build_pack(library, keys.private, pack_id, version, out, **kw)
    return out


def forge(
    out: Path,
    keys: Keys,
    members: dict[str, bytes],
    *,
    listed: dict[str, bytes] | None = None,
    pack_id: str = "core",
    version: str = "1.0.0",
    min_app_version: str = "0.0.1",
    tweak: Callable[[str, bytes], bytes] | None = None,
    sign: Callable[[bytes], bytes] | None = None,
) -> Path:
    """A canonical, correctly signed pack whose manifest lists ``listed`` (default: the
    ``content/`` members) and whose zip holds ``members``: the signature is fine, so the
    checks after it are what a test exercises."""
    listed = (
        listed
        if listed is not None
        else {
            name[len(CONTENT_PREFIX) :]: data
            for name, data in members.items()
            if name.startswith(CONTENT_PREFIX)
        }
    )
    buf = io.BytesIO()
    writer = PackZipWriter(buf)
    packed: dict[str, tuple[int, str]] = {}
    for name, data in members.items():
        packed[name] = writer.add(name, tweak(name, data) if tweak else data)
    entries = []
    for path, data in listed.items():
        psize, psha = packed.get(CONTENT_PREFIX + path, (0, "0" * 64))
        entries.append(FileEntry(path, len(data), sha256_hex(data), psize, psha))
    manifest = Manifest(
        id=pack_id,
        version=version,
        created="2026-01-01T00:00:00Z",
        min_app_version=min_app_version,
        files=tuple(entries),
        documents=len(entries),
    )
    raw = manifest.to_bytes()
    private = load_private_key(keys.private)
    writer.add(MANIFEST_NAME, raw, compress=False)
    signature = sign(raw) if sign is not None else sign_manifest(private, raw)
    writer.add(SIGNATURE_NAME, signature, compress=False)
    writer.finish()
    out.write_bytes(buf.getvalue())
    return out


def snapshot(data: Path) -> dict[str, str]:
    """Every file of the installed packs and the index, with its hash (the lock and the
    bundled-library cache excepted)."""
    out = {}
    for folder in (data / "packs", data / "index"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(data).as_posix()
            if path.is_file() and not rel.startswith(("packs/.lock", "packs/.bundled")):
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out
