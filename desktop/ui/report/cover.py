"""The cover page, painted: the band, who and where, the details, the overall index
beside the radar chart, the six component scores and a note on reading them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from desktop.core.assessments.scoring import coverage_percent
from desktop.ui.assessment.radar import whole
from desktop.ui.report.mirror import for_direction, real_area
from desktop.ui.report.style import (
    ACCENT,
    BAND,
    INK,
    MARGIN_MM,
    MUTED,
    RULE,
    SOFT,
    font,
    report_direction,
    translate,
)
from desktop.ui.report.words import (
    percent_text,
    score_text,
    short_component_title,
    status_text,
    when,
)

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report


class Page:
    """Millimetre helpers for one paint device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiX()
        self.width = float(device.width())
        self.height = float(device.height())

    def mm(self, value: float) -> float:
        """``value`` millimetres in device pixels."""
        return value * self.dpi / 25.4


@dataclass(frozen=True)
class _Cover:
    """What every part of the cover paints with: the painter, the page, the report, the
    font family and the text column (left and right edges, width, half width)."""

    painter: QPainter
    page: Page
    report: Report
    family: str

    @property
    def left(self) -> float:
        """The left edge of the text column."""
        return self.page.mm(MARGIN_MM)

    @property
    def right(self) -> float:
        """The right edge of the text column."""
        return self.page.width - self.page.mm(MARGIN_MM)

    @property
    def width(self) -> float:
        """The width of the text column."""
        return self.right - self.left

    @property
    def col_w(self) -> float:
        """The width of one of two columns."""
        return self.width / 2


def paint_cover(painter: QPainter, page: Page, report: Report, family: str) -> None:
    """Paint the cover (page 1) of ``report``; each part returns where the next starts."""
    # Right to left for a report in Arabic: the same layout, reflected (``mirror.py``).
    mirrored = for_direction(painter, page.width, report_direction())
    c = _Cover(mirrored, page, report, family)
    y = _paint_band(c)
    y = _paint_who(c, y)
    y = _paint_details(c, y)
    # The chart takes what the components and the note leave of the page (a French or
    # Arabic cover, with longer words, pushed the note off the page's foot).
    components = component_rows(c.page, family, list(report.score.components), 0.0)
    below = max((r.name_box.bottom() for r in components), default=0.0) + page.mm(9)
    room = page.height - page.mm(MARGIN_MM) - y - below - _note_height(c) - page.mm(6)
    y = _paint_overall(c, y, max(page.mm(64), min(page.mm(100), room)))
    y = _paint_components(c, y)
    _paint_note(c, y)


def _paint_band(c: _Cover) -> float:
    """The band across the top: ACCORD, the title, the checklist and its version."""
    painter, page, family, mm = c.painter, c.page, c.family, c.page.mm
    left, width = c.left, c.width
    band_h = mm(58)
    painter.fillRect(QRectF(0, 0, page.width, band_h), QColor(BAND))
    painter.fillRect(QRectF(0, band_h, page.width, mm(1.6)), QColor(ACCENT))
    painter.setPen(QColor("#a9c3e6"))
    painter.setFont(font(family, 9.5, bold=True))
    painter.drawText(QRectF(left, mm(14), width, mm(8)), int(Qt.AlignmentFlag.AlignLeft), "ACCORD")
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font(family, 24, bold=True))
    painter.drawText(
        QRectF(left, mm(22), width, mm(14)),
        int(Qt.AlignmentFlag.AlignLeft),
        translate("Report", "Readiness self-assessment report"),
    )
    painter.setPen(QColor("#d6e2f3"))
    painter.setFont(font(family, 11.5))
    painter.drawText(
        QRectF(left, mm(37), width, mm(16)),
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        translate("Report", "%1 · version %2")
        .replace("%1", c.report.checklist.title)
        .replace("%2", c.report.assessment.checklist_version),
    )
    return band_h


def _paint_who(c: _Cover, band_h: float) -> float:
    """Who and where: the institution (wrapped) and the country."""
    painter, family, mm = c.painter, c.family, c.page.mm
    a = c.report.assessment
    y = band_h + mm(12)
    painter.setPen(QColor(INK))
    painter.setFont(font(family, 21, bold=True))
    inst_rect = QRectF(c.left, y, c.width, mm(22))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    bound = painter.boundingRect(inst_rect, flags, a.institution)
    painter.drawText(inst_rect, flags, a.institution)
    y += min(bound.height(), mm(22)) + mm(1.5)
    painter.setPen(QColor(MUTED))
    painter.setFont(font(family, 12.5))
    painter.drawText(QRectF(c.left, y, c.width, mm(8)), flags, f"{a.country_name} ({a.country})")
    return y + mm(12)


