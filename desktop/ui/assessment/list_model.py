"""The list of assessments: one row per assessment with status, progress, score and where
it is on its way to the hub. Rows can be replaced in place (:meth:`AssessmentListModel.
update_rows`), so a change to one assessment repaints one row and keeps the selection."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.counts import answered_text, of_row, short_answered_text
from desktop.ui.assessment.formatting import (
    format_coverage,
    format_score,
    format_when,
    status_label,
)
from desktop.ui.assessment.roles import (
    ASSESSMENT_ID_ROLE,
    DISPLAY,
    MUTED,
    ROOT,
    SORT_ROLE,
    ModelIndex,
)
from desktop.ui.common.headers import column_header

if TYPE_CHECKING:
    from desktop.core.assessments.item_states import QuestionCount
    from desktop.core.assessments.model import Assessment
    from desktop.core.sync.outbox import OutboxEntry


@dataclass(frozen=True)
class AssessmentRow:
    """One assessment with the figures its list row shows."""

    assessment: Assessment
    answered: int
    total: int
    overall: float | None
    sync: OutboxEntry | None = None  # the outbox row of its latest completed revision
    coverage: float | None = None  # shown beside the overall index
    closed: int = 0  # questions closed by an earlier answer (counted with ``total``)

    def count(self) -> QuestionCount:
        """Its questions, counted as every screen counts them (``counts.py``)."""
        return of_row(self.answered, self.total, self.closed)


def sync_label(row: AssessmentRow) -> str:
    """Where the assessment is on its way to the hub: queued, sending, delivered (receipt
    id) or rejected (reason); '' for a draft never completed."""
    entry = row.sync
    if entry is None:
        return (
            QCoreApplication.translate("AssessmentModels", "Not queued yet")
            if row.assessment.is_complete
            else ""
        )
    if entry.state == "delivered":
        text = QCoreApplication.translate("AssessmentModels", "Delivered · receipt %1").replace(
            "%1", entry.receipt_id or ""
        )
    elif entry.state == "rejected":
        text = QCoreApplication.translate("AssessmentModels", "Rejected: %1").replace(
            "%1", entry.reason or ""
        )
    elif entry.state == "sending":
        text = QCoreApplication.translate("AssessmentModels", "Sending…")
    elif entry.attempts:
        text = QCoreApplication.translate("AssessmentModels", "Queued (tried %1×)").replace(
            "%1", str(entry.attempts)
        )
    else:
        text = QCoreApplication.translate("AssessmentModels", "Queued")
    if entry.revision != row.assessment.revision:
        text = (
            QCoreApplication.translate("AssessmentModels", "Revision %1: %2")
            .replace("%1", str(entry.revision))
            .replace("%2", text)
        )
    return text


_SYNC_COLOURS = {"delivered": QColor("#2e7d32"), "rejected": QColor("#b3261e")}


class AssessmentListModel(QAbstractTableModel):
    """Assessments, most recently changed first (sortable through a proxy)."""

    COLUMNS = (
        "institution",
        "assessors",
        "country",
        "checklist",
        "status",
        "sync",
        "progress",
        "overall",
        "updated",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRow] = []

    def set_rows(self, rows: Sequence[AssessmentRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[AssessmentRow], ids: Collection[str]) -> None:
        """Bring the rows of the assessments ``ids`` up to date with ``rows`` (their new
        figures; an id without a row is gone): rows change in place, new ones come first,
        gone ones leave. No reset, so views keep their selection and scroll position."""
        fresh = {row.assessment.id: row for row in rows}
        for n in range(len(self._rows) - 1, -1, -1):
            aid = self._rows[n].assessment.id
            if aid in ids and aid not in fresh:
                self.beginRemoveRows(ROOT, n, n)
                del self._rows[n]
                self.endRemoveRows()
        last = len(self.COLUMNS) - 1
        for n, row in enumerate(self._rows):
            new = fresh.pop(row.assessment.id, None)
            if new is not None and new != row:
                self._rows[n] = new
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        if fresh:  # assessments not listed yet: the most recently changed, so first
            self.beginInsertRows(ROOT, 0, len(fresh) - 1)
            self._rows[:0] = fresh.values()
            self.endInsertRows()

    def rows(self) -> list[AssessmentRow]:
        """The rows shown."""
        return list(self._rows)

    def row_of(self, assessment_id: str) -> int:
        """The row of ``assessment_id`` or -1."""
        for n, row in enumerate(self._rows):
            if row.assessment.id == assessment_id:
                return n
        return -1

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        labels = (
            QCoreApplication.translate("AssessmentModels", "Institution"),
            QCoreApplication.translate("AssessmentModels", "Assessors"),
            QCoreApplication.translate("AssessmentModels", "Country"),
            QCoreApplication.translate("AssessmentModels", "Checklist"),
            QCoreApplication.translate("AssessmentModels", "Status"),
            QCoreApplication.translate("AssessmentModels", "Sent to hub"),
            QCoreApplication.translate("AssessmentModels", "Answered"),
            QCoreApplication.translate("AssessmentModels", "Overall index"),
            QCoreApplication.translate("AssessmentModels", "Last changed"),
        )
        return column_header(labels, section, orientation, role)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ASSESSMENT_ID_ROLE:
            return row.assessment.id
        if role == DISPLAY:
            return _display(row)[column]
        if role == SORT_ROLE:
            return _sort_keys(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "overall" and row.overall is None:
            return MUTED
        if role == Qt.ItemDataRole.ForegroundRole and column == "sync" and row.sync is not None:
            return _SYNC_COLOURS.get(row.sync.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("progress", "overall"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display(row: AssessmentRow) -> dict[str, str]:
    a = row.assessment
    return {
        "institution": a.institution,
        "assessors": ", ".join(a.assessors),
        "country": f"{a.country_name} ({a.country})",
        "checklist": f"{checklist_title(a)} {a.checklist_version}",
        "status": status_label(a),
        "sync": sync_label(row),
        "progress": short_answered_text(row.count()),
        "overall": _overall(row),
        "updated": format_when(a.updated),
    }


def _overall(row: AssessmentRow) -> str:
    """'63 · 90 %': the overall index with the coverage beside it."""
    score = format_score(row.overall)
    if row.coverage is None:
        return score
    return (
        QCoreApplication.translate("AssessmentModels", "%1 · %2 covered")
        .replace("%1", score)
        .replace("%2", format_coverage(row.coverage))
    )


def _sort_keys(row: AssessmentRow) -> dict[str, Any]:
    a = row.assessment
    return {
        "institution": a.institution.casefold(),
        "assessors": ", ".join(a.assessors).casefold(),
        "country": a.country_name.casefold(),
        "checklist": checklist_title(a).casefold(),
        "status": (a.status, a.revision),
        "sync": ("" if row.sync is None else row.sync.state, sync_label(row)),
        "progress": (row.answered + row.closed) / row.total if row.total else 0.0,
        "overall": -1.0 if row.overall is None else row.overall,
        "updated": a.updated,
    }


def _tooltip(row: AssessmentRow, column: str) -> str:
    a, entry = row.assessment, row.sync
    if column == "sync" and entry is not None:
        tip = sync_label(row)
        if entry.state in ("queued", "sending") and entry.last_error:
            tip += "\n" + QCoreApplication.translate(
                "AssessmentModels", "Last attempt: %1"
            ).replace("%1", entry.last_error)
        if entry.delivered:
            tip += "\n" + QCoreApplication.translate("AssessmentModels", "Delivered %1").replace(
                "%1", format_when(entry.delivered)
            )
        return tip
    if column == "progress":
        return answered_text(row.count())
    names = ", ".join(a.assessors) or QCoreApplication.translate(
        "AssessmentModels", "no assessors named"
    )
    return (
        QCoreApplication.translate("AssessmentModels", "%1 — %2; assessors: %3")
        .replace("%1", a.institution)
        .replace("%2", checklist_title(a))
        .replace("%3", names)
    )
