"""Search behaviour: ranking, syntax, languages, facets, snippets, suggestions."""

from __future__ import annotations

import pytest

from index import SearchIndex, SearchQuery, SearchResults


def search(ix: SearchIndex, text: str, **kwargs: object) -> SearchResults:
    return ix.search(SearchQuery(text=text, **kwargs))  # type: ignore[arg-type]


def ids(results: SearchResults) -> list[str]:
    return [h.id for h in results.hits]


# ----------------------------------------------------------------- ranking and syntax


def test_foundation_models_ranks_the_foundation_model_standard_first(shared_index):
    results = search(shared_index, "foundation models")
    assert ids(results)[0] == "standards/foundation-models"
    # The statistics guide has both words (apart), so it matches, but ranks lower.
    assert "guides/statistics" in ids(results)
    assert results.hits[0].score > results.hits[-1].score
    assert results.total == len(results.hits) == 2


def test_inspection_playbook_ranks_above_a_passing_mention(shared_index):
    # "inspection" is in the inspection playbook's title, and only in the training body.
    results = search(shared_index, "inspection")
    assert ids(results)[:2] == ["playbooks/inspection", "playbooks/training"]


def test_title_match_outranks_body_match(tmp_path):
    from index import IndexDoc

    docs = [
        IndexDoc(id="body", title="Field notes", body="Sandbox rules. A sandbox needs a lead."),
        IndexDoc(id="title", title="Regulatory sandbox", body="Rules for testing new systems."),
    ]
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    assert ids(search(ix, "sandbox")) == ["title", "body"]
    ix.close()


def test_phrase_requires_adjacent_words(shared_index):
    results = search(shared_index, '"foundation models"')
    assert ids(results) == ["standards/foundation-models"]


def test_phrase_of_three_words(shared_index):
    assert ids(search(shared_index, '"publish a model card"')) == ["standards/foundation-models"]
    assert search(shared_index, '"publish a model statistics"').total == 0


def test_field_query_on_type(shared_index):
    results = search(shared_index, "type:checklist")
    assert sorted(ids(results)) == ["checklists/deployment", "checklists/national-readiness"]
    assert {h.type for h in results.hits} == {"checklist"}


def test_field_query_combined_with_words(shared_index):
    results = search(shared_index, "type:checklist governance")
    assert ids(results) == ["checklists/national-readiness"]


def test_field_query_on_title_ignores_body(shared_index):
    results = search(shared_index, "title:inspection")
    assert ids(results) == ["playbooks/inspection"]


def test_field_names_are_case_insensitive_and_aliased(shared_index):
    assert search(shared_index, "TYPE:Checklist").total == 2
    assert search(shared_index, "tags:statistics").total == 1
    assert search(shared_index, "lang:fr").total == 1


def test_negation_excludes(shared_index):
    with_word = set(ids(search(shared_index, "governance")))
    without = set(ids(search(shared_index, "governance -enforcement")))
    assert "checklists/national-readiness" in with_word
    assert "checklists/national-readiness" not in without
    assert without < with_word


def test_or_operator(shared_index):
    results = search(shared_index, "sandbox OR signatures")
    assert sorted(ids(results)) == ["playbooks/training", "reference/security"]


def test_hyphenated_word_is_not_a_negation(shared_index):
    # "human-ai" is a component id; the hyphen must not exclude "ai".
    results = search(shared_index, "component:human-ai")
    assert sorted(ids(results)) == ["checklists/national-readiness", "playbooks/training"]


def test_prefix_matches_the_last_word_only_when_asked(shared_index):
    assert search(shared_index, "inspec").total == 0
    results = search(shared_index, "inspec", prefix=True)
    assert "playbooks/inspection" in ids(results)
    # Earlier words stay whole words: "foundat" alone is not expanded, "mod" is.
    results = search(shared_index, "foundation mod", prefix=True)
    assert ids(results)[0] == "standards/foundation-models"


def test_prefix_after_a_space_is_not_a_prefix(shared_index):
    # A trailing space means the word is finished.
    assert search(shared_index, "inspec ", prefix=True).total == 0


def test_wildcard_in_query_text(shared_index):
    assert "playbooks/inspection" in ids(search(shared_index, "inspec*"))


@pytest.mark.parametrize(
    "question", ["how do we inspect a system?", "how do we inspect a system ?", "inspect system??"]
)
def test_a_question_mark_ends_a_question_it_is_not_a_wildcard(shared_index, question: str):
    # Read as a wildcard, "system?" would need a letter after "system" and find nothing.
    plain = question.replace("?", "").strip()
    asked = search(shared_index, question)
    assert asked.notice is None
    assert ids(asked) == ids(search(shared_index, plain)) != []


