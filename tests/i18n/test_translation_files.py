"""The interface's translation files: current with the source, complete, and compiled.

* every string the source marks for translation (lupdate's own reading of it) is in each
  committed ``.ts`` file, so no string reaches the user untranslated for lack of
  extraction;
* no shipped language has an unfinished string (lrelease's count, checked against the
  file itself);
* the committed ``.qm`` files are exactly what lrelease makes of the committed ``.ts``
  files (both install paths ship the same bytes).
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.translations import LANGUAGES, TRANSLATED, build, qm_path, ts_path

Key = tuple[str, str, str]  # context, source, comment


def live_messages(ts: Path) -> dict[Key, ET.Element]:
    """The messages of a .ts file that the source still has (not vanished or obsolete)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfinished(ts: Path) -> list[Key]:
    """The live messages still waiting for a translation."""
    return [
        key
        for key, message in live_messages(ts).items()
        if message.find("translation").get("type") == "unfinished"
    ]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """lupdate run over today's source into copies of the committed .ts files."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in LANGUAGES:
        copies[language] = folder / ts_path(language).name
        shutil.copy(ts_path(language), copies[language])
    build.update(copies.items())
    return copies


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_source_string_is_in_the_committed_ts_file(
    extracted: dict[str, Path], language: str
) -> None:
    committed = live_messages(ts_path(language))
    current = live_messages(extracted[language])
    missing = sorted(set(current) - set(committed))
    assert missing == [], (
        f"{len(missing)} strings of the source are not in {ts_path(language).name}; run "
        f"python -m desktop.ui.translations.build. First: {missing[:5]}"
    )
    # Plural messages are marked as such (a %n message without forms shows "(s)").
    wrong = [k for k in current if current[k].get("numerus") != committed[k].get("numerus")]
    assert wrong == []


def test_the_source_has_plural_and_translator_comment_strings(
    extracted: dict[str, Path],
) -> None:
    current = live_messages(extracted["fr"])
    assert len(current) > 800
    assert any(m.get("numerus") == "yes" for m in current.values())
    assert any(comment for _c, _s, comment in current)
    # No message was extracted without its class: a context is a class or a named table.
    assert all(re.fullmatch(r"[A-Z]\w*", context) for context, _s, _c in current)


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_no_shipped_language_has_unfinished_strings(language: str, tmp_path: Path) -> None:
    left = unfinished(ts_path(language))
    report = build.release(ts_path(language), tmp_path / "check.qm")
    # lrelease's count: begun but unfinished, plus those it ignores as not translated.
    begun = re.search(r"(\d+) unfinished", report)
    ignored = re.search(r"Ignored (\d+) untranslated", report)
    assert begun is not None
    counted = int(begun.group(1)) + (int(ignored.group(1)) if ignored else 0)
    assert counted == len(left)
    assert left == [], f"{len(left)} unfinished in {ts_path(language).name}: {left[:5]}"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_committed_qm_files_are_what_lrelease_makes(language: str, tmp_path: Path) -> None:
    built = tmp_path / qm_path(language).name
    build.release(ts_path(language), built)
    assert qm_path(language).read_bytes() == built.read_bytes(), (
        f"{qm_path(language).name} is not the compiled {ts_path(language).name}; run "
        "python -m desktop.ui.translations.build --release"
    )
