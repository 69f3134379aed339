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

# Month names (month number -> spellings) in the library's languages: English, French,
# Spanish, Portuguese and Arabic (Egypt and the Gulf, the Levant, the Maghreb).
_MONTH_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("January", "janvier", "enero", "janeiro", "يناير", "كانون الثاني", "جانفي"),
    2: ("February", "février", "febrero", "fevereiro", "فبراير", "شباط", "فيفري"),
    3: ("March", "mars", "marzo", "março", "مارس", "آذار"),
    4: ("April", "avril", "abril", "أبريل", "إبريل", "نيسان", "أفريل"),
    5: ("May", "mai", "mayo", "maio", "مايو", "أيار", "ماي"),
    6: ("June", "juin", "junio", "junho", "يونيو", "يونيه", "حزيران", "جوان"),
    7: ("July", "juillet", "julio", "julho", "يوليو", "يوليه", "تموز", "جويلية"),
    8: ("August", "août", "agosto", "أغسطس", "آب", "أوت"),
    9: ("September", "septembre", "septiembre", "setiembre", "setembro", "سبتمبر", "أيلول"),
    10: ("October", "octobre", "octubre", "outubro", "أكتوبر", "تشرين الأول"),
    11: ("November", "novembre", "noviembre", "novembro", "نوفمبر", "تشرين الثاني"),
    12: ("December", "décembre", "diciembre", "dezembro", "ديسمبر", "كانون الأول"),
}
_MONTH_NUMBER = {
    name.casefold(): number for number, names in _MONTH_SPELLINGS.items() for name in names
}
# Longest first, so "كانون الثاني" is not read as a shorter name.
_MONTHS = "|".join(sorted((re.escape(n) for n in _MONTH_NUMBER), key=len, reverse=True))
# A date as prose writes it ("2 August 2026", "1er août 2026", "2 de agosto de 2026",
# "2 أغسطس 2026", "August 2, 2026") or as an ISO date. Arabic-Indic digits are read as
# 0-9 (``_western_digits``).
_DAY = r"(\d{1,2})(?:er|º|\.º)?"
_DATE = re.compile(
    rf"(?<!\w)(?:{_DAY}\s+(?:de\s+)?({_MONTHS})\s+(?:de\s+)?(20\d\d)"
    rf"|({_MONTHS})\s+(\d{{1,2}}),\s+(20\d\d)"
    r"|(20\d\d)-([01]\d)-([0-3]\d))(?!\w)",
    re.IGNORECASE,
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
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
# The Act's names in English, French, Spanish, Portuguese and Arabic (the terms tables,
# docs/translations/terms-*.md, and the official titles), and its number.
_ACT = re.compile(
    r"\bAI Act\b|\bArtificial Intelligence Act\b|\b2024/1689\b"
    r"|\brèglement (?:européen )?sur l['’]IA\b"
    r"|\brèglement (?:européen )?sur l['’]intelligence artificielle\b"
    r"|\bloi (?:européenne )?sur l['’]IA\b"
    r"|\bReglamento (?:de|sobre) (?:la )?(?:IA|Inteligencia Artificial)\b"
    r"|\bLey (?:de|sobre) (?:la )?(?:IA|Inteligencia Artificial)\b"
    r"|\bRegulamento (?:de|da|sobre a) (?:IA|Inteligência Artificial)\b"
    r"|\bLei (?:de|da) (?:IA|Inteligência Artificial)\b"
    r"|(?:قانون|لائحة|نظام) الذكاء الاصطناعي",
    re.IGNORECASE,
)


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
    # The same length, so a match's place is the place in the original text.
    for match in _DATE.finditer(text.translate(_ARABIC_DIGITS)):
        g = match.groups()
        if g[0]:
            day, month, year = int(g[0]), _MONTH_NUMBER[g[1].casefold()], int(g[2])
        elif g[3]:
            day, month, year = int(g[4]), _MONTH_NUMBER[g[3].casefold()], int(g[5])
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
