"""Content pack commands: ``accord pack keygen|build|verify|install|list|rollback|remove|
export|download|trust``.

Publisher side: keygen, build, verify. Field side: install (a file or a folder of packs),
list, rollback, remove, export (to a USB stick), download (resumable), trust.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, Context, print_json
from desktop.core.packs.format import PackError


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``accord pack …`` to the command line."""
    pack = sub.add_parser(
        "pack",
        help="build, verify and install signed content packs",
        description="Signed content packs (.accordpack): build and sign them (publishers), "
        "verify and install them (everyone). See docs/packs.md.",
    )
    psub = pack.add_subparsers(dest="pack_command", metavar="COMMAND")
    psub.required = True

    keygen = psub.add_parser("keygen", help="make a signing key pair (publishers)")
    keygen.add_argument("--out", required=True, metavar="KEYFILE", help="private key file")
    keygen.add_argument("--comment", default="", help="who the key belongs to (in the .pub)")
    keygen.add_argument("--force", action="store_true", help="replace existing key files")
    keygen.set_defaults(func=cmd_keygen)

    build = psub.add_parser(
        "build",
        help="build and sign a pack from a library folder",
        description="Check LIBRARY_DIR (refusing to build if 'accord check' finds errors), "
        "then write a signed pack. --base OLDPACK makes a delta pack with only what changed.",
    )
    build.add_argument("library_dir", metavar="LIBRARY_DIR")
    build.add_argument("--key", required=True, metavar="KEYFILE", help="private key file")
    build.add_argument("--id", required=True, dest="pack_id", help="pack id, e.g. core")
    build.add_argument("--version", required=True, dest="pack_version", help="e.g. 1.2.0")
    build.add_argument("--out", required=True, metavar="FILE", help="the .accordpack to write")
    build.add_argument("--with-index", action="store_true", help="ship a prebuilt search index")
    build.add_argument("--base", metavar="OLDPACK", help="make a delta against this full pack")
    build.add_argument("--title", default="", help="a human title for the pack")
    build.add_argument("--min-app-version", help="oldest Accord that may install it")
    build.set_defaults(func=cmd_build)

    verify = psub.add_parser("verify", help="check a pack's signature and every file")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument(
        "--trust", action="append", metavar="PUBKEY", help="also trust this .pub (repeatable)"
    )
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    install = psub.add_parser(
        "install",
        help="verify and install a pack (or every pack in a folder)",
        description="Verify the signature and every hash, then install atomically. The "
        "previous version is kept for 'accord pack rollback'.",
    )
    install.add_argument("file", metavar="FILE", help="a .accordpack, or a folder of them")
    install.add_argument(
        "--force", action="store_true", help="allow an older version or a clashing document id"
    )
    install.add_argument("--no-index", action="store_true", help="do not update the index now")
    install.add_argument("--json", action="store_true")
    install.set_defaults(func=cmd_install)

    lst = psub.add_parser("list", help="list the packs the library is made of")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    rollback = psub.add_parser("rollback", help="return a pack to its previous version")
    rollback.add_argument("pack_id", metavar="ID")
    rollback.add_argument("--json", action="store_true")
    rollback.set_defaults(func=cmd_rollback)

    remove = psub.add_parser("remove", help="uninstall a pack")
    remove.add_argument("pack_id", metavar="ID")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(func=cmd_remove)

    export = psub.add_parser("export", help="copy the installed packs to a folder or USB stick")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--id", action="append", dest="ids", metavar="ID", help="only this pack")
    export.set_defaults(func=cmd_export)

    download = psub.add_parser("download", help="download (resuming) and install a pack")
    download.add_argument("url", metavar="URL")
    download.add_argument("--force", action="store_true", help="as for install")
    download.add_argument("--json", action="store_true")
    download.set_defaults(func=cmd_download)

    trust = psub.add_parser("trust", help="manage extra trusted publisher keys")
    tsub = trust.add_subparsers(dest="trust_command", metavar="{add,list,remove}")
    tsub.required = True
    tadd = tsub.add_parser("add", help="trust packs signed by this key (.pub)")
    tadd.add_argument("pubkey", metavar="PUBKEY")
    tadd.set_defaults(func=cmd_trust_add)
    tlist = tsub.add_parser("list", help="list trusted keys")
    tlist.add_argument("--json", action="store_true")
    tlist.set_defaults(func=cmd_trust_list)
    tremove = tsub.add_parser("remove", help="stop trusting a key you added")
    tremove.add_argument("key_id", metavar="KEYID")
    tremove.set_defaults(func=cmd_trust_remove)


