"""The interface's translations: the shipped languages, the Qt ``.ts`` sources translators
fill in, and the compiled ``.qm`` files the app loads.

``accord_<lang>.ts`` are extracted from the source by ``pyside6-lupdate`` and compiled to
``accord_<lang>.qm`` by ``pyside6-lrelease`` (``python -m desktop.ui.translations.build``,
docs/translations.md). Both are committed, so ``pip install -e .`` and the frozen bundle
ship the same files; a test checks the ``.qm`` files are exactly what lrelease makes.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# The languages the interface ships in, besides English (the source language), with
# each language's name in itself for the Language menu.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
}
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")


def ts_path(language: str) -> Path:
    """The translators' source file of ``language``."""
    return HERE / f"accord_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled translation of ``language`` the app loads."""
    return HERE / f"accord_{language}.qm"
