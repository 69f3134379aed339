"""A checklist's title in the interface's language, for the screens that list
assessments (the list, the workshop, the runner's and the results' headers).

An assessment stores the title of its checklist as it was when it started (English for
the bundled checklists). The screens show the title of the checklist's translation in
the interface language when the library has one, and the stored title otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop.core.library.documents import library_order
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
    """Learn the titles of every checklist of ``library`` in every language it has.

    One pass over the library (it is called when a library loads, on the UI thread): the
    originals first, then the translations in the library's order, the first title of a
    language winning, as in :func:`desktop.core.library.translations.versions`."""
    _TITLES.clear()
    if library is None:
        return
    checklists = [d for d in library.documents.values() if d.type == "checklist"]
    checklists.sort(key=lambda d: (bool(d.translation_of), library_order(d)))
    for doc in checklists:
        _TITLES.setdefault((doc.translation_of or doc.id, doc.language), doc.title)


def checklist_title(assessment: _HasChecklist, language: str | None = None) -> str:
    """The title of ``assessment``'s checklist in ``language`` (default: the
    interface's), or the title it stored when the library has none in that language."""
    wanted = language or current_language()
    return _TITLES.get((assessment.checklist_id, wanted), assessment.checklist_title)
