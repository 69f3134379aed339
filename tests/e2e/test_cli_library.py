"""The ``accord`` library commands as a user runs them: exit codes, JSON shapes, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, write_doc


def accord(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "desktop", *args]
    if data_dir is not None:
        cmd[3:3] = ["--data-dir", str(data_dir)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=REPO)


def test_check_json_shape_and_exit_code(small_library: Path) -> None:
    out = accord("check", str(small_library), "--json")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["documents"] == 4
    assert report["errors"] == [
        {"file": "broken.md", "line": 4, "message": report["errors"][0]["message"]}
    ]
    assert any("nowhere/missing-page" in w["message"] for w in report["warnings"])
    assert set(report["warnings"][0]) == {"file", "line", "message"}


def test_check_text_output_names_file_and_line(small_library: Path) -> None:
    out = accord("check", str(small_library))
    assert out.returncode == 1
    assert f"{small_library / 'broken.md'}:4: error: invalid YAML" in out.stdout
    assert "4 documents, 1 errors" in out.stdout


def test_check_clean_library_exits_zero(tmp_path: Path) -> None:
    write_doc(tmp_path, "a.md", "---\ntitle: A\ntype: guide\n---\nText\n")
    assert accord("check", str(tmp_path)).returncode == 0


def test_bundled_content_is_clean() -> None:
    out = accord("check", str(REPO / "content"), "--json")
    report = json.loads(out.stdout)
    assert out.returncode == 0, report["errors"]
    assert report["errors"] == [] and report["warnings"] == []
    assert report["documents"] >= 30


def test_bundled_content_meets_the_starter_library_brief() -> None:
    from collections import Counter

    from desktop.core.library.components import COMPONENTS
    from desktop.core.library.documents import load_library

    library = load_library(REPO / "content")
    kinds = Counter(doc.type for doc in library.documents.values())
    assert kinds["standard"] >= 8 and kinds["playbook"] >= 10 and kinds["checklist"] >= 2
    national = library.get("checklists/national-ai-readiness").checklist
    assert national is not None and len(national.items) >= 36
    assert {item.component for item in national.items} == set(COMPONENTS)
    glossary = library.get("glossary/glossary")
    assert sum(1 for level, _ in glossary.headings if level == 2) >= 40
    for doc in library.documents.values():
        assert doc.summary and doc.sources, f"{doc.id} lacks a summary or sources"
    audiences = Counter(a for doc in library.documents.values() for a in doc.audience)
    assert all(audiences[a] >= 3 for a in ("regulator", "trainer", "official")), audiences


def test_show_prints_document_and_unknown_id_is_clear(small_library: Path) -> None:
    out = accord("--library", str(small_library), "show", "playbooks/inspection")
    assert out.returncode == 0
    assert out.stdout.startswith("Conduct an inspection  [playbook]")
    missing = accord("--library", str(small_library), "show", "no/such")
    assert missing.returncode == 2
    assert "no document with id 'no/such'" in missing.stderr


def test_show_html_is_sanitised(tmp_path: Path) -> None:
    write_doc(
        tmp_path, "a.md", "---\ntitle: A\ntype: guide\n---\n<script>x()</script>[l](javascript:x)\n"
    )
    out = accord("--library", str(tmp_path), "show", "a", "--html")
    assert "<script" not in out.stdout and "javascript:" not in out.stdout


def test_missing_library_folder(tmp_path: Path) -> None:
    out = accord("check", str(tmp_path / "nope"))
    assert out.returncode == 2
    assert "does not exist" in out.stderr


def test_output_cut_short_by_a_pipe_is_quiet(small_library: Path, tmp_path: Path) -> None:
    """`accord show … | head -1`: the reader leaves early; no error message follows."""
    # Far more than a pipe buffer holds, so the writer is still writing when head leaves.
    write_doc(small_library, "big.md", "---\ntitle: Big\ntype: guide\n---\n" + "word " * 200_000)
    cmd = (
        f"{sys.executable} -m desktop --library {small_library} --data-dir {tmp_path / 'd'} "
        "show big | head -c 1 >/dev/null"
    )
    out = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert "Broken pipe" not in out.stderr and "Traceback" not in out.stderr


def test_search_reads_for_the_language_the_question_is_written_in(tmp_path: Path) -> None:
    """No interface language on the command line: a French question lists French documents
    first (the glossary defines the term), an English one English documents."""

    def first(question: str) -> list[str]:
        result = accord("search", question, "--json", "--limit", "3", data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        return [hit["id"] for hit in json.loads(result.stdout)["hits"]]

    french = first("Qu'est-ce qu'un bac à sable réglementaire ?")
    assert french[0] == "translations/fr/glossary/glossary", french
    english = first("how do we stop an AI system that keeps making mistakes?")
    assert not any(hit.startswith("translations/") for hit in english), english
    assert {"standards/human-oversight", "playbooks/human-oversight-in-practice"} & set(english)
