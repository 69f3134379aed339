"""The reader's style sheet (Qt rich-text CSS): readable type, ruled tables, marked links."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "muted": "#5b6672",
    "link": "#1f5fbf",
    "rule": "#cfd6de",
    "head_bg": "#eef2f7",
    "code_bg": "#f2f4f7",
    "broken": "#b3261e",
    "broken_bg": "#fdeceb",
    "quote": "#44505c",
}
_DARK = {
    "muted": "#a7b0ba",
    "link": "#8ab4f8",
    "rule": "#4a525c",
    "head_bg": "#2b3139",
    "code_bg": "#2a2f36",
    "broken": "#f2b8b5",
    "broken_bg": "#4a2a28",
    "quote": "#c3cad2",
}


def is_dark() -> bool:
    """True when the application palette is a dark one."""
    app = QApplication.instance()
    if app is None:
        return False
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def reader_css(dark: bool | None = None) -> str:
    """The default style sheet of the reader's document (also used to print)."""
    c = _DARK if (is_dark() if dark is None else dark) else _LIGHT
    return f"""
h1 {{ font-size: xx-large; font-weight: 600; margin-top: 2px; margin-bottom: 14px; }}
h2 {{ font-size: x-large; font-weight: 600; margin-top: 24px; margin-bottom: 8px; }}
h3 {{ font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }}
h4, h5, h6 {{ font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 10px; line-height: 140%; }}
li {{ margin-bottom: 4px; line-height: 135%; }}
ul, ol {{ margin-top: 0px; margin-bottom: 10px; }}
a {{ color: {c["link"]}; text-decoration: none; }}
a.wikilink {{ color: {c["link"]}; }}
span.broken-link {{ color: {c["broken"]}; background-color: {c["broken_bg"]};
    text-decoration: underline; }}
table {{ border-collapse: collapse; margin-top: 6px; margin-bottom: 14px; }}
th {{ background-color: {c["head_bg"]}; font-weight: 600; padding: 6px 10px;
    border: 1px solid {c["rule"]}; text-align: left; }}
td {{ padding: 6px 10px; border: 1px solid {c["rule"]}; vertical-align: top; }}
code {{ font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    background-color: {c["code_bg"]}; }}
pre {{ font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    background-color: {c["code_bg"]}; padding: 8px; margin-bottom: 12px; }}
blockquote {{ color: {c["quote"]}; margin-left: 18px; margin-right: 8px; font-style: italic; }}
hr {{ color: {c["rule"]}; }}
sup {{ font-size: small; }}
div.footnote {{ color: {c["muted"]}; font-size: small; }}
p.meta {{ color: {c["muted"]}; font-size: small; }}
ol.sources {{ color: {c["muted"]}; font-size: small; }}
"""
