"""The platform's user data folder, and the environment variable that overrides it.

Kept apart from ``paths`` so that portable mode (``portable``), which ``paths.data_dir``
consults, can name the computer's own folder without importing ``paths`` back.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Accord"
DATA_DIR_ENV = "ACCORD_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's user data folder (no override, no portable mode)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
