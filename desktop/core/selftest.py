"""``accord --self-test``: check that this installation works, one line per check.

Checks, in order: the bundled library loads; the trusted publisher keys are there; a search
index is built (or the bundle's prebuilt one adopted) and a search finds documents; a
document renders offscreen; the database opens, migrates and closes. Everything happens in
a temporary data folder: the user's own data is never opened. Works the same from a
checkout and in the frozen bundle.

This module is Qt-free: rendering is the app's, so the caller passes a ``render`` function
(``desktop.cli`` passes ``desktop.ui.shell.selftest.render_check``). Without one, the render
check fails and says so.

Exit status: 0 when every check passed, 1 otherwise (each failure says what went wrong).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop.core.errors import AccordError

SEARCH_WORD = "governance"

# ``render(html, title, library_root, doc_path) -> (ok, what was seen)``; may raise CheckFailed.
Renderer = Callable[[str, str, Path, str], tuple[bool, str]]


@dataclass
class Check:
    """The outcome of one check."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        """One line for the terminal, e.g. ``ok    search: 12 documents match …``."""
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


class CheckFailed(AccordError):
    """A check found a problem; the message says what."""

    code = "selftest.failed"


@dataclass
class _State:
    library_dir: Path
    data_dir: Path
    library: object = None
    doc_id: str = ""
    render: Renderer | None = None


def _check_library(state: _State) -> str:
    from desktop.core.library.documents import load_library

    if not state.library_dir.is_dir():
        raise CheckFailed(f"the library folder {state.library_dir} is missing")
    library = load_library(state.library_dir)
    count = len(library.documents)
    errors = library.errors()
    if errors:
        first = errors[0]
        raise CheckFailed(
            f"{len(errors)} errors in {state.library_dir}, first: {first.file}:{first.line}: "
            f"{first.message}"
        )
    if count == 0:
        raise CheckFailed(f"no documents in {state.library_dir}")
    state.library = library
    return f"{count} documents in {state.library_dir}"


def _check_keys(_state: _State) -> str:
    from desktop.core.packs.keys import bundled_keys_dir, trusted_keys

    keys = trusted_keys(None)
    if not keys:
        raise CheckFailed(f"no trusted publisher key (*.pub) in {bundled_keys_dir()}")
    return f"{len(keys)} trusted publisher key(s) in {bundled_keys_dir()}"


def _check_search(state: _State) -> str:
    from desktop.core.search.documents import open_index
    from desktop.core.search.prebuilt import adopt_bundled_index, bundled_index_dir
    from desktop.core.storage import paths
    from index import SearchQuery

    if state.library is None:
        raise CheckFailed("skipped: the library did not load")
    index_dir = paths.index_dir(state.data_dir)
    prebuilt = bundled_index_dir()
    adopted = adopt_bundled_index(index_dir)
    if prebuilt is not None and not adopted:
        raise CheckFailed(f"the bundled prebuilt index {prebuilt} could not be adopted")
    index, report = open_index(index_dir, state.library)  # type: ignore[arg-type]
    try:
        results = index.search(SearchQuery(text=SEARCH_WORD, limit=5))
    finally:
        index.close()
    if not results.hits:
        raise CheckFailed(f"no document matches '{SEARCH_WORD}'")
    state.doc_id = results.hits[0].id
    if adopted:
        changed = report.added + report.updated + report.removed
        how = "prebuilt index adopted" + (
            f", {changed} documents re-indexed" if changed or report.rebuilt else ", up to date"
        )
    else:
        how = f"index built in {report.seconds:.2f} s"
    return f"{results.total} documents match '{SEARCH_WORD}' ({how})"


def _check_render(state: _State) -> str:
    from desktop.core.library.render import render_document

    library = state.library
    if library is None:
        raise CheckFailed("skipped: the library did not load")
    doc = library.get(state.doc_id) if state.doc_id else None  # type: ignore[attr-defined]
    if doc is None:
        doc = library.sorted_documents()[0]  # type: ignore[attr-defined]
    rendered = render_document(doc, library)  # type: ignore[arg-type]
    if state.render is None:
        raise CheckFailed("no renderer was given (run it as: accord --self-test)")
    ok, detail = state.render(rendered.html, doc.title, state.library_dir, doc.path)
    if not ok:
        raise CheckFailed(f"{doc.id}: {detail}")
    return f"{doc.id}: {detail}"


def _check_database(state: _State) -> str:
    from desktop.core.storage import paths
    from desktop.core.storage.db import open_database
    from desktop.core.storage.migrations import known_migration_names

    path = paths.database_path(state.data_dir)
    db = open_database(path, paths.backups_dir(state.data_dir))
    try:
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        tables = len(db.table_names())
    finally:
        db.close()
    if check != "ok":
        raise CheckFailed(f"integrity check of a new database said: {check}")
    db = open_database(path, paths.backups_dir(state.data_dir))  # reopen: no migration left
    db.close()
    return (
        f"created, migrated ({len(known_migration_names())} migrations, {tables} tables, "
        f"{mode} mode), closed and reopened in {state.data_dir}"
    )


CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("library", _check_library),
    ("keys", _check_keys),
    ("search", _check_search),
    ("render", _check_render),
    ("database", _check_database),
)


def run_checks(
    library_dir: Path | None = None,
    data_dir: Path | None = None,
    render: Renderer | None = None,
) -> list[Check]:
    """Run every check (each even when an earlier one failed) and return the outcomes.

    ``data_dir`` must be an empty scratch folder; by default a temporary one is made and
    removed afterwards. ``render`` renders a document offscreen (see the module docstring).
    """
    from desktop.core.storage import paths

    library = Path(library_dir) if library_dir else paths.bundled_library()
    with tempfile.TemporaryDirectory(prefix="accord-selftest-") as tmp:
        state = _State(library_dir=library, data_dir=Path(data_dir or tmp), render=render)
        state.data_dir.mkdir(parents=True, exist_ok=True)
        results = []
        for name, fn in CHECKS:
            started = time.perf_counter()
            try:
                detail, ok = fn(state), True
            except CheckFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:
                where = traceback.extract_tb(exc.__traceback__)[-1]
                detail = (
                    f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
                )
                ok = False
            results.append(Check(name, ok, detail, time.perf_counter() - started))
    return results


def describe_runtime() -> str:
    """One line: version, Python, platform, frozen or not, and the portable state."""
    from desktop import __version__
    from desktop.core.storage import portable

    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
    reason = portable.portable_reason()
    mode = f"portable ({reason})" if reason else "not portable"
    return (
        f"Accord {__version__}, {frozen}, Python {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}, {mode}"
    )


def run_self_test(
    library: str | os.PathLike[str] | None = None,
    out: TextIO | None = None,
    render: Renderer | None = None,
) -> int:
    """Print one line per check and return 0 (all passed) or 1."""
    out = out or sys.stdout
    print(describe_runtime(), file=out)
    results = run_checks(Path(library) if library else None, render=render)
    for check in results:
        print(check.line(), file=out, flush=True)
    failed = [c for c in results if not c.ok]
    if failed:
        names = ", ".join(c.name for c in failed)
        print(f"self-test FAILED: {len(failed)} of {len(results)} checks ({names})", file=out)
        return 1
    print(f"self-test passed: {len(results)} checks", file=out)
    return 0
