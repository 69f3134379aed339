"""Small fixture documents for the search index, written for the behaviours under test.

Each document exists to make some assertion able to fail: e.g. the French document only
contains the singular "régulateur", so finding it with "régulateurs" needs stemming.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index import IndexDoc, SearchIndex


def make_docs() -> list[IndexDoc]:
    """A fresh list of the fixture documents (tests may edit copies of it)."""
    return [
        IndexDoc(
            id="standards/foundation-models",
            title="Obligations for providers of foundation models",
            summary="Duties for organisations that build large general models.",
            body=(
                "# Purpose\n\nA [[glossary#Foundation model|foundation model]] is a large model "
                "trained on broad data. Foundation models sit under many applications, so one "
                "flaw can spread. Providers of foundation models shall publish a model card "
                "and report serious incidents.\n\n## Scope\n\nThis applies to every provider."
            ),
            type="standard",
            tags=("governance/obligations", "foundation-models"),
            components=("governance", "transparency"),
            audience=("regulator",),
            path="standards/foundation-models.md",
        ),
        IndexDoc(
            id="guides/statistics",
            title="Statistics for public bodies",
            summary="How statistical offices work.",
            # "foundation" and "models" both occur, but never next to each other.
            body=(
                "The foundation of official statistics is trust. Offices publish models of "
                "population growth and explain their methods to the public."
            ),
            type="guide",
            tags=("statistics",),
            components=("societal",),
            audience=("official",),
        ),
        IndexDoc(
            id="checklists/national-readiness",
            title="National readiness self-assessment",
            summary="Questions that cover all six components.",
            body=(
                "Has a public body published AI ethics principles? Is there a governance "
                "framework with clear enforcement powers? Is human oversight required?"
            ),
            type="checklist",
            tags=("assessment",),
            components=("ethics", "governance", "human-ai"),
            audience=("regulator", "official"),
        ),
        IndexDoc(
            id="checklists/deployment",
            title="AI deployment readiness",
            summary="Checks before an organisation deploys an AI system.",
            body="Is the system tested for robustness? Are users told they talk to a machine?",
            type="checklist",
            tags=("assessment", "robustness/testing"),
            components=("robustness", "transparency"),
            audience=("official",),
        ),
        IndexDoc(
            id="playbooks/inspection",
            title="Conduct an inspection",
            summary="Steps for an AI compliance inspection.",
            body=(
                "Inspectors visit the provider, review documents and test the system. The "
                "regulator decides on enforcement after the visit."
            ),
            type="playbook",
            tags=("governance/enforcement",),
            components=("governance",),
            audience=("regulator",),
        ),
        IndexDoc(
            id="playbooks/training",
            title="Train the trainers",
            summary="A workshop plan for trainers.",
            # Mentions inspections only in the body: a title: query must not find it.
            body=(
                "Trainers explain how an inspection works and practise digital signatures "
                "on sample documents. Good governance needs skilled people."
            ),
            type="playbook",
            tags=("capacity-building",),
            components=("human-ai",),
            audience=("trainer",),
        ),
        IndexDoc(
            id="reference/security",
            title="Security notes",
            summary="",
            body=(
                "Never paste <script>alert('x')</script> into a page. A regulatory sandbox "
                "lets providers test systems & share results safely."
            ),
            type="reference",
            tags=("security",),
            components=("robustness",),
            audience=("trainer",),
        ),
        IndexDoc(
            id="guides/fr-regulation",
            title="Le rôle de l'autorité nationale",
            summary="Comment l'autorité surveille l'IA.",
            # Only the singular "régulateur" occurs.
            body="Le régulateur national surveille les systèmes d'intelligence artificielle.",
            type="guide",
            language="fr",
            tags=("governance/institutions",),
            components=("governance",),
            audience=("official",),
        ),
        IndexDoc(
            id="guides/es-regulation",
            title="La autoridad nacional",
            summary="",
            body="El regulador supervisa la gobernanza de la inteligencia artificial.",
            type="guide",
            language="es",
            components=("governance",),
        ),
        IndexDoc(
            id="guides/pt-assessment",
            title="Guia de risco",
            summary="",
            # Only the plural "avaliações" occurs.
            body="A autoridade publica as avaliações de risco todos os anos.",
            type="guide",
            language="pt-BR",
            components=("governance",),
        ),
        IndexDoc(
            id="guides/ar-governance",
            title="حوكمة الذكاء الاصطناعي",
            summary="",
            # "الحوكمة" (the governance) occurs; "والحوكمة" (and the governance) does not.
            body="تقوم الهيئة الوطنية بتنظيم الذكاء الاصطناعي وتعزيز الحوكمة الرشيدة",
            type="guide",
            language="ar",
            components=("governance",),
        ),
    ]


@pytest.fixture(autouse=True)
def lexical_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """These tests pin the lexical behaviour: the meaning model stays out unless a test
    asks for it (``with_meaning``), so a related document never joins an exact list."""
    from index import semantic

    monkeypatch.setenv("ACCORD_NO_SEMANTIC", "1")
    semantic.reset()
    yield
    semantic.reset()


@pytest.fixture
def with_meaning(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The meaning model loaded (the installed wordllama files)."""
    from index import semantic

    monkeypatch.delenv("ACCORD_NO_SEMANTIC", raising=False)
    semantic.reset()
    assert semantic.embedder() is not None, "the wordllama model files are not installed"
    yield
    semantic.reset()


@pytest.fixture
def docs() -> list[IndexDoc]:
    """The fixture documents."""
    return make_docs()


@pytest.fixture
def index(tmp_path: Path, docs: list[IndexDoc]) -> Iterator[SearchIndex]:
    """A freshly built index of the fixture documents."""
    ix = SearchIndex(tmp_path / "index")
    report = ix.ensure(docs)
    assert report.rebuilt and report.added == len(docs)
    yield ix
    ix.close()


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """One index shared by read-only tests (building it is the slow part)."""
    ix = SearchIndex(tmp_path_factory.mktemp("shared") / "index")
    ix.ensure(make_docs())
    yield ix
    ix.close()
