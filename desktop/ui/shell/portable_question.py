"""The one question a portable install asks: keep the live data on the stick or here?

``desktop.cli`` calls :func:`confirm_portable_storage` before the app opens the database,
when a portable install's data folder is on removable or network storage
(``desktop.core.storage.portable``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.core.storage.portable import Layout


def confirm_portable_storage(layout: Layout) -> Layout:
    """Ask where a portable install on removable storage keeps its live data.

    Shows the risk (``portable.risk_message``) and two choices: keep the data on this
    computer and export a copy to the stick on exit (the default), or keep it on the stick.
    A click is remembered in ``AccordData/portable.json``; closing the question without a
    click keeps the data on this computer for this session only and asks again next time.
    Returns the layout to use. Needs no window: call it before the main window exists.
    """
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from desktop.core.storage import paths, portable
    from desktop.ui.shell.app import create_application

    create_application()
    box = QMessageBox(QMessageBox.Icon.Warning, "Accord", portable.RISK_TITLE)
    box.setInformativeText(portable.risk_message(layout))
    computer = box.addButton(
        QCoreApplication.translate("MainWindow", "Keep my data on this computer"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    # DestructiveRole, not RejectRole: Escape must never pick the risky answer.
    stick = box.addButton(
        QCoreApplication.translate("MainWindow", "Keep my data on the stick"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(computer)
    box.exec()
    clicked = box.clickedButton()
    computer_dir = paths.default_data_dir()
    if clicked is stick:
        return portable.record_choice(layout, portable.DATA_ON_STICK, computer_dir)
    if clicked is computer:
        return portable.record_choice(layout, portable.DATA_ON_COMPUTER, computer_dir)
    return replace(
        layout,
        data_on=portable.DATA_ON_COMPUTER,
        data_dir=computer_dir,
        export_dir=layout.folder / portable.EXPORTS_FOLDER,
    )
