"""Front matter parsing: values, line numbers, and clear errors."""

from __future__ import annotations

import pytest

from desktop.core.library.frontmatter import FrontMatterError, split


def test_parses_fields_and_body_line() -> None:
    fm = split("---\ntitle: A\nreviewed: 2026-11-26\ntags: [x, y]\n---\n# Body\n")
    assert fm.data == {"title": "A", "reviewed": "2026-11-26", "tags": ["x", "y"]}
    assert fm.body == "# Body\n"
    assert fm.body_line == 6


def test_line_of_nested_value_is_file_line() -> None:
    text = "---\ntitle: A\nsections:\n  - id: s\n    items:\n      - id: X-1\n        ask: Q\n---\n"
    fm = split(text)
    assert fm.line_of("title") == 2
    assert fm.line_of("sections", 0, "items", 0, "ask") == 7
    # A missing path falls back to the nearest enclosing value.
    assert fm.line_of("sections", 0, "nope") == 4


def test_no_front_matter_gives_empty_mapping() -> None:
    fm = split("# Just Markdown\n")
    assert fm.data == {}
    assert fm.body_line == 1


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: A\n", 1, "never closed"),
        ("---\ntitle: A\ntags: [a, b\n---\n", 3, "invalid YAML"),
        ("---\n- just\n- a list\n---\n", 2, "field: value"),
        ("---\ntitle: a: b: c\n---\n", 2, "invalid YAML"),
    ],
)
def test_errors_name_line_and_fix(text: str, line: int, words: str) -> None:
    with pytest.raises(FrontMatterError) as info:
        split(text)
    assert info.value.line == line
    assert words in info.value.message


def test_bom_is_ignored() -> None:
    assert split("\ufeff---\ntitle: A\n---\nx").data["title"] == "A"


# --- bounds (issue 14): a hostile block is an error on its line, in bounded time --------


@pytest.mark.parametrize(
    ("block", "line", "words"),
    [
        ("title: A\nreviewed: 2026-02-30\n", 3, "not a real date"),
        ("title: A\nn: " + "7" * 101 + "\n", 3, "digits"),
        ("title: A\nloop: &l [1, *l]\n", 3, "loop"),
        ("title: A\nd: " + "[" * 40 + "]" * 40 + "\n", 3, "nested more than 32"),
        (
            "a: &a [1,1,1,1,1,1,1,1,1,1]\n"
            + "".join(
                f"a{i}: &a{i} [{', '.join(['*a' if i == 0 else f'*a{i - 1}'] * 10)}]\n"
                for i in range(6)
            ),
            6,
            "expand to more than",
        ),
    ],
)
def test_bounds_are_errors_on_their_line(block: str, line: int, words: str) -> None:
    with pytest.raises(FrontMatterError) as info:
        split(f"---\n{block}---\nbody\n")
    assert info.value.line == line and words in info.value.message


def test_ampersands_and_modest_aliases_still_read() -> None:
    fm = split(
        "---\ntitle: R&D policy & practice\nnote: '&quoted'\n"
        "base: &b {weight: 2}\nitem:\n  <<: *b\n  id: X\n---\n"
    )
    assert fm.data["title"] == "R&D policy & practice" and fm.data["note"] == "&quoted"
    assert fm.data["item"] == {"weight": 2, "id": "X"}


def test_an_oversized_front_matter_is_refused_before_parsing() -> None:
    with pytest.raises(FrontMatterError, match="front matter is"):
        split("---\ntitle: A\npad: " + "x" * 600_000 + "\n---\n")
