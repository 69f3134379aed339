"""Results per framework: the same answers read against NIST AI RMF, UNESCO RAM, the OECD
AI Principles and the EU AI Act.

Each checklist item names the parts of other frameworks it tests (``frameworks:``, see
``desktop/core/library/frameworks.py``). For every part an item maps to (NIST AI RMF
*GOVERN*, UNESCO RAM *legal*, EU AI Act *Art. 9*…), the part's items are scored with the
same rules as a component (:func:`desktop.core.assessments.scoring.tally`): closed items
count 0, coverage beside the score, no number below the checklist's minimum coverage.
An item that maps to two ids of one part counts once in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.assessments.item_states import ItemState, item_states
from desktop.core.assessments.scoring import Tally, tally
from desktop.core.library.checklists import Checklist
from desktop.core.library.frameworks import FRAMEWORKS


@dataclass(frozen=True)
class PartScore(Tally):
    """One part of a framework (a NIST function, a UNESCO dimension, an article…)."""

    part: str
    title: str
    item_ids: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        """The part's figures and its title."""
        return {"title": self.title, **self.tally_json()}


@dataclass(frozen=True)
class FrameworkResult:
    """The parts of one framework that the checklist's items map to, in the framework's
    own order."""

    framework: str
    title: str
    parts: tuple[PartScore, ...]
    short: str = ""  # "NIST AI RMF"

    @property
    def items(self) -> int:
        """How many items of the checklist map to this framework."""
        return len({i for p in self.parts for i in p.item_ids})

    def as_json(self) -> dict[str, Any]:
        """``{"title", "items", "parts": {part id: {...}}}``."""
        return {
            "title": self.title,
            "items": self.items,
            "parts": {p.part: p.as_json() for p in self.parts},
        }


def framework_results_of(states: list[ItemState], min_coverage: float) -> list[FrameworkResult]:
    """Per-framework results of already settled item states."""
    results = []
    for fid, framework in FRAMEWORKS.items():
        groups: dict[str, dict[str, ItemState]] = {}
        for s in states:
            for mapped, refs in s.item.frameworks:
                if mapped != fid:
                    continue
                for ref in refs:
                    groups.setdefault(framework.part_of(ref), {})[s.item.id] = s
        if not groups:
            continue
        order = list(framework.parts)
        parts = tuple(
            PartScore(
                **tally(groups[part].values(), min_coverage),
                part=part,
                title=framework.parts.get(part, part),
                item_ids=tuple(groups[part]),
            )
            for part in sorted(groups, key=lambda p: order.index(p) if p in order else len(order))
        )
        results.append(FrameworkResult(fid, framework.title, parts, framework.short))
    return results


def framework_results(checklist: Checklist, answers: Mapping[str, str]) -> list[FrameworkResult]:
    """Per-framework results of ``answers`` (only the frameworks the checklist maps to)."""
    return framework_results_of(item_states(checklist, answers), checklist.min_coverage)


def frameworks_json(results: list[FrameworkResult]) -> dict[str, Any]:
    """The ``"frameworks"`` key of ``accord assessment score --json``."""
    return {r.framework: r.as_json() for r in results}
