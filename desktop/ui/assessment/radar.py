"""A radar chart of the six Global AI Safety Index components, drawn with QPainter.

:func:`paint_radar` draws on any paint device (a widget, a QImage, a PDF page); the
:class:`~desktop.ui.assessment.score_chart.RadarWidget` shows it on screen (or bars, where
a radar has no room) and the PDF report reuses the same function, so the chart in the
report is exactly the chart on screen (and stays vector in the PDF).

A component that is *not assessed* has no point: the polygon joins only the assessed
components and the axis label says "not assessed" (never drawn as a zero).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from desktop.core.library.components import COMPONENTS
from desktop.ui.common.labels import component_label

# Distinct, print-safe colours for overlaid series (workshop groups, comparisons).
SERIES_COLOURS = (
    "#1f5fbf",
    "#c0392b",
    "#2e7d5b",
    "#8e44ad",
    "#d35400",
    "#16768a",
    "#7f6a00",
    "#b03a79",
)
ACCENT = "#1f5fbf"


def whole(value: float) -> str:
    """A score as a whole number, halves rounded up (62.5 → 63, as people expect)."""
    return str(math.floor(float(value) + 0.5))


def _t(text: str) -> str:
    return QCoreApplication.translate("Radar", text)


def short_component_label(component: str) -> str:
    """A short axis label for a component: the full titles are too long for a chart, so
    governance drops "regulatory" (every other label is the usual one)."""
    if component == "governance":
        return QCoreApplication.translate("Radar", "Governance and compliance")
    return component_label(component)


@dataclass(frozen=True)
class RadarSeries:
    """One polygon: ``values`` maps component id → score 0–100, or None (not assessed)."""

    name: str
    values: Mapping[str, float | None]
    colour: str = ACCENT
    fill: bool = True
    dashed: bool = False
    show_values: bool = True


@dataclass(frozen=True)
class RadarStyle:
    """Colours and fonts of the chart; :meth:`from_palette` follows the widget palette."""

    text: QColor = field(default_factory=lambda: QColor("#1d2733"))
    muted: QColor = field(default_factory=lambda: QColor("#6b7682"))
    grid: QColor = field(default_factory=lambda: QColor("#cfd6de"))
    background: QColor | None = None
    band: QColor = field(default_factory=lambda: QColor("#f4f6f9"))
    font: QFont = field(default_factory=QFont)
    scale: float = 1.0  # line widths and point sizes (1.0 = screen pixels)
    # The axis names and "no score" in another language than the interface's (the PDF
    # report passes its own); None: the interface's.
    label: Callable[[str], str] | None = None
    no_score: str | None = None

    @classmethod
    def from_palette(cls, palette: QPalette, font: QFont) -> RadarStyle:
        """A style that matches a light or dark widget palette."""
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        return cls(
            text=palette.color(QPalette.ColorRole.WindowText),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            grid=QColor("#4a525c") if dark else QColor("#cfd6de"),
            background=None,
            band=QColor("#262c33") if dark else QColor("#f4f6f9"),
            font=font,
        )


def axis_angle(index: int, count: int) -> float:
    """The angle (radians) of axis ``index``: the first points up, then clockwise."""
    return -math.pi / 2 + 2 * math.pi * index / count


def _label_width(metrics: QFontMetricsF) -> float:
    # Wide enough for the longest word pair of the labels ("environmental impact").
    return metrics.horizontalAdvance("environmental impact") + metrics.height() * 0.4


def radar_geometry(
    rect: QRectF, font: QFont, device: QPaintDevice | None = None
) -> tuple[QPointF, float]:
    """Centre and radius of the chart inside ``rect``, leaving room for the labels
    (measured on ``device``, whose resolution may differ from the screen's)."""
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    label_w = _label_width(metrics) + metrics.height() * 0.6
    # Up to three lines above and below (a two-line name and "no score"), and the gap.
    label_h = metrics.height() * 3.8
    radius = max(10.0, min(rect.width() / 2 - label_w, rect.height() / 2 - label_h))
    return rect.center(), radius


def point_for(centre: QPointF, radius: float, index: int, count: int, value: float) -> QPointF:
    """Where ``value`` (0–100) lies on axis ``index``."""
    angle = axis_angle(index, count)
    r = radius * max(0.0, min(100.0, value)) / 100.0
    return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))


