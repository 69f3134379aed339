"""What every command shares: the global options resolved into paths, and error output."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.storage import paths


class CommandError(Exception):
    """A user-facing failure: printed as 'accord: <message>' with ``code`` as exit status."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Context:
    library_dir: Path
    data_dir: Path

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        library = Path(args.library).expanduser() if args.library else paths.bundled_library()
        data = paths.data_dir(args.data_dir)
        return cls(library_dir=library, data_dir=data)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
