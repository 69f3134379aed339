"""Presenting the workshop view on a projector: type sized to the screen, high contrast,
and as many group columns as the width holds (the rest on further pages).

A 1024×768 projector seen from the back of a room needs large type: the page's font is
about a 32nd of the screen's height (24 px at 768: two groups beside the mean, range
and spread on a 1024-wide projector), never below 18 px. The table then
shows the groups that fit at that size; Page Down and Page Up move through the others,
while the mean, range and spread always describe every group ticked.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

MIN_PIXELS, MAX_PIXELS = 18, 44
STAT_COLUMNS = 3  # mean, range, spread

PRESENT_STYLE = """
QWidget#workshopPage { background: #ffffff; color: #000000; }
QFrame#runnerHeader { background: #ffffff; border: none; border-bottom: 3px solid #1d2733; }
QLabel#pageTitle, QLabel#workshopPageLabel { color: #000000; }
QLabel#workshopCaption { color: #1d2733; }
QTableView#workshopTable { background: #ffffff; alternate-background-color: #e8eef6;
    color: #000000; gridline-color: #1d2733; border: 2px solid #1d2733;
    selection-background-color: #ffffff; selection-color: #000000; }
QTableView#workshopTable QHeaderView::section { background: #1d2733; color: #ffffff;
    font-weight: 700; padding: 6px; border: 1px solid #ffffff; }
QPushButton { padding: 6px 14px; }
"""


def present_pixels(screen_height: int) -> int:
    """The font size in pixels for a screen ``screen_height`` pixels tall."""
    return max(MIN_PIXELS, min(MAX_PIXELS, round(screen_height / 32)))


def present_font(base: QFont, screen_height: int) -> QFont:
    """``base`` at the size for presenting on a screen ``screen_height`` pixels tall."""
    font = QFont(base)
    font.setPixelSize(present_pixels(screen_height))
    return font


def group_column_width(font: QFont, names: list[str]) -> int:
    """The least width of a group's column: its longest word and a score, with room."""
    metrics = QFontMetrics(font)
    words = [w for name in names for w in name.split()] or ["100"]
    widest = max(metrics.horizontalAdvance(w) for w in [*words, "100", "No score"])
    return widest + metrics.horizontalAdvance("MM")


def groups_per_page(width: int, fixed: int, group_width: int, groups: int) -> int:
    """How many group columns fit in ``width`` pixels beside ``fixed`` pixels of other
    columns (at least one; all of them when they fit)."""
    if groups <= 0:
        return 0
    room = max(0, width - fixed)
    return max(1, min(groups, room // max(1, group_width)))
