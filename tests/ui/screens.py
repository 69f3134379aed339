"""Screenshots of the main screens, as a user would see them, for people to look at.

    python -m tests.ui.screens --out shots/ [--size 1366x768] [--lang fr]

Opens the app on the bundled library with a fresh data folder holding three completed
assessments (an earlier one of the same ministry, to compare with) and one draft, on an
offscreen screen of the size asked (the window sizes itself to it, as on a laptop or a
projector), then saves one PNG per screen: the start page, a document, a search, the
assessments list, the runner (and its question drawer in a narrow window), the results
(and the comparison), the workshop view with the groups named by the trainer, Present
mode (table, chart, and the next page of groups when they do not all fit), the keyboard
shortcuts and the empty Problems panel. Runs offscreen; nothing is sent anywhere. Used by
hand before calling a screen done (and to compare a screen before and after a change).
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
    """Three completed assessments (the ministry's earlier one first, then the two groups
    of a workshop) and one draft."""
    from desktop.core.library.documents import load_library
    from desktop.core.storage import paths

    checklist = load_library(paths.bundled_library()).get(NATIONAL).checklist
    # Started in the interface language (``--lang``), as the start dialog does.
    language = ["--language", os.environ.get("ACCORD_LANG", "en").split("_")[0]]
    ids = []
    groups = (
        ("Ministry of ICT", "A. Otieno", 2),
        ("Ministry of ICT", "A. Otieno", 0),
        ("Data Protection Office", "B. Diallo", 1),
    )
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
            *language,
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
        *language,
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


def screen_config(size: tuple[int, int]) -> str:
    """An offscreen screen of ``size`` (Qt's offscreen platform reads it from a file)."""
    import json

    width, height = size
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        ],
    }  # fmt: skip
    path = Path(tempfile.mkdtemp(prefix="accord-screen-")) / "screen.json"
    path.write_text(json.dumps(config))
    return f"offscreen:configfile={path}"


def capture(out: Path, size: tuple[int, int], lang: str | None = None) -> list[Path]:
    """Save the main screens to ``out``; returns the files written."""
    if lang:
        os.environ["ACCORD_LANG"] = lang
        os.environ["LANGUAGE"] = lang
    os.environ["QT_QPA_PLATFORM"] = screen_config(size)
    data = Path(tempfile.mkdtemp(prefix="accord-screens-"))
    os.environ["ACCORD_DATA_DIR"] = str(data)
    ids = seed_assessments(data)

    from desktop.ui.shell.app import create_application
    from desktop.ui.shell.main_window import MainWindow

    app = create_application()
    window = MainWindow(None, data)
    window.show()
    _wait(app, lambda: window.library is not None and window.controller.ready)
    _wait(app, lambda: window.assessments is not None)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(name: str, widget: object = None, seconds: float = 0.3) -> None:
        _settle(app, seconds)
        target = out / f"{name}.png"
        (widget or window).grab().save(str(target))  # type: ignore[attr-defined]
        written.append(target)

    shot("01-start")
    window.open_document("standards/human-oversight")
    shot("02-document", seconds=0.8)
    window.focus_search()
    from PySide6.QtTest import QTest

    QTest.keyClicks(window.search_box, "foundation model transparency")
    shot("03-search", seconds=1.0)
    # A question in everyday words, typed as people type questions.
    window.search_box.clear()
    QTest.keyClicks(window.search_box, "how do we stop an AI system that keeps making mistakes?")
    shot("03-search-question", seconds=1.5)
    panel = window.assessments
    window.action_assessments.trigger()
    panel.refresh()
    shot("04-assessments", seconds=1.0)
    panel.open_assessment(ids[3])
    _wait(app, lambda: panel.runner.state is not None)
    shot("05-runner")
    if panel.runner.body.narrow:
        panel.runner.body.show_list()
        shot("05-runner-questions")
        panel.runner.body.close_drawer()
    _capture_results(app, panel, ids, shot)
    _capture_workshop(app, window, panel, ids, shot)
    window.action_shortcuts.trigger()
    _settle(app, 0.5)
    sheet = app.activeModalWidget() or window.findChild(object, "shortcutsBox")
    shot("10-shortcuts", sheet)
    sheet.close()
    window.toggle_problems()
    shot("11-problems")
    window.close()
    return written


def _capture_results(app: object, panel: object, ids: list[str], shot: Callable) -> None:
    """The results of the ministry's second assessment, and its comparison."""
    panel.show_results(ids[1])  # type: ignore[attr-defined]
    shot("06-results", seconds=1.5)
    results = panel.results  # type: ignore[attr-defined]
    results.scroll.ensureWidgetVisible(results.compare, 0, 0)
    results.scroll.verticalScrollBar().setValue(
        results.compare.mapTo(results.scroll.widget(), results.compare.rect().topLeft()).y() - 40
    )
    shot("06-results-comparison", seconds=0.8)


def _capture_workshop(
    app: object, window: object, panel: object, ids: list[str], shot: Callable
) -> None:
    """The workshop view with the groups named, then presented: table, chart, pages."""
    panel.show_workshop(NATIONAL)  # type: ignore[attr-defined]
    workshop = panel.workshop  # type: ignore[attr-defined]
    _wait(app, lambda: workshop.summary is not None)
    shot("07-workshop", seconds=1.0)
    names = {ids[0]: "Ministry, last year", ids[1]: "Table 1 — Ministry of ICT"}
    names[ids[2]] = "Table 2 — Data Protection Office"
    workshop.names.rename(names)
    workshop.select_only([ids[0], ids[1], ids[2], ids[3]])
    _settle(app, 1.0)
    dialog = workshop.make_names_dialog(
        workshop.group_model_rows(), workshop.names.plain_names(workshop.group_model_rows())
    )
    dialog.show()
    shot("07-workshop-name-groups", dialog, seconds=0.5)
    dialog.close()
    window.action_present.trigger()  # type: ignore[attr-defined]
    shot("08-present", seconds=1.5)
    if workshop.header.next_button.isVisible():
        workshop.turn_page(1)
        shot("08-present-next-groups", seconds=0.8)
    workshop.swap_view()
    shot("08-present-chart", seconds=0.8)
    workshop.set_presenting(False)
    _settle(app, 0.5)


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
