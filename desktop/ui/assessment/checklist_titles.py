"""A checklist's title in the interface's language, for the screens that list
assessments (the list, the workshop, the runner's and the results' headers).

An assessment stores the title of its checklist as it was when it started (English for
the bundled checklists). The screens show the title of the checklist's translation in
the interface language when the library has one, and the stored title otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop.core.library.translations import versions
from desktop.ui.translations.language import current_language

if TYPE_CHECKING:
    from desktop.core.library.documents import Library


class _HasChecklist(Protocol):
    checklist_id: str
    checklist_title: str


# (checklist id, language) -> title; filled when a library is loaded. One table for the
# whole app: every screen shows the same library, and a rebuilt window reuses it.
_TITLES: dict[tuple[str, str], str] = {}


def remember_titles(library: Library | None) -> None:
    """Learn the titles of every checklist of ``library`` in every language it has."""
    _TITLES.clear()
    if library is None:
        return
    for doc in library.sorted_documents():
        if doc.type != "checklist" or doc.translation_of:
            continue
        for language, version in versions(library, doc.id).items():
            _TITLES[(doc.id, language)] = version.title


def checklist_title(assessment: _HasChecklist, language: str | None = None) -> str:
    """The title of ``assessment``'s checklist in ``language`` (default: the
    interface's), or the title it stored when the library has none in that language."""
    wanted = language or current_language()
    return _TITLES.get((assessment.checklist_id, wanted), assessment.checklist_title)
