"""`accord-hub` on a base install (without the ``hub`` extra): it names the one command
that installs what is missing and exits 2, never with a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Run the real entry point in a fresh interpreter in which the hub extra's libraries
# cannot be imported, as on a base install.
BASE_INSTALL = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None
from hub.cli import main
sys.exit(main({argv!r}))
"""


def _run(blocked: list[str], argv: list[str]) -> subprocess.CompletedProcess[str]:
    code = BASE_INSTALL.format(blocked=blocked, argv=argv)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


EXTRA = ["fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "argon2"]


@pytest.mark.parametrize(
    ("blocked", "argv", "named"),
    [
        (["uvicorn"], ["serve", "--data", "/nonexistent"], "uvicorn"),
        (EXTRA, ["serve"], "fastapi, uvicorn"),
        (EXTRA, ["devices", "--data", "/nonexistent"], "sqlalchemy"),
    ],
)
def test_without_the_hub_extra_the_command_names_the_install(
    blocked: list[str], argv: list[str], named: str
) -> None:
    done = _run(blocked, argv)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "pip install 'accord[hub]'" in done.stderr
    assert named in done.stderr
    assert done.stdout == ""


def test_help_works_without_the_hub_extra() -> None:
    done = _run(EXTRA, ["--help"])
    assert done.returncode == 0, done.stderr
    assert "serve" in done.stdout
