"""The search index prebuilt at build time and shipped inside the frozen bundle.

``packaging/build.py`` indexes the bundled ``content/`` into ``<bundle>/prebuilt-index/``
(same layout as any index folder: ``index.json`` plus one generation folder). On first
start the app copies it into the user's data folder, so a slow laptop need not build an
index before the first search; ``SearchIndex.ensure`` then checks fingerprints and only
fixes what differs (installed packs, a newer library).

Trust: opening a Whoosh index unpickles data, so only the copy inside the bundle itself
(``sys._MEIPASS``, the folder the program's own code is loaded from) is ever adopted:
``bundled_index_dir`` takes no path from the user, the environment or a data folder.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

BUNDLED_INDEX = "prebuilt-index"
# index.storage.MANIFEST; repeated so that checking costs no import of the search engine.
MANIFEST = "index.json"


def bundled_index_dir() -> Path | None:
    """The prebuilt index inside a frozen bundle, or None (from source, or none shipped)."""
    root = getattr(sys, "_MEIPASS", None)
    if not root or not getattr(sys, "frozen", False):
        return None
    folder = Path(root) / BUNDLED_INDEX
    return folder if (folder / MANIFEST).is_file() else None


def adopt_bundled_index(index_dir: Path) -> bool:
    """Copy the bundle's prebuilt index into ``index_dir`` when that has no index yet.

    Returns True when it was adopted. Never raises for a missing, foreign or unreadable
    prebuilt index, nor when ``index_dir`` already holds one (even a stale one: that is
    updated incrementally by ``SearchIndex.ensure``, which is cheaper than a copy).
    """
    source = bundled_index_dir()
    if source is None or (Path(index_dir) / MANIFEST).exists():
        return False
    try:
        return _copy_index(source, Path(index_dir))
    except OSError:
        return False


def _copy_index(source: Path, index_dir: Path) -> bool:
    """Install the index in ``source`` as a new generation of ``index_dir`` (atomically)."""
    from index import SearchIndex, storage

    try:
        manifest = storage.read_manifest(source, SearchIndex.SCHEMA_VERSION)
    except storage.ManifestError:
        return False
    generation = source / manifest["generation"]
    if not generation.is_dir():
        return False
    target = storage.new_generation(index_dir)
    try:
        for path in generation.iterdir():
            if path.is_file():
                shutil.copyfile(path, target / path.name)
        # The manifest goes last: a crash before it leaves no index (rebuilt), never half a one.
        storage.write_manifest(
            index_dir,
            {
                **manifest,
                "generation": target.name,
                "adopted": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "source": "bundle",
            },
        )
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    storage.remove_stale(index_dir, keep=target.name)
    return True


def build_index(library_root: Path, out_dir: Path) -> int:
    """Build the prebuilt index of the library at ``library_root`` into ``out_dir``.

    Used by ``packaging/build.py``; returns the number of documents indexed.
    """
    from desktop.core.library.documents import load_library
    from desktop.core.search.conversion import index_docs
    from index import SearchIndex

    library = load_library(Path(library_root))
    docs = index_docs(library)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    index = SearchIndex(out_dir)
    try:
        index.rebuild(docs)
    finally:
        index.close()
    return len(docs)
