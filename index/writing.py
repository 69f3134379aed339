"""Writing Whoosh segments: a fresh single-segment generation, or a delta on the open one.

The decisions (when to rebuild rather than update, when to optimise) stay with
:class:`index.whoosh_engine.SearchIndex`; this module only writes.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import Schema

from index.api import IndexDoc, ProgressFn
from index.codec import AccordCodec
from index.fields import doc_fields

WRITER_TIMEOUT = 10.0


class Cancelled(Exception):
    """The progress callback asked to stop; nothing written is kept."""


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk build.

    The writer holds hundreds of thousands of posting tuples; each automatic collection
    walks all of them, which cost about 40% of the time spent adding documents. Reference
    counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_generation(
    schema: Schema, gen_dir: Path, docs: list[IndexDoc], progress: ProgressFn | None
) -> None:
    """Write ``docs`` as a new single-segment Whoosh index in ``gen_dir``."""
    ix = whoosh_index.create_in(str(gen_dir), schema)
    try:
        # A large memory pool keeps a typical library in one in-memory run (no temporary
        # run files to merge).
        writer = ix.writer(limitmb=256, codec=AccordCodec())
        try:
            with no_gc():
                total = len(docs)
                step = max(1, total // 200)
                for i, doc in enumerate(docs, 1):
                    writer.add_document(**doc_fields(doc))
                    due = progress is not None and (i % step == 0 or i == total)
                    if due and progress(i, total) is False:
                        raise Cancelled
                # optimize=True: one segment (fast suggestions and prefix expansion).
                writer.commit(optimize=True)
        except BaseException:
            writer.cancel()
            raise
    finally:
        ix.close()


def write_changes(
    ix: whoosh_index.Index,
    removed: Sequence[str],
    changed: Sequence[IndexDoc],
    progress: ProgressFn | None,
    optimize: bool,
) -> None:
    """Delete the ids ``removed`` and add or replace the documents ``changed``, in one
    commit (``optimize`` merges the result back into one segment)."""
    work = len(removed) + len(changed)
    writer = ix.writer(timeout=WRITER_TIMEOUT, codec=AccordCodec())
    try:
        for doc_id in removed:
            writer.delete_by_term("id", doc_id)
        done = len(removed)
        for doc in changed:
            # update_document replaces the document with the same unique id.
            writer.update_document(**doc_fields(doc))
            done += 1
            if progress is not None and progress(done, work) is False:
                raise Cancelled
        writer.commit(optimize=optimize)
    except BaseException:
        with contextlib.suppress(Exception):
            writer.cancel()
        raise
