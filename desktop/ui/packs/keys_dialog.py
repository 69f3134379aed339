"""File → Content packs… → Trusted keys…: the publishers' keys packs may be signed with.

The coordinating body's key ships with Accord; adding another publisher's key is explicit
and warned about, and only keys added here can be removed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.row_table_model import RowTableModel
from desktop.ui.common.tasks import Task, TaskContext
from desktop.ui.packs.messages import app_message
from desktop.ui.packs.widgets import ask, rows_table

if TYPE_CHECKING:
    from desktop.core.packs.keys import PublicKey
    from desktop.ui.packs.installer import PackInstaller

_DISPLAY = Qt.ItemDataRole.DisplayRole
KEY_ID_ROLE = Qt.ItemDataRole.UserRole + 71


def _t(text: str) -> str:
    return QCoreApplication.translate("PacksDialog", text)


@dataclass(frozen=True)
class KeyRow:
    """One trusted key: its id, whose it is, and why it is trusted."""

    key_id: str
    comment: str
    source: str  # "bundled" or "user"


class KeysModel(RowTableModel):
    """Keys a pack may be signed with."""

    COLUMNS = ("key_id", "comment", "source")

    def header(self, column: str, role: int) -> Any:
        if role != _DISPLAY:
            return None
        return {
            "key_id": QCoreApplication.translate("PacksDialog", "Key id"),
            "comment": QCoreApplication.translate("PacksDialog", "Publisher"),
            "source": QCoreApplication.translate("PacksDialog", "Trusted because"),
        }[column]

    def cell(self, row: KeyRow, column: str, role: int) -> Any:
        if role == KEY_ID_ROLE:
            return row.key_id
        if role not in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == "key_id":
            return row.key_id
        if column == "comment":
            return row.comment or QCoreApplication.translate("PacksDialog", "(no name given)")
        return (
            QCoreApplication.translate("PacksDialog", "Shipped with Accord")
            if row.source == "bundled"
            else QCoreApplication.translate("PacksDialog", "Added here")
        )


def key_rows(data: Path) -> list[KeyRow]:
    """The trusted keys: shipped ones first, then the ones added on this computer."""
    from desktop.core.actions.packs import trusted

    return [KeyRow(k.key_id, k.comment, k.source) for k in trusted(data)]


class TrustedKeysDialog(QDialog):
    """The keys packs may be signed with; Add key… asks with an explicit warning."""

    keysChanged = Signal()

    def __init__(self, installer: PackInstaller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedKeysDialog")
        self.setWindowTitle(self.tr("Trusted keys"))
        self.setAccessibleName(self.tr("Trusted keys"))
        self.runner = installer.runner
        self.data_dir = installer.data_dir
        self.prompt: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        intro = QLabel(
            self.tr(
                "Accord installs only packs signed with one of these keys. The coordinating "
                "body's key ships with Accord; add another publisher's key only if you "
                "received it from them in person or over a channel you trust."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_table(), 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        layout.addLayout(self._build_buttons())
        self.resize(680, 340)
        self._update_buttons()
        self.refresh()

    def _build_table(self) -> QTableView:
        self.model = KeysModel(self)
        self.table = rows_table(self.model, "keysTable", self.tr("Trusted keys"), self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add key…"), self)
        self.add_button.setAccessibleName(self.tr("Add a publisher's key"))
        self.add_button.clicked.connect(self.add_key)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Stop trusting the selected key"))
        self.remove_button.clicked.connect(self.remove_key)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def refresh(self) -> Task:
        """Read the trusted keys again (work lane)."""
        data = self.data_dir
        task = self.runner.submit(lambda _ctx: key_rows(data), lane="work", name="list keys")
        task.succeeded.connect(self._on_rows)
        return task

    def _on_rows(self, rows: list[KeyRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> KeyRow | None:
        """The selected key."""
        return self.model.row_at(self.table.currentIndex())

    def _update_buttons(self) -> None:
        row = self.selected()
        self.remove_button.setEnabled(row is not None and row.source == "user")

    def choose_key_file(self) -> Path | None:
        """Ask for a ``.pub`` file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a publisher's key"),
            str(Path.home()),
            self.tr("Public keys (*.pub);;All files (*)"),
        )
        return Path(name) if name else None

    def add_key(self) -> Task | None:
        """Read a key file, then ask (with the warning) before trusting it."""
        path = self.choose_key_file()
        if path is None:
            return None

        def job(_ctx: TaskContext) -> PublicKey:
            from desktop.core.actions.packs import read_key

            return read_key(path)

        task = self.runner.submit(job, lane="work", name="read key")
        task.succeeded.connect(self._confirm_add)
        task.failed.connect(lambda exc: self.status.setText(app_message(exc)))
        return task

    def _confirm_add(self, key: PublicKey) -> None:
        who = key.comment or self.tr("no name given")
        self.prompt = ask(
            self,
            "trustKeyPrompt",
            self.tr("Trust a new publisher?"),
            self.tr("Trust the key %1 (%2)?").replace("%1", key.key_id).replace("%2", who),
            self.tr(
                "Warning: packs signed with this key will then install on this computer "
                "exactly like the coordinating body's own, and can change what every user "
                "of this computer reads and the checklists they answer. Add it only if you "
                "received it from the publisher in person or over a channel you trust, and "
                "compare the key id with theirs."
            ),
            self.tr("&Trust this key"),
            lambda: self._add(key),
            icon=QMessageBox.Icon.Warning,
        )

    def _add(self, key: PublicKey) -> Task:
        data = self.data_dir

        def job(_ctx: TaskContext) -> Path:
            from desktop.core.actions.packs import trust_key

            return trust_key(data, key)

        task = self.runner.submit(job, lane="work", name="trust key")
        task.succeeded.connect(
            lambda _p: self.status.setText(
                self.tr("Key %1 is now trusted.").replace("%1", key.key_id)
            )
        )
        task.failed.connect(lambda exc: self.status.setText(str(exc)))
        task.finished.connect(self.refresh)
        task.finished.connect(self.keysChanged)
        return task

    def remove_key(self) -> QMessageBox | None:
        """Ask, then stop trusting the selected key (only keys added here)."""
        row = self.selected()
        if row is None or row.source != "user":
            return None
        data, kid = self.data_dir, row.key_id

        def remove() -> None:
            from desktop.core.actions.packs import untrust_key

            task = self.runner.submit(
                lambda _ctx: untrust_key(data, kid), lane="work", name="forget key"
            )
            task.succeeded.connect(
                lambda _r: self.status.setText(
                    self.tr("Key %1 is no longer trusted.").replace("%1", kid)
                )
            )
            task.finished.connect(self.refresh)
            task.finished.connect(self.keysChanged)

        self.prompt = ask(
            self,
            "untrustKeyPrompt",
            self.tr("Stop trusting a key?"),
            self.tr("Stop trusting the key %1 (%2)?").replace("%1", kid).replace("%2", row.comment),
            self.tr(
                "Packs already installed stay; new packs signed with this key will be refused."
            ),
            self.tr("&Stop trusting"),
            remove,
        )
        return self.prompt
