"""File → Content packs…: the installed packs, roll back, remove, export, trusted keys.

The table (``packs_model``) is read on the work lane. Rolling back and removing run there
too (the use cases ``actions.packs.rollback`` / ``remove``, each one atomic switch); the
"What changed" dialog follows and the window reloads the library. "Export to folder…"
copies the verified pack files (``actions.packs.export``) so a trainer can update a whole
room from a USB stick. "Trusted keys…" (``keys_dialog``) lists the publishers' keys;
adding one is explicit and warned about.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui.common.tasks import Task, TaskContext
from desktop.ui.packs.keys_dialog import TrustedKeysDialog
from desktop.ui.packs.messages import app_message, result_sentence
from desktop.ui.packs.packs_model import PackRow, PacksModel, pack_rows
from desktop.ui.packs.widgets import ask, dialog_title, rows_table

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView, QWidget

    from desktop.ui.packs.installer import PackInstaller


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
        layout.addWidget(dialog_title(self.tr("Content packs"), self))
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
        body.addWidget(self._build_table(), 1)
        body.addLayout(self._build_buttons())
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

    def _build_table(self) -> QTableView:
        self.model = PacksModel(self)
        self.table = rows_table(self.model, "packsTable", self.tr("Installed content packs"), self)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        return self.table

    def _build_buttons(self) -> QVBoxLayout:
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
        return buttons

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
        return self.model.row_at(self.table.currentIndex())

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
            self.tr("Its %n document(s) leave the library.", "", row.documents or 0)
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
            from desktop.core.actions import packs

            action = packs.rollback if what == "rollback" else packs.remove
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
        self.status.setText(result_sentence(result))
        self.installer.libraryChanged.emit()
        self.installer.show_changes([result])
        self.refresh()

    def _on_change_failed(self, exc: BaseException) -> None:
        self.status.setText(
            app_message(exc) + " " + self.tr("The installed library was not changed.")
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
            from desktop.core.actions.packs import export

            return export(data, folder)

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
