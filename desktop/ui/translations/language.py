"""Which language the interface speaks, and switching Qt to it.

The choice, strongest first: ``ACCORD_LANG``; the Language menu's choice (the setting
``language`` in the user's database); the system locale. A ``C``/``POSIX`` locale or a
language Accord does not ship means English.

Numbers and dates follow a *formatting locale*: the system's own when it speaks the
interface language (fr_SN keeps Senegal's conventions), else the language's default. One
digit style per screen: Arabic uses the Western digits 0–9, as the Arabic content does, so
a locale whose digits are not 0–9 is replaced by the same language for the whole world
(``ar_001``: Arabic month names, Western digits).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.ui.fonts import arabic_fallback
from desktop.ui.translations import LANGUAGES, qm_path

ENV = "ACCORD_LANG"
SETTING = "language"
SYSTEM = "system"  # the stored value of "System default"

# Qt ships Portuguese as spoken in Brazil only for some modules: the fallbacks to try.
_QT_FALLBACKS = {"pt": ("pt_PT", "pt_BR"), "ar": ("ar",), "fr": ("fr",), "es": ("es",)}

_installed: list[QTranslator] = []
_language = ["en"]  # the language of the installed translators


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language of the system locale, or "en"."""
    locale = locale or QLocale.system()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "en"
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else "en"


def normalise(value: str | None) -> str | None:
    """'fr_FR.UTF-8' → 'fr'; None for values naming no shipped language ("", "system")."""
    if not value:
        return None
    code = value.strip().split(".")[0].replace("-", "_").split("_")[0].lower()
    if code in ("c", "posix"):
        return "en"
    return code if code in LANGUAGES else None


def choose(stored: str | None, env: str | None = None, system: str = "en") -> str:
    """The interface language: ``env`` (ACCORD_LANG), then ``stored``, then ``system``."""
    return normalise(env) or normalise(stored) or system


def stored_language(data_dir: Path) -> str:
    """The Language menu's saved choice ("" when none), read before the window exists.

    A read-only look at one row, so the window is built in the right language at once;
    every write goes through the session. A missing or unreadable database means "none".
    """
    from desktop.core.storage.paths import database_path

    path = database_path(data_dir)
    if not path.is_file():
        return ""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.5)
        ) as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", [SETTING]).fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def startup_language(data_dir: Path | None) -> str:
    """The language to build the window in (ACCORD_LANG, saved choice, system locale)."""
    stored = stored_language(data_dir) if data_dir is not None else ""
    return choose(stored, os.environ.get(ENV), system_language())


def formatting_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for numbers and dates in ``language`` (module docstring)."""
    system = system or QLocale.system()
    # By name: the system locale object itself may take month names from the C library,
    # which under LANG=C with LANGUAGE=fr still says "Dec".
    system = QLocale(system.name())
    if language == "en":
        english = system.language() == QLocale.Language.English
        locale = (
            system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
    elif system.name().split("_")[0] == language:
        locale = system
    else:
        locale = QLocale(language)
    if locale.zeroDigit() != "0":
        locale = QLocale(locale.language(), QLocale.Country.World)
    if locale.zeroDigit() != "0":  # no such variant in this Qt: keep the language's own
        locale = QLocale(language)
    return locale


def current_language() -> str:
    """The language the interface speaks now (from the default locale)."""
    return system_language(QLocale())


def installed_language() -> str:
    """The language of the translators ``apply`` installed last ("en" before any)."""
    return _language[0]


def _qt_translator(language: str) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in _QT_FALLBACKS.get(language, ()):
        translator = QTranslator()
        if translator.load(f"qtbase_{name}", folder):
            return translator
    return None


def apply(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Make ``language`` the interface's: translators (Qt's and Accord's), the default
    locale for numbers and dates, and the layout direction. Returns the translators."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    # English too: its file holds the plural forms ("1 document", "2 documents").
    for translator in (_qt_translator(language), _accord_translator(language)):
        if translator is not None and app is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _language[0] = language
    if isinstance(app, QGuiApplication):
        arabic_fallback(language == "ar")
    locale = formatting_locale(language)
    QLocale.setDefault(locale)
    if app is not None and hasattr(app, "setLayoutDirection"):
        rtl = QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return list(_installed)


def _accord_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(qm_path(language))) else None


def translator_for(language: str) -> QTranslator | None:
    """A translator of Accord's strings in ``language`` not installed in the app (the
    report uses it to write a PDF in the assessment's language)."""
    return _accord_translator(language if language in LANGUAGES else "en")
