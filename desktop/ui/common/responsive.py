"""Layouts that adapt to the width they get: a title row whose buttons move under the
title when both do not fit, a row of widgets that wraps like words, and a watcher that
says when a widget crosses a width (a breakpoint).

Old laptops show 1024×600 or 1366×768, a projector 1024×768: a screen must never elide a
title or squeeze a button to a sliver, so these wrap instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.ui.common.flow_layout import FlowLayout


class FlowRow(QWidget):
    """Widgets left to right, wrapping to a new line when the row is too narrow (every
    widget keeps its full size: a label is never cut)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> QWidget:
        """Add ``widget`` at the end of the row; returns it."""
        self.flow.addWidget(widget)
        return widget

    def natural_width(self) -> int:
        """The width the row takes on one line."""
        widths = [
            item.sizeHint().width()
            for item in (self.flow.itemAt(n) for n in range(self.flow.count()))
            if item is not None and item.widget() is not None and not item.widget().isHidden()
        ]
        return sum(widths) + self.flow.spacing_between() * max(0, len(widths) - 1)

    def sizeHint(self) -> QSize:
        width = self.natural_width()
        return QSize(width, self.flow.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.flow.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)


class WrappingHeader(QWidget):
    """A page title with its buttons beside it when both fit on one row, or the buttons
    on their own row under the title (wrapping again if need be) when they do not."""

    def __init__(self, title: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.buttons = FlowRow(self)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.box.addWidget(title, 1)
        self.box.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignTop)

    def add(self, widget: QWidget) -> QWidget:
        """Add a button (or any widget) to the title's row; returns it."""
        return self.buttons.add(widget)

    def stacked(self) -> bool:
        """True when the buttons are under the title."""
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _title_width(self) -> int:
        metrics = self.title.fontMetrics()
        lines = self.title.text().splitlines() or [""]
        margins = self.title.contentsMargins()
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        return widest + margins.left() + margins.right() + 4

    def fit(self) -> None:
        """Put the buttons beside the title or under it, for the width there is now."""
        needed = self._title_width() + self.box.spacing() + self.buttons.natural_width()
        direction = (
            QBoxLayout.Direction.LeftToRight
            if needed <= self.width()
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.box.direction():
            self.box.setDirection(direction)
            align = Qt.AlignmentFlag.AlignTop
            if direction == QBoxLayout.Direction.TopToBottom:
                align = Qt.AlignmentFlag.AlignLeft
            self.box.setAlignment(self.buttons, align)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return super().event(event)


class Breakpoint(QObject):
    """Calls ``changed(narrow)`` when ``widget`` becomes narrower than ``width`` pixels,
    or wide again (and once at the start, so the layout is right from the first paint)."""

    def __init__(self, widget: QWidget, width: int, changed: Callable[[bool], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.width = width
        self._changed = changed
        self.narrow: bool | None = None
        widget.installEventFilter(self)

    def check(self) -> None:
        """Apply the layout for the widget's width now."""
        narrow = self.widget.width() < self.width
        if narrow != self.narrow:
            self.narrow = narrow
            self._changed(narrow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.check()
        return False
