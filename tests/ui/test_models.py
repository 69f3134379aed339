"""The Qt models: structure (qtmodeltester), counts, facets, snippets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.library.documents import Problem, load_library
from desktop.core.library.render import render_document
from desktop.ui.library.models import (
    COUNT_ROLE,
    DOC_ID_ROLE,
    DOC_TYPE_ROLE,
    DocEntry,
    DocListModel,
    LibraryModel,
    ProblemsModel,
    TocModel,
)
from desktop.ui.search.models import (
    FacetsModel,
    SearchResultsModel,
    safe_snippet_html,
)
from index.api import Hit, SearchResults


def _results(query_id: int = 1) -> SearchResults:
    return SearchResults(
        query="governance",
        total=3,
        hits=[
            Hit(
                "standards/alpha",
                "Alpha",
                "standard",
                3.0,
                snippet="the <mark>governance</mark> body",
            ),
            Hit("playbooks/beta", "Beta", "playbook", 2.0, summary="Steps & more"),
            Hit("guides/gamma", "Gamma", "guide", 1.0, snippet="<img src=x>&lt;b&gt; <mark>gov"),
        ],
        facets={
            "type": {"standard": 1, "playbook": 1, "guide": 1},
            "component": {"governance": 2, "ethics": 1},
            "language": {"en": 2, "fr": 1},
            "pack": {"core": 3},
        },
        query_id=query_id,
    )


def test_library_model_groups_by_type_and_component_with_counts(
    qtmodeltester, library_dir: Path
) -> None:
    library = load_library(library_dir)
    model = LibraryModel()
    model.set_documents(library.documents.values())
    qtmodeltester.check(model)
    by_type = model.index(0, 0)
    assert by_type.data(COUNT_ROLE) == 3
    standards = model.find_group("type", "standard")
    assert standards.data() == "Standards"
    assert standards.data(COUNT_ROLE) == 1  # the broken standard is not counted
    assert model.index(0, 0, standards).data(DOC_ID_ROLE) == "standards/alpha"
    transparency = model.find_group("component", "transparency")
    assert transparency.data(COUNT_ROLE) == 2
    ids = {model.index(r, 0, transparency).data(DOC_ID_ROLE) for r in range(2)}
    assert ids == {"standards/alpha", "guides/gamma"}
    assert "documents: 2" in transparency.data(Qt.ItemDataRole.AccessibleTextRole)


def test_library_model_rows_answer_from_their_documents(qtmodeltester, library_dir: Path) -> None:
    library = load_library(library_dir)
    model = LibraryModel()
    model.set_documents(library.documents.values())
    alpha = library.documents["standards/alpha"]
    row = model.index(0, 0, model.find_group("type", "standard"))
    assert row.data() == alpha.title
    assert row.data(DOC_TYPE_ROLE) == "standard"
    assert row.data(Qt.ItemDataRole.ToolTipRole) == (alpha.summary or alpha.path)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == f"{alpha.title}, Standard"
    assert model.rowCount(row) == 0 and row.data(COUNT_ROLE) is None
    assert not model.flags(row) & Qt.ItemFlag.ItemIsEditable
    # The same document under its component is the same row with the same answers.
    under = model.find_group("component", "transparency")
    ids = [model.index(r, 0, under).data(DOC_ID_ROLE) for r in range(model.rowCount(under))]
    again = model.index(ids.index("standards/alpha"), 0, under)
    assert again.data(Qt.ItemDataRole.ToolTipRole) == row.data(Qt.ItemDataRole.ToolTipRole)
    assert again.parent() == under and under.parent() == model.index(1, 0)
    section = model.index(0, 0)
    assert section.data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Library"
    # Loading again (a library reload) replaces the tree instead of adding to it.
    model.set_documents(list(library.documents.values())[:1])
    qtmodeltester.check(model)
    assert model.document_count == 1
    assert model.index(0, 0).data(COUNT_ROLE) == 1


def test_search_results_model_roles_and_structure(qtmodeltester) -> None:
    model = SearchResultsModel()
    model.set_results(_results())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.doc_ids() == ["standards/alpha", "playbooks/beta", "guides/gamma"]
    from desktop.ui.search.models import SNIPPET_ROLE

    assert model.index(0, 0).data(SNIPPET_ROLE) == "the <mark>governance</mark> body"
    # No snippet: the summary stands in, escaped.
    assert model.index(1, 0).data(SNIPPET_ROLE) == "Steps &amp; more"
    model.set_results(None)
    assert model.rowCount() == 0


def test_snippets_keep_only_marks() -> None:
    assert safe_snippet_html("<img src=x>&lt;b&gt; <mark>gov") == "&lt;b&gt; <mark>gov</mark>"
    assert safe_snippet_html("</mark>a<script>x</script>") == "ax"
    assert safe_snippet_html("<MARK>A</MARK>") == "<mark>A</mark>"


def test_facets_model_checks_values_and_keeps_selected_ones(qtmodeltester, qtbot) -> None:
    model = FacetsModel()
    model.set_facets(_results().facets)
    qtmodeltester.check(model)
    # One pack says nothing, so it is hidden; two languages are shown.
    assert model.fields() == ["type", "component", "language"]
    index = model.value_index("type", "playbook")
    assert index.data(COUNT_ROLE) == 1
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(model.filtersChanged):
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.filters() == {"type": ["playbook"]}
    # New counts without that value: it stays listed (count 0) so it can be unchecked.
    model.set_facets({"type": {"standard": 4}})
    assert model.values("type") == {"standard": 4, "playbook": 0}
    assert model.value_index("type", "playbook").data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.filtersChanged):
        model.clear_selection()
    assert model.filters() == {}


def test_reading_list_and_problems_models(qtmodeltester) -> None:
    docs = DocListModel()
    docs.set_entries([DocEntry("a", "Alpha"), DocEntry("b", "Beta")])
    qtmodeltester.check(docs)
    assert docs.index(1, 0).data() == "Beta"
    assert docs.index(1, 0).data(DOC_ID_ROLE) == "b"

    problems = ProblemsModel()
    problems.set_problems(
        [
            Problem("b.md", 3, "a warning", "warning"),
            Problem("a.md", 7, "an error", "error"),
        ]
    )
    qtmodeltester.check(problems)
    assert problems.index(0, 1).data() == "a.md"  # errors first
    assert problems.index(0, 2).data() == "7"
    assert problems.error_count() == 1


def test_toc_model_nests_headings(qtmodeltester, library_dir: Path) -> None:
    library = load_library(library_dir)
    rendered = render_document(library.documents["standards/alpha"], library)
    model = TocModel()
    model.set_entries(rendered.toc)
    qtmodeltester.check(model)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["Purpose", "Details"]
