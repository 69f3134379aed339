"""Screenshots of the main screens, as a user would see them, for people to look at.

    python -m tests.ui.screens --out shots/ [--size 1366x768] [--lang fr]

Opens the app on the bundled library with a fresh data folder holding two completed
assessments and one draft, then saves one PNG per screen: the start page, a document,
a search, the assessments list, the runner, the results, the workshop view and Present
mode. Runs offscreen; nothing is sent anywhere. Used by hand before calling a screen done
(and to compare a screen before and after a change).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NATIONAL = "checklists/national-ai-readiness"


def _cli(data: Path, *argv: str) -> str:
    """Run an ``accord`` command in this interpreter; returns its standard output."""
    import contextlib
    import io

    from desktop.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--data-dir", str(data), *argv])
    if code != 0:
        raise SystemExit(f"accord {' '.join(argv)} exited {code}")
    return out.getvalue()


def seed_assessments(data: Path) -> list[str]:
    """Two completed assessments (two groups of a workshop) and one draft."""
    from desktop.core.library.documents import load_library
    from desktop.core.storage import paths

    checklist = load_library(paths.bundled_library()).get(NATIONAL).checklist
    ids = []
    groups = (("Ministry of ICT", "A. Otieno", 0), ("Data Protection Office", "B. Diallo", 1))
    for institution, assessor, shift in groups:
        created = _cli(
            data,
            "assessment",
            "new",
            "--checklist",
            NATIONAL,
            "--institution",
            institution,
            "--country",
            "KE",
            "--assessor",
            assessor,
        )
        aid = created.strip().splitlines()[-1]
        for n, item in enumerate(checklist.items):
            if item.scale == "maturity-0-4":
                value = str((n + shift) % 5)
            else:
                value = ("yes", "partial", "no")[(n + shift) % 3]
            with _quiet():
                _cli(data, "assessment", "answer", aid, item.id, value)
        _cli(data, "assessment", "complete", aid)
        ids.append(aid)
    draft = _cli(
        data,
        "assessment",
        "new",
        "--checklist",
        NATIONAL,
        "--institution",
        "Draft office",
        "--country",
        "GH",
    )
    ids.append(draft.strip().splitlines()[-1])
    return ids


def _quiet():
    import contextlib
    import io

    return contextlib.redirect_stderr(io.StringIO())


def _wait(app: object, until: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _settle(app: object, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def capture(out: Path, size: tuple[int, int], lang: str | None = None) -> list[Path]:
    """Save the main screens to ``out``; returns the files written."""
    if lang:
        os.environ["ACCORD_LANG"] = lang
        os.environ["LANGUAGE"] = lang
    data = Path(tempfile.mkdtemp(prefix="accord-screens-"))
    os.environ["ACCORD_DATA_DIR"] = str(data)
    ids = seed_assessments(data)

    from desktop.ui.shell.app import create_application
    from desktop.ui.shell.main_window import MainWindow

    app = create_application()
    window = MainWindow(None, data)
    window.resize(*size)
    window.show()
    _wait(app, lambda: window.library is not None and window.controller.ready)
    _wait(app, lambda: window.assessments is not None)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(name: str, widget: object = None) -> None:
        _settle(app)
        target = out / f"{name}.png"
        (widget or window).grab().save(str(target))  # type: ignore[attr-defined]
        written.append(target)

    shot("01-start")
    window.open_document("standards/human-oversight")
    _settle(app, 0.8)
    shot("02-document")
    window.focus_search()
    from PySide6.QtTest import QTest

    QTest.keyClicks(window.search_box, "foundation model transparency")
    _settle(app, 1.0)
    shot("03-search")
    panel = window.assessments
    window.action_assessments.trigger()
    panel.refresh()
    _settle(app, 1.0)
    shot("04-assessments")
    panel.open_assessment(ids[2])
    _wait(app, lambda: panel.runner.state is not None)
    shot("05-runner")
    panel.show_results(ids[0])
    _settle(app, 1.5)
    shot("06-results")
    panel.show_workshop(NATIONAL)
    _settle(app, 1.5)
    shot("07-workshop")
    panel.workshop.set_presenting(True)
    _settle(app, 1.0)
    shot("08-present")
    panel.workshop.set_presenting(False)
    window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1366x768", help="WIDTHxHEIGHT (default 1366x768)")
    parser.add_argument("--lang", help="interface language, e.g. fr or ar")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    for path in capture(args.out, (width, height), args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
