"""Checklists: the questions a self-assessment asks, read from a document's front matter.

The model follows ``CONTENT.md`` and ``docs/scoring.md``: sections of items, three scales
(yes/partial/no, maturity 0–4, and numbers scored by bands), weights, guidance, evidence
prompts, ``show_if`` skip logic (gates that open upwards), the minimum coverage and
crosswalks to other frameworks. ``parse_checklist`` never raises: it returns
the model (or None) and a list of problems that each name the line and the fix.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from desktop.core.library.checklist_extras import (
    DEFAULT_MIN_COVERAGE,
    gate_problem,
    parse_frameworks,
    parse_indicator,
    parse_min_coverage,
)
from desktop.core.library.components import COMPONENTS
from desktop.core.library.frontmatter import FrontMatter
from desktop.core.library.indicators import Indicator

SCALES: dict[str, dict[str, float]] = {
    "yes-partial-no": {"yes": 1.0, "partial": 0.5, "no": 0.0},
    "maturity-0-4": {str(level): level / 4 for level in range(5)},
    # A figure, scored by the item's bands (indicators.py): no fixed list of answers.
    "number": {},
}
NOT_APPLICABLE = "na"
# Fields a writer may set; a near miss of one ("show-if", "weigth") is an error, because
# ignoring it would silently change the questions. Other unknown fields are kept and ignored.
ITEM_FIELDS = (
    "id",
    "ask",
    "guidance",
    "evidence",
    "weight",
    "show_if",
    "scale",
    "component",
    "frameworks",
    "unit",
    "bands",
    "source",
    "higher_is_better",
    "range",
)
SECTION_FIELDS = ("id", "title", "component", "items")
SHOW_IF_FIELDS = ("item", "in")


@dataclass(frozen=True)
class ShowIf:
    """Show an item only when an earlier item's answer is one of ``values``."""

    item: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    id: str
    ask: str
    section: str
    component: str
    scale: str = "yes-partial-no"
    weight: float = 1.0
    guidance: str = ""
    evidence: str = ""
    show_if: ShowIf | None = None
    line: int = 0
    # (framework id, (reference ids…)) pairs: what this item tests elsewhere.
    frameworks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    indicator: Indicator | None = None  # for scale "number"

    def value_of(self, answer: str) -> float | None:
        """The numeric value of an answer; None for ``na`` or an unknown answer."""
        if self.indicator is not None:
            return None if answer == NOT_APPLICABLE else self.indicator.value_of(answer)
        return SCALES[self.scale].get(answer)

    def allowed_answers(self) -> tuple[str, ...]:
        """The fixed answers of the item's scale (a number item takes any figure too)."""
        return (*SCALES[self.scale], NOT_APPLICABLE)

    def accepts(self, answer: str | None) -> bool:
        """True when ``answer`` is a response to this item: ``na`` or an answer with a
        value (for a number item, a figure in its range)."""
        return answer == NOT_APPLICABLE or (
            answer is not None and self.value_of(answer) is not None
        )

    def answers_by_value(self) -> list[str]:
        """The scale's fixed answers from the lowest value to the highest."""
        return sorted(SCALES[self.scale], key=lambda a: SCALES[self.scale][a])


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    component: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    version: str
    scale: str
    sections: tuple[Section, ...]
    content_hash: str = ""
    min_coverage: float = DEFAULT_MIN_COVERAGE

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def item(self, item_id: str) -> Item | None:
        for item in self.items:
            if item.id == item_id:
                return item
        return None

    def is_applicable(self, item: Item, answers: dict[str, str]) -> bool:
        """Whether skip logic shows ``item`` given the current answers (chains included)."""
        seen: set[str] = set()
        current: Item | None = item
        while current is not None and current.show_if is not None:
            if current.id in seen:  # a cycle is rejected by validation; stay safe anyway
                return False
            seen.add(current.id)
            rule = current.show_if
            if answers.get(rule.item) not in rule.values:
                return False
            current = self.item(rule.item)
        return True


