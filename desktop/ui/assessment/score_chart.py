"""The chart of the six component scores on screen: a radar where it has room, bars where
it does not.

A radar squeezed into a small space reads as nothing (a 30-pixel polygon under labels
piled on each other), so :class:`RadarWidget` draws the radar only while its radius
reaches :func:`min_radius` and its axis labels fit without touching each other or the
edges; otherwise it draws the same scores as bars (:mod:`.bar_chart`). Its minimum size
is what the bars need, so the layout never gives it less, unless it sits in a
:class:`ChartScroll` whose view holds a radar: then it fills the view and nothing scrolls
(a projected chart that asked for the bars' height was drawn below the fold).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from desktop.ui.assessment.bar_chart import bars_minimum, paint_bars
from desktop.ui.assessment.radar import (
    RadarSeries,
    RadarStyle,
    axis_label_rects,
    legend_width,
    paint_legend,
    paint_radar,
    radar_geometry,
    series_summary,
)

RADAR, BARS = "radar", "bars"
#: The legend's width (pixels) when a radar needs the room its names would take.
LEGEND_NARROW = 320.0


def min_radius(font: QFont) -> float:
    """The least radius at which a radar still reads (rings, points and values)."""
    return max(60.0, QFontMetricsF(font).height() * 4.5)


def radar_fits(rect: QRectF, series: Sequence[RadarSeries], font: QFont) -> bool:
    """True when a radar drawn into ``rect`` is large enough and its axis labels touch
    neither each other nor the edges."""
    _centre, radius = radar_geometry(rect, font)
    if radius < min_radius(font):
        return False
    labels = axis_label_rects(rect, series, font)
    if any(not rect.contains(label) for label in labels):
        return False
    return not any(a.intersects(b) for a, b in itertools.combinations(labels, 2))


class RadarWidget(QWidget):
    """Shows the scores of one or more series as a radar, or as bars (see the module
    docstring); a legend names the series when there are several."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self.setAccessibleName(self.tr("Radar chart of the six component scores"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._series: list[RadarSeries] = []
        self._available: QSize | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(520, 420).expandedTo(self.minimumSizeHint())

    def set_available(self, size: QSize | None) -> None:
        """The room a scroll area's view offers (None: not in one); see the module docstring."""
        if size != self._available:
            self._available = size
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        room = self._available
        if room is not None and room.width() > 0 and room.height() > 0:
            inside = QRectF(0, 0, room.width(), room.height()).adjusted(8, 8, -8, -8)
            if self._layout_in(inside)[0] == RADAR:
                return QSize(120, 120)
        bars = bars_minimum(self._series or [RadarSeries("", {})], self.font())
        legend = self._legend_height() if self.legend_shown() else 0.0
        return QSize(int(bars.width()) + 24, int(bars.height() + legend) + 24)

    def series(self) -> list[RadarSeries]:
        """The series shown."""
        return list(self._series)

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        """Show ``series`` (the first one gets value labels)."""
        self._series = list(series)
        self.setAccessibleDescription(series_summary(self._series))
        self.setToolTip(series_summary(self._series))
        self.updateGeometry()
        self.update()

    def chart_rect(self) -> QRectF:
        """Where the chart is drawn inside the widget."""
        return QRectF(self.rect()).adjusted(8, 8, -8, -8)

    def legend_shown(self) -> bool:
        """A legend is drawn when there is more than one series."""
        return len(self._series) > 1

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.5 * len(self._series) + 8

    def _layout(self) -> tuple[str, QRectF, QRectF | None]:
        """(mode, chart rect, legend rect) at the widget's present size."""
        return self._layout_in(self.chart_rect())

    def _layout_in(self, chart: QRectF) -> tuple[str, QRectF, QRectF | None]:
        """(mode, chart rect, legend rect) in ``chart``: the radar with its legend beside it
        when it fits, else bars with the legend above them."""
        if self.legend_shown():
            # The legend as wide as its names, or narrower (names cut short) when only
            # that leaves the radar room: a radar with short names reads better than bars.
            whole = min(legend_width(self._series, self.font()), chart.width() * 0.4)
            for width in dict.fromkeys((whole, min(whole, LEGEND_NARROW))):
                legend = QRectF(chart.right() - width, chart.top(), width, chart.height())
                beside = chart.adjusted(0, 0, -width - 8, 0)
                if radar_fits(beside, self._series, self.font()):
                    return RADAR, beside, legend
            above = QRectF(chart.left(), chart.top(), chart.width(), self._legend_height())
            return BARS, chart.adjusted(0, above.height(), 0, 0), above
        if radar_fits(chart, self._series, self.font()):
            return RADAR, chart, None
        return BARS, chart, None

    def mode(self) -> str:
        """``"radar"`` or ``"bars"``: what the widget draws at its present size."""
        return self._layout()[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        style = RadarStyle.from_palette(self.palette(), self.font())
        # The size actually used: Present mode sets pixels, where pointSizeF() is -1.
        size = QFontInfo(self.font()).pointSizeF()
        if size > 11:  # thicker lines with larger text (presenting)
            style = dataclasses.replace(style, scale=size / 11)
        mode, chart, legend = self._layout()
        if legend is not None:
            paint_legend(painter, legend, self._series, style)
        if mode == RADAR:
            paint_radar(painter, chart, self._series, style)
        else:
            paint_bars(painter, chart, self._series, style)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()


class ChartScroll(QScrollArea):
    """Scrolls a :class:`RadarWidget` only when even its bars need more room than the view:
    a radar that fits the view fills it."""

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        chart = self.widget()
        if isinstance(chart, RadarWidget):
            # The view without scroll bars: the room the chart has once it fits.
            chart.set_available(self.maximumViewportSize())
