"""Whether the search index already reflects the library, without reading the library.

A one-off search (``accord search``) used to parse every document (YAML front matter,
links) before searching: about 3 s on a 10,000-document library, for an index that had not
changed. Here the library's *state* is a hash of what would be loaded — each active pack's
id, version and folder, and the path, size and modification time of each Markdown file in
it (a ``stat`` per file, no reading) — recorded beside the index each time the index is
brought up to date. When the state is unchanged, the index is searched as it is.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from desktop.core.storage.files import write_json_atomic

STATE_FILE = "library-state.json"


def library_state(library_dir: Path, data_dir: Path | None, installed_core: bool) -> str:
    """A hash of the documents the library would load (see the module's docstring)."""
    from desktop.core.packs.store import PackSource, active_sources

    sources = active_sources(data_dir, library_dir)
    if not installed_core:
        sources = [s for s in sources if s.id != "core"]
        sources.insert(0, PackSource("core", "", Path(library_dir), "bundled", "Library"))
    h = hashlib.sha256()
    for src in sources:
        h.update(f"pack\t{src.id}\t{src.version}\t{src.content}\n".encode())
        for rel, size, mtime in _files(Path(src.content)):
            h.update(f"{rel}\t{size}\t{mtime}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _files(root: Path) -> list[tuple[str, int, int]]:
    """(relative path, size, mtime in ns) of every Markdown file a library would load:
    ``.md`` files below ``root``, hidden folders and symbolic links skipped (as
    ``library.documents.markdown_files``)."""
    out: list[tuple[str, int, int]] = []
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                stack.append((Path(entry.path), rel + "/"))
            elif entry.name.endswith(".md") and entry.is_file(follow_symlinks=False):
                st = entry.stat(follow_symlinks=False)
                out.append((rel, st.st_size, st.st_mtime_ns))
    return sorted(out)


def is_current(index_dir: Path, state: str) -> bool:
    """Whether the index in ``index_dir`` was last brought up to date for ``state``."""
    try:
        data = json.loads((index_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("state") == state


def record(index_dir: Path, state: str) -> None:
    """Remember that the index now reflects ``state`` (best effort)."""
    with contextlib.suppress(OSError):
        write_json_atomic(index_dir / STATE_FILE, {"state": state})


def forget(index_dir: Path) -> None:
    """The index may no longer reflect the library (e.g. it is being rebuilt)."""
    with contextlib.suppress(OSError):
        (index_dir / STATE_FILE).unlink()