@dataclass
class ChecklistProblem:
    line: int
    message: str


@dataclass
class _Parser:
    """What parsing one checklist has found so far: problems, and the ids already seen
    (duplicates are reported against the line that used an id first)."""

    fm: FrontMatter
    problems: list[ChecklistProblem] = field(default_factory=list)
    default_scale: str = "yes-partial-no"
    seen_items: dict[str, int] = field(default_factory=dict)
    seen_sections: dict[str, int] = field(default_factory=dict)
    show_if_lines: dict[str, int] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def error(self, message: str, *path: str | int) -> None:
        self.problems.append(ChecklistProblem(self.fm.line_of(*path), message))


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def parse_checklist(doc_id: str, title: str, fm: FrontMatter) -> tuple[Checklist | None, list]:
    """Build the checklist in ``fm``; returns (checklist or None, problems)."""
    p = _Parser(fm)
    data = fm.data
    p.default_scale = _default_scale(p, data)
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        p.error(
            "a checklist needs 'sections:', a list of sections each with 'id', 'title' and 'items'",
            "sections",
        )
        return None, p.problems
    sections = [
        section
        for s_index, raw in enumerate(raw_sections)
        if (section := _parse_section(p, s_index, raw)) is not None
    ]
    _check_show_if_targets(p, sections)
    if p.problems:
        return None, p.problems
    checklist = Checklist(
        id=doc_id,
        title=title,
        version=_text(data.get("version")) or "0.0.0",
        scale=p.default_scale,
        sections=tuple(sections),
        min_coverage=parse_min_coverage(p, data),
    )
    if p.problems:
        return None, p.problems
    return checklist, []


def _default_scale(p: _Parser, data: dict[str, Any]) -> str:
    """The checklist's own ``scale:`` (yes-partial-no when missing or unknown)."""
    default_scale = _text(data.get("scale")) or "yes-partial-no"
    if default_scale not in SCALES:
        p.error(
            f"unknown scale '{default_scale}'; use one of: {', '.join(SCALES)}",
            "scale",
        )
        default_scale = "yes-partial-no"
    return default_scale


def _parse_section(p: _Parser, s_index: int, raw: Any) -> Section | None:
    """One entry of ``sections:``; None when it has no usable items."""
    where: tuple[str | int, ...] = ("sections", s_index)
    if not isinstance(raw, dict):
        p.error("each section must be a mapping with 'id', 'title' and 'items'", *where)
        return None
    s_id = _text(raw.get("id")) or f"section-{s_index + 1}"
    _check_fields(p, raw, SECTION_FIELDS, f"section '{s_id}'", where)
    if s_id in p.seen_sections:
        p.error(
            f"duplicate section id '{s_id}' (first used on line {p.seen_sections[s_id]}); "
            "give each section its own id",
            *where,
            "id",
        )
    p.seen_sections.setdefault(s_id, p.fm.line_of(*where, "id"))
    s_title = _text(raw.get("title")) or s_id
    s_component = _text(raw.get("component"))
    if s_component and s_component not in COMPONENTS:
        p.error(
            f"unknown component '{s_component}' in section '{s_id}'; "
            f"use one of: {', '.join(COMPONENTS)}",
            *where,
            "component",
        )
    raw_items = raw.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        p.error(f"section '{s_id}' has no 'items:' list", *where)
        return None
    items = [
        item
        for i_index, raw_item in enumerate(raw_items)
        if (item := _parse_item(p, raw_item, (*where, "items", i_index), s_id, s_component))
        is not None
    ]
    return Section(s_id, s_title, s_component, tuple(items))


