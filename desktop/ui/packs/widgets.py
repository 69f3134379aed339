"""Small pieces the pack dialogs share: a title label, a table of rows, a question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QTableView, QWidget


def dialog_title(text: str, parent: QWidget) -> QLabel:
    """The large bold title at the top of a pack dialog."""
    title = QLabel(text, parent)
    title.setObjectName("dialogTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title.setFont(font)
    return title


def rows_table(
    model: QAbstractItemModel, name: str, accessible: str, parent: QWidget
) -> QTableView:
    """A read-only table of ``model`` where one whole row is selected at a time."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    return table


def ask(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    informative: str,
    accept_label: str,
    on_accept: Callable[[], object],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """A non-blocking question whose default (and Esc) is Cancel; ``on_accept`` runs on
    the accept button. The box's ``acceptButton`` property is that button (for tests)."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    accept.setAccessibleName(accept_label.replace("&", ""))
    cancel = box.addButton(
        QCoreApplication.translate("PackInstall", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setAccessibleName(QCoreApplication.translate("PackInstall", "Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setProperty("acceptButton", accept)

    def answered(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is accept:
            on_accept()

    box.finished.connect(answered)
    box.open()
    return box
