"""Numbers, percentages, dates and times as the interface's locale writes them.

Everything goes through ``QLocale`` (the default one, set from the interface language by
``desktop.ui.translations.language``; the report passes the assessment language's
locale). Dates are written with the month's name ("3 Dec 2026", "3 déc. 2026",
"3 ديسمبر 2026") so they are never ambiguous, also under a ``C`` locale, whose own short
format ("3 12 2026") nobody reads.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

DATE_PATTERN = "d MMM yyyy"
LONG_DATE_PATTERN = "d MMMM yyyy"


def _locale(locale: QLocale | None) -> QLocale:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``value`` with the locale's digits and separators ("1 234,5" in French)."""
    locale = _locale(locale)
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def percent(value: float, locale: QLocale | None = None) -> str:
    """A whole percentage ("92 %", "92%"): the pattern is each language's own."""
    pattern = QCoreApplication.translate(
        "Format", "%1 %", "a percentage; %1 is the number, write the sign as your language does"
    )
    return pattern.replace("%1", number(value, 0, locale))


def _parse(stamp: str | datetime | None) -> QDateTime | None:
    if stamp is None or stamp == "":
        return None
    if isinstance(stamp, str):
        try:
            stamp = datetime.fromisoformat(stamp)
        except ValueError:
            return None
    return QDateTime(stamp.astimezone())


def date_text(
    stamp: str | datetime | None, locale: QLocale | None = None, long: bool = False
) -> str:
    """A day: "3 Dec 2026" ("3 December 2026" when ``long``); "" for none, a bad stamp as
    it is."""
    moment = _parse(stamp)
    if moment is None:
        return "" if not stamp else str(stamp)
    return _locale(locale).toString(moment.date(), LONG_DATE_PATTERN if long else DATE_PATTERN)


def time_text(moment: QDateTime, locale: QLocale | None = None) -> str:
    """The time of day in the locale's short form ("04:25", "4:25 AM")."""
    return _locale(locale).toString(moment.time(), QLocale.FormatType.ShortFormat)


def date_time_text(
    stamp: str | datetime | None, locale: QLocale | None = None, long: bool = False
) -> str:
    """A day and a time: "3 Dec 2026, 04:25"; "" for none, a bad stamp as it is."""
    moment = _parse(stamp)
    if moment is None:
        return "" if not stamp else str(stamp)
    pattern = QCoreApplication.translate("Format", "%1, %2", "a date, then a time of day")
    return pattern.replace("%1", date_text(stamp, locale, long)).replace(
        "%2", time_text(moment, locale)
    )


def seconds_text(seconds: float, locale: QLocale | None = None) -> str:
    """A duration in seconds with one decimal ("2,5 s" in French)."""
    return QCoreApplication.translate("Format", "%1 s", "a duration in seconds").replace(
        "%1", number(seconds, 1, locale)
    )
