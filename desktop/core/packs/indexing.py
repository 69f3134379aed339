"""The parsed-document records of the active packs, and the search index made from them.

Each active pack's records come from its version's cache (``packs_changes``), so diffs
and index updates never re-read a whole library. ``refresh_index`` brings the index up to
date after an install, rollback or removal (incrementally), adopting a verified pack's
prebuilt index first when it covers the whole library.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.packs.changes import parse_records, records_for
from desktop.core.packs.format import listing_digest
from desktop.core.packs.progress import ProgressFn
from desktop.core.packs.store import (
    BUNDLED_CACHE_DIR,
    PackSource,
    active_sources,
    packs_root,
    scan_listing,
)
from desktop.core.storage.clock import utcnow
from index import IndexDoc, IndexReport


def source_records(data: Path | None, src: PackSource) -> dict[str, IndexDoc]:
    """Parsed-document records of an active pack (cached per installed version)."""
    if src.installed is not None:
        return records_for(src.installed.folder, src.content, src.id, src.installed.digest)
    if data is None:
        return parse_records(src.content, src.id)
    cache = packs_root(data) / BUNDLED_CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    return records_for(cache, src.content, src.id, listing_digest(scan_listing(src.content)))


def source_for(data: Path, bundled: Path | None, pack_id: str) -> PackSource | None:
    """The active pack ``pack_id`` (None when the library does not show it)."""
    return next((s for s in active_sources(data, bundled) if s.id == pack_id), None)


def all_index_docs(data: Path | None, bundled: Path | None) -> list[IndexDoc]:
    """Index records of every active pack in precedence order (core first, then by id)."""
    docs: list[IndexDoc] = []
    for src in active_sources(data, bundled):
        records = source_records(data, src)
        docs.extend(records[p] for p in sorted(records))
    return docs


def refresh_index(
    data: Path,
    bundled: Path | None,
    progress: ProgressFn | None = None,
    prebuilt: Path | None = None,
) -> IndexReport:
    """Bring the search index up to date with the active packs (incrementally).

    ``prebuilt`` (a verified pack's index folder) is adopted first when given; the
    incremental update then only fixes what differs from it.
    """
    from desktop.core.storage import paths
    from index import SearchIndex

    index_dir = paths.index_dir(Path(data))
    if prebuilt is not None:
        _adopt_index(prebuilt, index_dir)
    docs = all_index_docs(data, bundled)
    index = SearchIndex(index_dir)
    try:
        return index.ensure(docs, progress)
    finally:
        index.close()


def _adopt_index(prebuilt: Path, index_dir: Path) -> bool:
    """Install a verified prebuilt index as a new generation of ``index_dir``."""
    from index import SearchIndex, storage

    try:
        manifest = storage.read_manifest(prebuilt, SearchIndex.SCHEMA_VERSION)
    except storage.ManifestError:
        return False
    source = prebuilt / manifest["generation"]
    if not source.is_dir():
        return False
    generation = storage.new_generation(index_dir)
    for path in source.iterdir():
        if path.is_file():
            shutil.copyfile(path, generation / path.name)
    manifest = {**manifest, "generation": generation.name, "adopted": utcnow()}
    storage.write_manifest(index_dir, manifest)
    storage.remove_stale(index_dir, keep=generation.name)
    return True
