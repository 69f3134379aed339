"""Checklists and answers in their stored form.

The database keeps a JSON snapshot of every checklist an assessment uses
(:func:`checklist_to_dict`, :func:`checklist_from_dict`), named by the checklist file's
hash (:func:`checklist_hash`); answers are stored in one canonical spelling
(:func:`normalise_answer`), and names without stray spaces (:func:`clean_text`,
:func:`clean_details`). Input that has no stored form raises InvalidInputError.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from desktop.core.assessments.errors import InvalidInputError
from desktop.core.library.checklist_extras import DEFAULT_MIN_COVERAGE
from desktop.core.library.checklists import NOT_APPLICABLE, Checklist, Item, Section, ShowIf
from desktop.core.library.countries import UnknownCountryError, normalise_country
from desktop.core.library.indicators import FigureError, Indicator

# Spellings people type for "not applicable".
_NA_ALIASES = {"na", "n/a", "n.a.", "not applicable"}


def checklist_to_dict(checklist: Checklist) -> dict[str, Any]:
    """A JSON-able copy of ``checklist`` (the snapshot stored with assessments)."""
    return dataclasses.asdict(checklist)


def checklist_from_dict(data: dict[str, Any]) -> Checklist:
    """The inverse of :func:`checklist_to_dict`."""
    sections = []
    for s in data["sections"]:
        items = [_item_from_dict(i) for i in s["items"]]
        sections.append(Section(s["id"], s["title"], s["component"], tuple(items)))
    return Checklist(
        id=data["id"],
        title=data["title"],
        version=data["version"],
        scale=data["scale"],
        sections=tuple(sections),
        content_hash=data.get("content_hash", ""),
        # Snapshots stored before scoring method 2 have none: the default then applies.
        min_coverage=data.get("min_coverage", DEFAULT_MIN_COVERAGE),
    )


def _item_from_dict(data: dict[str, Any]) -> Item:
    """One item of a stored snapshot (JSON turned its tuples into lists)."""
    rule = data.get("show_if")
    indicator = data.get("indicator")
    frameworks = tuple((f, tuple(refs)) for f, refs in data.get("frameworks") or ())
    return Item(
        **{
            **data,
            "show_if": ShowIf(rule["item"], tuple(rule["values"])) if rule else None,
            "frameworks": frameworks,
            "indicator": (
                None
                if indicator is None
                else Indicator(**{**indicator, "bands": tuple(indicator["bands"])})
            ),
        }
    )


def item_fingerprint(item: Item) -> str:
    """What an answer to ``item`` answers: its question, scale and unit. An item whose
    fingerprint changes under the same id needs a new answer (guidance, weight, gates and
    bands can change without one)."""
    unit = item.indicator.unit if item.indicator is not None else ""
    canonical = json.dumps([" ".join(item.ask.split()), item.scale, unit], ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def checklist_hash(checklist: Checklist) -> str:
    """The checklist's file hash, or for a checklist built in code a hash of its content."""
    if checklist.content_hash:
        return checklist.content_hash
    canonical = json.dumps(checklist_to_dict(checklist), sort_keys=True, ensure_ascii=False)
    return "json-" + hashlib.sha256(canonical.encode()).hexdigest()


def normalise_answer(item: Item, value: str | None) -> str | None:
    """The stored form of ``value`` for ``item`` ('Yes ' → 'yes', 'N/A' → 'na',
    '63,5 %' → '63.5'); None stays None (clears the value). Raises InvalidInputError
    naming the allowed answers, or saying why a figure is not accepted."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in _NA_ALIASES:
        return NOT_APPLICABLE
    if item.indicator is not None:
        try:
            return item.indicator.read(str(value))
        except FigureError as exc:
            unit = f" in {item.indicator.unit}" if item.indicator.unit else ""
            raise InvalidInputError(
                f"{item.id} asks for a figure{unit} ({item.indicator.range_text()}), or na: {exc}"
            ) from exc
    if text not in item.allowed_answers():
        shown = str(value).strip() or "(empty)"
        raise InvalidInputError(
            f"'{shown}' is not an answer to {item.id} ({item.scale}); "
            f"use one of: {', '.join(item.allowed_answers())}"
        )
    return text


def clean_text(text: str | None) -> str:
    """``text`` with runs of white space made one space, and no space at either end."""
    return " ".join((text or "").split())


def clean_details(
    institution: str, country: str, assessors: Iterable[str]
) -> tuple[str, str, list[str]]:
    """(institution, ISO 3166-1 alpha-2 code, assessor names) as stored. Raises
    InvalidInputError for an empty institution or an unknown country."""
    name = clean_text(institution)
    if not name:
        raise InvalidInputError("the institution name is empty; type the institution's name")
    try:
        code = normalise_country(country)
    except UnknownCountryError as exc:
        raise InvalidInputError(str(exc)) from exc
    if isinstance(assessors, str):  # one name, not its letters
        assessors = [assessors]
    names = [n for n in (clean_text(a) for a in assessors) if n]
    return name, code, names


_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")


def clean_language(language: str) -> str:
    """A language code as stored ("fr", "pt-br"). Raises InvalidInputError for anything
    that is not a code such as ``fr`` or ``ar``."""
    code = (language or "").strip().replace("_", "-").lower()
    if not _LANGUAGE_RE.fullmatch(code):
        raise InvalidInputError(
            f"'{language}' is not a language code; write a code such as en, fr, es, pt or ar"
        )
    return code


def find_item(checklist: Checklist, item_id: str) -> Item:
    """The item ``item_id`` of ``checklist``. Raises InvalidInputError naming a few of
    its items."""
    item = checklist.item((item_id or "").strip())
    if item is None:
        ids = [i.id for i in checklist.items]
        sample = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
        raise InvalidInputError(
            f"'{item_id}' is not an item of the checklist {checklist.id} "
            f"(version {checklist.version}); its items are: {sample}"
        )
    return item
