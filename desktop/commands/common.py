"""What every command shares: the global options resolved into paths, errors and their hints.

The core explains a failure in plain words and gives it a ``code``; only the command line
knows its own options, so the way out is added here, by code, from the table in
``desktop/commands/hints.py``: :func:`explain` composes the sentence printed after
``accord:``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.commands.hints import HINTS
from desktop.core.errors import AccordError, describe
from desktop.core.storage import paths


class CommandError(AccordError):
    """A user-facing failure: printed as 'accord: <message>', ``exit_status`` is the
    command's exit status (2 unless said otherwise)."""

    code = "command.error"

    def __init__(
        self,
        message: str,
        exit_status: int = 2,
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code, details=details)
        self.exit_status = exit_status


def explain(exc: BaseException | str) -> str:
    """The sentence for ``exc`` (an error, or a notice: a ``str`` with a ``code``), with
    this command line's hint for its code."""
    message = exc if isinstance(exc, str) else describe(exc)
    hint = HINTS.get(str(getattr(exc, "code", "")))
    if not hint:
        return str(message)
    details = exc.details if isinstance(exc, AccordError) else {}
    try:
        text = hint.format_map({**details, "message": message})
    except (KeyError, IndexError, ValueError):  # a hint naming a detail this error lacks
        return str(message)
    if hint[0] not in ",;. ":
        return text
    if text[0] in ",;" and message.endswith("."):
        message = message[:-1]
    return f"{message}{text}"


def exit_status(exc: AccordError) -> int:
    """The exit status for ``exc``: a CommandError's own, 2 for every other failure."""
    return exc.exit_status if isinstance(exc, CommandError) else 2


@dataclass
class Context:
    """The global options, resolved: the library folder and the user data folder."""

    library_dir: Path
    data_dir: Path

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        """Resolve ``--library`` and ``--data-dir`` (with their defaults)."""
        library = Path(args.library).expanduser() if args.library else paths.bundled_library()
        data = paths.data_dir(args.data_dir)
        return cls(library_dir=library, data_dir=data)


class CommandGroup:
    """``accord NAME COMMAND …``: a group of sub-commands, each added by a builder that is
    decorated with the group (``@GROUP``), in the order the builders are defined."""

    def __init__(self, name: str, *, help: str, description: str) -> None:
        self.name, self.help, self.description = name, help, description
        self.builders: list[Callable[[argparse._SubParsersAction], None]] = []

    def __call__(
        self, build: Callable[[argparse._SubParsersAction], None]
    ) -> Callable[[argparse._SubParsersAction], None]:
        self.builders.append(build)
        return build

    def register(self, sub: argparse._SubParsersAction) -> None:
        """Add the group and its sub-commands to the ``accord`` parser."""
        group = sub.add_parser(self.name, help=self.help, description=self.description)
        commands = group.add_subparsers(dest=f"{self.name}_command", metavar="COMMAND")
        commands.required = True
        for build in self.builders:
            build(commands)


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON (non-ASCII kept) and a newline."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
