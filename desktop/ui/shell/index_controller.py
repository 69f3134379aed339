"""The search index of the main window: open, update or build it off the UI thread, show
its progress in the status bar, cancel it, and say when search is ready.

The index is thread-safe: searches keep answering from the previous state while a reload
of the library updates it incrementally. A query typed before the index is ready waits in
the search controller and runs then.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.storage import paths
from desktop.ui.common.locale_format import seconds_text
from desktop.ui.common.tasks import Cancelled, Task, TaskContext

if TYPE_CHECKING:
    from desktop.core.library.documents import Library
    from desktop.ui.shell.window_parts import ShellWindow
    from index.api import IndexReport, ProgressFn

IndexOpener = Callable[[Path, "Library", "ProgressFn"], tuple[Any, "IndexReport"]]


def default_index_opener(
    directory: Path, library: Library, progress: ProgressFn
) -> tuple[Any, Any]:
    """Open (building or updating as needed) the real search index for ``library``."""
    from desktop.core.search.documents import open_index

    return open_index(directory, library, progress)


def _index_docs(library: Library) -> list[Any]:
    from desktop.core.search.documents import index_docs

    return index_docs(library)


class IndexController(QObject):
    """The window's search index; ``opener`` is injectable for tests."""

    ready = Signal(object)  # IndexReport (None after an incremental update)
    failed = Signal(str)

    def __init__(self, window: ShellWindow, opener: IndexOpener | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.opener: IndexOpener = opener or default_index_opener
        self.index: Any = None
        self.task: Task | None = None
        self.report: Any = None
        self.closing = False

    def open(self) -> Task | None:
        """Open, update or build the search index for the loaded library (work lane)."""
        window = self.window
        library = window.library
        if library is None:
            return None
        if self.task is not None and not self.task.is_done:
            self.task.cancel()
        opener = self.opener
        directory = paths.index_dir(window.data_dir)
        old_index = self.index

        def job(ctx: TaskContext) -> tuple[Any, Any, float]:
            started = time.perf_counter()
            if old_index is not None:
                # Incremental update of the open index when the library is reloaded.
                old_index.ensure(_index_docs(library), ctx.progress)
                ctx.check()
                return old_index, None, time.perf_counter() - started
            index, report = opener(directory, library, ctx.progress)
            if ctx.cancelled:
                index.close()
                raise Cancelled
            return index, report, time.perf_counter() - started

        window.index_progress.show()
        window.cancel_index_button.show()
        window.index_progress.setRange(0, 0)  # busy until the first progress report
        window.index_progress.setValue(0)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Preparing the search index…")
        )
        task = window.runner.submit(job, lane="work", name="open index")
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_ready)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        self.task = task
        return task

    def cancel(self) -> None:
        """Stop building the index (search stays unavailable until it is built)."""
        if self.task is not None and not self.task.is_done:
            self.task.cancel()

    def close(self) -> None:
        """Close the index (at shutdown, after the work lane is idle)."""
        if self.index is not None:
            try:
                self.index.close()
            finally:
                self.index = None
                self.window.controller.set_index(None)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.window.index_progress.setRange(0, total)
            self.window.index_progress.setValue(min(done, total))

    def _finished(self) -> None:
        self.window.index_progress.hide()
        self.window.cancel_index_button.hide()

    def _on_ready(self, result: tuple[Any, Any, float]) -> None:
        index, report, seconds = result
        window = self.window
        self._finished()
        self.index = index
        self.report = report
        window.controller.set_index(index)
        if report is not None and (
            report.added or report.updated or report.removed or report.rebuilt
        ):
            changed = report.added + report.updated
            message = self.tr(
                "Search is ready: %n document(s) indexed in %1.", "", changed
            ).replace("%1", seconds_text(seconds))
        else:
            message = QCoreApplication.translate("MainWindow", "Search is ready.")
        window.statusBar().showMessage(message, 5000)
        self.ready.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        window = self.window
        self._finished()
        text = QCoreApplication.translate("MainWindow", "Search is unavailable: %1").replace(
            "%1", str(exc) or type(exc).__name__
        )
        window.notice.show_notice(
            text,
            "warning",
            [(QCoreApplication.translate("MainWindow", "Try again"), window.open_index)],
        )
        self.failed.emit(str(exc))

    def _on_cancelled(self) -> None:
        window = self.window
        self._finished()
        if self.closing:
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Indexing was cancelled."), 5000
        )
        if self.index is None:
            window.notice.show_notice(
                QCoreApplication.translate(
                    "MainWindow", "Indexing was cancelled, so search is not available yet."
                ),
                "warning",
                [(QCoreApplication.translate("MainWindow", "Index now"), window.open_index)],
            )
