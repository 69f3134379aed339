"""Mixed-direction text: Unicode isolates around embedded pieces, and arrows that point
the way the reader reads.

An id such as ETH-1, a number, an English name or a file path inside an Arabic sentence
must keep its own order and must not pull the punctuation around it to the wrong side:
wrapping it in FSI … PDI (first strong isolate; LRI … PDI for runs known to be
left-to-right) isolates it from the surrounding text without changing it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt

FSI = "\u2068"  # first strong isolate: the piece's own first letter decides
LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate
ISOLATES = (FSI, LRI, "\u2067", PDI)


def isolate(text: str, ltr: bool = False) -> str:
    """``text`` as one isolated run (unchanged when empty)."""
    if not text:
        return text
    return f"{LRI if ltr else FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    """``text`` without isolate marks (for comparisons and plain-text copies)."""
    return text.translate({ord(c): None for c in ISOLATES})


def right_to_left() -> bool:
    """True when the interface is laid out right to left."""
    app = QCoreApplication.instance()
    direction = app.layoutDirection() if hasattr(app, "layoutDirection") else None
    if direction is None:
        direction = QLocale().textDirection()
    return direction == Qt.LayoutDirection.RightToLeft


def arrow(forward: bool) -> str:
    """The arrow for going forward (Next, Forward) or back (Previous, Back): it points
    the way the text runs, so right to left it is mirrored."""
    return "→" if forward != right_to_left() else "←"


_TABLE_TAG = re.compile(r"(<(/?)(table|tr|td|th)\b[^>]*>)", re.IGNORECASE)


def mirror_tables(html_text: str) -> str:
    """``html_text`` with the cells of every table row in reverse order, nested tables
    included. Qt's rich text lays table columns out left to right whatever the text
    direction, so a right-to-left document mirrors them in its HTML: the first column
    then stands on the right, as a reader of Arabic expects."""
    out: list[str] = []
    # One frame per open row: the text before its first cell, then its cells whole.
    rows: list[tuple[list[str], list[str]]] = []
    cell_depth: list[int] = []  # for each open row, how deep we are inside its cell
    pieces = _TABLE_TAG.split(html_text)
    # split() with 3 groups yields: text, whole tag, slash, name, text, ...
    for index in range(0, len(pieces), 4):
        _emit(out, rows, cell_depth, pieces[index])
        if index + 1 >= len(pieces):
            break
        tag, closing, name = pieces[index + 1], pieces[index + 2], pieces[index + 3].lower()
        if name == "tr" and not closing and (not rows or cell_depth[-1] > 0):
            rows.append(([tag], []))
            cell_depth.append(0)
        elif name == "tr" and closing and rows and cell_depth[-1] == 0:
            lead, cells = rows.pop()
            cell_depth.pop()
            _emit(out, rows, cell_depth, "".join(lead) + "".join(reversed(cells)) + tag)
        elif name in ("td", "th") and rows and not closing and cell_depth[-1] == 0:
            rows[-1][1].append(tag)
            cell_depth[-1] = 1
        elif name in ("td", "th") and rows and closing and cell_depth[-1] == 1:
            rows[-1][1][-1] += tag
            cell_depth[-1] = 0
        else:
            _emit(out, rows, cell_depth, tag)
    while rows:  # an unclosed row: keep its text as it came
        lead, cells = rows.pop()
        cell_depth.pop()
        _emit(out, rows, cell_depth, "".join(lead) + "".join(cells))
    return "".join(out)


def _emit(
    out: list[str], rows: list[tuple[list[str], list[str]]], cell_depth: list[int], text: str
) -> None:
    """Append ``text`` where it belongs: inside the open cell, before a row's first cell,
    or to the output."""
    if not text:
        return
    if not rows:
        out.append(text)
    elif cell_depth[-1] > 0:
        rows[-1][1][-1] += text
    elif rows[-1][1]:
        rows[-1][1].append(text)  # between cells: travels with the cells
    else:
        rows[-1][0].append(text)
