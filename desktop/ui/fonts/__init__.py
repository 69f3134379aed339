"""Fonts shipped with Accord: Noto Naskh Arabic (SIL Open Font License 1.1, ``OFL.txt``).

Many office computers have no Arabic font, and then Arabic shows as boxes on screen and
in the PDF. :func:`load_fonts` registers the bundled one with Qt and makes it the first
substitute of the usual interface and report families, so Arabic letters in any text
are drawn (and embedded in PDFs) with it rather than as boxes.
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
    if ARABIC_FAMILY in families:
        app_font = QGuiApplication.font().family()
        for family in {*USUAL_FAMILIES, app_font, QFont().defaultFamily()}:
            if family and family != ARABIC_FAMILY:
                QFont.insertSubstitution(family, ARABIC_FAMILY)
    _loaded.extend(sorted(families))
    return list(_loaded)
