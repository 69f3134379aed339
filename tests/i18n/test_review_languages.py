"""``accord check`` keeps EU AI Act application dates on the timeline page in every
language of the library: the Act's names and the month names in fr, es, pt and ar."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.library.documents import load_library
from desktop.core.library.review import review_warnings
from tests.conftest import write_doc

TIMELINE = """
---
title: EU AI Act timeline
type: reference
reviewed: 2026-12-03
---
The AI Act's rules on high-risk systems apply from 2 August 2026.
"""


def _warnings(tmp_path: Path, docs: dict[str, str]) -> list[tuple[str, int, str]]:
    root = tmp_path / "lib"
    write_doc(root, "reference/eu-ai-act-timeline.md", TIMELINE)
    for rel, text in docs.items():
        write_doc(root, rel, text)
    return [(p.file, p.line, p.message) for p in review_warnings(load_library(root))]


def _guide(language: str, paragraph: str) -> str:
    return f"---\ntitle: G\ntype: guide\nlanguage: {language}\n---\nIntro.\n\n{paragraph}\n"


@pytest.mark.parametrize(
    ("language", "paragraph", "shown"),
    [
        ("fr", "Le règlement européen sur l'IA s'applique à partir du 2 août 2026.", "2 août 2026"),
        (
            "fr",
            "Le règlement sur l'intelligence artificielle : 1er août 2026 ? Non, 2 août 2027.",
            "2 août 2027",
        ),
        (
            "es",
            "El Reglamento de IA se aplica desde el 2 de agosto de 2026.",
            "2 de agosto de 2026",
        ),
        (
            "es",
            "La Ley de Inteligencia Artificial rige desde el 2 de febrero de 2025.",
            "2 de febrero de 2025",
        ),
        (
            "pt",
            "O Regulamento de IA da UE aplica-se a partir de 2 de agosto de 2026.",
            "2 de agosto de 2026",
        ),
        (
            "pt",
            "Regulamento da Inteligência Artificial: 2 de dezembro de 2027.",
            "2 de dezembro de 2027",
        ),
        (
            "ar",
            "يسري قانون الذكاء الاصطناعي للاتحاد الأوروبي اعتبارًا من 2 أغسطس 2026.",
            "2 أغسطس 2026",
        ),
        ("ar", "تطبق لائحة الذكاء الاصطناعي في ٢ آب ٢٠٢٦.", "2 آب 2026"),
        ("ar", "قانون الذكاء الاصطناعي: 2 أوت 2027.", "2 أوت 2027"),
        ("fr", "Règlement (UE) 2024/1689, applicable le 2026-08-02.", "2026-08-02"),
    ],
)
def test_an_application_date_next_to_the_act_is_flagged_in_each_language(
    tmp_path: Path, language: str, paragraph: str, shown: str
) -> None:
    rel = f"translations/{language}/guides/g.md"
    found = _warnings(tmp_path, {rel: _guide(language, paragraph)})
    assert len(found) == 1, found
    file, line, message = found[0]
    assert file == rel
    assert line == 8  # the paragraph's line (5 of front matter, "Intro.", a blank line)
    assert f"({shown})" in message
    assert "[[reference/eu-ai-act-timeline]]" in message


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        ("fr", "Le règlement européen sur l'IA a été adopté le 13 juin 2024."),  # a fact
        ("es", "La ley nacional se aplica desde el 2 de agosto de 2026."),  # not the Act
        ("pt", "O Regulamento de IA aplica-se por etapas: veja a cronologia."),  # no date
        ("ar", "اعتُمد قانون الذكاء الاصطناعي في 13 يونيو 2024."),  # adoption, not application
        ("ar", "يسري القانون الوطني اعتبارًا من 2 أغسطس 2026."),  # not the Act
    ],
)
def test_other_dates_are_not_flagged(tmp_path: Path, language: str, paragraph: str) -> None:
    assert _warnings(tmp_path, {"guides/g.md": _guide(language, paragraph)}) == []


def test_translations_of_the_timeline_stay_exempt(tmp_path: Path) -> None:
    page = (
        "---\ntitle: Chronologie\ntype: reference\nlanguage: fr\n"
        "translation_of: reference/eu-ai-act-timeline\nversion: 1.0.0\n---\n"
        "Le règlement européen sur l'IA s'applique à partir du 2 août 2026.\n"
    )
    found = _warnings(tmp_path, {"translations/fr/reference/eu-ai-act-timeline.md": page})
    assert [m for m in found if "next to the EU AI Act" in m[2]] == []
