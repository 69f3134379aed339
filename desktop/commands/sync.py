"""Sync commands: ``accord sync enroll | run | status | export | receipts | queue | proxy``.

Headless wrappers over ``desktop.core.sync_*`` (the app's sync screen calls the same core
functions). Completed assessments are queued automatically before ``run`` and ``export``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import sqlite_utils

from desktop.commands.common import CommandError, Context, print_json
from desktop.core.storage import paths


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser(
        "sync",
        help="send completed assessments to the coordinating body's hub",
        description="Send completed assessments to the hub over the network, or write them "
        "to a file for a USB stick. See docs/sync.md.",
    )
    cmds = sync.add_subparsers(dest="sync_command", metavar="COMMAND")
    cmds.required = True

    enroll = cmds.add_parser(
        "enroll",
        help="enroll this device with a hub (once)",
        description="Register this device with a hub using a one-time code from its operator "
        "(accord-hub enroll-code). Online: --hub URL. Without a network: --hub-keys FILE "
        "(from 'accord-hub keys'); the code then travels in the next transfer file.",
    )
    where = enroll.add_mutually_exclusive_group(required=True)
    where.add_argument("--hub", metavar="URL", help="the hub's address, e.g. http://10.0.0.5:8470")
    where.add_argument("--hub-keys", metavar="FILE", help="the hub's public keys file (offline)")
    enroll.add_argument("--code", required=True, help="the one-time enrollment code")
    enroll.add_argument("--label", default="", help="a name for this device on the hub")
    enroll.add_argument(
        "--expect-key", metavar="KEY_ID", help="refuse a hub whose key id is not this one"
    )
    enroll.add_argument("--json", action="store_true")
    enroll.set_defaults(func=cmd_enroll)

    run = cmds.add_parser(
        "run",
        help="send the outbox now (retrying with backoff)",
        description="Queue completed assessments and send everything pending, retrying with "
        "exponential backoff until all is delivered or --timeout passes. Exits 0 when nothing "
        "is left to send, 1 otherwise. Safe to interrupt at any moment.",
    )
    run.add_argument("--timeout", type=float, default=600.0, help="give up after (default 600 s)")
    run.add_argument("--once", action="store_true", help="one pass, no waiting")
    run.add_argument("--backoff-base", type=float, default=1.0, help=argparse.SUPPRESS)
    run.add_argument("--backoff-cap", type=float, default=60.0, help=argparse.SUPPRESS)
    run.add_argument("--json", action="store_true")
    run.set_defaults(func=cmd_run)

    status = cmds.add_parser("status", help="show the hub and each submission's state")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)

    export = cmds.add_parser(
        "export",
        help="write all undelivered submissions to a file (USB transfer)",
        description="Write every undelivered submission into one file for the hub's operator "
        "(accord-hub import FILE). Items stay pending until a receipt comes back.",
    )
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--include-rejected", action="store_true")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)

    receipts = cmds.add_parser(
        "receipts", help="mark items delivered from a receipts file written by the hub"
    )
    receipts.add_argument("file")
    receipts.set_defaults(func=cmd_receipts)

    queue = cmds.add_parser("queue", help="queue a completed assessment (or all) for sending")
    queue.add_argument("assessment", nargs="?", help="assessment id (default: all completed)")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=cmd_queue)

    retry = cmds.add_parser("retry", help="queue rejected submissions again")
    retry.add_argument("outbox_id", nargs="?", type=int, help="one item (default: all)")
    retry.set_defaults(func=cmd_retry)

    proxy = cmds.add_parser(
        "proxy",
        help="show or set the proxy",
        description="system: use HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment; none: "
        "connect directly; manual: use --url.",
    )
    proxy.add_argument("--mode", choices=["system", "none", "manual"])
    proxy.add_argument("--url", help="http://host:port (with --mode manual)")
    proxy.set_defaults(func=cmd_proxy)


def _open(ctx: Context) -> sqlite_utils.Database:
    from desktop.core.storage.db import DatabaseError, open_database

    try:
        return open_database(paths.database_path(ctx.data_dir), paths.backups_dir(ctx.data_dir))
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc


def _queue_all(db: sqlite_utils.Database) -> int:
    from desktop.core.sync.outbox import queue_completed

    return len(queue_completed(db))


def cmd_enroll(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.client import EnrollmentError, enroll, enroll_offline

    db = _open(ctx)
    try:
        if args.hub:
            if not args.hub.startswith(("http://", "https://")):
                raise CommandError(f"'{args.hub}' is not a hub address; write http://host:port")
            hub = enroll(db, args.hub, args.code, args.label, expect_key_id=args.expect_key)
        else:
            try:
                text = Path(args.hub_keys).read_text(encoding="utf-8")
            except OSError as exc:
                raise CommandError(f"cannot read {args.hub_keys}: {exc.strerror}") from exc
            try:
                hub = enroll_offline(db, json.loads(text), args.code)
            except ValueError as exc:
                raise CommandError(f"{args.hub_keys}: not a hub keys file ({exc})") from exc
        from desktop.core.sync.device_keys import load_or_create_device_key

        device = load_or_create_device_key(db)
    except EnrollmentError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    if args.json:
        print_json({"device_id": device.device_id, "hub": hub.as_json()})
    else:
        how = f"at {hub.url}" if hub.url else "for USB transfer (code goes in the next file)"
        print(f"device {device.device_id} enrolled with hub {hub.hub_id} {how}")
        print(f"hub key id: {hub.key_id}")
    return 0


def cmd_run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.runner import BackoffPolicy, NotEnrolledError, SyncRunner

    db = _open(ctx)
    runner = SyncRunner(db, BackoffPolicy(base=args.backoff_base, cap=args.backoff_cap))
    try:
        queued = _queue_all(db)
        try:
            report = runner.run(until_idle=True, timeout=args.timeout, once=args.once)
        except NotEnrolledError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        runner.close()
        db.close()
    if args.json:
        print_json({"newly_queued": queued, **report.as_json()})
    else:
        print(
            f"delivered {report.delivered}, rejected {report.rejected}, "
            f"still to send {report.remaining} ({report.stopped_because}, "
            f"{report.elapsed:.1f} s)"
        )
        for error in report.errors[-3:]:
            print(f"  last error: {error}", file=sys.stderr)
    return 0 if report.remaining == 0 else 1


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.status import sync_status

    db = _open(ctx)
    try:
        status = sync_status(db)
    finally:
        db.close()
    if args.json:
        print_json(status.as_json())
        return 0
    if status.hub is None:
        print("not enrolled with a hub (accord sync enroll --hub URL --code CODE)")
    else:
        print(f"hub {status.hub.hub_id} at {status.hub.url or '(USB transfer only)'}")
    print(", ".join(f"{n} {state}" for state, n in status.counts.items()))
    if status.not_queued:
        print(f"{len(status.not_queued)} completed assessment(s) will be queued by 'sync run'")
    for item in status.items:
        print(f"  {item.assessment_id} r{item.revision}: {item.label}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.transfer import TransferError, export_transfer

    db = _open(ctx)
    try:
        _queue_all(db)
        report = export_transfer(db, Path(args.out), include_rejected=args.include_rejected)
    except TransferError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    if args.json:
        print_json(report.as_json())
    else:
        print(f"wrote {report.count} submission(s) to {report.path}")
        for line in report.skipped:
            print(f"  skipped {line}", file=sys.stderr)
    return 0


def cmd_receipts(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.transfer import TransferError, import_receipts

    db = _open(ctx)
    try:
        changed = import_receipts(db, Path(args.file))
    except TransferError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    print(f"{changed} submission(s) marked delivered")
    return 0


def cmd_queue(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.commands.assessment import explain  # the hint for an unknown id, by code
    from desktop.core.assessments.store import AssessmentError
    from desktop.core.sync.outbox import OutboxError, queue_completed, queue_submission
    from desktop.core.sync.protocol import EnvelopeError

    db = _open(ctx)
    try:
        rows = [queue_submission(db, args.assessment)] if args.assessment else queue_completed(db)
    except (AssessmentError, OutboxError, EnvelopeError) as exc:
        raise CommandError(explain(exc)) from exc
    finally:
        db.close()
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.assessment_id} r{r.revision}: {r.label}")
        if not rows:
            print("nothing new to queue")
    return 0


def cmd_retry(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.outbox import retry

    db = _open(ctx)
    try:
        n = retry(db, args.outbox_id)
    finally:
        db.close()
    print(f"{n} item(s) queued again")
    return 0


def cmd_proxy(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.sync.config import (
        ProxySettings,
        SyncConfigError,
        proxy_settings,
        save_proxy_settings,
    )

    db = _open(ctx)
    try:
        if args.mode:
            try:
                settings = save_proxy_settings(db, ProxySettings(args.mode, args.url))
            except SyncConfigError as exc:
                raise CommandError(str(exc)) from exc
        else:
            settings = proxy_settings(db)
    finally:
        db.close()
    print_json(settings.as_json())
    return 0