def _fail(exc: PackError) -> CommandError:
    return CommandError(exc.message, 1)


def _stage(text: str) -> None:
    print(f"{text}…", file=sys.stderr)


def cmd_keygen(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack keygen --out KEYFILE``."""
    from desktop.core.packs.keys import generate_keypair

    try:
        public = generate_keypair(Path(args.out), args.comment, overwrite=args.force)
    except PackError as exc:
        raise _fail(exc) from exc
    print(f"Private key: {args.out} (keep it secret and backed up; it signs packs)")
    print(f"Public key:  {args.out}.pub (key id {public.key_id}; give it to those who install)")
    return 0


def cmd_build(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack build LIBRARY_DIR --key … --id … --version … --out …``."""
    from desktop import __version__
    from desktop.core.packs.build import build_pack

    try:
        result = build_pack(
            Path(args.library_dir),
            Path(args.key),
            args.pack_id,
            args.pack_version,
            Path(args.out),
            with_index=args.with_index,
            base=Path(args.base) if args.base else None,
            title=args.title,
            min_app_version=args.min_app_version or __version__,
        )
    except PackError as exc:
        raise _fail(exc) from exc
    m = result.manifest
    kind = f"delta from {m.delta.base_version}" if m.delta else "full"
    print(
        f"Built {result.path} ({kind}): {m.id} {m.version}, {m.documents} documents, "
        f"{len(m.files)} files, {result.bytes // 1024} KB, signed by key {result.key_id}."
    )
    if m.delta:
        print(f"  {len(result.changed)} changed or added, {len(result.removed)} removed files.")
    if m.index:
        print(f"  Prebuilt search index: {len(m.index.files)} files.")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack verify FILE [--trust PUBKEY]``: exit 1 with the reason if bad."""
    from desktop.core.packs.keys import load_public_key, trusted_keys
    from desktop.core.packs.verify import verify_pack

    try:
        extra = [load_public_key(Path(p)) for p in args.trust or []]
        vp = verify_pack(Path(args.file), trusted_keys(ctx.data_dir, extra))
    except PackError as exc:
        if args.json:
            print_json({"ok": False, "error": exc.message, "member": exc.member})
        raise _fail(exc) from exc
    m = vp.manifest
    if args.json:
        print_json(
            {
                "ok": True,
                "id": m.id,
                "version": m.version,
                "title": m.title,
                "created": m.created,
                "languages": list(m.languages),
                "min_app_version": m.min_app_version,
                "documents": m.documents,
                "files": len(m.files),
                "index": m.index is not None,
                "delta_from": m.delta.base_version if m.delta else None,
                "key_id": vp.key.key_id,
                "key_comment": vp.key.comment,
            }
        )
    else:
        who = f" ({vp.key.comment})" if vp.key.comment else ""
        print(
            f"OK: {Path(args.file).name} is {m.id} {m.version}, signed by key "
            f"{vp.key.key_id}{who}; all {len(vp.members)} members match the manifest."
        )
    return 0


def _print_result(result: object) -> None:
    from desktop.core.packs.install import InstallResult

    assert isinstance(result, InstallResult)
    print(result.summary())
    for label, items in (
        ("new", result.changes.added),
        ("updated", result.changes.updated),
        ("removed", result.changes.removed),
    ):
        for change in items[:20]:
            print(f"  {label:8} {change.id}  ({change.title})")
        if len(items) > 20:
            print(f"  … and {len(items) - 20} more {label}")
    for checklist in result.changes.checklists:
        print(f"  checklist {checklist.id}: {checklist.note()}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def cmd_install(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack install FILE|FOLDER [--force]``."""
    from desktop.core.packs.install import install_folder, install_pack

    target = Path(args.file)
    options = {
        "bundled": ctx.library_dir,
        "force": args.force,
        "update_index": not args.no_index,
        "stage": None if args.json else _stage,
    }
    try:
        if target.is_dir():
            results, notes, errors = install_folder(target, ctx.data_dir, **options)
        else:
            results, notes, errors = [install_pack(target, ctx.data_dir, **options)], [], []
    except PackError as exc:
        raise _fail(exc) from exc
    if args.json:
        print_json({"installed": [r.as_json() for r in results], "notes": notes, "errors": errors})
        return 1 if errors else 0
    for result in results:
        _print_result(result)
    for note in notes:
        print(note)
    for error in errors:
        print(f"accord: {error}", file=sys.stderr)
    if not results and not notes and not errors:
        print(f"No .accordpack files in {target}.")
    return 1 if errors else 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack list [--json]``: the bundled library and the installed packs."""
    from desktop.core.packs.store import active_sources, installed_packs

    active = {(s.id, s.source) for s in active_sources(ctx.data_dir, ctx.library_dir)}
    rows = []
    if ctx.library_dir.is_dir():
        from desktop.core.packs.store import bundled_version

        rows.append(
            {
                "id": "core",
                "version": bundled_version(ctx.library_dir) or "",
                "title": "Bundled library",
                "source": "bundled",
                "active": ("core", "bundled") in active,
                "folder": str(ctx.library_dir),
            }
        )
    for pack in installed_packs(ctx.data_dir):
        rows.append(
            {**pack.as_json(), "source": "installed", "active": (pack.id, "installed") in active}
        )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        flag = "" if row["active"] else "  (not used: replaced)"
        prev = f", previous {row['previous_version']}" if row.get("previous_version") else ""
        print(f"{row['id']:20} {row['version'] or '-':12} {row['source']}{prev}{flag}")
    return 0


def cmd_rollback(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack rollback ID``."""
    from desktop.core.packs.install import rollback_pack

    return _change_installed(rollback_pack, args, ctx)


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack remove ID``."""
    from desktop.core.packs.install import remove_pack

    return _change_installed(remove_pack, args, ctx)


def _change_installed(action: Any, args: argparse.Namespace, ctx: Context) -> int:
    # Rollback and remove take the same arguments and report the same way.
    try:
        result = action(ctx.data_dir, args.pack_id, bundled=ctx.library_dir)
    except PackError as exc:
        raise _fail(exc) from exc
    if args.json:
        print_json(result.as_json())
    else:
        _print_result(result)
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack export --out DIR``: copy installed packs for other laptops."""
    from desktop.core.packs.install import export_packs

    try:
        written = export_packs(ctx.data_dir, Path(args.out), args.ids)
    except PackError as exc:
        raise _fail(exc) from exc
    if not written:
        print("No installed packs to export (the bundled library ships with the app).")
        return 0
    for path in written:
        print(f"  {path.name}")
    print(
        f"Exported {len(written)} pack file(s) to {args.out}; install them elsewhere with "
        f"'accord pack install {args.out}'."
    )
    return 0


def cmd_download(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack download URL``: fetch (resuming), verify, install."""
    from desktop.core.packs.download import download
    from desktop.core.packs.install import install_pack

    folder = ctx.data_dir / "downloads"
    try:
        path = download(args.url, folder)
        try:
            result = install_pack(
                path,
                ctx.data_dir,
                bundled=ctx.library_dir,
                force=args.force,
                stage=None if args.json else _stage,
            )
        finally:
            # Verified and installed (its copy is kept), or rejected: either way not needed.
            path.unlink(missing_ok=True)
    except PackError as exc:
        raise _fail(exc) from exc
    if args.json:
        print_json(result.as_json())
    else:
        _print_result(result)
    return 0


def cmd_trust_add(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack trust add PUBKEY``, with a warning."""
    from desktop.core.packs.keys import add_trusted_key, load_public_key

    try:
        key = load_public_key(Path(args.pubkey))
    except PackError as exc:
        raise _fail(exc) from exc
    print(
        f"WARNING: packs signed by key {key.key_id} ({key.comment or 'no comment'}) will now "
        "install on this computer like the coordinating body's own. Do this only for a "
        "publisher you trust, with a key you received from them in person or over a channel "
        f"you trust. Undo with: accord pack trust remove {key.key_id}",
        file=sys.stderr,
    )
    path = add_trusted_key(ctx.data_dir, key)
    print(f"Trusted key {key.key_id} (stored in {path}).")
    return 0


def cmd_trust_list(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack trust list``."""
    from desktop.core.packs.keys import trusted_keys

    keys = trusted_keys(ctx.data_dir)
    rows = [{"key_id": k.key_id, "comment": k.comment, "source": k.source} for k in keys]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['key_id']}  {row['source']:8} {row['comment']}")
    return 0


def cmd_trust_remove(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack trust remove KEYID``."""
    from desktop.core.packs.keys import remove_trusted_key

    if not remove_trusted_key(ctx.data_dir, args.key_id):
        raise CommandError(
            f"no added key {args.key_id}; see 'accord pack trust list' (keys shipped with the "
            "app cannot be removed)"
        )
    print(f"Key {args.key_id} is no longer trusted.")
    return 0
