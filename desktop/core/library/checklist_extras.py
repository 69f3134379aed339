"""The parts of a checklist item that version 2 of the scoring method added: framework
crosswalks, numeric indicators, the minimum coverage, and gates that open upwards.

``desktop/core/library/checklists.py`` calls these while it parses; each reports problems
through the parser's ``error`` (a line and a fix) and returns a usable default.
"""

from __future__ import annotations

import itertools
import math
from typing import Any, Protocol

from desktop.core.library.frameworks import FRAMEWORKS, normalise_ref
from desktop.core.library.indicators import LEVELS, Indicator

DEFAULT_MIN_COVERAGE = 0.8

Where = tuple[str | int, ...]


class Reports(Protocol):
    def error(self, message: str, *path: str | int) -> None: ...


def parse_frameworks(
    p: Reports, raw: Any, item_id: str, where: Where
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``frameworks: {nist-ai-rmf: [GOVERN 1.1], …}`` → ((framework, (ids…)), …)."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        p.error(
            f"frameworks of item '{item_id}' must map a framework to a list of ids, e.g. "
            "{nist-ai-rmf: [GOVERN 1.1], unesco-ram: [legal]}",
            *where,
            "frameworks",
        )
        return ()
    mapped = []
    for key, refs in raw.items():
        name = str(key).strip()
        framework = FRAMEWORKS.get(name)
        if framework is None:
            p.error(
                f"item '{item_id}' maps to the unknown framework '{name}'; use one of: "
                f"{', '.join(FRAMEWORKS)}",
                *where,
                "frameworks",
                key,
            )
            continue
        ids = []
        for ref in refs if isinstance(refs, list) else [refs]:
            canonical = normalise_ref(name, ref)
            if framework.is_valid(canonical):
                ids.append(canonical)
            else:
                p.error(
                    f"item '{item_id}' maps to '{canonical}', which is not an id of "
                    f"{framework.title}; examples: {', '.join(framework.ids[:3])}",
                    *where,
                    "frameworks",
                    key,
                )
        if ids:
            mapped.append((name, tuple(dict.fromkeys(ids))))
    return tuple(mapped)


def parse_indicator(p: Reports, raw_item: dict, item_id: str, where: Where) -> Indicator:
    """The ``unit``, ``bands``, ``source``, ``higher_is_better`` and ``range`` of a
    number item."""
    bands = _parse_bands(p, raw_item, item_id, where)
    source = str(raw_item.get("source") or "").strip()
    if not source:
        p.error(
            f"item '{item_id}' (scale: number) needs 'source:', where an official can look "
            "the figure up (a statistics office, ITU, the World Bank…)",
            *where,
        )
    better = raw_item.get("higher_is_better", True)
    if not isinstance(better, bool):
        p.error(
            f"higher_is_better of item '{item_id}' must be true or false",
            *where,
            "higher_is_better",
        )
        better = True
    unit = str(raw_item.get("unit") or "").strip()
    low, high = _parse_range(p, raw_item, item_id, where, unit)
    outside = [b for b in bands if (low is not None and b < low) or (high is not None and b > high)]
    if outside and "bands" in raw_item:
        p.error(
            f"bands of item '{item_id}' must lie within its range ({low} to {high}); "
            f"{outside} do not, so a level could never be reached",
            *where,
            "bands",
        )
    return Indicator(unit, tuple(bands), source, better, low, high)


def _parse_bands(p: Reports, raw_item: dict, item_id: str, where: Where) -> list[float]:
    """Four ascending finite thresholds (a usable default after reporting a problem)."""
    bands_raw = raw_item.get("bands")
    bands: list[float] = []
    if isinstance(bands_raw, list):
        for value in bands_raw:
            if _is_number(value):
                bands.append(float(value))
    ascending = all(a < b for a, b in itertools.pairwise(bands))
    if len(bands) != LEVELS or len(bands) != len(bands_raw or []) or not ascending:
        p.error(
            f"item '{item_id}' (scale: number) needs 'bands:', {LEVELS} ascending numbers "
            "that mark levels 1 to 4, e.g. bands: [20, 40, 60, 80]",
            *where,
            "bands" if "bands" in raw_item else "scale",
        )
        return [1.0, 2.0, 3.0, 4.0]
    return bands


def _parse_range(
    p: Reports, raw_item: dict, item_id: str, where: Where, unit: str
) -> tuple[float | None, float | None]:
    """``range: [low, high]`` (``null`` for no limit). Without it a figure is at least 0,
    and a share in ``%`` at most 100: a negative share or 635 % is a typing mistake."""
    default = (0.0, 100.0 if unit == "%" else None)
    raw = raw_item.get("range")
    if raw is None:
        return default
    ok = isinstance(raw, list) and len(raw) == 2 and all(v is None or _is_number(v) for v in raw)
    if ok:
        low, high = (None if v is None else float(v) for v in raw)
        if low is None or high is None or low < high:
            return low, high
    p.error(
        f"range of item '{item_id}' must be [low, high] with low below high (null for no "
        "limit), e.g. range: [0, 100]",
        *where,
        "range",
    )
    return default


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def parse_min_coverage(p: Reports, data: dict[str, Any]) -> float:
    """The checklist's ``min_coverage``: a share above 0 and at most 1 (0.8 when unset)."""
    raw = data.get("min_coverage")
    if raw is None:
        return DEFAULT_MIN_COVERAGE
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 0 < raw <= 1:
        return float(raw)
    p.error(
        f"min_coverage must be a share between 0 and 1 (0.8 means 80 %), not '{raw}'",
        "min_coverage",
    )
    return DEFAULT_MIN_COVERAGE


def gate_problem(item_id: str, target_id: str, values: tuple[str, ...], ordered: list[str]) -> str:
    """Why a gate on ``target_id`` does not open upwards ('' when it does).

    ``ordered`` lists the target's answers from the lowest value to the highest. A gate
    that ``partial`` opens but ``yes`` does not would let an improvement close it and hide
    questions, and scores must never fall when an answer improves (docs/scoring.md).
    """
    opened = [a for a in ordered if a in values]
    if not opened:
        return ""
    lowest = ordered.index(opened[0])
    missing = [a for a in ordered[lowest:] if a not in values]
    if not missing:
        return ""
    return (
        f"show_if of item '{item_id}' opens for {opened[0]!r} from '{target_id}' but not for "
        f"the better answer(s) {missing}; a gate must open for every answer at least as good, "
        f"e.g. in: {ordered[lowest:]}"
    )
