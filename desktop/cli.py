"""The ``accord`` command: with no command it starts the app; otherwise headless commands
over the same Qt-free core (check, search, show, index, …).

Errors end here, once: every :class:`~desktop.core.errors.AccordError` is printed as
``accord: <message>`` with this command line's hint for its code
(``desktop.commands.common.explain``), and the exit status is the command's own (2 unless
it says otherwise).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.commands.common import Context, exit_status, explain
from desktop.core.errors import AccordError
from desktop.core.logs import DEFAULT_LEVEL, FILE_ONLY, LEVELS

# Each module registers its own sub-commands, so command groups stay independent.
COMMAND_MODULES = (
    "desktop.commands.library",
    "desktop.commands.assessment",
    "desktop.commands.pack",
    "desktop.commands.sync",
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``accord`` and every command group (each module's ``register``)."""
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
    parser.add_argument(
        "--log-level",
        choices=LEVELS,
        default=DEFAULT_LEVEL,
        help="what to record in logs/accord.log in the data folder (default: warning)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``accord`` with ``argv``; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test(args.library)
    try:
        ctx = _context(args)
        if args.command is None:
            from desktop.ui.shell.app import run  # Qt is loaded only for the app itself

            return run(library_dir=ctx.library_dir, data_dir=ctx.data_dir)
        return int(args.func(args, ctx) or 0)
    except AccordError as exc:
        log.info("accord %s failed: %s", args.command or "(app)", exc.code)
        print(f"accord: {explain(exc)}", file=sys.stderr)
        return exit_status(exc)
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
    except Exception:
        # A bug: on record with its traceback (Python prints it on the terminal too).
        log.error("accord %s crashed", args.command or "(app)", exc_info=True, extra=FILE_ONLY)
        raise


def _context(args: argparse.Namespace) -> Context:
    """Resolve portable mode and the folders (asking where to keep portable data, once,
    before the app opens it), then start the log in the data folder."""
    from desktop.core.logs import setup_logging
    from desktop.core.storage import paths, portable

    layout = portable.resolve(args.portable, args.data_dir)  # None: not portable
    if layout is not None and layout.needs_consent and args.command is None:
        from desktop.ui.shell.portable_question import confirm_portable_storage  # Qt

        layout = confirm_portable_storage(layout)
    if layout is not None:
        args.data_dir = str(portable.begin(layout))
    ctx = Context.from_args(args)
    setup_logging(paths.logs_dir(ctx.data_dir), args.log_level)
    return ctx


def self_test(library: str | None) -> int:
    """``accord --self-test``: the core's checks, with the app's reader for the render
    check (the core never loads Qt; this is where the two meet)."""
    from desktop.core import selftest

    def render(html: str, title: str, root: Path, doc_path: str) -> tuple[bool, str]:
        try:
            from desktop.ui.shell.selftest import render_check
        except ImportError as exc:
            raise selftest.CheckFailed(f"Qt could not be loaded: {exc}") from exc
        return render_check(html, title, root, doc_path)

    return selftest.run_self_test(library=library, render=render)


if __name__ == "__main__":
    sys.exit(main())
