"""What every ``accord-hub`` command shares: where the data and the database are, opening
the store, printing JSON, writing files, and the command error."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop.core.errors import AccordError

DATA_ENV = "ACCORD_HUB_DATA"


class HubCommandError(AccordError):
    """Printed as 'accord-hub: <message>'; ``exit_status`` is the command's exit status."""

    code = "hub.command"

    def __init__(self, message: str, exit_status: int = 2, *, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.exit_status = exit_status


def data_dir(args: argparse.Namespace) -> Path:
    chosen = args.data or os.environ.get(DATA_ENV)
    if not chosen:
        raise HubCommandError(f"say where the hub's data lives: --data DIR (or {DATA_ENV})")
    return Path(chosen).expanduser()


def database(args: argparse.Namespace, data: Path) -> str | Path:
    """``--database``, else ``ACCORD_HUB_DATABASE``, else the SQLite file in the data folder."""
    from hub.db.engine import DATABASE_ENV  # sqlalchemy: loaded once the hub extra is known
    from hub.keys import database_path

    return getattr(args, "database", None) or os.environ.get(DATABASE_ENV) or database_path(data)


def open_hub(args: argparse.Namespace, *, migrate: bool | None = None) -> tuple[Any, Any]:
    """The hub's keys and store for a command."""
    from hub.keys import load_keys
    from hub.store import HubStore

    data = data_dir(args)
    keys = load_keys(data)
    return keys, HubStore(database(args, data), migrate=migrate)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def write_out(text: str, out: str | None) -> None:
    if out:
        from desktop.core.storage.files import write_bytes_atomic

        write_bytes_atomic(Path(out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
