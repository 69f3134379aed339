"""Qt models for the assessment screens; each adapts plain core data (never the only copy).

* :class:`AssessmentListModel` — the assessments with status, progress and score.
* :class:`NavigatorModel` — sections and their shown items, updated live by skip logic.
* :class:`ComponentScoreModel` — the six component scores, coverage, and the overall index.
* :class:`GapModel` — the gap list (weakest items first) with the documents that help.
* :class:`ComparisonModel` — change per component against an earlier assessment.
* :class:`WorkshopModel` — several groups side by side with mean and spread.
* :class:`ChecklistModel`, :class:`CountryModel` — choices for the start dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.assessments.scoring import applicable_items
from desktop.core.library.checklists import NOT_APPLICABLE
from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.radar import whole
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.assessments.scoring import Comparison, Gap, Score, WorkshopSummary
    from desktop.core.assessments.store import Assessment, ChecklistInfo
    from desktop.core.library.checklists import Checklist, Item
    from desktop.core.library.countries import Country
    from desktop.core.sync.outbox import OutboxEntry

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as a shared default argument

ASSESSMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 40
SORT_ROLE = Qt.ItemDataRole.UserRole + 41
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 42
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 43
STATE_ROLE = Qt.ItemDataRole.UserRole + 44  # "answered", "na", "unanswered", section: "done"
SCORE_ROLE = Qt.ItemDataRole.UserRole + 45  # float 0–100 or None
LINKS_ROLE = Qt.ItemDataRole.UserRole + 46  # tuple of document ids
COMPONENT_ROLE = Qt.ItemDataRole.UserRole + 47
CODE_ROLE = Qt.ItemDataRole.UserRole + 48
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 49  # (done, total)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_MUTED = QColor("#6b7682")


def _t(text: str) -> str:
    return QCoreApplication.translate("AssessmentModels", text)


def status_label(assessment: Assessment) -> str:
    """'Draft', 'Complete', or with the revision: 'Complete · revision 2'."""
    base = _t("Complete") if assessment.is_complete else _t("Draft")
    if assessment.revision > 1:
        return _t("%1 · revision %2").replace("%1", base).replace("%2", str(assessment.revision))
    return base


def format_score(score: float | None) -> str:
    """'72' for a score, 'not assessed' for None (never 0)."""
    return _t("Not assessed") if score is None else whole(score)


def format_coverage(coverage: float | None) -> str:
    """'92 %' or '—' when nothing applies."""
    return "—" if coverage is None else f"{whole(coverage * 100)} %"


def format_change(change: float | None) -> str:
    """'+8', '−3', '±0' or '—' when one side was not assessed."""
    if change is None:
        return "—"
    n = int(whole(change))
    if n == 0:
        return "±0"
    return f"+{n}" if n > 0 else f"−{-n}"


def format_when(stamp: str) -> str:
    """An ISO time stamp in the user's locale, short form and local time."""
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def answer_text(item: Item, value: str | None) -> str:
    """How an answer reads in the UI: 'Yes', 'Partly', 'No', 'Level 3', 'Not applicable'."""
    if value is None or value == "":
        return _t("Not answered")
    if value == NOT_APPLICABLE:
        return _t("Not applicable")
    if item.scale == "maturity-0-4":
        return _t("Level %1 of 4").replace("%1", value)
    return {"yes": _t("Yes"), "partial": _t("Partly"), "no": _t("No")}.get(value, value)


# --- the list of assessments ----------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentRow:
    """One assessment with the figures its list row shows."""

    assessment: Assessment
    answered: int
    total: int
    overall: float | None
    sync: OutboxEntry | None = None  # the outbox row of its latest completed revision


