"""Accord's log: a rotating file in the data folder, for the person who helps when it breaks.

``setup_logging(folder, level)`` sends the ``desktop`` and ``index`` loggers to
``<data folder>/logs/accord.log`` (1 MB, three older files kept), and warnings and errors
to the terminal as before. The file is created only when something is written. The app
logs every failed background task with its traceback (``desktop.ui.common.tasks``) and
every exception nothing caught (:func:`log_uncaught`).

What goes in: codes, ids, counts, file names, tracebacks. What never goes in: what people
type (answers, notes, institution names): log an assessment's id, never its content.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

LOG_NAME = "accord.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LEVELS = ("debug", "info", "warning", "error")
DEFAULT_LEVEL = "warning"
LOGGERS = ("desktop", "index")
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# ``log.error(..., extra=FILE_ONLY)``: for the file, not the terminal (a traceback someone
# else already prints there, or a failure the window already shows).
FILE_ONLY = {"file_only": True}

log = logging.getLogger(__name__)

# The handlers the last setup installed (setup replaces them: the CLI runs in-process in
# tests, and the app may be set up again with another folder).
_installed: list[tuple[logging.Logger, logging.Handler]] = []
_lock = threading.Lock()


class _LazyRotatingFile(logging.handlers.RotatingFileHandler):
    """Creates its folder and file at the first record, not before: a command that logs
    nothing leaves no trace in the data folder."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


class _Stderr(logging.StreamHandler):
    """Writes to the current ``sys.stderr`` (as Python's last-resort handler does), so a
    redirected stderr sees the messages."""

    def __init__(self) -> None:
        super().__init__()
        self.addFilter(lambda record: not getattr(record, "file_only", False))

    @property
    def stream(self):  # type: ignore[no-untyped-def, override]
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def level_number(level: str) -> int:
    """``"warning"`` → ``logging.WARNING``; raises ValueError for an unknown name."""
    if level.lower() not in LEVELS:
        raise ValueError(f"log level must be one of {', '.join(LEVELS)}, not {level!r}")
    return int(getattr(logging, level.upper()))


def log_file(folder: Path) -> Path:
    """The current log file in ``folder`` (``paths.logs_dir(data)``)."""
    return Path(folder) / LOG_NAME


def setup_logging(
    folder: Path | None, level: str = DEFAULT_LEVEL, *, stderr: bool = True
) -> Path | None:
    """Log Accord's records of ``level`` and above to ``folder/accord.log`` (rotating);
    with ``stderr``, warnings and errors also go to the terminal, message only.

    Replaces what an earlier call installed. ``folder=None``: the terminal only. Returns
    the log file.
    """
    number = level_number(level)
    handlers: list[logging.Handler] = []
    path = log_file(folder) if folder is not None else None
    if path is not None:
        to_file = _LazyRotatingFile(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        to_file.setFormatter(logging.Formatter(FILE_FORMAT))
        to_file.setLevel(number)
        handlers.append(to_file)
    if stderr:
        terminal = _Stderr()
        terminal.setFormatter(logging.Formatter("%(message)s"))
        terminal.setLevel(max(number, logging.WARNING))
        handlers.append(terminal)
    with _lock:
        _remove_installed()
        for name in LOGGERS:
            logger = logging.getLogger(name)
            logger.setLevel(number)
            for handler in handlers:
                logger.addHandler(handler)
                _installed.append((logger, handler))
    return path


def _remove_installed() -> None:
    closed: set[int] = set()
    for logger, handler in _installed:
        logger.removeHandler(handler)
        if id(handler) not in closed:
            closed.add(id(handler))
            handler.close()
    _installed.clear()


def shutdown_logging() -> None:
    """Remove and close what :func:`setup_logging` installed (tests, and the app's exit)."""
    with _lock:
        _remove_installed()
        for name in LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)


def log_uncaught() -> None:
    """Record exceptions that nothing caught (in the app: a slot that raised), then let the
    previous hooks report them as before."""
    previous = sys.excepthook
    if getattr(previous, "accord_logs", False):
        return  # already installed

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.error("uncaught %s", kind.__name__, exc_info=(kind, value, trace), extra=FILE_ONLY)
        previous(kind, value, trace)

    hook.accord_logs = True  # type: ignore[attr-defined]
    sys.excepthook = hook
