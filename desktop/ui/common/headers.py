"""Column headers of table models: the label of a column, only where a view asks for one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt


def column_header(
    labels: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """``labels[section]`` for a horizontal header's display role; None for any other
    orientation, role or section (Qt then shows nothing)."""
    if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
        return None
    return labels[section] if 0 <= section < len(labels) else None
