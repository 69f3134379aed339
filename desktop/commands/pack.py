"""Content pack commands: ``accord pack keygen|build|verify|install|list|rollback|remove|
export|download|trust``.

Publisher side: keygen, build, verify. Field side: install (a file or a folder of packs),
list, rollback, remove, export (to a USB stick), download (resumable), trust. The field
side runs the same use cases as the app (``desktop.core.actions.packs``); what to type
next ("pass --force", "accord pack trust add …") is added here, by the error's code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands.common import (
    CommandError,
    CommandGroup,
    Context,
    explain,
    print_json,
)
from desktop.core.packs.errors import PackError

if TYPE_CHECKING:
    from desktop.core.packs.result import InstallResult


# --- the parser ------------------------------------------------------------------------------


GROUP = CommandGroup(
    "pack",
    help="build, verify and install signed content packs",
    description="Signed content packs (.accordpack): build and sign them (publishers), "
    "verify and install them (everyone). See docs/packs.md.",
)
register = GROUP.register


@GROUP
def _add_keygen(psub: argparse._SubParsersAction) -> None:
    keygen = psub.add_parser("keygen", help="make a signing key pair (publishers)")
    keygen.add_argument("--out", required=True, metavar="KEYFILE", help="private key file")
    keygen.add_argument("--comment", default="", help="who the key belongs to (in the .pub)")
    keygen.add_argument("--force", action="store_true", help="replace existing key files")
    keygen.set_defaults(func=cmd_keygen)


@GROUP
def _add_build(psub: argparse._SubParsersAction) -> None:
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


@GROUP
def _add_verify(psub: argparse._SubParsersAction) -> None:
    verify = psub.add_parser("verify", help="check a pack's signature and every file")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument(
        "--trust", action="append", metavar="PUBKEY", help="also trust this .pub (repeatable)"
    )
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)


@GROUP
def _add_install(psub: argparse._SubParsersAction) -> None:
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


@GROUP
def _add_list(psub: argparse._SubParsersAction) -> None:
    lst = psub.add_parser("list", help="list the packs the library is made of")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)


@GROUP
def _add_rollback_and_remove(psub: argparse._SubParsersAction) -> None:
    for name, help_text, func in (
        ("rollback", "return a pack to its previous version", cmd_rollback),
        ("remove", "uninstall a pack", cmd_remove),
    ):
        command = psub.add_parser(name, help=help_text)
        command.add_argument("pack_id", metavar="ID")
        command.add_argument("--json", action="store_true")
        command.set_defaults(func=func)


@GROUP
def _add_export(psub: argparse._SubParsersAction) -> None:
    export = psub.add_parser("export", help="copy the installed packs to a folder or USB stick")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--id", action="append", dest="ids", metavar="ID", help="only this pack")
    export.set_defaults(func=cmd_export)


@GROUP
def _add_download(psub: argparse._SubParsersAction) -> None:
    download = psub.add_parser("download", help="download (resuming) and install a pack")
    download.add_argument("url", metavar="URL")
    download.add_argument("--force", action="store_true", help="as for install")
    download.add_argument("--json", action="store_true")
    download.set_defaults(func=cmd_download)


@GROUP
def _add_trust(psub: argparse._SubParsersAction) -> None:
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


# --- the commands ----------------------------------------------------------------------------


def _fail(exc: PackError) -> CommandError:
    return CommandError(explain(exc), 1)


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
    from desktop.core.actions import packs

    try:
        vp = packs.verify(Path(args.file), ctx.data_dir, [Path(p) for p in args.trust or []])
    except PackError as exc:
        if args.json:
            print_json({"ok": False, "error": explain(exc), "member": exc.member})
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


def _result_json(result: InstallResult) -> dict[str, Any]:
    return {**result.as_json(), "warnings": [explain(w) for w in result.warnings]}


def _print_result(result: InstallResult) -> None:
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
        print(f"warning: {explain(warning)}", file=sys.stderr)


def _report(result: InstallResult, as_json: bool) -> int:
    if as_json:
        print_json(_result_json(result))
    else:
        _print_result(result)
    return 0


def cmd_install(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack install FILE|FOLDER [--force]``."""
    from desktop.core.actions import packs

    target = Path(args.file)
    try:
        outcome = packs.install(
            target,
            ctx.data_dir,
            bundled=ctx.library_dir,
            force=args.force,
            update_index=not args.no_index,
            stage=None if args.json else _stage,
        )
    except PackError as exc:
        raise _fail(exc) from exc
    errors = [explain(e) for e in outcome.errors]
    if args.json:
        installed = [_result_json(r) for r in outcome.results]
        print_json({"installed": installed, "notes": outcome.notes, "errors": errors})
        return 1 if errors else 0
    for result in outcome.results:
        _print_result(result)
    for note in outcome.notes:
        print(note)
    for error in errors:
        print(f"accord: {error}", file=sys.stderr)
    if not outcome.results and not outcome.notes and not errors:
        print(f"No .accordpack files in {target}.")
    return 1 if errors else 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack list [--json]``: the bundled library and the installed packs."""
    from desktop.core.actions import packs

    rows = []
    for entry in packs.list_packs(ctx.data_dir, ctx.library_dir):
        if entry.installed is None:
            row = {
                "id": entry.id,
                "version": entry.version,
                "title": "Bundled library",
                "source": entry.source,
                "active": entry.active,
                "folder": str(entry.folder),
            }
        else:
            row = {**entry.installed.as_json(), "source": entry.source, "active": entry.active}
        rows.append(row)
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
    from desktop.core.actions import packs

    return _change_installed(packs.rollback, args, ctx)


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack remove ID``."""
    from desktop.core.actions import packs

    return _change_installed(packs.remove, args, ctx)