def sync_label(row: AssessmentRow) -> str:
    """Where the assessment is on its way to the hub: queued, sending, delivered (receipt
    id) or rejected (reason); '' for a draft never completed."""
    entry = row.sync
    if entry is None:
        return _t("Not queued yet") if row.assessment.is_complete else ""
    if entry.state == "delivered":
        text = _t("Delivered · receipt %1").replace("%1", entry.receipt_id or "")
    elif entry.state == "rejected":
        text = _t("Rejected: %1").replace("%1", entry.reason or "")
    elif entry.state == "sending":
        text = _t("Sending…")
    elif entry.attempts:
        text = _t("Queued (tried %1×)").replace("%1", str(entry.attempts))
    else:
        text = _t("Queued")
    if entry.revision != row.assessment.revision:
        text = _t("Revision %1: %2").replace("%1", str(entry.revision)).replace("%2", text)
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

    def rows(self) -> list[AssessmentRow]:
        """The rows shown."""
        return list(self._rows)

    def row_of(self, assessment_id: str) -> int:
        """The row of ``assessment_id`` or -1."""
        for n, row in enumerate(self._rows):
            if row.assessment.id == assessment_id:
                return n
        return -1

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "institution": _t("Institution"),
            "assessors": _t("Assessors"),
            "country": _t("Country"),
            "checklist": _t("Checklist"),
            "status": _t("Status"),
            "sync": _t("Sent to hub"),
            "progress": _t("Answered"),
            "overall": _t("Overall index"),
            "updated": _t("Last changed"),
        }[self.COLUMNS[section]]

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        a = row.assessment
        column = self.COLUMNS[index.column()]
        if role == ASSESSMENT_ID_ROLE:
            return a.id
        if role == _DISPLAY:
            return {
                "institution": a.institution,
                "assessors": ", ".join(a.assessors),
                "country": f"{a.country_name} ({a.country})",
                "checklist": f"{a.checklist_title} {a.checklist_version}",
                "status": status_label(a),
                "sync": sync_label(row),
                "progress": _t("%1 of %2")
                .replace("%1", str(row.answered))
                .replace("%2", str(row.total)),
                "overall": format_score(row.overall),
                "updated": format_when(a.updated),
            }[column]
        if role == SORT_ROLE:
            return {
                "institution": a.institution.casefold(),
                "assessors": ", ".join(a.assessors).casefold(),
                "country": a.country_name.casefold(),
                "checklist": a.checklist_title.casefold(),
                "status": (a.status, a.revision),
                "sync": ("" if row.sync is None else row.sync.state, sync_label(row)),
                "progress": row.answered / row.total if row.total else 0.0,
                "overall": -1.0 if row.overall is None else row.overall,
                "updated": a.updated,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "sync" and row.sync is not None:
            entry = row.sync
            tip = sync_label(row)
            if entry.state in ("queued", "sending") and entry.last_error:
                tip += "\n" + _t("Last attempt: %1").replace("%1", entry.last_error)
            if entry.delivered:
                tip += "\n" + _t("Delivered %1").replace("%1", format_when(entry.delivered))
            return tip
        if role == Qt.ItemDataRole.ToolTipRole:
            names = ", ".join(a.assessors) or _t("no assessors named")
            return (
                _t("%1 — %2; assessors: %3")
                .replace("%1", a.institution)
                .replace("%2", a.checklist_title)
                .replace("%3", names)
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == "overall" and row.overall is None:
            return _MUTED
        if role == Qt.ItemDataRole.ForegroundRole and column == "sync" and row.sync is not None:
            return _SYNC_COLOURS.get(row.sync.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("progress", "overall"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- the runner's navigator -------------------------------------------------------------------


class NavigatorModel(QAbstractItemModel):
    """Sections (top level, with progress) and the items skip logic shows now.

    :meth:`update_answers` inserts and removes item rows as skip logic shows and hides
    them (no reset, so the view keeps its selection and expansion).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checklist: Checklist | None = None
        self.values: dict[str, str] = {}
        self.new_items: frozenset[str] = frozenset()
        self._visible: list[list[Item]] = []  # per section, the items shown

    # -- content
    def set_checklist(
        self, checklist: Checklist, values: Mapping[str, str], new_items: Sequence[str] = ()
    ) -> None:
        """Show ``checklist`` with ``values`` (item id → answer)."""
        self.beginResetModel()
        self.checklist = checklist
        self.values = dict(values)
        self.new_items = frozenset(new_items)
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[list[Item]]:
        if self.checklist is None:
            return []
        shown = {i.id for i in applicable_items(self.checklist, self.values)}
        return [[i for i in s.items if i.id in shown] for s in self.checklist.sections]

    def update_answers(self, values: Mapping[str, str]) -> None:
        """New answers: rows appear and disappear with skip logic; only the rows whose
        answer changed (and their sections' progress) are repainted."""
        if self.checklist is None:
            return
        old_values = self.values
        self.values = dict(values)
        changed = {
            k for k in set(old_values) | set(self.values) if old_values.get(k) != self.values.get(k)
        }
        new_visible = self._compute_visible()
        touched_sections: set[int] = set()
        for s_row, (old, new) in enumerate(zip(self._visible, new_visible, strict=True)):
            if [i.id for i in old] == [i.id for i in new]:
                continue
            touched_sections.add(s_row)
            parent = self.index(s_row, 0)
            new_ids = {i.id for i in new}
            for row in range(len(old) - 1, -1, -1):
                if old[row].id not in new_ids:
                    self.beginRemoveRows(parent, row, row)
                    del old[row]
                    self.endRemoveRows()
            for row, item in enumerate(new):
                if row >= len(old) or old[row].id != item.id:
                    self.beginInsertRows(parent, row, row)
                    old.insert(row, item)
                    self.endInsertRows()
        for s_row, items in enumerate(self._visible):
            parent = self.index(s_row, 0)
            for row, item in enumerate(items):
                if item.id in changed:
                    touched_sections.add(s_row)
                    self.dataChanged.emit(self.index(row, 0, parent), self.index(row, 1, parent))
        for s_row in sorted(touched_sections):
            self.dataChanged.emit(self.index(s_row, 0), self.index(s_row, 1))

    def visible_items(self) -> list[Item]:
        """Every shown item, in order."""
        return [i for items in self._visible for i in items]

    def index_of_item(self, item_id: str) -> QModelIndex:
        """The index of a shown item (invalid when hidden or unknown)."""
        for s_row, items in enumerate(self._visible):
            for row, item in enumerate(items):
                if item.id == item_id:
                    return self.index(row, 0, self.index(s_row, 0))
        return QModelIndex()

    def section_progress(self, s_row: int) -> tuple[int, int]:
        """(answered incl. not applicable, shown) of section row ``s_row``."""
        items = self._visible[s_row]
        done = sum(1 for i in items if self.values.get(i.id) in i.allowed_answers())
        return done, len(items)

    # -- structure: top-level rows carry id 0, item rows carry (section row + 1)
    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._visible):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        s_row = parent.row()
        if s_row >= len(self._visible) or row >= len(self._visible[s_row]):
            return QModelIndex()
        return self.createIndex(row, column, s_row + 1)

    def parent(self, index: ModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._visible)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._visible[parent.row()]) if parent.row() < len(self._visible) else 0

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and section in (0, 1):
            return (_t("Question"), _t("Answer"))[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self.checklist is None:
            return None
        if index.internalId() == 0:
            return self._section_data(index, role)
        s_row = int(index.internalId()) - 1
        if s_row >= len(self._visible) or index.row() >= len(self._visible[s_row]):
            return None
        item = self._visible[s_row][index.row()]
        value = self.values.get(item.id)
        answered = value in item.allowed_answers()
        if role == ITEM_ID_ROLE:
            return item.id
        if role == SECTION_ID_ROLE:
            return item.section
        if role == STATE_ROLE:
            if not answered:
                return "unanswered"
            return "na" if value == NOT_APPLICABLE else "answered"
        if role == _DISPLAY:
            if index.column() == 0:
                flag = _t(" (new)") if item.id in self.new_items else ""
                return f"{item.id}{flag}  {item.ask}"
            return answer_text(item, value if answered else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.ask
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mark = answer_text(item, value if answered else None)
            return f"{item.id}: {item.ask} — {mark}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and not answered:
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and item.id in self.new_items:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _section_data(self, index: QModelIndex, role: int) -> Any:
        assert self.checklist is not None
        if index.row() >= len(self._visible):
            return None
        section = self.checklist.sections[index.row()]
        done, total = self.section_progress(index.row())
        if role == SECTION_ID_ROLE:
            return section.id
        if role == PROGRESS_ROLE:
            return (done, total)
        if role == STATE_ROLE:
            return "done" if done >= total else "open"
        if role == _DISPLAY:
            return section.title if index.column() == 0 else f"{done}/{total}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                _t("%1: %2 of %3 answered")
                .replace("%1", section.title)
                .replace("%2", str(done))
                .replace("%3", str(total))
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- results --------------------------------------------------------------------------------


class _ComponentRowsModel(QAbstractTableModel):
    """A table with one row per component (fixed order) and a last row for the overall
    index, over one value that is replaced whole; subclasses give the columns and cells."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._value: Any = None

    def _set(self, value: Any) -> None:
        self.beginResetModel()
        self._value = value
        self.endResetModel()

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if parent.isValid() or self._value is None:
            return 0
        return len(COMPONENTS) + 1

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self._headers()[section]


class ComponentScoreModel(_ComponentRowsModel):
    """The six components (fixed order) and a last row with the overall index."""

    COLUMNS = ("component", "score", "coverage", "answered")

    @property
    def _score(self) -> Score | None:
        return self._value

    def set_score(self, score: Score | None) -> None:
        """Show ``score`` (None: empty)."""
        self._set(score)

    def _headers(self) -> tuple[str, ...]:
        return (_t("Component"), _t("Score (0–100)"), _t("Coverage"), _t("Answered"))

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._score is None:
            return None
        score = self._score
        column = self.COLUMNS[index.column()]
        overall = index.row() == len(COMPONENTS)
        if overall:
            value, coverage = score.overall, score.coverage
            answered, applicable = score.answered, score.applicable
            title, cid = _t("Overall index"), "overall"
        else:
            cid = list(COMPONENTS)[index.row()]
            c = score.components[cid]
            value, coverage, answered, applicable = c.score, c.coverage, c.answered, c.applicable
            title = component_label(cid)
        if role == COMPONENT_ROLE:
            return cid
        if role == SCORE_ROLE:
            return value if column == "score" else None
        if role == _DISPLAY:
            return {
                "component": title,
                "score": format_score(value),
                "coverage": format_coverage(coverage),
                "answered": _t("%1 of %2")
                .replace("%1", str(answered))
                .replace("%2", str(applicable)),
            }[column]
        if role == Qt.ItemDataRole.FontRole and overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "score" and value is None:
            return _MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "component":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return _t("No question of this component has an answer yet, so it has no score.")
        return None


class GapModel(QAbstractListModel):
    """The gap list: weakest answered items first, with their guidance and links."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self._titles: dict[str, str] = {}
        self._items: dict[str, Item] = {}

    def set_gaps(
        self,
        gaps: Sequence[Gap],
        titles: Mapping[str, str] | None = None,
        checklist: Checklist | None = None,
    ) -> None:
        """Show ``gaps``; ``titles`` names the linked documents (id → title)."""
        self.beginResetModel()
        self._gaps = list(gaps)
        self._titles = dict(titles or {})
        self._items = {i.id: i for i in checklist.items} if checklist else {}
        self.endResetModel()

    def gap(self, row: int) -> Gap | None:
        """The gap at ``row``."""
        return self._gaps[row] if 0 <= row < len(self._gaps) else None

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._gaps)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._gaps):
            return None
        gap = self._gaps[index.row()]
        item = self._items.get(gap.item_id)
        answer = answer_text(item, gap.answer) if item else gap.answer
        if role == _DISPLAY:
            return f"{gap.item_id} · {answer} — {gap.ask}"
        if role == ITEM_ID_ROLE:
            return gap.item_id
        if role == LINKS_ROLE:
            return gap.links
        if role == COMPONENT_ROLE:
            return gap.component
        if role == SCORE_ROLE:
            return gap.value * 100
        if role == Qt.ItemDataRole.ToolTipRole:
            helps = ", ".join(self._titles.get(d, d) for d in gap.links)
            text = f"{gap.ask}\n{component_label(gap.component)} · {answer}"
            return text + (f"\n{_t('Helps:')} {helps}" if helps else "")
        return None


class ComparisonModel(_ComponentRowsModel):
    """Per component (and overall): earlier score, score now, change."""

    COLUMNS = ("component", "before", "after", "change")

    @property
    def _comparison(self) -> Comparison | None:
        return self._value

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (None: empty)."""
        self._set(comparison)

    def _headers(self) -> tuple[str, ...]:
        return (_t("Component"), _t("Earlier"), _t("Now"), _t("Change"))

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._comparison is None:
            return None
        cmp = self._comparison
        overall = index.row() == len(COMPONENTS)
        change = cmp.overall if overall else cmp.components[list(COMPONENTS)[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == COMPONENT_ROLE:
            return change.component
        if role == _DISPLAY:
            return {
                "component": _t("Overall index") if overall else component_label(change.component),
                "before": format_score(change.before),
                "after": format_score(change.after),
                "change": format_change(change.change),
            }[column]
        if role == SCORE_ROLE and column == "change":
            return change.change
        if role == Qt.ItemDataRole.ForegroundRole and column == "change" and change.change:
            if int(whole(change.change)) > 0:
                return QColor("#1e7b45")
            if int(whole(change.change)) < 0:
                return QColor("#b3261e")
        if role == Qt.ItemDataRole.FontRole and overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "component":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WorkshopModel(QAbstractTableModel):
    """Rows: the six components and the overall index. Columns: the component, one per
    group, then mean, range (min–max) and standard deviation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summary: WorkshopSummary | None = None
        self._groups: list[str] = []
        self._header_font: QFont | None = None

    def set_header_font(self, font: QFont | None) -> None:
        """The font of the column headers (larger when presenting)."""
        self._header_font = QFont(font) if font is not None else None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_summary(self, summary: WorkshopSummary | None, groups: Sequence[str]) -> None:
        """Show ``summary``; ``groups`` names the assessments in input order."""
        self.beginResetModel()
        self._summary = summary
        self._groups = list(groups) if summary is not None else []
        self.endResetModel()

    def groups(self) -> list[str]:
        """The group names shown as columns."""
        return list(self._groups)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if parent.isValid() or self._summary is None:
            return 0
        return len(COMPONENTS) + 1

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        if parent.isValid() or self._summary is None:
            return 0
        return 1 + len(self._groups) + 3

    def _spread(self, row: int) -> Any:
        assert self._summary is not None
        if row == len(COMPONENTS):
            return self._summary.overall
        return self._summary.components[list(COMPONENTS)[row]]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.FontRole:
            return self._header_font
        if orientation != Qt.Orientation.Horizontal or role not in (
            _DISPLAY,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        n = len(self._groups)
        if section == 0:
            return _t("Component")
        if 1 <= section <= n:
            return self._groups[section - 1]
        extra = section - n - 1
        if 0 <= extra < 3:
            return (_t("Mean"), _t("Range"), _t("Spread (SD)"))[extra]
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:  # noqa: C901  (restructure: split in progress)
        if not index.isValid() or self._summary is None:
            return None
        spread = self._spread(index.row())
        n = len(self._groups)
        col = index.column()
        overall = index.row() == len(COMPONENTS)
        if role == COMPONENT_ROLE:
            return spread.component
        if col == 0:
            if role == _DISPLAY:
                return _t("Overall index") if overall else component_label(spread.component)
            if role == Qt.ItemDataRole.FontRole and overall:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if 1 <= col <= n:
            value = spread.scores[col - 1] if col - 1 < len(spread.scores) else None
            if role == _DISPLAY:
                return format_score(value)
            if role == SCORE_ROLE:
                return value
            if role == Qt.ItemDataRole.ForegroundRole and value is None:
                return _MUTED
        else:
            extra = col - n - 1
            if role == _DISPLAY:
                if spread.mean is None:
                    return _t("Not assessed") if extra == 0 else "—"
                if extra == 0:
                    return whole(spread.mean)
                if extra == 1:
                    return f"{whole(spread.minimum)}–{whole(spread.maximum)}"
                return f"{spread.stdev:.1f}"
            if role == SCORE_ROLE and extra == 0:
                return spread.mean
            if role == Qt.ItemDataRole.FontRole and extra == 0:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and overall:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- start dialog choices ------------------------------------------------------------------


class ChecklistModel(QAbstractListModel):
    """The library's checklists; ones that fail validation are listed but not selectable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._infos: list[ChecklistInfo] = []

    def set_checklists(self, infos: Sequence[ChecklistInfo]) -> None:
        """Replace the list (startable ones first)."""
        self.beginResetModel()
        self._infos = sorted(infos, key=lambda c: (not c.startable, c.title.casefold()))
        self.endResetModel()

    def info(self, row: int) -> ChecklistInfo | None:
        """The checklist at ``row``."""
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._infos)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        info = self.info(index.row()) if index.isValid() else None
        if info is None:
            return Qt.ItemFlag.NoItemFlags
        if not info.startable:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        info = self.info(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == _DISPLAY:
            if not info.startable:
                return _t("%1 — fails validation, cannot be started").replace("%1", info.title)
            return (
                _t("%1 (version %2, %3 questions)")
                .replace("%1", info.title)
                .replace("%2", info.version)
                .replace("%3", str(info.items))
            )
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(info.problems) if info.problems else info.path
        return None


class CountryModel(QAbstractListModel):
    """Countries as 'Name (CC)' for the country picker's completer."""

    def __init__(self, countries: Sequence[Country], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countries = list(countries)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._countries)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._countries):
            return None
        country = self._countries[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            return f"{country.name} ({country.code})"
        if role == CODE_ROLE:
            return country.code
        return None


class CheckableAssessmentModel(QAbstractListModel):
    """Assessments with a check box each: the groups chosen for the workshop view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._checked: set[str] = set()

    def set_assessments(self, assessments: Sequence[Assessment], checked: bool = True) -> None:
        """Replace the list; every row checked (or none)."""
        self.beginResetModel()
        self._rows = list(assessments)
        self._checked = {a.id for a in self._rows} if checked else set()
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """The checked assessments, in list order."""
        return [a.id for a in self._rows if a.id in self._checked]

    def assessment(self, row: int) -> Assessment | None:
        """The assessment at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        a = self.assessment(index.row()) if index.isValid() else None
        if a is None:
            return None
        if role == _DISPLAY:
            return ", ".join(a.assessors) or a.institution
        if role == Qt.ItemDataRole.ToolTipRole:
            who = ", ".join(a.assessors) or "—"
            return f"{who} — {a.institution} ({status_label(a)}, {format_when(a.created)})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked.value
                if a.id in self._checked
                else Qt.CheckState.Unchecked.value
            )
        if role == ASSESSMENT_ID_ROLE:
            return a.id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        a = self.assessment(index.row()) if index.isValid() else None
        if a is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if hasattr(value, "value") else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(a.id)
        else:
            self._checked.discard(a.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def group_names(assessments: Sequence[Assessment]) -> list[str]:
    """Column names for workshop groups: the assessors when every group assessed the same
    institution, else the institution (with the assessors when two share one)."""
    if not assessments:
        return []
    institutions = {a.institution.casefold() for a in assessments}
    names = []
    for n, a in enumerate(assessments, start=1):
        who = ", ".join(a.assessors)
        if len(institutions) == 1:
            names.append(who or _t("Group %1").replace("%1", str(n)))
        else:
            names.append(a.institution + (f" ({who})" if who else ""))
    return names
