"""The open generation of an index: the Whoosh index, its searcher and what is cached
per searcher (facet and posting sets, analysis languages, prefix expansions, title order).

Not thread-safe on its own: :class:`index.whoosh_engine.SearchIndex` holds its lock
around every call.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import Schema
from whoosh.searching import Searcher

import index.storage as storage
from index.api import FACET_FIELDS
from index.docsets import DocSets
from index.ranking import warm
from index.schema import ANALYSIS, SPELL, text_field

log = logging.getLogger(__name__)


class OpenIndex:
    """One index folder's current generation, opened for reading (or nothing yet)."""

    def __init__(self, directory: Path, schema: Schema) -> None:
        """Remember the folder and schema; nothing is opened until :meth:`open`."""
        self.directory = directory
        self.schema = schema
        self.ix: whoosh_index.Index | None = None
        self.gen: str | None = None
        self.searcher: Searcher | None = None
        self.docsets: DocSets | None = None
        self.keys: tuple[str, ...] = ()
        self.expand_cache: dict[tuple[str, str], list[str]] = {}
        self.rank: list[int] | None = None

    def open(self, schema_version: int) -> None:
        """Open the generation the manifest names (nothing to do if it is open already)."""
        manifest = storage.read_manifest(self.directory, schema_version)
        if self.searcher is not None and self.gen == manifest["generation"]:
            return
        self.close()
        gen_dir = self.directory / manifest["generation"]
        if not whoosh_index.exists_in(str(gen_dir)):
            raise storage.ManifestError("index files are missing")
        ix = whoosh_index.open_dir(str(gen_dir), schema=self.schema)
        self.ix = ix
        self.gen = manifest["generation"]
        self.new_searcher()

    def new_searcher(self) -> None:
        """Read the index afresh (after a write) and forget every per-searcher cache."""
        assert self.ix is not None
        if self.searcher is not None:
            self.searcher.close()
        self.searcher = self.ix.searcher()
        reader = self.searcher.reader()
        self.docsets = DocSets(reader, self.searcher)
        self.keys = tuple(sorted(reader.field_terms(ANALYSIS))) if ANALYSIS in reader.schema else ()
        self.expand_cache.clear()
        self.rank = None

    def check(self, schema_version: int) -> None:
        """Verify the files and touch every part of the index once.

        Damage should show up here, where it leads to a rebuild, rather than as words that
        silently cannot be found.
        """
        assert self.searcher is not None and self.gen is not None
        manifest = storage.read_manifest(self.directory, schema_version)
        storage.verify_digests(self.directory / self.gen, manifest.get("files") or {})
        reader = self.searcher.reader()
        count = reader.doc_count_all()
        self.fingerprints()
        if count:
            reader.stored_fields(0)
            reader.stored_fields(count - 1)
        for fieldname in ("type", ANALYSIS, SPELL):
            for text in reader.field_terms(fieldname):
                list(reader.postings(fieldname, text).all_ids())
                break
        for key in self.keys:
            fieldname = text_field("body", key)
            for text in reader.field_terms(fieldname):
                list(reader.postings(fieldname, text).all_ids())
                break

    def close(self) -> None:
        """Release the searcher and files (the index stays on disk)."""
        if self.searcher is not None:
            with contextlib.suppress(Exception):
                self.searcher.close()
        if self.ix is not None:
            with contextlib.suppress(Exception):
                self.ix.close()
        self.searcher = None
        self.ix = None
        self.gen = None
        self.docsets = None
        self.keys = ()
        self.expand_cache.clear()
        self.rank = None

    def fingerprints(self) -> dict[str, str]:
        """id -> fingerprint of every live document (from columns: no stored-field loads)."""
        assert self.searcher is not None
        reader = self.searcher.reader()
        if reader.doc_count_all() == 0:
            return {}  # an index with no segment has no columns at all
        ids = list(reader.column_reader("id"))
        fps = list(reader.column_reader("fingerprint"))
        return {ids[d]: fps[d].decode("utf-8") for d in range(len(ids)) if not reader.is_deleted(d)}

    def title_rank(self) -> list[int]:
        """Each document's position in title order (for listing and for ties)."""
        if self.rank is None:
            assert self.searcher is not None
            reader = self.searcher.reader()
            titles = list(reader.column_reader("title_sort")) if reader.doc_count_all() else []
            order = sorted(range(len(titles)), key=titles.__getitem__)
            rank = [0] * len(titles)
            for position, docnum in enumerate(order):
                rank[docnum] = position
            self.rank = rank
        return self.rank

    def warm(self) -> None:
        """Load what every search needs (facet sets, field length factors, title order)."""
        if self.docsets is None:
            return
        try:
            for name in FACET_FIELDS:
                self.docsets.facet(name)
            warm(self.docsets, self.keys)
            self.title_rank()
        except Exception:  # damage: the next search reports it and marks a rebuild
            log.warning("warming the search index failed", exc_info=True)
