"""The writers' checks of ``accord check``: AI Act dates in one place, translations that
keep up, and ``--stale DAYS``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.library.documents import load_library
from desktop.core.library.review import review_warnings, stale_documents
from tests.conftest import write_doc

TIMELINE = """
---
title: EU AI Act timeline
type: reference
reviewed: 2026-12-03
---
The AI Act's rules on high-risk systems apply from 2 August 2026.
"""


def _library(tmp_path: Path, **docs: str) -> Path:
    root = tmp_path / "lib"
    write_doc(root, "reference/eu-ai-act-timeline.md", TIMELINE)
    for rel, text in docs.items():
        write_doc(root, rel.replace("__", "/") + ".md", text)
    return root


def _messages(root: Path) -> list[tuple[str, int, str]]:
    return [(p.file, p.line, p.message) for p in review_warnings(load_library(root))]


def test_an_ai_act_application_date_outside_the_timeline_is_flagged(tmp_path: Path) -> None:
    root = _library(
        tmp_path,
        standards__a="""
        ---
        title: A
        type: standard
        ---
        Intro.

        Under the EU AI Act, transparency duties apply from August 2, 2026.
        """,
    )
    found = _messages(root)
    assert len(found) == 1
    file, line, message = found[0]
    assert file == "standards/a.md" and line == 7
    assert "August 2, 2026" in message and "[[reference/eu-ai-act-timeline]]" in message


@pytest.mark.parametrize(
    "paragraph",
    [
        "The AI Act was adopted on 13 June 2024.",  # a fact, not an application date
        "Some rules apply from 2 August 2026 under Kenya's own law.",  # not the Act
        "Regulation (EU) 2024/1689 applies in stages: see the timeline.",  # no date
    ],
)
def test_other_dates_are_not_flagged(tmp_path: Path, paragraph: str) -> None:
    root = _library(tmp_path, guides__g=f"---\ntitle: G\ntype: guide\n---\n{paragraph}\n")
    assert _messages(root) == []


def test_the_timeline_itself_and_iso_dates(tmp_path: Path) -> None:
    root = _library(
        tmp_path,
        guides__g="---\ntitle: G\ntype: guide\n---\nArtificial Intelligence Act: 2027-12-02.\n",
    )
    found = _messages(root)
    assert [f for f, _, _ in found] == ["guides/g.md"]  # the timeline's own date is fine


def test_a_translation_older_than_its_original_is_flagged(tmp_path: Path) -> None:
    root = _library(
        tmp_path,
        guides__g="---\ntitle: G\ntype: guide\nversion: 1.2.0\n---\nBody.\n",
        translations__fr__g=(
            "---\ntitle: G (fr)\ntype: guide\nlanguage: fr\nversion: 1.1.0\n"
            "translation_of: guides/g\n---\nCorps.\n"
        ),
        translations__es__g=(
            "---\ntitle: G (es)\ntype: guide\nlanguage: es\nversion: 1.2.0\n"
            "translation_of: guides/g\n---\nCuerpo.\n"
        ),
    )
    found = _messages(root)
    assert [(f, m.split(",")[0]) for f, _, m in found] == [
        ("translations/fr/g.md", "this translation is version 1.1.0")
    ]


def test_stale_lists_old_and_unreviewed_documents_oldest_first(tmp_path: Path) -> None:
    root = _library(
        tmp_path,
        a="---\ntitle: A\ntype: guide\nreviewed: 2025-01-01\n---\n",
        b="---\ntitle: B\ntype: guide\n---\n",
        c="---\ntitle: C\ntype: guide\nreviewed: 2026-11-01\n---\n",
    )
    stale = stale_documents(load_library(root), 365, today=date(2026, 12, 3))
    assert [(s.id, s.days) for s in stale] == [("b", None), ("a", 701)]


def test_check_stale_on_the_command_line(tmp_path: Path, capsys) -> None:
    root = _library(tmp_path, a="---\ntitle: A\ntype: guide\nreviewed: 2020-01-01\n---\n")
    assert main(["check", str(root), "--stale", "30", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in report["stale"]] == ["a"] and report["errors"] == []
    assert main(["check", str(root), "--stale", "30"]) == 0
    out = capsys.readouterr().out
    assert "a.md: due for review (reviewed 2020-01-01" in out
    assert "1 documents due for review (older than 30 days)" in out
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(root), "--stale", "-1"])
    assert exit_info.value.code == 2
    # Without --stale the report keeps its documented shape.
    assert main(["check", str(root), "--json"]) == 0
    assert "stale" not in json.loads(capsys.readouterr().out)


def test_the_bundled_library_keeps_ai_act_dates_on_the_timeline() -> None:
    from desktop.core.storage import paths

    assert review_warnings(load_library(paths.bundled_library())) == []
