"""The six component scores as horizontal bars: what a chart shows where a radar has no
room (a narrow window, a comparison beside its table, many groups on a projector).

One row per component: its name (wrapped, never cut), then one bar per series with its
value, or "no score" in words where a series has none (never a zero-length bar that
reads as 0). The rows are as tall as their name and their bars need, so nothing overlaps;
:func:`bars_minimum` says how much room that takes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.radar import RadarSeries, RadarStyle, short_component_label, whole


def radar_t(text: str) -> str:
    """``text`` translated as the radar's own words ("no score" reads the same in both)."""
    return QCoreApplication.translate("Radar", text)


_NAME_EMS = 11.0  # the name column, in widths of "M" at most
_BAR_EMS = 8.0  # the least room for the bars and their values


def _bar_height(metrics: QFontMetricsF) -> float:
    return max(6.0, metrics.height() * 0.75)


def _row_height(metrics: QFontMetricsF, count: int, name_lines: int) -> float:
    bars = count * (_bar_height(metrics) + 3.0)
    return max(bars, name_lines * metrics.lineSpacing()) + metrics.height() * 0.5


def _name_width(metrics: QFontMetricsF, width: float) -> float:
    widest = max(metrics.horizontalAdvance(short_component_label(c)) for c in COMPONENTS)
    cap = metrics.horizontalAdvance("M") * _NAME_EMS
    return min(widest + 8.0, cap, width * 0.45)


def _lines(metrics: QFontMetricsF, text: str, width: float) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    return max(1, round(rect.height() / metrics.lineSpacing()))


def bars_minimum(
    series: Sequence[RadarSeries], font: QFont, components: Sequence[str] = tuple(COMPONENTS)
) -> QSizeF:
    """The least size in which the bars of ``series`` are drawn without overlapping."""
    metrics = QFontMetricsF(font)
    name_w = metrics.horizontalAdvance("M") * _NAME_EMS * 0.7
    width = name_w + metrics.horizontalAdvance("M") * _BAR_EMS
    height = sum(
        _row_height(metrics, max(1, len(series)), _lines(metrics, short_component_label(c), name_w))
        for c in components
    )
    return QSizeF(width, height)


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[RadarSeries],
    style: RadarStyle | None = None,
    components: Sequence[str] = tuple(COMPONENTS),
) -> None:
    """Draw the scores of ``series`` as grouped horizontal bars into ``rect``."""
    style = style or RadarStyle()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont(style.font)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    name_w = _name_width(metrics, rect.width())
    value_w = metrics.horizontalAdvance(radar_t("no score")) + 8.0
    bar_left = rect.left() + name_w + 8.0
    bar_w = max(10.0, rect.right() - bar_left - value_w)
    count = max(1, len(series))
    bar_h = _bar_height(metrics)
    a = Qt.AlignmentFlag
    wrap = int(a.AlignLeft | a.AlignVCenter | Qt.TextFlag.TextWordWrap)
    y = rect.top()
    for cid in components:
        label = short_component_label(cid)
        row_h = _row_height(metrics, count, _lines(metrics, label, name_w))
        painter.setPen(style.text)
        painter.drawText(QRectF(rect.left(), y, name_w, row_h), wrap, label)
        painter.setPen(QPen(style.grid, 1.0 * style.scale))
        painter.drawLine(bar_left, y + row_h - 1, bar_left + bar_w, y + row_h - 1)
        top = y + (row_h - count * (bar_h + 3.0)) / 2
        for one in series:
            bar = QRectF(bar_left, top, bar_w, bar_h)
            _paint_one_bar(painter, style, one.values.get(cid), one.colour, bar)
            top += bar_h + 3.0
        y += row_h
    painter.restore()


def _paint_one_bar(
    painter: QPainter,
    style: RadarStyle,
    value: float | None,
    colour: str,
    room: QRectF,
) -> None:
    """One series' bar in ``room`` and its value (or "no score" in words) at its end."""
    left, top, width, height = room.left(), room.top(), room.width(), room.height()
    metrics = QFontMetricsF(painter.font(), painter.device())
    text_rect = QRectF(left, top - 2, width, height + 4)
    align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if value is None:
        painter.setPen(style.muted)
        painter.drawText(text_rect, align, radar_t("no score"))
        return
    length = width * max(0.0, min(100.0, float(value))) / 100.0
    painter.fillRect(QRectF(left, top, length, height), QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    shown = whole(value)
    end = left + length + 4.0
    box = QRectF(end, top - 2, metrics.horizontalAdvance(shown) + 8, height + 4)
    painter.drawText(box, align, shown)
