"""Sync commands: ``accord sync enroll | run | status | export | receipts | queue | retry |
proxy``.

Thin wrappers over the sync use cases (``desktop.core.actions.sync``), which the app's Sync
menu calls too. Completed assessments are queued automatically before ``run`` and
``export``. The core's errors reach ``desktop.cli``, which prints them with the hints below.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop.commands.common import (
    CommandError,
    CommandGroup,
    Context,
    explain,
    print_json,
)
from desktop.commands.hints import ENROLL
from desktop.core.actions import sync as actions
from desktop.core.storage import paths

# --- the parser ------------------------------------------------------------------------------


GROUP = CommandGroup(
    "sync",
    help="send completed assessments to the coordinating body's hub",
    description="Send completed assessments to the hub over the network, or write them "
    "to a file for a USB stick. See docs/sync.md.",
)
register = GROUP.register


@GROUP
def _enroll(cmds: argparse._SubParsersAction) -> None:
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


@GROUP
def _run(cmds: argparse._SubParsersAction) -> None:
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


@GROUP
def _status(cmds: argparse._SubParsersAction) -> None:
    status = cmds.add_parser("status", help="show the hub and each submission's state")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)


@GROUP
def _export(cmds: argparse._SubParsersAction) -> None:
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


@GROUP
def _receipts(cmds: argparse._SubParsersAction) -> None:
    receipts = cmds.add_parser(
        "receipts", help="mark items delivered from a receipts file written by the hub"
    )
    receipts.add_argument("file")
    receipts.set_defaults(func=cmd_receipts)


@GROUP
def _queue(cmds: argparse._SubParsersAction) -> None:
    queue = cmds.add_parser("queue", help="queue a completed assessment (or all) for sending")
    queue.add_argument("assessment", nargs="?", help="assessment id (default: all completed)")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=cmd_queue)


@GROUP
def _retry(cmds: argparse._SubParsersAction) -> None:
    retry = cmds.add_parser("retry", help="queue rejected submissions again")
    retry.add_argument("outbox_id", nargs="?", type=int, help="one item (default: all)")
    retry.set_defaults(func=cmd_retry)


@GROUP
def _proxy(cmds: argparse._SubParsersAction) -> None:
    proxy = cmds.add_parser(
        "proxy",
        help="show or set the proxy",
        description="system: use HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment; none: "
        "connect directly; manual: use --url.",
    )
    proxy.add_argument("--mode", choices=["system", "none", "manual"])
    proxy.add_argument("--url", help="http://host:port (with --mode manual)")
    proxy.set_defaults(func=cmd_proxy)


# --- the commands ----------------------------------------------------------------------------


@contextmanager
def _database(ctx: Context) -> Iterator[sqlite_utils.Database]:
    """The user database, opened (and migrated) for one command, closed after it."""
    from desktop.core.storage.db import open_database

    db = open_database(paths.database_path(ctx.data_dir), paths.backups_dir(ctx.data_dir))
    try:
        yield db
    finally:
        db.close()


def cmd_enroll(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync enroll``: online with --hub, offline with --hub-keys."""
    with _database(ctx) as db:
        if args.hub:
            done = actions.enroll_online(
                db, args.hub, args.code, args.label, expect_key_id=args.expect_key
            )
        else:
            done = actions.enroll_offline(db, args.hub_keys, args.code)
    if args.json:
        print_json(done.as_json())
    else:
        hub = done.hub
        how = f"at {hub.url}" if hub.url else "for USB transfer (code goes in the next file)"
        print(f"device {done.device_id} enrolled with hub {hub.hub_id} {how}")
        print(f"hub key id: {hub.key_id}")
    return 0


def cmd_run(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync run``: exit 0 when nothing is left to send, 1 otherwise."""
    from desktop.core.sync.runner import BackoffPolicy, SyncRunner

    with _database(ctx) as db:
        runner = SyncRunner(db, BackoffPolicy(base=args.backoff_base, cap=args.backoff_cap))
        try:
            result = actions.send_outbox(runner, timeout=args.timeout, once=args.once)
        finally:
            runner.close()
    report = result.report
    if args.json:
        print_json(result.as_json())
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
    """``accord sync status``."""
    with _database(ctx) as db:
        status = actions.status(db)
    if args.json:
        print_json(status.as_json())
        return 0
    if status.hub is None:
        print(f"not enrolled with a hub ({ENROLL})")
    else:
        print(f"hub {status.hub.hub_id} at {status.hub.url or '(USB transfer only)'}")
    print(", ".join(f"{n} {state}" for state, n in status.counts.items()))
    if status.not_queued:
        print(f"{len(status.not_queued)} completed assessment(s) will be queued by 'sync run'")
    for item in status.items:
        print(f"  {item.assessment_id} r{item.revision}: {item.label}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync export --out FILE``."""
    with _database(ctx) as db:
        report = actions.export_for_usb(db, Path(args.out), args.include_rejected)
    if args.json:
        print_json(report.as_json())
    else:
        print(f"wrote {report.count} submission(s) to {report.path}")
        for line in report.skipped:
            print(f"  skipped {line}", file=sys.stderr)
    return 0


def cmd_receipts(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync receipts FILE``."""
    with _database(ctx) as db:
        changed = actions.import_receipts(db, Path(args.file))
    print(f"{changed} submission(s) marked delivered")
    return 0


def cmd_queue(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync queue [ASSESSMENT]``."""
    from desktop.core.assessments.store import AssessmentError
    from desktop.core.sync.protocol import EnvelopeError

    with _database(ctx) as db:
        try:
            rows = actions.queue(db, args.assessment)
        except (AssessmentError, EnvelopeError) as exc:
            raise CommandError(explain(exc)) from exc
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.assessment_id} r{r.revision}: {r.label}")
        if not rows:
            print("nothing new to queue")
    return 0


def cmd_retry(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync retry [OUTBOX_ID]``."""
    with _database(ctx) as db:
        n = actions.retry(db, args.outbox_id)
    print(f"{n} item(s) queued again")
    return 0


def cmd_proxy(args: argparse.Namespace, ctx: Context) -> int:
    """``accord sync proxy [--mode MODE --url URL]``."""
    with _database(ctx) as db:
        settings = actions.proxy(db, args.mode, args.url)
    print_json(settings.as_json())
    return 0
