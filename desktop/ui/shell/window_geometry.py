"""The window's size and place, and the positions of its splitters, remembered.

The window opens sized to the screen it is on: maximised on a small screen (a 1366×768 or
1024×600 laptop, where a fixed size would push the status bar and toolbar off the
screen), four fifths of a larger one, centred. Once the user database is open, the size,
place and splitter positions of the last session come back (``Session`` settings, read
and written on the db lane); they are written again when the window closes. A size saved
on a larger screen is brought back inside this one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

if TYPE_CHECKING:
    from desktop.ui.shell.window_parts import ShellWindow

GEOMETRY_KEY = "window.geometry"
SPLITTERS_KEY = "window.splitters"
SMALL_SCREEN = (1440, 900)  # at most this (available): the window opens maximised
# The splitters whose positions are remembered, by object name.
REMEMBERED = (
    "mainSplitter",
    "runnerSplitter",
    "workshopSplitter",
    "workshopChartSplitter",
)


def available(window: QWidget) -> QRect:
    """The part of the window's screen not taken by panels and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def size_to_screen(window: QWidget) -> None:
    """Size ``window`` for its screen before it is first shown (see the module docstring)."""
    area = available(window)
    if area.width() <= SMALL_SCREEN[0] or area.height() <= SMALL_SCREEN[1]:
        window.resize(area.size())
        window.move(area.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    width, height = area.width() * 4 // 5, area.height() * 4 // 5
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)


class WindowMemory:
    """Restores and saves the window's geometry and splitter positions (see above)."""

    def __init__(self, window: ShellWindow) -> None:
        self.window = window
        self.widget = cast(QMainWindow, window)
        self.splitters: dict[str, list[int]] = {}
        self.restored = False

    def restore(self) -> None:
        """Read what the last session saved (db lane) and apply it."""
        from desktop.core.storage import reading

        def job(db: object) -> tuple[str, str]:
            return (
                reading.get_setting(db, GEOMETRY_KEY),  # type: ignore[arg-type]
                reading.get_setting(db, SPLITTERS_KEY, "{}"),  # type: ignore[arg-type]
            )

        task = self.window.session.call(job, "read the window's geometry")
        task.succeeded.connect(lambda saved: self._apply(*saved))

    def _apply(self, geometry: str, splitters: str) -> None:
        window = self.window
        self.restored = True
        try:
            loaded = json.loads(splitters)
        except ValueError:
            loaded = {}
        if isinstance(loaded, dict):
            self.splitters = {
                str(k): [int(n) for n in v]
                for k, v in loaded.items()
                if isinstance(v, list) and all(isinstance(n, int) for n in v)
            }
        widget = self.widget
        self.apply_splitters(widget)
        if not geometry or window.closing:
            return
        if widget.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            fits_inside(widget)

    def apply_splitters(self, root: QWidget) -> None:
        """Put the remembered positions on the splitters under ``root`` (a page added
        later calls this for its own)."""
        for splitter in root.findChildren(QSplitter):
            sizes = self.splitters.get(splitter.objectName())
            if not sizes or sum(sizes) <= 0:
                continue
            if splitter.count() == len(sizes):
                splitter.setSizes(sizes)
            # A splitter laid out differently now (the runner in a narrow window) keeps
            # them for when it is wide again.
            splitter.setProperty("rememberedSizes", sizes)

    def save(self) -> None:
        """Write the geometry and splitter positions (queued before the session closes)."""
        window, widget = self.window, self.widget
        for splitter in widget.findChildren(QSplitter):
            name = splitter.objectName()
            sizes = splitter.sizes()
            if name in REMEMBERED and splitter.count() >= 2 and all(sizes):
                self.splitters[name] = sizes
        geometry = bytes(widget.saveGeometry().toBase64().data()).decode("ascii")
        splitters = json.dumps(self.splitters, sort_keys=True)
        store = window.store
        if store.available:
            store.set_setting(GEOMETRY_KEY, geometry)
            store.set_setting(SPLITTERS_KEY, splitters)


def fits_inside(window: QWidget) -> None:
    """Bring a window larger than its screen's free area back inside it."""
    area = available(window)
    frame = window.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        window.showMaximized()
    elif not area.contains(frame):
        window.move(area.topLeft())