def test_a_question_mark_inside_a_word_is_still_a_wildcard(shared_index):
    assert "playbooks/inspection" in ids(search(shared_index, "insp?ction"))
    # A question mark alone is no query at all: the library as the empty query lists it.
    assert ids(search(shared_index, "?")) == ids(search(shared_index, ""))


def test_empty_query_with_filter_lists_matching_documents_by_title(shared_index):
    results = search(shared_index, "", filters={"type": ["checklist"]})
    assert ids(results) == ["checklists/deployment", "checklists/national-readiness"]
    assert results.total == 2
    assert all(h.score == 0.0 for h in results.hits)


def test_empty_query_without_filter_lists_everything(shared_index):
    results = search(shared_index, "", limit=100)
    assert results.total == shared_index.doc_count() == 11


def test_limit_and_offset_page_through_results(shared_index):
    everything = ids(search(shared_index, "", limit=100))
    page2 = ids(search(shared_index, "", limit=3, offset=3))
    assert page2 == everything[3:6]
    ranked = ids(search(shared_index, "governance", limit=100))
    assert ids(search(shared_index, "governance", limit=2, offset=1)) == ranked[1:3]


def test_query_id_is_echoed(shared_index):
    assert search(shared_index, "governance", query_id=42).query_id == 42
    assert search(shared_index, '"broken', query_id=7).query_id == 7


# ----------------------------------------------------------------- languages


def test_english_stemming(shared_index):
    # Only "regulator" occurs in English; "regulators" must still find it.
    assert "playbooks/inspection" in ids(search(shared_index, "regulators"))


def test_french_stemming(shared_index):
    results = search(shared_index, "régulateurs")
    assert ids(results) == ["guides/fr-regulation"]


def test_french_accents_are_folded(shared_index):
    assert ids(search(shared_index, "regulateur")) == ["guides/fr-regulation"]


def test_spanish_stemming(shared_index):
    assert "guides/es-regulation" in ids(search(shared_index, "reguladores"))


def test_portuguese_stemming(shared_index):
    # The document has the plural "avaliações"; the query is the singular.
    assert "guides/pt-assessment" in ids(search(shared_index, "avaliação"))


def test_arabic_document_found(shared_index):
    results = search(shared_index, "الذكاء")
    assert ids(results) == ["guides/ar-governance"]
    # A prefixed form ("and the governance") reaches the same stem.
    assert ids(search(shared_index, "والحوكمة")) == ["guides/ar-governance"]
    assert "<mark>" in results.hits[0].snippet


def test_language_filter(shared_index):
    results = search(shared_index, "", filters={"language": ["fr"]})
    assert ids(results) == ["guides/fr-regulation"]
    assert results.hits[0].language == "fr"


def test_language_facet_ignores_the_language_filter(shared_index):
    # The French document matches through its tag "governance/institutions".
    results = search(shared_index, "governance", filters={"language": ["fr"]})
    assert ids(results) == ["guides/fr-regulation"]
    assert results.facets["language"]["en"] >= 3
    assert results.facets["language"]["fr"] == 1


def test_regional_language_tag_uses_the_base_stemmer(shared_index):
    results = search(shared_index, "", filters={"language": ["pt-br"]})
    assert ids(results) == ["guides/pt-assessment"]


# ----------------------------------------------------------------- facets and filters


def test_facet_counts_cover_all_matches(shared_index):
    results = search(shared_index, "governance", limit=1)
    assert len(results.hits) == 1
    assert sum(results.facets["type"].values()) == results.total
    assert results.facets["type"]["checklist"] == 1
    assert set(results.facets) == {"type", "component", "audience", "language", "tag", "pack"}


def test_filter_restricts_hits_but_not_its_own_facet(shared_index):
    results = search(shared_index, "", filters={"type": ["checklist"]})
    assert {h.type for h in results.hits} == {"checklist"}
    # The type facet ignores the type filter, so the user can widen it again...
    assert results.facets["type"]["playbook"] == 2
    assert results.facets["type"]["checklist"] == 2
    # ...while other facets count only checklists.
    assert results.facets["audience"] == {"official": 2, "regulator": 1}


def test_filters_or_within_a_field_and_across_fields(shared_index):
    either = search(shared_index, "", filters={"type": ["checklist", "playbook"]})
    assert either.total == 4
    both = search(
        shared_index, "", filters={"type": ["checklist", "playbook"], "component": ["governance"]}
    )
    assert sorted(ids(both)) == ["checklists/national-readiness", "playbooks/inspection"]


def test_filter_values_are_normalised(shared_index):
    assert search(shared_index, "", filters={"type": ["Checklist"]}).total == 2


