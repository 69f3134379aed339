"""Entry point of the frozen Accord app (PyInstaller's script; ``packaging/accord.spec``).

Runs the ``accord`` command (``desktop.cli.main``): the app with no arguments, headless
commands otherwise, ``--self-test`` to check the installation. When the environment
variable ``ACCORD_PROBE`` is set it runs the start-up probe instead
(``desktop.ui.shell.selftest.probe_main``: timing marks and a screenshot, for
``bench/frozen_bench.py``). From a checkout, ``python packaging/accord_main.py`` behaves the
same, which is how the frozen and unfrozen apps are compared.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    """Dispatch to the start-up probe or to the ``accord`` command."""
    if not getattr(sys, "frozen", False):
        # From a checkout: import the project from the folder above this script.
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if os.environ.get("ACCORD_PROBE"):
        from desktop.ui.shell.selftest import probe_main

        return probe_main()
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
