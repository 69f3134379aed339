"""The benchmark corpus generator is deterministic and writes valid library files."""

from __future__ import annotations

import yaml

from bench.corpus import generate, write_library


def test_same_seed_same_corpus():
    assert generate(30, seed=3) == generate(30, seed=3)
    assert generate(30, seed=3) != generate(30, seed=4)


def test_corpus_is_varied():
    docs = generate(200)
    assert len({d.id for d in docs}) == 200
    assert {d.language for d in docs} >= {"en", "fr", "es"}
    assert {d.type for d in docs} >= {"standard", "playbook", "checklist"}
    assert any("/" in t for d in docs for t in d.tags)


def test_written_files_have_front_matter(tmp_path):
    assert write_library(tmp_path, 12) == 12
    files = sorted(tmp_path.rglob("*.md"))
    assert len(files) == 12
    for path in files:
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        assert meta["title"] and meta["type"] and meta["language"]
        assert isinstance(meta["tags"], list) and isinstance(meta["components"], list)
        assert body.lstrip().startswith("# ")
        # The id defaults to the path without ".md" (CONTENT.md), as in the IndexDoc.
        assert path.parent.name in {
            "standards",
            "playbooks",
            "guides",
            "checklists",
            "reference",
            "glossary",
        }


def test_checklists_carry_questions(tmp_path):
    write_library(tmp_path, 60)
    checklists = sorted((tmp_path / "checklists").glob("*.md"))
    assert checklists
    item_ids = []
    for path in checklists:
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])
        assert meta["type"] == "checklist" and meta["sections"]
        for section in meta["sections"]:
            assert section["component"] in meta["components"]
            item_ids += [item["id"] for item in section["items"]]
            assert all(item["ask"].endswith("?") for item in section["items"])
    assert len(item_ids) == len(set(item_ids))
    # The in-memory documents index the questions, as the app does.
    in_memory = {d.id: d for d in generate(60)}
    first = checklists[0]
    doc = in_memory[f"checklists/{first.stem}"]
    assert (
        yaml.safe_load(first.read_text().split("---\n", 2)[1])["sections"][0]["items"][0]["ask"]
        in doc.body
    )
