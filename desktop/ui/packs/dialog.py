"""File → Content packs…: the installed packs, roll back, remove, export, trusted keys.

The table is a Qt model over plain ``PackRow`` rows read on the work lane. Rolling back
and removing run there too (``packs_install.rollback_pack`` / ``remove_pack``, each one
atomic switch); the "What changed" dialog follows and the window reloads the library.
"Export to folder…" copies the verified pack files (``export_packs``) so a trainer can
update a whole room from a USB stick. "Trusted keys…" lists the publishers' keys; adding
one is explicit and warned about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop.ui.common.tasks import Task, TaskContext
from desktop.ui.packs.installer import PackInstaller, ask, plain_message

if TYPE_CHECKING:
    from desktop.core.packs.keys import PublicKey

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_MUTED = QColor("#6b7682")
PACK_ID_ROLE = Qt.ItemDataRole.UserRole + 70
KEY_ID_ROLE = Qt.ItemDataRole.UserRole + 71


def _t(text: str) -> str:
    return QCoreApplication.translate("PacksDialog", text)


# --- rows (Qt-free, read on the work lane) ----------------------------------------------------


@dataclass(frozen=True)
class PackRow:
    """One line of the packs table: the bundled library or an installed pack."""

    id: str
    title: str
    version: str
    documents: int | None
    previous_version: str | None
    source: str  # "bundled" or "installed"
    active: bool
    installed: str = ""  # when it was installed (ISO time)

    @property
    def removable(self) -> bool:
        return self.source == "installed"

    @property
    def can_roll_back(self) -> bool:
        return self.source == "installed" and bool(self.previous_version)


def pack_rows(data: Path, bundled: Path | None, counts: dict[str, int]) -> list[PackRow]:
    """The bundled library and every installed pack (``counts``: documents per pack id in
    the loaded library, for the bundled one)."""
    from desktop.core.packs.store import active_sources, bundled_version, installed_packs

    active = {(s.id, s.source) for s in active_sources(data, bundled)}
    rows = []
    if bundled is not None and Path(bundled).is_dir():
        in_use = ("core", "bundled") in active
        rows.append(
            PackRow(
                "core",
                "",
                bundled_version(bundled) or "",
                counts.get("core") if in_use else None,
                None,
                "bundled",
                in_use,
            )
        )
    for pack in installed_packs(data):
        documents = pack.meta.get("documents")
        rows.append(
            PackRow(
                pack.id,
                pack.title,
                pack.version,
                documents if isinstance(documents, int) else None,
                pack.previous_version,
                "installed",
                (pack.id, "installed") in active,
                str(pack.meta.get("installed") or ""),
            )
        )
    return rows


class PacksModel(QAbstractTableModel):
    """The packs table."""

    COLUMNS = ("id", "title", "version", "documents", "previous", "source")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PackRow] = []

    def set_rows(self, rows: list[PackRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PackRow]:
        return list(self._rows)

    def row_of(self, pack_id: str, source: str = "installed") -> int:
        for n, row in enumerate(self._rows):
            if row.id == pack_id and row.source == source:
                return n
        return -1

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignHCenter if section == 3 else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != _DISPLAY:
            return None
        return {
            "id": _t("Pack"),
            "title": _t("Title"),
            "version": _t("Version"),
            "documents": _t("Documents"),
            "previous": _t("Previous version"),
            "source": _t("Where from"),
        }[self.COLUMNS[section]]

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == PACK_ID_ROLE:
            return row.id
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "documents":
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole and not row.active:
            return _t("Not in use: an installed core pack replaces the bundled library.")
        return None

    @staticmethod
    def _text(row: PackRow, column: str) -> str:
        if column == "id":
            return row.id
        if column == "title":
            if row.source == "bundled":
                return _t("Library bundled with Accord")
            return row.title or "—"
        if column == "version":
            return row.version or "—"
        if column == "documents":
            return "—" if row.documents is None else str(row.documents)
        if column == "previous":
            return row.previous_version or "—"
        if row.source == "bundled":
            return _t("Bundled") if row.active else _t("Bundled (replaced)")
        return (
            _t("Installed %1").replace("%1", row.installed[:10])
            if row.installed
            else _t("Installed")
        )


# --- the dialog ---------------------------------------------------------------------------------


class PacksDialog(QDialog):
    """The installed packs with Roll back, Remove, Export to folder… and Trusted keys…."""

    def __init__(
        self,
        installer: PackInstaller,
        counts: Callable[[], dict[str, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("Content packs"))
        self.setAccessibleName(self.tr("Content packs"))
        self.installer = installer
        self.runner = installer.runner
        self._counts = counts or dict
        self.prompt: QMessageBox | None = None
        self.keys_dialog: TrustedKeysDialog | None = None
        self.task: Task | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        title = QLabel(self.tr("Content packs"), self)
        title.setObjectName("dialogTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Content packs bring documents and checklists from the coordinating body. "
                "The library bundled with Accord is the core pack; other packs sit beside "
                "it, and an installed core pack replaces it. Every pack is checked (its "
                "signature and every file) before it is installed."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("packsIntro")
        layout.addWidget(intro)

        body = QHBoxLayout()
        body.setSpacing(12)
        self.model = PacksModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("packsTable")
        self.table.setAccessibleName(self.tr("Installed content packs"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        body.addWidget(self.table, 1)

        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.install_button = self._button(
            self.tr("&Install…"), self.tr("Install a content pack"), self.install
        )
        self.rollback_button = self._button(
            self.tr("&Roll back"),
            self.tr("Roll back the selected pack to its previous version"),
            self.roll_back,
        )
        self.remove_button = self._button(
            self.tr("Re&move"), self.tr("Remove the selected pack"), self.remove
        )
        self.export_button = self._button(
            self.tr("&Export to folder…"),
            self.tr("Copy the installed packs to a folder or USB stick"),
            self.export,
        )
        self.keys_button = self._button(
            self.tr("&Trusted keys…"),
            self.tr("The publishers' keys this computer trusts"),
            self.show_keys,
        )
        for button in (self.install_button, self.rollback_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.keys_button)
        buttons.addStretch(1)
        self.close_button = self._button(self.tr("&Close"), self.tr("Close"), self.accept)
        buttons.addWidget(self.close_button)
        body.addLayout(buttons)
        layout.addLayout(body, 1)

        self.status = QLabel(self)
        self.status.setObjectName("packsStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        self.table.installEventFilter(self)  # Delete on the table removes the pack
        installer.finished.connect(self._after_install)
        self.setTabOrder(self.table, self.install_button)
        self.resize(980, 440)
        self._update_buttons()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove()
            return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> Task:
        """Read the packs again (work lane)."""
        data, bundled, counts = self.installer.data_dir, self.installer.bundled, self._counts()
        task = self.runner.submit(
            lambda _ctx: pack_rows(data, bundled, counts), lane="work", name="list packs"
        )
        task.succeeded.connect(self._on_rows)
        task.failed.connect(
            lambda exc: self.status.setText(
                self.tr("The packs could not be listed: %1").replace("%1", str(exc))
            )
        )
        return task

    def _on_rows(self, rows: list[PackRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if column != 1:  # the title stretches
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 18)
        row = self.model.row_of(selected.id, selected.source) if selected else -1
        if row < 0:
            installed = [n for n, r in enumerate(rows) if r.source == "installed"]
            row = installed[0] if installed else (0 if rows else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> PackRow | None:
        """The selected row."""
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        idle = self.task is None or self.task.is_done
        self.rollback_button.setEnabled(idle and row is not None and row.can_roll_back)
        self.remove_button.setEnabled(idle and row is not None and row.removable)
        self.export_button.setEnabled(
            idle and any(r.source == "installed" for r in self.model.rows())
        )
        self.install_button.setEnabled(idle and not self.installer.busy)
        if row is not None and row.source == "installed" and not row.previous_version:
            self.rollback_button.setToolTip(self.tr("No earlier version is kept for this pack."))
        else:
            self.rollback_button.setToolTip(
                self.tr("Roll back the selected pack to its previous version")
            )

    # -- actions -----------------------------------------------------------------------
    def install(self) -> None:
        """Install… (the same as File → Install content pack…)."""
        self.installer.install_from_dialog()
        self._update_buttons()

    def _after_install(self, _outcome: object) -> None:
        if self.isVisible():
            self.refresh()
            self._update_buttons()

    def roll_back(self) -> QMessageBox | None:
        """Ask, then return the selected pack to its previous version."""
        row = self.selected()
        if row is None or not row.can_roll_back:
            return None
        self.prompt = ask(
            self,
            "rollbackPrompt",
            self.tr("Roll back a content pack"),
            self.tr("Return “%1” from version %2 to version %3?")
            .replace("%1", row.title or row.id)
            .replace("%2", row.version)
            .replace("%3", row.previous_version or ""),
            self.tr(
                "Version %1 is kept, so you can roll back again to return to it. Answers in "
                "assessments are never changed."
            ).replace("%1", row.version),
            self.tr("&Roll back"),
            lambda: self._change(row.id, "rollback"),
        )
        return self.prompt

    def remove(self) -> QMessageBox | None:
        """Ask, then uninstall the selected pack."""
        row = self.selected()
        if row is None or not row.removable:
            return None
        documents = "" if row.documents is None else str(row.documents)
        text = (
            self.tr("Its %1 documents leave the library.").replace("%1", documents)
            if documents
            else self.tr("Its documents leave the library.")
        )
        if row.id == "core":
            text += " " + self.tr("The library bundled with Accord is shown again.")
        text += " " + self.tr(
            "Assessments keep their answers. To have the pack again, install its file."
        )
        self.prompt = ask(
            self,
            "removePrompt",
            self.tr("Remove a content pack"),
            self.tr("Remove “%1” %2?")
            .replace("%1", row.title or row.id)
            .replace("%2", row.version),
            text,
            self.tr("Re&move"),
            lambda: self._change(row.id, "remove"),
            icon=QMessageBox.Icon.Warning,
        )
        return self.prompt

    def _change(self, pack_id: str, what: str) -> Task:
        data, bundled = self.installer.data_dir, self.installer.bundled

        def job(_ctx: TaskContext) -> Any:
            from desktop.core.packs.install import remove_pack, rollback_pack

            action = rollback_pack if what == "rollback" else remove_pack
            return action(data, pack_id, bundled=bundled, update_index=False)

        self.status.setText(
            self.tr("Rolling back “%1”…") if what == "rollback" else self.tr("Removing “%1”…")
        )
        self.status.setText(self.status.text().replace("%1", pack_id))
        task = self.runner.submit(job, lane="work", name=f"{what} pack")
        task.succeeded.connect(self._on_changed)
        task.failed.connect(self._on_change_failed)
        task.finished.connect(self._update_buttons)
        self.task = task
        self._update_buttons()
        return task

    def _on_changed(self, result: Any) -> None:
        from desktop.ui.packs.installer import result_sentence

        self.status.setText(result_sentence(result))
        self.installer.libraryChanged.emit()
        self.installer.show_changes([result])
        self.refresh()

    def _on_change_failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        self.status.setText(
            plain_message(message) + " " + self.tr("The installed library was not changed.")
        )

    def choose_export_folder(self) -> Path | None:
        """Ask for the folder to export to (tests replace this)."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Export content packs to a folder or USB stick"), str(Path.home())
        )
        return Path(name) if name else None

    def export(self) -> Task | None:
        """Copy the installed packs' verified files to a folder (peer distribution)."""
        folder = self.choose_export_folder()
        if folder is None:
            return None
        data = self.installer.data_dir

        def job(_ctx: TaskContext) -> list[Path]:
            from desktop.core.packs.install import export_packs

            return export_packs(data, folder)

        self.status.setText(self.tr("Copying the packs to %1…").replace("%1", str(folder)))
        task = self.runner.submit(job, lane="work", name="export packs")
        task.succeeded.connect(lambda written: self._on_exported(folder, written))
        task.failed.connect(self._on_change_failed)
        task.finished.connect(self._update_buttons)
        self.task = task
        self._update_buttons()
        return task

    def _on_exported(self, folder: Path, written: list[Path]) -> None:
        if not written:
            self.status.setText(
                self.tr("No installed packs to export (the bundled library comes with Accord).")
            )
            return
        self.status.setText(
            self.tr(
                "Copied %1 pack file(s) to %2. On another computer choose File → Install "
                "content pack… and pick the files, or drop the folder on Accord's window."
            )
            .replace("%1", str(len(written)))
            .replace("%2", str(folder))
        )

    def show_keys(self) -> TrustedKeysDialog:
        """Trusted keys…"""
        dialog = TrustedKeysDialog(self.installer, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.keys_dialog = dialog
        dialog.open()
        return dialog


# --- trusted keys ---------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyRow:
    key_id: str
    comment: str
    source: str  # "bundled" or "user"


class KeysModel(QAbstractTableModel):
    """Keys a pack may be signed with."""

    COLUMNS = ("key_id", "comment", "source")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KeyRow] = []

    def set_rows(self, rows: list[KeyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[KeyRow]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (_t("Key id"), _t("Publisher"), _t("Trusted because"))[section]

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KEY_ID_ROLE:
            return row.key_id
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            column = self.COLUMNS[index.column()]
            if column == "key_id":
                return row.key_id
            if column == "comment":
                return row.comment or _t("(no name given)")
            return _t("Shipped with Accord") if row.source == "bundled" else _t("Added here")
        return None


def key_rows(data: Path) -> list[KeyRow]:
    """The trusted keys: shipped ones first, then the ones added on this computer."""
    from desktop.core.packs.keys import trusted_keys

    return [KeyRow(k.key_id, k.comment, k.source) for k in trusted_keys(data)]


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
        self.model = KeysModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("keysTable")
        self.table.setAccessibleName(self.tr("Trusted keys"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
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
        layout.addLayout(row)
        self.resize(680, 340)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> Task:
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
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

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
            from desktop.core.packs.keys import load_public_key

            return load_public_key(path)

        task = self.runner.submit(job, lane="work", name="read key")
        task.succeeded.connect(self._confirm_add)
        task.failed.connect(
            lambda exc: self.status.setText(
                plain_message(getattr(exc, "message", None) or str(exc))
            )
        )
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
            from desktop.core.packs.keys import add_trusted_key

            return add_trusted_key(data, key)

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
        row = self.selected()
        if row is None or row.source != "user":
            return None
        data, kid = self.data_dir, row.key_id

        def remove() -> None:
            from desktop.core.packs.keys import remove_trusted_key

            task = self.runner.submit(
                lambda _ctx: remove_trusted_key(data, kid), lane="work", name="forget key"
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
