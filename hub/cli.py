"""``accord-hub``: set up, run and query the coordinating body's hub.

Commands: ``init``, ``serve``, ``enroll-code``, ``import``, ``export``, ``index``, ``keys``,
``devices``, ``revoke``. Every command takes ``--data DIR`` (or ``ACCORD_HUB_DATA``), the
folder that holds ``hub-keys.json`` and ``hub.db``.
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
from desktop.core.errors import AccordError

DATA_ENV = "ACCORD_HUB_DATA"
DEFAULT_PORT = 8470


class HubCommandError(AccordError):
    """Printed as 'accord-hub: <message>'; ``exit_status`` is the command's exit status."""

    code = "hub.command"

    def __init__(self, message: str, exit_status: int = 2, *, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.exit_status = exit_status


def _data(args: argparse.Namespace) -> Path:
    chosen = args.data or os.environ.get(DATA_ENV)
    if not chosen:
        raise HubCommandError(f"say where the hub's data lives: --data DIR (or {DATA_ENV})")
    return Path(chosen).expanduser()


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _open(data: Path) -> tuple[Any, Any]:
    from hub.keys import database_path, load_keys
    from hub.store import HubStore

    keys = load_keys(data)
    return keys, HubStore(database_path(data))


def _write_out(text: str, out: str | None) -> None:
    if out:
        from desktop.core.storage.files import write_bytes_atomic

        write_bytes_atomic(Path(out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)


# --- commands ---------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from hub.keys import create_keys, database_path
    from hub.store import HubStore

    data = _data(args)
    keys = create_keys(data)
    HubStore(database_path(data)).close()
    print(f"Hub {keys.hub_id} set up in {data}")
    print(f"Key id: {keys.key_id}  (devices can check it: accord sync enroll --expect-key ...)")
    print(f"Back up {data / 'hub-keys.json'}: without it, sealed submissions cannot be read.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hub.app import HubSettings, create_app

    data = _data(args)
    settings = HubSettings(max_body=args.max_body, rate=args.rate, burst=args.burst)
    if args.workers > 1:
        # Worker processes build the app themselves from the environment.
        from dataclasses import asdict

        from hub.app import DATA_ENV as APP_DATA_ENV
        from hub.app import SETTINGS_ENV
        from hub.keys import load_keys

        load_keys(data)  # fail here, with a clear message, not in every worker
        os.environ[APP_DATA_ENV] = str(data.resolve())
        os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
        target: Any = "hub.app:app_from_env"
    else:
        target = create_app(data, settings)
    print(f"Accord hub on http://{args.host}:{args.port}/ (dashboard: /dashboard)", flush=True)
    uvicorn.run(
        target,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        workers=args.workers if args.workers > 1 else None,
        factory=args.workers > 1,
    )
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    _, store = _open(_data(args))
    try:
        code = store.new_enroll_code(args.ttl_hours, args.label or "")
    finally:
        store.close()
    if args.json:
        _print_json({"code": code, "valid_hours": args.ttl_hours})
    else:
        print(code)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from hub.app import HubSettings
    from hub.ingest import Ingestor
    from hub.transfer import TransferFileError, import_transfer, write_receipts

    keys, store = _open(_data(args))
    try:
        report = import_transfer(Ingestor(store, keys), Path(args.file), HubSettings().max_body)
    except TransferFileError as exc:
        raise HubCommandError(str(exc)) from exc
    finally:
        store.close()
    if args.receipts:
        write_receipts(report, keys.hub_id, Path(args.receipts))
    if args.json:
        _print_json(report.as_json())
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

    _, store = _open(_data(args))
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
    _write_out(text, args.out)
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from hub import aggregate

    _, store = _open(_data(args))
    try:
        document = aggregate.index_document(store)
    finally:
        store.close()
    if args.json:
        _print_json(document)
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

    document = load_keys(_data(args)).public_document()
    _write_out(json.dumps(document, indent=2) + "\n", args.out)
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    _, store = _open(_data(args))
    try:
        devices = [d.as_json() for d in store.devices()]
    finally:
        store.close()
    if args.json:
        _print_json(devices)
    else:
        for d in devices:
            state = f"revoked {d['revoked']}" if d["revoked"] else "active"
            print(f"{d['device_id']}  {state}  enrolled {d['enrolled']}  {d['label']}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    _, store = _open(_data(args))
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
        p.set_defaults(func=func)
        return p

    command("init", cmd_init, "create the hub's keys and database in --data DIR")

    serve = command("serve", cmd_serve, "run the HTTP API and dashboard")
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
        help="worker processes (default 1; more use more cores, rate limits then apply per worker)",
    )
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``accord-hub`` console script."""
    from hub.keys import HubSetupError
    from hub.store import HubStoreError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (HubCommandError, HubSetupError, HubStoreError) as exc:
        print(f"accord-hub: {exc}", file=sys.stderr)
        return getattr(exc, "exit_status", 2)
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"accord-hub: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