def test_unknown_filter_is_reported_not_fatal(shared_index):
    results = search(shared_index, "governance", filters={"colour": ["red"]})
    assert results.total > 0
    assert results.notice and "colour" in results.notice


def test_nested_tags_match_their_parent(shared_index):
    parent = search(shared_index, "", filters={"tag": ["governance"]})
    assert sorted(ids(parent)) == [
        "guides/fr-regulation",
        "playbooks/inspection",
        "standards/foundation-models",
    ]
    child = search(shared_index, "", filters={"tag": ["governance/enforcement"]})
    assert ids(child) == ["playbooks/inspection"]
    assert parent.facets["tag"]["governance"] == 3
    assert parent.facets["tag"]["governance/enforcement"] == 1
    assert ids(search(shared_index, "tag:governance/enforcement")) == ["playbooks/inspection"]


def test_tag_words_are_searchable(shared_index):
    # "statistics" is the statistics guide's tag and also its title; "security" likewise.
    # "capacity" only appears in the training playbook's tag "capacity-building".
    assert ids(search(shared_index, "capacity")) == ["playbooks/training"]


# ----------------------------------------------------------------- snippets


def test_snippet_marks_matches(shared_index):
    hit = search(shared_index, "foundation models").hits[0]
    assert "<mark>foundation</mark> <mark>model</mark>" in hit.snippet
    assert len(hit.snippet) < 400


def test_snippet_is_html_escaped(shared_index):
    hit = search(shared_index, "paste sandbox").hits[0]
    assert hit.id == "reference/security"
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in hit.snippet
    assert "&amp;" in hit.snippet
    assert "<mark>paste</mark>" in hit.snippet and "<mark>sandbox</mark>" in hit.snippet
    # Only our own <mark> tags remain as markup.
    assert hit.snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_snippet_uses_plain_text_not_markdown(shared_index):
    hit = search(shared_index, "purpose").hits[0]
    assert "[[" not in hit.snippet and "#" not in hit.snippet


def test_snippets_can_be_skipped(shared_index):
    results = search(shared_index, "foundation", snippets=False)
    assert results.hits and all(h.snippet == "" for h in results.hits)


def test_hit_carries_display_fields(shared_index):
    hit = search(shared_index, '"foundation models"').hits[0]
    assert hit.title == "Obligations for providers of foundation models"
    assert hit.type == "standard"
    assert hit.summary.startswith("Duties")
    assert hit.path == "standards/foundation-models.md"
    assert hit.language == "en"


def test_negated_words_are_not_highlighted(shared_index):
    hit = search(shared_index, "inspectors -enforcement -sandbox").hits
    assert hit == []  # the only doc with "inspectors" also has "enforcement"
    hit = search(shared_index, "provider -sandbox").hits[0]
    assert "<mark>sandbox</mark>" not in hit.snippet


# ----------------------------------------------------------------- suggestions


def test_did_you_mean(shared_index):
    results = search(shared_index, "goverance")
    assert results.total == 0
    assert results.suggestion == "governance"


def test_did_you_mean_keeps_the_rest_of_the_query(shared_index):
    results = search(shared_index, "type:checklist goverance")
    assert results.suggestion == "type:checklist governance"


def test_no_suggestion_for_known_words(shared_index):
    assert search(shared_index, "governance").suggestion is None


def test_suggestions_are_unstemmed_words(shared_index):
    # The stemmed index term is "signatur"; the suggestion must be a real word.
    suggestions = shared_index.suggest("signaturs")
    assert suggestions[0] == "signatures"
    assert "signatur" not in suggestions


def test_suggest_unknown_gives_empty_list(shared_index):
    assert shared_index.suggest("qqqqqqqq") == []
    assert shared_index.suggest("") == []


# ----------------------------------------------------------------- hostile input

HOSTILE = [
    '"foundation models',
    "AND OR",
    "AND",
    "NOT",
    "*",
    "*:*",
    "((((",
    "))",
    ":",
    "type:",
    "title:",
    '"',
    '""',
    "\\",
    "\x00",
    "-",
    "+",
    "^",
    "~",
    "[a TO b]",
    "{}",
    "'",
    "l'IA",
    "foo:bar",
    "governance^^^",
    "gov?rnance",
    "🙂 emoji",
    "a" * 5000,
    " ".join(["governance"] * 400),
    "x OR " * 300,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:20]))
@pytest.mark.parametrize("prefix", [False, True])
def test_hostile_queries_do_not_raise(shared_index, text, prefix):
    results = search(shared_index, text, prefix=prefix, query_id=3)
    assert isinstance(results, SearchResults)
    assert results.query_id == 3
    assert results.total >= len(results.hits)


