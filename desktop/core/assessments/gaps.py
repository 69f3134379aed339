"""The gap list: the weakest answered questions first, with the documents that help.

A gap is an answered, shown item below full marks. Items closed by their gate also count
0 in the score, but the question to act on is their gate's, which is a gap itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.assessments.item_states import State, item_states
from desktop.core.library.checklists import Checklist

if TYPE_CHECKING:  # documents imports checklists; keep gaps importable on its own
    from desktop.core.library.documents import Library

# Document types a gap may link to: the material that helps close a gap.
GAP_LINK_TYPES = ("playbook", "standard")


@dataclass(frozen=True)
class Gap:
    """An answered item that scored below full marks, with what helps close it.

    ``links`` are document ids found as ``[[wikilinks]]`` in the guidance: resolved against
    the library and limited to playbooks and standards when a library is given, otherwise
    the link targets as written (normalised).
    """

    item_id: str
    ask: str
    component: str
    section: str
    answer: str
    value: float
    weight: float
    guidance: str
    links: tuple[str, ...] = ()


def guidance_links(guidance: str, library: Library | None = None) -> tuple[str, ...]:
    """Ids of the playbooks and standards that ``guidance`` links to (deduplicated, in order)."""
    from desktop.core.library.documents import iter_wikilinks, normalise_target

    found: list[str] = []
    for link in iter_wikilinks(guidance):
        if not link.target:
            continue
        if library is None:
            doc_id = normalise_target(link.target)
        else:
            doc = library.resolve(link.target)
            if doc is None or doc.type not in GAP_LINK_TYPES:
                continue
            doc_id = doc.id
        if doc_id and doc_id not in found:
            found.append(doc_id)
    return tuple(found)


def gap_list(
    checklist: Checklist,
    answers: Mapping[str, str],
    library: Library | None = None,
    limit: int | None = 10,
) -> list[Gap]:
    """The weakest answered, applicable items: lowest value first, then highest weight, then
    checklist order. Items answered with full marks or ``na`` are not gaps."""
    order = {item.id: n for n, item in enumerate(checklist.items)}
    candidates: list[Gap] = []
    for state in item_states(checklist, answers):
        item, value, answer = state.item, state.value, answers.get(state.item.id)
        if state.state != State.ANSWERED or value is None or value >= 1.0:
            continue
        candidates.append(
            Gap(
                item_id=item.id,
                ask=item.ask,
                component=item.component,
                section=item.section,
                answer=answer or "",
                value=value,
                weight=item.weight,
                guidance=item.guidance,
                links=guidance_links(item.guidance, library),
            )
        )
    candidates.sort(key=lambda g: (g.value, -g.weight, order[g.item_id]))
    return candidates if limit is None else candidates[:limit]
