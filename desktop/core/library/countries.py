"""Countries for assessments: ISO 3166-1 alpha-2 codes with names for a country picker.

The table comes from the ``iso3166`` package (self-contained, no network). Names are the
package's *apolitical* names (``Taiwan`` rather than ``Taiwan, Province of China``), the
neutral choice for a tool used by many governments. ``XK`` (Kosovo), a code widely used in
practice though user-assigned in the standard, is in the table and accepted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import iso3166


@dataclass(frozen=True)
class Country:
    """One country: ``code`` is the upper-case ISO 3166-1 alpha-2 code."""

    code: str
    name: str
    alpha3: str


class UnknownCountryError(ValueError):
    """The text is not an ISO 3166-1 alpha-2 code; the message suggests one when it can."""


def _fold(text: str) -> str:
    # "Côte d'Ivoire" sorts and matches like "cote d'ivoire".
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@cache
def all_countries() -> tuple[Country, ...]:
    """Every country, sorted by name (accents ignored) for a picker."""
    countries = [
        Country(c.alpha2, getattr(c, "apolitical_name", c.name), c.alpha3)
        for c in iso3166.countries
    ]
    return tuple(sorted(countries, key=lambda c: _fold(c.name)))


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in all_countries()}


def get_country(code: str) -> Country | None:
    """The country with alpha-2 ``code`` (any case), or None."""
    return _by_code().get(code.strip().upper())


def country_name(code: str) -> str:
    """The display name of ``code``; the code itself when unknown (old data stays readable)."""
    country = get_country(code)
    return country.name if country else code


def normalise_country(text: str) -> str:
    """Return the upper-case alpha-2 code for ``text`` or raise UnknownCountryError.

    Only alpha-2 codes are accepted (the stored form is unambiguous); an alpha-3 code or a
    country name is answered with a suggestion rather than guessed silently.
    """
    cleaned = (text or "").strip()
    country = get_country(cleaned) if len(cleaned) == 2 else None
    if country is not None:
        return country.code
    hint = ""
    matches = find_countries(cleaned, limit=3) if cleaned else []
    if matches:
        hint = "; did you mean " + " or ".join(f"{c.code} ({c.name})" for c in matches) + "?"
    raise UnknownCountryError(
        f"'{cleaned}' is not an ISO 3166-1 alpha-2 country code (two letters, such as KE "
        f"for Kenya){hint}"
    )


def find_countries(query: str, limit: int = 20) -> list[Country]:
    """Countries for a picker's filter box: exact code first, then names starting with the
    query, then names containing it, then an alpha-3 match."""
    folded = _fold(query)
    if not folded:
        return list(all_countries()[:limit])
    exact = [c for c in all_countries() if c.code.casefold() == folded]
    alpha3 = [c for c in all_countries() if c.alpha3.casefold() == folded]
    starts = [c for c in all_countries() if _fold(c.name).startswith(folded)]
    contains = [c for c in all_countries() if folded in _fold(c.name)]
    seen: set[str] = set()
    result: list[Country] = []
    for country in (*exact, *alpha3, *starts, *contains):
        if country.code not in seen:
            seen.add(country.code)
            result.append(country)
    return result[:limit]
