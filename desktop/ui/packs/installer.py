"""Installing content packs from the window: File → Install content pack… and drag and drop.

Every step that touches files runs on the runner's ``work`` lane; the UI thread only shows
dialogs:

1. The pack's manifest is read (unverified: only to ask the right question). A version
   older than the installed one asks "Install anyway?" with the warning first.
2. ``packs_install.install_pack`` runs with a cancellable progress dialog. Cancelling
   before the switch leaves everything exactly as it was (the core's guarantee).
3. The "What changed" dialog lists new, updated and removed documents and, for each
   changed checklist, what it means for open drafts; ``libraryChanged`` asks the window to
   reload the library and update its search index.

A folder (a trainer's USB stick) installs every newer pack it holds (``install_folder``).
A ``PackError`` is shown in plain words; the installed library is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from desktop.core.packs.changes import ChecklistChange, DocumentChange
    from desktop.core.packs.install import InstallResult

PACK_SUFFIX = ".accordpack"
# With ``update_index=False`` the core's progress ends at the switch, 700 of its 1000 steps
# (packs_install._STAGES); the window then updates the index with its own progress bar.
_SWITCH_AT = 700

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 60
KIND_ROLE = Qt.ItemDataRole.UserRole + 61


def _t(text: str) -> str:
    return QCoreApplication.translate("PackInstall", text)


# --- Qt-free helpers (run on the work lane) ------------------------------------------------


@dataclass(frozen=True)
class PackCheck:
    """What a pack file says it is, before anything is verified (for the questions only)."""

    path: Path
    id: str
    version: str
    title: str
    installed: str | None
    order: int  # compare_versions(version, installed); 1 when nothing is installed
    delta: bool


def check_pack(path: Path, data: Path, bundled: Path | None) -> PackCheck:
    """Read ``path``'s manifest (not trusted: the install verifies everything again)."""
    from desktop.core.library.versions import compare_versions
    from desktop.core.packs.format import PackError
    from desktop.core.packs.store import CORE, bundled_version, installed_pack
    from desktop.core.packs.verify import read_manifest_unverified

    try:
        manifest = read_manifest_unverified(Path(path))
    except OSError as exc:
        raise PackError(f"{Path(path).name} cannot be read: {exc.strerror or exc}") from exc
    current = installed_pack(data, manifest.id)
    if current is not None:
        installed: str | None = current.version
    else:
        installed = bundled_version(bundled) if manifest.id == CORE else None
    order = compare_versions(manifest.version, installed) if installed else 1
    return PackCheck(
        Path(path),
        manifest.id,
        manifest.version,
        manifest.title,
        installed,
        order,
        manifest.delta is not None,
    )


