"""Fonts shipped with Accord: Noto Naskh Arabic (SIL Open Font License 1.1, ``OFL.txt``).

Many office computers have no Arabic font, and then Arabic shows as boxes on screen and
in the PDF. :func:`load_fonts` registers the bundled one with Qt; in an Arabic interface
:func:`arabic_fallback` makes it the substitute of the usual families, and an Arabic PDF
names it after its own family (:func:`with_arabic`), so Arabic letters are drawn (and
embedded in PDFs) with it rather than as boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

HERE = Path(__file__).resolve().parent
ARABIC_FAMILY = "Noto Naskh Arabic"
# The families the interface and the report ask for; Arabic letters missing from them
# are taken from the bundled font.
USUAL_FAMILIES = ("Liberation Sans", "Arial", "Helvetica", "Segoe UI", "Noto Sans", "DejaVu Sans")
_loaded: list[str] = []


def font_files() -> list[Path]:
    """The bundled font files."""
    return sorted(HERE.glob("*.ttf"))


def load_fonts() -> list[str]:
    """Register the bundled fonts (once; needs a QGuiApplication); their families."""
    if _loaded:
        return list(_loaded)
    families: set[str] = set()
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded.extend(sorted(families))
    return list(_loaded)


def arabic_fallback(on: bool) -> None:
    """Make the bundled Arabic font the substitute of the usual families (``on``), or
    stop. Only while the interface is in Arabic: a substitute also changes the line
    height of Latin text, so other languages keep their metrics (the UI thread only)."""
    if ARABIC_FAMILY not in load_fonts():
        return
    app_font = QGuiApplication.font().family()
    for family in {*USUAL_FAMILIES, app_font, QFont().defaultFamily()}:
        if not family or family == ARABIC_FAMILY:
            continue
        if on:
            QFont.insertSubstitution(family, ARABIC_FAMILY)
        else:
            QFont.removeSubstitutions(family)


def with_arabic(family: str) -> list[str]:
    """A family list for one font: ``family``, then the bundled Arabic font (for a PDF in
    Arabic, made off the UI thread, where the substitution table is not touched)."""
    load_fonts()
    return [family, ARABIC_FAMILY] if family != ARABIC_FAMILY else [family]
