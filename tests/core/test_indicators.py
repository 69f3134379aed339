"""Numeric answers: how typed figures are read, refused and scored by band (the
invariants a figure quoted by a minister relies on, with hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.library.indicators import (
    MAX_FIGURE_CHARS,
    FigureError,
    Indicator,
    canonical_figure,
    read_figure,
)

SHARE = Indicator("%", (35.0, 50.0, 65.0, 75.0), "ITU", True, 0.0, 100.0)
PRICE = Indicator("% of monthly GNI per capita", (1.0, 2.0, 5.0, 10.0), "ITU", False, 0.0, None)


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("63.5", 63.5),
        ("63,5", 63.5),
        (" 63,5 % ", 63.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234.5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234,567", 1234567),
        ("1.234.567", 1234567),
        ("0,950", 0.95),
        ("\u22125", -5),
        ("2 % of monthly GNI per capita", 2),
    ],
)
def test_figures_are_read_as_people_type_them(typed: str, figure: float) -> None:
    assert read_figure(typed, "% of monthly GNI per capita") == pytest.approx(figure)


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("1,200", "could be 1200 or 1.2"),
        ("", "no figure was given"),
        ("%", "no figure was given"),
        ("sixty", "is not a number"),
        ("inf", "is not a number"),
        ("nan", "is not a number"),
        ("12..5", "is not a number"),
        ("1,23,4", "is not a number"),
        ("12,345.6.7", "is not a number"),
    ],
)
def test_text_that_is_not_a_figure_is_refused_with_the_reason(typed: str, why: str) -> None:
    with pytest.raises(FigureError, match=why):
        read_figure(typed)


def test_the_range_and_the_length_are_checked() -> None:
    assert SHARE.read("100") == "100" and SHARE.read("0") == "0"
    for typed in ("100.01", "-1"):
        with pytest.raises(FigureError, match=r"outside the possible range \(from 0 to 100%\)"):
            SHARE.read(typed)
    with pytest.raises(FigureError, match="too many digits"):
        PRICE.read("12345678901234567")
    assert PRICE.value_of("250") == 0  # no upper limit: a very high price is level 0


@settings(max_examples=300, deadline=None)
@given(st.floats(0, 100, allow_nan=False))
def test_a_stored_figure_reads_back_as_itself_and_keeps_its_level(figure: float) -> None:
    stored = SHARE.read(repr(figure))
    assert len(stored) <= MAX_FIGURE_CHARS
    assert SHARE.read(stored) == stored  # stable: saving again changes nothing
    assert float(stored) == pytest.approx(figure, abs=1e-6)
    assert SHARE.value_of(stored) == SHARE.level_of(float(stored)) / 4


@settings(max_examples=300, deadline=None)
@given(st.floats(0, 1000, allow_nan=False), st.floats(0, 1000, allow_nan=False))
def test_a_better_figure_never_has_a_lower_level(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert SHARE.level_of(high) >= SHARE.level_of(low)  # higher is better
    assert PRICE.level_of(low) >= PRICE.level_of(high)  # lower is better
    assert 0 <= SHARE.level_of(a) <= 4 and 0 <= PRICE.level_of(a) <= 4


@pytest.mark.parametrize("level", range(5))
def test_band_texts_tile_the_line(level: int) -> None:
    """Each level's range in words starts where the one below ends."""
    for indicator in (SHARE, PRICE):
        text = indicator.band_text(level)
        assert text
    assert SHARE.band_text(2) == "50% to under 65%"
    assert PRICE.band_text(4) == "below 1 % of monthly GNI per capita"
    assert PRICE.band_text(0) == "10 % of monthly GNI per capita or more"
    assert canonical_figure(2.50) == "2.5"
