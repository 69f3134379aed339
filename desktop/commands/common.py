"""What every command shares: the global options resolved into paths, errors and their hints.

The core explains a failure in plain words and gives it a ``code``; only the command line
knows its own options, so the way out ("enroll first with: accord sync enroll …") is added
here, by code. Each command module may offer ``HINTS`` (code → text); ``desktop.cli``
registers them, and :func:`explain` composes the sentence printed after ``accord:``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


# code -> a template of the sentence to print; ``{message}`` is the core's message, other
# fields come from the error's ``details``.
_HINTS: dict[str, str] = {
    "storage.cannot-open": "{message} To use another data folder, pass --data-dir DIR.",
}


def add_hints(hints: Mapping[str, str]) -> None:
    """Register a command module's hints (``desktop.cli`` does it for every module)."""
    _HINTS.update(hints)


def explain(exc: BaseException) -> str:
    """The sentence for ``exc``: its message, with this command line's hint for its code."""
    message = describe(exc)
    if not isinstance(exc, AccordError):
        return message
    template = _HINTS.get(exc.code)
    if template is None:
        return message
    try:
        return template.format_map({**exc.details, "message": message})
    except (KeyError, IndexError, ValueError):  # a hint naming a detail this error lacks
        return message


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


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON (non-ASCII kept) and a newline."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
