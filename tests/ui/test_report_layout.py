"""The PDF's cover never overlaps text: each component's name wraps in its own box, left
of its score (or "no score"), and the rows do not run into each other."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPdfWriter

from desktop.core.library.components import COMPONENTS
from desktop.ui.report.cover import Page, component_rows
from desktop.ui.report.pdf import setup_device
from desktop.ui.report.style import font, report_font_family, translate


def test_component_names_never_run_into_their_scores(qapp, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "cover.pdf"))
    setup_device(writer, "Cover")
    page = Page(writer)
    family = report_font_family()
    rows = component_rows(page, family, list(COMPONENTS), 100.0)
    assert [r.cid for r in rows] == list(COMPONENTS)
    names = QFontMetricsF(font(family, 9.5), writer)
    small = QFontMetricsF(font(family, 8), writer)
    wrap = int(Qt.TextFlag.TextWordWrap)
    for row in rows:
        ink = names.boundingRect(QRectF(0, 0, row.name_box.width(), 10_000), wrap, row.name)
        # The wrapped name fits its box, and its box ends before the score begins.
        assert ink.height() <= row.name_box.height(), row.name
        assert ink.width() <= row.name_box.width(), row.name
        assert row.name_box.right() < row.score_box.left(), row.name
        assert small.horizontalAdvance(translate("Report", "no score")) <= row.score_box.width()
        assert row.score_box.right() <= row.coverage_box.left() + 1
    for a, b in itertools.combinations(rows, 2):
        for box_a, box_b in itertools.product(
            (a.name_box, a.score_box, a.coverage_box), (b.name_box, b.score_box, b.coverage_box)
        ):
            assert not box_a.intersected(box_b).isValid() or box_a.intersected(box_b).isEmpty()
    assert all(r.coverage_box.right() <= page.width - page.mm(10) for r in rows)
