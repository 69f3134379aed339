"""The assessment report as a PDF (Qt's PDF writer) and on paper (a QPrinter).

:func:`export_pdf` is what ``accord assessment export --format pdf`` calls, and what the
results screen runs on the work lane. The report has:

1. a cover: institution, country, checklist and version, assessors, status and revision,
   dates, the overall index with its coverage, and the radar chart of the six components
   (drawn by :func:`desktop.ui.assessment.radar.paint_radar`, vector in the PDF);
2. the scores: each component's score (or why it has none: insufficient coverage, never
   0) with its coverage beside it, why the overall index is not computed when it is not,
   whether it was submitted as partial, and the comparison with an earlier assessment;
3. the results by framework (NIST AI RMF, UNESCO RAM, OECD, EU AI Act parts);
4. the gaps: the weakest items with their guidance and the playbooks and standards that
   help;
5. every answer with its evidence note, section by section (questions closed by an
   earlier answer are marked, not-applicable ones with their reason, figures with their
   level, new and changed questions flagged), and answers kept from removed questions.

Pages 2 onwards are a QTextDocument laid out on the printer's own resolution and painted
page by page under a running header and footer ("Page n of m"). Qt is loaded only here;
without a QGuiApplication (the CLI) one is created on the offscreen platform.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop.ui.common.bidi import isolate, mirror_tables
from desktop.ui.fonts import load_fonts
from desktop.ui.report.answers import answers_html
from desktop.ui.report.cover import Page, paint_cover
from desktop.ui.report.pages import layout_body, paint_running
from desktop.ui.report.sections import comparison_html, frameworks_html, gaps_html, scores_html
from desktop.ui.report.style import (
    MARGIN_MM,
    PDF_RESOLUTION,
    ensure_gui_application,
    font,
    report_css,
    report_direction,
    report_font_family,
    report_language,
    translate,
)

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report


def report_body_parts(report: Report, titles: Mapping[str, str] | None = None) -> list[str]:
    """The HTML of pages 2 onwards, as parts that each start on a new page: the scores
    (and comparison), the results by framework, the gaps, the answers."""
    return [
        f"<html><body>{body}</body></html>"
        for body in (
            scores_html(report) + comparison_html(report),
            frameworks_html(report),
            gaps_html(report, titles),
            answers_html(report),
        )
    ]


def report_body_html(report: Report, titles: Mapping[str, str] | None = None) -> str:
    """All of pages 2 onwards as one HTML text (for previews and tests)."""
    page_break = "<p style='page-break-before: always; margin: 0px;'></p>"
    bodies = [
        part.removeprefix("<html><body>").removesuffix("</body></html>")
        for part in report_body_parts(report, titles)
    ]
    return "<html><body>" + page_break.join(bodies) + "</body></html>"


def render_report(
    report: Report, device: QPagedPaintDevice, titles: Mapping[str, str] | None = None
) -> int:
    """Paint the whole report on ``device`` (a QPdfWriter or QPrinter); returns the page
    count. The device's page layout must have zero margins (see :func:`setup_device`).
    It is written in the assessment's language (right to left in Arabic)."""
    ensure_gui_application()
    load_fonts()
    with report_language(report.assessment.language):
        return _render(report, device, titles)


def body_document(part: str, device: QPagedPaintDevice, family: str, size: QSizeF) -> QTextDocument:
    """One part of pages 2 onwards laid out for ``device`` in pages of ``size``, right to
    left for a report in Arabic (call inside ``report_language``)."""
    direction = QTextOption()
    direction.setTextDirection(report_direction())
    if report_direction() == Qt.LayoutDirection.RightToLeft:
        # Qt's HTML reader gives every block of an <html> without ``dir`` an explicit
        # left-to-right direction, which overrides the document's default: "25 % (2 of
        # 8)" in Arabic then put its numbers in the wrong order inside table cells.
        part = mirror_tables(part).replace("<html>", "<html dir='rtl'>", 1)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font(family, 9.5))
    doc.setDefaultTextOption(direction)
    doc.setDefaultStyleSheet(report_css(family))
    doc.setPageSize(size)
    layout_body(doc, part, size.height())
    return doc


def _render(report: Report, device: QPagedPaintDevice, titles: Mapping[str, str] | None) -> int:
    family = report_font_family()
    page = Page(device)
    mm = page.mm
    body = QRectF(
        mm(MARGIN_MM),
        mm(MARGIN_MM) + mm(2),
        page.width - 2 * mm(MARGIN_MM),
        page.height - 2 * mm(MARGIN_MM) - mm(2),
    )
    # Each part is laid out on its own (a heading moved to the next page re-lays only
    # its part), then painted page by page under the running header and footer.
    docs = []
    for part in report_body_parts(report, titles):
        doc = body_document(part, device, family, body.size())
        docs.append((doc, doc.pageCount()))
    total = 1 + sum(pages for _doc, pages in docs)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start writing the report (is the target writable?)")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_cover(painter, page, report, family)
        number = 1
        for doc, pages in docs:
            for n in range(pages):
                device.newPage()
                number += 1
                paint_running(painter, page, report, family, number, total)
                painter.save()
                painter.translate(body.left(), body.top() - n * body.height())
                doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
                painter.restore()
    finally:
        painter.end()
    return total


def setup_device(device: QPagedPaintDevice, title: str) -> None:
    """A4 portrait with zero margins: the report draws its own."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )


def export_pdf(
    report: Report, out_path: Path | str, titles: Mapping[str, str] | None = None
) -> Path:
    """Write the PDF report of ``report`` to ``out_path``; returns the path.

    ``titles`` (document id → title) names the playbooks and standards a gap links to;
    without it their ids are shown in a readable form. Writing goes to a temporary name
    beside the target, renamed when complete, so a failure never leaves half a PDF.
    """
    ensure_gui_application()
    out = Path(out_path)
    tmp = out.with_name(f".{out.name}.part")
    a = report.assessment
    with report_language(a.language):
        title = translate("Report", "Readiness self-assessment — %1").replace(
            "%1", isolate(a.institution)
        )
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Accord")
    writer.setAuthor(", ".join(a.assessors))
    setup_device(writer, title)
    try:
        render_report(report, writer, titles)
    except BaseException:
        del writer
        tmp.unlink(missing_ok=True)
        raise
    del writer  # finishes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise OSError(f"could not write {out}")
    os.replace(tmp, out)
    return out


def print_report(report: Report, printer: object, titles: Mapping[str, str] | None = None) -> int:
    """Send the report to a QPrinter the user chose (full page, our own margins)."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    printer.setFullPage(True)
    with report_language(report.assessment.language):
        printer.setDocName(
            translate("Report", "Readiness self-assessment — %1").replace(
                "%1", isolate(report.assessment.institution)
            )
        )
    setup_device(printer, printer.docName())
    return render_report(report, printer, titles)
