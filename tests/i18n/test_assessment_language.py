"""An assessment's language: stored when it is started (``accord assessment new
--language``), refused when it is not a language code, and used to word its report; an
assessment answered in one language is reported in another with the same ids and scores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.actions.assessments import start_assessment
from desktop.core.assessments.errors import InvalidInputError
from desktop.core.assessments.export import build_report
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.documents import load_library
from tests.conftest import write_doc

FRENCH_MINI = """
---
title: Mini préparation
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
        ask: Existe-t-il des principes nationaux d'éthique de l'IA ?
      - id: ETH-2
        ask: Sont-ils appliqués dans les marchés publics ?
        show_if: {item: ETH-1, in: [yes, partial]}
        scale: maturity-0-4
---
# Mini préparation
"""


@pytest.fixture
def store(tmp_path: Path):
    s = AssessmentStore.open(tmp_path / "accord.db")
    yield s
    s.close()


def test_the_language_is_stored_and_words_the_report(small_library: Path, store) -> None:
    write_doc(small_library, "translations/fr/checklists/mini.md", FRENCH_MINI)
    library = load_library(small_library)
    french = start_assessment(
        store, library, "checklists/mini", institution="Ministère", country="SN", language="fr"
    )
    english = start_assessment(store, library, "checklists/mini", institution="M", country="SN")
    assert french.language == "fr" and english.language == "en"
    for a in (french, english):
        store.save_answer(a.id, "ETH-1", "yes")
        store.save_answer(a.id, "ETH-2", "3")
    in_french = build_report(store, french.id, library)
    assert in_french.sections[0].title == "Éthique"
    assert in_french.sections[0].items[0].ask.startswith("Existe-t-il")
    # The English one reported in French, and the French one in English: same ids, scores.
    english_in_french = build_report(store, english.id, library, language="fr")
    french_in_english = build_report(store, french.id, library, language="en")
    assert english_in_french.sections[0].items[0].ask == in_french.sections[0].items[0].ask
    assert french_in_english.sections[0].items[0].ask.startswith("Are there")
    assert [i.item_id for i in english_in_french.items()] == [i.item_id for i in in_french.items()]
    assert english_in_french.score.overall == in_french.score.overall
    assert english_in_french.score.components == in_french.score.components
    assert store.get(french.id).language == "fr"  # read back from the database


def test_a_bad_language_is_refused_and_nothing_is_started(small_library: Path, store) -> None:
    library = load_library(small_library)
    with pytest.raises(InvalidInputError) as caught:
        start_assessment(
            store, library, "checklists/mini", institution="M", country="SN", language="fr!"
        )
    assert "'fr!' is not a language code" in str(caught.value)
    assert "fr, es, pt or ar" in str(caught.value)
    assert store.summaries() == []


def test_accord_assessment_new_language(small_library: Path, tmp_path: Path) -> None:
    env_data = tmp_path / "cli-data"
    base = [sys.executable, "-m", "desktop.cli", "--library", str(small_library)]
    env = {"ACCORD_DATA_DIR": str(env_data), "PATH": "/usr/bin:/bin"}
    new = [*base, "assessment", "new", "--checklist", "checklists/mini", "--institution", "M"]
    done = subprocess.run(
        [*new, "--country", "SN", "--language", "ar", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["language"] == "ar"
    refused = subprocess.run(
        [*new, "--country", "SN", "--language", "12"], capture_output=True, text=True, env=env
    )
    assert refused.returncode != 0
    assert "'12' is not a language code" in refused.stderr
    assert "Traceback" not in refused.stderr
