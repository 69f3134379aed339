"""The pseudo-locale over the main screens: every visible string went through Qt's
translation (it carries the pseudo-locale's brackets) and none is clipped, although each
is 40 % longer than in English (``tests/ui/pseudo.py``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from tests.ui.pseudo import OPEN, PseudoLocale

WORD = re.compile(r"[A-Za-z]{2,}")


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isVisible()


def screen_problems(window: QMainWindow, data_names: frozenset[str] = frozenset()) -> list[str]:
    """Unmarked (hard-coded) and clipped strings on what ``window`` shows now."""
    problems = []

    def check_text(where: str, text: str) -> None:
        if text and OPEN not in text and WORD.search(text):
            problems.append(f"not translated: {where}: {text!r}")

    for label in window.findChildren(QLabel):
        if not _shown(label) or label.objectName() in data_names:
            continue
        check_text(f"label {label.objectName()}", label.text())
        if (
            label.text()
            and not label.wordWrap()
            and label.width() < label.minimumSizeHint().width()
        ):
            problems.append(f"clipped: label {label.objectName()}: {label.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button) or button.objectName() in data_names:
            continue
        check_text(f"button {button.objectName()}", button.text())
        if button.text() and button.width() < button.minimumSizeHint().width():
            problems.append(f"clipped: button {button.objectName()}: {button.text()!r}")
    for box in window.findChildren(QGroupBox):
        if _shown(box):
            check_text(f"group {box.objectName()}", box.title())
    for bar in window.findChildren(QTabBar):
        if _shown(bar) and bar.objectName() not in data_names:
            for i in range(bar.count()):
                check_text(f"tab {bar.objectName()}", bar.tabText(i))
    for action in window.menuBar().actions():
        check_text("menu", action.text())
        for entry in action.menu().actions() if action.menu() else []:
            # Languages are listed in their own names, on purpose.
            if entry.objectName().startswith("language_") and entry.objectName() != (
                "language_system"
            ):
                continue
            check_text(f"menu entry {entry.objectName()}", entry.text())
    return problems


def test_the_main_screens_in_the_pseudo_locale(qtbot, make_window) -> None:
    translator = PseudoLocale()
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window()
        window.resize(1024, 600)
        qtbot.wait(50)
        found = {"welcome": screen_problems(window)}
        window.search_box.setText("governance")
        window.live.run_now()
        qtbot.waitUntil(lambda: window.search_page.results_model.rowCount() > 0)
        found["search"] = screen_problems(window)
        assert window.open_document("standards/alpha")
        qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
        found["reader"] = screen_problems(window, frozenset({"docMeta", "docTitle"}))
        assert {k: v for k, v in found.items() if v} == {}
    finally:
        QCoreApplication.removeTranslator(translator)


# Content and data, not interface strings: the institution's name, the checklist's words,
# key caps, and the frameworks' own names on the results' tabs.
ASSESSMENT_DATA = frozenset(
    {"pageTitle", "questionText", "evidencePrompt", "keyCap", "qt_tabwidget_tabbar"}
)


def test_the_assessment_screens_in_the_pseudo_locale(qtbot, make_window) -> None:
    from desktop.core.actions.assessments import start_assessment
    from desktop.core.library.documents import load_library
    from desktop.core.storage import paths

    translator = PseudoLocale()
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(library=paths.bundled_library())
        window.resize(1024, 600)
        library = load_library(paths.bundled_library())
        panel = window.assessments
        store = panel.service.store_for_tests()
        assessment = start_assessment(
            store, library, "checklists/national-ai-readiness", institution="Min", country="KE"
        )
        window.stack.setCurrentWidget(panel)
        panel.show_list()
        qtbot.wait(100)
        found = {"list": screen_problems(window)}
        panel.open_assessment(assessment.id)
        qtbot.waitUntil(lambda: panel.runner.state is not None)
        panel.runner.answer("yes")
        panel.runner.go_next()
        qtbot.wait(100)
        found["runner"] = screen_problems(window, ASSESSMENT_DATA)
        panel.show_results(assessment.id)
        qtbot.waitUntil(lambda: panel.results.report is not None)
        qtbot.wait(100)
        found["results"] = screen_problems(window, ASSESSMENT_DATA)
        panel.show_workshop()
        qtbot.wait(100)
        found["workshop"] = screen_problems(window, ASSESSMENT_DATA)
        assert {k: v for k, v in found.items() if v} == {}
    finally:
        QCoreApplication.removeTranslator(translator)
