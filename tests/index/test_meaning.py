"""Search in a regulator's own words: meaning, partial matches, the model offline or missing,
and "did you mean" in the query's language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import IndexDoc, SearchIndex, SearchQuery, semantic

ROOT = Path(__file__).resolve().parents[2]


def _content_docs() -> list[IndexDoc]:
    from desktop.core.library.documents import load_library
    from desktop.core.search.conversion import index_docs

    return index_docs(load_library(ROOT / "content"))


@pytest.fixture(scope="module")
def library_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """The bundled library, indexed with the meaning model."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("ACCORD_NO_SEMANTIC", raising=False)
        semantic.reset()
        assert semantic.embedder() is not None, "the wordllama model files are not installed"
        ix = SearchIndex(tmp_path_factory.mktemp("meaning") / "ix")
        ix.ensure(_content_docs())
        yield ix
        ix.close()
        semantic.reset()


@pytest.fixture
def meaning(with_meaning: None, library_index: SearchIndex) -> SearchIndex:
    return library_index


def top(ix: SearchIndex, text: str, n: int = 3, **kw: object) -> list[str]:
    return [h.id for h in ix.search(SearchQuery(text=text, **kw)).hits[:n]]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        (
            "how do we stop an AI system that keeps making mistakes",
            {
                "standards/human-oversight",
                "playbooks/human-oversight-in-practice",
                "templates/oversight-plan",
            },
        ),
        ("a fake video of the minister is spreading", {"playbooks/deepfake-incident-response"}),
        (
            "tell citizens where the government uses algorithms",
            {"playbooks/public-ai-register", "templates/ai-register-entry"},
        ),
    ],
)
def test_questions_in_everyday_words_find_the_standard_or_playbook(
    meaning: SearchIndex, question: str, answers: set[str]
):
    results = meaning.search(SearchQuery(text=question))
    assert results.semantic
    assert answers & set(top(meaning, question)), [h.id for h in results.hits[:5]]


def test_keyword_queries_keep_their_exact_answers_first(meaning: SearchIndex):
    assert top(meaning, "deepfake", 1) == ["playbooks/deepfake-incident-response"]
    assert top(meaning, "automation bias", 1) == ["guides/automation-bias"]
    # A short exact request gets no documents by meaning only.
    results = meaning.search(SearchQuery(text="deepfake"))
    assert results.match == "all" and results.related == 0
    assert all(not h.related for h in results.hits)


def test_no_document_with_all_words_falls_back_to_some_and_says_so(meaning: SearchIndex):
    results = meaning.search(SearchQuery(text="deepfake wombat"))
    assert results.match == "some"
    assert results.total > 0
    assert results.hits[0].id == "playbooks/deepfake-incident-response"


def test_words_found_nowhere_give_no_vague_documents(meaning: SearchIndex):
    results = meaning.search(SearchQuery(text="wombat"))
    assert results.total == 0 and results.match == "none" and results.hits == []


def test_phrases_and_fields_stay_exact(meaning: SearchIndex):
    results = meaning.search(SearchQuery(text='"human oversight" type:standard'))
    assert not results.semantic and results.related == 0
    assert {h.type for h in results.hits} == {"standard"}


class _Recording:
    """The real model, noting every text it is asked to encode."""

    def __init__(self, model: semantic.Embedder) -> None:
        self.model = model
        self.model_id = model.model_id
        self.texts: list[str] = []

    def encode(self, texts: list[str]) -> object:
        self.texts.extend(texts)
        return self.model.encode(texts)


def test_the_model_reads_the_query_in_the_case_it_was_typed(
    meaning: SearchIndex, monkeypatch: pytest.MonkeyPatch
):
    # The tokenizer tells "AI" from "ai", and documents are encoded as written: a query
    # lower-cased before encoding asked the model about another word.
    recording = _Recording(semantic.embedder())  # type: ignore[arg-type]
    monkeypatch.setattr(semantic, "embedder", lambda: recording)
    meaning.search(SearchQuery(text="Who stops an AI system in the EU?"))
    assert recording.texts == ["Who stops an AI system in the EU"]
    # Typed words the parser splits keep their case too; an unfinished last word is left out.
    recording.texts.clear()
    meaning.search(SearchQuery(text="the supplier's AI model ha", prefix=True))
    assert recording.texts == ["the supplier s AI model"]


def test_questions_lean_on_meaning_and_terms_on_the_exact_words():
    from index import hybrid

    for some in (False, True):
        question = hybrid.lexical_share(hybrid.QUESTION_MIN_WORDS, some)
        term = hybrid.lexical_share(hybrid.QUESTION_MIN_WORDS - 1, some)
        assert 0.0 <= question < term <= 1.0
        # However many words, the share is one of the two.
        assert hybrid.lexical_share(40, some) == question
        assert hybrid.lexical_share(1, some) == term


def test_a_term_keeps_its_exact_answer_first_when_meaning_prefers_another(
    meaning: SearchIndex,
):
    # Each of these names one document's own wording; the meaning model alone ranks other
    # documents first for some of them, so only the term weighting keeps the exact answer.
    for text, answer in (
        ("automation bias", "guides/automation-bias"),
        ("deepfake", "playbooks/deepfake-incident-response"),
        ("public AI register", "playbooks/public-ai-register"),
    ):
        results = meaning.search(SearchQuery(text=text))
        assert results.semantic
        assert results.hits[0].id == answer, (text, [h.id for h in results.hits[:3]])


