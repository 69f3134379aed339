"""Human labels for the stable ids of the library (types, components, audiences, facets).

Every label goes through Qt's translation functions, with literal source strings so that
``pyside6-lupdate`` can extract them. Ids not known here are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QColor

from desktop.ui.common.report_language import translate


def _t(text: str) -> str:
    # In the report's language while a PDF is being written (``report_language``).
    return translate(_CONTEXT, text)


# The tables hold source strings, marked for ``pyside6-lupdate``; lookups translate them.
_CONTEXT = "Labels"

# type id -> (singular, plural)
_TYPES: dict[str, tuple[str, str]] = {
    "standard": (QT_TRANSLATE_NOOP("Labels", "Standard"), QT_TRANSLATE_NOOP("Labels", "Standards")),
    "playbook": (QT_TRANSLATE_NOOP("Labels", "Playbook"), QT_TRANSLATE_NOOP("Labels", "Playbooks")),
    "checklist": (
        QT_TRANSLATE_NOOP("Labels", "Checklist"),
        QT_TRANSLATE_NOOP("Labels", "Checklists"),
    ),
    "guide": (QT_TRANSLATE_NOOP("Labels", "Guide"), QT_TRANSLATE_NOOP("Labels", "Guides")),
    "glossary": (QT_TRANSLATE_NOOP("Labels", "Glossary"), QT_TRANSLATE_NOOP("Labels", "Glossary")),
    "reference": (
        QT_TRANSLATE_NOOP("Labels", "Reference"),
        QT_TRANSLATE_NOOP("Labels", "Reference"),
    ),
}
_COMPONENTS: dict[str, str] = {
    "ethics": QT_TRANSLATE_NOOP("Labels", "Ethical AI practices"),
    "robustness": QT_TRANSLATE_NOOP("Labels", "Robustness and security"),
    "governance": QT_TRANSLATE_NOOP("Labels", "Governance and regulatory compliance"),
    "transparency": QT_TRANSLATE_NOOP("Labels", "Transparency and explainability"),
    "human-ai": QT_TRANSLATE_NOOP("Labels", "Human–AI collaboration"),
    "societal": QT_TRANSLATE_NOOP("Labels", "Societal and environmental impact"),
}
_AUDIENCES: dict[str, str] = {
    "regulator": QT_TRANSLATE_NOOP("Labels", "Regulators"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "Trainers"),
    "official": QT_TRANSLATE_NOOP("Labels", "Officials"),
}
_FACETS: dict[str, str] = {
    "type": QT_TRANSLATE_NOOP("Labels", "Type"),
    "component": QT_TRANSLATE_NOOP("Labels", "Safety Index component"),
    "audience": QT_TRANSLATE_NOOP("Labels", "Audience"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Tag"),
    "pack": QT_TRANSLATE_NOOP("Labels", "Content pack"),
}


def type_label(doc_type: str) -> str:
    """Singular label of a document type, e.g. 'Standard'."""
    found = _TYPES.get(doc_type)
    return _t(found[0]) if found else doc_type.capitalize()


def type_plural(doc_type: str) -> str:
    """Plural label of a document type, for the library browser, e.g. 'Standards'."""
    found = _TYPES.get(doc_type)
    return _t(found[1]) if found else doc_type.capitalize()


def component_source(component: str) -> str | None:
    """The English source string of a component's label (for a translator other than
    the interface's: the PDF report's), or None for an unknown id."""
    return _COMPONENTS.get(component)


def component_label(component: str) -> str:
    """Label of a Global AI Safety Index component."""
    found = _COMPONENTS.get(component)
    return _t(found) if found else component


def audience_label(audience: str) -> str:
    """Label of an audience."""
    found = _AUDIENCES.get(audience)
    return _t(found) if found else audience.capitalize()


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
    found = _FACETS.get(field)
    return _t(found) if found else field.capitalize()


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
