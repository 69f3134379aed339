"""Human labels for the stable ids of the library (types, components, audiences, facets).

Every label goes through Qt's translation functions, with literal source strings so that
``pyside6-lupdate`` can extract them. Ids not known here are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def type_label(doc_type: str) -> str:
    """Singular label of a document type, e.g. 'Standard'."""
    labels = {
        "standard": _t("Standard"),
        "playbook": _t("Playbook"),
        "checklist": _t("Checklist"),
        "guide": _t("Guide"),
        "glossary": _t("Glossary"),
        "reference": _t("Reference"),
    }
    return labels.get(doc_type, doc_type.capitalize())


def type_plural(doc_type: str) -> str:
    """Plural label of a document type, for the library browser, e.g. 'Standards'."""
    labels = {
        "standard": _t("Standards"),
        "playbook": _t("Playbooks"),
        "checklist": _t("Checklists"),
        "guide": _t("Guides"),
        "glossary": _t("Glossary"),
        "reference": _t("Reference"),
    }
    return labels.get(doc_type, doc_type.capitalize())


def component_label(component: str) -> str:
    """Label of a Global AI Safety Index component."""
    labels = {
        "ethics": _t("Ethical AI practices"),
        "robustness": _t("Robustness and security"),
        "governance": _t("Governance and regulatory compliance"),
        "transparency": _t("Transparency and explainability"),
        "human-ai": _t("Human–AI collaboration"),
        "societal": _t("Societal and environmental impact"),
    }
    return labels.get(component, component)


def audience_label(audience: str) -> str:
    """Label of an audience."""
    labels = {
        "regulator": _t("Regulators"),
        "trainer": _t("Trainers"),
        "official": _t("Officials"),
    }
    return labels.get(audience, audience.capitalize())


# Languages named in their own words, without a country ("English", not "American English").
_LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "zh": "中文",
    "ru": "Русский",
    "de": "Deutsch",
    "sw": "Kiswahili",
    "hi": "हिन्दी",
}


def language_label(code: str) -> str:
    """A language's own name (e.g. 'Français'), falling back to Qt's name, then the code."""
    primary = code.split("-", 1)[0].lower()
    if primary in _LANGUAGE_NAMES and "-" not in code:
        return _LANGUAGE_NAMES[primary]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def facet_title(field: str) -> str:
    """Heading of a facet group."""
    labels = {
        "type": _t("Type"),
        "component": _t("Safety Index component"),
        "audience": _t("Audience"),
        "language": _t("Language"),
        "tag": _t("Tag"),
        "pack": _t("Content pack"),
    }
    return labels.get(field, field.capitalize())


def facet_value_label(field: str, value: str) -> str:
    """Label of one facet value."""
    if field == "type":
        return type_label(value)
    if field == "component":
        return component_label(value)
    if field == "audience":
        return audience_label(value)
    if field == "language":
        return language_label(value)
    return value


# Badge colours per type: calm, distinguishable, readable with white text.
_TYPE_COLOURS = {
    "standard": "#2f5d9c",
    "playbook": "#2e7d5b",
    "checklist": "#a15c12",
    "guide": "#6b4fa0",
    "glossary": "#4d6473",
    "reference": "#7a5146",
}


def type_colour(doc_type: str) -> QColor:
    """Background colour of a type badge."""
    return QColor(_TYPE_COLOURS.get(doc_type, "#5f6b76"))
