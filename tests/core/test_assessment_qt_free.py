"""The assessment core and its CLI load without Qt (ARCHITECTURE.md rule 1)."""

from __future__ import annotations

import subprocess
import sys


def test_assessment_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import desktop.core.assessments.store, desktop.core.assessments.scoring\n"
        "import desktop.core.assessments.export\n"
        "import desktop.core.library.countries, desktop.commands.assessment, desktop.cli\n"
        "desktop.cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
