"""The Assessments menu: what its actions do, from wherever the user is in the window.

The keys are the window's, not the page's: ``Ctrl+N`` starts an assessment right after
``Ctrl+5`` even though the focus is still in the search box, and ``Ctrl+Shift+W`` opens
the workshop view from the results. The assessments page is added after the first paint
(``startup.install_assessments``); until then the actions say it is still loading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from desktop.ui.assessment.panel import AssessmentsPanel
    from desktop.ui.shell.window_parts import ShellWindow

# The menu's actions, in order (``actions.ACTIONS`` creates them; None: a separator).
MENU_ACTIONS: tuple[str | None, ...] = (
    "action_new_assessment",
    "action_assessment_results",
    None,
    "action_workshop",
    "action_present",
)


def _panel(window: ShellWindow) -> AssessmentsPanel | None:
    """The assessments page, shown (None, with a word in the status bar, while loading)."""
    panel = window.assessments
    if panel is None:
        reason = window.assessments_error or QCoreApplication.translate(
            "MainWindow", "The assessments are still loading."
        )
        window.statusBar().showMessage(reason, 6000)
        return None
    if window.stack.currentWidget() is not panel:
        window.stack.setCurrentWidget(panel)
    return panel


def show_assessments(window: ShellWindow) -> None:
    """Ctrl+5: the assessments page, with the keyboard focus in it (not left in the
    search box, so the page's own keys work at once)."""
    panel = _panel(window)
    if panel is not None:
        panel.focus_page()


def new_assessment(window: ShellWindow) -> None:
    """Ctrl+N: the start dialog, from anywhere in the window."""
    panel = _panel(window)
    if panel is not None:
        panel.new_assessment()


def show_results(window: ShellWindow) -> None:
    """Ctrl+R: the results of the assessment open in the runner, or of the one selected
    in the list."""
    panel = _panel(window)
    if panel is not None:
        panel.show_current_results()


def show_workshop(window: ShellWindow) -> None:
    """Ctrl+Shift+W: the workshop view (of the checklist of the selected assessment)."""
    panel = _panel(window)
    if panel is not None:
        panel.show_workshop()


def present(window: ShellWindow) -> None:
    """F11: present the workshop view full screen, or stop presenting."""
    panel: AssessmentsPanel | None = window.assessments
    if panel is not None and panel.workshop.presenting:
        panel.workshop.set_presenting(False)
        return
    panel = _panel(window)
    if panel is None:
        return
    if panel.stack.currentWidget() is not panel.workshop:
        panel.show_workshop()
    panel.workshop.set_presenting(True)
    panel.workshop.setFocus(Qt.FocusReason.ShortcutFocusReason)
