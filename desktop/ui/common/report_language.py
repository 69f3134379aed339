"""The language a report is being written in, on this thread, and translation that
follows it.

A PDF is made on the work lane while the interface may speak another language. Inside
``report_language(lang)`` every text that goes through :func:`translate` (the report's
own, and the labels and formatting it borrows from the screens) comes out in ``lang``;
outside, ``translate`` is Qt's translation into the interface's language.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, Qt

# The language of the report being written on this thread (the PDF is made on the work
# lane while the interface may speak another language): its translator and locale.
_report = threading.local()


@contextmanager
def report_language(language: str) -> Iterator[None]:
    """Write the report rendered inside this block in ``language`` (its words, numbers
    and dates), whatever the interface's language."""
    from desktop.ui.translations.language import formatting_locale, translator_for

    saved = getattr(_report, "state", None)
    _report.state = (translator_for(language), formatting_locale(language), language)
    try:
        yield
    finally:
        _report.state = saved


def report_locale() -> QLocale:
    """The locale of the report being written (the default locale outside a report)."""
    state = getattr(_report, "state", None)
    return state[1] if state else QLocale()


def report_in_arabic() -> bool:
    """True while a report in Arabic is being written on this thread."""
    state = getattr(_report, "state", None)
    return bool(state) and state[2] == "ar"


def report_direction() -> Qt.LayoutDirection:
    """Right to left for a report in Arabic."""
    state = getattr(_report, "state", None)
    language = state[2] if state else QLocale().name().split("_")[0]
    return QLocale(language).textDirection()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the report's language (see ``report_language``); outside a report, in
    the interface's. ``%n`` becomes ``n`` written in the report's locale."""
    state = getattr(_report, "state", None)
    if state is None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    translator, locale = state[0], state[1]
    found = translator.translate(context, text, disambiguation, n) if translator else ""
    result = found or text
    return result.replace("%n", locale.toString(n)) if n >= 0 else result
