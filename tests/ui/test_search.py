"""Search-as-you-type: debounce, prefix, query ids and stale answers dropped."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.common.tasks import TaskRunner
from desktop.ui.search.controller import SearchController
from index.api import SearchResults


class GatedIndex:
    """A stand-in index: each query waits for its gate, then answers with its own text."""

    def __init__(self) -> None:
        self.gates: dict[str, threading.Event] = {}
        self.started: list[str] = []
        self.queries: list[object] = []

    def gate(self, text: str) -> threading.Event:
        return self.gates.setdefault(text, threading.Event())

    def search(self, query):
        self.started.append(query.text)
        self.queries.append(query)
        self.gate(query.text).wait(10)
        return SearchResults(query.text, 1, [], {}, query_id=query.query_id)


def test_stale_results_are_dropped_and_stale_queries_skipped(qtbot, qapp) -> None:
    runner = TaskRunner()
    controller = SearchController(runner)
    index = GatedIndex()
    controller.set_index(index)
    delivered: list[str] = []
    dropped: list[int] = []
    controller.resultsReady.connect(lambda r: delivered.append(r.query))
    controller.staleDropped.connect(dropped.append)

    first = controller.search("gov")  # starts, then blocks in the index
    qtbot.waitUntil(lambda: index.started == ["gov"])
    second = controller.search("gove")  # queued behind it; stale before it starts
    third = controller.search("governance")
    assert first < second < third
    index.gate("governance").set()
    index.gate("gov").set()  # the first answer now arrives after the last query was asked
    qtbot.waitUntil(lambda: delivered == ["governance"], timeout=5000)
    assert dropped == [first]
    assert index.started == ["gov", "governance"]  # "gove" was never run
    assert controller.dropped == 1
    # The query carried its id and prefix flag to the index.
    assert [q.query_id for q in index.queries] == [first, third]
    assert all(q.prefix for q in index.queries)
    runner.shutdown()


def test_out_of_order_completion_never_overwrites_newer_results(qtbot, make_window) -> None:
    window = make_window()
    page = window.search_page
    window.search_box.setText("governance")
    window.live.run_now()
    qtbot.waitUntil(lambda: page.results_model.query == "governance")
    newest = page.results_model.query_id
    shown = page.results_model.doc_ids()
    # An answer for an older query arrives late (e.g. from a slow search): it is dropped.
    late = SearchResults("gov", 1, [], {}, query_id=newest - 1)
    with qtbot.waitSignal(window.controller.staleDropped, timeout=1000):
        window.controller.deliver(late)
    assert page.results_model.query == "governance"
    assert page.results_model.doc_ids() == shown


def test_typing_is_debounced_and_searches_with_a_prefix(qtbot, make_window) -> None:
    window = make_window()
    asked: list[tuple[str, bool]] = []
    real_search = window.controller.search

    def spy(text, filters=None, *, prefix=True, limit=50):
        asked.append((text, prefix))
        return real_search(text, filters, prefix=prefix, limit=limit)

    window.controller.search = spy
    window.live.controller = window.controller
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "oversi")  # six quick keys, one search
    assert asked == []
    qtbot.waitUntil(lambda: window.search_page.results_model.query == "oversi", timeout=5000)
    assert asked == [("oversi", True)]
    # The prefix matched the whole word.
    assert "playbooks/beta" in window.search_page.results_model.doc_ids()
    # Enter runs at once and moves to the results.
    qtbot.keyClicks(window.search_box, "ght")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert asked[-1] == ("oversight", True)


def test_escape_clears_the_search_and_returns_to_the_previous_page(qtbot, make_window) -> None:
    window = make_window()
    window.open_document("playbooks/beta")
    qtbot.waitUntil(lambda: window.reader.current_id == "playbooks/beta")
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "alpha")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.search_page)
    assert window.windowTitle() == "Search: alpha — Accord"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.stack.currentWidget() is window.reader


def test_no_results_says_so(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.search_box.setText("zzzqqq")
    window.live.run_now()
    page = window.search_page
    qtbot.waitUntil(lambda: page.results_model.query == "zzzqqq", timeout=5000)
    assert page.results_stack.currentWidget() is page.empty_label
    assert "No results" in page.count_label.text()


def test_partial_matches_say_how_many_are_shown_before_the_list(qtbot, make_window) -> None:
    from index.api import Hit

    window = make_window()
    page = window.search_page
    hits = [Hit(id=f"d{i}", title=f"Document {i}", type="guide", score=1.0) for i in range(2)]
    page.show_results(SearchResults("stop a system?", 85, hits, {}, match="some"))
    assert page.count_label.text() == (
        "No document has all the words of “\u2068stop a system?\u2069”. 85 documents have some"
        " of them or a related meaning (showing the first 2):"
    )
    page.show_results(SearchResults("alpha", 85, hits, {}))
    assert page.count_label.text().endswith(": 85 (showing the first 2)")


def test_the_shown_count_goes_before_a_closing_colon_in_every_language() -> None:
    from desktop.ui.search.panel import with_count_shown

    assert with_count_shown("… un sens proche :", "(les %1 premiers)", 50) == (
        "… un sens proche (les 50 premiers) :"
    )
    assert with_count_shown("معنى ذا صلة:", "(أول %1)", 50) == "معنى ذا صلة (أول 50):"
    assert with_count_shown("Results: 85", "(first %1)", 50) == "Results: 85 (first 50)"