def _details(report: Report) -> list[tuple[str, str]]:
    """(label, value) of the cover's details, in reading order."""
    a = report.assessment
    return [
        (translate("Report", "Assessors"), ", ".join(a.assessors) or "—"),
        (translate("Report", "Status"), status_text(report)),
        (translate("Report", "Started"), when(a.created)),
        (
            translate("Report", "Completed")
            if a.is_complete
            else translate("Report", "Last changed"),
            when(a.completed if a.is_complete else a.updated),
        ),
        (
            translate("Report", "Questions counted"),
            translate("Report", "%1 of %2 applicable (%3 %)")
            .replace("%1", str(report.score.answered + report.score.closed))
            .replace("%2", str(report.score.applicable))
            .replace("%3", str(coverage_percent(report.score.coverage or 0))),
        ),
        (translate("Report", "Report generated"), when(report.generated, True)),
    ]


def _paint_details(c: _Cover, y: float) -> float:
    """The details in two columns, then a rule."""
    painter, family, mm = c.painter, c.family, c.page.mm
    col_w = c.col_w
    label_font, value_font = font(family, 8, bold=True), font(family, 10.5)
    for n, (label, value) in enumerate(_details(c.report)):
        cx = c.left + (n % 2) * col_w
        cy = y + (n // 2) * mm(13)
        painter.setPen(QColor(MUTED))
        painter.setFont(label_font)
        painter.drawText(
            QRectF(cx, cy, col_w - mm(4), mm(5)), int(Qt.AlignmentFlag.AlignLeft), label.upper()
        )
        painter.setPen(QColor(INK))
        painter.setFont(value_font)
        painter.drawText(
            QRectF(cx, cy + mm(4.6), col_w - mm(4), mm(8)),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            value,
        )
    y += mm(13) * 3 + mm(4)
    painter.setPen(QPen(QColor(RULE), mm(0.3)))
    painter.drawLine(QPointF(c.left, y), QPointF(c.right, y))
    return y + mm(8)


def _paint_overall(c: _Cover, y: float, height: float) -> float:
    """The overall index in a box beside the radar chart of the six components, the chart
    ``height`` tall."""
    from desktop.ui.assessment.radar import RadarSeries, RadarStyle, paint_radar

    painter, family, mm, report = c.painter, c.family, c.page.mm, c.report
    box = QRectF(c.left, y, mm(52), mm(62))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SOFT))
    painter.drawRoundedRect(box, mm(2.5), mm(2.5))
    painter.setPen(QColor(MUTED))
    painter.setFont(font(family, 8.5, bold=True))
    painter.drawText(
        QRectF(box.left(), box.top() + mm(6), box.width(), mm(6)),
        int(Qt.AlignmentFlag.AlignHCenter),
        translate("Report", "OVERALL INDEX"),
    )
    overall = report.score.overall
    painter.setPen(QColor(ACCENT) if overall is not None else QColor(MUTED))
    painter.setFont(font(family, 40 if overall is not None else 15, bold=True))
    painter.drawText(
        QRectF(box.left(), box.top() + mm(12), box.width(), mm(24)),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        whole(overall) if overall is not None else translate("Report", "Not computed"),
    )
    painter.setPen(QColor(MUTED))
    painter.setFont(font(family, 9.5))
    painter.drawText(
        QRectF(box.left() + mm(3), box.top() + mm(37), box.width() - mm(6), mm(22)),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
        "\n".join(_overall_lines(report)),
    )
    chart = QRectF(box.right() + mm(2), y - mm(2), c.right - box.right() - mm(2), height)
    values = {cid: comp.score for cid, comp in report.score.components.items()}
    style = RadarStyle(
        font=font(family, 8.5),
        scale=c.page.dpi / 96.0,
        label=short_component_title,
        no_score=translate("Report", "no score"),
    )
    target, area = real_area(painter, chart)
    paint_radar(target, area, [RadarSeries(translate("Report", "Scores"), values)], style)
    return max(chart.bottom(), box.bottom()) + mm(6)


def _overall_lines(report: Report) -> list[str]:
    """The lines under the overall index: scale, coverage, components with a score."""
    score = report.score
    lines = [
        translate("Report", "out of 100")
        if score.overall is not None
        else translate("Report", "no overall index")
    ]
    if score.coverage is not None:
        lines.append(
            translate("Report", "coverage %1 %").replace(
                "%1", str(coverage_percent(score.coverage))
            )
        )
    lines.append(
        translate("Report", "%1 of %2 components with a score")
        .replace("%1", str(len(score.assessed())))
        .replace("%2", str(len(score.covered())))
    )
    return lines


