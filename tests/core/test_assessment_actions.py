"""The assessment use cases the CLI and the app share (``desktop/core/actions``), and the
typed errors whose codes tell each front end which hint to give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.actions.assessments import (
    move_draft,
    plan_draft_move,
    save_answer,
    save_note,
    start_assessment,
    write_report,
)
from desktop.core.assessments.errors import (
    AssessmentError,
    ChecklistNotStartableError,
    InvalidInputError,
    NotFoundError,
    StoreError,
)
from desktop.core.assessments.export import build_report
from desktop.core.assessments.store import AssessmentStore
from desktop.core.errors import AccordError
from desktop.core.library.documents import load_library

CHECKLIST = """\
---
title: Demo readiness
type: checklist
version: {version}
sections:
  - id: ethics
    title: Ethical AI practices
    component: ethics
    items:
      - id: ETH-1
        ask: Are there national AI ethics principles?
      - id: ETH-2
        ask: Are they applied?
{extra}---
Body.
"""


def write_library(root: Path, version: str = "1.0.0", extra: str = "") -> Path:
    (root / "checklists").mkdir(parents=True, exist_ok=True)
    text = CHECKLIST.format(version=version, extra=extra)
    (root / "checklists" / "demo.md").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def store(tmp_path: Path):
    s = AssessmentStore.open(tmp_path / "accord.db")
    yield s
    s.close()


def test_every_error_is_an_accord_error_with_a_code() -> None:
    for cls, code in (
        (AssessmentError, "assessment.error"),
        (NotFoundError, "assessment.not-found"),
        (InvalidInputError, "assessment.invalid-input"),
        (ChecklistNotStartableError, "assessment.not-startable"),
        (StoreError, "assessment.store"),
    ):
        assert issubclass(cls, AccordError) and cls.code == code
    error = StoreError("disk full", "full", True)
    assert (error.kind, error.retryable, str(error)) == ("full", True, "disk full")


def test_start_answer_and_note_default_to_the_first_assessor(
    store: AssessmentStore, tmp_path: Path
) -> None:
    library = load_library(write_library(tmp_path / "lib"))
    a = start_assessment(
        store,
        library,
        "checklists/demo",
        institution=" Ministry  of ICT ",
        country="ke",
        assessors=["Ann", "Bo"],
    )
    assert (a.institution, a.country, a.assessors) == ("Ministry of ICT", "KE", ("Ann", "Bo"))
    assert store.history(a.id)[0].by == "Ann"
    assert save_answer(store, a.id, "ETH-1", "Yes", "adopted").value == "yes"
    save_note(store, a.id, "ETH-2", "pending", by=" Bo ")
    by_action = {e.item_id: e.by for e in store.history(a.id) if e.item_id}
    assert by_action == {"ETH-1": "Ann", "ETH-2": "Bo"}


def test_an_unknown_or_invalid_checklist_cannot_start(
    store: AssessmentStore, tmp_path: Path
) -> None:
    root = write_library(tmp_path / "lib")
    library = load_library(root)
    with pytest.raises(NotFoundError) as missing:
        start_assessment(store, library, "checklists/none", institution="M", country="KE")
    assert missing.value.code == "assessment.checklist-not-found"
    broken = load_library(write_library(root, extra="  - id: x\n    component: nonsense\n"))
    with pytest.raises(ChecklistNotStartableError) as invalid:
        start_assessment(store, broken, "checklists/demo", institution="M", country="KE")
    details = invalid.value.details
    assert str(invalid.value) == f"{details['summary']}:\n{details['listing']}"
    assert "accord" not in str(invalid.value)  # no command-line hint in the core
    assert store.list_assessments() == []


def test_write_report_json_csv_and_pdf_through_a_writer(
    store: AssessmentStore, tmp_path: Path
) -> None:
    library = load_library(write_library(tmp_path / "lib"))
    a = start_assessment(store, library, "checklists/demo", institution="M", country="KE")
    save_answer(store, a.id, "ETH-1", "partial")
    report = build_report(store, a.id, library)
    out = tmp_path / "out"
    out.mkdir()
    write_report(report, "json", out / "r.json")
    assert json.loads((out / "r.json").read_text(encoding="utf-8"))["assessment"]["id"] == a.id
    write_report(report, "csv", out / "r.csv")
    assert "ETH-1" in (out / "r.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(InvalidInputError) as no_writer:
        write_report(report, "pdf", out / "r.pdf")
    assert no_writer.value.code == "assessment.pdf-unavailable"
    seen = {}

    def writer(data, path: Path, titles) -> None:
        seen.update(report=data, titles=titles, name=path.name)
        path.write_bytes(b"%PDF fake")

    write_report(report, "pdf", out / "r.pdf", titles={"x": "X"}, pdf_writer=writer)
    assert (out / "r.pdf").read_bytes() == b"%PDF fake"
    assert seen["report"] is report and seen["titles"] == {"x": "X"}
    assert seen["name"] != "r.pdf"  # written beside the target, then renamed
    assert sorted(p.name for p in out.iterdir()) == ["r.csv", "r.json", "r.pdf"]

    def failing(data, path: Path, titles) -> None:
        path.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_report(report, "pdf", out / "r.pdf", pdf_writer=failing)
    assert (out / "r.pdf").read_bytes() == b"%PDF fake"  # the old file stays whole
    assert sorted(p.name for p in out.iterdir()) == ["r.csv", "r.json", "r.pdf"]


def test_plan_then_move_a_draft(store: AssessmentStore, tmp_path: Path) -> None:
    root = write_library(tmp_path / "lib")
    library = load_library(root)
    a = start_assessment(
        store, library, "checklists/demo", institution="M", country="KE", assessors=["Ann"]
    )
    save_answer(store, a.id, "ETH-2", "no")
    assert plan_draft_move(store, library, a.id).plan.up_to_date
    newer = load_library(
        write_library(root, version="1.1.0", extra="      - id: ETH-3\n        ask: New?\n")
    )
    move = plan_draft_move(store, newer, a.id)
    assert (move.plan.to_version, move.plan.added, move.plan.applied) == (
        "1.1.0",
        ("ETH-3",),
        False,
    )
    assert store.get(a.id).checklist_version == "1.0.0"  # planning changes nothing
    done = move_draft(store, a.id, move.checklist)
    assert done.applied and store.get(a.id).checklist_version == "1.1.0"
    assert store.history(a.id)[-1].by == "Ann"
