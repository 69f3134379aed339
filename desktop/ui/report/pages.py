"""Pages 2 onwards: the running header and footer, and headings kept off the bottom of
a page (moved to the next one when too little of what follows would fit)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QTextDocument

from desktop.ui.report.mirror import for_direction
from desktop.ui.report.style import (
    HEADER_MM,
    MARGIN_MM,
    MUTED,
    RULE,
    font,
    report_direction,
    translate,
)
from desktop.ui.report.words import status_text, when

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report
    from desktop.ui.report.cover import Page


def paint_running(
    painter: QPainter, page: Page, report: Report, family: str, number: int, total: int
) -> None:
    """The running header (institution, checklist) and footer (status, page n of m) of
    page ``number``."""
    mm = page.mm
    left, right = mm(MARGIN_MM), page.width - mm(MARGIN_MM)
    width = right - left
    a = report.assessment
    painter = for_direction(painter, page.width, report_direction())
    painter.setFont(font(family, 8))
    painter.setPen(QColor(MUTED))
    top = mm(MARGIN_MM) - mm(HEADER_MM) + mm(3)
    metrics = QFontMetricsF(painter.font(), painter.device())
    left_text = metrics.elidedText(
        translate("Report", "%1 — %2").replace("%1", a.institution).replace("%2", a.country_name),
        Qt.TextElideMode.ElideRight,
        width * 0.56,
    )
    right_text = metrics.elidedText(
        f"{report.checklist.title} {a.checklist_version}", Qt.TextElideMode.ElideLeft, width * 0.42
    )
    painter.drawText(
        QRectF(left, top, width * 0.58, mm(5)), int(Qt.AlignmentFlag.AlignLeft), left_text
    )
    painter.drawText(
        QRectF(left + width * 0.58, top, width * 0.42, mm(5)),
        int(Qt.AlignmentFlag.AlignRight),
        right_text,
    )
    painter.setPen(QPen(QColor(RULE), mm(0.25)))
    painter.drawLine(QPointF(left, top + mm(6)), QPointF(right, top + mm(6)))
    bottom = page.height - mm(MARGIN_MM) + mm(4)
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    painter.setPen(QColor(MUTED))
    painter.drawText(
        QRectF(left, bottom + mm(1.5), width * 0.7, mm(5)),
        int(Qt.AlignmentFlag.AlignLeft),
        translate("Report", "%1 · %2 · generated %3 by Accord")
        .replace("%1", status_text(report))
        .replace("%2", a.id[:8])
        .replace("%3", when(report.generated)),
    )
    painter.drawText(
        QRectF(left + width * 0.5, bottom + mm(1.5), width * 0.5, mm(5)),
        int(Qt.AlignmentFlag.AlignRight),
        translate("Report", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total)),
    )


# The least room (share of a page) a heading of each level needs below its top; with
# less, it moves to the next page instead of standing alone at the bottom.
_HEADING_ROOM = {1: 0.25, 2: 0.18, 3: 0.08, 4: 0.05}
_HEADING_TAG = re.compile(r"<h([1-6])\b")
_MAX_MOVES = 16


def first_orphan_heading(doc: QTextDocument, page_height: float, after: int = -1) -> int | None:
    """The index (in document order) of the first heading after heading ``after`` that
    would end a page: too little room for itself and the block that follows."""
    layout = doc.documentLayout()
    index = -1
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        following = block.next()
        if level:
            index += 1
            if index > after and following.isValid():
                rect = layout.blockBoundingRect(block)
                nxt = layout.blockBoundingRect(following)
                offset = rect.top() % page_height
                if offset > page_height - 2:  # already at the top of the next page
                    offset = 0.0
                needed = max(
                    _HEADING_ROOM.get(level, 0.05) * page_height,
                    min(nxt.bottom() - rect.top(), 0.3 * page_height),
                )
                if offset > 1 and page_height - offset < needed:
                    return index
        block = following
    return None


def with_page_breaks(html_text: str, headings: set[int]) -> str:
    """``html_text`` with a page break before the headings numbered ``headings``."""
    counter = iter(range(1_000_000))

    def mark(match: re.Match[str]) -> str:
        n = next(counter)
        return match.group(0) + (" style='page-break-before: always'" if n in headings else "")

    return _HEADING_TAG.sub(mark, html_text)


def layout_body(doc: QTextDocument, html_text: str, page_height: float) -> int:
    """Set ``html_text`` and move headings that would end a page to the next one (laid
    out afresh after each move: what follows shifts). Returns how many moved."""
    doc.setHtml(html_text)
    moved: set[int] = set()
    for _ in range(_MAX_MOVES):
        index = first_orphan_heading(doc, page_height, max(moved, default=-1))
        if index is None:
            break
        moved.add(index)
        doc.setHtml(with_page_breaks(html_text, moved))
    return len(moved)