def paint_radar(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[RadarSeries],
    style: RadarStyle | None = None,
    components: Sequence[str] = tuple(COMPONENTS),
) -> None:
    """Draw the radar chart of ``series`` into ``rect`` on ``painter``."""
    style = style or RadarStyle()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if style.background is not None:
        painter.fillRect(rect, style.background)
    font = QFont(style.font)
    centre, radius = radar_geometry(rect, font, painter.device())
    chart = _Chart(painter, style, centre, radius, components)
    _paint_grid(chart)
    small = _paint_ring_values(chart, font)
    for one in series:
        _paint_polygon(chart, one)
    # Values beside the points of the first series that asks for them.
    labelled = next((x for x in series if x.show_values), None)
    if labelled is not None:
        _paint_values(chart, labelled, small)
    _paint_axis_labels(chart, series, font)
    painter.restore()


@dataclass(frozen=True)
class _Chart:
    """What every step of :func:`paint_radar` draws with."""

    painter: QPainter
    style: RadarStyle
    centre: QPointF
    radius: float
    components: Sequence[str]

    @property
    def count(self) -> int:
        """The number of axes."""
        return len(self.components)

    def point(self, index: int, value: float, radius: float | None = None) -> QPointF:
        """Where ``value`` lies on axis ``index`` (at ``radius``, else the chart's)."""
        return point_for(
            self.centre, self.radius if radius is None else radius, index, self.count, value
        )


_RINGS = (20, 40, 60, 80, 100)


