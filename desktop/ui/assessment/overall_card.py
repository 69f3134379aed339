"""The results' headline card: the overall index, coverage, what is not assessed, dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.assessment.formatting import format_when, status_label
from desktop.ui.assessment.radar import whole
from desktop.ui.assessment.widgets import heading
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report


class OverallCard(QFrame):
    """The overall index in large type ("—" when not assessed, never 0), the coverage,
    the components without a score, and the status, dates and assessors."""

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
        self.not_assessed.setAccessibleName(self.tr("Components not assessed"))
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
        self.not_assessed.setText(self._not_assessed_text(report))
        self.facts.setText(self._facts_text(report))

    def _not_assessed_text(self, report: Report) -> str:
        score = report.score
        missing = [
            component_label(c.component) for c in score.components.values() if not c.assessed
        ]
        if missing:
            text = self.tr(
                "Not assessed (no answers yet, so no score and not in the index): %1."
            ).replace("%1", ", ".join(missing))
        else:
            text = self.tr("All six components are assessed.")
        if report.unanswered:
            text += " " + self.tr("%1 shown questions are still unanswered.").replace(
                "%1", str(len(report.unanswered))
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
        return "\n".join(dates)
