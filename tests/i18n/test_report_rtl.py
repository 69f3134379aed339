"""The report's body is in the assessment's language whatever the interface's (English in
these tests), and in Arabic reads right to left, numbers inside table cells included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QPdfWriter, QTextDocument

from desktop.core.actions.assessments import start_assessment
from desktop.core.assessments.export import build_report
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.documents import load_library
from desktop.ui.fonts import load_fonts
from desktop.ui.report.pdf import body_document, report_body_parts, setup_device
from desktop.ui.report.style import report_font_family, report_language

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = "checklists/national-ai-readiness"


def _blocks(doc: QTextDocument) -> list[object]:
    found, block = [], doc.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_coverage_cells_keep_their_numbers_in_reading_order(
    qapp: object, tmp_path: Path, language: str
) -> None:
    library = load_library(ROOT / "content")
    store = AssessmentStore.open(tmp_path / "accord.db")
    a = start_assessment(
        store, library, NATIONAL, institution="Ministry", country="SN", language=language
    )
    report = build_report(store, a.id, library)
    store.close()
    load_fonts()
    writer = QPdfWriter(str(tmp_path / "report.pdf"))
    setup_device(writer, "Report")
    with report_language(language):
        scores = report_body_parts(report)[0]
        doc = body_document(scores, writer, report_font_family(), QSizeF(4000, 6000))
    # The reason the overall index is missing names the components in the report's words.
    assert "Ethical AI practices" not in scores and "Insufficient coverage" not in scores
    # Ethics has 8 applicable questions and none answered: "0 % (0 of 8)" in the language.
    cell = next(b for b in _blocks(doc) if b.text().endswith(" 8)"))  # type: ignore[attr-defined]
    text, line = cell.text(), cell.layout().lineAt(0)  # type: ignore[attr-defined]
    assert {"ar": " من ", "fr": " sur "}[language] in text  # the report's words, not the UI's
    counted = text.index("(0") + 1
    word = counted + 2  # "من" or "sur", between the two numbers
    x = [line.cursorToX(i)[0] for i in (counted, word, text.index("8)"))]
    if language == "ar":
        # Right to left: the count stands right of "من", the total left of it.
        assert cell.textDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        assert x[0] > x[1] > x[2], (text, x)
    else:
        assert cell.textDirection() == Qt.LayoutDirection.LeftToRight  # type: ignore[attr-defined]
        assert x[0] < x[1] < x[2], (text, x)
