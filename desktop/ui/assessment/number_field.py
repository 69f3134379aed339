"""The answer to a number item: the figure with its unit, the level it reaches as you type,
the bands, and the source to look it up in.

The figure is read by the core (:meth:`desktop.core.library.indicators.Indicator.read`:
a point or a comma for decimals, the unit may follow) and saved when the user presses
Enter or leaves the field. A figure the core refuses (635 %, "1,200", text) is not saved:
the field keeps it and says why, in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.core.library.indicators import LEVELS, FigureError

if TYPE_CHECKING:
    from desktop.core.library.checklists import Item


class NumberField(QWidget):
    """Type a figure; ``figureEntered`` carries its stored form ('' clears the answer)."""

    figureEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberField")
        self.item: Item | None = None
        self._stored = ""
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.input = QLineEdit(self)
        self.input.setObjectName("numberInput")
        self.input.setAccessibleName(self.tr("Figure"))
        self.input.setMaximumWidth(180)
        self.input.setClearButtonEnabled(True)
        self.input.textEdited.connect(self._preview)
        self.input.returnPressed.connect(self.commit)
        self.input.editingFinished.connect(self.commit)
        row.addWidget(self.input)
        self.unit = QLabel(self)
        self.unit.setObjectName("numberUnit")
        self.unit.setBuddy(self.input)
        row.addWidget(self.unit)
        row.addStretch(1)
        layout.addLayout(row, 0, 0)
        self.level = QLabel(self)
        self.level.setObjectName("numberLevel")
        self.level.setAccessibleName(self.tr("Level of the figure"))
        self.level.setWordWrap(True)
        layout.addWidget(self.level, 1, 0)
        self.bands = QLabel(self)
        self.bands.setObjectName("questionMeta")
        self.bands.setWordWrap(True)
        self.bands.setAccessibleName(self.tr("Levels"))
        layout.addWidget(self.bands, 2, 0)
        self.source = QLabel(self)
        self.source.setObjectName("questionMeta")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setAccessibleName(self.tr("Where to find the figure"))
        layout.addWidget(self.source, 3, 0)

    def show_item(self, item: Item, value: str | None) -> None:
        """Show ``item``'s unit, bands and source, and its stored figure (if any)."""
        indicator = item.indicator
        assert indicator is not None
        self.item = item
        self._stored = value if value and value != "na" else ""
        self.input.setText(self._stored)
        self.unit.setText(indicator.unit)
        better = (
            self.tr("higher is better")
            if indicator.higher_is_better
            else self.tr("lower is better")
        )
        levels = " · ".join(
            self.tr("%1: %2").replace("%1", str(level)).replace("%2", indicator.band_text(level))
            for level in range(LEVELS + 1)
        )
        self.bands.setText(self.tr("Levels (%1): %2").replace("%1", better).replace("%2", levels))
        self.source.setText(self.tr("Source: %1").replace("%1", indicator.source))
        self._preview(self._stored)
        if value == "na":
            self.level.setText(self.tr("Marked not applicable; type a figure to answer instead."))

    def set_read_only(self, read_only: bool) -> None:
        """Keep the figure from being changed."""
        self.input.setReadOnly(read_only)

    def _preview(self, text: str) -> str | None:
        """Show the level of ``text`` (or why it is not a figure); its stored form."""
        if self.item is None or self.item.indicator is None:
            return None
        indicator = self.item.indicator
        if not text.strip():
            self.level.setText(self.tr("Type the figure and press Enter."))
            self.level.setProperty("error", False)
            return ""
        try:
            stored = indicator.read(text)
        except FigureError as exc:
            self.level.setText(str(exc))
            self.level.setProperty("error", True)
            self.level.setStyleSheet("color: #b3261e;")
            return None
        level = indicator.level_of(float(stored))
        self.level.setStyleSheet("")
        self.level.setProperty("error", False)
        self.level.setText(
            self.tr("Level %1 of %2 (%3)")
            .replace("%1", str(level))
            .replace("%2", str(LEVELS))
            .replace("%3", indicator.band_text(level))
        )
        return stored

    def commit(self) -> None:
        """Save the figure typed, when it is one and it changed."""
        if self.input.isReadOnly():
            return
        stored = self._preview(self.input.text())
        if stored is None or stored == self._stored:
            return
        self._stored = stored
        self.figureEntered.emit(stored)
