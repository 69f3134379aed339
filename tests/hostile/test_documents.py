"""The hostile documents (``documents.CASES``): each has its expected outcome, and one bad
file never takes the library, a command or the reader down with it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.library.documents import Library, load_library
from desktop.core.library.limits import overflow
from tests.hostile import documents
from tests.hostile.documents import CASES, GOOD, DocCase
from tests.hostile.running import accord as _cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Library]]:
    base = tmp_path_factory.mktemp("hostile-docs")
    root, outside = base / "library", base / "outside"
    documents.write_library(root, outside)
    # Relative names are never tried against the working folder: make it the sentinels'.
    previous = Path.cwd()
    os.chdir(outside)
    try:
        yield root, outside, load_library(root)
    finally:
        os.chdir(previous)


def test_the_corpus_is_large_enough() -> None:
    kinds = [c.expect for c in CASES]
    assert len(CASES) >= 30 and kinds.count("refused") >= 15 and kinds.count("handled") >= 15
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_hostile_document_has_its_outcome(
    case: DocCase, corpus: tuple[Path, Path, Library]
) -> None:
    _root, outside, library = corpus
    outcome, why = documents.outcome(case, library, outside)
    assert outcome == case.expect, why
    if case.expect == "refused" or case.plain:
        assert case.words in why


def test_the_rest_of_the_library_loads_and_links(corpus: tuple[Path, Path, Library]) -> None:
    _root, _outside, library = corpus
    for rel in GOOD:
        assert rel.removesuffix(".md") in library.documents
    assert library.resolve("good/two").title == "Good two"
    # The problem names the file and the line of the bad value.
    (problem,) = [p for p in library.errors() if p.file == "hostile/date-feb-30.md"]
    assert problem.line == 4 and "2026-02-30" in problem.message


def test_check_lists_every_bad_file_and_no_traceback(
    corpus: tuple[Path, Path, Library], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _outside, library = corpus
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    code, out, err = _cli("check", str(root))
    assert code == 1 and "Traceback" not in out + err
    for case in CASES:
        if case.expect == "refused":
            assert f"{case.path}:" in out, case.name
        if case.plain:  # bodies over a bound are listed too, with their line
            assert f"{case.path}:" in out and "shown as plain text" in out, case.name
    assert f"{len(library.documents)} documents" in out


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == "handled"], ids=lambda c: c.name)
def test_show_html_never_fails(
    case: DocCase, corpus: tuple[Path, Path, Library], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    root, outside, _library = corpus
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    code, out, err = _cli("--library", str(root), "show", case.id, "--html")
    assert "Traceback" not in err and str(outside) not in out
    if case.plain:
        assert code == 1 and case.words in err and case.path in err
        assert "shown as plain text" in out
    else:
        assert code == 0 and out.strip()


def test_a_refused_document_is_not_found_with_a_message(
    corpus: tuple[Path, Path, Library], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _outside, _library = corpus
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    code, out, err = _cli("--library", str(root), "show", "hostile/billion-laughs")
    assert code == 2 and "no document with id" in err and "Traceback" not in err
    code, out, _err = _cli("--library", str(root), "show", "good/two")
    assert code == 0 and "Good two" in out


def test_every_body_bound_is_reported_at_its_line() -> None:
    body = "para\n\n" + "> " * 40 + "x\n"
    found = overflow(body, first_line=10)
    assert found is not None and found.line == 12 and "quotes" in found.message
    assert overflow("```\n" + "[" * 500 + "\n```\n") is None  # code is shown as written