def _parse_item(
    p: _Parser, raw_item: Any, iwhere: tuple[str | int, ...], s_id: str, s_component: str
) -> Item | None:
    """One entry of a section's ``items:``; None when it has no id or repeats one."""
    if not isinstance(raw_item, dict):
        p.error("each item must be a mapping with 'id' and 'ask'", *iwhere)
        return None
    item_id = _text(raw_item.get("id"))
    ask = _text(raw_item.get("ask"))
    if not item_id:
        p.error("an item has no 'id'; give it a stable id such as 'ETH-1'", *iwhere)
        return None
    if item_id in p.seen_items:
        p.error(
            f"duplicate item id '{item_id}' (first used on line "
            f"{p.seen_items[item_id]}); item ids must be unique and never reused",
            *iwhere,
            "id",
        )
        return None
    p.seen_items[item_id] = p.fm.line_of(*iwhere, "id")
    if not ask:
        p.error(f"item '{item_id}' has no 'ask' (the question to show)", *iwhere)
    _check_fields(p, raw_item, ITEM_FIELDS, f"item '{item_id}'", iwhere)
    if raw_item.get("show_if") is not None:
        p.show_if_lines[item_id] = p.fm.line_of(*iwhere, "show_if")
    component = _item_component(p, raw_item, item_id, s_component, iwhere)
    scale = _item_scale(p, raw_item, item_id, iwhere)
    weight = _item_weight(p, raw_item, item_id, iwhere)
    show_if = _parse_show_if(p, raw_item.get("show_if"), item_id, iwhere)
    indicator = parse_indicator(p, raw_item, item_id, iwhere) if scale == "number" else None
    p.order.append(item_id)
    return Item(
        id=item_id,
        ask=ask,
        section=s_id,
        component=component,
        scale=scale,
        weight=weight,
        guidance=_text(raw_item.get("guidance")),
        evidence=_text(raw_item.get("evidence")),
        show_if=show_if,
        line=p.fm.line_of(*iwhere),
        frameworks=parse_frameworks(p, raw_item.get("frameworks"), item_id, iwhere),
        indicator=indicator,
    )


def _item_component(
    p: _Parser, raw_item: dict, item_id: str, s_component: str, iwhere: tuple[str | int, ...]
) -> str:
    """The item's component, inherited from its section when it sets none."""
    component = _text(raw_item.get("component")) or s_component
    if not component:
        p.error(
            f"item '{item_id}' has no component; set 'component:' on its section "
            f"or the item (one of: {', '.join(COMPONENTS)})",
            *iwhere,
        )
    elif component not in COMPONENTS:
        p.error(
            f"unknown component '{component}' on item '{item_id}'; "
            f"use one of: {', '.join(COMPONENTS)}",
            *iwhere,
            "component",
        )
    return component


def _item_scale(p: _Parser, raw_item: dict, item_id: str, iwhere: tuple[str | int, ...]) -> str:
    """The item's scale, the checklist's when it sets none (or an unknown one)."""
    scale = _text(raw_item.get("scale")) or p.default_scale
    if scale not in SCALES:
        p.error(
            f"unknown scale '{scale}' on item '{item_id}'; use one of: {', '.join(SCALES)}",
            *iwhere,
            "scale",
        )
        scale = p.default_scale
    return scale


def _item_weight(p: _Parser, raw_item: dict, item_id: str, iwhere: tuple[str | int, ...]) -> float:
    """The item's weight: a positive finite number, 1 when missing or wrong."""
    weight_raw = raw_item.get("weight", 1)
    try:
        if isinstance(weight_raw, bool):  # YAML's yes/no are booleans, not weights
            raise ValueError
        weight = float(weight_raw)
        if weight <= 0 or weight != weight or weight == float("inf"):
            raise ValueError
    except (TypeError, ValueError):
        p.error(
            f"weight of item '{item_id}' must be a positive number, not '{weight_raw}'",
            *iwhere,
            "weight",
        )
        weight = 1.0
    return weight


