"""Rendering: Markdown features, wikilinks, and sanitising untrusted content."""

from __future__ import annotations

from pathlib import Path

from desktop.core.library.documents import load_library
from desktop.core.library.render import parse_doc_url, render_document, render_markdown
from tests.conftest import write_doc


def test_tables_footnotes_heading_ids_and_toc() -> None:
    out = render_markdown(
        "# Top\n\n## Part two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nx[^n]\n\n[^n]: note\n"
    )
    assert "<table>" in out.html and "<td>1</td>" in out.html
    assert 'id="part-two"' in out.html
    assert 'class="footnote"' in out.html
    assert [(t.level, t.title, t.anchor) for t in out.toc] == [
        (1, "Top", "top"),
        (2, "Part two", "part-two"),
    ]


def test_wikilinks_resolve_or_are_marked(small_library: Path) -> None:
    library = load_library(small_library)
    doc = library.get("standards/foundation-models")
    out = render_document(doc, library)
    assert 'href="accord://doc/playbooks/inspection"' in out.html
    assert ">the inspection playbook<" in out.html
    assert 'href="accord://doc/glossary#model-card"' in out.html
    broken = render_document(library.get("playbooks/inspection"), library)
    assert '<span class="broken-link"' in broken.html
    assert broken.broken_links == ["nowhere/missing-page"]


def test_hostile_html_is_neutralised() -> None:
    text = (
        "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
        "[js](javascript:alert(1)) [f](file:///etc/passwd) <a href='data:text/html,x'>d</a>\n\n"
        "<iframe src='https://evil'></iframe><style>body{}</style><b onclick='x()'>bold</b>"
    )
    out = render_markdown(text).html
    for bad in (
        "<script",
        "onerror",
        "javascript:",
        "file:",
        "data:",
        "<iframe",
        "<style",
        "onclick",
    ):
        assert bad not in out
    assert "<b>bold</b>" in out


def test_external_links_survive_for_confirmation() -> None:
    out = render_markdown("[site](https://example.org/x)").html
    assert 'href="https://example.org/x"' in out


def test_metadata_footer_lists_sources(tmp_path: Path) -> None:
    write_doc(
        tmp_path,
        "a.md",
        """
        ---
        title: A
        type: standard
        version: 1.2.0
        license: CC-BY-4.0
        sources:
          - title: Guidelines <b>x</b>
            publisher: NCSC
            year: 2023
            url: https://example.org/g
        ---
        Text without a heading.
        """,
    )
    library = load_library(tmp_path)
    out = render_document(library.get("a"), library).html
    assert out.startswith("<h1>A</h1>")
    assert "Version 1.2.0" in out and "CC-BY-4.0" in out
    assert "Guidelines &lt;b&gt;x&lt;/b&gt;" in out and "NCSC" in out


def test_parse_doc_url() -> None:
    assert parse_doc_url("accord://doc/standards/x#req") == ("standards/x", "req")
    assert parse_doc_url("https://example.org") is None
