"""The Language menu: the choice applies at once without losing the user's place, is
saved in the user's database and comes back at the next start; ACCORD_LANG wins."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.shell.language_switch import install_language_menu, switch_language
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.translations import language as languages


def _stored(data_dir: Path) -> str | None:
    with sqlite3.connect(data_dir / "accord.db") as db:
        row = db.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
    return row[0] if row else None


def _switched(qtbot, window: MainWindow, choice: str) -> MainWindow:
    new = switch_language(window, choice, MainWindow)
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.library is not None, timeout=15_000)
    qtbot.waitUntil(lambda: new.store.available, timeout=15_000)
    return new


def test_choosing_a_language_rebuilds_the_window_where_the_user_was(
    qtbot, make_window, data_dir: Path
) -> None:
    window = make_window()
    # The main window installs it; before that wiring, install it here.
    menu = getattr(window, "language_menu", None) or install_language_menu(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(menu.title()) == len(titles) - 2  # just before Help
    entries = [a.text() for a in menu.actions() if a.text()]
    assert entries == ["System default", "English", "Français", "Español", "Português", "العربية"]

    window.search_box.setText("governance")
    window.live.run_now()
    qtbot.waitUntil(lambda: window.search_page.results_model.rowCount() > 0)
    assert window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")

    french = _switched(qtbot, window, "fr")
    assert _stored(data_dir) == "fr"
    assert QLocale().language() == QLocale.Language.French
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: french.reader.current_id == "standards/alpha", timeout=10_000)
    # The search comes back once the index is ready, without covering the document.
    qtbot.waitUntil(lambda: french.search_box.text() == "governance", timeout=30_000)
    qtbot.wait(50)
    assert french.stack.currentWidget() is french.reader
    assert not window.isVisible()  # the old window is gone, the app did not quit

    arabic = _switched(qtbot, french, "ar")
    assert _stored(data_dir) == "ar"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().zeroDigit() == "0"  # Western digits, as the Arabic content uses
    qtbot.waitUntil(lambda: arabic.reader.current_id == "standards/alpha", timeout=10_000)
    # The next start reads the saved choice (ACCORD_LANG unset).
    assert languages.startup_language(data_dir) == "ar"
    english = _switched(qtbot, arabic, languages.SYSTEM)
    assert _stored(data_dir) == languages.SYSTEM
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    english.close()


def test_the_startup_language_order(tmp_path: Path, monkeypatch) -> None:
    assert languages.choose(None, None, "en") == "en"
    assert languages.choose("", None, "fr") == "fr"  # nothing saved: the system's
    assert languages.choose("system", None, "pt") == "pt"
    assert languages.choose("ar", None, "fr") == "ar"  # the menu's choice
    assert languages.choose("ar", "es_MX.UTF-8", "fr") == "es"  # ACCORD_LANG wins
    assert languages.choose("ar", "C", "fr") == "en"  # C/POSIX mean English
    assert languages.choose("ar", "de_DE", "fr") == "ar"  # not shipped: ignored
    assert languages.choose("klingon", None, "fr") == "fr"
    assert languages.system_language(QLocale("C")) == "en"
    assert languages.system_language(QLocale("pt_MZ")) == "pt"
    assert languages.system_language(QLocale("de_DE")) == "en"
    # No database yet, or one without the setting: nothing saved.
    assert languages.stored_language(tmp_path) == ""
    monkeypatch.setenv("ACCORD_LANG", "fr")
    assert languages.startup_language(tmp_path) == "fr"


def test_the_formatting_locale_keeps_the_region_and_one_digit_style() -> None:
    assert languages.formatting_locale("fr", QLocale("fr_SN")).name() == "fr_SN"
    assert languages.formatting_locale("fr", QLocale("en_US")).name() == "fr_FR"
    for system in ("ar_EG", "ar_SA", "C", "en_US"):
        assert languages.formatting_locale("ar", QLocale(system)).zeroDigit() == "0"
    assert languages.formatting_locale("ar", QLocale("ar_MA")).name() == "ar_MA"
    assert languages.formatting_locale("en", QLocale("C")).name() == "en_GB"
