"""The report data and the CSV/JSON exports of an assessment's answers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.core.assessments.export import (
    CSV_COLUMNS,
    build_report,
    write_csv,
    write_json,
)
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.checklists import Checklist, Item, Section, ShowIf
from desktop.core.library.documents import load_library
from desktop.core.storage import files
from desktop.core.storage.files import write_bytes_atomic

CHECKLIST = Checklist(
    "checklists/demo",
    "Demo",
    "1.0.0",
    "yes-partial-no",
    (
        Section(
            "ethics",
            "Ethical AI practices",
            "ethics",
            (
                Item(
                    "ETH-1",
                    "Principles?",
                    "ethics",
                    "ethics",
                    weight=2,
                    guidance="Read [[playbooks/help]].",
                ),
                Item("ETH-2", "Applied?", "ethics", "ethics", show_if=ShowIf("ETH-1", ("yes",))),
            ),
        ),
        Section(
            "gov",
            "Governance",
            "governance",
            (
                Item(
                    "GOV-1",
                    "Regulator?",
                    "gov",
                    "governance",
                    scale="maturity-0-4",
                    evidence="Name the law.",
                ),
            ),
        ),
    ),
    "hash-1",
)


@pytest.fixture
def store(tmp_path: Path):
    s = AssessmentStore.open(tmp_path / "accord.db")
    yield s
    s.close()


def test_report_has_every_item_scores_gaps_and_comparison(
    store: AssessmentStore, tmp_path: Path
) -> None:
    earlier = store.create(CHECKLIST, institution="Ministry", country="KE")
    store.save_answer(earlier.id, "GOV-1", "1")
    store.complete(earlier.id, backup=False, partial_reason="governance only")
    a = store.create(CHECKLIST, institution="MINISTRY", country="KE", assessors=["Ann"])
    store.save_answer(a.id, "ETH-1", "partial", note="Draft principles, 2025", by="Ann")
    store.save_answer(a.id, "GOV-1", "3", by="Ann")
    (tmp_path / "lib" / "playbooks").mkdir(parents=True)
    (tmp_path / "lib" / "playbooks" / "help.md").write_text(
        "---\ntitle: Help\ntype: playbook\n---\n"
    )
    report = build_report(store, a.id, load_library(tmp_path / "lib"))
    assert report.country_name == "Kenya"
    assert [i.item_id for i in report.items()] == ["ETH-1", "ETH-2", "GOV-1"]
    eth1, eth2, gov1 = report.items()
    assert (eth1.answer, eth1.answer_label, eth1.value, eth1.note, eth1.by) == (
        "partial",
        "Partly",
        0.5,
        "Draft principles, 2025",
        "Ann",
    )
    assert eth2.applicable is False and eth2.answer is None  # hidden by skip logic
    # Closed by ETH-1's "partial": it counts 0 with its weight (docs/scoring.md).
    assert (eth2.state, eth2.scored_value, eth1.state) == ("closed", 0.0, "answered")
    assert gov1.answer_label == "Level 3 of 4" and gov1.evidence_prompt == "Name the law."
    assert report.sections[0].component_title == "Ethical AI practices"
    assert report.score.components["ethics"].score == pytest.approx(100 / 3)  # 2·0.5 / 3
    assert [g.item_id for g in report.gaps] == ["ETH-1", "GOV-1"]
    assert report.gaps[0].links == ("playbooks/help",)
    assert report.comparison is not None and report.comparison.earlier.id == earlier.id
    assert report.comparison.comparison.components["governance"].change == 50
    assert report.comparison.comparison.overall.change is None  # not computed earlier
    assert report.unanswered == ()


def test_json_export_round_trips(store: AssessmentStore, tmp_path: Path) -> None:
    a = store.create(CHECKLIST, institution="Ministry", country="KE")
    store.save_answer(a.id, "ETH-1", "yes", note="Ünïcode — ok")
    out = tmp_path / "answers.json"
    write_json(build_report(store, a.id), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "accord-assessment" and data["format_version"] == 1
    assert data["assessment"]["id"] == a.id and data["checklist"]["hash"] == "hash-1"
    answers = {x["item_id"]: x for x in data["answers"]}
    assert answers["ETH-1"]["answer"] == "yes" and answers["ETH-1"]["note"] == "Ünïcode — ok"
    # 1 of 2 ethics questions: below the minimum, so no number, with the coverage beside.
    ethics = data["score"]["components"]["ethics"]
    assert (ethics["score"], ethics["coverage"], ethics["status"]) == (
        None,
        0.5,
        "insufficient-coverage",
    )
    assert data["score"]["components"]["societal"]["status"] == "not-covered"
    assert data["score"]["overall"] is None and data["score"]["below_minimum"] == [
        "ethics",
        "governance",
    ]
    assert "below the minimum coverage of 80 %" in data["score"]["overall_reason"]
    assert data["checklist"]["min_coverage"] == 0.8
    assert answers["ETH-2"]["state"] == "open" and answers["GOV-1"]["state"] == "open"
    assert data["unanswered"] == ["ETH-2", "GOV-1"]


def test_csv_export_rows_bom_and_formula_guard(store: AssessmentStore, tmp_path: Path) -> None:
    a = store.create(CHECKLIST, institution="Ministry", country="KE")
    store.save_answer(a.id, "ETH-1", "yes", note='=HYPERLINK("http://x")')
    store.save_answer(a.id, "GOV-1", "2", note="line one\nline two, with comma")
    # A later checklist version removes GOV-1: its answer must still be exported.
    v2 = Checklist(
        CHECKLIST.id, "Demo", "1.1.0", "yes-partial-no", CHECKLIST.sections[:1], "hash-2"
    )
    store.migrate(a.id, v2)
    out = tmp_path / "answers.csv"
    write_csv(build_report(store, a.id), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the accents
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_item = {r["item_id"]: r for r in rows}
    assert by_item["ETH-1"]["evidence_note"] == '\'=HYPERLINK("http://x")'  # not run as a formula
    assert by_item["ETH-2"]["answer"] == "" and by_item["ETH-2"]["applicable"] == "yes"
    # The state, the value counted and the component's score with its coverage beside it.
    assert (by_item["ETH-1"]["state"], by_item["ETH-1"]["scored_value"]) == ("answered", "1.0")
    assert by_item["ETH-2"]["state"] == "open" and by_item["ETH-2"]["scored_value"] == ""
    assert by_item["ETH-1"]["component_score"] == ""  # 1 of 2: insufficient coverage
    assert by_item["ETH-1"]["component_coverage"] == "0.5"
    assert by_item["ETH-1"]["component_status"] == "insufficient-coverage"
    assert by_item["GOV-1"]["state"] == "removed"
    assert by_item["GOV-1"]["applicable"] == "removed"
    assert by_item["GOV-1"]["evidence_note"] == "line one\nline two, with comma"
    assert {r["checklist_version"] for r in rows} == {"1.1.0"}


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_bytes_atomic(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left
    monkeypatch.undo()
    write_bytes_atomic(target, b"new")
    assert target.read_text() == "new"