def _paint_grid(chart: _Chart) -> None:
    """Rings at 20, 40, … 100, the outer band shaded lightly, and the axes."""
    painter, count = chart.painter, chart.count
    outer = QPolygonF([chart.point(i, 100) for i in range(count)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(chart.style.band)
    painter.drawPolygon(outer)
    grid_pen = QPen(chart.style.grid, 1.0 * chart.style.scale)
    grid_pen.setCosmetic(False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in _RINGS:
        painter.setPen(grid_pen)
        painter.drawPolygon(QPolygonF([chart.point(i, ring) for i in range(count)]))
    for i in range(count):
        painter.drawLine(chart.centre, chart.point(i, 100))


def smaller(font: QFont, factor: float) -> QFont:
    """``font`` scaled by ``factor``, whether its size is in points or in pixels (Present
    mode sets pixels; ``pointSizeF()`` is then -1, which made the values 5-point dots)."""
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(5.0, font.pointSizeF() * factor))
    else:
        small.setPixelSize(max(7, round(font.pixelSize() * factor)))
    return small


def _paint_ring_values(chart: _Chart, font: QFont) -> QFont:
    """Ring values along the first axis, small and muted; returns the small font."""
    painter, s = chart.painter, chart.style.scale
    small = smaller(font, 0.78)
    painter.setFont(small)
    painter.setPen(chart.style.muted)
    sm = QFontMetricsF(small, painter.device())
    for ring in _RINGS:
        p = chart.point(0, ring)
        text = str(ring)
        x = p.x() - 4 * s - sm.horizontalAdvance(text)
        painter.drawText(QPointF(x, p.y() + sm.ascent() / 2 - 1 * s), text)
    return small


def _paint_polygon(chart: _Chart, one: RadarSeries) -> None:
    """One series: only assessed components are joined; never a zero for "not assessed"."""
    painter, s = chart.painter, chart.style.scale
    points = [
        (i, chart.point(i, float(v)))
        for i, cid in enumerate(chart.components)
        if (v := one.values.get(cid)) is not None
    ]
    colour = QColor(one.colour)
    pen = QPen(colour, 2.4 * s)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if one.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    fill = QColor(colour)
    fill.setAlpha(64 if one.fill else 0)
    if len(points) >= 3:
        painter.setPen(pen)
        painter.setBrush(fill if one.fill else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([p for _i, p in points]))
    elif len(points) == 2:
        painter.setPen(pen)
        painter.drawLine(points[0][1], points[1][1])
    painter.setPen(QPen(colour.darker(115), 1.2 * s))
    painter.setBrush(colour)
    dot = 3.6 * s
    for _i, p in points:
        painter.drawEllipse(p, dot, dot)


def _paint_values(chart: _Chart, labelled: RadarSeries, small: QFont) -> None:
    """The value of each point of ``labelled`` in a small box beside it."""
    painter, s = chart.painter, chart.style.scale
    bold = QFont(small)
    bold.setBold(True)
    painter.setFont(bold)
    bm = QFontMetricsF(bold, painter.device())
    for i, cid in enumerate(chart.components):
        v = labelled.values.get(cid)
        if v is None:
            continue
        p = chart.point(i, float(v))
        text = whole(v)
        w = bm.horizontalAdvance(text) + 8 * s
        h = bm.height() + 2 * s
        angle = axis_angle(i, chart.count)
        # Put the value just outside the point, along the axis, or inside near 100.
        # Beside the point, on the clockwise side of its axis (ring values are on the
        # other side of the first axis), a little outwards unless near the rim.
        r_off = 6 * s if v < 88 else -10 * s
        side = w / 2 + 4 * s
        cx = p.x() + r_off * math.cos(angle) - side * math.sin(angle)
        cy = p.y() + r_off * math.sin(angle) + (h / 2 + 2 * s) * math.cos(angle)
        box = QRectF(cx - w / 2, cy - h / 2, w, h)
        path = QPainterPath()
        path.addRoundedRect(box, 3 * s, 3 * s)
        bg = QColor("#ffffff")
        bg.setAlpha(220)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(path, bg)
        painter.setPen(QColor(labelled.colour).darker(130))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _label_box(
    anchor: QPointF, angle: float, label_w: float, h: float, s: float
) -> tuple[QRectF, Qt.AlignmentFlag]:
    """Where an axis label goes around ``anchor`` (beside, above or below it)."""
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    if abs(cos_a) < 0.2:  # top or bottom
        x = anchor.x() - label_w / 2
        align = Qt.AlignmentFlag.AlignHCenter
    elif cos_a > 0:
        x = anchor.x() + 2 * s
        align = Qt.AlignmentFlag.AlignLeft
    else:
        x = anchor.x() - label_w - 2 * s
        align = Qt.AlignmentFlag.AlignRight
    if sin_a < -0.2:
        y = anchor.y() - h
        valign = Qt.AlignmentFlag.AlignBottom
    elif sin_a > 0.2:
        y = anchor.y()
        valign = Qt.AlignmentFlag.AlignTop
    else:
        y = anchor.y() - h / 2
        valign = Qt.AlignmentFlag.AlignVCenter
    return QRectF(x, y, label_w, h), align | valign


def _axis_labels(
    centre: QPointF,
    radius: float,
    series: Sequence[RadarSeries],
    metrics: QFontMetricsF,
    s: float,
    components: Sequence[str],
    style: RadarStyle | None = None,
) -> list[tuple[str, QRectF, int, bool]]:
    """Each axis label: its text, its box, its alignment flags, and whether any series
    assessed the component ("no score" under the name when none did)."""
    label_w = _label_width(metrics)
    h = metrics.height() * 4 + 2 * s
    labels = []
    for i, cid in enumerate(components):
        anchor = point_for(centre, radius + 10 * s, i, len(components), 100)
        assessed = any(x.values.get(cid) is not None for x in series)
        label = style.label if style is not None and style.label else short_component_label
        text = label(cid)
        box, align = _label_box(anchor, axis_angle(i, len(components)), label_w, h, s)
        no_score = style.no_score if style is not None and style.no_score else None
        no_score = no_score or QCoreApplication.translate("Radar", "no score")
        shown = text if assessed else f"{text}\n{no_score}"
        labels.append((shown, box, int(align | Qt.TextFlag.TextWordWrap), assessed))
    return labels


def axis_label_rects(
    rect: QRectF,
    series: Sequence[RadarSeries],
    font: QFont,
    components: Sequence[str] = tuple(COMPONENTS),
    scale: float = 1.0,
) -> list[QRectF]:
    """Where the axis labels' text lies when the chart is drawn into ``rect`` (the ink,
    not the boxes): to tell whether they fit without touching each other."""
    metrics = QFontMetricsF(font)
    centre, radius = radar_geometry(rect, font)
    rects = []
    for text, box, flags, _assessed in _axis_labels(
        centre, radius, series, metrics, scale, components
    ):
        ink = metrics.boundingRect(QRectF(0, 0, box.width(), 10_000), flags, text)
        x = box.left() + _aligned(box.width() - ink.width(), flags, horizontal=True)
        y = box.top() + _aligned(box.height() - ink.height(), flags, horizontal=False)
        rects.append(QRectF(x, y, ink.width(), ink.height()))
    return rects


def _aligned(room: float, flags: int, *, horizontal: bool) -> float:
    """The offset of text inside its box for the box's alignment."""
    a = Qt.AlignmentFlag
    if horizontal:
        if flags & a.AlignRight:
            return room
        return room / 2 if flags & a.AlignHCenter else 0.0
    if flags & a.AlignBottom:
        return room
    return room / 2 if flags & a.AlignVCenter else 0.0


def _paint_axis_labels(chart: _Chart, series: Sequence[RadarSeries], font: QFont) -> None:
    """Axis labels around the chart; "not assessed" under the name when no series has it."""
    painter, style, s = chart.painter, chart.style, chart.style.scale
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    for shown, box, flags, assessed in _axis_labels(
        chart.centre, chart.radius, series, metrics, s, chart.components, style
    ):
        painter.setPen(style.text if assessed else style.muted)
        painter.drawText(box, flags, shown)


def legend_width(series: Sequence[RadarSeries], font: QFont) -> float:
    """The width :func:`paint_legend` needs for ``series``."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(x.name) for x in series), default=0.0)
    # At most 320 pixels in the window, more with the large type of Present mode (names cut
    # after a few letters on a projector did not say which group was which).
    return min(max(320.0, metrics.height() * 16), widest + metrics.height() * 3.2)


def paint_legend(
    painter: QPainter, rect: QRectF, series: Sequence[RadarSeries], style: RadarStyle
) -> None:
    """A legend (line swatch and name per series) at the top of ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont(style.font)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    s = style.scale
    line_h = metrics.height() * 1.5
    swatch = metrics.height() * 1.6
    height = line_h * len(series)
    y = rect.top() + max(0.0, (rect.height() - height) / 2)
    for one in series:
        mid = y + line_h / 2
        pen = QPen(QColor(one.colour), 3.0 * s)
        if one.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + swatch, mid))
        if one.fill:
            fill = QColor(one.colour)
            fill.setAlpha(64)
            painter.fillRect(
                QRectF(rect.left(), mid - metrics.height() * 0.35, swatch, metrics.height() * 0.7),
                fill,
            )
        painter.setPen(style.text)
        text = metrics.elidedText(
            one.name, Qt.TextElideMode.ElideRight, rect.width() - swatch - 8 * s
        )
        painter.drawText(
            QRectF(rect.left() + swatch + 8 * s, y, rect.width() - swatch - 8 * s, line_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        y += line_h
    painter.restore()


def series_summary(
    series: Sequence[RadarSeries], components: Sequence[str] = tuple(COMPONENTS)
) -> str:
    """A sentence per series for screen readers: each component's score or "not assessed"."""
    parts = []
    for one in series:
        values = []
        for cid in components:
            v = one.values.get(cid)
            shown = QCoreApplication.translate("Radar", "no score") if v is None else whole(v)
            values.append(f"{short_component_label(cid)}: {shown}")
        parts.append(f"{one.name}: " + "; ".join(values) + ".")
    return " ".join(parts)
