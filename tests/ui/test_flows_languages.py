"""The main flows in French and in Arabic: open, search, read, start and answer an
assessment, results and the PDF report — each screen in the language (right to left in
Arabic), the checklist's own words in it, and the PDF's extracted text in it too."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.actions.assessments import start_assessment
from desktop.core.library.documents import load_library
from desktop.core.library.translations import checklist_in
from desktop.core.storage import paths
from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.common.bidi import strip_isolates
from desktop.ui.report.style import report_language, translate
from desktop.ui.translations import language as languages

NATIONAL = "checklists/national-ai-readiness"
SEARCH = {"fr": "gouvernance", "ar": "حوكمة"}
# The month of the report's date, as each language names it.
DECEMBER = {"fr": ("déc", "décembre"), "ar": ("ديسمبر",)}


def _plain(text: str) -> str:
    """Extracted PDF text compared as letters: Arabic presentation forms folded to their
    letters, direction marks and isolates removed, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(strip_isolates(text).split())


def _words_found(sample: str, text: str) -> float:
    """The share of ``sample``'s longer words found in ``text`` (Arabic words with a
    lam-alef ligature are left out: PDF text extraction splits that ligature)."""
    words = [
        w.strip("?؟،,.:;«»()")
        for w in _plain(sample).split()
        if len(w) > 3 and not any(pair in w for pair in ("لا", "لأ", "لإ", "لآ"))
    ]
    return sum(w in text for w in words) / max(1, len(words))


@pytest.fixture
def bundled_library_dir() -> Path:
    return paths.bundled_library()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_main_flows_in_the_language(
    qtbot, make_window, bundled_library_dir: Path, lang: str, tmp_path: Path
) -> None:
    languages.apply(lang)
    rtl = lang == "ar"
    window = make_window(library=bundled_library_dir)
    window.resize(1366, 768)
    app = QApplication.instance()
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert app.layoutDirection() == expected
    assert window.layoutDirection() == expected
    assert QLocale().zeroDigit() == "0"
    # The menus and the report speak the language: what its translation says (English
    # only where a string is not translated yet; docs/translations.md).
    file_menu = QCoreApplication.translate("MainWindow", "&File")
    assert window.menuBar().actions()[0].text() == file_menu
    back = window.action_back.iconText()
    assert back == ("→" if rtl else "←")  # Back points the way the text runs back

    # Search: results, documents in the interface language among the first.
    window.search_box.setText(SEARCH[lang])
    window.live.run_now()
    qtbot.waitUntil(lambda: window.search_page.results_model.rowCount() > 0, timeout=15_000)
    assert window.stack.currentWidget() is window.search_page

    # Read: the glossary in the language, which offers its other languages.
    glossary = f"translations/{lang}/glossary/glossary"
    assert window.open_document(glossary)
    qtbot.waitUntil(lambda: window.reader.current_id == glossary, timeout=10_000)
    assert window.reader.languages_label.isVisible()
    assert "English" in window.reader.languages_label.text()

    # Start and answer an assessment in the language (the start dialog's default).
    library = load_library(bundled_library_dir)
    panel = window.assessments
    store = panel.service.store_for_tests()
    assessment = start_assessment(
        store, library, NATIONAL, institution="Ministère / وزارة", country="SN", language=lang
    )
    assert assessment.language == lang
    words = checklist_in(library, library.get(NATIONAL).checklist, lang)
    assert words.items[0].ask != library.get(NATIONAL).checklist.items[0].ask
    window.stack.setCurrentWidget(panel)
    panel.open_assessment(assessment.id)
    runner = panel.runner
    qtbot.waitUntil(lambda: runner.state is not None, timeout=10_000)
    assert runner.state.checklist.items[0].ask == words.items[0].ask
    qtbot.waitUntil(lambda: words.items[0].ask in runner.card.question.text(), timeout=5_000)
    # The screens that list assessments name the checklist in the language too.
    assert checklist_title(assessment) == words.title != assessment.checklist_title
    for value in ("yes", "partial"):
        runner.answer(value)
        runner.go_next()
    qtbot.waitUntil(lambda: not runner.has_unsaved(), timeout=10_000)

    # Results and the PDF, in the language.
    panel.show_results(assessment.id)
    results = panel.results
    qtbot.waitUntil(lambda: results.report is not None, timeout=10_000)
    assert results.report.checklist.title == words.title
    target = tmp_path / f"report-{lang}.pdf"
    task = results.export("pdf", target)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert task.state == "succeeded", task.traceback
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = _plain(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(target), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    # Tables wrap a question over lines: its words are there, in the language.
    assert _words_found(words.title, text) >= 0.8
    assert _words_found(words.items[0].ask, text) >= 0.8
    assert any(month in text for month in DECEMBER[lang])
    with report_language(lang):
        heading = translate("Report", "Readiness self-assessment report")
        yes = translate("Report", "Yes")
    assert _words_found(heading, text) == 1.0
    assert f" {_plain(yes)} " in f" {text} "  # ETH-1's answer, in the report's words
    # The painted cover and the running header read the way the language does: in Arabic
    # what stands on the left in French stands on the right.
    # The cover's note ends inside the page's bottom margin, every word of it there (longer
    # French and Arabic words once pushed its last line off the page).
    height, bottom = _cover_foot(target)
    assert bottom <= height - 18 * 72 / 25.4 + 1, (bottom, height)
    with report_language(lang):
        note = translate(
            "Report",
            "The six components are those of the proposed Global AI "
            "Safety Index. Each score runs from 0 to 100, with its coverage beside it "
            "(the share of applicable questions answered, or closed by an earlier "
            "answer). Below the minimum coverage a component has no score, never a "
            "zero, and the overall index is computed only when every component has "
            "one. The scores, the results by framework, the gaps with the playbooks "
            "that help, and every answer with its evidence follow.",
        )
    cover = _plain(
        subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(target), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert _plain(note.split()[-1]).rstrip(".") in cover, note.split()[-1]
    for page, word in ((1, "ACCORD"), (1, "Senegal"), (2, "Senegal")):
        width, left, right = _word_box(target, page, word)
        if rtl:
            assert left > width / 2, (page, word, left)
        else:
            assert right < width / 2, (page, word, right)
    window.close()


_WORD_BOX = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _page_words(pdf: Path, page: int) -> tuple[float, float, list[tuple[float, float, float, str]]]:
    """(width, height, [(left, right, bottom, word)]) of ``page`` of ``pdf`` (pdftotext)."""
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    assert size is not None, out[:200]
    words = [(float(a), float(b), float(c), w) for a, b, c, w in _WORD_BOX.findall(out)]
    return float(size.group(1)), float(size.group(2)), words


def _cover_foot(pdf: Path) -> tuple[float, float]:
    """(page height, the lowest word's bottom edge) of the cover."""
    _width, height, words = _page_words(pdf, 1)
    return height, max(bottom for _l, _r, bottom, _w in words)


def _word_box(pdf: Path, page: int, word: str) -> tuple[float, float, float]:
    """(page width, left and right edge of ``word``) on ``page`` of ``pdf``."""
    width, _height, words = _page_words(pdf, page)
    box = next(((left, right) for left, right, _b, w in words if w == word), None)
    assert box is not None, f"{word} is not on page {page}"
    return width, box[0], box[1]