def _change_installed(
    action: Callable[..., InstallResult], args: argparse.Namespace, ctx: Context
) -> int:
    # Rollback and remove take the same arguments and report the same way.
    try:
        result = action(ctx.data_dir, args.pack_id, bundled=ctx.library_dir)
    except PackError as exc:
        raise _fail(exc) from exc
    return _report(result, args.json)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack export --out DIR``: copy installed packs for other laptops."""
    from desktop.core.actions import packs

    try:
        written = packs.export(ctx.data_dir, Path(args.out), args.ids)
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
    from desktop.core.actions import packs

    try:
        result = packs.download_and_install(
            args.url,
            ctx.data_dir,
            bundled=ctx.library_dir,
            force=args.force,
            stage=None if args.json else _stage,
        )
    except PackError as exc:
        raise _fail(exc) from exc
    return _report(result, args.json)


def cmd_trust_add(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack trust add PUBKEY``, with a warning."""
    from desktop.core.actions import packs

    try:
        key = packs.read_key(Path(args.pubkey))
    except PackError as exc:
        raise _fail(exc) from exc
    print(
        f"WARNING: packs signed by key {key.key_id} ({key.comment or 'no comment'}) will now "
        "install on this computer like the coordinating body's own. Do this only for a "
        "publisher you trust, with a key you received from them in person or over a channel "
        f"you trust. Undo with: accord pack trust remove {key.key_id}",
        file=sys.stderr,
    )
    path = packs.trust_key(ctx.data_dir, key)
    print(f"Trusted key {key.key_id} (stored in {path}).")
    return 0


def cmd_trust_list(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack trust list``."""
    from desktop.core.actions import packs

    keys = packs.trusted(ctx.data_dir)
    rows = [{"key_id": k.key_id, "comment": k.comment, "source": k.source} for k in keys]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['key_id']}  {row['source']:8} {row['comment']}")
    return 0


def cmd_trust_remove(args: argparse.Namespace, ctx: Context) -> int:
    """``accord pack trust remove KEYID``."""
    from desktop.core.actions import packs

    if not packs.untrust_key(ctx.data_dir, args.key_id):
        raise CommandError(
            f"no added key {args.key_id}; see 'accord pack trust list' (keys shipped with the "
            "app cannot be removed)"
        )
    print(f"Key {args.key_id} is no longer trusted.")
    return 0
