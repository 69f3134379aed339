"""The ``accord`` command: with no command it starts the app; otherwise headless commands
over the same Qt-free core (check, search, show, index, …)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands.common import CommandError, Context

# Each module registers its own sub-commands, so command groups stay independent.
COMMAND_MODULES = (
    "desktop.commands.library",
    "desktop.commands.assessment",
    "desktop.commands.pack",
    "desktop.commands.sync",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accord",
        description="Accord: the offline AI governance library and readiness self-assessment. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"accord {__version__}")
    parser.add_argument(
        "--library", metavar="DIR", help="the content library folder (default: the bundled one)"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where your database and search index live (default: ACCORD_DATA_DIR or the "
        "platform's user data folder)",
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep all data in AccordData/ beside the app (also on when a file named "
        "accord-portable.txt sits beside it)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (library, search, rendering, database) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop.core.selftest import run_self_test

        return run_self_test(library=args.library)
    try:
        from desktop.core.storage import portable

        layout = portable.resolve(args.portable, args.data_dir)  # None: not portable
        if layout is not None and layout.needs_consent and args.command is None:
            from desktop.ui.shell.selftest import confirm_portable_storage  # asks once (Qt)

            layout = confirm_portable_storage(layout)
        if layout is not None:
            args.data_dir = str(portable.begin(layout))
        ctx = Context.from_args(args)
        if args.command is None:
            from desktop.ui.shell.app import run  # Qt is loaded only for the app itself

            return run(library_dir=ctx.library_dir, data_dir=ctx.data_dir)
        return int(args.func(args, ctx) or 0)
    except CommandError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `accord search … | head`: the reader left; stop quietly like other CLI tools.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stdout must stay open to exit)
        return 141
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"accord: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
