"""Right-to-left tables: Qt lays rich-text table columns out left to right whatever the
text direction, so an Arabic report or sheet mirrors its rows in the HTML."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.ui.common.bidi import mirror_tables


def _cells(row: str) -> list[str]:
    return re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)


def test_the_cells_of_each_row_come_in_reverse_order() -> None:
    html = (
        "<h3>Scores</h3><table><thead><tr><th>Component</th><th>Score</th></tr></thead>"
        "<tr><td class='x'>Ethics</td>\n<td>48</td><td>90 %</td></tr></table><p>After</p>"
    )
    mirrored = mirror_tables(html)
    rows = re.findall(r"<tr>(.*?)</tr>", mirrored, re.S)
    assert _cells(rows[0]) == ["Score", "Component"]
    assert _cells(rows[1]) == ["90 %", "48", "Ethics"]
    assert "<td class='x'>Ethics</td>" in mirrored  # attributes stay with their cell
    assert mirrored.startswith("<h3>Scores</h3><table><thead>")
    assert mirrored.endswith("</table><p>After</p>")


def test_a_table_inside_a_cell_is_mirrored_too_and_stays_in_its_cell() -> None:
    bar = "<table><tr><td>filled</td><td>rest</td></tr></table>"
    html = f"<table><tr><td>Ethics</td><td>{bar}</td><td>90 %</td></tr></table>"
    mirrored = mirror_tables(html)
    nested = "<table><tr><td>rest</td><td>filled</td></tr></table>"
    assert mirrored == f"<table><tr><td>90 %</td><td>{nested}</td><td>Ethics</td></tr></table>"


def test_text_without_tables_and_broken_tables_lose_nothing() -> None:
    assert mirror_tables("<p>No table</p>") == "<p>No table</p>"
    broken = "<table><tr><td>A</td><td>B"
    assert sorted(mirror_tables(broken)) == sorted(broken)


@given(st.lists(st.lists(st.text("abc <>é", max_size=5), min_size=1, max_size=4), max_size=4))
def test_mirroring_twice_gives_the_table_back(rows: list[list[str]]) -> None:
    """Invariant: mirroring is its own inverse and never adds or drops a character."""
    cells = (
        "".join(f"<td>{c.replace('<', '&lt;').replace('>', '&gt;')}</td>" for c in row)
        for row in rows
    )
    html = "<table>" + "".join(f"<tr>{r}</tr>" for r in cells) + "</table>"
    once = mirror_tables(html)
    assert sorted(once) == sorted(html)
    assert mirror_tables(once) == html
