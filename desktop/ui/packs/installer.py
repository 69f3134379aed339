"""Installing content packs from the window: File → Install content pack… and drag and drop.

Every step that touches files runs on the runner's ``work`` lane; the UI thread only shows
dialogs:

1. The pack's manifest is read (unverified: only to ask the right question). A version
   older than the installed one asks "Install anyway?" with the warning first.
2. The install use case (``actions.packs.install``) runs with a cancellable progress
   dialog. Cancelling before the switch leaves everything exactly as it was (the core's
   guarantee).
3. The "What changed" dialog lists new, updated and removed documents and, for each
   changed checklist, what it means for open drafts; ``libraryChanged`` asks the window to
   reload the library and update its search index.

A folder (a trainer's USB stick) installs every newer pack it holds. A ``PackError`` is
shown in plain words, with an "Install anyway" button when its code says ``force`` would
override it; the installed library is untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.core.packs.errors import FORCEABLE, PackCancelled, PackError
from desktop.ui.common.tasks import Task, TaskContext, TaskRunner
from desktop.ui.packs.messages import app_message, result_sentence, stage_label
from desktop.ui.packs.what_changed import WhatChangedDialog

if TYPE_CHECKING:
    from desktop.core.actions.packs import InstallOutcome, PackCheck
    from desktop.core.packs.result import InstallResult

PACK_SUFFIX = ".accordpack"
# With ``update_index=False`` the core's progress ends at the switch, 700 of its 1000 steps
# (packs.progress.STAGES); the window then updates the index with its own progress bar.
_SWITCH_AT = 700


class _StageRelay(QObject):
    """Carries the core's stage texts from the worker thread to the UI thread."""

    stage = Signal(str)


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
            from desktop.core.actions.packs import check_pack

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
        self._run(target, force, check)

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
                self._run(check.path, True, check)
            else:
                self._done(None)
                self.statusMessage.emit(self.tr("Not installed; the library is unchanged."))

        box.finished.connect(answered)
        self.prompt = box
        box.open()

    def _run(self, target: Path, force: bool, check: PackCheck | None) -> Task:
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
            from desktop.core.actions import packs

            return packs.install(
                target,
                data,
                bundled=bundled,
                force=force,
                progress=ctx.progress,
                stage=relay.stage.emit,
                # The window's own index is updated incrementally after the reload; a
                # second writer on the same index folder must not run meanwhile.
                update_index=False,
            )

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
            self.progress.setLabelText(stage_label(text))

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
                "\n".join(app_message(e) for e in outcome.errors),
                None,
            )
            self._done(outcome)
            return
        if not outcome.results and not outcome.errors:
            text = (
                "\n".join(app_message(n) for n in outcome.notes)
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
        self._close_progress()
        if isinstance(exc, PackCancelled):
            self._on_cancelled()
            return
        if isinstance(exc, PackError):
            # Offer "Install anyway" for a refusal that forcing overrides (older or same
            # version, clashing document id), when it was not forced already.
            forceable = exc.code in FORCEABLE and not force and check is not None
            retry = (lambda: self._run(target, True, check)) if forceable else None
            self._show_error(
                self.tr("%1 was not installed.").replace("%1", target.name),
                app_message(exc),
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