def _check_show_if_targets(p: _Parser, sections: list[Section]) -> None:
    """show_if may only look back: that rules out missing targets, forward references
    and cycles in one check, and lets the runner evaluate items top to bottom."""
    position = {item_id: n for n, item_id in enumerate(p.order)}
    by_id = {item.id: item for section in sections for item in section.items}
    for item in by_id.values():
        if item.show_if is not None:
            message = _show_if_target_problem(item, position, by_id)
            if message:
                line = p.show_if_lines.get(item.id, item.line)
                p.problems.append(ChecklistProblem(line, message))


def _show_if_target_problem(
    item: Item, position: dict[str, int], by_id: dict[str, Item]
) -> str | None:
    """What is wrong with the item ``item``'s show_if names, if anything."""
    rule = item.show_if
    assert rule is not None
    if rule.item == item.id:
        return (
            f"item '{item.id}' has show_if on itself (a cycle); make it depend on an "
            "earlier item or remove the show_if"
        )
    if rule.item not in position:
        return (
            f"show_if of item '{item.id}' names '{rule.item}', which does not exist; "
            "name an earlier item of this checklist"
        )
    if position[rule.item] > position[item.id]:
        return (
            f"show_if of item '{item.id}' names '{rule.item}', which comes later; "
            "skip logic may only depend on earlier items (move one of them)"
        )
    target = by_id[rule.item]
    if target.indicator is not None:
        return (
            f"show_if of item '{item.id}' depends on '{rule.item}', which is answered with a "
            "number; make it depend on a yes/partial/no or maturity item"
        )
    if NOT_APPLICABLE in rule.values:
        return (
            f"show_if of item '{item.id}' opens for 'na' from '{rule.item}'; an item that "
            f"depends on a not-applicable answer is not applicable itself, so remove 'na' "
            "from its 'in:' list"
        )
    bad = [v for v in rule.values if v not in target.allowed_answers()]
    if bad:
        return (
            f"show_if of item '{item.id}' expects {bad} from '{rule.item}', "
            f"whose answers are {list(SCALES[target.scale])}"
        )
    return gate_problem(item.id, rule.item, rule.values, target.answers_by_value()) or None


def _parse_show_if(p: _Parser, raw: Any, item_id: str, where: tuple) -> ShowIf | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or "item" not in raw:
        p.error(
            f"show_if of item '{item_id}' must look like {{item: ETH-1, in: [yes, partial]}}",
            *where,
            "show_if",
        )
        return None
    unknown = [str(k) for k in raw if k not in SHOW_IF_FIELDS]
    if unknown:
        # e.g. {item: ETH-1, equals: partial}: guessing would change who sees the question.
        p.error(
            f"show_if of item '{item_id}' has unknown field(s) {', '.join(unknown)}; write "
            "{item: ETH-1, in: [yes, partial]}",
            *where,
            "show_if",
        )
    values = raw.get("in", ["yes"])
    if not isinstance(values, list):
        values = [values]
    if not values:
        p.error(
            f"show_if of item '{item_id}' has an empty 'in:' list, so the item would never "
            "be shown; list the answers that show it, e.g. in: [yes, partial]",
            *where,
            "show_if",
        )
    return ShowIf(item=_text(raw["item"]), values=tuple(_answer_text(v) for v in values))


def _check_fields(
    p: _Parser, raw: dict, known: tuple[str, ...], what: str, where: tuple[str | int, ...]
) -> None:
    """Report fields that look like a misspelt known field (``show-if``, ``weigth``)."""
    for key in raw:
        name = str(key)
        if name in known:
            continue
        close = difflib.get_close_matches(name.replace("-", "_").lower(), known, n=1, cutoff=0.75)
        if close:
            p.error(
                f"{what} has the field '{name}'; did you mean '{close[0]}'? "
                "(a misspelt field would be ignored)",
                *where,
                name,
            )


def _answer_text(value: Any) -> str:
    # PyYAML follows YAML 1.1, where a bare yes/no is a boolean; writers mean the answer.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _text(value).lower()
