"""One place for paths: the user data folder, the database, the index, the bundled library.

``ACCORD_DATA_DIR`` overrides the platform default (tests); portable mode (``portable.py``)
keeps data beside the executable (USB installs); the bundled ``content/`` is found both
from a source checkout and from a frozen build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Accord"
DATA_DIR_ENV = "ACCORD_DATA_DIR"
LIBRARY_ENV = "ACCORD_LIBRARY"


def default_data_dir() -> Path:
    """The platform's user data folder (no override, no portable mode)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return (and create) the folder that holds the user's database and index.

    Order: ``override`` (``--data-dir``), ``ACCORD_DATA_DIR``, portable mode (a marker
    file ``accord-portable.txt`` beside the executable: ``desktop/core/storage/portable.py``), then
    the platform's user data folder.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen)
    else:
        from desktop.core.storage import portable  # lazy: portable imports this module

        layout = portable.resolve()
        path = layout.data_dir if layout is not None else default_data_dir()
    path = path.expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(data: Path) -> Path:
    """The SQLite file with bookmarks, recent documents and assessments."""
    return data / "accord.db"


def index_dir(data: Path) -> Path:
    """The search index folder: a rebuildable cache."""
    return data / "index"


def backups_dir(data: Path) -> Path:
    """Automatic database backups taken before migrations."""
    return data / "backups"


def bundled_library() -> Path:
    """The library shipped with the app: ``content/`` in a checkout or in a frozen bundle."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "content"
    return Path(__file__).resolve().parents[3] / "content"
