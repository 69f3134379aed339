"""One base for every error Accord explains to people.

An :class:`AccordError` carries three things:

``code``
    A stable, machine-readable name such as ``"pack.unknown-key"``. Front ends decide what
    to offer from it (the CLI prints "pass --force", the app shows an "Install anyway"
    button); they never look inside the message.
``message``
    One or two plain sentences for the person in front of the screen: what happened, to
    which file or item, and what to do. No command-line options or menu names, because the
    same message is shown by the app and by the CLI.
``details``
    Facts a front end may need (a path, a line, a member name), for logs and JSON output.

Each capability subclasses it once (``PackError``, ``StoreError``, ``EnvelopeError``…) and
sets its own default ``code``; a raise site may pass a more precise one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class AccordError(Exception):
    """A failure explained for people; see the module docstring."""

    code = "error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details: dict[str, Any] = dict(details or {})

    def __str__(self) -> str:
        return self.message


def describe(exc: BaseException) -> str:
    """The sentence to show for any exception: an AccordError's message, an OSError's
    reason with its file, otherwise the text of the exception (never a traceback)."""
    if isinstance(exc, AccordError):
        return exc.message
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    text = str(exc).strip()
    return text or type(exc).__name__


def error_code(exc: BaseException) -> str:
    """The stable code of ``exc`` (``"error"`` for anything that is not an AccordError)."""
    return exc.code if isinstance(exc, AccordError) else "error"
