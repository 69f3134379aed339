"""A painter seen in a vertical mirror, so the report's painted pages read right to left.

The cover and the running header and footer are painted at positions measured from the
left edge. For a report in Arabic, :func:`for_direction` wraps the painter in
:class:`MirroredPainter`: every rectangle, line and point it is given is reflected about
the page's vertical centre, so what stood on the left stands on the right. Text is never
reflected: it is drawn right to left (the painter's layout direction) in the reflected box,
where Qt also reads "align left" as "align right" as a reader of Arabic expects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter


class MirroredPainter:
    """``painter`` with every geometry reflected about the vertical line ``x = width / 2``.

    Only the calls the report's painted parts make are reflected (``drawText``,
    ``boundingRect``, ``fillRect``, ``drawRoundedRect``, ``drawLine``); everything else
    (pens, fonts, brushes) goes to the painter as it is. Code that paints with the real
    painter (the radar chart) takes ``painter`` and a rectangle passed through
    :meth:`rect`.
    """

    def __init__(self, painter: QPainter, width: float) -> None:
        self.painter = painter
        self.width = width

    def rect(self, r: QRectF) -> QRectF:
        """``r`` reflected: the same size, as far from the right edge as it was from the left."""
        return QRectF(self.width - r.right(), r.top(), r.width(), r.height())

    def point(self, p: QPointF) -> QPointF:
        """``p`` reflected."""
        return QPointF(self.width - p.x(), p.y())

    def drawText(self, rect: QRectF, flags: int, text: str) -> None:
        """Draw ``text`` right to left in ``rect`` reflected."""
        self._rtl(lambda: self.painter.drawText(self.rect(rect), flags, text))

    def boundingRect(self, rect: QRectF, flags: int, text: str) -> QRectF:
        """Where ``text`` would be drawn, in the caller's (unreflected) coordinates."""
        found: list[QRectF] = []
        self._rtl(lambda: found.append(self.painter.boundingRect(self.rect(rect), flags, text)))
        return self.rect(found[0])

    def fillRect(self, rect: QRectF, color: Any) -> None:
        """Fill ``rect`` reflected."""
        self.painter.fillRect(self.rect(rect), color)

    def drawRoundedRect(self, rect: QRectF, rx: float, ry: float) -> None:
        """Draw ``rect`` reflected, with rounded corners."""
        self.painter.drawRoundedRect(self.rect(rect), rx, ry)

    def drawLine(self, p1: QPointF, p2: QPointF) -> None:
        """Draw the line from ``p1`` to ``p2`` reflected."""
        self.painter.drawLine(self.point(p1), self.point(p2))

    def _rtl(self, draw: Any) -> None:
        previous = self.painter.layoutDirection()
        self.painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        try:
            draw()
        finally:
            self.painter.setLayoutDirection(previous)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.painter, name)


def for_direction(painter: QPainter, width: float, direction: Qt.LayoutDirection) -> Any:
    """``painter`` itself for a left-to-right report, else a :class:`MirroredPainter`."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return MirroredPainter(painter, width)
    return painter


def real_area(painter: Any, area: QRectF) -> tuple[QPainter, QRectF]:
    """The real painter and where ``area`` is on the page, for code that paints by itself."""
    if isinstance(painter, MirroredPainter):
        return painter.painter, painter.rect(area)
    return painter, area
