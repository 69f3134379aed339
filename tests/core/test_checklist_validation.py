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
        # scoring method 2: a gate must open upwards, and never on "not applicable"
        ("in: [yes, partial]", "in: [partial]", "show_if", ["but not for the better", "'yes'"]),
        ("in: [yes, partial]", "in: [no]", "show_if", ["opens for 'no'", "'partial', 'yes'"]),
        ("in: [yes, partial]", "in: [yes, na]", "show_if", ["opens for 'na'", "remove 'na'"]),
        # frameworks: an unknown framework, an unknown id, a list that is not a map
        (
            "ask: First?",
            "ask: First?\n        frameworks:\n          nist: [GOVERN 1.1]",
            "nist:",
            ["unknown framework 'nist'", "nist-ai-rmf"],
        ),
        (
            "ask: First?",
            "ask: First?\n        frameworks:\n          nist-ai-rmf: [GOVERN 9.9]",
            "nist-ai-rmf:",
            ["'GOVERN 9.9', which is not an id of NIST AI Risk Management Framework 1.0"],
        ),
        (
            "ask: First?",
            "ask: First?\n        frameworks:\n          eu-ai-act: [Art. 114]",
            "eu-ai-act:",
            ["'Art. 114', which is not an id of EU AI Act"],
        ),
        (
            "ask: First?",
            "ask: First?\n        frameworks: [GOVERN 1.1]",
            "frameworks:",
            ["must map a framework to a list of ids"],
        ),
        # number items: bands, source, range
        (
            "ask: First?",
            "ask: First?\n        scale: number\n        bands: [20, 40, 60]\n        source: ITU",
            "bands:",
            ["needs 'bands:', 4 ascending numbers"],
        ),
        (
            "ask: First?",
            "ask: First?\n        scale: number\n        bands: [80, 60, 40, 20]"
            "\n        source: ITU",
            "bands:",
            ["4 ascending numbers"],
        ),
        (
            "ask: First?",
            "ask: First?\n        scale: number\n        bands: [20, 40, 60, 80]",
            "- id: ETH-1",
            ["needs 'source:'"],
        ),
        (
            "ask: First?",
            "ask: First?\n        scale: number\n        unit: '%'"
            "\n        bands: [20, 40, 60, 180]\n        source: ITU",
            "bands:",
            ["must lie within its range", "[180.0]"],
        ),
        (
            "ask: First?",
            "ask: First?\n        scale: number\n        bands: [1, 2, 3, 4]\n        source: ITU"
            "\n        range: [5, 1]",
            "range:",
            ["range of item 'ETH-1' must be [low, high]"],
        ),
        # min_coverage is a share
        ("version: 1.0.0", "version: 1.0.0\nmin_coverage: 80", "min_coverage", ["between 0 and 1"]),
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


def test_a_number_item_with_its_fields_and_crosswalks_is_valid(tmp_path: Path) -> None:
    text = GOOD.replace(
        "ask: First?",
        "ask: First?\n        scale: number\n        unit: '%'\n        bands: [35, 50, 65, 75]"
        "\n        source: ITU DataHub\n        frameworks:\n          nist-ai-rmf: [govern 1.1]"
        "\n          eu-ai-act: [article 9, annex iii]\n          oecd-ai: ['1.2']",
        1,
    ).replace("show_if: {item: ETH-1, in: [yes, partial]}", "weight: 2")
    write(tmp_path, text.replace("version: 1.0.0", "version: 1.0.0\nmin_coverage: 0.6"))
    assert problems_of(tmp_path) == []
    checklist = load_library(tmp_path).get("checklists/demo").checklist
    item = checklist.item("ETH-1")
    assert checklist.min_coverage == 0.6
    assert item.indicator.bands == (35.0, 50.0, 65.0, 75.0)
    assert (item.indicator.low, item.indicator.high) == (0.0, 100.0)  # a share in %
    # Ids are stored in the frameworks' own spelling.
    assert dict(item.frameworks) == {
        "nist-ai-rmf": ("GOVERN 1.1",),
        "eu-ai-act": ("Art. 9", "Annex III"),
        "oecd-ai": ("1.2",),
    }


def test_a_gate_on_a_number_item_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace(
        "ask: First?",
        "ask: First?\n        scale: number\n        bands: [1, 2, 3, 4]\n        source: census",
        1,
    )
    write(tmp_path, text)
    messages = " | ".join(p.message for p in problems_of(tmp_path))
    assert "which is answered with a number" in messages
