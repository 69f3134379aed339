"""Results of an assessment: overall index, radar chart, component scores, results per
framework, the questions marked not applicable with their reasons, gaps, comparison.

Built from the core's :class:`~desktop.core.assessments.export.Report` (gathered on the db
lane). The same report feeds the PDF export and print, which run on the work lane; the
files are written by the use case :func:`desktop.core.actions.assessments.write_report`,
as the command line writes them.

The parts: :mod:`.overall_card` (the headline figures), :mod:`.radar`, the score table
(:mod:`.score_bar` draws its bars), :mod:`.gap_panel`, :mod:`.compare`.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.compare import CompareWidget
from desktop.ui.assessment.formatting import format_when, status_label
from desktop.ui.assessment.framework_view import FrameworkView
from desktop.ui.assessment.gap_panel import GapPanel
from desktop.ui.assessment.overall_card import OverallCard
from desktop.ui.assessment.radar import RadarSeries
from desktop.ui.assessment.result_models import ComponentScoreModel
from desktop.ui.assessment.score_bar import ScoreBarDelegate, score_table
from desktop.ui.assessment.score_chart import RadarWidget
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.assessment.widgets import heading, page_header, page_title
from desktop.ui.common.notice import NoticeBar
from desktop.ui.common.responsive import WrappingHeader

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report
    from desktop.core.library.documents import Library
    from desktop.ui.common.tasks import Task

__all__ = ["ResultsPage", "ScoreBarDelegate"]


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

    # == construction ====================================================================
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
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
        self.card = OverallCard(inner)
        self.big_score, self.big_unit = self.card.big_score, self.card.big_unit
        self.coverage, self.not_assessed = self.card.coverage, self.card.not_assessed
        self.facts = self.card.facts
        top.addWidget(self.card)
        self.radar = RadarWidget(inner)  # bars where a radar has no room
        top.addWidget(self.radar, 1)
        layout.addLayout(top)
        layout.addWidget(heading(self.tr("Scores by component"), inner))
        layout.addWidget(self._build_score_table(inner))
        layout.addWidget(heading(self.tr("Results by framework"), inner))
        self.frameworks = FrameworkView(inner)
        layout.addWidget(self.frameworks)
        self.na_title = heading(self.tr("Marked not applicable, with the reasons"), inner)
        self.na_list = QLabel(inner)
        self.na_list.setObjectName("naReasons")
        self.na_list.setWordWrap(True)
        self.na_list.setTextFormat(Qt.TextFormat.PlainText)
        self.na_list.setAccessibleName(self.tr("Questions marked not applicable"))
        layout.addWidget(self.na_title)
        layout.addWidget(self.na_list)
        self._build_gaps(layout, inner)
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

    def _build_header(self) -> QFrame:
        """Title, the page's buttons (questions, PDF, print, CSV, JSON, close), subtitle."""
        header, hl = page_header(self, (18, 12, 18, 10))
        self.title = page_title(self.tr("Results"), self, self.tr("Results of"))
        row = WrappingHeader(self.title, header)  # the buttons go under a long title
        self.back_button = self._button(self.tr("← &Questions"), self.tr("Back to the questions"))
        self.pdf_button = self._button(self.tr("Export &PDF…"), self.tr("Export the report as PDF"))
        self.pdf_button.setObjectName("primaryButton")
        self.print_button = self._button(self.tr("P&rint…"), self.tr("Print the report"))
        self.csv_button = self._button(self.tr("C&SV…"), self.tr("Export the answers as CSV"))
        self.json_button = self._button(self.tr("&JSON…"), self.tr("Export the answers as JSON"))
        self.close_button = self._button(
            self.tr("&Close"), self.tr("Back to the list of assessments")
        )
        for button in (
            self.back_button,
            self.pdf_button,
            self.print_button,
            self.csv_button,
            self.json_button,
            self.close_button,
        ):
            row.add(button)
        self.back_button.clicked.connect(
            lambda: self.assessment_id and self.backRequested.emit(self.assessment_id)
        )
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.print_button.clicked.connect(self.print_report)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.close_button.clicked.connect(self.closeRequested)
        hl.addWidget(row)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(self.tr("Checklist, country and status"))
        hl.addWidget(self.subtitle)
        return header

    def _button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        return button

    def _build_score_table(self, parent: QWidget) -> QTableView:
        """The six components and the overall index: score bar, coverage, answered."""
        self.score_model = ComponentScoreModel(self)
        table = self.score_table = score_table(
            parent, self.score_model, self.tr("Scores by component"), 1
        )
        table.setObjectName("scoreTable")
        table.setFixedHeight(32 * (len(COMPONENTS) + 1) + 34)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _build_gaps(self, layout: QVBoxLayout, parent: QWidget) -> None:
        layout.addWidget(heading(self.tr("Gaps and what helps"), parent))
        gap_intro = QLabel(
            self.tr(
                "The weakest answered questions, lowest score and highest weight first. Choose "
                "one to read its guidance and the playbooks and standards that help."
            ),
            parent,
        )
        gap_intro.setObjectName("questionMeta")
        gap_intro.setWordWrap(True)
        layout.addWidget(gap_intro)
        self.gaps = GapPanel(parent)
        self.gap_model, self.gap_list = self.gaps.gap_model, self.gaps.gap_list
        self.gap_detail = self.gaps.gap_detail
        self.gaps.documentRequested.connect(self.documentRequested)
        layout.addWidget(self.gaps)

    # == content =========================================================================
    def set_library(self, library: Library | None) -> None:
        """The library: names the documents gaps link to."""
        self.library = library
        self.gaps.library = library

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
        self.title.setText(self.tr("Results — %1").replace("%1", a.institution))
        self.subtitle.setText(
            self.tr("%1 · version %2 · %3 · %4")
            .replace("%1", checklist_title(a))
            .replace("%2", a.checklist_version)
            .replace("%3", a.country_name)
            .replace("%4", status_label(a))
        )
        self.card.show_report(report)
        values = {cid: c.score for cid, c in report.score.components.items()}
        self.radar.set_series([RadarSeries(a.institution, values)])
        self.score_model.set_score(report.score)
        self.frameworks.show_results(list(report.frameworks))
        na = [i for i in report.items() if i.applicable and i.answer == "na"]
        self.na_list.setText("\n".join(f"{i.item_id} — {i.ask}\n    {i.note}" for i in na))
        self.na_title.setVisible(bool(na))
        self.na_list.setVisible(bool(na))
        self.gaps.show_gaps(report, self.titles(), self.library)
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
            from desktop.core.actions.assessments import write_report

            started = time.perf_counter()
            pdf_writer = None
            if kind == "pdf":
                from desktop.ui.report.pdf import export_pdf

                pdf_writer = export_pdf
            write_report(report, kind, target, titles=titles, pdf_writer=pdf_writer)
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
