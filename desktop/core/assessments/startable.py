"""The library's checklists as the "start an assessment" screen lists them.

A checklist that fails validation is listed with its problems but cannot be started;
drafts already started on it stay readable (the store keeps their own snapshot).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.assessments.errors import ChecklistNotStartableError, NotFoundError
from desktop.core.assessments.model import ChecklistInfo

if TYPE_CHECKING:
    from desktop.core.library.checklists import Checklist
    from desktop.core.library.documents import Library


def available_checklists(library: Library) -> list[ChecklistInfo]:
    """Every checklist document of ``library``, startable or not (with its problems)."""
    infos = []
    for doc in library.sorted_documents():
        # A translation lends its words to its original; it is not a checklist of its own.
        if doc.type != "checklist" or doc.translation_of:
            continue
        problems = tuple(
            f"{library.root / p.file}:{p.line}: {p.message}" for p in doc.checklist_problems
        )
        infos.append(
            ChecklistInfo(
                id=doc.id,
                title=doc.title,
                version=doc.checklist.version if doc.checklist else doc.version,
                path=doc.path,
                startable=doc.checklist is not None,
                problems=problems,
                items=len(doc.checklist.items) if doc.checklist else 0,
            )
        )
    return infos


def startable_checklist(library: Library, checklist_id: str) -> Checklist:
    """The checklist ``checklist_id`` of ``library``, ready to start an assessment.

    Raises NotFoundError (``assessment.checklist-not-found``) when there is no such
    checklist, ChecklistNotStartableError (with each problem as "file:line: message")
    when it fails validation.
    """
    doc = library.get(checklist_id) or library.resolve(checklist_id)
    if doc is not None and doc.translation_of:
        # The same questions: an assessment always records the original, whatever the
        # language it is answered in (desktop/core/library/translations.py).
        doc = library.get(doc.translation_of) or doc
    if doc is None or doc.type != "checklist":
        known = ", ".join(c.id for c in available_checklists(library)) or "none"
        raise NotFoundError(
            f"no checklist '{checklist_id}' in the library {library.root}; "
            f"installed checklists: {known}",
            code="assessment.checklist-not-found",
        )
    if doc.checklist is None:
        problems = doc.checklist_problems
        lines = "\n".join(f"  {library.root / p.file}:{p.line}: {p.message}" for p in problems)
        summary = (
            f"the checklist '{doc.id}' ({doc.path}) fails validation and cannot be started "
            "until it is fixed"
        )
        # The summary and the listing apart, so a front end can put its hint between them.
        raise ChecklistNotStartableError(
            f"{summary}:\n{lines}", problems, details={"summary": summary, "listing": lines}
        )
    return doc.checklist
