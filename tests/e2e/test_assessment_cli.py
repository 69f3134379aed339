"""``accord assessment …`` end to end: the documented commands, options, JSON and exit
codes, and that a rejected command changes nothing in the database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desktop.cli import main

V1 = """\
---
title: Demo readiness
type: checklist
version: 1.0.0
sections:
  - id: ethics
    title: Ethical AI practices
    component: ethics
    items:
      - id: ETH-1
        ask: Are there national AI ethics principles?
        guidance: Start with [[playbooks/help]].
        weight: 2
      - id: ETH-2
        ask: Are they applied in procurement?
        show_if: {item: ETH-1, in: [yes, partial]}
  - id: gov
    title: Governance
    component: governance
    items:
      - id: GOV-1
        ask: Is there a regulator?
        scale: maturity-0-4
---
Body.
"""

V2 = (
    V1.replace("version: 1.0.0", "version: 1.1.0")
    .replace(
        "      - id: ETH-2\n        ask: Are they applied in procurement?\n"
        "        show_if: {item: ETH-1, in: [yes, partial]}\n",
        "",
    )
    .replace(
        "        scale: maturity-0-4\n",
        "        scale: maturity-0-4\n      - id: GOV-2\n        ask: New?\n",
    )
)


class CLI:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.lib = tmp_path / "lib"
        self.data = tmp_path / "data"
        self.capsys = capsys
        (self.lib / "checklists").mkdir(parents=True)
        (self.lib / "playbooks").mkdir()
        (self.lib / "playbooks" / "help.md").write_text("---\ntitle: Help\ntype: playbook\n---\n")
        self.checklist = self.lib / "checklists" / "demo.md"
        self.checklist.write_text(V1, encoding="utf-8")

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--library", str(self.lib), "--data-dir", str(self.data), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str):
        code, out, err = self(*argv)
        assert code == 0, err
        return json.loads(out)

    def new(self) -> str:
        code, out, err = self(
            "assessment", "new", "--checklist", "checklists/demo",
            "--institution", "Ministry of ICT", "--country", "ke",
            "--assessor", "Ann", "--assessor", "Bo",
        )  # fmt: skip
        assert code == 0, err
        return out.strip()

    def dump(self) -> list[str]:
        conn = sqlite3.connect(self.data / "accord.db")
        try:
            return list(conn.iterdump())
        finally:
            conn.close()


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CLI:
    return CLI(tmp_path, capsys)


def test_full_flow(cli: CLI, tmp_path: Path) -> None:
    aid = cli.new()
    assert len(aid) == 36 and aid.count("-") == 4  # prints only the new id
    code, out, _ = cli("assessment", "answer", aid, "ETH-1", "partial", "--note", "Draft, 2025")
    assert code == 0 and "Saved ETH-1 = partial" in out
    assert cli("assessment", "answer", aid[:8], "GOV-1", "3")[0] == 0  # a unique prefix works
    score = cli.json("assessment", "score", aid, "--json")
    # ETH-2 is asked (ETH-1 is partial) but not answered: ethics has 1 of 2, below the
    # minimum coverage of 80 %: no number, the coverage beside it, and no overall index.
    assert score["components"]["ethics"] == {
        "score": None,
        "coverage": 0.5,
        "answered": 1,
        "applicable": 2,
        "closed": 0,
        "na": 0,
        "items": 2,
        "status": "insufficient-coverage",
    }
    assert score["components"]["governance"]["score"] == 75.0
    assert score["components"]["governance"]["coverage"] == 1.0
    assert score["components"]["societal"]["status"] == "not-covered"
    assert score["overall"] is None and score["below_minimum"] == ["ethics"]
    assert "Ethical AI practices (50 %)" in score["overall_reason"]
    assert (score["coverage"], score["min_coverage"], score["method"]) == (0.6667, 0.8, 2)
    assert score["frameworks"] == {}  # this checklist maps to no other framework
    (listed,) = cli.json("assessment", "list", "--json")
    assert (listed["id"], listed["country"], listed["status"], listed["assessors"]) == (
        aid,
        "KE",
        "draft",
        ["Ann", "Bo"],
    )
    assert listed["overall"] is None and listed["overall_status"] == "insufficient-coverage"
    shown = cli.json("assessment", "show", aid, "--json")
    assert shown["answers"]["ETH-1"] == {
        "value": "partial",
        "note": "Draft, 2025",
        "by": "Ann",
        "at": shown["answers"]["ETH-1"]["at"],
    }
    assert shown["unanswered"] == ["ETH-2"]
    # Below the minimum it cannot be marked complete: exit 2, nothing changed.
    before = cli.dump()
    code, _, err = cli("assessment", "complete", aid)
    assert code == 2 and "Ethical AI practices (1 of 2 questions, 50 %)" in err
    assert "--partial --reason TEXT" in err  # the CLI's way out, by code
    assert cli.dump() == before
    for argv in (("--partial",), ("--reason", "why")):
        code, _, err = cli("assessment", "complete", aid, *argv)
        assert code == 2 and "--partial" in err and "--reason" in err
    assert cli.dump() == before
    cli("assessment", "answer", aid, "ETH-2", "yes")
    code, out, _ = cli("assessment", "complete", aid)
    assert code == 0 and "Marked complete (revision 1)" in out
    header = cli.json("assessment", "show", aid, "--json")["assessment"]
    assert (header["status"], header["completion"], header["partial_reason"]) == (
        "complete",
        "complete",
        None,
    )
    code, out, _ = cli("assessment", "answer", aid, "ETH-2", "no")
    assert code == 0 and "revision 2" in out
    history = cli.json("assessment", "history", aid, "--json")
    assert [h["action"] for h in history] == [
        "create",
        "answer",
        "answer",
        "answer",
        "complete",
        "reopen",
        "answer",
    ]
    for fmt in ("json", "csv"):
        out_file = tmp_path / f"report.{fmt}"
        assert cli("assessment", "export", aid, "--format", fmt, "--out", str(out_file))[0] == 0
        assert out_file.stat().st_size > 0
    exported = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [g["item_id"] for g in exported["gaps"]] == ["ETH-2", "ETH-1", "GOV-1"]
    assert exported["gaps"][1]["links"] == ["playbooks/help"]
    assert "ETH-1,Are there national AI ethics principles?,partial" in (
        tmp_path / "report.csv"
    ).read_text(encoding="utf-8-sig")


def test_new_json_and_bad_country(cli: CLI) -> None:
    data = cli.json(
        "assessment",
        "new",
        "--checklist",
        "checklists/demo",
        "--institution",
        "X",
        "--country",
        "tz",
        "--json",
    )
    assert data["country"] == "TZ" and data["status"] == "draft" and data["revision"] == 1
    before = cli.dump()
    code, _, err = cli(
        "assessment",
        "new",
        "--checklist",
        "checklists/demo",
        "--institution",
        "X",
        "--country",
        "KEN",
    )
    assert code == 2 and "did you mean KE (Kenya)" in err
    assert cli.dump() == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("ETH-1", "maybe"), "'maybe' is not an answer to ETH-1"),
        (("GOV-1", "yes"), "use one of: 0, 1, 2, 3, 4, na"),
        (("NOPE-1", "yes"), "'NOPE-1' is not an item"),
    ],
)
def test_invalid_value_or_item_is_exit_2_and_changes_nothing(
    cli: CLI, args: tuple, fragment: str
) -> None:
    aid = cli.new()
    cli("assessment", "answer", aid, "ETH-1", "yes")
    before = cli.dump()
    code, _, err = cli("assessment", "answer", aid, *args)
    assert code == 2 and err.startswith("accord: ") and fragment in err
    assert cli.dump() == before


@pytest.mark.parametrize(
    "argv",
    [
        ("assessment", "answer", "00000000-0000-0000-0000-000000000000", "ETH-1", "yes"),
        ("assessment", "score", "deadbeef", "--json"),
        ("assessment", "complete", "nope"),
        ("assessment", "export", "nope", "--format", "json", "--out", "x.json"),
    ],
)
def test_unknown_id_is_exit_2_and_changes_nothing(cli: CLI, argv: tuple) -> None:
    cli.new()
    before = cli.dump()
    code, _, err = cli(*argv)
    assert code == 2 and "no assessment with id" in err
    assert "; list them with: accord assessment list" in err  # the CLI's hint, by code
    assert cli.dump() == before


def test_invalid_checklist_cannot_start_and_drafts_stay_readable(cli: CLI) -> None:
    aid = cli.new()
    cli("assessment", "answer", aid, "ETH-1", "yes")
    broken = V1.replace("component: governance", "component: governence")
    cli.checklist.write_text(broken, encoding="utf-8")
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "governence" in text)
    before = cli.dump()
    code, _, err = cli(
        "assessment",
        "new",
        "--checklist",
        "checklists/demo",
        "--institution",
        "X",
        "--country",
        "KE",
    )
    assert code == 2
    assert f"{cli.checklist}:{line}: unknown component 'governence'" in err
    assert "cannot be started until it is fixed (run: accord check):" in err  # CLI's hint
    assert cli.dump() == before
    # The existing draft is still readable, scorable and answerable...
    ethics = cli.json("assessment", "score", aid, "--json")["components"]["ethics"]
    assert (ethics["answered"], ethics["coverage"]) == (1, 0.5)
    assert cli("assessment", "show", aid)[0] == 0
    assert cli("assessment", "answer", aid, "GOV-1", "2")[0] == 0
    # ...but it cannot move to the broken version.
    code, _, err = cli("assessment", "migrate", aid)
    assert code == 2 and "fails validation" in err and "stays on version 1.0.0" in err
    assert (
        cli.json("assessment", "show", aid, "--json")["assessment"]["checklist_version"] == "1.0.0"
    )


def test_migrate_to_the_installed_version(cli: CLI) -> None:
    aid = cli.new()
    cli("assessment", "answer", aid, "ETH-1", "yes")
    cli("assessment", "answer", aid, "ETH-2", "partial", "--note", "kept")
    code, out, _ = cli("assessment", "migrate", aid)
    assert code == 0 and "Already on the installed version 1.0.0" in out
    cli.checklist.write_text(V2, encoding="utf-8")
    before = cli.dump()
    plan = cli.json("assessment", "migrate", aid, "--dry-run", "--json")
    assert cli.dump() == before  # a dry run changes nothing
    assert (plan["from_version"], plan["to_version"], plan["applied"]) == ("1.0.0", "1.1.0", False)
    code, out, _ = cli("assessment", "migrate", aid)
    assert code == 0
    assert "ETH-2: partial kept" in out and "new items: GOV-2" in out
    shown = cli.json("assessment", "show", aid, "--json")
    assert shown["assessment"]["checklist_version"] == "1.1.0"
    assert shown["removed_answers"] == ["ETH-2"] and shown["new_items"] == ["GOV-2"]
    assert shown["answers"]["ETH-2"]["note"] == "kept"  # never silently dropped


def test_pdf_export_calls_the_ui_writer_or_says_it_is_missing(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = cli.new()
    out = tmp_path / "report.pdf"
    monkeypatch.setitem(sys.modules, "desktop.ui.report.pdf", None)  # the module is not there
    code, _, err = cli("assessment", "export", aid, "--format", "pdf", "--out", str(out))
    assert code == 2 and "desktop.ui.report.pdf" in err and "csv or json" in err
    assert not out.exists()
    received = {}

    def export_pdf(report_data, out_path: Path, titles=None) -> None:
        received["report"] = report_data
        received["titles"] = titles
        Path(out_path).write_bytes(b"%PDF-1.4 fake")

    fake = types.ModuleType("desktop.ui.report.pdf")
    fake.export_pdf = export_pdf
    monkeypatch.setitem(sys.modules, "desktop.ui.report.pdf", fake)
    assert cli("assessment", "export", aid, "--format", "pdf", "--out", str(out))[0] == 0
    assert out.read_bytes() == b"%PDF-1.4 fake"
    assert received["report"].assessment.id == aid
    # Gap links are named by the library's titles, not bare ids.
    assert received["titles"]["playbooks/help"] == "Help"
    assert (
        sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    )  # no temp left


def test_compare_workshop_checklists_and_countries(cli: CLI) -> None:
    first, second = cli.new(), cli.new()
    cli("assessment", "answer", first, "ETH-1", "no")  # ETH-2 closed: counts 0
    cli("assessment", "answer", second, "ETH-1", "yes")
    cli("assessment", "answer", second, "ETH-2", "yes")
    cmp = cli.json("assessment", "compare", first, second, "--json")
    # The coverage beside each score (the closed ETH-2 counts as covered).
    assert cmp["components"]["ethics"] == {
        "before": 0.0,
        "after": 100.0,
        "change": 100.0,
        "before_coverage": 1.0,
        "after_coverage": 1.0,
    }
    assert cmp["components"]["governance"]["before_coverage"] == 0.0
    code, out, _ = cli("assessment", "compare", first, second)
    assert code == 0 and "0.0 (100 %) → 100.0 (100 %)  +100.0" in out
    workshop = cli.json("assessment", "workshop", first, second, "--json")
    assert workshop["ethics"] == {
        "count": 2,
        "mean": 50.0,
        "min": 0.0,
        "max": 100.0,
        "stdev": 50.0,
        "coverage": [1.0, 1.0],
    }
    assert workshop["governance"]["mean"] is None
    (info,) = cli.json("assessment", "checklists", "--json")
    assert (info["id"], info["startable"], info["items"]) == ("checklists/demo", True, 3)
    assert {"code": "KE", "name": "Kenya"} in cli.json("assessment", "countries", "ken", "--json")


def test_real_console_script_exit_codes(tmp_path: Path) -> None:
    """The installed ``accord`` entry point, in a fresh process."""
    lib = tmp_path / "lib" / "checklists"
    lib.mkdir(parents=True)
    (lib / "demo.md").write_text(V1, encoding="utf-8")
    base = [
        sys.executable,
        "-m",
        "desktop",
        "--library",
        str(tmp_path / "lib"),
        "--data-dir",
        str(tmp_path / "d"),
    ]
    new = subprocess.run(
        [
            *base,
            "assessment",
            "new",
            "--checklist",
            "checklists/demo",
            "--institution",
            "M",
            "--country",
            "KE",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert new.returncode == 0, new.stderr
    aid = new.stdout.strip()
    bad = subprocess.run(
        [*base, "assessment", "answer", aid, "ETH-1", "perhaps"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("accord: 'perhaps' is not an answer")


ECO = """\
---
title: Ecosystem
type: checklist
version: 1.0.0
min_coverage: 0.5
sections:
  - id: technical
    title: Technical
    component: robustness
    items:
      - id: TEC-1
        ask: What share of the population used the Internet?
        scale: number
        unit: "%"
        bands: [35, 50, 65, 75]
        source: ITU DataHub
        frameworks:
          unesco-ram: [technical]
      - id: TEC-2
        ask: Is there a national data centre?
        frameworks:
          unesco-ram: [technical]
