"""Numbers, dates and mixed-direction text as each interface language writes them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale

from desktop.ui.common import locale_format as fmt
from desktop.ui.common.bidi import FSI, LRI, PDI, isolate, strip_isolates
from desktop.ui.translations.language import formatting_locale

STAMP = "2026-12-03T04:25:00+00:00"


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()


@pytest.mark.parametrize(
    ("language", "date", "date_time"),
    [
        ("en", "3 Dec 2026", "3 Dec 2026, 04:25"),
        ("fr", "3 déc. 2026", "3 déc. 2026, 04:25"),
        ("es", "3 dic 2026", "3 dic 2026, 4:25"),
        ("pt", "3 dez. 2026", "3 dez. 2026, 04:25"),
        ("ar", "3 ديسمبر 2026", "3 ديسمبر 2026, 4:25 ص"),
    ],
)
def test_dates_name_the_month_in_every_language(language: str, date: str, date_time: str) -> None:
    locale = formatting_locale(language, QLocale("C"))
    assert fmt.date_text(STAMP, locale) == date
    assert fmt.date_time_text(STAMP, locale) == date_time


def test_a_c_locale_writes_readable_dates_not_3_12_2026() -> None:
    assert fmt.date_time_text(STAMP, QLocale("C")) == "3 Dec 2026, 04:25"
    assert fmt.date_text(STAMP, QLocale("C"), long=True) == "3 December 2026"
    assert fmt.date_text("", QLocale("C")) == ""
    assert fmt.date_text("not a date", QLocale("C")) == "not a date"


def test_the_app_under_c_utf8_writes_readable_dates() -> None:
    """In a fresh process with LANG=C.UTF-8, as the issue saw "3 12 2026 04:25"."""
    code = (
        "from PySide6.QtCore import QCoreApplication;"
        "app = QCoreApplication([]);"
        "from desktop.ui.translations import language;"
        "language.apply(language.startup_language(None), app);"
        "from desktop.ui.common.locale_format import date_time_text;"
        f"print(language.current_language(), date_time_text({STAMP!r}))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "ACCORD_"))}
    env.update(LANG="C.UTF-8", TZ="UTC")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "en 3 Dec 2026, 04:25"


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "1,234.5"), ("fr", "1 234,5"), ("ar", "1,234.5")]
)
def test_numbers_follow_the_locale_with_western_digits(language: str, expected: str) -> None:
    text = fmt.number(1234.5, 1, formatting_locale(language, QLocale("C")))
    assert text.replace("\u202f", " ").replace("\xa0", " ") == expected


def test_arabic_uses_one_digit_style_everywhere() -> None:
    for system in ("ar_EG", "ar_SA", "ar_001", "C"):
        locale = formatting_locale("ar", QLocale(system))
        text = fmt.date_time_text(STAMP, locale) + fmt.number(1234567, 0, locale)
        assert not any("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" for c in text)


def test_isolates_wrap_embedded_pieces_and_come_off_again() -> None:
    assert isolate("ETH-1") == f"{FSI}ETH-1{PDI}"
    assert isolate("C:\\data", ltr=True) == f"{LRI}C:\\data{PDI}"
    assert isolate("") == ""
    assert strip_isolates(f"السؤال {isolate('ETH-1')}") == "السؤال ETH-1"


def test_month_names_come_from_the_language_not_the_c_library() -> None:
    """LANGUAGE=fr with LANG=C: Qt names the system locale fr_FR but takes its month
    names from the C library ("Dec"); the interface must still write "déc."."""
    code = (
        "from PySide6.QtCore import QCoreApplication;"
        "app = QCoreApplication([]);"
        "from desktop.ui.translations import language;"
        "language.apply('fr', app);"
        "from desktop.ui.common.locale_format import date_time_text, seconds_text;"
        f"print(date_time_text({STAMP!r}), '|', seconds_text(0.7))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "ACCORD_"))}
    env.update(LANG="C.UTF-8", LANGUAGE="fr", TZ="UTC")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    text = out.stdout.strip().replace("\xa0", " ").replace("\u202f", " ")
    assert text.startswith("3 déc. 2026")
    assert text.endswith("| 0,7 s")
