"""How much of the window a page takes.

* The assessments (list, runner, results, workshop) take the whole width: the library
  sidebar folds away while they are shown and comes back, as it was, when the user
  leaves them (``Ctrl+1``…``3`` bring it back at any time).
* Presenting the workshop view takes the whole screen: full screen, with no menu bar,
  toolbar, sidebar or status bar; leaving the presentation puts everything back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.shell.window_parts import ShellWindow


class PageModes(QObject):
    """Folds the sidebar for whole-window pages and runs the presentation."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.wide_pages: set[QWidget] = set()
        self.sidebar_folded = False
        self.presenting = False
        self._before: dict[str, object] = {}
        window.stack.currentChanged.connect(lambda _i: self.page_changed())

    def add_wide_page(self, page: QWidget) -> None:
        """``page`` takes the whole width of the window while it is shown."""
        self.wide_pages.add(page)
        self.page_changed()

    def page_changed(self) -> None:
        """Fold the sidebar on a whole-width page; unfold it elsewhere."""
        wide = self.window.stack.currentWidget() in self.wide_pages
        if wide != self.sidebar_folded:
            self.sidebar_folded = wide
            self.window.sidebar.setVisible(not wide and not self.presenting)

    def show_sidebar(self) -> None:
        """The user asked for the sidebar (Ctrl+1…3): show it even on a wide page."""
        if not self.presenting:
            self.window.sidebar.setVisible(True)

    # == presenting ======================================================================
    def set_presenting(self, on: bool) -> None:
        """Full screen without menus, toolbar, sidebar or status bar (or back)."""
        if on == self.presenting:
            return
        window = self.window
        parts = {
            "menu": window.menuBar(),
            "toolbar": window.toolbar,
            "status": window.statusBar(),
            "sidebar": window.sidebar,
            "notice": window.notice,
        }
        self.presenting = on
        if on:
            self._before = {name: part.isVisible() for name, part in parts.items()}
            self._before["state"] = window.windowState()
            for part in parts.values():
                part.hide()
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
            return
        state = self._before.get("state", Qt.WindowState.WindowNoState)
        window.setWindowState(state)  # type: ignore[arg-type]
        for name, part in parts.items():
            part.setVisible(bool(self._before.get(name, name != "notice")))
        if not self.sidebar_folded:
            window.sidebar.setVisible(True)
