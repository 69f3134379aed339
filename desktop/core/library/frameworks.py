"""The frameworks a checklist item can be mapped to, with every id Accord accepts.

A regulator reports against more than one framework. Items of a checklist name the parts
of these frameworks they test (``frameworks:`` in the item, ``docs/scoring.md``), and
results can be read per framework part. ``accord check`` refuses an id that is not in
this table, so a typo never becomes a silent zero.

Ids are written as the frameworks write them: NIST AI RMF subcategories ``GOVERN 1.1``,
UNESCO RAM dimensions ``legal``, OECD AI Principles ``"1.2"``, EU AI Act ``Art. 9`` or
``Annex III``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Framework:
    """One framework: its parts (the groups results are shown by) and its valid ids."""

    id: str
    title: str
    parts: dict[str, str]  # part id -> title, in the framework's order
    ids: tuple[str, ...]  # every valid reference, in order
    short: str = ""  # the name in tabs and lists: "NIST AI RMF"

    def part_of(self, ref: str) -> str:
        """The part a reference belongs to: a NIST subcategory's function (``GOVERN 1.1``
        → ``GOVERN``); in the other frameworks each reference is its own part."""
        return ref.split(" ")[0] if self.id == "nist-ai-rmf" else ref

    def is_valid(self, ref: str) -> bool:
        """True when ``ref`` (canonical spelling) is an id of this framework."""
        return ref in self._valid

    @cached_property
    def _valid(self) -> frozenset[str]:
        return frozenset(self.ids)


def _nist() -> Framework:
    # NIST AI 100-1 (AI RMF 1.0, January 2023), Tables 1-4: categories and subcategories.
    counts = {
        "GOVERN": (7, 3, 2, 3, 2, 2),
        "MAP": (6, 3, 5, 2, 2),
        "MEASURE": (3, 13, 3, 3),
        "MANAGE": (4, 4, 2, 3),
    }
    ids = tuple(
        f"{function} {category}.{sub}"
        for function, per_category in counts.items()
        for category, n in enumerate(per_category, start=1)
        for sub in range(1, n + 1)
    )
    parts = {
        "GOVERN": "Govern: a culture of risk management",
        "MAP": "Map: context and risks recognised",
        "MEASURE": "Measure: risks assessed, analysed and tracked",
        "MANAGE": "Manage: risks prioritised and acted upon",
    }
    return Framework(
        "nist-ai-rmf", "NIST AI Risk Management Framework 1.0", parts, ids, "NIST AI RMF"
    )


def _unesco() -> Framework:
    # UNESCO Readiness Assessment Methodology (2023): its five dimensions.
    parts = {
        "legal": "Legal and regulatory",
        "social": "Social and cultural",
        "scientific": "Scientific and educational",
        "economic": "Economic",
        "technical": "Technical and infrastructural",
    }
    return Framework(
        "unesco-ram", "UNESCO Readiness Assessment Methodology", parts, tuple(parts), "UNESCO RAM"
    )


def _oecd() -> Framework:
    # OECD Recommendation on AI (2019, updated May 2024): five principles, five
    # recommendations to governments.
    parts = {
        "1.1": "Inclusive growth, sustainable development and well-being",
        "1.2": "Human rights and democratic values, including fairness and privacy",
        "1.3": "Transparency and explainability",
        "1.4": "Robustness, security and safety",
        "1.5": "Accountability",
        "2.1": "Investing in AI research and development",
        "2.2": "Fostering an inclusive AI-enabling ecosystem",
        "2.3": "An interoperable governance and policy environment",
        "2.4": "Building human capacity and preparing for labour market transition",
        "2.5": "International co-operation for trustworthy AI",
    }
    return Framework("oecd-ai", "OECD AI Principles", parts, tuple(parts), "OECD AI Principles")


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")


def _eu() -> Framework:
    # Regulation (EU) 2024/1689: 113 articles and 13 annexes.
    ids = tuple(f"Art. {n}" for n in range(1, 114)) + tuple(f"Annex {r}" for r in _ROMAN)
    return Framework(
        "eu-ai-act",
        "EU AI Act (Regulation (EU) 2024/1689)",
        {ref: ref for ref in ids},
        ids,
        "EU AI Act",
    )


FRAMEWORKS: dict[str, Framework] = {f.id: f for f in (_nist(), _unesco(), _oecd(), _eu())}

_SPACES = re.compile(r"\s+")


def normalise_ref(framework: str, ref: object) -> str:
    """The canonical spelling of a reference (``govern 1.1`` → ``GOVERN 1.1``,
    ``art 9`` → ``Art. 9``); unknown forms are returned tidied, for the error message."""
    text = _SPACES.sub(" ", str(ref).strip())
    if framework == "nist-ai-rmf":
        return text.upper()
    if framework == "unesco-ram":
        return text.lower()
    if framework == "eu-ai-act":
        match = re.fullmatch(r"(?i)art(?:icle)?\.?\s*(\d+)", text)
        if match:
            return f"Art. {int(match.group(1))}"
        match = re.fullmatch(r"(?i)annex\s+([ivxlc]+)", text)
        if match:
            return f"Annex {match.group(1).upper()}"
    return text
