"""Item-data roles and small constants shared by the assessment screens' Qt models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index, as a shared default argument

ASSESSMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 40
SORT_ROLE = Qt.ItemDataRole.UserRole + 41
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 42
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 43
STATE_ROLE = Qt.ItemDataRole.UserRole + 44  # "answered", "na", "unanswered", section: "done"
SCORE_ROLE = Qt.ItemDataRole.UserRole + 45  # float 0–100 or None
LINKS_ROLE = Qt.ItemDataRole.UserRole + 46  # tuple of document ids
COMPONENT_ROLE = Qt.ItemDataRole.UserRole + 47
CODE_ROLE = Qt.ItemDataRole.UserRole + 48
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 49  # (done, total)

DISPLAY = Qt.ItemDataRole.DisplayRole
MUTED = QColor("#6b7682")


def bold_font() -> QFont:
    """The application font, bold: totals and headings in a table."""
    font = QFont()
    font.setBold(True)
    return font
