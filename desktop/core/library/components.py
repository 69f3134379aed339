"""The six Global AI Safety Index components, document types and audiences (stable ids)."""

from __future__ import annotations

COMPONENTS: dict[str, str] = {
    "ethics": "Ethical AI practices",
    "robustness": "Robustness and security",
    "governance": "Governance and regulatory compliance",
    "transparency": "Transparency and explainability",
    "human-ai": "Human–AI collaboration",
    "societal": "Societal and environmental impact",
}

DOC_TYPES: tuple[str, ...] = (
    "standard",
    "playbook",
    "checklist",
    "guide",
    "glossary",
    "reference",
)

AUDIENCES: tuple[str, ...] = ("regulator", "trainer", "official")