@dataclass
class InstallOutcome:
    """What one install (a file, or every pack of a folder) did."""

    results: list[InstallResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the installed library is now different."""
        return any(r.action != "unchanged" for r in self.results)


def is_forceable(message: str) -> bool:
    """True for a refusal that ``force`` overrides (older or same version, clashing id)."""
    return "--force" in message


_CLI_HINTS: list[tuple[str, Callable[[], str]]] = [
    (
        r",? or pass --force to install it anyway \(the copy in the later pack is then hidden\)",
        lambda: _t(", or choose “Install anyway” (the copy in the later pack is then hidden)"),
    ),
    (
        r"; pass --force to install it anyway \(you can return with 'accord pack\s+rollback'\)",
        lambda: "",
    ),
    (r",? or pass --force to replace it", lambda: _t(", or choose “Install anyway” to replace it")),
    (
        r"(, )?add their key with 'accord pack trust add KEY\.pub' \(or pass --trust KEY\.pub "
        r"to verify\)",
        lambda: _t(", add their key under Trusted keys in File → Content packs"),
    ),
    (r" because of --force", lambda: _t(" because you chose “Install anyway”")),
    (r"; see 'accord pack list'", lambda: ""),
    (r" \(?'accord check [^']*' lists them all\)?", lambda: ""),
]


def plain_message(message: str) -> str:
    """A core ``PackError`` message with its command-line hints replaced by the app's."""
    text = message.strip()
    for pattern, replacement in _CLI_HINTS:
        text = re.sub(pattern, lambda _m, r=replacement: r(), text)
    text = text.rstrip()
    if text and text[-1] not in ".!?":
        text += "."
    first = text.split(" ", 1)[0]
    if "." in first or "/" in first:
        return text  # it starts with a file name: keep its spelling
    return text[:1].upper() + text[1:]


# --- "What changed" ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    kind: str  # "added", "updated", "removed"
    title: str
    items: list[tuple[str, DocumentChange]]  # (pack id, change)


class ChangesModel(QAbstractItemModel):
    """New, updated and removed documents: one group per kind, documents below it."""

    COLUMNS = ("document", "id")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._show_pack = False

    def set_results(self, results: list[InstallResult]) -> None:
        """Show the changes of ``results`` (empty groups are left out)."""
        titles = {
            "added": _t("New documents (%1)"),
            "updated": _t("Updated documents (%1)"),
            "removed": _t("Removed documents (%1)"),
        }
        groups = []
        for kind in ("added", "updated", "removed"):
            items = [(r.pack_id, change) for r in results for change in getattr(r.changes, kind)]
            items.sort(key=lambda pc: (pc[1].title.casefold(), pc[1].id))
            if items:
                groups.append(_Group(kind, titles[kind].replace("%1", str(len(items))), items))
        self.beginResetModel()
        self._groups = groups
        self._show_pack = len({r.pack_id for r in results}) > 1
        self.endResetModel()

    def total(self) -> int:
        """How many documents are listed."""
        return sum(len(g.items) for g in self._groups)

    # -- the tree: internalId 0 for a group, group number + 1 for a document under it
    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: ModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _t("Document")
        if section == 1:
            return _t("Id")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return group.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == KIND_ROLE:
                return group.kind
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
                return group.title
            return None
        group = self._groups[int(index.internalId()) - 1]
        pack, change = group.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                title = change.title or change.id
                return f"{title}  [{pack}]" if self._show_pack else title
            return change.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{change.path} ({pack})"
        if role == DOC_ID_ROLE:
            return None if group.kind == "removed" else change.id
        if role == KIND_ROLE:
            return group.kind
        return None


def result_sentence(result: InstallResult) -> str:
    """One sentence for people about what an install, rollback or removal did."""
    text = {
        "installed": _t("The pack “%1” %2 was installed."),
        "updated": _t("The pack “%1” was updated from version %3 to %2."),
        "downgraded": _t("The pack “%1” was returned to the older version %2 (was %3)."),
        "reinstalled": _t("The pack “%1” %2 was installed again."),
        "unchanged": _t("The pack “%1” %2 is already installed; nothing changed."),
        "rolled back": _t("The pack “%1” was rolled back from version %3 to %2."),
        "removed": _t("The pack “%1” %3 was removed."),
    }.get(result.action, _t("The pack “%1”: %2."))
    if result.action == "updated" and not result.previous_version:
        text = _t("The pack “%1” %2 was installed.")
    if result.action == "removed" and result.version:
        text += " " + _t("The library shows version %2 again.")
    if result.delta:
        text += " " + _t("(A delta pack: only the changed documents travelled.)")
    return (
        text.replace("%1", result.pack_id)
        .replace("%2", result.version or "—")
        .replace("%3", result.previous_version or "—")
    )


def counts_sentence(results: list[InstallResult]) -> str:
    """'3 new, 10 updated and 1 removed document(s)'."""
    added = sum(len(r.changes.added) for r in results)
    updated = sum(len(r.changes.updated) for r in results)
    removed = sum(len(r.changes.removed) for r in results)
    if not (added or updated or removed):
        return _t("No document changed.")
    return (
        _t("Documents: %1 new, %2 updated, %3 removed.")
        .replace("%1", str(added))
        .replace("%2", str(updated))
        .replace("%3", str(removed))
    )


class WhatChangedDialog(QDialog):
    """What an install (or rollback, or removal) changed; "Open" shows a new document."""

    documentRequested = Signal(str)

    def __init__(
        self,
        results: list[InstallResult],
        notes: list[str] | None = None,
        errors: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatChangedDialog")
        self.setWindowTitle(self.tr("What changed"))
        self.setAccessibleName(self.tr("What changed in the library"))
        self.setMinimumSize(620, 460)
        self.results = list(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)

        title = QLabel(self.tr("What changed"), self)
        title.setObjectName("dialogTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        sentences = [result_sentence(r) for r in self.results]
        if self.results:
            sentences.append(counts_sentence(self.results))
        self.summary = QLabel(" ".join(sentences) or self.tr("Nothing was installed."), self)
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.model = ChangesModel(self)
        self.model.set_results(self.results)
        self.view = QTreeView(self)
        self.view.setObjectName("changesView")
        self.view.setAccessibleName(self.tr("Documents added, updated and removed"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.view.activated.connect(self._open_index)
        self.view.doubleClicked.connect(self._open_index)
        self.view.setVisible(self.model.total() > 0)
        layout.addWidget(self.view, 3)

        checklists = [(r.pack_id, c) for r in self.results for c in r.changes.checklists]
        self.checklist_labels: list[QLabel] = []
        if checklists:
            heading = QLabel(self.tr("Checklists: what this means for open drafts"), self)
            heading.setObjectName("sectionTitle")
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            layout.addWidget(heading)
            box = QFrame(self)
            box.setObjectName("checklistChanges")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(12, 10, 12, 10)
            inner.setSpacing(8)
            for _pack, change in checklists:
                label = QLabel(self._checklist_text(change), box)
                label.setObjectName("checklistNote")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setAccessibleName(change.title)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                inner.addWidget(label)
                self.checklist_labels.append(label)
            if len(checklists) <= 3:
                layout.addWidget(box)
            else:  # many: scroll, so the documents keep their room
                inner.addStretch(1)
                scroll = QScrollArea(self)
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(box)
                scroll.setMaximumHeight(220)
                layout.addWidget(scroll, 1)

        remarks = [plain_message(n) for n in (notes or [])]
        remarks += [plain_message(w) for r in self.results for w in r.warnings]
        problems = [plain_message(e) for e in (errors or [])]
        self.remarks_label = QLabel(self)
        self.remarks_label.setObjectName("changesRemarks")
        self.remarks_label.setWordWrap(True)
        self.remarks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remarks_label.setAccessibleName(self.tr("Notes"))
        lines = [self.tr("Not installed: %1").replace("%1", p) for p in problems] + remarks
        self.remarks_label.setText("\n".join(lines))
        self.remarks_label.setVisible(bool(lines))
        layout.addWidget(self.remarks_label)

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open document"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected document"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.open_button.setVisible(self.model.total() > 0)
        layout.addWidget(buttons)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.resize(720, 560 if checklists else 480)

    def _checklist_text(self, change: ChecklistChange) -> str:
        import html

        if change.removed_checklist:
            versions = self.tr("removed")
        elif change.old_version and change.old_version != change.new_version:
            versions = (
                self.tr("version %1 → %2")
                .replace("%1", change.old_version)
                .replace("%2", change.new_version)
            )
        else:
            versions = self.tr("version %1").replace("%1", change.new_version or "—")
        details = []
        for ids, label in (
            (change.added_items, self.tr("new")),
            (change.changed_items, self.tr("changed")),
            (change.removed_items, self.tr("removed")),
        ):
            if ids:
                details.append(f"{label}: {html.escape(', '.join(ids))}")
        extra = f"<br><small>{'; '.join(details)}</small>" if details else ""
        return (
            f"<b>{html.escape(change.title)}</b> ({html.escape(versions)})<br>"
            f"{html.escape(change.note())}{extra}"
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.open_button.setEnabled(bool(current.siblingAtColumn(0).data(DOC_ID_ROLE)))

    def _open_index(self, index: QModelIndex) -> None:
        doc_id = index.siblingAtColumn(0).data(DOC_ID_ROLE) if index.isValid() else None
        if doc_id:
            self.documentRequested.emit(str(doc_id))
            self.accept()


# --- the installer ---------------------------------------------------------------------------


class _StageRelay(QObject):
    """Carries the core's stage texts from the worker thread to the UI thread."""

    stage = Signal(str)


def _stage_label(text: str) -> str:
    return {
        "Copying the pack": _t("Copying the pack…"),
        "Checking the signature and every file": _t("Checking the signature and every file…"),
        "Unpacking": _t("Unpacking…"),
        "Comparing with the installed version": _t("Comparing with the installed version…"),
        "Updating the search index": _t("Updating the search index…"),
    }.get(text, text)


class PackInstaller(QObject):
    """Install packs for a window: dialogs on the UI thread, file work on the work lane.

    ``prompt``, ``progress`` and ``changes_dialog`` are the dialogs shown (non-blocking,
    window-modal), so tests and scripts can answer them.
    """

    libraryChanged = Signal()  # the installed library changed: reload it
    documentRequested = Signal(str)
    statusMessage = Signal(str)
    finished = Signal(object)  # InstallOutcome, or None when nothing was done

    def __init__(
        self,
        runner: TaskRunner,
        data_dir: Path,
        bundled: Path | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_dir = Path(data_dir)
        self.bundled = Path(bundled) if bundled is not None else None
        self.widget = parent
        self.task: Task | None = None
        self.prompt: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.changes_dialog: WhatChangedDialog | None = None
        self._relay = _StageRelay(self)
        self._relay.stage.connect(self._on_stage)
        self._busy = False

    @property
    def busy(self) -> bool:
        """True from the first check until the outcome is shown."""
        return self._busy

    # -- entry points ------------------------------------------------------------------
    def choose_file(self) -> Path | None:
        """Ask for a pack file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Install content pack"),
            str(Path.home()),
            self.tr("Accord content packs (*.accordpack);;All files (*)"),
        )
        return Path(name) if name else None

    def install_from_dialog(self) -> Task | None:
        """File → Install content pack… (Ctrl+O)."""
        if self._refuse_if_busy():
            return None
        path = self.choose_file()
        return self.install(path) if path is not None else None

    def install(self, path: Path | str, force: bool = False) -> Task | None:
        """Install a pack file, or every newer pack in a folder; returns the first task."""
        if self._refuse_if_busy():
            return None
        self._busy = True
        target = Path(path)
        data, bundled = self.data_dir, self.bundled

        def job(_ctx: TaskContext) -> PackCheck | None:
            if target.is_dir():
                return None
            return check_pack(target, data, bundled)

        task = self.runner.submit(job, lane="work", name="check pack")
        task.succeeded.connect(lambda check: self._on_checked(target, check, force))
        task.failed.connect(lambda exc: self._on_failed(target, exc, force))
        self.task = task
        return task

    def _refuse_if_busy(self) -> bool:
        if self._busy:
            self.statusMessage.emit(
                self.tr("A content pack is being installed; wait until it has finished.")
            )
        return self._busy

    # -- steps -------------------------------------------------------------------------
    def _on_checked(self, target: Path, check: PackCheck | None, force: bool) -> None:
        if check is not None and check.order < 0 and not force:
            self._ask_older(check)
            return
        self._run(target, force, folder=check is None, check=check)

    def _ask_older(self, check: PackCheck) -> None:
        box = QMessageBox(self.widget)
        box.setObjectName("olderPackPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Install an older version?"))
        box.setText(
            self.tr("“%1” %2 is older than the installed version %3.")
            .replace("%1", check.title or check.id)
            .replace("%2", check.version)
            .replace("%3", check.installed or "")
        )
        box.setInformativeText(
            self.tr(
                "Installing it would undo later corrections to the library. Install it only "
                "if you were asked to. You can return to version %1 with Roll back in File → "
                "Content packs…."
            ).replace("%1", check.installed or "")
        )
        anyway = box.addButton(self.tr("Install &anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        anyway.setAccessibleName(self.tr("Install the older version anyway"))
        cancel.setAccessibleName(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setProperty("acceptButton", anyway)

        def answered(_result: int) -> None:
            self.prompt = None
            box.deleteLater()
            if box.clickedButton() is anyway:
                self._run(check.path, True, folder=False, check=check)
            else:
                self._done(None)
                self.statusMessage.emit(self.tr("Not installed; the library is unchanged."))

        box.finished.connect(answered)
        self.prompt = box
        box.open()

    def _run(self, target: Path, force: bool, *, folder: bool, check: PackCheck | None) -> Task:
        data, bundled, relay = self.data_dir, self.bundled, self._relay
        dialog = QProgressDialog(self.widget)
        dialog.setObjectName("packProgress")
        dialog.setWindowTitle(self.tr("Installing content pack"))
        dialog.setAccessibleName(self.tr("Installing content pack"))
        what = f"“{check.title or check.id}” {check.version}" if check else target.name
        dialog.setLabelText(self.tr("Installing %1…").replace("%1", what))
        dialog.setCancelButtonText(self.tr("&Cancel"))
        dialog.setRange(0, _SWITCH_AT)
        dialog.setValue(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(440)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = dialog

        def job(ctx: TaskContext) -> InstallOutcome:
            from desktop.core.packs.install import install_folder, install_pack

            options: dict[str, Any] = {
                "bundled": bundled,
                "force": force,
                "progress": ctx.progress,
                "stage": relay.stage.emit,
                # The window's own index is updated incrementally after the reload; a
                # second writer on the same index folder must not run meanwhile.
                "update_index": False,
            }
            if folder:
                results, notes, errors = install_folder(target, data, **options)
                return InstallOutcome(results, notes, errors)
            return InstallOutcome([install_pack(target, data, **options)])

        task = self.runner.submit(job, lane="work", name="install pack")
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_installed)
        task.failed.connect(lambda exc: self._on_failed(target, exc, force, check))
        task.cancelled.connect(lambda: self._on_cancelled())
        dialog.canceled.connect(lambda: self._cancel(task))
        self.task = task
        dialog.show()
        return task

    def _cancel(self, task: Task) -> None:
        # The dialog hides itself; the outcome follows (a cancel after the switch is too
        # late to matter, and the install is then reported as done).
        task.cancel()
        self.statusMessage.emit(self.tr("Cancelling the install…"))

    def _on_stage(self, text: str) -> None:
        if self.progress is not None and not (self.task and self.task.is_cancelled):
            self.progress.setLabelText(_stage_label(text))

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setValue(min(_SWITCH_AT, done * 1000 // total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _on_installed(self, outcome: InstallOutcome) -> None:
        self._close_progress()
        if outcome.changed:
            self.libraryChanged.emit()
        if not outcome.results and outcome.errors and not outcome.notes:
            self._show_error(
                self.tr("No pack was installed."),
                "\n".join(plain_message(e) for e in outcome.errors),
                None,
            )
            self._done(outcome)
            return
        if not outcome.results and not outcome.errors:
            text = (
                "\n".join(plain_message(n) for n in outcome.notes)
                if outcome.notes
                else self.tr("There is no content pack (.accordpack) in this folder.")
            )
            self._show_info(self.tr("Nothing to install"), text)
            self._done(outcome)
            return
        self.show_changes(outcome.results, outcome.notes, outcome.errors)
        self.statusMessage.emit("  ".join(result_sentence(r) for r in outcome.results))
        self._done(outcome)

    def show_changes(
        self,
        results: list[InstallResult],
        notes: list[str] | None = None,
        errors: list[str] | None = None,
    ) -> WhatChangedDialog:
        """The "What changed" dialog (non-blocking)."""
        if self.changes_dialog is not None:
            self.changes_dialog.close()
        dialog = WhatChangedDialog(results, notes, errors, self.widget)
        dialog.documentRequested.connect(self.documentRequested)
        dialog.finished.connect(lambda _r: self._forget_changes(dialog))
        self.changes_dialog = dialog
        dialog.open()
        return dialog

    def _forget_changes(self, dialog: WhatChangedDialog) -> None:
        if self.changes_dialog is dialog:
            self.changes_dialog = None
        dialog.deleteLater()

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.statusMessage.emit(self.tr("The install was cancelled; nothing was changed."))
        self._done(None)

    def _on_failed(
        self,
        target: Path,
        exc: BaseException,
        force: bool,
        check: PackCheck | None = None,
    ) -> None:
        from desktop.core.packs.format import PackError
        from desktop.core.packs.verify import PackCancelled

        self._close_progress()
        if isinstance(exc, PackCancelled):
            self._on_cancelled()
            return
        if isinstance(exc, PackError):
            message = exc.message
            retry = (
                (lambda: self._run(target, True, folder=False, check=check))
                if is_forceable(message) and not force and check is not None
                else None
            )
            self._show_error(
                self.tr("%1 was not installed.").replace("%1", target.name),
                plain_message(message),
                retry,
            )
        else:
            self._show_error(
                self.tr("%1 was not installed.").replace("%1", target.name),
                self.tr("Something went wrong: %1").replace("%1", str(exc) or type(exc).__name__),
                None,
            )
        self._done(None)

    def _show_error(self, title: str, text: str, retry: Callable[[], object] | None) -> None:
        box = QMessageBox(self.widget)
        box.setObjectName("packErrorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Content pack not installed"))
        box.setText(title)
        box.setInformativeText(text + "\n\n" + self.tr("Your library was not changed."))
        anyway = None
        if retry is not None:
            anyway = box.addButton(self.tr("Install &anyway"), QMessageBox.ButtonRole.AcceptRole)
            anyway.setAccessibleName(self.tr("Install anyway"))
            box.setProperty("acceptButton", anyway)
        close = box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        box.setDefaultButton(close)
        box.setEscapeButton(close)

        def answered(_result: int) -> None:
            if self.prompt is box:
                self.prompt = None
            box.deleteLater()
            if anyway is not None and box.clickedButton() is anyway and retry is not None:
                self._busy = True
                retry()

        box.finished.connect(answered)
        self.prompt = box
        box.open()

    def _show_info(self, title: str, text: str) -> None:
        box = QMessageBox(self.widget)
        box.setObjectName("packInfoBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.finished.connect(lambda _r: box.deleteLater())
        self.prompt = box
        box.open()

    def _done(self, outcome: InstallOutcome | None) -> None:
        self._busy = False
        self.finished.emit(outcome)


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


def pack_paths(urls: list[Any]) -> list[Path]:
    """The local ``.accordpack`` files and folders among dropped URLs."""
    out = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.suffix.lower() == PACK_SUFFIX or path.is_dir():
            out.append(path)
    return out
