"""Rule 1 of the house: the core, the index and the CLI's headless commands never load Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

CODE = """
import sys, importlib, pkgutil
import desktop.core, index
for package in (desktop.core, index):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
import desktop.cli
desktop.cli.build_parser()
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(loaded))
"""


def test_core_and_index_import_without_pyside6() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "", f"Qt was loaded: {out.stdout}"


@pytest.mark.parametrize("command", [["check", "--json"], ["show", "glossary"]])
def test_headless_commands_do_not_load_qt(command: list[str], small_library) -> None:
    code = (
        "import sys; from desktop.cli import main; "
        f"rc = main(['--library', {str(small_library)!r}] + {command!r}); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', "
        "file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stderr.strip().endswith("NOQT"), out.stderr