def test_unbalanced_quote_falls_back_to_words_with_notice(shared_index):
    results = search(shared_index, '"foundation models')
    assert results.notice and "quote" in results.notice
    # Searched as plain words: both documents with the two words come back.
    assert results.total == 2


def test_unbalanced_bracket_notice(shared_index):
    results = search(shared_index, "(governance OR ethics")
    assert results.notice and "bracket" in results.notice
    assert results.total > 0


def test_very_long_query_is_cut_with_notice(shared_index):
    results = search(shared_index, "governance " * 200)
    assert results.notice
    assert results.total > 0


def test_star_lists_everything(shared_index):
    assert search(shared_index, "*").total == 11


def test_neighbouring_words_rank_above_scattered_ones(tmp_path):
    from index import IndexDoc

    docs = [
        IndexDoc(
            id="apart",
            title="Note one",
            body="Oversight needs people. Every human reads the logs before release.",
        ),
        IndexDoc(
            id="together",
            title="Note two",
            body="People need the logs before release. Human oversight reads every one.",
        ),
    ]
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    results = search(ix, "human oversight")
    assert ids(results) == ["together", "apart"]
    assert results.hits[0].score > results.hits[1].score
    ix.close()


def test_misspelled_last_word_while_typing_still_suggests(tmp_path) -> None:
    """Search-as-you-type reads the last word as a prefix; a typo there must not leave the
    user with no results and no "did you mean"."""
    from index import IndexDoc, SearchIndex, SearchQuery

    index = SearchIndex(tmp_path / "ix")
    index.ensure(
        [
            IndexDoc(id="a", title="National governance", body="AI governance and oversight."),
            IndexDoc(id="b", title="Other", body="Nothing related here."),
        ]
    )
    results = index.search(SearchQuery("goverance", prefix=True))
    assert results.suggestion == "governance"
    assert results.notice is None or "common words" not in results.notice
    index.close()


def test_documents_in_the_readers_language_come_first(tmp_path) -> None:
    """The same guidance in English and French: the interface language leads (when none is
    named, as on the command line, the language the query is written in: see
    ``test_cli_library``), and both stay in the results."""
    from index import IndexDoc, SearchIndex, SearchQuery

    text = "Human oversight (supervision humaine) of automated decisions in public services."
    docs = [
        IndexDoc(id="guides/oversight", title="Oversight", body=text, type="guide"),
        IndexDoc(
            id="translations/fr/guides/oversight",
            title="Supervision",
            body=text + " Supervision humaine des décisions automatisées.",
            type="guide",
            language="fr",
        ),
    ]
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)

    def order(lang: str) -> list[str]:
        return [h.id for h in ix.search(SearchQuery("supervision", language=lang)).hits]

    try:
        assert order("fr") == ["translations/fr/guides/oversight", "guides/oversight"]
        assert order("") == ["guides/oversight", "translations/fr/guides/oversight"]
        assert order("en") == order("")
    finally:
        ix.close()


def test_the_readers_language_leads_without_burying_the_answer(tmp_path) -> None:
    """A head start for the reader's language, not a tier: a French reader's question in
    English still gets the English standard before a French page that shares one word; a
    translation into a third language never pushes the English original down."""
    from index import IndexDoc, SearchIndex, SearchQuery

    docs = [
        IndexDoc(
            id="standards/oversight",
            title="Human oversight",
            body="How to stop an AI system that keeps making mistakes: people watch, "
            "correct and stop it.",
            type="standard",
        ),
        IndexDoc(
            id="translations/fr/registre",
            title="Registre public",
            body="Le registre public décrit chaque système (system) utilisé.",
            type="guide",
            language="fr",
        ),
        IndexDoc(
            id="translations/pt/glossario",
            title="Glossário",
            body="Supervisão humana (human oversight): parar um sistema de IA (AI system) "
            "que comete erros (mistakes) e continua (keeps) a errar (making mistakes).",
            type="glossary",
            language="pt",
        ),
    ]
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)

    def order(text: str, lang: str) -> list[str]:
        return [h.id for h in ix.search(SearchQuery(text, language=lang)).hits]

    try:
        # No document has every word ("today"), so those with some of them are listed.
        question = "stop an AI system that keeps making mistakes today"
        assert order(question, "fr") == [
            "standards/oversight",
            "translations/fr/registre",
            "translations/pt/glossario",
        ]
        assert order("human oversight", "")[0] == "standards/oversight"
        assert order("human oversight", "en")[-1] == "translations/pt/glossario"
        # A Portuguese reader gets the Portuguese glossary first.
        assert order("human oversight", "pt")[0] == "translations/pt/glossario"
    finally:
        ix.close()
