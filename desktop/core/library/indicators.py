"""Quantitative indicators: checklist items answered with a number, scored by bands.

An item with ``scale: number`` asks for a figure an official can look up (the share of
the population using the Internet, say). Four ascending thresholds (``bands``) turn the
figure into a level 0–4, exactly like a maturity answer: the level is the number of
thresholds the figure reaches, and the value is level ÷ 4 (``docs/scoring.md``). When a
lower figure is better, ``higher_is_better: false`` counts the thresholds the figure
stays under instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LEVELS = 4


@dataclass(frozen=True)
class Indicator:
    """How a numeric answer is read and scored."""

    unit: str
    bands: tuple[float, ...]  # LEVELS ascending thresholds
    source: str
    higher_is_better: bool = True

    def level_of(self, figure: float) -> int:
        """The level 0–4 a figure reaches."""
        if self.higher_is_better:
            return sum(1 for threshold in self.bands if figure >= threshold)
        return sum(1 for threshold in self.bands if figure < threshold)

    def value_of(self, answer: str) -> float | None:
        """The score value (level ÷ 4) of a stored answer; None when it is not a number."""
        figure = parse_figure(answer)
        return None if figure is None else self.level_of(figure) / LEVELS

    def band_text(self, level: int) -> str:
        """The range of figures that gives ``level`` (for guidance and reports)."""
        unit = self.unit if self.unit in ("%", "‰") else f" {self.unit}" if self.unit else ""
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


def parse_figure(answer: str | None) -> float | None:
    """A finite number from an answer (``"63.5"``, ``"63,5"``, ``" 1 200 "``), or None."""
    if answer is None:
        return None
    text = str(answer).strip().replace("\u00a0", "").replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma, as typed in much of the world
    try:
        figure = float(text)
    except ValueError:
        return None
    return figure if math.isfinite(figure) else None


def canonical_figure(figure: float) -> str:
    """How a figure is stored: no trailing zeros, no exponent for everyday sizes."""
    text = f"{figure:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _fmt(value: float | None) -> str:
    return "" if value is None else canonical_figure(value)
