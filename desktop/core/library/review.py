"""Checks that keep a library current, for its writers (``accord check``).

None of these stops a document from loading; they are warnings for the people who review
the library (``docs/content-review.md``):

* **One place for EU AI Act dates.** The AI Act's application dates change (the 2026
  amendment moved several), so they are stated once, on the timeline page; any other
  document that states one next to the Act's name is flagged.
* **Translations keep up.** A translation whose ``version`` is older than its original's
  is flagged, so readers never get a stale rule in another language.
* **Stale reviews** (``accord check --stale DAYS``): documents whose ``reviewed`` date is
  older than DAYS, or missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.library.documents import Document, Library, Problem
from desktop.core.library.versions import compare_versions

AI_ACT_TIMELINE = "reference/eu-ai-act-timeline"

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS = "|".join(_MONTH_NAMES)
# A date as prose writes it ("2 August 2026", "August 2, 2026") or as an ISO date.
_DATE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+({_MONTHS})\s+(20\d\d)|({_MONTHS})\s+(\d{{1,2}}),\s+(20\d\d)"
    r"|(20\d\d)-([01]\d)-([0-3]\d))\b"
)
# The dates from which the Act's rules apply, in the 2024 text and as amended in 2026
# (Article 113; reference/eu-ai-act-timeline). Other dates near the Act's name (its
# adoption, a guideline's publication) are facts of their own and are not flagged.
APPLICATION_DATES = {
    date(2025, 2, 2),
    date(2025, 8, 2),
    date(2026, 8, 2),
    date(2026, 12, 2),
    date(2027, 8, 2),
    date(2027, 12, 2),
    date(2028, 8, 2),
    date(2030, 8, 2),
    date(2030, 12, 31),
}
_ACT = re.compile(r"\bAI Act\b|\bArtificial Intelligence Act\b|\b2024/1689\b", re.IGNORECASE)


@dataclass(frozen=True)
class StaleDocument:
    """A document due for review: ``reviewed`` is empty when it was never reviewed."""

    id: str
    file: str
    reviewed: str
    days: int | None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file, "reviewed": self.reviewed, "days": self.days}


def review_warnings(library: Library) -> list[Problem]:
    """The writers' warnings: AI Act dates outside the timeline, stale translations."""
    problems: list[Problem] = []
    for doc in library.documents.values():
        problems += _ai_act_dates(doc)
        problem = _stale_translation(library, doc)
        if problem is not None:
            problems.append(problem)
    return problems


def _ai_act_dates(doc: Document) -> list[Problem]:
    """A paragraph that names the AI Act and states a date, outside the timeline page."""
    if AI_ACT_TIMELINE in (doc.id, doc.translation_of):
        return []
    problems = []
    line = doc.body_line
    for paragraph in re.split(r"\n\s*\n", doc.body):
        found = _application_date(paragraph) if _ACT.search(paragraph) else None
        if found:
            offset = paragraph[: found.start()].count("\n")
            problems.append(
                Problem(
                    doc.path,
                    line + offset,
                    f"states a date ({found.group(0)}) next to the EU AI Act; application "
                    f"dates live on one page: link to [[{AI_ACT_TIMELINE}]] instead, so "
                    "a change of date is made once",
                    "warning",
                )
            )
        line += paragraph.count("\n") + 2
    return problems


def _application_date(text: str) -> re.Match[str] | None:
    """The first date in ``text`` that is one of the Act's application dates."""
    for match in _DATE.finditer(text):
        g = match.groups()
        if g[0]:
            day, month, year = int(g[0]), _MONTH_NAMES.index(g[1]) + 1, int(g[2])
        elif g[3]:
            day, month, year = int(g[4]), _MONTH_NAMES.index(g[3]) + 1, int(g[5])
        else:
            day, month, year = int(g[8]), int(g[7]), int(g[6])
        try:
            if date(year, month, day) in APPLICATION_DATES:
                return match
        except ValueError:
            continue
    return None


def _stale_translation(library: Library, doc: Document) -> Problem | None:
    """A translation older than the version of its original."""
    original = library.documents.get(doc.translation_of) if doc.translation_of else None
    if original is None or not original.version or not doc.version:
        return None
    try:
        older = compare_versions(doc.version, original.version) < 0
    except ValueError:
        return None
    if not older:
        return None
    return Problem(
        doc.path,
        1,
        f"this translation is version {doc.version}, older than its original "
        f"'{original.id}' ({original.version}); update the translation and its version",
        "warning",
    )


def stale_documents(library: Library, days: int, today: date | None = None) -> list[StaleDocument]:
    """Documents whose ``reviewed`` date is more than ``days`` old (or missing or not a
    date), oldest first."""
    today = today or date.today()
    stale = []
    for doc in library.documents.values():
        try:
            reviewed = date.fromisoformat(str(doc.reviewed)) if doc.reviewed else None
        except ValueError:
            reviewed = None
        age = (today - reviewed).days if reviewed else None
        if age is None or age > days:
            stale.append(StaleDocument(doc.id, doc.path, str(doc.reviewed or ""), age))
    return sorted(stale, key=lambda s: (-(s.days if s.days is not None else 10**9), s.id))