---
"""


def test_partial_submission_and_not_applicable_with_a_reason(cli: CLI) -> None:
    aid = cli.new()
    before = cli.dump()
    code, _, err = cli("assessment", "answer", aid, "GOV-1", "na")
    assert code == 2 and "needs a reason" in err and "--note TEXT" in err
    assert cli.dump() == before
    code, out, _ = cli("assessment", "answer", aid, "GOV-1", "na", "--note", "no regulator yet")
    assert code == 0 and "Saved GOV-1 = na" in out
    cli("assessment", "answer", aid, "ETH-1", "yes")
    cli("assessment", "note", aid, "GOV-1", "")  # the reason deleted afterwards
    code, _, err = cli("assessment", "complete", aid, "--partial", "--reason", "a first look")
    assert code == 2 and "without a reason: GOV-1" in err
    assert "accord assessment note ID ITEM TEXT" in err
    cli("assessment", "note", aid, "GOV-1", "no regulator yet")
    code, out, _ = cli(
        "assessment", "complete", aid, "--partial", "--reason", "the regulator did not take part"
    )
    assert code == 0 and "Submitted as partial (revision 1)" in out
    header = cli.json("assessment", "show", aid, "--json")["assessment"]
    assert (header["status"], header["completion"], header["partial_reason"]) == (
        "complete",
        "partial",
        "the regulator did not take part",
    )
    code, out, _ = cli("assessment", "list")
    assert code == 0 and "partial" in out and "coverage" in out


def test_numeric_answers_their_level_and_the_frameworks(cli: CLI) -> None:
    (cli.lib / "checklists" / "eco.md").write_text(ECO, encoding="utf-8")
    code, out, err = cli(
        "assessment", "new", "--checklist", "checklists/eco",
        "--institution", "Statistics office", "--country", "KE",
    )  # fmt: skip
    assert code == 0, err
    aid = out.strip()
    code, out, _ = cli("assessment", "answer", aid, "TEC-1", "63,5 %")
    assert code == 0 and "Saved TEC-1 = 63.5% (level 2 of 4)" in out
    assert cli.json("assessment", "show", aid, "--json")["answers"]["TEC-1"]["value"] == "63.5"
    before = cli.dump()
    for typed, fragment in (
        ("635", "outside the possible range (from 0 to 100%)"),
        ("-3", "outside the possible range"),
        ("1,200", "could be 1200 or 1.2"),
        ("lots", "'lots' is not a number"),
        ("yes", "'yes' is not a number"),
    ):
        code, _, err = cli("assessment", "answer", aid, "TEC-1", typed)
        assert code == 2 and "TEC-1 asks for a figure in %" in err and fragment in err, err
    assert cli.dump() == before
    score = cli.json("assessment", "score", aid, "--json")
    assert score["components"]["robustness"]["score"] == 50.0  # level 2 of 4, 1 of 2 ≥ 0.5
    technical = score["frameworks"]["unesco-ram"]["parts"]["technical"]
    assert (technical["title"], technical["items"], technical["score"]) == (
        "Technical and infrastructural",
        2,
        50.0,
    )
    code, out, _ = cli("assessment", "score", aid)
    assert code == 0 and "UNESCO Readiness Assessment Methodology (2 items)" in out
    assert "coverage 50 % (1 of 2)" in out


def test_migrate_lists_questions_changed_under_the_same_id(cli: CLI) -> None:
    aid = cli.new()
    cli("assessment", "answer", aid, "ETH-1", "yes", "--note", "Adopted 2024")
    reworded = V1.replace("version: 1.0.0", "version: 1.2.0").replace(
        "Are there national AI ethics principles?",
        "Has the cabinet adopted national AI ethics principles?",
    )
    cli.checklist.write_text(reworded, encoding="utf-8")
    before = cli.dump()
    plan = cli.json("assessment", "migrate", aid, "--dry-run", "--json")
    assert cli.dump() == before  # a dry run changes nothing
    assert [(x["item_id"], x["value"], x["note"]) for x in plan["changed"]] == [
        ("ETH-1", "yes", "Adopted 2024")
    ]
    assert plan["carried"] == [] and plan["invalidated"] == []
    code, out, _ = cli("assessment", "migrate", aid)
    assert code == 0 and "ETH-1: was yes" in out
    shown = cli.json("assessment", "show", aid, "--json")
    assert shown["answers"]["ETH-1"]["value"] is None
    assert shown["answers"]["ETH-1"]["note"] == "Adopted 2024"
    assert shown["changed_items"] == ["ETH-1"]
    code, out, _ = cli("assessment", "show", aid)
    assert "[changed: answer again]" in out
