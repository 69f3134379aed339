"""``accord-hub``: set up, run and query the coordinating body's hub.

Commands: ``init``, ``serve``, ``enroll-code``, ``import``, ``export``, ``index``, ``keys``,
``devices``, ``revoke``, and (``hub/cli_ops.py``) ``migrate``, ``backup``, ``restore``,
``user``. Every command takes ``--data DIR`` (or ``ACCORD_HUB_DATA``), the folder that
holds ``hub-keys.json`` (and ``hub.db`` for the embedded store), and ``--database URL``
(or ``ACCORD_HUB_DATABASE``) for a PostgreSQL store.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop import __version__
from hub.cli_common import (
    DATA_ENV,
    HubCommandError,
    data_dir,
    database,
    open_hub,
    print_json,
    write_out,
)
from hub.cli_ops import add_commands

__all__ = ["DATA_ENV", "HubCommandError", "build_parser", "main"]

DEFAULT_PORT = 8470


# --- commands ---------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from hub.keys import create_keys
    from hub.store import HubStore

    data = data_dir(args)
    data.mkdir(parents=True, exist_ok=True)
    target = database(args, data)
    HubStore(target, migrate=True).close()  # a database that cannot be used stops here
    keys = create_keys(data)
    print(f"Hub {keys.hub_id} set up in {data}")
    print(f"Key id: {keys.key_id}  (devices can check it: accord sync enroll --expect-key ...)")
    print(f"Back up {data / 'hub-keys.json'}: without it, sealed submissions cannot be read.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hub.app import HubSettings, create_app

    data = data_dir(args)
    settings = HubSettings(
        max_body=args.max_body,
        rate=args.rate,
        burst=args.burst,
        body_timeout=args.body_timeout,
        public_index=args.public_index,
    )
    db = database(args, data)
    if args.workers > 1:
        # Worker processes build the app themselves from the environment.
        from dataclasses import asdict

        from hub.app import DATA_ENV as APP_DATA_ENV
        from hub.app import SETTINGS_ENV
        from hub.db.engine import DATABASE_ENV
        from hub.keys import load_keys
        from hub.store import HubStore

        load_keys(data)  # fail here, with a clear message, not in every worker
        HubStore(db).close()  # the same for the database and its schema
        os.environ[APP_DATA_ENV] = str(data.resolve())
        os.environ[DATABASE_ENV] = str(db)
        os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
        target: Any = "hub.app:app_from_env"
    else:
        target = create_app(data, settings, database=db)
    print(f"Accord hub on http://{args.host}:{args.port}/ (dashboard: /dashboard)", flush=True)
    uvicorn.run(
        target,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        workers=args.workers if args.workers > 1 else None,
        factory=args.workers > 1,
        # Behind a reverse proxy: trust its X-Forwarded-For only from the addresses given.
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or None,
    )
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    _, store = open_hub(args)
    try:
        code = store.new_enroll_code(args.ttl_hours, args.label or "")
    finally:
        store.close()
    if args.json:
        print_json({"code": code, "valid_hours": args.ttl_hours})
    else:
        print(code)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from hub.app import HubSettings
    from hub.ingest import Ingestor
    from hub.transfer import TransferFileError, import_transfer, write_receipts

    keys, store = open_hub(args)
    try:
        report = import_transfer(Ingestor(store, keys), Path(args.file), HubSettings().max_body)
    except TransferFileError as exc:
        raise HubCommandError(str(exc)) from exc
    finally:
        store.close()
    if args.receipts:
        write_receipts(report, keys.hub_id, Path(args.receipts))
    if args.json:
        print_json(report.as_json())
    else:
        print(
            f"{report.file}: {report.envelopes} submission(s): {report.accepted} new, "
            f"{report.duplicates} already here, {len(report.conflicts)} conflict(s), "
            f"{len(report.rejected)} rejected"
        )
        if report.enrolled:
            print(f"device {report.enrolled} enrolled")
        for line in report.conflicts + report.rejected:
            print(f"  {line}")
        if args.receipts:
            print(
                f"receipts written to {args.receipts} (give it to the device: accord sync receipts)"
            )
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    from hub import aggregate

    _, store = open_hub(args)
    try:
        if args.what == "index":
            document = aggregate.index_document(store)
            text = (
                aggregate.index_csv(document)
                if args.format == "csv"
                else json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            )
        elif args.format == "csv":
            text = aggregate.submissions_csv(store)
        else:
            text = (
                json.dumps({"submissions": store.submissions()}, ensure_ascii=False, indent=2)
                + "\n"
            )
    finally:
        store.close()
    write_out(text, args.out)
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from hub import aggregate

    _, store = open_hub(args)
    try:
        document = aggregate.index_document(store)
    finally:
        store.close()
    if args.json:
        print_json(document)
        return 0
    if args.csv:
        sys.stdout.write(aggregate.index_csv(document))
        return 0
    if not document["countries"]:
        print("No submissions yet.")
    for c in document["countries"]:
        overall = "not assessed" if c["overall"] is None else f"{c['overall']:.1f}"
        print(f"{c['country']} {c['country_name']}: {overall} ({c['institutions']} institution(s))")
        for comp in c["components"].values():
            score = "not assessed" if comp["score"] is None else f"{comp['score']:.1f}"
            print(f"  {comp['title']:<40} {score}")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from hub.keys import load_keys

    document = load_keys(data_dir(args)).public_document()
    write_out(json.dumps(document, indent=2) + "\n", args.out)
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    _, store = open_hub(args)
    try:
        devices = [d.as_json() for d in store.devices()]
    finally:
        store.close()
    if args.json:
        print_json(devices)
    else:
        for d in devices:
            state = f"revoked {d['revoked']}" if d["revoked"] else "active"
            print(f"{d['device_id']}  {state}  enrolled {d['enrolled']}  {d['label']}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    _, store = open_hub(args)
    try:
        known = store.revoke(args.device)
    finally:
        store.close()
    if not known:
        raise HubCommandError(
            f"no device {args.device}; list them with: accord-hub devices", code="hub.no-device"
        )
    print(f"device {args.device} revoked: its submissions are refused from now on")
    return 0


# --- parser -----------------------------------------------------------------------------------


def _serve_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--max-body", type=int, default=256 * 1024, help="largest request body, bytes"
    )
    serve.add_argument(
        "--rate", type=float, default=50.0, help="submissions/s per device (average)"
    )
    serve.add_argument(
        "--burst", type=float, default=500.0, help="submissions per device in a burst"
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (default 1); they share one state through the database",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=20.0,
        help="seconds a client has to send a request body (default 20)",
    )
    serve.add_argument(
        "--public-index",
        action="store_true",
        help="publish the dashboard and the index to anyone, without a login",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        help="the reverse proxy's address(es) whose X-Forwarded-For is trusted",
    )
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accord-hub",
        description="The Accord hub: receives signed, sealed assessment submissions and "
        "aggregates the Global AI Safety Index.",
    )
    parser.add_argument("--version", action="version", version=f"accord-hub {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--data", metavar="DIR", help=f"the hub's data folder (or {DATA_ENV})")
        p.add_argument(
            "--database",
            metavar="URL",
            help="postgresql://user:password@host/database (or ACCORD_HUB_DATABASE); "
            "default: the SQLite file hub.db in the data folder",
        )
        p.set_defaults(func=func)
        return p

    command("init", cmd_init, "create the hub's keys and database in --data DIR")

    _serve_options(command("serve", cmd_serve, "run the HTTP API and dashboard"))

    code = command("enroll-code", cmd_enroll_code, "print a one-time enrollment code for a device")
    code.add_argument("--ttl-hours", type=float, default=72.0, help="valid for (default 72 h)")
    code.add_argument("--label", help="who the code is for (shown in 'devices')")
    code.add_argument("--json", action="store_true")

    imp = command("import", cmd_import, "import a transfer file written by 'accord sync export'")
    imp.add_argument("file", help="the transfer file")
    imp.add_argument("--receipts", metavar="OUT", help="write the receipts for the device here")
    imp.add_argument("--json", action="store_true")

    exp = command("export", cmd_export, "export stored submissions (or the index) as CSV or JSON")
    exp.add_argument("--format", choices=["csv", "json"], required=True)
    exp.add_argument("--what", choices=["submissions", "index"], default="submissions")
    exp.add_argument("--out", metavar="FILE", help="write here (default: standard output)")

    idx = command("index", cmd_index, "print the index per country and component")
    fmt = idx.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    keys = command("keys", cmd_keys, "print the hub's public keys (for an offline enrollment)")
    keys.add_argument("--out", metavar="FILE")

    dev = command("devices", cmd_devices, "list enrolled devices")
    dev.add_argument("--json", action="store_true")

    rev = command("revoke", cmd_revoke, "refuse a device from now on")
    rev.add_argument("device", help="the device id (see 'devices')")
    add_commands(command)
    return parser


# The libraries of the ``hub`` extra each command needs (every command opens the database).
HUB_EXTRA = "pip install 'accord[hub]'"
NEEDED = ("sqlalchemy", "alembic")
SERVE_NEEDS = ("fastapi", "uvicorn")


def missing_libraries(command: str) -> list[str]:
    """The libraries of the hub extra that ``command`` needs and cannot import (a base
    install of Accord has none of them)."""
    import importlib

    missing = []
    for name in NEEDED + (SERVE_NEEDS if command == "serve" else ()):
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``accord-hub`` console script."""
    args = build_parser().parse_args(argv)
    missing = missing_libraries(getattr(args, "command", "") or "")
    if missing:
        print(
            f"accord-hub: the hub's libraries are not installed (missing: {', '.join(missing)})."
            f" Install them with: {HUB_EXTRA}",
            file=sys.stderr,
        )
        return 2
    from sqlalchemy.exc import SQLAlchemyError

    from hub.db.backup import BackupError
    from hub.db.engine import HubStoreError
    from hub.keys import HubSetupError
    from hub.transfer import TransferFileError
    from hub.users import UserError

    try:
        return int(args.func(args) or 0)
    except (
        HubCommandError,
        HubSetupError,
        HubStoreError,
        BackupError,
        UserError,
        TransferFileError,
    ) as exc:
        print(f"accord-hub: {exc}", file=sys.stderr)
        return getattr(exc, "exit_status", 2)
    except SQLAlchemyError as exc:  # the database went away during the command
        reason = getattr(exc, "orig", None) or exc
        print(f"accord-hub: the hub database failed: {str(reason).strip()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"accord-hub: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
