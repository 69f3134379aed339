"""Content packs from the main window: a pack file (or a folder of them) dropped on the
window installs; File → Content packs… shows the installed ones.

The work is the installer's (``desktop.ui.packs``); the window only hands over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.ui.packs.installer import pack_paths

if TYPE_CHECKING:
    from desktop.core.library.documents import Library
    from desktop.ui.shell.window_parts import ShellWindow


def accepts(event: QDragEnterEvent) -> bool:
    """A .accordpack file, or a folder of them (a trainer's USB stick), is being dragged."""
    return event.mimeData().hasUrls() and bool(pack_paths(event.mimeData().urls()))


def drop(window: ShellWindow, event: QDropEvent) -> bool:
    """Install the pack dropped on ``window``; False when the drop holds no pack."""
    found = pack_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
    if not found:
        return False
    event.acceptProposedAction()
    if len(found) > 1:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Drop one pack or one folder at a time; installing %1."
            ).replace("%1", found[0].name),
            8000,
        )
    window.installer.install(found[0])
    return True


def show_packs(window: ShellWindow) -> Any:
    """The content packs dialog (one at a time; raised when it is open already)."""
    from desktop.ui.packs.dialog import PacksDialog

    if window.packs_dialog is not None:
        window.packs_dialog.raise_()
        window.packs_dialog.activateWindow()
        return window.packs_dialog
    dialog = PacksDialog(window.installer, lambda: documents_per_pack(window.library), window)

    def finished(_result: int) -> None:
        window.packs_dialog = None
        dialog.deleteLater()

    dialog.finished.connect(finished)
    window.packs_dialog = dialog
    dialog.open()
    return dialog


def documents_per_pack(library: Library | None) -> dict[str, int]:
    """How many documents of the loaded library each pack provides."""
    counts: dict[str, int] = {}
    for doc in library.documents.values() if library is not None else []:
        counts[doc.pack] = counts.get(doc.pack, 0) + 1
    return counts
