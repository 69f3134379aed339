"""Checklist validation as ``accord check`` reports it: each problem names the file, the
line and the fix, and a checklist with any problem cannot be started."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.library.documents import load_library

GOOD = """\
---
title: Demo
type: checklist
version: 1.0.0
sections:
  - id: ethics
    title: Ethics
    component: ethics
    items:
      - id: ETH-1
        ask: First?
      - id: ETH-2
        ask: Second?
        show_if: {item: ETH-1, in: [yes, partial]}
---
Body.
"""


def write(root: Path, text: str, name: str = "checklists/demo.md") -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def problems_of(root: Path) -> list:
    library = load_library(root)
    return [p for p in library.errors() if p.file == "checklists/demo.md"]


def test_good_checklist_has_no_problems(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    library = load_library(tmp_path)
    assert library.errors() == []
    checklist = library.get("checklists/demo").checklist
    assert [i.id for i in checklist.items] == ["ETH-1", "ETH-2"]


@pytest.mark.parametrize(
    ("old", "new", "needle", "expected"),
    [
        # unknown component on a section
        (
            "component: ethics",
            "component: ethic",
            "component: ethic",
            ["unknown component 'ethic'", "use one of"],
        ),
        # unknown scale on an item
        (
            "ask: First?",
            "ask: First?\n        scale: one-to-ten",
            "scale: one-to-ten",
            ["unknown scale 'one-to-ten'", "maturity-0-4"],
        ),
        # duplicate item id
        ("id: ETH-2", "id: ETH-1", "id: ETH-1", ["duplicate item id 'ETH-1'", "never reused"]),
        # show_if naming a missing item
        (
            "item: ETH-1, in",
            "item: ETH-9, in",
            "show_if",
            ["'ETH-9', which does not exist", "earlier item"],
        ),
        # an empty 'in' list hides the item for ever
        ("in: [yes, partial]", "in: []", "show_if", ["empty 'in:' list"]),
        # a misspelt field would silently drop skip logic
        ("show_if:", "show-if:", "show-if", ["did you mean 'show_if'"]),
        # an unknown key inside show_if is not guessed
        ("in: [yes, partial]", "equals: partial", "show_if", ["unknown field(s) equals"]),
        # show_if values must be answers of the target's scale
        ("in: [yes, partial]", "in: [maybe]", "show_if", ["expects ['maybe']"]),
        # a weight that is not a positive number
        (
            "ask: First?",
            "ask: First?\n        weight: -2",
            "weight: -2",
            ["must be a positive number"],
        ),
    ],
)
def test_each_problem_names_line_and_fix(
    tmp_path: Path, old: str, new: str, needle: str, expected: list[str]
) -> None:
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    write(tmp_path, text)
    problems = problems_of(tmp_path)
    assert problems, f"no problem reported for {new!r}"
    messages = " | ".join(p.message for p in problems)
    for fragment in expected:
        assert fragment in messages
    occurrence = 2 if (needle == "id: ETH-1") else 1
    assert line_of(text, needle, occurrence) in {p.line for p in problems}
    # A checklist with a problem is not offered as startable.
    assert load_library(tmp_path).get("checklists/demo").checklist is None


def test_show_if_on_a_later_item_and_a_cycle(tmp_path: Path) -> None:
    text = """\
    ---
    title: Demo
    type: checklist
    sections:
      - id: s
        title: S
        component: ethics
        items:
          - id: A
            ask: a?
            show_if: {item: B}
          - id: B
            ask: b?
            show_if: {item: A}
          - id: C
            ask: c?
            show_if: {item: C}
    ---
    """
    path = write(tmp_path, text)
    problems = problems_of(tmp_path)
    messages = {p.line: p.message for p in problems}
    lines = path.read_text().splitlines()
    a_rule = next(n for n, line in enumerate(lines, 1) if "show_if: {item: B}" in line)
    c_rule = next(n for n, line in enumerate(lines, 1) if "show_if: {item: C}" in line)
    # A → B → A is a cycle; it is caught because A looks forward.
    assert "comes later" in messages[a_rule]
    assert "cycle" in messages[c_rule] and "earlier item" in messages[c_rule]


def test_duplicate_section_id(tmp_path: Path) -> None:
    extra = (
        "  - id: ethics\n"
        "    title: Again\n"
        "    component: ethics\n"
        "    items:\n"
        "      - id: ETH-3\n"
        "        ask: Third?\n"
    )
    text = GOOD.replace("---\nBody.", extra + "---\nBody.")
    write(tmp_path, text)
    problems = problems_of(tmp_path)
    assert any("duplicate section id 'ethics'" in p.message for p in problems)
    assert line_of(text, "- id: ethics", 2) in {p.line for p in problems}


def test_unrelated_unknown_fields_are_kept_not_errors(tmp_path: Path) -> None:
    # CONTENT.md: unknown fields are kept and ignored; only near misses of known ones fail.
    write(tmp_path, GOOD.replace("ask: First?", "ask: First?\n        reviewer: Ann"))
    assert problems_of(tmp_path) == []


def test_accord_check_prints_file_line_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GOOD.replace("component: ethics", "component: ethic")
    path = write(tmp_path, text)
    code = main(["check", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{path}:{line_of(text, 'component: ethic')}: error: unknown component 'ethic'" in out
