"""Run a command-line entry point in this interpreter and capture what it says."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Sequence


def run_main(main: Callable[[list[str]], int], *args: str) -> tuple[int, str, str]:
    """(exit status, standard output, standard error) of ``main(args)``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def accord(*args: str) -> tuple[int, str, str]:
    """``accord ARGS`` in this interpreter."""
    from desktop.cli import main

    return run_main(main, *args)


__all__: Sequence[str] = ["accord", "run_main"]
