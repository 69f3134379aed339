"""The checklist titles the assessment screens show: the translation's title in its
language, the stored title where the library has none."""

from __future__ import annotations

from types import SimpleNamespace

from desktop.core.library.documents import load_library
from desktop.core.library.translations import versions
from desktop.core.storage import paths
from desktop.ui.assessment.checklist_titles import checklist_title, remember_titles


def test_titles_match_the_versions_of_every_bundled_checklist() -> None:
    library = load_library(paths.bundled_library())
    remember_titles(library)
    try:
        originals = [
            d for d in library.documents.values() if d.type == "checklist" and not d.translation_of
        ]
        assert originals
        for doc in originals:
            stored = SimpleNamespace(checklist_id=doc.id, checklist_title="stored title")
            for language in ("en", "fr", "es", "pt", "ar"):
                expected = versions(library, doc.id).get(language)
                want = expected.title if expected is not None else "stored title"
                assert checklist_title(stored, language) == want, (doc.id, language)
        # A checklist the library does not have keeps the title it stored.
        gone = SimpleNamespace(checklist_id="checklists/removed", checklist_title="Old title")
        assert checklist_title(gone, "fr") == "Old title"
    finally:
        remember_titles(None)
    assert (
        checklist_title(SimpleNamespace(checklist_id=originals[0].id, checklist_title="x"), "fr")
        == "x"
    )
