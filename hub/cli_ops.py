"""``accord-hub`` operations commands: ``migrate``, ``backup``, ``restore`` and ``user``
(accounts for the dashboard and the index). See ``docs/hub-operations.md``."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hub.cli_common import HubCommandError, data_dir, database, open_hub, print_json


def cmd_migrate(args: argparse.Namespace) -> int:
    from hub.db.engine import Database
    from hub.db.migrate import schema_state, upgrade

    db = Database(database(args, data_dir(args)))
    try:
        state = schema_state(db)
        applied = [] if args.check else upgrade(db)
        after = schema_state(db)
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "database": db.where,
                "before": state.as_json(),
                "applied": [s.as_json() for s in applied],
                "current": after.current,
                "head": after.head,
            }
        )
    else:
        print(f"{db.where}: schema {state.current or 'none'}, this accord-hub: {state.head}")
        for step in state.pending:
            verb = "applied" if step in applied else "pending"
            print(f"  {verb} {step.revision}: {step.title}")
        if not state.pending:
            print("  up to date")
    return 1 if args.check and state.pending else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from hub.db.backup import write_backup

    keys, store = open_hub(args)
    try:
        counts = write_backup(store.db, keys.hub_id, Path(args.out))
    finally:
        store.close()
    if args.json:
        print_json({"file": args.out, "rows": counts})
    else:
        print(f"backup written to {args.out}: {counts.get('submissions', 0)} submission(s)")
        print("Keep hub-keys.json safe as well: the backup does not hold the hub's keys.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from hub.db.backup import restore_backup

    keys, store = open_hub(args, migrate=True)
    try:
        counts = restore_backup(store.db, keys.hub_id, Path(args.file), replace=args.replace)
    finally:
        store.close()
    if args.json:
        print_json({"file": args.file, "rows": counts})
    else:
        print(f"restored {args.file}: {counts.get('submissions', 0)} submission(s)")
    return 0


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("Again: ") != first:
        raise HubCommandError("the two passwords differ; nothing was changed")
    return first


def cmd_user(args: argparse.Namespace) -> int:
    _, store = open_hub(args)
    try:
        if args.action == "add":
            user = store.users.add(args.name, _password(args), args.role, replace=args.replace)
            print(f"account {user.name} ({user.role}) saved")
        elif args.action == "remove":
            if not store.users.remove(args.name):
                raise HubCommandError(f"no account named {args.name}", code="hub.no-user")
            print(f"account {args.name} removed: it can no longer log in")
        else:
            accounts = [u.as_json() for u in store.users.all()]
            if args.json:
                print_json(accounts)
            for u in [] if args.json else accounts:
                print(f"{u['name']}  {u['role']}  created {u['created']}")
    finally:
        store.close()
    return 0


def add_commands(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    """Declare the operations commands on the main parser (``command`` adds one)."""
    mig = command("migrate", cmd_migrate, "report the database's schema and apply changes")
    mig.add_argument("--check", action="store_true", help="only report; exit 1 when behind")
    mig.add_argument("--json", action="store_true")

    bak = command("backup", cmd_backup, "write a consistent backup of the database")
    bak.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    bak.add_argument("--json", action="store_true")

    res = command("restore", cmd_restore, "load a backup into an empty database")
    res.add_argument("file", help="a file written by 'accord-hub backup'")
    res.add_argument("--replace", action="store_true", help="delete what the database holds first")
    res.add_argument("--json", action="store_true")

    user = command("user", cmd_user, "manage the accounts that may read the index")
    user.add_argument("action", choices=["add", "remove", "list"])
    user.add_argument("name", nargs="?", default="", help="the account name (add, remove)")
    user.add_argument(
        "--role", choices=["operator", "analyst"], default="analyst", help="default analyst"
    )
    user.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    user.add_argument("--replace", action="store_true", help="reset an existing account")
    user.add_argument("--json", action="store_true")
