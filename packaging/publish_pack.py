"""Publish a content release in one step: a full pack, a delta from the previous full
pack, and the ``packs.json`` list a hub serves (``docs/packs.md``).

    python packaging/publish_pack.py --library content --key body.key --id core \\
        --version 1.2.0 --out releases/ [--previous releases/core-1.1.0.accordpack]

The private key never needs to leave the publishing machine; ``releases/`` can be copied
to the hub or to USB sticks as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from desktop.commands.common import explain
from desktop.core.packs.build import build_pack
from desktop.core.packs.format import PACK_SUFFIX, PackError
from desktop.core.packs.verify import read_manifest_unverified

LIST_NAME = "packs.json"
LIST_FORMAT = "accord-pack-list/1"


def pack_list(folder: Path) -> dict[str, object]:
    """The hub's list of every pack file in ``folder`` (id, version, size, hash, base)."""
    packs = []
    for path in sorted(folder.glob(f"*{PACK_SUFFIX}")):
        manifest = read_manifest_unverified(path)
        packs.append(
            {
                "id": manifest.id,
                "version": manifest.version,
                "file": path.name,
                "size": path.stat().st_size,
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "delta_from": manifest.delta.base_version if manifest.delta else None,
            }
        )
    return {"format": LIST_FORMAT, "packs": packs}


def publish(
    library: Path,
    key: Path,
    pack_id: str,
    version: str,
    out: Path,
    previous: Path | None = None,
    with_index: bool = False,
) -> list[Path]:
    """Build the release files into ``out``; returns the pack files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [
        build_pack(
            library,
            key,
            pack_id,
            version,
            out / f"{pack_id}-{version}{PACK_SUFFIX}",
            with_index=with_index,
        ).path
    ]
    if previous is not None:
        base = read_manifest_unverified(previous)
        name = f"{pack_id}-{version}-delta-from-{base.version}{PACK_SUFFIX}"
        written.append(build_pack(library, key, pack_id, version, out / name, base=previous).path)
    (out / LIST_NAME).write_text(json.dumps(pack_list(out), indent=2) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--key", type=Path, required=True)
    parser.add_argument("--id", required=True, dest="pack_id")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--previous", type=Path, help="the previous full pack (for a delta)")
    parser.add_argument("--with-index", action="store_true")
    args = parser.parse_args(argv)
    try:
        files = publish(
            args.library,
            args.key,
            args.pack_id,
            args.version,
            args.out,
            args.previous,
            args.with_index,
        )
    except PackError as exc:
        print(f"publish_pack: {explain(exc)}", file=sys.stderr)
        return 1
    for path in files:
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    print(f"wrote {args.out / LIST_NAME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
