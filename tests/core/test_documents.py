"""Loading a library: good documents load, bad files become named problems."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.library.documents import load_library
from tests.conftest import SEED, write_doc


def test_loads_good_documents_and_names_the_broken_one(small_library: Path) -> None:
    library = load_library(small_library)
    assert set(library.documents) == {
        "standards/foundation-models",
        "playbooks/inspection",
        "glossary",
        "checklists/mini",
    }
    errors = library.errors()
    assert [(e.file, e.line) for e in errors] == [("broken.md", 4)]
    assert "invalid YAML" in errors[0].message


def test_metadata_fields(small_library: Path) -> None:
    doc = load_library(small_library).get("standards/foundation-models")
    assert doc is not None
    assert doc.type == "standard"
    assert doc.components == ["governance", "transparency"]
    assert doc.audience == ["regulator"]
    assert doc.tags == ["governance/foundation-models", "models"]
    assert doc.summary.startswith("What providers")
    assert (2, "Requirements") in doc.headings


def test_broken_wikilink_is_a_warning_with_line(small_library: Path) -> None:
    warnings = load_library(small_library).warnings()
    missing = [w for w in warnings if "nowhere/missing-page" in w.message]
    assert len(missing) == 1
    assert missing[0].file == "playbooks/inspection.md"
    assert missing[0].line == 11


def test_anchor_links_are_checked(tmp_path: Path) -> None:
    write_doc(tmp_path, "a.md", "---\ntitle: A\ntype: guide\n---\n[[b#Real]] [[b#Fake heading]]\n")
    write_doc(tmp_path, "b.md", "---\ntitle: B\ntype: guide\n---\n## Real\n")
    messages = [w.message for w in load_library(tmp_path).warnings()]
    assert len(messages) == 1
    assert "Fake heading" in messages[0]


def test_seed_document_loads_like_obsidian(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "framework.md")
    library = load_library(tmp_path)
    doc = library.get("framework")
    assert doc is not None
    assert doc.title == "Global AI Governance & Coordination Framework"
    assert doc.type == "reference"  # type/framework is an unknown kind
    assert doc.summary.startswith("IAEA-inspired")
    assert "type/framework" not in doc.tags and "governance" in doc.tags
    assert library.errors() == []
    kinds = {w.message.split(" ")[0] for w in library.warnings()}
    assert kinds == {"unknown", "link"}


def test_duplicate_id_is_an_error_and_first_wins(tmp_path: Path) -> None:
    write_doc(tmp_path, "a.md", "---\ntitle: A\ntype: guide\nid: same\n---\n")
    write_doc(tmp_path, "b.md", "---\ntitle: B\ntype: guide\nid: same\n---\n")
    library = load_library(tmp_path)
    assert library.get("same").title == "A"
    [error] = library.errors()
    assert error.file == "b.md" and "duplicate id 'same'" in error.message


def test_missing_title_not_utf8_and_no_front_matter(tmp_path: Path) -> None:
    write_doc(tmp_path, "untitled.md", "---\ntype: guide\n---\nBody\n")
    (tmp_path / "latin1.md").write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    write_doc(tmp_path, "bare.md", "# Only a heading\n")
    write_doc(tmp_path, "ok.md", "---\ntitle: OK\ntype: guide\n---\n")
    library = load_library(tmp_path)
    assert list(library.documents) == ["ok"]
    by_file = {e.file: e.message for e in library.errors()}
    assert "missing 'title'" in by_file["untitled.md"]
    assert "UTF-8" in by_file["latin1.md"]
    assert "no front matter" in by_file["bare.md"]


def test_hidden_folders_and_symlinks_are_skipped(tmp_path: Path) -> None:
    write_doc(tmp_path, ".obsidian/x.md", "---\ntitle: Hidden\n---\n")
    outside = write_doc(tmp_path.parent / "outside", "secret.md", "---\ntitle: S\n---\n")
    (tmp_path / "link.md").symlink_to(outside)
    assert load_library(tmp_path).documents == {}


def test_checklist_is_parsed_and_components_derived(small_library: Path) -> None:
    doc = load_library(small_library).get("checklists/mini")
    assert doc.checklist is not None
    assert [i.id for i in doc.checklist.items] == ["ETH-1", "ETH-2"]
    assert doc.checklist.items[1].scale == "maturity-0-4"
    assert doc.checklist.content_hash == doc.fingerprint
    assert doc.components == ["ethics"]


def test_malformed_checklist_stays_readable_but_not_startable(tmp_path: Path) -> None:
    write_doc(
        tmp_path,
        "bad.md",
        """
        ---
        title: Bad
        type: checklist
        sections:
          - id: s
            component: nonsense
            items:
              - id: A-1
                ask: Q?
                show_if: {item: A-2}
              - id: A-1
                ask: Again?
        ---
        Body
        """,
    )
    library = load_library(tmp_path)
    doc = library.get("bad")
    assert doc is not None and doc.checklist is None
    messages = " | ".join(e.message for e in library.errors())
    assert "unknown component 'nonsense'" in messages
    assert "duplicate item id 'A-1'" in messages
    lines = sorted(e.line for e in library.errors())
    assert lines[0] >= 5  # lines point into the front matter, not at the top


def test_resolve_by_basename_and_title(small_library: Path) -> None:
    library = load_library(small_library)
    assert library.resolve("inspection").id == "playbooks/inspection"
    assert library.resolve("Conduct an inspection").id == "playbooks/inspection"
    assert library.resolve("playbooks/inspection.md").id == "playbooks/inspection"
    assert library.resolve("nope") is None


def test_missing_library_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    library = load_library(tmp_path / "nope")
    assert library.documents == {}
    assert "does not exist" in library.problems[0].message