@dataclass(frozen=True)
class ComponentRow:
    """Where one component's name, score and coverage go on the cover (device pixels)."""

    cid: str
    name: str
    name_box: QRectF
    score_box: QRectF
    coverage_box: QRectF


def component_rows(
    page: Page, family: str, components: Sequence[str], y: float
) -> list[ComponentRow]:
    """The cover's component rows in two columns from ``y``: each name wraps in its own
    box, left of the score, and every row is as tall as the tallest name (a long name
    never runs into "no score")."""

    mm = page.mm
    col_w = (page.width - 2 * mm(MARGIN_MM)) / 2
    metrics = QFontMetricsF(font(family, 9.5), page.device)
    name_w = col_w - mm(37)
    wrap = int(Qt.TextFlag.TextWordWrap)
    names = [short_component_title(cid) for cid in components]
    tallest = max(
        (metrics.boundingRect(QRectF(0, 0, name_w, 10_000), wrap, n).height() for n in names),
        default=0.0,
    )
    row_h = max(mm(7), tallest + mm(1.5))
    rows = []
    for n, (cid, name) in enumerate(zip(components, names, strict=True)):
        cx = mm(MARGIN_MM) + (n % 2) * col_w
        cy = y + (n // 2) * row_h
        rows.append(
            ComponentRow(
                cid,
                name,
                QRectF(cx, cy, name_w, row_h),
                QRectF(cx + col_w - mm(35), cy, mm(16), row_h),
                QRectF(cx + col_w - mm(18), cy, mm(14), row_h),
            )
        )
    return rows


def _paint_components(c: _Cover, y: float) -> float:
    """The six component scores with their coverage, compactly, so the cover stands on
    its own ("no score" below the minimum coverage, never 0)."""
    painter, family, mm = c.painter, c.family, c.page.mm
    painter.setPen(QPen(QColor(RULE), mm(0.3)))
    painter.drawLine(QPointF(c.left, y), QPointF(c.right, y))
    y += mm(4)
    name_font, score_font, small = font(family, 9.5), font(family, 9.5, bold=True), font(family, 8)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    )
    components = c.report.score.components
    rows = component_rows(c.page, family, list(components), y)
    for row in rows:
        comp = components[row.cid]
        painter.setFont(name_font)
        painter.setPen(QColor(INK) if comp.assessed else QColor(MUTED))
        painter.drawText(row.name_box, left, row.name)
        painter.setFont(score_font if comp.assessed else small)
        painter.setPen(QColor(ACCENT) if comp.assessed else QColor(MUTED))
        shown = score_text(comp.score) if comp.assessed else translate("Report", "no score")
        painter.drawText(row.score_box, right, shown)
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        covered = "" if comp.coverage is None else percent_text(coverage_percent(comp.coverage))
        painter.drawText(row.coverage_box, right, covered)
    bottom = max((r.name_box.bottom() for r in rows), default=y)
    return bottom + mm(5)


def _note(c: _Cover) -> tuple[str, QFont, QColor]:
    """The text at the foot of the cover, its font and colour: how to read the scores, or,
    for an assessment submitted as partial, why it is partial (the scores page explains the
    method too)."""
    a = c.report.assessment
    if a.is_partial:
        text = translate(
            "Report",
            "Submitted as partial: %1 A partial assessment is kept by the coordinating "
            "body but does not count in the national index.",
        ).replace("%1", (a.partial_reason or "").rstrip(".") + ".")
        return text, font(c.family, 9), QColor(INK)
    text = translate(
        "Report",
        "The six components are those of the proposed Global AI Safety Index. Each score "
        "runs from 0 to 100, with its coverage beside it (the share of applicable questions "
        "answered, or closed by an earlier answer). Below the minimum coverage a component "
        "has no score, never a zero, and the overall index is computed only when every "
        "component has one. The scores, the results by framework, the gaps with the "
        "playbooks that help, and every answer with its evidence follow.",
    )
    return text, font(c.family, 8.5), QColor(MUTED)


_NOTE_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def _note_height(c: _Cover) -> float:
    """How tall the note at the foot of the cover is, wrapped to the text column."""
    text, note_font, _colour = _note(c)
    metrics = QFontMetricsF(note_font, c.page.device)
    return metrics.boundingRect(QRectF(0, 0, c.width, 100_000), _NOTE_FLAGS, text).height()


def _paint_note(c: _Cover, y: float) -> None:
    """The note at the foot of the cover (:func:`_note`)."""
    text, note_font, colour = _note(c)
    c.painter.setPen(colour)
    c.painter.setFont(note_font)
    c.painter.drawText(
        QRectF(c.left, y, c.width, _note_height(c) + c.page.mm(2)), _NOTE_FLAGS, text
    )
