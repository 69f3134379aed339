"""Quantitative indicators: checklist items answered with a number, scored by bands.

An item with ``scale: number`` asks for a figure an official can look up (the share of
the population using the Internet, say). Four ascending thresholds (``bands``) turn the
figure into a level 0–4, exactly like a maturity answer: the level is the number of
thresholds the figure reaches, and the value is level ÷ 4 (``docs/scoring.md``). When a
lower figure is better, ``higher_is_better: false`` counts the thresholds the figure
stays under instead. A figure outside the item's ``range`` (a share above 100 %, a
negative count) is not an answer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

LEVELS = 4
# The longest stored figure: payloads carry answers of at most 16 characters.
MAX_FIGURE_CHARS = 16
# Spaces people put between digit groups ("1 200", "1 200" with a no-break space).
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
# "1,200": a thousands separator, or a decimal comma? Refused rather than guessed.
_AMBIGUOUS_COMMA = re.compile(r"-?[1-9]\d{0,2},\d{3}")


class FigureError(ValueError):
    """A typed figure that is not a number this item accepts; the text says why."""


@dataclass(frozen=True)
class Indicator:
    """How a numeric answer is read and scored."""

    unit: str
    bands: tuple[float, ...]  # LEVELS ascending thresholds
    source: str
    higher_is_better: bool = True
    low: float | None = 0.0  # the smallest figure that can be true (None: no limit)
    high: float | None = None  # the largest (None: no limit)

    def level_of(self, figure: float) -> int:
        """The level 0–4 a figure reaches."""
        if self.higher_is_better:
            return sum(1 for threshold in self.bands if figure >= threshold)
        return sum(1 for threshold in self.bands if figure < threshold)

    def in_range(self, figure: float) -> bool:
        """True when ``figure`` lies in the item's range."""
        return (self.low is None or figure >= self.low) and (
            self.high is None or figure <= self.high
        )

    def range_text(self) -> str:
        """The range in words: 'from 0 to 100 %', '0 or more'."""
        unit = self.unit_suffix()
        if self.low is not None and self.high is not None:
            return f"from {_fmt(self.low)} to {_fmt(self.high)}{unit}"
        if self.low is not None:
            return f"{_fmt(self.low)}{unit} or more"
        if self.high is not None:
            return f"{_fmt(self.high)}{unit} or less"
        return "any number"

    def value_of(self, answer: str | None) -> float | None:
        """The score value (level ÷ 4) of a stored answer; None when it is not a number
        in the item's range."""
        figure = parse_figure(answer)
        if figure is None or not self.in_range(figure):
            return None
        return self.level_of(figure) / LEVELS

    def unit_suffix(self) -> str:
        """How the unit follows a figure: '%' sticks to it, other units after a space."""
        if self.unit in ("%", "‰"):
            return self.unit
        return f" {self.unit}" if self.unit else ""

    def band_text(self, level: int) -> str:
        """The range of figures that gives ``level`` (for guidance and reports)."""
        unit = self.unit_suffix()
        edges: list[float | None] = [None, *self.bands, None]
        # Higher is better: level l spans [band l-1, band l). Lower is better: the figure
        # stays under l thresholds, so it spans [band 3-l, band 4-l).
        start = level if self.higher_is_better else LEVELS - level
        lo, hi = edges[start], edges[start + 1]
        if lo is None:
            return f"below {_fmt(hi)}{unit}"
        if hi is None:
            return f"{_fmt(lo)}{unit} or more"
        return f"{_fmt(lo)}{unit} to under {_fmt(hi)}{unit}"

    def read(self, typed: str) -> str:
        """The stored form of a typed figure (``"63,5 %"`` → ``"63.5"``).

        Raises FigureError saying what is wrong and what to type instead."""
        figure = read_figure(typed, self.unit)
        if not self.in_range(figure):
            raise FigureError(
                f"{canonical_figure(figure)}{self.unit_suffix()} is outside the possible "
                f"range ({self.range_text()}); check the figure and its unit"
            )
        stored = canonical_figure(figure)
        if len(stored) > MAX_FIGURE_CHARS:
            raise FigureError(
                f"'{typed.strip()}' has too many digits; round it to at most "
                f"{MAX_FIGURE_CHARS} characters"
            )
        return stored


def read_figure(typed: str, unit: str = "") -> float:
    """A number as people type it: a point or a comma for decimals, spaces between digit
    groups, the unit after it (``"63.5"``, ``"63,5 %"``, ``"1 200"``, ``"1,234.5"``).

    Raises FigureError for text that is not a number or whose reading is ambiguous
    (``"1,200"`` may be 1200 or 1.2)."""
    shown = str(typed).strip()
    text = _SPACES.sub("", shown).replace("\u2212", "-")  # a typographic minus sign
    for suffix in sorted({unit.replace(" ", ""), "%"} - {""}, key=len, reverse=True):
        if text.lower().endswith(suffix.lower()):
            text = text[: -len(suffix)]
            break
    if not text:
        raise FigureError("no figure was given; type a number such as 63.5")
    if "," in text and "." in text:
        # The separator that comes last is the decimal one: "1,234.5" and "1.234,5".
        decimal = "." if text.rindex(".") > text.rindex(",") else ","
        whole, _, part = text.rpartition(decimal)
        text = f"{_ungrouped(whole, '.' if decimal == ',' else ',', shown)}.{part}"
    elif text.count(",") == 1:
        if _AMBIGUOUS_COMMA.fullmatch(text):
            whole, part = text.split(",")
            raise FigureError(
                f"'{shown}' could be {whole}{part} or {whole}.{part}; type it without "
                f"the comma ({whole}{part}) or with a decimal point ({whole}.{part})"
            )
        text = text.replace(",", ".")
    elif text.count(",") > 1:
        text = _ungrouped(text, ",", shown)  # thousands: "1,234,567"
    elif text.count(".") > 1:
        text = _ungrouped(text, ".", shown)  # thousands: "1.234.567"
    try:
        figure = float(text)
    except ValueError:
        raise FigureError(f"'{shown}' is not a number; type a figure such as 63.5") from None
    if not math.isfinite(figure):
        raise FigureError(f"'{shown}' is not a number; type a figure such as 63.5")
    return figure


def _ungrouped(text: str, separator: str, shown: str) -> str:
    """``text`` without its thousands separators, which must group digits by three."""
    groups = text.split(separator)
    head = groups[0].lstrip("-")
    if not (1 <= len(head) <= 3 and head.isdigit()) or not all(
        len(g) == 3 and g.isdigit() for g in groups[1:]
    ):
        raise FigureError(f"'{shown}' is not a number; type a figure such as 63.5")
    return "".join(groups)


def parse_figure(answer: str | None) -> float | None:
    """A finite number from a stored answer (``"63.5"``), or None."""
    if answer is None:
        return None
    try:
        return read_figure(answer)
    except FigureError:
        return None


def canonical_figure(figure: float) -> str:
    """How a figure is stored: no trailing zeros, no exponent for everyday sizes."""
    text = f"{figure:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _fmt(value: float | None) -> str:
    return "" if value is None else canonical_figure(value)
