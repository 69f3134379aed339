"""The runner, the results and the workshop at the sizes officials and trainers have: a
1024×600 netbook, a 1366×768 laptop, a 1920×1080 screen. At each size no visible widget
gets less than its minimum size, every answer button shows its whole label and the
question's words are never split (checked with the font's metrics)."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollBar,
    QSizePolicy,
    QStyle,
    QWidget,
)

from desktop.core.library.checklists import NOT_APPLICABLE, SCALES
from desktop.core.library.documents import load_library
from desktop.core.storage import paths
from desktop.ui.common.flow_layout import FlowLayout
from tests.ui.test_assessment_support import (
    create_assessment,
    make_panel,
    open_in_runner,
    task_runner,
    wait_db,
)

NATIONAL = "checklists/national-ai-readiness"
SIZES = [(1024, 600), (1366, 768), (1920, 1080)]
CHROME = 110  # px the window's menu bar, toolbar and status bar take around the page


@pytest.fixture(scope="module")
def bundled():
    """The bundled library: the real checklist, with its long questions and labels."""
    return load_library(paths.bundled_library())


def _effective_minimum(w: QWidget) -> QSize:
    """The least size a layout gives ``w`` (Qt's qSmartMinSize, in short)."""
    hint, policy = w.minimumSizeHint(), w.sizePolicy()
    size_hint = w.sizeHint()
    shrink = QSizePolicy.PolicyFlag.ShrinkFlag.value

    def one(explicit: int, h: int, s: int, p: QSizePolicy.Policy) -> int:
        if explicit > 0:
            return explicit
        if p == QSizePolicy.Policy.Ignored:
            return 0
        return max(0, h if p.value & shrink else s)

    width = one(w.minimumWidth(), hint.width(), size_hint.width(), policy.horizontalPolicy())
    height = one(w.minimumHeight(), hint.height(), size_hint.height(), policy.verticalPolicy())
    return QSize(width, height)


def squeezed(root: QWidget) -> list[str]:
    """The visible widgets under ``root`` given less than their minimum size (a wrapped
    text is measured at its width: its height must hold every line)."""
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.isWindow() or isinstance(w, QScrollBar):
            continue
        if w.objectName().startswith("qt_") or isinstance(w.parentWidget(), QScrollBar):
            continue
        name = f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')()!r})"
        least = _effective_minimum(w)
        if isinstance(w, QHeaderView):
            continue  # placed by its table, not by a layout
        # A wrapped text (a label, a row of buttons that wraps) needs its height for its
        # width; a box with wrapped text in it gets the height it needs at its width.
        if w.hasHeightForWidth():
            needed = w.heightForWidth(w.width())
            wraps = isinstance(w, QLabel) or isinstance(w.layout(), FlowLayout)
            if wraps and w.height() < needed - 1:
                bad.append(f"{name}: {w.height()} px high, its text needs {needed}")
            least.setHeight(min(least.height(), needed))
        if w.width() < least.width() or w.height() < least.height():
            bad.append(f"{name}: {w.width()}×{w.height()} < {least.width()}×{least.height()}")
    return bad


def _visible_width(w: QWidget) -> int:
    """How much of ``w``'s width shows inside the scroll area it lies in (or its parent)."""
    parent = w.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return w.width()
    left = w.mapTo(parent.viewport(), w.rect().topLeft()).x()
    return min(w.width(), parent.viewport().width() - left)


def text_does_not_fit(runner: QWidget) -> list[str]:
    """Answer buttons whose label is cut, and question words split or hidden."""
    bad = []
    for button in runner.card.findChildren(QRadioButton):
        if not button.isVisible():
            continue
        style = button.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
        need = QFontMetrics(button.font()).horizontalAdvance(button.text()) + indicator + spacing
        if min(button.width(), _visible_width(button)) < need:
            bad.append(f"answer {button.text()!r}: {button.width()} px shown, needs {need}")
    question: QLabel = runner.card.question
    metrics = QFontMetrics(question.font())
    room = question.contentsRect().width()
    for word in question.text().split():
        if metrics.horizontalAdvance(word) > room:
            bad.append(f"question word {word!r} is wider than the question ({room} px)")
    if question.height() < question.heightForWidth(question.width()):
        bad.append(f"question {question.text()!r} is cut: {question.height()} px high")
    if _visible_width(question) < question.width():
        bad.append(f"question {question.text()!r} runs off the screen")
    return bad


def _answers(checklist) -> dict[str, str]:
    """An answer to every question that takes a button (numbers left open)."""
    answers = {}
    for n, item in enumerate(checklist.items):
        if item.indicator is not None:
            continue
        values = list(SCALES[item.scale])
        answers[item.id] = values[n % len(values)] if n % 7 else NOT_APPLICABLE
    return answers


def _fill(qtbot, panel, aid: str, answers: dict[str, str]) -> None:
    def job(store):
        for item_id, value in answers.items():
            store.save_answer(aid, item_id, value, "See the ministry's annual report.")

    task = panel.service.call(job, "answer", write=True)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert task.state == "succeeded", task.error


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_runner_results_and_workshop_fit_the_screen(qtbot, make_panel, bundled, size) -> None:
    width, height = size
    panel = make_panel(bundled)
    panel.resize(width, height - CHROME)
    checklist = bundled.get(NATIONAL).checklist
    aid = create_assessment(qtbot, panel, NATIONAL)
    runner = open_in_runner(qtbot, panel, aid)
    qtbot.wait(50)
    body = runner.body
    assert body.narrow == (width < 1200)
    if body.narrow:  # the guidance under the question, the list a drawer (Ctrl+L)
        assert body.pane.column.isAncestorOf(body.guidance_pane)
        assert not body.navigator.isVisible() and body.pane.nav.questions.isVisible()
        body.show_list()
        assert body.drawer_open() and body.navigator.width() <= body.width() * 0.8
        body.close_drawer()
        assert not body.drawer_open()
    else:  # the list, the question and its guidance side by side
        assert body.splitter.indexOf(body.guidance_pane) == 2 and body.navigator.isVisible()
        assert not body.pane.nav.questions.isVisible()
    # Every kind of question: yes/partly/no, the maturity levels, a long question.
    shown = [i for i in checklist.items if i.id in set(runner.visible_ids())]
    kinds: dict[str, str] = {}
    for item in shown:
        kinds.setdefault(item.scale, item.id)
    longest = max(shown, key=lambda i: len(i.ask)).id
    for item_id in [*kinds.values(), longest]:
        runner.go_to(item_id)
        qtbot.wait(20)
        assert runner.current_id == item_id
        problems = squeezed(runner) + text_does_not_fit(runner)
        assert not problems, f"{item_id} at {width}×{height}: {problems}"

    answers = _answers(checklist)
    _fill(qtbot, panel, aid, answers)
    panel.show_results(aid)
    qtbot.waitUntil(lambda: panel.results.report is not None, timeout=15_000)
    wait_db(qtbot, panel.service.runner)
    qtbot.wait(50)
    assert not squeezed(panel.results), squeezed(panel.results)

    other = create_assessment(qtbot, panel, NATIONAL, institution="Data Protection Office")
    _fill(qtbot, panel, other, {k: v for k, v in list(answers.items())[::2]})
    panel.show_workshop(NATIONAL)
    workshop = panel.workshop
    qtbot.waitUntil(lambda: workshop.group_model.rowCount() == 2, timeout=10_000)
    workshop.select_only([aid, other])
    qtbot.waitUntil(lambda: workshop.summary is not None, timeout=10_000)
    qtbot.wait(50)
    assert not squeezed(workshop), squeezed(workshop)
    chart = workshop.radar
    if chart.isVisible():
        assert chart.width() >= chart.minimumSizeHint().width()
        assert chart.height() >= chart.minimumSizeHint().height()


def _workshop_of(qtbot, panel, bundled, groups: int, unit: str) -> object:
    """The workshop view comparing ``groups`` answered assessments named "Table n — unit"."""
    answers = _answers(bundled.get(NATIONAL).checklist)
    ids = []
    for n in range(groups):
        aid = create_assessment(qtbot, panel, NATIONAL, institution=f"Ministry number {n + 1}")
        _fill(qtbot, panel, aid, dict(list(answers.items())[n::2]))
        ids.append(aid)
    panel.show_workshop(NATIONAL)
    workshop = panel.workshop
    qtbot.waitUntil(lambda: workshop.group_model.rowCount() == groups, timeout=10_000)
    workshop.names.rename({aid: f"Table {n + 1} — {unit}" for n, aid in enumerate(ids)})
    workshop.select_only(ids)
    qtbot.waitUntil(lambda: workshop.summary is not None, timeout=10_000)
    return workshop


def test_presenting_pages_the_groups_and_keeps_component_names_whole(
    qtbot, make_panel, bundled
) -> None:
    panel = make_panel(bundled)
    workshop = _workshop_of(qtbot, panel, bundled, 5, "Planning unit")
    panel.resize(1024, 768)
    workshop.set_presenting(True)
    # Going full screen re-lays the table out over a few event-loop turns (more under
    # load): retry the checks until they hold or the wait times out with the failure.
    table, model = workshop.table, workshop.model

    def laid_out() -> None:
        shown = model.columnCount() - 1 - 3
        assert 2 <= shown < 5  # a page of groups, not one column, not squeezed
        first, count, total = model.page()
        assert (first, count, total) == (0, shown, 5)
        metrics = QFontMetrics(table.font())
        wrap = int(Qt.TextFlag.TextWordWrap)
        for row in range(model.rowCount()):
            text = str(model.index(row, 0).data())
            room = table.columnWidth(0) - 16
            ink = metrics.boundingRect(0, 0, room, 10_000, wrap, text)
            assert ink.width() <= room and ink.height() <= table.rowHeight(row), text
        for column in range(1, shown + 1):  # the group names wrap, whole, in the header
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(w) for w in name.split())
            assert widest <= table.columnWidth(column), name

    qtbot.waitUntil(laid_out, timeout=5_000)
    shown = model.columnCount() - 1 - 3
    workshop.turn_page(1)
    assert model.page()[0] == shown
    workshop.set_presenting(False)
    qtbot.waitUntil(lambda: model.columnCount() == 1 + 5 + 3)  # every group at the desk


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_presented_chart_fills_the_view_without_scrolling(
    qtbot, make_panel, bundled, size: tuple[int, int]
) -> None:
    """On a projector the radar and its legend fill the view: nothing scrolls, the values
    grow with the type, and on a large screen the group names are whole."""
    from desktop.ui.assessment.radar import legend_width, smaller

    panel = make_panel(bundled)
    workshop = _workshop_of(qtbot, panel, bundled, 3, "Data Protection")
    panel.resize(*size)
    workshop.set_presenting(True)
    workshop.swap_view()
    chart, scroll = workshop.radar, workshop.chart_scroll

    def fills_the_view() -> None:
        assert chart.isVisible() and chart.mode() == "radar"
        assert not scroll.verticalScrollBar().isVisible()
        assert chart.height() <= scroll.viewport().height()

    qtbot.waitUntil(fills_the_view, timeout=5_000)
    # The values grow with the presented type (a pixel-sized font once made them dots).
    values = QFontMetrics(smaller(chart.font(), 0.78)).height()
    assert values >= QFontMetrics(panel.font()).height()
    if size[0] >= 1920:
        metrics = QFontMetrics(chart.font())
        widest = max(metrics.horizontalAdvance(s.name) for s in chart.series())
        assert legend_width(chart.series(), chart.font()) >= widest
    workshop.set_presenting(False)
