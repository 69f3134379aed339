"""The assessment report as a PDF (Qt's PDF writer) and on paper (a QPrinter).

:func:`export_pdf` is what ``accord assessment export --format pdf`` calls, and what the
results screen runs on the work lane. The report has:

1. a cover: institution, country, checklist and version, assessors, status and revision,
   dates, the overall index with its coverage, and the radar chart of the six components
   (drawn by :func:`desktop.ui.assessment.radar.paint_radar`, vector in the PDF);
2. the scores: each component's score (or "not assessed", never 0), coverage and
   answered / applicable, and the comparison with an earlier assessment when there is one;
3. the gaps: the weakest items with their guidance and the playbooks and standards that
   help;
4. every answer with its evidence note, section by section (questions hidden by skip
   logic are marked, new questions flagged), and answers kept from removed questions.

Pages 2 onwards are a QTextDocument laid out on the printer's own resolution and painted
page by page under a running header and footer ("Page n of m"). Qt is loaded only here;
without a QGuiApplication (the CLI) one is created on the offscreen platform.
"""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.core.library.components import COMPONENTS
from desktop.core.library.documents import WIKILINK_RE
from desktop.ui.assessment.models import format_change
from desktop.ui.assessment.radar import whole

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report, ReportItem

PDF_RESOLUTION = 300
MARGIN_MM = 18.0
HEADER_MM = 12.0
FOOTER_MM = 12.0
INK = "#1d2733"
MUTED = "#5b6672"
ACCENT = "#1f5fbf"
BAND = "#17365d"
RULE = "#d5dbe3"
SOFT = "#f3f6fa"
FONT_FAMILIES = ("Liberation Sans", "Arial", "Helvetica", "Segoe UI", "Noto Sans", "DejaVu Sans")

_keep_app: list[QGuiApplication] = []