def test_lexical_search_when_the_model_is_missing(
    library_index: SearchIndex, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("ACCORD_NO_SEMANTIC", raising=False)
    monkeypatch.setattr(semantic, "model_dir", lambda: None)
    semantic.reset()
    results = library_index.search(SearchQuery(text="automation bias"))
    assert not results.semantic and results.notice is None
    assert results.hits[0].id == "guides/automation-bias"
    semantic.reset()


def test_a_damaged_model_file_means_lexical_search_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, docs: list[IndexDoc]
):
    folder = tmp_path / "wordllama"
    (folder / semantic.WEIGHTS).parent.mkdir(parents=True)
    (folder / semantic.TOKENIZER).parent.mkdir(parents=True)
    (folder / semantic.WEIGHTS).write_bytes(b"\xff" * 64)
    (folder / semantic.TOKENIZER).write_text("{}", encoding="utf-8")
    monkeypatch.delenv("ACCORD_NO_SEMANTIC", raising=False)
    monkeypatch.setattr(semantic, "model_dir", lambda: folder)
    semantic.reset()
    assert semantic.embedder() is None
    ix = SearchIndex(tmp_path / "ix")
    report = ix.ensure(docs)
    assert report.rebuilt and ix.model_id() == ""
    results = ix.search(SearchQuery(text="inspection"))
    assert "playbooks/inspection" in [h.id for h in results.hits] and not results.semantic
    ix.close()
    semantic.reset()


def test_the_model_never_opens_a_socket():
    """Load the model and search in a fresh interpreter where any socket use fails."""
    code = f"""
import socket, sys
sys.path.insert(0, {str(ROOT)!r})
opened = []
class NoSocket(socket.socket):
    def __init__(self, *a, **k):
        opened.append(a)
        raise OSError("network use is forbidden in this test")
socket.socket = NoSocket
socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("forbidden"))
import os
os.environ.pop("ACCORD_NO_SEMANTIC", None)
from index import semantic
model = semantic.embedder()
assert model is not None, "model not loaded"
vectors = model.encode(["how do we stop an AI system", "deepfake"])
assert vectors.shape == (2, semantic.DIMS)
assert os.environ.get("HF_HUB_OFFLINE") == "1"
print("sockets", len(opened))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "sockets 0" in result.stdout


def test_vectors_follow_incremental_updates(
    with_meaning: None, tmp_path: Path, docs: list[IndexDoc]
):
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(docs)
    first = ix.vectors()
    assert first["model"] == semantic.MODEL_ID and len(first["ids"]) == len(docs)
    ix.update(docs[1:])
    after = ix.vectors()
    assert set(after["ids"]) == {d.id for d in docs[1:]}
    assert after["matrix"].shape == (len(docs) - 1, semantic.DIMS)
    ix.close()


# ----------------------------------------------------------------- did you mean


def _bilingual() -> list[IndexDoc]:
    return [
        IndexDoc(
            id="en",
            title="Explainability of model outputs",
            body="Every model output needs an explanation a person can follow.",
        ),
        IndexDoc(
            id="fr",
            title="Explicabilité des modèles",
            body="Chaque modèle doit être expliqué; le modèle et ses sorties sont décrits.",
            language="fr",
        ),
    ]


def test_did_you_mean_corrects_each_word_in_the_querys_language(tmp_path: Path):
    ix = SearchIndex(tmp_path / "ix")
    ix.ensure(_bilingual())
    results = ix.search(SearchQuery(text="explainabilty of modle outputs"))
    assert results.suggestion == "explainability of model outputs"
    french = ix.search(SearchQuery(text="le modle et ses sorties"))
    assert french.suggestion == "le modèle et ses sorties"
    # The interface language breaks a tie: a lone word could be either.
    assert ix.search(SearchQuery(text="modle", language="fr")).suggestion == "modèle"
    assert ix.search(SearchQuery(text="modle", language="en")).suggestion == "model"
    ix.close()


# ----------------------------------------------------------------- never a silent zero


def _fixture_words() -> list[str]:
    """Longer words of the fixture documents' titles (each occurs in the library)."""
    import re

    from .conftest import make_docs

    words = {w.lower() for d in make_docs() for w in re.findall(r"\w{6,}", d.title)}
    return sorted(words)


_WORDS = _fixture_words()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    known=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
    unknown=st.lists(st.from_regex(r"[qxz]{3,8}", fullmatch=True), max_size=3),
    order=st.randoms(use_true_random=False),
)
def test_a_query_with_a_word_of_the_library_never_returns_nothing(
    shared_index: SearchIndex, known: list[str], unknown: list[str], order
):
    words = known + unknown
    order.shuffle(words)
    results = shared_index.search(SearchQuery(text=" ".join(words)))
    assert results.total > 0
    if unknown:
        # The junk words are in no document, so no document can have all the words.
        assert results.match == "some"
    for hit in results.hits:
        assert hit.score >= 0


# ----------------------------------------------------------------- plain snippets


@pytest.mark.parametrize("text", ["human oversight", "incident report form", "deepfake", "bias"])
def test_snippets_are_plain_text(library_index: SearchIndex, text: str):
    import re

    from desktop.commands.library import _plain_snippet

    results = library_index.search(SearchQuery(text=text, limit=20))
    assert results.hits
    for hit in results.hits:
        plain = re.sub(r"</?mark>", "", hit.snippet)
        assert "**" not in plain and "[[" not in plain and "](" not in plain, hit.snippet
        assert not re.search(r"(^|\n)\s*[-*+] ", plain), hit.snippet
        assert "**" not in _plain_snippet(hit.snippet)
