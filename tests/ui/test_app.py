"""Application start, translations through Qt, locale direction, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QImage, QTextTable
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui.shell import app as app_module
from desktop.ui.shell.main_window import MainWindow


class PseudoTranslator(QTranslator):
    """Wraps every translated string in ⟦…⟧, to prove that it went through Qt."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"


def test_run_starts_the_app_and_returns_when_the_window_closes(
    qtbot, library_dir: Path, data_dir: Path
) -> None:
    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        live = [w for w in windows if w.isVisible() and w.data_dir == data_dir]
        if live and live[0].library is not None:
            live[0].close()
        else:
            QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(0, close_when_ready)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)
    guard.start(30_000)
    assert app_module.run([], library_dir=library_dir, data_dir=data_dir) == 0
    assert guard.isActive(), "the window never became ready"
    guard.stop()
    app = QApplication.instance()
    assert app.applicationName() == "Accord"
    assert app.organizationName() == "Accord"
    assert (data_dir / "accord.db").exists()


def test_every_ui_string_goes_through_qt_translation(
    qtbot, library_dir: Path, data_dir: Path
) -> None:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(library_dir, data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.library is not None, timeout=10_000)
        qtbot.waitUntil(
            lambda: window.assessments is not None or window.assessments_error is not None,
            timeout=15_000,
        )

        def ours(widget: QWidget) -> bool:
            # The assessments page is checked by its own tests.
            panel = window.assessments
            return panel is None or (widget is not panel and not panel.isAncestorOf(widget))

        untranslated = []
        for action in window.actions():
            if action is window.action_assessments:
                continue
            if action.text() and not action.text().startswith("⟦"):
                untranslated.append(action.text())
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert len(menus) == 9  # File, Edit, View, Go, Assessments, Bookmarks, Sync, Language, Help
        for menu in menus:
            if not menu.title().startswith("⟦"):
                untranslated.append(menu.title())
        for i in range(window.sidebar.count()):
            if not window.sidebar.tabText(i).startswith("⟦"):
                untranslated.append(window.sidebar.tabText(i))
        data_labels = ("keyCap", "docComponents", "docMeta", "typeBadge")
        for label in filter(ours, window.findChildren(QLabel)):
            text = label.text()
            # Document titles, counts and key caps are data, not UI strings.
            if (
                text
                and label.objectName() not in data_labels
                and "⟦" not in text
                and any(c.isalpha() for c in text)
            ):
                untranslated.append(f"{label.objectName()}: {text}")
        for widget in filter(ours, window.findChildren(QWidget)):
            name = widget.accessibleName()
            if name and "⟦" not in name and widget.objectName() != "typeCard":
                untranslated.append(f"accessible {type(widget).__name__}: {name}")
        assert untranslated == []
        assert window.search_box.placeholderText().startswith("⟦")
        window.close()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_layout_follows_the_language_direction(
    qtbot, library_dir: Path, data_dir: Path, monkeypatch
) -> None:
    app = QApplication.instance()
    previous = QLocale()
    monkeypatch.setenv("ACCORD_LANG", "ar_EG.UTF-8")
    try:
        app_module.create_application()
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = MainWindow(library_dir, data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.search_page.results_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.search_box.setText("governance")
        window.live.run_now()
        qtbot.waitUntil(lambda: window.search_page.results_model.rowCount() > 0)
        # The sidebar is on the right in a right-to-left layout.
        assert (
            window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > window.width() // 2
        )
        assert not window.grab().isNull()
        window.close()
    finally:
        QLocale.setDefault(previous)
        app.setLayoutDirection(previous.textDirection())


def _not_blank(image: QImage) -> bool:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    return len(colours) > 8


@pytest.mark.skipif(
    not any((Path(__file__).resolve().parents[2] / "content").rglob("*.md")),
    reason="no bundled library",
)
def test_screenshots_of_the_bundled_library(qtbot, data_dir: Path, tmp_path: Path) -> None:
    """Grabs the welcome page, a search with facets and a standard with a table.

    Set ACCORD_SHOTS_DIR to keep the PNGs (e.g. /tmp/accord-shots) and look at them.
    """
    out = Path(os.environ.get("ACCORD_SHOTS_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    content = Path(__file__).resolve().parents[2] / "content"
    app_module.create_application()  # the app's style, as ``run`` sets it
    window = MainWindow(content, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    # A recent document makes the welcome page look lived-in.
    first = window.library.sorted_documents()[0]
    window.open_document(first.id)
    qtbot.waitUntil(lambda: window.reader.current_id == first.id)
    window.show_welcome()
    qtbot.waitUntil(lambda: window.recent_model.rowCount() > 0)
    qtbot.wait(50)
    shots = {"welcome": window.grab().toImage()}

    window.search_box.setText("foundation models")
    window.live.run_now()
    qtbot.waitUntil(lambda: window.search_page.results_model.rowCount() > 0, timeout=10_000)
    qtbot.wait(50)
    shots["search"] = window.grab().toImage()

    with_table = (
        next(
            (
                d
                for d in window.library.sorted_documents()
                if d.type == "standard" and "|---" in d.body.replace(" ", "")
            ),
            None,
        )
        or window.library.sorted_documents()[0]
    )
    window.open_document(with_table.id)
    qtbot.waitUntil(lambda: window.reader.current_id == with_table.id)
    view = window.reader.view
    tables = [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    if tables:
        layout = view.document().documentLayout()
        top = layout.frameBoundingRect(tables[0]).top()
        view.verticalScrollBar().setValue(max(0, int(top) - 140))
    qtbot.wait(50)
    shots["reader"] = window.grab().toImage()
    for name, image in shots.items():
        assert _not_blank(image), name
        assert image.save(str(out / f"{name}.png"))
    window.close()