def _t(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; the CLI has none, so make an offscreen one."""
    if QCoreApplication.instance() is not None:
        return
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _keep_app.append(QGuiApplication([sys.argv[0] if sys.argv else "accord"]))


def report_font_family() -> str:
    """The first installed of a list of clean sans-serif families."""
    installed = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in installed:
            return family
    return QFont().defaultFamily()


def doc_label(doc_id: str, titles: Mapping[str, str] | None = None) -> str:
    """A linked document's title, or a readable form of its id."""
    if titles and doc_id in titles:
        return titles[doc_id]
    slug = doc_id.rsplit("/", 1)[-1].replace("-", " ").strip()
    words = ["AI" if w.lower() == "ai" else w for w in slug.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def doc_kind(doc_id: str) -> str:
    """'Playbook', 'Standard' … from the folder of a document id."""
    folder = doc_id.split("/", 1)[0] if "/" in doc_id else ""
    return {
        "playbooks": _t("Playbook"),
        "standards": _t("Standard"),
        "guides": _t("Guide"),
        "checklists": _t("Checklist"),
        "glossary": _t("Glossary"),
        "reference": _t("Reference"),
    }.get(folder, _t("Document"))


def _when(stamp: str | None, with_time: bool = False) -> str:
    if not stamp:
        return "—"
    try:
        value = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return value.strftime("%d %B %Y, %H:%M" if with_time else "%d %B %Y").lstrip("0")


def _score(value: float | None) -> str:
    return _t("Not assessed") if value is None else whole(value)


def _component_title(cid: str) -> str:
    from desktop.ui.common.labels import component_label

    return component_label(cid) if cid in COMPONENTS else cid


def _guidance_html(text: str, titles: Mapping[str, str] | None) -> str:
    """Guidance Markdown as report HTML: wikilinks become plain emphasised titles."""
    from desktop.core.library.render import render_markdown

    def plain(match: re.Match[str]) -> str:
        target, anchor, label = match.group(1) or "", match.group(2) or "", match.group(3) or ""
        if label:
            return label
        shown = doc_label(target.strip(), titles) if target.strip() else anchor
        return shown

    body = render_markdown(WIKILINK_RE.sub(plain, text)).html
    # No links in a printed report: keep the words, drop the addresses.
    return re.sub(r"<a\b[^>]*>(.*?)</a>", r"<b>\1</b>", body, flags=re.S)


def _status(report: Report) -> str:
    a = report.assessment
    base = _t("Complete") if a.is_complete else _t("Draft")
    return _t("%1, revision %2").replace("%1", base).replace("%2", str(a.revision))


# --- HTML of pages 2+ --------------------------------------------------------------------------


def report_css(family: str) -> str:
    """The style sheet of the report body."""
    return f"""
body {{ font-family: "{family}"; font-size: 9.5pt; color: {INK}; }}
h1 {{ font-size: 17pt; font-weight: 700; color: {BAND}; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: 12.5pt; font-weight: 700; color: {BAND}; margin-top: 16px; margin-bottom: 4px; }}
h3 {{ font-size: 10.5pt; font-weight: 700; margin-top: 10px; margin-bottom: 2px; }}
h4 {{ font-size: 9.5pt; font-weight: 700; margin-top: 6px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 6px; line-height: 130%; }}
li {{ margin-bottom: 2px; }}
ul {{ margin-top: 0px; margin-bottom: 6px; }}
table.grid {{ border-collapse: collapse; margin-bottom: 8px; }}
table.grid th {{ background-color: {SOFT}; color: {MUTED}; font-weight: 700; font-size: 8pt;
    text-align: left; padding: 5px 6px; border-bottom: 1px solid {RULE}; }}
table.grid td {{ padding: 5px 6px; border-bottom: 1px solid {RULE}; vertical-align: top; }}
td.num {{ text-align: right; }}
.muted {{ color: {MUTED}; }}
.na {{ color: {MUTED}; font-style: italic; }}
.small {{ font-size: 8pt; }}
.id {{ color: {MUTED}; font-size: 8pt; font-weight: 700; }}
.answer {{ font-weight: 700; }}
.missing {{ color: #a4262c; font-weight: 700; }}
.new {{ color: #7a5a00; font-weight: 700; }}
.up {{ color: #1e7b45; font-weight: 700; }}
.down {{ color: #b3261e; font-weight: 700; }}
.lead {{ font-size: 10.5pt; color: {MUTED}; margin-bottom: 10px; }}
.gap {{ margin-bottom: 4px; }}
.helps {{ color: {ACCENT}; font-weight: 700; }}
"""


def _bar(value: float | None, width_pt: int = 150) -> str:
    if value is None:
        return ""
    filled = max(1, round(width_pt * value / 100))
    rest = max(1, width_pt - filled)
    return (
        "<table cellspacing='0' cellpadding='0' style='border-collapse: collapse;'><tr>"
        f"<td width='{filled}' height='7' bgcolor='{ACCENT}'></td>"
        f"<td width='{rest}' height='7' bgcolor='#e3e9f1'></td></tr></table>"
    )


def scores_html(report: Report) -> str:
    """The scores table (and how to read it)."""
    score = report.score
    rows = []
    for cid, c in score.components.items():
        cls = "" if c.assessed else " class='na'"
        coverage = "—" if c.coverage is None else f"{whole(c.coverage * 100)} %"
        rows.append(
            f"<tr><td{cls}>{html.escape(_component_title(cid))}</td>"
            f"<td class='num'{cls}><b>{html.escape(_score(c.score))}</b></td>"
            f"<td>{_bar(c.score)}</td>"
            f"<td class='num'>{coverage}</td>"
            f"<td class='num'>{c.answered} / {c.applicable}</td></tr>"
        )
    coverage = "—" if score.coverage is None else f"{whole(score.coverage * 100)} %"
    rows.append(
        f"<tr><td><b>{html.escape(_t('Overall index'))}</b></td>"
        f"<td class='num'><b>{html.escape(_score(score.overall))}</b></td>"
        f"<td>{_bar(score.overall)}</td><td class='num'><b>{coverage}</b></td>"
        f"<td class='num'><b>{score.answered} / {score.applicable}</b></td></tr>"
    )
    head = "".join(
        f"<th{' align=right' if n in (1, 3, 4) else ''}>{html.escape(h)}</th>"
        for n, h in enumerate(
            (_t("Component"), _t("Score"), "", _t("Coverage"), _t("Answered / applicable"))
        )
    )
    not_assessed = [
        _component_title(c.component) for c in score.components.values() if not c.assessed
    ]
    note = _t(
        "Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, "
        "weighted by each question's weight. Questions answered “not applicable” and "
        "questions hidden by skip logic do not count. Coverage is the share of applicable "
        "questions that have an answer. The overall index is the mean of the assessed "
        "components."
    )
    extra = ""
    if not_assessed:
        extra = (
            "<p class='muted'>"
            + html.escape(
                _t(
                    "Not assessed (no answered question, so no score and not in the overall "
                    "index): %1."
                ).replace("%1", ", ".join(not_assessed))
            )
            + "</p>"
        )
    return (
        f"<h1>{html.escape(_t('Scores'))}</h1>"
        f"<p class='lead'>{html.escape(note)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
        + extra
    )


def comparison_html(report: Report) -> str:
    """The change since the earlier assessment (empty when there is none)."""
    if report.comparison is None:
        return ""
    earlier = report.comparison.earlier
    cmp = report.comparison.comparison
    rows = []
    for change in [*cmp.components.values(), cmp.overall]:
        delta = change.change
        shown = format_change(delta)
        if delta is None or shown == "±0":
            cls = "muted"
        else:
            cls = "up" if shown.startswith("+") else "down"
        title = (
            _t("Overall index")
            if change.component == "overall"
            else _component_title(change.component)
        )
        bold = change.component == "overall"
        name = f"<b>{html.escape(title)}</b>" if bold else html.escape(title)
        rows.append(
            f"<tr><td>{name}</td><td class='num'>{html.escape(_score(change.before))}</td>"
            f"<td class='num'>{html.escape(_score(change.after))}</td>"
            f"<td class='num'><span class='{cls}'>{shown}</span></td></tr>"
        )
    head = "".join(
        f"<th{' align=right' if n else ''}>{html.escape(h)}</th>"
        for n, h in enumerate((_t("Component"), _t("Earlier"), _t("Now"), _t("Change")))
    )
    intro = (
        _t("Compared with the assessment of %1 started on %2 (%3).")
        .replace("%1", earlier.institution)
        .replace("%2", _when(earlier.created))
        .replace("%3", _t("complete") if earlier.is_complete else _t("draft"))
    )
    return (
        f"<h2>{html.escape(_t('Change since the earlier assessment'))}</h2>"
        f"<p class='muted'>{html.escape(intro)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def gaps_html(report: Report, titles: Mapping[str, str] | None) -> str:
    """The gap list: weakest items first, with guidance and what helps."""
    parts = [f"<h1>{html.escape(_t('Gaps and what helps'))}</h1>"]
    if not report.gaps:
        parts.append(
            "<p class='muted'>"
            + html.escape(_t("No gaps: every answered question has full marks."))
            + "</p>"
        )
        return "".join(parts)
    parts.append(
        "<p class='lead'>"
        + html.escape(
            _t(
                "The weakest answered questions, lowest score and highest weight first, "
                "with the guidance and the library documents that help close each gap."
            )
        )
        + "</p>"
    )
    items = {i.item_id: i for i in report.items()}
    for n, gap in enumerate(report.gaps, start=1):
        item = items.get(gap.item_id)
        label = item.answer_label if item else gap.answer
        parts.append(
            f"<h3>{n}. {html.escape(gap.ask)}</h3>"
            f"<p class='small'><span class='id'>{html.escape(gap.item_id)}</span> · "
            f"{html.escape(_component_title(gap.component))} · "
            f"{html.escape(_t('Answer'))}: <span class='answer'>{html.escape(label)}</span>"
            f" · {html.escape(_t('weight'))} {gap.weight:g}</p>"
        )
        if gap.guidance:
            parts.append(f"<div class='gap'>{_guidance_html(gap.guidance, titles)}</div>")
        if gap.links:
            links = "".join(
                f"<li><span class='helps'>{html.escape(doc_kind(d))}:</span> "
                f"{html.escape(doc_label(d, titles))} <span class='muted small'>"
                f"({html.escape(d)})</span></li>"
                for d in gap.links
            )
            parts.append(f"<h4>{html.escape(_t('What helps'))}</h4><ul>{links}</ul>")
    return "".join(parts)


def _answer_cell(item: ReportItem, new: bool) -> str:
    if not item.applicable:
        text = f"<span class='na'>{html.escape(_t('Skipped: not shown by skip logic'))}</span>"
    elif item.answer is None:
        text = f"<span class='missing'>{html.escape(_t('Not answered'))}</span>"
    elif item.answer == "na":
        text = f"<span class='na'>{html.escape(item.answer_label)}</span>"
    else:
        text = f"<span class='answer'>{html.escape(item.answer_label)}</span>"
    if new:
        text += f"<br/><span class='new small'>{html.escape(_t('New in this version'))}</span>"
    return text


def answers_html(report: Report) -> str:
    """Every question with its answer and evidence note, section by section."""
    parts = [f"<h1>{html.escape(_t('Answers and evidence'))}</h1>"]
    new = set(report.new_items)
    head = "".join(
        f"<th>{html.escape(h)}</th>" for h in (_t("Question"), _t("Answer"), _t("Evidence"))
    )
    for section in report.sections:
        shown = [i for i in section.items if i.applicable]
        done = sum(1 for i in shown if i.answer)
        component = (
            ""
            if section.component_title.casefold() == section.title.casefold()
            else f"{html.escape(section.component_title)} · "
        )
        parts.append(
            f"<h2>{html.escape(section.title)}</h2>"
            f"<p class='muted small'>{component}"
            + html.escape(
                _t("%1 of %2 shown questions answered")
                .replace("%1", str(done))
                .replace("%2", str(len(shown)))
            )
            + "</p>"
        )
        rows = []
        for item in section.items:
            note = html.escape(item.note).replace("\n", "<br/>") if item.note else ""
            if not note and item.applicable and item.answer and item.answer != "na":
                note = f"<span class='muted'>{html.escape(_t('No evidence given.'))}</span>"
            by = ""
            if item.by or item.at:
                by = (
                    "<br/><span class='muted small'>"
                    + html.escape(", ".join(x for x in (item.by, _when(item.at, True)) if x))
                    + "</span>"
                )
            rows.append(
                f"<tr><td width='41%'><span class='id'>{html.escape(item.item_id)}</span> "
                f"{html.escape(item.ask)}</td>"
                f"<td width='14%'>{_answer_cell(item, item.item_id in new)}</td>"
                f"<td width='45%'>{note}{by}</td></tr>"
            )
        table = "".join(rows)
        parts.append(
            f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{table}</table>"
        )
    if report.removed_answers:
        rows = "".join(
            f"<tr><td><span class='id'>{html.escape(a.item_id)}</span></td>"
            f"<td>{html.escape(a.value or '—')}</td><td>{html.escape(a.note)}</td></tr>"
            for a in report.removed_answers
        )
        parts.append(
            f"<h2>{html.escape(_t('Answers kept from removed questions'))}</h2>"
            "<p class='muted'>"
            + html.escape(
                _t(
                    "This checklist version no longer has these questions. Their answers "
                    "are kept for the record and no longer count in the scores."
                )
            )
            + "</p><table class='grid' width='100%'><thead><tr>"
            + "".join(
                f"<th>{html.escape(h)}</th>"
                for h in (_t("Question id"), _t("Answer"), _t("Evidence"))
            )
            + f"</tr></thead>{rows}</table>"
        )
    a = report.assessment
    parts.append(
        f"<h2>{html.escape(_t('About this report'))}</h2><p class='muted small'>"
        + html.escape(
            _t(
                "Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). "
                "Generated by Accord %6 on %7."
            )
            .replace("%1", a.id)
            .replace("%2", str(a.revision))
            .replace("%3", a.checklist_id)
            .replace("%4", a.checklist_version)
            .replace("%5", a.checklist_hash[:16])
            .replace("%6", report.app_version)
            .replace("%7", _when(report.generated, True))
        )
        + "</p>"
    )
    return "".join(parts)


def report_body_parts(report: Report, titles: Mapping[str, str] | None = None) -> list[str]:
    """The HTML of pages 2 onwards, as parts that each start on a new page: the scores
    (and comparison), the gaps, the answers."""
    return [
        f"<html><body>{body}</body></html>"
        for body in (
            scores_html(report) + comparison_html(report),
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


# --- painting ----------------------------------------------------------------------------------


class _Page:
    """Millimetre helpers for one paint device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiX()
        self.width = float(device.width())
        self.height = float(device.height())

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4


def _font(
    family: str, size: float, bold: bool = False, weight: QFont.Weight | None = None
) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    if weight is not None:
        font.setWeight(weight)
    elif bold:
        font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _paint_cover(painter: QPainter, page: _Page, report: Report, family: str) -> None:
    from desktop.ui.assessment.radar import RadarSeries, RadarStyle, paint_radar

    a = report.assessment
    mm = page.mm
    left, right = mm(MARGIN_MM), page.width - mm(MARGIN_MM)
    width = right - left
    # The band across the top.
    band_h = mm(58)
    painter.fillRect(QRectF(0, 0, page.width, band_h), QColor(BAND))
    painter.fillRect(QRectF(0, band_h, page.width, mm(1.6)), QColor(ACCENT))
    painter.setPen(QColor("#a9c3e6"))
    painter.setFont(_font(family, 9.5, bold=True))
    painter.drawText(QRectF(left, mm(14), width, mm(8)), int(Qt.AlignmentFlag.AlignLeft), "ACCORD")
    painter.setPen(QColor("#ffffff"))
    painter.setFont(_font(family, 24, bold=True))
    painter.drawText(
        QRectF(left, mm(22), width, mm(14)),
        int(Qt.AlignmentFlag.AlignLeft),
        _t("Readiness self-assessment report"),
    )
    painter.setPen(QColor("#d6e2f3"))
    painter.setFont(_font(family, 11.5))
    painter.drawText(
        QRectF(left, mm(37), width, mm(16)),
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        _t("%1 · version %2")
        .replace("%1", report.checklist.title)
        .replace("%2", a.checklist_version),
    )

    # Who and where.
    y = band_h + mm(12)
    painter.setPen(QColor(INK))
    painter.setFont(_font(family, 21, bold=True))
    inst_rect = QRectF(left, y, width, mm(22))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    bound = painter.boundingRect(inst_rect, flags, a.institution)
    painter.drawText(inst_rect, flags, a.institution)
    y += min(bound.height(), mm(22)) + mm(1.5)
    painter.setPen(QColor(MUTED))
    painter.setFont(_font(family, 12.5))
    painter.drawText(QRectF(left, y, width, mm(8)), flags, f"{a.country_name} ({a.country})")
    y += mm(12)

    # Details in two columns.
    details = [
        (_t("Assessors"), ", ".join(a.assessors) or "—"),
        (_t("Status"), _status(report)),
        (_t("Started"), _when(a.created)),
        (
            _t("Completed") if a.is_complete else _t("Last changed"),
            _when(a.completed if a.is_complete else a.updated),
        ),
        (
            _t("Questions answered"),
            _t("%1 of %2 applicable")
            .replace("%1", str(report.score.answered))
            .replace("%2", str(report.score.applicable)),
        ),
        (_t("Report generated"), _when(report.generated, True)),
    ]
    col_w = width / 2
    label_font, value_font = _font(family, 8, bold=True), _font(family, 10.5)
    for n, (label, value) in enumerate(details):
        cx = left + (n % 2) * col_w
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
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    y += mm(8)

    # The overall index beside the radar chart.
    box = QRectF(left, y, mm(52), mm(62))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SOFT))
    painter.drawRoundedRect(box, mm(2.5), mm(2.5))
    painter.setPen(QColor(MUTED))
    painter.setFont(_font(family, 8.5, bold=True))
    painter.drawText(
        QRectF(box.left(), box.top() + mm(6), box.width(), mm(6)),
        int(Qt.AlignmentFlag.AlignHCenter),
        _t("OVERALL INDEX"),
    )
    overall = report.score.overall
    painter.setPen(QColor(ACCENT) if overall is not None else QColor(MUTED))
    painter.setFont(_font(family, 40 if overall is not None else 15, bold=True))
    painter.drawText(
        QRectF(box.left(), box.top() + mm(12), box.width(), mm(24)),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        whole(overall) if overall is not None else _t("Not assessed"),
    )
    painter.setPen(QColor(MUTED))
    painter.setFont(_font(family, 9.5))
    coverage = report.score.coverage
    lines = [_t("out of 100")]
    if coverage is not None:
        lines.append(_t("coverage %1 %").replace("%1", whole(coverage * 100)))
    assessed = len(report.score.assessed())
    lines.append(_t("%1 of 6 components assessed").replace("%1", str(assessed)))
    painter.drawText(
        QRectF(box.left() + mm(3), box.top() + mm(37), box.width() - mm(6), mm(22)),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
        "\n".join(lines),
    )
    chart = QRectF(box.right() + mm(2), y - mm(2), right - box.right() - mm(2), mm(100))
    values = {cid: c.score for cid, c in report.score.components.items()}
    style = RadarStyle(font=_font(family, 8.5), scale=page.dpi / 96.0)
    paint_radar(painter, chart, [RadarSeries(_t("Scores"), values)], style)
    y = max(chart.bottom(), box.bottom()) + mm(6)

    # The six component scores, compactly, so the cover stands on its own.
    painter.setPen(QPen(QColor(RULE), mm(0.3)))
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    y += mm(4)
    name_font, score_font = _font(family, 9.5), _font(family, 9.5, bold=True)
    row_h = mm(7)
    for n, (cid, c) in enumerate(report.score.components.items()):
        cx = left + (n % 2) * col_w
        cy = y + (n // 2) * row_h
        painter.setFont(name_font)
        painter.setPen(QColor(INK) if c.assessed else QColor(MUTED))
        painter.drawText(
            QRectF(cx, cy, col_w - mm(22), row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            _component_title(cid),
        )
        painter.setFont(score_font if c.assessed else _font(family, 8.5))
        painter.setPen(QColor(ACCENT) if c.assessed else QColor(MUTED))
        painter.drawText(
            QRectF(cx + col_w - mm(30), cy, mm(24), row_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            _score(c.score) if c.assessed else _t("not assessed"),
        )
    y += row_h * 3 + mm(5)

    painter.setPen(QColor(MUTED))
    painter.setFont(_font(family, 8.5))
    note = _t(
        "The six components are those of the proposed Global AI Safety Index. Each score "
        "runs from 0 to 100; a component without answers is “not assessed” and is left out "
        "of the overall index, never counted as zero. The scores in detail, the gaps with "
        "the playbooks that help, and every answer with its evidence follow."
    )
    painter.drawText(
        QRectF(left, y, width, mm(20)),
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        note,
    )


def _paint_running(
    painter: QPainter, page: _Page, report: Report, family: str, number: int, total: int
) -> None:
    mm = page.mm
    left, right = mm(MARGIN_MM), page.width - mm(MARGIN_MM)
    width = right - left
    a = report.assessment
    painter.setFont(_font(family, 8))
    painter.setPen(QColor(MUTED))
    top = mm(MARGIN_MM) - mm(HEADER_MM) + mm(3)
    metrics = QFontMetricsF(painter.font(), painter.device())
    left_text = metrics.elidedText(
        _t("%1 — %2").replace("%1", a.institution).replace("%2", a.country_name),
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
        _t("%1 · %2 · generated %3 by Accord")
        .replace("%1", _status(report))
        .replace("%2", a.id[:8])
        .replace("%3", _when(report.generated)),
    )
    painter.drawText(
        QRectF(left + width * 0.5, bottom + mm(1.5), width * 0.5, mm(5)),
        int(Qt.AlignmentFlag.AlignRight),
        _t("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total)),
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


def render_report(
    report: Report, device: QPagedPaintDevice, titles: Mapping[str, str] | None = None
) -> int:
    """Paint the whole report on ``device`` (a QPdfWriter or QPrinter); returns the page
    count. The device's page layout must have zero margins (see :func:`_setup_device`)."""
    ensure_gui_application()
    family = report_font_family()
    page = _Page(device)
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
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_font(family, 9.5))
        doc.setDefaultStyleSheet(report_css(family))
        doc.setPageSize(QSizeF(body.width(), body.height()))
        layout_body(doc, part, body.height())
        docs.append((doc, doc.pageCount()))
    total = 1 + sum(pages for _doc, pages in docs)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start writing the report (is the target writable?)")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _paint_cover(painter, page, report, family)
        number = 1
        for doc, pages in docs:
            for n in range(pages):
                device.newPage()
                number += 1
                _paint_running(painter, page, report, family, number, total)
                painter.save()
                painter.translate(body.left(), body.top() - n * body.height())
                doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
                painter.restore()
    finally:
        painter.end()
    return total


def _setup_device(device: QPagedPaintDevice, title: str) -> None:
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
    title = _t("Readiness self-assessment — %1").replace("%1", a.institution)
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Accord")
    writer.setAuthor(", ".join(a.assessors))
    _setup_device(writer, title)
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
    printer.setDocName(
        _t("Readiness self-assessment — %1").replace("%1", report.assessment.institution)
    )
    _setup_device(printer, printer.docName())
    return render_report(report, printer, titles)
