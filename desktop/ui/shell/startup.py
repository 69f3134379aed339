"""What the main window loads after its first paint: the library (then the search index)
and the assessments page.

The library loads on the work lane; browsing works as soon as it is in, searching once the
index is ready. The assessments package is imported off the UI thread (it costs about a
second) and its page added only then; its failure never stops the library and search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.storage import paths
from desktop.ui.common.tasks import Task, TaskContext
from desktop.ui.shell import assessment_actions
from desktop.ui.shell.status_bar import update_problems_button

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desktop.core.library.combined import LibrarySet
    from desktop.core.library.documents import Library
    from desktop.ui.shell.window_parts import ShellWindow


def load_library(window: ShellWindow) -> Task:
    """Load (or reload) the library on the work lane: the bundled library plus every
    installed content pack (``library_set``); the index then covers them all."""
    root = window.library_dir
    data = window.data_dir
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Loading the library…"))

    def job(_ctx: TaskContext) -> LibrarySet:
        from desktop.core.library.combined import load_library_set

        # As the CLI does: an installed "core" pack replaces only the bundled library,
        # never a folder chosen explicitly (a writer previewing their own library).
        bundled = root.resolve() == paths.bundled_library().resolve()
        return load_library_set(root, data, installed_core=bundled)

    task = window.runner.submit(job, lane="work", name="load library")
    task.succeeded.connect(lambda library_set: _on_library_set_loaded(window, library_set))
    task.failed.connect(
        lambda exc: window.notice.show_notice(
            QCoreApplication.translate("MainWindow", "The library could not be loaded: %1").replace(
                "%1", str(exc)
            ),
            "error",
        )
    )
    return task


def _on_library_set_loaded(window: ShellWindow, library_set: LibrarySet) -> None:
    window.packs = list(library_set.packs)
    show_library(window, library_set.library)


def show_library(window: ShellWindow, library: Library) -> None:
    """The library is in: fill the browser, the start page and the problems, then open the
    index (and, the first time, the assessments page)."""
    from desktop.ui.shell.central import set_tab_order

    window.library = library
    documents = list(library.documents.values())
    window.library_model.set_documents(documents)
    window.library_view.expandToDepth(0)
    window.reader.set_library(library)
    window.welcome.set_documents(documents)
    set_tab_order(window)  # the type cards are new
    window.count_label.setText(
        QCoreApplication.translate("MainWindow", "Documents: %1").replace("%1", str(len(documents)))
    )
    window.problems_dock.model.set_problems(library.problems)
    update_problems_button(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Library loaded."), 3000
    )
    window.lists.refresh_titles()
    window.libraryLoaded.emit(library)
    window.open_index()
    if window.assessments is None and window.assessments_error is None:
        warm_assessments(window)  # after the library: browsing comes first


def _into_assessments_menu(window: ShellWindow, action: QAction) -> None:
    """The page's own entry, first in the Assessments menu."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and menu_action.objectName() == "menuAssessments":
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, action)
            menu.insertSeparator(first)


def warm_assessments(window: ShellWindow) -> None:
    """Import the assessments package off the UI thread, then add its page."""

    def job(_ctx: TaskContext) -> None:
        import desktop.ui.assessment.panel  # noqa: F401

    task = window.runner.submit(job, lane="work", name="import assessments")
    task.succeeded.connect(lambda _r: install_assessments(window))
    task.failed.connect(lambda _exc: install_assessments(window))


def install_assessments(window: ShellWindow) -> None:
    """Add the assessments page to the window (idempotent; never fatal)."""
    if window.assessments is not None or window.closing:
        return
    try:
        from desktop.ui.assessment.panel import AssessmentsPanel

        panel = AssessmentsPanel(
            window.session, window.library, window.runner, window.stack, autostart=False
        )
    except Exception as exc:  # the library and search must work without it
        window.assessments_error = str(exc) or type(exc).__name__
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Assessments are not available: %1").replace(
                "%1", window.assessments_error
            ),
            8000,
        )
        return
    window.assessments = panel
    action = window.add_page(
        panel, QCoreApplication.translate("MainWindow", "&Assessments"), "Ctrl+5"
    )
    action.triggered.connect(lambda _checked=False: assessment_actions.show_assessments(window))
    window.action_assessments = action
    _into_assessments_menu(window, action)
    # The whole window (no sidebar); the window's menu holds the page's keys; presenting
    # the workshop takes the whole screen; the splitters come back where they were.
    window.page_modes.add_wide_page(panel)
    panel.use_window_keys()
    panel.presentingChanged.connect(window.page_modes.set_presenting)
    window.memory.apply_splitters(panel)
    panel.documentRequested.connect(window.open_document)
    panel.statusMessage.connect(lambda t: window.statusBar().showMessage(t, 6000))
    window.libraryLoaded.connect(panel.set_library)
    # Completing queues the assessment (in the same db job); the sync sends it, and the
    # list shows each assessment's sync status as it changes (``Session.changed``).
    panel.runner.completed.connect(window.sync.after_completion)
    panel.service.open()
