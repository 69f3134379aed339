"""Extract the interface's strings into the ``.ts`` files and compile them to ``.qm``.

    python -m desktop.ui.translations.build            # lupdate, then lrelease
    python -m desktop.ui.translations.build --release  # lrelease only

``accord_en.ts`` holds only the English plural forms ("%n document(s)" → "1 document",
"2 documents"); the other files every string.

lupdate reads every ``self.tr(...)`` and literal ``QCoreApplication.translate("Context",
...)`` call under ``desktop/ui`` and keeps the translations already in the ``.ts`` files
(strings no longer in the source are marked vanished, never deleted). No line numbers are
stored, so moving code does not touch the translators' files.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from desktop.ui.translations import HERE, LANGUAGES, qm_path, ts_path

UI_ROOT = HERE.parent


def tool(name: str) -> str:
    """The path of a Qt translation tool shipped inside the PySide6 wheel."""
    import PySide6  # the wheel's folder holds the tools; Qt itself is not needed here

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} is not in {folder}; reinstall PySide6-Essentials.")


def sources(root: Path = UI_ROOT) -> list[Path]:
    """The Python files lupdate reads, relative to ``root``, in a stable order."""
    return sorted(p.relative_to(root) for p in root.rglob("*.py"))


def update(ts_files: Iterable[tuple[str, Path]], root: Path = UI_ROOT, quiet: bool = True) -> str:
    """Run lupdate over the sources under ``root`` into each (language, .ts file); its
    report (counts of strings found, new and unfinished) is returned."""
    files = [str(p) for p in sources(root)]
    report = []
    for language, ts in ts_files:
        # English is the source language: its file holds only the plural forms.
        only_plurals = ["-pluralonly"] if language == "en" else []
        command = [
            tool("lupdate"),
            "-locations",
            "none",
            *only_plurals,
            "-target-language",
            language,
            *files,
            "-ts",
            str(ts.resolve()),
        ]
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
        report.append(done.stdout + done.stderr)
    return "".join(report)


def release(ts: Path, qm: Path) -> str:
    """Compile one ``.ts`` file; lrelease's report ("n finished and m unfinished")."""
    command = [tool("lrelease"), str(ts), "-qm", str(qm)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    """Update the ``.ts`` files from the source (unless ``--release``), then compile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    if not args.release:
        print(update((lang, ts_path(lang)) for lang in LANGUAGES), end="")
    for language in LANGUAGES:
        release(ts_path(language), qm_path(language))
        print(f"{qm_path(language).name} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
