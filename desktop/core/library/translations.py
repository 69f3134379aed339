"""Documents in several languages: which translations a document has, and a checklist
shown in the reader's language with the original's structure.

A translation is a document with ``translation_of: <original id>`` and its own
``language``. For reading, any document may be shown in another language. A checklist is
special: an assessment answered in one language is scored, compared and reported in
another, so a translated checklist only lends its *words* (questions, guidance, evidence,
section titles, units and sources); the ids, scales, weights, gates, crosswalks and bands
always come from the original, and a translation that disagrees with its original on any
of them is an error for ``accord check`` (and is not used).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.library.checklists import Checklist, Item
from desktop.core.library.documents import Document, Library, Problem, library_order


def original_id(doc: Document) -> str:
    """The id of the original of ``doc`` (its own id when it is not a translation)."""
    return doc.translation_of or doc.id


def versions(library: Library, doc_id: str) -> dict[str, Document]:
    """Every language ``doc_id`` can be read in: language → document (the original
    under its own language, then its translations). Works from a translation's id too."""
    doc = library.get(doc_id)
    if doc is None:
        return {}
    original = library.get(original_id(doc)) or doc
    found = {original.language: original}
    # Only the translations are put in the library's order: sorting the whole library
    # here cost seconds when it is asked for every checklist of a large library.
    translations = [d for d in library.documents.values() if d.translation_of == original.id]
    for other in sorted(translations, key=library_order):
        if other.language not in found:
            found[other.language] = other
    return found


def in_language(library: Library, doc_id: str, language: str) -> Document | None:
    """``doc_id`` in ``language`` when a translation exists, else the document itself."""
    return versions(library, doc_id).get(language) or library.get(doc_id)


def structure_problems(original: Checklist, translation: Checklist) -> list[str]:
    """How a translated checklist's structure differs from its original's (empty when it
    may lend its words)."""
    problems = []
    if translation.version != original.version:
        problems.append(
            f"it is version {translation.version}, its original {original.version}; "
            "translate the original's current version"
        )
    ours = [(s.id, s.component, [i.id for i in s.items]) for s in original.sections]
    theirs = [(s.id, s.component, [i.id for i in s.items]) for s in translation.sections]
    if ours != theirs:
        problems.append(
            "its sections and items are not the original's (same ids, components and order "
            "are needed, so that answers mean the same in every language)"
        )
        return problems
    by_id = {item.id: item for item in translation.items}
    for item in original.items:
        other = by_id[item.id]
        if _rules(item) != _rules(other):
            problems.append(
                f"item {item.id} does not score like the original (scale, weight, show_if, "
                "frameworks, bands and range must be the same; only words are translated)"
            )
    return problems


def _rules(item: Item) -> tuple[object, ...]:
    """Everything about an item that decides its score (not its words)."""
    indicator = item.indicator
    bands = None
    if indicator is not None:
        bands = (indicator.bands, indicator.higher_is_better, indicator.low, indicator.high)
    return (item.scale, item.weight, item.show_if, item.frameworks, item.component, bands)


def localized_checklist(original: Checklist, translation: Checklist | None) -> Checklist:
    """``original`` with the words of ``translation`` (the original when there is none or
    when its structure differs)."""
    if translation is None or structure_problems(original, translation):
        return original
    words = {item.id: item for item in translation.items}
    sections = tuple(
        replace(
            section,
            title=other.title,
            items=tuple(_worded(item, words[item.id]) for item in section.items),
        )
        for section, other in zip(original.sections, translation.sections, strict=True)
    )
    return replace(original, title=translation.title, sections=sections)


def _worded(item: Item, other: Item) -> Item:
    indicator = item.indicator
    if indicator is not None and other.indicator is not None:
        indicator = replace(indicator, unit=other.indicator.unit, source=other.indicator.source)
    return replace(
        item, ask=other.ask, guidance=other.guidance, evidence=other.evidence, indicator=indicator
    )


def checklist_in(library: Library, checklist: Checklist, language: str) -> Checklist:
    """``checklist`` (an original, or an assessment's stored copy of it) in ``language``
    when the library has a matching translation."""
    doc = in_language(library, checklist.id, language)
    if doc is None or doc.id == checklist.id or doc.checklist is None:
        return checklist
    return localized_checklist(checklist, doc.checklist)


def translation_problems(library: Library) -> list[Problem]:
    """An error for each translated checklist whose structure is not its original's."""
    problems = []
    for doc in library.sorted_documents():
        original = library.get(doc.translation_of) if doc.translation_of else None
        if doc.checklist is None or original is None or original.checklist is None:
            continue
        for message in structure_problems(original.checklist, doc.checklist):
            problems.append(Problem(doc.path, 1, f"this translation of '{original.id}': {message}"))
    return problems


def is_translation(doc: Document) -> bool:
    """True for a translation (it lends its words to an original; it starts nothing)."""
    return bool(doc.translation_of)
