"""The report's look: page geometry, colours, fonts and the style sheet of pages 2 onwards,
and the translation context every part of the report shares."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop.ui.common.report_language import (
    report_direction,
    report_in_arabic,
    report_language,
    report_locale,
    translate,
)
from desktop.ui.fonts import with_arabic

__all__ = ["report_direction", "report_language", "report_locale", "translate"]

PDF_RESOLUTION = 300
MARGIN_MM = 18.0
HEADER_MM = 12.0
FOOTER_MM = 12.0
INK = "#1d2733"
MUTED = "#5b6672"
ACCENT = "#1f5fbf"
BAND = "#17365d"
RULE = "#d5dbe3"
SOFT = "#f3f6fa"
FONT_FAMILIES = ("Liberation Sans", "Arial", "Helvetica", "Segoe UI", "Noto Sans", "DejaVu Sans")

_keep_app: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; the CLI has none, so make an offscreen one."""
    if QCoreApplication.instance() is not None:
        return
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _keep_app.append(QGuiApplication([sys.argv[0] if sys.argv else "accord"]))


def report_font_family() -> str:
    """The first installed of a list of clean sans-serif families."""
    installed = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in installed:
            return family
    return QFont().defaultFamily()


def font(family: str, size: float, bold: bool = False, weight: QFont.Weight | None = None) -> QFont:
    """A report font; ``weight`` wins over ``bold``."""
    font = QFont(family)
    if report_in_arabic():
        font.setFamilies(with_arabic(family))
    font.setPointSizeF(size)
    if weight is not None:
        font.setWeight(weight)
    elif bold:
        font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def report_css(family: str) -> str:
    """The style sheet of the report body."""
    names = with_arabic(family) if report_in_arabic() else [family]
    families = ", ".join(f'"{name}"' for name in names)
    return f"""
body {{ font-family: {families}; font-size: 9.5pt; color: {INK}; }}
h1 {{ font-size: 17pt; font-weight: 700; color: {BAND}; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: 12.5pt; font-weight: 700; color: {BAND}; margin-top: 16px; margin-bottom: 4px; }}
h3 {{ font-size: 10.5pt; font-weight: 700; margin-top: 10px; margin-bottom: 2px; }}
h4 {{ font-size: 9.5pt; font-weight: 700; margin-top: 6px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 6px; line-height: 130%; }}
li {{ margin-bottom: 2px; }}
ul {{ margin-top: 0px; margin-bottom: 6px; }}
table.grid {{ border-collapse: collapse; margin-bottom: 8px; }}
table.grid th {{ background-color: {SOFT}; color: {MUTED}; font-weight: 700; font-size: 8pt;
    text-align: left; padding: 5px 6px; border-bottom: 1px solid {RULE}; }}
table.grid td {{ padding: 5px 6px; border-bottom: 1px solid {RULE}; vertical-align: top; }}
td.num {{ text-align: right; }}
.muted {{ color: {MUTED}; }}
.na {{ color: {MUTED}; font-style: italic; }}
.small {{ font-size: 8pt; }}
.id {{ color: {MUTED}; font-size: 8pt; font-weight: 700; }}
.answer {{ font-weight: 700; }}
.missing {{ color: #a4262c; font-weight: 700; }}
.new {{ color: #7a5a00; font-weight: 700; }}
.up {{ color: #1e7b45; font-weight: 700; }}
.down {{ color: #b3261e; font-weight: 700; }}
.lead {{ font-size: 10.5pt; color: {MUTED}; margin-bottom: 10px; }}
.gap {{ margin-bottom: 4px; }}
.helps {{ color: {ACCENT}; font-weight: 700; }}
"""


class Plurals:
    """The report's sentences with a count. lupdate reads plural forms from ``self.tr``
    calls inside a class only; this class's ``tr`` is the report's ``translate``."""

    def tr(self, text: str, disambiguation: str, n: int) -> str:
        """``text`` with ``%n`` = ``n``, in the report's language and plural form."""
        return translate("Plurals", text, disambiguation, n)

    def questions_mapped(self, n: int) -> str:
        """'12 questions mapped'."""
        return self.tr("%n question(s) mapped", "", n)
