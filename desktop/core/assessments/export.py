"""The assessment report as plain data, and its CSV and JSON exports.

:func:`build_report` gathers everything a report shows (cover details, scores, every
answer with its evidence, gaps with linked playbooks, the comparison with an earlier
assessment, answers kept from removed items). The PDF writer (``desktop.ui.report.pdf``, Qt)
draws a :class:`Report`; :func:`write_json` and :func:`write_csv` write the answers.
Every file is written to a temporary name beside the target, flushed to disk and renamed,
so a crash leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.core.assessments.comparison import Comparison, compare_scores
from desktop.core.assessments.crosswalk import FrameworkResult, frameworks_json
from desktop.core.assessments.gaps import Gap
from desktop.core.assessments.localized import localized
from desktop.core.assessments.model import Answer, Assessment
from desktop.core.assessments.scoring import ComponentScore, Score, answer_label
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.checklists import Checklist, Item
from desktop.core.library.components import COMPONENTS
from desktop.core.library.frameworks import FRAMEWORKS
from desktop.core.storage.clock import utcnow
from desktop.core.storage.files import write_bytes_atomic

if TYPE_CHECKING:
    from desktop.core.assessments.model import AssessmentState
    from desktop.core.library.documents import Library

EXPORT_FORMAT = "accord-assessment"
EXPORT_FORMAT_VERSION = 1
CSV_COLUMNS = (
    "assessment_id",
    "checklist_id",
    "checklist_version",
    "institution",
    "country",
    "revision",
    "status",
    "section",
    "component",
    "item_id",
    "question",
    "answer",
    "answer_label",
    "value",
    "weight",
    "applicable",
    "evidence_note",
    "answered_by",
    "answered_at",
    # Scoring method 2 (docs/scoring.md): the item's state, the value it counts (0 when
    # closed by its gate), and its component's score with the coverage beside it.
    "state",
    "scored_value",
    "component_score",
    "component_coverage",
    "component_status",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReportItem:
    """One question with its answer. ``applicable`` is False when skip logic hides it;
    ``value`` is the answer's value (0–1), None for ``na`` or no answer. ``state`` is
    answered, closed, na, open or waiting (``docs/scoring.md``) and ``scored_value`` what
    the item counts in the score (0 when closed by its gate, None when it does not count).
    For ``na`` the note is the reason. ``frameworks`` names what the item maps to."""

    item_id: str
    ask: str
    section: str
    component: str
    scale: str
    weight: float
    applicable: bool
    answer: str | None
    answer_label: str
    value: float | None
    note: str
    by: str
    at: str
    guidance: str
    evidence_prompt: str
    state: str = ""
    scored_value: float | None = None
    frameworks: tuple[str, ...] = ()
    changed: bool = False  # its answer was cleared by a move to a new checklist version


@dataclass(frozen=True)
class ReportSection:
    """One section of the checklist with its questions and answers."""

    id: str
    title: str
    component: str
    component_title: str
    items: tuple[ReportItem, ...]


@dataclass(frozen=True)
class ReportComparison:
    """The change from an earlier assessment of the same institution."""

    earlier: Assessment
    comparison: Comparison


@dataclass(frozen=True)
class Report:
    """Everything the PDF report shows, as plain data (no Qt)."""

    assessment: Assessment
    checklist: Checklist
    generated: str
    score: Score
    sections: tuple[ReportSection, ...]
    gaps: tuple[Gap, ...]
    unanswered: tuple[str, ...]
    removed_answers: tuple[Answer, ...]
    new_items: tuple[str, ...]
    comparison: ReportComparison | None
    app_version: str = __version__
    frameworks: tuple[FrameworkResult, ...] = ()

    @property
    def country_name(self) -> str:
        """The assessed country's name."""
        return self.assessment.country_name

    def items(self) -> list[ReportItem]:
        """Every question of every section, in order."""
        return [item for section in self.sections for item in section.items]

    def as_json(self) -> dict[str, Any]:
        """The JSON export: answers, scores, gaps and the comparison."""
        a = self.assessment
        data: dict[str, Any] = {
            "format": EXPORT_FORMAT,
            "format_version": EXPORT_FORMAT_VERSION,
            "generated": self.generated,
            "app_version": self.app_version,
            "assessment": a.as_json(),
            "checklist": {
                "id": self.checklist.id,
                "title": self.checklist.title,
                "version": self.checklist.version,
                "hash": a.checklist_hash,
                "min_coverage": self.checklist.min_coverage,
            },
            "score": self.score.as_json(),
            "frameworks": frameworks_json(list(self.frameworks)),
            "answers": [dataclasses.asdict(item) for item in self.items()],
            "unanswered": list(self.unanswered),
            "removed_answers": [dataclasses.asdict(x) for x in self.removed_answers],
            "new_items": list(self.new_items),
            "gaps": [dataclasses.asdict(g) for g in self.gaps],
            "comparison": None,
        }
        if self.comparison is not None:
            cmp = self.comparison.comparison
            data["comparison"] = {
                "earlier_id": self.comparison.earlier.id,
                "earlier_created": self.comparison.earlier.created,
                "overall": dataclasses.asdict(cmp.overall) | {"change": cmp.overall.change},
                "components": {
                    cid: dataclasses.asdict(c) | {"change": c.change}
                    for cid, c in cmp.components.items()
                },
            }
        return data


