"""The state of every checklist item under a set of answers: the first step of scoring.

``docs/scoring.md`` (version 2 of the method) puts every item in exactly one state:

* **answered**: shown, with an answer that has a value (``yes``, ``2``, a figure in range);
* **closed**: its gate (``show_if``) is shut by an answered question, or by a closed one;
  it counts in the score at the lowest value, 0, and in the coverage as answered;
* **not applicable**: answered ``na`` by the respondent, or behind a gate whose question
  is not applicable; it leaves both the score and the coverage;
* **open**: shown, without an answer yet;
* **waiting**: behind a gate whose question has no answer yet; not shown, and counted in
  the coverage as not answered (it may still be asked).

Gates may only look back (the parser checks it), so one pass in checklist order settles
every item from its already settled gate question.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item


class State(enum.StrEnum):
    """Where an item stands (see the module docstring)."""

    ANSWERED = "answered"
    CLOSED = "closed"
    NOT_APPLICABLE = "na"
    OPEN = "open"
    WAITING = "waiting"


@dataclass(frozen=True)
class ItemState:
    """One item's state; ``value`` is what it counts in the score (its answer's value,
    0 when closed, None when it does not count)."""

    item: Item
    state: State
    value: float | None
    shown: bool  # the runner asks it now

    @property
    def counted(self) -> bool:
        """True when the item counts in the score (answered or closed)."""
        return self.value is not None

    @property
    def applicable(self) -> bool:
        """True when the item counts in the coverage's denominator."""
        return self.state != State.NOT_APPLICABLE


def _own_state(item: Item, answer: str | None) -> ItemState:
    """The state of a shown item from its own answer."""
    if answer == NOT_APPLICABLE:
        return ItemState(item, State.NOT_APPLICABLE, None, True)
    value = item.value_of(answer) if answer is not None else None
    if value is None:
        return ItemState(item, State.OPEN, None, True)
    return ItemState(item, State.ANSWERED, value, True)


def _gated_state(item: Item, gate: ItemState | None, answer: str | None, opened: bool) -> ItemState:
    """The state of an item behind a gate whose question is in state ``gate``."""
    if gate is None:  # a cycle or a missing question in a hand-built checklist
        return ItemState(item, State.WAITING, None, False)
    if gate.state == State.NOT_APPLICABLE:
        return ItemState(item, State.NOT_APPLICABLE, None, False)
    if gate.state == State.CLOSED:
        return ItemState(item, State.CLOSED, 0.0, False)
    if gate.state in (State.OPEN, State.WAITING):
        return ItemState(item, State.WAITING, None, False)
    if opened:
        return _own_state(item, answer)
    return ItemState(item, State.CLOSED, 0.0, False)


def item_states(checklist: Checklist, answers: Mapping[str, str]) -> list[ItemState]:
    """Every item's state under ``answers`` (item id → stored answer), in checklist order.

    An answer stored for a closed or waiting item (given before its gate question
    changed) is kept by the store but does not count until the gate opens again.
    """
    by_id = {item.id: item for item in checklist.items}
    settled: dict[str, ItemState] = {}

    def settle(item: Item, visiting: frozenset[str]) -> ItemState | None:
        known = settled.get(item.id)
        if known is not None:
            return known
        if item.id in visiting:
            return None
        rule = item.show_if
        if rule is None:
            state = _own_state(item, answers.get(item.id))
        else:
            target = by_id.get(rule.item)
            gate = None if target is None else settle(target, visiting | {item.id})
            opened = answers.get(rule.item) in rule.values
            state = _gated_state(item, gate, answers.get(item.id), opened)
        settled[item.id] = state
        return state

    return [
        settle(item, frozenset()) or _gated_state(item, None, None, False)
        for item in checklist.items
    ]


def applicable_items(checklist: Checklist, answers: Mapping[str, str]) -> list[Item]:
    """The items the runner shows for ``answers`` (their gates are open), in order."""
    return [s.item for s in item_states(checklist, answers) if s.shown]


@dataclass(frozen=True)
class Progress:
    """How far a section (or the whole checklist) is: ``done`` counts every response,
    ``na`` included, out of ``total`` shown items."""

    done: int
    total: int

    @property
    def complete(self) -> bool:
        """True when every shown item has a response."""
        return self.done >= self.total


def unanswered_items(checklist: Checklist, answers: Mapping[str, str]) -> list[Item]:
    """Shown items with no response at all (``na`` counts as a response), in order."""
    return [s.item for s in item_states(checklist, answers) if s.state == State.OPEN]


@dataclass(frozen=True)
class QuestionCount:
    """The questions of a checklist (or a section) as every screen counts them, so the
    start dialog, the runner, the list and the results agree: ``total`` is every question;
    ``answered`` those with a response (``na`` included); ``closed`` those an earlier
    answer closed (not asked: they count 0, or leave the score behind a question marked
    not applicable); ``open`` asked and not answered; ``waiting`` asked only once an
    earlier question has an answer. The five add up to ``total``."""

    total: int
    answered: int
    closed: int
    open: int
    waiting: int

    @property
    def done(self) -> int:
        """Questions that need nothing more: answered or closed."""
        return self.answered + self.closed


def count_states(states: Iterable[ItemState]) -> QuestionCount:
    """The :class:`QuestionCount` of ``states``."""
    answered = closed = open_ = waiting = total = 0
    for s in states:
        total += 1
        if s.state == State.OPEN:
            open_ += 1
        elif s.state == State.WAITING:
            waiting += 1
        elif s.shown:
            answered += 1  # answered, or marked not applicable by the respondent
        else:
            closed += 1  # closed by an earlier answer (or not applicable behind one)
    return QuestionCount(total, answered, closed, open_, waiting)


def question_count(checklist: Checklist, answers: Mapping[str, str]) -> QuestionCount:
    """The checklist's :class:`QuestionCount` under ``answers``."""
    return count_states(item_states(checklist, answers))


def section_progress(checklist: Checklist, answers: Mapping[str, str]) -> dict[str, Progress]:
    """Progress per section id (shown items only; ``na`` counts as done)."""
    states = {s.item.id: s for s in item_states(checklist, answers)}
    progress: dict[str, Progress] = {}
    for section in checklist.sections:
        shown = [states[i.id] for i in section.items if states[i.id].shown]
        done = sum(1 for s in shown if s.state != State.OPEN)
        progress[section.id] = Progress(done, len(shown))
    return progress
