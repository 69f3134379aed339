"""Small pieces of the index, tested without building one."""

from __future__ import annotations

import subprocess
import sys

from index.analysis import analyse, analysis_key, analyze_word, term_spans
from index.query import parse
from index.snippets import lead_snippet, make_snippet
from index.storage import ENGINE, ManifestError, read_manifest, write_manifest
from index.text import expand_tags, markdown_to_text


def test_markdown_to_text_keeps_words_and_drops_syntax():
    text = markdown_to_text(
        "# Title\n\nSome **bold**, _em_ and snake_case and `code`.\n"
        "See [[glossary#Model card|model cards]], [[guides/foundation-models]] and "
        "[the law](https://example.org). ![logo](logo.png)\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n[^1]: A footnote.\n"
    )
    assert "Title" in text and "#" not in text
    assert "bold" in text and "*" not in text
    assert "snake_case" in text and " em " in text
    assert "model cards" in text and "[[" not in text
    assert "foundation models" in text
    assert "the law" in text and "https" not in text
    assert "|" not in text and "---" not in text
    assert "quoted" in text and ">" not in text
    assert "A footnote." in text


def test_markdown_to_text_keeps_html_as_text():
    # Escaping happens in snippets; stripping here would hide what a document says.
    assert "<script>" in markdown_to_text("Do not use <script> tags.")


def test_expand_tags_adds_ancestors_once():
    assert expand_tags(["Governance/Enforcement", "#governance/inspections", "ethics"]) == [
        "governance",
        "governance/enforcement",
        "governance/inspections",
        "ethics",
    ]


def test_analysis_key():
    assert analysis_key("pt-BR") == "pt"
    assert analysis_key("EN") == "en"
    assert analysis_key("nb") == "no"
    assert analysis_key("sw") == "xx"
    assert analysis_key("") == "en"


def test_analyze_word_stems_and_drops_stop_words():
    assert analyze_word("en", "Regulators") == ["regul"]
    assert analyze_word("en", "the") == []
    assert analyze_word("fr", "régulateurs") == analyze_word("fr", "regulateur")
    assert analyze_word("xx", "Habari") == ["habari"]


def test_analysis_terms_words_and_spans():
    text = "Foundation models, and foundation work."
    analysed = analyse("en", text)
    assert analysed.terms == "en_foundat en_model en_foundat en_work"  # "and" is dropped
    # Spelling words are unstemmed, lower-cased, distinct, stop words kept.
    assert analysed.words == {"foundation", "models", "and", "work"}
    found = term_spans("en", text, {"foundat"}, limit=10)
    assert [text[s:e] for s, e in found] == ["Foundation", "foundation"]
    assert term_spans("en", text, {"and"}, limit=10) == []
    assert term_spans("en", text, set(), limit=10) == []
    assert len(term_spans("en", text, {"foundat"}, limit=1)) == 1


def test_make_snippet_marks_and_escapes():
    text = "Intro <b>bold</b> & then the word sandbox appears here."
    start = text.index("sandbox")
    snippet = make_snippet(text, [(start, start + 7)])
    assert "<mark>sandbox</mark>" in snippet
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in snippet


def test_make_snippet_picks_the_densest_window():
    filler = "word " * 100
    text = f"alpha {filler} alpha beta gamma {filler}"
    spans = []
    for w in ("alpha", "beta", "gamma"):
        i = text.find(w)
        while i >= 0:
            spans.append((i, i + len(w)))
            i = text.find(w, i + 1)
    snippet = make_snippet(text, spans, width=120)
    assert "<mark>beta</mark>" in snippet and "<mark>gamma</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet.replace("<mark>", "").replace("</mark>", "")) <= 130


def test_make_snippet_collapses_whitespace_and_ignores_bad_spans():
    text = "line one\n\n   line two target"
    i = text.index("target")
    snippet = make_snippet(text, [(i, i + 6), (500, 600), (5, 2)])
    assert snippet == "line one line two <mark>target</mark>"


def test_lead_snippet_without_matches():
    assert lead_snippet("short text") == "short text"
    long = "word " * 100
    snippet = lead_snippet(long, width=50)
    assert snippet.endswith("…") and len(snippet) <= 51


def test_parse_notices_and_fallbacks():
    assert parse('"open quote').notice
    assert parse("(open bracket").notice
    assert parse("colour:red").notice and "colour" in parse("colour:red").notice
    assert parse("governance").notice is None
    assert parse("").query is not None


def test_parse_collects_positive_words_for_suggestions():
    parsed = parse('goverance "risk asessment" -ethics type:checklist')
    assert parsed.words == ["goverance", "risk", "asessment"]


def test_manifest_round_trip_and_rejection(tmp_path):
    write_manifest(tmp_path, {"engine": ENGINE, "schema_version": 3, "generation": "g-abc"})
    assert read_manifest(tmp_path, 3)["generation"] == "g-abc"
    for version, data in (
        (4, None),
        (3, {"engine": "other", "schema_version": 3, "generation": "g-abc"}),
        (3, {"engine": ENGINE, "schema_version": 3, "generation": "../etc"}),
    ):
        if data is not None:
            write_manifest(tmp_path, data)
        try:
            read_manifest(tmp_path, version)
        except ManifestError:
            pass
        else:  # pragma: no cover - the assertion message is the point
            raise AssertionError(f"accepted {data!r} for version {version}")
    assert not list(tmp_path.glob(".index-*"))  # no temp files left behind


def test_index_package_never_loads_qt_or_desktop():
    code = (
        "import sys, index, index.engine, index.semantic;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'desktop'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_markdown_to_text_drops_bullets_and_reference_links():
    text = markdown_to_text(
        "- first [item][1]\n* second [[standards/human-oversight|oversight]]\n"
        "  + nested **bold**\n1. numbered\n\n[1]: https://example.org\n"
    )
    assert "- " not in text and "* " not in text and "+ " not in text
    assert "first item" in text and "[1]" not in text and "https" not in text
    assert "second oversight" in text and "nested bold" in text
    assert "1. numbered" in text


def test_markdown_to_text_keeps_escaped_characters_as_text():
    text = markdown_to_text("Fields marked \\* are required; a \\| pipe, **bold**, a\\_b.")
    assert text == "Fields marked * are required; a | pipe, bold, a_b."
