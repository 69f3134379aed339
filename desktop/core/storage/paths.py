"""One place for paths: the user data folder, the database, the index, the bundled library.

``ACCORD_DATA_DIR`` overrides the platform default (tests); portable mode (``portable.py``)
keeps data beside the executable (USB installs); the bundled ``content/`` is found both
from a source checkout and from a frozen build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.core.storage import portable
from desktop.core.storage.user_folder import APP_NAME, DATA_DIR_ENV, default_data_dir

__all__ = [
    "APP_NAME",
    "DATA_DIR_ENV",
    "LIBRARY_ENV",
    "backups_dir",
    "bundled_library",
    "data_dir",
    "database_path",
    "default_data_dir",
    "index_dir",
    "logs_dir",
]

LIBRARY_ENV = "ACCORD_LIBRARY"


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


def logs_dir(data: Path) -> Path:
    """The rotating log files (``desktop.core.logs``)."""
    return data / "logs"


def bundled_library() -> Path:
    """The library shipped with the app: ``content/`` in a checkout or in a frozen bundle."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "content"
    return Path(__file__).resolve().parents[3] / "content"
