"""Results, the radar chart, the PDF report, the comparison and the workshop view."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.radar import (
    ACCENT,
    RadarSeries,
    RadarStyle,
    paint_radar,
    point_for,
    radar_geometry,
)
from desktop.ui.assessment.score_chart import RadarWidget
from tests.ui.test_assessment_support import (
    create_assessment,
    fixture_library,
    make_panel,
    task_runner,
    wait_db,
)


def _answer(qtbot, panel, aid: str, answers: dict[str, str], notes: dict[str, str] | None = None):
    notes = notes or {}

    def job(store):
        for item_id, value in answers.items():
            store.save_answer(aid, item_id, value, notes.get(item_id))

    task = panel.service.call(job, "answer", write=True)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.state == "succeeded", task.error


def _show_results(qtbot, panel, aid: str):
    panel.show_results(aid)
    qtbot.waitUntil(
        lambda: panel.results.report is not None and panel.results.report.assessment.id == aid,
        timeout=10_000,
    )
    wait_db(qtbot, panel.service.runner)
    return panel.results


def _pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_results_show_no_number_below_the_minimum_coverage(
    qtbot, make_panel, fixture_library
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    _answer(qtbot, panel, aid, {"ETH-1": "yes", "ETH-2": "no", "ETH-3": "2", "GOV-1": "yes"})
    results = _show_results(qtbot, panel, aid)
    model = results.score_model
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    coverage = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert shown["Ethical AI practices"] == "63"  # (2 + 0 + ½) / 4
    assert coverage["Ethical AI practices"] == "100 % (3 of 3)"
    # Governance: 1 of 2 answered (50 %), below 80 %: no number, the coverage beside it.
    assert shown["Governance and regulatory compliance"] == "Insufficient coverage"
    assert coverage["Governance and regulatory compliance"] == "50 % (1 of 2)"
    for title in ("Robustness and security", "Human–AI collaboration"):
        assert shown[title] == "Not covered"
    assert shown["Overall index"] == "Not computed"
    assert results.big_score.text() == "—" and not results.big_unit.isVisible()
    assert "Governance and regulatory compliance (50 %)" in results.not_assessed.text()
    assert "Coverage: 80 %" in results.card.coverage.text()  # 4 of 5 applicable
    # The radar gets None (no point) for components without a score.
    series = results.radar.series()[0]
    assert series.values["governance"] is None and series.values["ethics"] == pytest.approx(62.5)
    # Gaps: weakest first, with the documents that help.
    assert results.gap_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 42) == "ETH-2"
    assert "Fixture standard" in results.gap_detail.toPlainText()


def test_results_by_framework_and_the_reasons_for_not_applicable(
    qtbot, make_panel, fixture_library
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    _answer(
        qtbot,
        panel,
        aid,
        {"ETH-1": "yes", "ETH-2": "partial", "ETH-3": "na", "GOV-1": "partial", "GOV-2": "no"},
        {"ETH-3": "No consultation body exists yet"},
    )
    results = _show_results(qtbot, panel, aid)
    view = results.frameworks
    assert [view.tabs.tabText(n) for n in range(view.tabs.count())] == [
        "NIST AI RMF (1)",
        "UNESCO RAM (3)",
    ]
    assert view.tabs.tabToolTip(1) == "UNESCO Readiness Assessment Methodology"
    unesco = view.tables[1].model()
    rows = [[unesco.index(r, c).data() for c in range(4)] for r in range(unesco.rowCount())]
    # legal: ETH-1 yes (weight 2) and GOV-1 partly: (2 + ½) / 3; social: ETH-3 is n/a.
    assert rows[0] == ["legal — Legal and regulatory", "2", "100 % (2 of 2)", "83"]
    assert rows[1] == ["social — Social and cultural", "1", "—", "Not applicable"]
    assert results.na_list.text().startswith("ETH-3 — How mature is the consultation")
    assert "No consultation body exists yet" in results.na_list.text()
    # Ethics (2 + ½) / 3 without ETH-3, governance ½ / 2: the index is their mean, 54.2.
    assert results.score_model.index(6, 1).data() == "54"


def test_results_with_no_answers_at_all(qtbot, make_panel, fixture_library) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    results = _show_results(qtbot, panel, aid)
    assert results.big_score.text() == "—"
    assert not results.big_unit.isVisible()
    shown = [results.score_model.index(r, 1).data() for r in range(results.score_model.rowCount())]
    assert set(shown) == {"Insufficient coverage", "Not covered", "Not computed"}
    assert results.radar.grab().isNull() is False


def test_the_radar_widget_paints_the_polygon(qtbot) -> None:
    widget = RadarWidget()
    qtbot.addWidget(widget)
    widget.resize(520, 420)
    values = dict.fromkeys(COMPONENTS, None) | {
        "ethics": 80.0,
        "governance": 40.0,
        "societal": 60.0,
    }
    widget.set_series([RadarSeries("Test", values)])
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() == 520
    centre, radius = radar_geometry(widget.chart_rect(), widget.font(), widget)
    index = list(COMPONENTS).index("ethics")
    vertex = point_for(centre, radius, index, len(COMPONENTS), 80.0)
    colour = QColor(image.pixel(round(vertex.x()), round(vertex.y())))
    accent = QColor(ACCENT)
    assert abs(colour.red() - accent.red()) < 40
    assert abs(colour.green() - accent.green()) < 40
    assert abs(colour.blue() - accent.blue()) < 40
    # Inside the polygon the fill is a tint of the accent: more blue than red.
    inside = point_for(centre, radius, index, len(COMPONENTS), 30.0)
    tint = QColor(image.pixel(round(inside.x()), round(inside.y())))
    assert tint.blue() > tint.red() + 15
    assert "no score" in widget.accessibleDescription()


def test_paint_radar_draws_on_an_image_like_the_pdf_does(qapp) -> None:
    image = QImage(600, 500, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    values = dict.fromkeys(COMPONENTS, 50.0)
    paint_radar(
        painter, QRectF(0, 0, 600, 500), [RadarSeries("x", values)], RadarStyle(font=QFont())
    )
    painter.end()
    centre = image.pixelColor(300, 250)
    assert centre != QColor("white")  # the filled polygon covers the centre


def test_export_pdf_from_the_results(qtbot, make_panel, fixture_library, tmp_path: Path) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel, institution="Ministry of ICT")
    _answer(
        qtbot,
        panel,
        aid,
        {"ETH-1": "partial", "ETH-2": "no", "ETH-3": "3", "GOV-1": "yes"},
        {"ETH-1": "Draft principles, cabinet paper 7/2025", "GOV-1": "AI Authority Act 2026, s. 4"},
    )
    results = _show_results(qtbot, panel, aid)
    target = tmp_path / "report.pdf"
    task = results.export("pdf", target)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert task.state == "succeeded", task.traceback
    assert target.read_bytes().startswith(b"%PDF")
    assert _pdf_pages(target) >= 5  # cover, scores, frameworks, gaps, answers
    assert results.last_export_seconds is not None and results.last_export_seconds < 3.0
    assert str(target) in results.notice.message.text()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Readiness self-assessment report",
        "Ministry of ICT",
        "Kenya (KE)",
        "OVERALL INDEX",
        "Gaps and what helps",
        "Help playbook",  # the gap's linked playbook, by title
        "Answers and evidence",
        "Draft principles, cabinet paper 7/2025",
        "AI Authority Act 2026, s. 4",
        # Governance has 1 of 2 answers: no number, its coverage beside, no overall index.
        "Insufficient coverage",
        "50 % (1 of 2)",
        "Not computed",
        "Governance and regulatory compliance (50 %)",
        "Results by framework",
        "UNESCO Readiness Assessment Methodology",
    ):
        assert expected in text, expected
    assert "Not assessed" not in text
    assert re.search(r"Not\s+answered", text)  # GOV-2 (the column may wrap it)
    assert re.search(r"Page 2 of \d", text)


def test_csv_and_json_exports(qtbot, make_panel, fixture_library, tmp_path: Path) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    _answer(qtbot, panel, aid, {"ETH-1": "yes"}, {"ETH-1": "=SUM(A1)"})
    results = _show_results(qtbot, panel, aid)
    for kind in ("csv", "json"):
        target = tmp_path / f"answers.{kind}"
        task = results.export(kind, target)
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
        assert task.state == "succeeded", task.traceback
        assert "ETH-1" in target.read_text(encoding="utf-8-sig")


def test_comparison_with_an_earlier_assessment(qtbot, make_panel, fixture_library) -> None:
    panel = make_panel(fixture_library)
    first = create_assessment(qtbot, panel)
    _answer(qtbot, panel, first, {"ETH-1": "no", "ETH-3": "0", "GOV-1": "no", "GOV-2": "no"})
    draft = create_assessment(qtbot, panel)  # an earlier draft: never the default
    _answer(qtbot, panel, draft, {"ETH-1": "yes"})
    task = panel.service.call(lambda s: s.complete(first, backup=False), "complete", write=True)
    with qtbot.waitSignal(task.finished):
        pass
    assert task.state == "succeeded", task.error
    second = create_assessment(qtbot, panel)
    _answer(
        qtbot,
        panel,
        second,
        {"ETH-1": "yes", "ETH-2": "yes", "ETH-3": "4", "GOV-1": "partial", "GOV-2": "partial"},
    )
    results = _show_results(qtbot, panel, second)
    compare = results.compare
    qtbot.waitUntil(lambda: compare.model.rowCount() > 0, timeout=5_000)
    assert compare.selected_earlier() == first
    assert compare.model.index(0, 3).data() == "+100"  # ethics 0 → 100
    assert compare.model.index(0, 1).data() == "0 · 100 %"  # the coverage beside
    assert compare.model.index(2, 3).data() == "+50"  # governance 0 → 50
    assert len(compare.radar.series()) == 2
    # The chosen entry is shown whole, status included (it was cut after the date).
    chosen = compare.choice.currentText()
    assert chosen.endswith("Complete") and compare.choice.toolTip() == chosen
    metrics = compare.choice.fontMetrics()
    assert compare.choice.width() > metrics.horizontalAdvance(chosen)
    compare.choice.setCurrentIndex(0)  # "No comparison"
    assert compare.model.rowCount() == 0


def test_workshop_view_mean_and_spread(qtbot, make_panel, fixture_library) -> None:
    panel = make_panel(fixture_library)
    groups = []
    for name, answers in (
        ("Group A", {"ETH-1": "yes", "ETH-2": "yes", "ETH-3": "4", "GOV-1": "yes", "GOV-2": "yes"}),
        ("Group B", {"ETH-1": "no", "ETH-3": "0", "GOV-1": "partial", "GOV-2": "partial"}),
        ("Group C", {"ETH-1": "partial", "ETH-2": "partial", "ETH-3": "2"}),
    ):
        aid = create_assessment(qtbot, panel, institution="Workshop")
        task = panel.service.call(
            lambda s, a=aid, n=name: s.update_details(a, assessors=[n]), "name", write=True
        )
        with qtbot.waitSignal(task.finished):
            pass
        _answer(qtbot, panel, aid, answers)
        groups.append(aid)
    panel.show_workshop("checklists/fixture")
    workshop = panel.workshop
    # Drafts stay out of the comparison until the trainer ticks them.
    qtbot.waitUntil(lambda: workshop.group_model.rowCount() == 3, timeout=10_000)
    wait_db(qtbot, panel.service.runner)
    assert workshop.current_ids() == [] and workshop.summary is None
    assert "No group has completed" in workshop.caption.text()
    workshop.select_only(groups)
    qtbot.waitUntil(lambda: workshop.summary is not None, timeout=10_000)
    model = workshop.model
    assert model.groups() == ["Group A (draft)", "Group B (draft)", "Group C (draft)"]
    ethics = [model.index(0, c).data() for c in range(model.columnCount())]
    assert ethics[:4] == ["Ethical AI practices", "100", "0", "50"]
    assert ethics[4:] == ["50", "0–100", "40.8"]
    governance = [model.index(2, c).data() for c in range(model.columnCount())]
    assert governance[3] == "No score" and governance[4] == "75"  # C left out, not 0
    assert model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole) == "Coverage 0 %"
    assert len(workshop.radar.series()) == 4  # the mean and three groups
    workshop.select_only(groups[:2])
    qtbot.waitUntil(lambda: workshop.model.columnCount() == 1 + 2 + 3, timeout=5_000)
    workshop.set_presenting(True)
    big, normal = QFontInfo(workshop.table.font()), QFontInfo(panel.font())
    assert big.pixelSize() > normal.pixelSize() * 1.5
    assert not workshop.chooser.isVisible()
    assert workshop.table.isVisibleTo(workshop) and not workshop.radar.isVisibleTo(workshop)
    workshop.swap_view()  # presenting shows one view at a time: now the chart
    assert workshop.radar.isVisibleTo(workshop) and not workshop.table.isVisibleTo(workshop)
    workshop.resize(1024, 768)
    assert not workshop.radar.grab().isNull()


def test_print_report_paints_on_a_printer(qtbot, make_panel, fixture_library, tmp_path: Path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.report.pdf import print_report

    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    _answer(qtbot, panel, aid, {"ETH-1": "yes", "GOV-1": "no"})
    results = _show_results(qtbot, panel, aid)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    pages = print_report(results.report, printer, results.titles())
    del printer
    assert pages >= 4
    assert _pdf_pages(target) == pages


def test_a_partial_assessment_says_so_in_its_report(
    qtbot, make_panel, fixture_library, tmp_path: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    _answer(qtbot, panel, aid, {"ETH-1": "yes", "ETH-3": "na"}, {"ETH-3": "No consultation yet"})
    task = panel.service.call(
        lambda s: s.complete(aid, backup=False, partial_reason="Governance did not take part."),
        "complete",
        write=True,
    )
    with qtbot.waitSignal(task.finished):
        pass
    results = _show_results(qtbot, panel, aid)
    assert "Partial" in results.subtitle.text()
    assert "Submitted as partial: Governance did not take part." in results.card.facts.text()
    target = tmp_path / "partial.pdf"
    task = results.export("pdf", target)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert task.state == "succeeded", task.traceback
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Submitted as partial, revision 1" in flat
    assert "Submitted as partial: Governance did not take part. A partial assessment" in flat
    assert "Why it does not apply: No consultation yet" in flat
    assert "did not take part.." not in flat
