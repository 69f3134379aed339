"""Results of an assessment: overall index, radar chart, component scores, gaps, comparison.

Built from the core's :class:`~desktop.core.assessments.export.Report` (gathered on the db
lane). The same report feeds the PDF export and print, which run on the work lane.
"""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.compare import CompareWidget
from desktop.ui.assessment.models import (
    SCORE_ROLE,
    ComponentScoreModel,
    GapModel,
    answer_text,
    format_when,
    status_label,
)
from desktop.ui.assessment.radar import RadarSeries, RadarWidget, whole
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.assessment.widgets import GuidanceView, heading
from desktop.ui.common.labels import component_label, type_label
from desktop.ui.common.notice import NoticeBar

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report
    from desktop.core.library.documents import Library
    from desktop.ui.common.tasks import Task

ModelIndex = QModelIndex | QPersistentModelIndex


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws a score (0–100) as a bar with its number; "Not assessed" as muted text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        value = index.data(SCORE_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        text_w = 34
        bar = QRect(rect.left(), rect.center().y() - 5, max(10, rect.width() - text_w - 8), 10)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        track = option.palette.color(QPalette.ColorRole.Midlight)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRect(bar)
        filled.setWidth(max(4, round(bar.width() * float(value) / 100)))
        painter.setBrush(QColor("#1f5fbf"))
        painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(bar.right() + 6, rect.top(), text_w, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            whole(float(value)),
        )
        painter.restore()


class ResultsPage(QWidget):
    """The results of one assessment (see the module docstring)."""

    backRequested = Signal(str)  # assessment id: back to its questions
    closeRequested = Signal()
    documentRequested = Signal(str, str)
    exported = Signal(str, object)  # format, Path
    statusMessage = Signal(str)

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.setAccessibleName(self.tr("Assessment results"))
        self.service = service
        self.library: Library | None = None
        self.report: Report | None = None
        self.assessment_id: str | None = None
        self.last_export_seconds: float | None = None
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame(self)
        header.setObjectName("runnerHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(18, 12, 18, 10)
        row = QHBoxLayout()
        self.title = QLabel(self.tr("Results"), self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long institution name must not widen the window
        self.title.setAccessibleName(self.tr("Results of"))
        row.addWidget(self.title, 1)
        self.back_button = QPushButton(self.tr("← &Questions"), self)
        self.back_button.setAccessibleName(self.tr("Back to the questions"))
        self.back_button.clicked.connect(
            lambda: self.assessment_id and self.backRequested.emit(self.assessment_id)
        )
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.setObjectName("primaryButton")
        self.pdf_button.setAccessibleName(self.tr("Export the report as PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_report)
        self.csv_button = QPushButton(self.tr("C&SV…"), self)
        self.csv_button.setAccessibleName(self.tr("Export the answers as CSV"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button = QPushButton(self.tr("&JSON…"), self)
        self.json_button.setAccessibleName(self.tr("Export the answers as JSON"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Back to the list of assessments"))
        self.close_button.clicked.connect(self.closeRequested)
        for button in (
            self.back_button,
            self.pdf_button,
            self.print_button,
            self.csv_button,
            self.json_button,
            self.close_button,
        ):
            row.addWidget(button)
        hl.addLayout(row)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(self.tr("Checklist, country and status"))
        hl.addWidget(self.subtitle)
        outer.addWidget(header)
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)

        scroll = QScrollArea(self)
        scroll.setObjectName("resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(22, 16, 22, 22)
        layout.setSpacing(14)

        top = QHBoxLayout()
        top.setSpacing(16)
        card = QFrame(inner)
        card.setObjectName("resultCard")
        card.setMinimumWidth(260)
        card.setMaximumWidth(340)
        cl = QVBoxLayout(card)
        cl.setContentsMargins(20, 18, 20, 18)
        cl.addWidget(heading(self.tr("Overall index"), card))
        number_row = QHBoxLayout()
        self.big_score = QLabel("—", card)
        self.big_score.setObjectName("bigScore")
        self.big_score.setAccessibleName(self.tr("Overall index"))
        number_row.addWidget(self.big_score)
        self.big_unit = QLabel(self.tr("/ 100"), card)
        self.big_unit.setObjectName("bigScoreUnit")
        number_row.addWidget(self.big_unit, 0, Qt.AlignmentFlag.AlignBottom)
        number_row.addStretch(1)
        cl.addLayout(number_row)
        self.coverage = QLabel(card)
        self.coverage.setWordWrap(True)
        self.coverage.setAccessibleName(self.tr("Coverage"))
        cl.addWidget(self.coverage)
        self.not_assessed = QLabel(card)
        self.not_assessed.setObjectName("questionMeta")
        self.not_assessed.setWordWrap(True)
        self.not_assessed.setAccessibleName(self.tr("Components not assessed"))
        cl.addWidget(self.not_assessed)
        cl.addStretch(1)
        self.facts = QLabel(card)
        self.facts.setObjectName("questionMeta")
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Status and dates"))
        cl.addWidget(self.facts)
        top.addWidget(card)
        self.radar = RadarWidget(inner)
        self.radar.setMinimumSize(480, 380)
        top.addWidget(self.radar, 1)
        layout.addLayout(top)

        layout.addWidget(heading(self.tr("Scores by component"), inner))
        self.score_model = ComponentScoreModel(self)
        self.score_table = QTableView(inner)
        self.score_table.setObjectName("scoreTable")
        self.score_table.setAccessibleName(self.tr("Scores by component"))
        self.score_table.setModel(self.score_model)
        self.score_table.setItemDelegateForColumn(1, ScoreBarDelegate(self.score_table))
        self.score_table.verticalHeader().hide()
        self.score_table.setShowGrid(False)
        self.score_table.setAlternatingRowColors(True)
        self.score_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.score_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        h = self.score_table.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        h.resizeSection(1, 260)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.score_table.verticalHeader().setDefaultSectionSize(32)
        self.score_table.setFixedHeight(32 * (len(COMPONENTS) + 1) + 34)
        self.score_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.score_table)

        layout.addWidget(heading(self.tr("Gaps and what helps"), inner))
        gap_intro = QLabel(
            self.tr(
                "The weakest answered questions, lowest score and highest weight first. Choose "
                "one to read its guidance and the playbooks and standards that help."
            ),
            inner,
        )
        gap_intro.setObjectName("questionMeta")
        gap_intro.setWordWrap(True)
        layout.addWidget(gap_intro)
        gaps = QSplitter(Qt.Orientation.Horizontal, inner)
        gaps.setChildrenCollapsible(False)
        self.gap_model = GapModel(self)
        self.gap_list = QListView(gaps)
        self.gap_list.setObjectName("gapList")
        self.gap_list.setAccessibleName(self.tr("Gaps, weakest first"))
        self.gap_list.setModel(self.gap_model)
        self.gap_list.setWordWrap(True)
        self.gap_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap_list.selectionModel().currentChanged.connect(self._on_gap_changed)
        self.gap_detail = GuidanceView(gaps)
        self.gap_detail.setObjectName("gapDetail")
        self.gap_detail.setAccessibleName(self.tr("Guidance for the chosen gap"))
        self.gap_detail.documentRequested.connect(self.documentRequested)
        gaps.addWidget(self.gap_list)
        gaps.addWidget(self.gap_detail)
        gaps.setSizes([420, 520])
        gaps.setMinimumHeight(320)
        layout.addWidget(gaps)

        layout.addWidget(heading(self.tr("Change since an earlier assessment"), inner))
        self.compare = CompareWidget(self.service, inner)
        layout.addWidget(self.compare)

        self.removed_title = heading(self.tr("Answers kept from removed questions"), inner)
        self.removed = QLabel(inner)
        self.removed.setWordWrap(True)
        self.removed.setAccessibleName(self.tr("Answers kept from removed questions"))
        layout.addWidget(self.removed_title)
        layout.addWidget(self.removed)
        layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.scroll = scroll

    # == content =========================================================================
    def set_library(self, library: Library | None) -> None:
        """The library: names the documents gaps link to."""
        self.library = library

    def titles(self) -> dict[str, str]:
        """Document id → title, for the gap links."""
        if self.library is None:
            return {}
        return {d.id: d.title for d in self.library.documents.values()}

    def open_assessment(self, assessment_id: str) -> Task:
        """Gather the report on the db lane and show it."""
        from desktop.core.assessments.export import build_report

        self.assessment_id = assessment_id
        self.title.setText(self.tr("Results"))
        library = self.library

        def job(store: Any) -> tuple[Report, list[Any]]:
            report = build_report(store, assessment_id, library, gap_limit=10)
            return report, store.earlier_assessments(assessment_id)

        task = self.service.call(job, "results")
        task.succeeded.connect(self._on_report)
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("The results could not be gathered: %1").replace("%1", describe_error(exc)),
                "error",
            )
        )
        return task

    def _on_report(self, result: tuple[Report, list[Any]]) -> None:
        report, earlier = result
        if report.assessment.id != self.assessment_id:
            return
        self.report = report
        a = report.assessment
        score = report.score
        self.title.setText(self.tr("Results — %1").replace("%1", a.institution))
        self.subtitle.setText(
            self.tr("%1 · version %2 · %3 · %4")
            .replace("%1", a.checklist_title)
            .replace("%2", a.checklist_version)
            .replace("%3", a.country_name)
            .replace("%4", status_label(a))
        )
        self.big_score.setText("—" if score.overall is None else whole(score.overall))
        self.big_unit.setVisible(score.overall is not None)
        self.big_score.setAccessibleDescription(
            self.tr("Not assessed") if score.overall is None else f"{whole(score.overall)} / 100"
        )
        if score.applicable:
            self.coverage.setText(
                self.tr("Coverage: %1 of %2 applicable questions answered (%3 %).")
                .replace("%1", str(score.answered))
                .replace("%2", str(score.applicable))
                .replace("%3", whole((score.coverage or 0) * 100))
            )
        else:
            self.coverage.setText(self.tr("No applicable question has an answer yet."))
        missing = [
            component_label(c.component) for c in score.components.values() if not c.assessed
        ]
        if missing:
            self.not_assessed.setText(
                self.tr(
                    "Not assessed (no answers yet, so no score and not in the index): %1."
                ).replace("%1", ", ".join(missing))
            )
        else:
            self.not_assessed.setText(self.tr("All six components are assessed."))
        if report.unanswered:
            self.not_assessed.setText(
                self.not_assessed.text()
                + " "
                + self.tr("%1 shown questions are still unanswered.").replace(
                    "%1", str(len(report.unanswered))
                )
            )
        dates = [
            self.tr("Status: %1").replace("%1", status_label(a)),
            self.tr("Started: %1").replace("%1", format_when(a.created)),
        ]
        if a.completed:
            dates.append(self.tr("Completed: %1").replace("%1", format_when(a.completed)))
        else:
            dates.append(self.tr("Last changed: %1").replace("%1", format_when(a.updated)))
        dates.append(self.tr("Assessors: %1").replace("%1", ", ".join(a.assessors) or "—"))
        self.facts.setText("\n".join(dates))
        values = {cid: c.score for cid, c in score.components.items()}
        self.radar.set_series([RadarSeries(a.institution, values)])
        self.score_model.set_score(score)
        titles = self.titles()
        self.gap_model.set_gaps(report.gaps, titles, report.checklist)
        if report.gaps:
            self.gap_list.setCurrentIndex(self.gap_model.index(0, 0))
        else:
            self.gap_detail.setHtml(
                "<p>"
                + html.escape(self.tr("No gaps: every answered question has full marks."))
                + "</p>"
            )
        default = report.comparison.earlier.id if report.comparison else None
        self.compare.set_assessment(a.id, earlier, default)
        if report.removed_answers:
            lines = [
                f"{x.item_id}: {x.value or '—'}" + (f" — {x.note}" if x.note else "")
                for x in report.removed_answers
            ]
            self.removed.setText(
                self.tr(
                    "These answers belong to questions the current checklist version no "
                    "longer has. They are kept and listed, but do not count:"
                )
                + "\n"
                + "\n".join(lines)
            )
        self.removed_title.setVisible(bool(report.removed_answers))
        self.removed.setVisible(bool(report.removed_answers))

    def _on_gap_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        gap = self.gap_model.gap(current.row())
        if gap is None or self.report is None:
            return
        from desktop.core.library.render import doc_url, render_markdown

        item = self.report.checklist.item(gap.item_id)
        answer = answer_text(item, gap.answer) if item else gap.answer
        parts = [
            f"<h3>{html.escape(gap.ask)}</h3>",
            "<p class='meta'>"
            + html.escape(
                f"{gap.item_id} · {component_label(gap.component)} · "
                + self.tr("Answer: %1").replace("%1", answer)
                + " · "
                + self.tr("weight %1").replace("%1", f"{gap.weight:g}")
            )
            + "</p>",
        ]
        if gap.guidance:
            parts.append(render_markdown(gap.guidance, self.library).html)
        if gap.links:
            items = []
            for doc_id in gap.links:
                doc = self.library.get(doc_id) if self.library else None
                title = doc.title if doc else doc_id
                kind = type_label(doc.type) if doc else ""
                items.append(
                    f"<li><b>{html.escape(kind)}</b> "
                    f"<a class='wikilink' href='{html.escape(doc_url(doc_id), quote=True)}'>"
                    f"{html.escape(title)}</a></li>"
                )
            parts.append(f"<h4>{html.escape(self.tr('What helps'))}</h4><ul>{''.join(items)}</ul>")
        self.gap_detail.setHtml("".join(parts))

    # == export and print ==================================================================
    def ask_save_path(self, kind: str, suggested: Path) -> Path | None:
        """Ask where to save (tests replace this)."""
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "csv": self.tr("CSV files (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
        }
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), filters[kind]
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")

    def suggested_name(self, kind: str) -> Path:
        """A file name from the institution and the date."""
        if self.report is None:
            return Path.home() / f"assessment.{kind}"
        a = self.report.assessment
        safe = "".join(ch if ch.isalnum() else "-" for ch in a.institution).strip("-")[:48]
        stamp = (a.completed or a.updated)[:10]
        return Path.home() / f"{safe or 'assessment'}-{a.country}-{stamp}.{kind}"

    def export(self, kind: str, target: Path | None = None) -> Task | None:
        """Write the PDF report, or the answers as CSV or JSON, on the work lane."""
        if self.report is None:
            return None
        target = target or self.ask_save_path(kind, self.suggested_name(kind))
        if target is None:
            return None
        report, titles = self.report, self.titles()

        def job(_ctx: Any) -> tuple[Path, float]:
            started = time.perf_counter()
            if kind == "pdf":
                from desktop.ui.report.pdf import export_pdf

                export_pdf(report, target, titles)
            elif kind == "csv":
                from desktop.core.assessments.export import write_csv

                write_csv(report, target)
            else:
                from desktop.core.assessments.export import write_json

                write_json(report, target)
            return target, time.perf_counter() - started

        self.statusMessage.emit(self.tr("Saving %1…").replace("%1", target.name))
        task = self.service.runner.submit(job, lane="work", name=f"export {kind}")
        task.succeeded.connect(lambda result: self._on_exported(kind, result))
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("The file could not be saved: %1").replace("%1", describe_error(exc)),
                "error",
                [(self.tr("Try again"), lambda: self.export(kind, target))],
            )
        )
        return task

    def _on_exported(self, kind: str, result: tuple[Path, float]) -> None:
        path, seconds = result
        self.last_export_seconds = seconds
        self.notice.show_notice(
            self.tr("Saved %1 (%2 s).").replace("%1", str(path)).replace("%2", f"{seconds:.1f}"),
            "info",
        )
        self.exported.emit(kind, path)

    def print_report(self) -> Task | None:
        """Choose a printer, then print on the work lane."""
        if self.report is None:
            return None
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        report, titles = self.report, self.titles()

        def job(_ctx: Any) -> int:
            from desktop.ui.report.pdf import print_report

            return print_report(report, printer, titles)

        task = self.service.runner.submit(job, lane="work", name="print report")
        self.statusMessage.emit(self.tr("Printing…"))
        task.succeeded.connect(lambda _n: self.statusMessage.emit(self.tr("Sent to the printer.")))
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("Printing failed: %1").replace("%1", describe_error(exc)), "error"
            )
        )
        return task

    def created_text(self) -> str:
        """When the assessment shown was started (for tests and the header)."""
        return format_when(self.report.assessment.created) if self.report else ""
