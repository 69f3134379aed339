"""The results' headline card: the overall index, coverage, what is not assessed, dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.assessments.scoring import coverage_percent
from desktop.ui.assessment.formatting import format_when, overall_reason_text, status_label
from desktop.ui.assessment.radar import whole
from desktop.ui.assessment.widgets import heading

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report


class OverallCard(QFrame):
    """The overall index in large type ("—" when not computed, never 0), the coverage
    beside it, why it is not computed, and the status, dates and assessors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.setMinimumWidth(260)
        self.setMaximumWidth(340)
        cl = QVBoxLayout(self)
        cl.setContentsMargins(20, 18, 20, 18)
        cl.addWidget(heading(self.tr("Overall index"), self))
        number_row = QHBoxLayout()
        self.big_score = QLabel("—", self)
        self.big_score.setObjectName("bigScore")
        self.big_score.setAccessibleName(self.tr("Overall index"))
        number_row.addWidget(self.big_score)
        self.big_unit = QLabel(self.tr("/ 100"), self)
        self.big_unit.setObjectName("bigScoreUnit")
        number_row.addWidget(self.big_unit, 0, Qt.AlignmentFlag.AlignBottom)
        number_row.addStretch(1)
        cl.addLayout(number_row)
        self.coverage = QLabel(self)
        self.coverage.setWordWrap(True)
        self.coverage.setAccessibleName(self.tr("Coverage"))
        cl.addWidget(self.coverage)
        self.not_assessed = QLabel(self)
        self.not_assessed.setObjectName("questionMeta")
        self.not_assessed.setWordWrap(True)
        self.not_assessed.setAccessibleName(self.tr("Why the overall index reads so"))
        cl.addWidget(self.not_assessed)
        cl.addStretch(1)
        self.facts = QLabel(self)
        self.facts.setObjectName("questionMeta")
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Status and dates"))
        cl.addWidget(self.facts)

    def show_report(self, report: Report) -> None:
        """The figures of ``report``."""
        score = report.score
        self.big_score.setText("—" if score.overall is None else whole(score.overall))
        self.big_unit.setVisible(score.overall is not None)
        self.big_score.setAccessibleDescription(
            self.tr("Not computed") if score.overall is None else f"{whole(score.overall)} / 100"
        )
        if score.applicable:
            self.coverage.setText(
                self.tr(
                    "Coverage: %1 % — %2 of %3 applicable questions answered or closed by "
                    "an earlier answer. A score is shown from %4 % in each component."
                )
                .replace("%1", str(coverage_percent(score.coverage or 0)))
                .replace("%2", str(score.answered + score.closed))
                .replace("%3", str(score.applicable))
                .replace("%4", str(coverage_percent(score.min_coverage)))
            )
        else:
            self.coverage.setText(self.tr("No applicable question has an answer yet."))
        self.not_assessed.setText(self._not_assessed_text(report))
        self.facts.setText(self._facts_text(report))

    def _not_assessed_text(self, report: Report) -> str:
        score = report.score
        text = overall_reason_text(score) or self.tr(
            "Every component the checklist covers has a score."
        )
        if score.na:
            text += " " + self.tr(
                "%n question(s) marked not applicable; the reasons are in the report.",
                "",
                score.na,
            )
        if report.unanswered:
            text += " " + self.tr(
                "%n shown question(s) still unanswered.", "", len(report.unanswered)
            )
        return text

    def _facts_text(self, report: Report) -> str:
        a = report.assessment
        dates = [
            self.tr("Status: %1").replace("%1", status_label(a)),
            self.tr("Started: %1").replace("%1", format_when(a.created)),
        ]
        if a.completed:
            dates.append(self.tr("Completed: %1").replace("%1", format_when(a.completed)))
        else:
            dates.append(self.tr("Last changed: %1").replace("%1", format_when(a.updated)))
        dates.append(self.tr("Assessors: %1").replace("%1", ", ".join(a.assessors) or "—"))
        if a.is_partial:
            dates.append(self.tr("Submitted as partial: %1").replace("%1", a.partial_reason or ""))
        return "\n".join(dates)
