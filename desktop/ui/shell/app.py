"""Start the desktop app: ``run()`` creates the QApplication and shows the main window.

The CLI calls ``run(library_dir=..., data_dir=...)`` when ``accord`` has no arguments; it
imports this module lazily so headless commands never load Qt.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.common.style import app_stylesheet
from desktop.ui.fonts import load_fonts
from desktop.ui.translations import language as languages


def create_application(
    argv: Sequence[str] | None = None, language: str | None = None
) -> QApplication:
    """The QApplication (reused if one exists), named, styled, translated, locale-directed.

    ``language`` defaults to ACCORD_LANG, else the system locale's (``translations.language``).
    """
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Accord")
    app.setApplicationDisplayName("Accord")
    app.setOrganizationName("Accord")
    app.setOrganizationDomain("accord.invalid")
    from desktop import __version__

    app.setApplicationVersion(__version__)
    app.setDesktopFileName("accord")
    icon = window_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()
    # Translators, number and date formats, and the layout direction: right-to-left
    # languages mirror the whole interface; documents follow their own language.
    languages.apply(language or languages.startup_language(None), app)
    if app.style().name().lower() not in ("windows11", "windowsvista", "macos"):
        app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font = QFont(font)
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(app_stylesheet())
    return app


def window_icon_path() -> Path | None:
    """``accord.png`` from the frozen bundle (``icons/``) or the checkout; None if absent.

    ``create_application`` sets it with ``app.setWindowIcon`` when this returns a path.
    """
    root = getattr(sys, "_MEIPASS", None)
    if root:
        path = Path(root) / "icons" / "accord.png"
    else:
        path = Path(__file__).resolve().parents[3] / "packaging" / "icons" / "accord.png"
    return path if path.is_file() else None


def run(
    argv: Sequence[str] | None = None,
    library_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
) -> int:
    """Start the GUI on ``library_dir`` (default: the bundled library) and ``data_dir``
    (default: ``ACCORD_DATA_DIR`` or the user data folder); returns the exit code."""
    from desktop.core.errors import AccordError
    from desktop.core.storage import paths

    # The saved Language menu choice is in the user's data folder (ACCORD_LANG wins);
    # a folder that cannot be used is reported by the window, in the system's language.
    try:
        data: Path | None = paths.data_dir(data_dir)
    except (AccordError, OSError):
        data = None
    app = create_application(argv, languages.startup_language(data))
    from desktop.core.logs import log_uncaught
    from desktop.ui.shell.main_window import MainWindow

    log_uncaught()

    window = MainWindow(
        Path(library_dir) if library_dir else None, Path(data_dir) if data_dir else None
    )
    window.show()
    previous = _close_on_interrupt(window)
    try:
        return app.exec()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _close_on_interrupt(window: QWidget) -> object:
    """Ctrl+C in the terminal closes the window cleanly (pending saves are flushed).

    Returns the previous SIGINT handler (None when not on the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_args: window.close())
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)
    return previous


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(run())
