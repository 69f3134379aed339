"""Documents in several languages: the versions of a document, and a checklist read in
another language that scores exactly like its original."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core.assessments.scoring import score_answers as score_of
from desktop.core.assessments.startable import available_checklists, startable_checklist
from desktop.core.library.documents import load_library
from desktop.core.library.translations import (
    checklist_in,
    structure_problems,
    translation_problems,
    versions,
)
from desktop.core.storage import paths
from tests.conftest import write_doc

ORIGINAL = """
---
title: Mini readiness
type: checklist
version: 1.0.0
sections:
  - id: ethics
    title: Ethics
    component: ethics
    items:
      - id: ETH-1
        ask: Are there national AI ethics principles?
        guidance: Count adopted texts.
      - id: ETH-2
        ask: Are they applied?
        show_if: {item: ETH-1, in: [yes, partial]}
        weight: 2
---
Body.
"""

FRENCH = """
---
title: Mini auto-évaluation
type: checklist
language: fr
translation_of: checklists/mini
version: 1.0.0
sections:
  - id: ethics
    title: Éthique
    component: ethics
    items:
      - id: ETH-1
        ask: Existe-t-il des principes éthiques nationaux pour l'IA ?
        guidance: Comptez les textes adoptés.
      - id: ETH-2
        ask: Sont-ils appliqués ?
        show_if: {item: ETH-1, in: [yes, partial]}
        weight: WEIGHT
---
Corps.
"""


def _library(tmp_path: Path, weight: str = "2") -> Path:
    root = tmp_path / "lib"
    write_doc(root, "checklists/mini.md", ORIGINAL)
    write_doc(root, "translations/fr/checklists/mini.md", FRENCH.replace("WEIGHT", weight))
    return root


def test_a_translated_checklist_lends_its_words_not_its_rules(tmp_path: Path) -> None:
    library = load_library(_library(tmp_path))
    original = library.get("checklists/mini").checklist
    french = checklist_in(library, original, "fr")
    assert french.title == "Mini auto-évaluation"
    assert french.sections[0].title == "Éthique"
    assert french.item("ETH-1").ask.startswith("Existe-t-il")
    assert french.item("ETH-1").guidance == "Comptez les textes adoptés."
    # Everything that decides a score is the original's.
    assert [(i.id, i.weight, i.show_if, i.scale) for i in french.items] == [
        (i.id, i.weight, i.show_if, i.scale) for i in original.items
    ]
    answers = {"ETH-1": "partial", "ETH-2": "yes"}
    assert score_of(french, answers) == score_of(original, answers)
    assert checklist_in(library, original, "es") is original  # no Spanish: the original
    assert translation_problems(library) == []


def test_translations_start_nothing_of_their_own(tmp_path: Path) -> None:
    library = load_library(_library(tmp_path))
    assert [c.id for c in available_checklists(library)] == ["checklists/mini"]
    assert startable_checklist(library, "translations/fr/checklists/mini").id == "checklists/mini"
    assert set(versions(library, "translations/fr/checklists/mini")) == {"en", "fr"}


def test_a_translation_that_scores_differently_is_an_error(tmp_path: Path, capsys) -> None:
    root = _library(tmp_path, weight="1")
    library = load_library(root)
    original = library.get("checklists/mini").checklist
    translated = library.get("translations/fr/checklists/mini").checklist
    assert any("ETH-2" in p for p in structure_problems(original, translated))
    # Not used: the reader gets the original's words rather than different rules.
    assert checklist_in(library, original, "fr") is original
    assert main(["check", str(root), "--json"]) == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [e["file"] for e in errors] == ["translations/fr/checklists/mini.md"]
    assert "ETH-2" in errors[0]["message"]


def test_the_bundled_translations_match_their_originals() -> None:
    library = load_library(paths.bundled_library())
    assert translation_problems(library) == []
    for doc in library.sorted_documents():
        if doc.translation_of:
            assert library.get(doc.translation_of) is not None, doc.id


BUNDLED_CHECKLISTS = (
    "checklists/national-ai-readiness",
    "checklists/ai-deployment-readiness",
    "checklists/national-ai-ecosystem-readiness",
)
LANGUAGES = ("fr", "es", "pt", "ar")


def test_every_bundled_checklist_is_in_every_language() -> None:
    library = load_library(paths.bundled_library())
    for doc_id in BUNDLED_CHECKLISTS:
        original = library.get(doc_id).checklist
        assert set(versions(library, doc_id)) >= {"en", *LANGUAGES}, doc_id
        for language in LANGUAGES:
            read = checklist_in(library, original, language)
            assert read is not original, (doc_id, language)
            assert [i.id for i in read.items] == [i.id for i in original.items]
            # Every question is worded in the language, none left in English.
            same = [i.id for i, o in zip(read.items, original.items, strict=True) if i.ask == o.ask]
            assert same == [], (doc_id, language, same)


@functools.cache
def _bundled_library():
    return load_library(paths.bundled_library())


@given(data=st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_score_is_the_same_in_every_language(data: st.DataObject) -> None:
    """Invariant: the same answers give the same score whatever language the checklist
    was read in (the ids are the answers' keys; words never enter the score)."""
    library = _bundled_library()
    doc_id = data.draw(st.sampled_from(BUNDLED_CHECKLISTS))
    original = library.get(doc_id).checklist
    answers: dict[str, str] = {}
    for item in original.items:
        choices = [None, *item.allowed_answers()]
        if item.indicator is not None:
            choices.append(str(data.draw(st.floats(0, 100, allow_nan=False))))
        answer = data.draw(st.sampled_from(choices))
        if answer is not None:
            answers[item.id] = answer
    expected = score_of(original, answers)
    for language in LANGUAGES:
        assert score_of(checklist_in(library, original, language), answers) == expected
