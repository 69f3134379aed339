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