def build_report(
    store: AssessmentStore,
    assessment_id: str,
    library: Library | None = None,
    compare_with: str | None = None,
    gap_limit: int | None = 10,
    language: str | None = None,
) -> Report:
    """Gather the report of an assessment.

    The checklist's words are in ``language`` (default: the assessment's own) when the
    ``library`` has that translation of it (``checklist_in``); ids, answers and scores
    are the same in every language.

    ``library`` resolves the gap links to playbook and standard ids (without it the link
    targets are given as written). ``compare_with`` names the earlier assessment; by
    default the newest earlier *completed* assessment of the same institution and country
    is used (a draft compares as a column of "not assessed"); None when there is none.
    """
    state = localized(store.load(assessment_id), library, language)
    sections = _report_sections(state)
    comparison = None
    earlier = None
    if compare_with is not None:
        earlier = store.get(store.resolve_id(compare_with))
    else:
        completed = [c for c in store.earlier_assessments(assessment_id) if c.is_complete]
        earlier = completed[0] if completed else None
    score = state.score()
    if earlier is not None:
        comparison = ReportComparison(earlier, compare_scores(store.score(earlier.id), score))
    return Report(
        assessment=state.assessment,
        checklist=state.checklist,
        generated=utcnow(),
        score=score,
        sections=sections,
        gaps=tuple(state.gaps(library, gap_limit)),
        unanswered=tuple(i.id for i in state.unanswered()),
        removed_answers=tuple(state.removed_answers()),
        new_items=state.new_items,
        comparison=comparison,
        frameworks=tuple(state.frameworks()),
    )


def _framework_refs(item: Item) -> tuple[str, ...]:
    """'NIST AI RMF GOVERN 1.2', 'UNESCO RAM legal'…: what an item maps to, in words."""
    return tuple(
        f"{FRAMEWORKS[fid].short if fid in FRAMEWORKS else fid} {ref}"
        for fid, refs in item.frameworks
        for ref in refs
    )


def _report_sections(state: AssessmentState) -> tuple[ReportSection, ...]:
    """Every section with its questions, answers and states."""
    states = {s.item.id: s for s in state.states()}
    changed = set(state.changed_items)
    sections = []
    for section in state.checklist.sections:
        items = []
        for item in section.items:
            answer = state.answers.get(item.id)
            value_text = answer.value if answer else None
            st = states[item.id]
            items.append(
                ReportItem(
                    item_id=item.id,
                    ask=item.ask,
                    section=section.id,
                    component=item.component,
                    scale=item.scale,
                    weight=item.weight,
                    applicable=st.shown,
                    answer=value_text,
                    answer_label=answer_label(item, value_text),
                    value=item.value_of(value_text) if value_text else None,
                    note=answer.note if answer else "",
                    by=answer.by if answer else "",
                    at=answer.at if answer else "",
                    guidance=item.guidance,
                    evidence_prompt=item.evidence,
                    state=str(st.state),
                    scored_value=st.value,
                    frameworks=_framework_refs(item),
                    changed=item.id in changed and not value_text,
                )
            )
        sections.append(
            ReportSection(
                section.id,
                section.title,
                section.component,
                COMPONENTS.get(section.component, ""),
                tuple(items),
            )
        )
    return tuple(sections)


# --- writing files --------------------------------------------------------------------------


def report_json(report: Report) -> str:
    """The JSON export of ``report`` as text (indented, UTF-8 characters kept)."""
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n"


def _safe_cell(value: Any) -> Any:
    # Evidence notes are free text; keep a spreadsheet from running one as a formula.
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def report_csv_rows(report: Report) -> list[dict[str, Any]]:
    """One row per checklist item, then one per answer kept from a removed item
    (``applicable`` = ``removed``)."""
    a = report.assessment
    common = {
        "assessment_id": a.id,
        "checklist_id": a.checklist_id,
        "checklist_version": a.checklist_version,
        "institution": a.institution,
        "country": a.country,
        "revision": a.revision,
        "status": a.status,
    }
    rows = []
    for item in report.items():
        component = report.score.components.get(item.component)
        rows.append(
            common
            | _component_cells(component)
            | {
                "section": item.section,
                "component": item.component,
                "item_id": item.item_id,
                "question": item.ask,
                "answer": item.answer or "",
                "answer_label": item.answer_label,
                "value": "" if item.value is None else item.value,
                "weight": item.weight,
                "applicable": "yes" if item.applicable else "no",
                "evidence_note": item.note,
                "answered_by": item.by,
                "answered_at": item.at,
                "state": item.state,
                "scored_value": "" if item.scored_value is None else item.scored_value,
            }
        )
    for answer in report.removed_answers:
        rows.append(
            common
            | {
                "section": "",
                "component": "",
                "item_id": answer.item_id,
                "question": "(removed from this checklist version)",
                "answer": answer.value or "",
                "answer_label": "",
                "value": "",
                "weight": "",
                "applicable": "removed",
                "evidence_note": answer.note,
                "answered_by": answer.by,
                "answered_at": answer.at,
                "state": "removed",
                "scored_value": "",
                "component_score": "",
                "component_coverage": "",
                "component_status": "",
            }
        )
    return rows


def _component_cells(component: ComponentScore | None) -> dict[str, Any]:
    """The component's score (empty below the minimum coverage) and coverage."""
    if component is None:
        return {"component_score": "", "component_coverage": "", "component_status": ""}
    return {
        "component_score": "" if component.score is None else round(component.score, 2),
        "component_coverage": "" if component.coverage is None else round(component.coverage, 4),
        "component_status": component.status,
    }


def report_csv(report: Report) -> str:
    """The CSV export of ``report`` as text (cells a spreadsheet would run are quoted)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in report_csv_rows(report):
        writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def write_json(report: Report, out: Path) -> None:
    """The answers, scores and gaps as UTF-8 JSON (atomic)."""
    write_bytes_atomic(out, report_json(report).encode("utf-8"))


def write_csv(report: Report, out: Path) -> None:
    """The answers as CSV, UTF-8 with a byte-order mark so spreadsheets read accents
    (atomic). Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    write_bytes_atomic(out, report_csv(report).encode("utf-8-sig"))
