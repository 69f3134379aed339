"""What a pack install changes, and a per-version cache of parsed documents.

Parsing Markdown front matter is the slow part of loading a library (milliseconds per
document), so each installed version keeps ``documents.json``: the search-index view of
every document (``IndexDoc`` fields) keyed by path. A delta install then parses only the
files it changed, and the index can be updated without re-reading the whole library.
The cache is an optimisation only: it is rebuilt from the Markdown whenever it is missing,
damaged or written by another app version.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop import __version__ as APP_VERSION
from desktop.core.library.checklists import Checklist
from desktop.core.library.documents import Document, load_document, markdown_files
from desktop.core.storage.files import write_text_atomic
from index import IndexDoc

RECORDS_NAME = "documents.json"
RECORDS_FORMAT = 1


# --- document records (the cache) -------------------------------------------------------


def record_of(doc: Document) -> IndexDoc:
    """The cached view of one document: exactly what the search index is given."""
    from desktop.core.search.conversion import to_index_doc

    return to_index_doc(doc)


def parse_records(
    root: Path, pack_id: str, paths: Iterable[str] | None = None
) -> dict[str, IndexDoc]:
    """Parse ``paths`` (default: every Markdown file) under ``root`` into records.

    Files that do not load (errors) are left out, as the library loader leaves them out.
    """
    root = Path(root)
    if paths is None:
        files = markdown_files(root)
    else:
        files = [root / p for p in paths if (root / p).is_file()]
    out: dict[str, IndexDoc] = {}
    for path in files:
        doc, _problems = load_document(path, root, pack_id)
        if doc is not None:
            out[doc.path] = record_of(doc)
    return out


def save_records(folder: Path, records: dict[str, IndexDoc], digest: str = "") -> None:
    """Write ``documents.json`` in ``folder`` (temp name, then rename)."""
    data = {
        "format": RECORDS_FORMAT,
        "app_version": APP_VERSION,
        "digest": digest,
        # The fields read one by one rather than asdict(): no deep copy, ten times faster
        # for a large library (and a record made from a document reads its body here).
        "documents": {path: _fields(doc) for path, doc in sorted(records.items())},
    }
    write_text_atomic(Path(folder) / RECORDS_NAME, json.dumps(data, ensure_ascii=False))


_RECORD_FIELDS = tuple(f.name for f in fields(IndexDoc))


def _fields(doc: IndexDoc) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in _RECORD_FIELDS}


def load_records(folder: Path, digest: str = "") -> dict[str, IndexDoc] | None:
    """The cached records of ``folder``, or None when missing, damaged or stale."""
    try:
        data = json.loads((Path(folder) / RECORDS_NAME).read_text(encoding="utf-8"))
        if (
            data.get("format") != RECORDS_FORMAT
            or data.get("app_version") != APP_VERSION
            or (digest and data.get("digest") != digest)
        ):
            return None
        out = {}
        for path, raw in data["documents"].items():
            for key in ("tags", "components", "audience"):
                raw[key] = tuple(raw[key])
            out[path] = IndexDoc(**raw)
        return out
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def records_for(folder: Path, content: Path, pack_id: str, digest: str = "") -> dict[str, IndexDoc]:
    """Cached records of a version folder, parsing (and caching) the Markdown if needed."""
    cached = load_records(folder, digest)
    if cached is not None and all(r.pack == pack_id for r in cached.values()):
        return cached
    records = parse_records(content, pack_id)
    # A read-only data folder must not break loading: the cache is only an optimisation.
    with contextlib.suppress(OSError):
        save_records(folder, records, digest)
    return records


# --- what changed -------------------------------------------------------------------------


@dataclass
class DocumentChange:
    """A document added, updated or removed by an install."""

    id: str
    title: str
    type: str
    path: str

    def as_json(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class ChecklistChange:
    """How a checklist's questions changed, and what that means for open drafts."""

    id: str
    title: str
    old_version: str
    new_version: str
    added_items: list[str] = field(default_factory=list)
    removed_items: list[str] = field(default_factory=list)
    changed_items: list[str] = field(default_factory=list)
    removed_checklist: bool = False

    def note(self) -> str:
        """One sentence for the user about their open drafts of this checklist."""
        if self.removed_checklist:
            return (
                f"'{self.title}' is no longer in the library: open drafts keep their answers "
                "but cannot be continued with new questions."
            )
        parts = []
        if self.added_items:
            parts.append(f"{len(self.added_items)} new question(s) to answer")
        if self.changed_items:
            parts.append(f"{len(self.changed_items)} reworded or rescored question(s) to review")
        if self.removed_items:
            parts.append(
                f"{len(self.removed_items)} question(s) removed (their answers are kept but "
                "no longer scored)"
            )
        if not parts:
            return f"'{self.title}': no question changed; open drafts are unaffected."
        return f"Open drafts of '{self.title}': " + "; ".join(parts) + "."

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "note": self.note()}


@dataclass
class PackChanges:
    """The difference between two versions of a pack's documents."""

    added: list[DocumentChange] = field(default_factory=list)
    updated: list[DocumentChange] = field(default_factory=list)
    removed: list[DocumentChange] = field(default_factory=list)
    checklists: list[ChecklistChange] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when no document was added, updated or removed."""
        return not (self.added or self.updated or self.removed)

    def summary(self) -> str:
        """'3 new, 10 updated, 1 removed documents; 1 checklist changed'."""
        text = (
            f"{len(self.added)} new, {len(self.updated)} updated, {len(self.removed)} removed "
            "documents"
        )
        if self.checklists:
            text += f"; {len(self.checklists)} checklist(s) changed"
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "added": [c.as_json() for c in self.added],
            "updated": [c.as_json() for c in self.updated],
            "removed": [c.as_json() for c in self.removed],
            "checklists": [c.as_json() for c in self.checklists],
        }


def _change(doc: IndexDoc) -> DocumentChange:
    return DocumentChange(id=doc.id, title=doc.title, type=doc.type, path=doc.path)


def _checklist(root: Path | None, path: str, pack_id: str) -> Checklist | None:
    if root is None or not (root / path).is_file():
        return None
    doc, _ = load_document(root / path, root, pack_id)
    return doc.checklist if doc is not None else None


def _item_signature(checklist: Checklist) -> dict[str, tuple[Any, ...]]:
    # What changes the meaning or the score of an answer; guidance text is not in it.
    return {i.id: (i.ask, i.scale, i.weight, i.component, i.show_if) for i in checklist.items}


def compare_checklists(
    old: Checklist | None, new: Checklist | None, title: str
) -> ChecklistChange | None:
    """The item-level difference of two versions of one checklist (None: no change)."""
    if old is None and new is None:
        return None
    if new is None:
        assert old is not None
        return ChecklistChange(
            old.id,
            title,
            old.version,
            "",
            removed_checklist=True,
            removed_items=[i.id for i in old.items],
        )
    if old is None:
        return None  # a new checklist is reported as a new document
    before, after = _item_signature(old), _item_signature(new)
    change = ChecklistChange(
        id=new.id,
        title=title,
        old_version=old.version,
        new_version=new.version,
        added_items=[i for i in after if i not in before],
        removed_items=[i for i in before if i not in after],
        changed_items=[i for i in after if i in before and before[i] != after[i]],
    )
    unchanged = not (change.added_items or change.removed_items or change.changed_items)
    if unchanged and old.version == new.version:
        return None
    return change


def diff_records(
    old: dict[str, IndexDoc],
    new: dict[str, IndexDoc],
    old_root: Path | None,
    new_root: Path | None,
    pack_id: str,
) -> PackChanges:
    """Compare two versions' records by path; checklists are compared item by item."""
    changes = PackChanges()
    for path in sorted(new):
        if path not in old:
            changes.added.append(_change(new[path]))
        elif new[path].fingerprint != old[path].fingerprint:
            changes.updated.append(_change(new[path]))
    for path in sorted(old):
        if path not in new:
            changes.removed.append(_change(old[path]))
    for path in sorted(set(old) | set(new)):
        o, n = old.get(path), new.get(path)
        if o is not None and n is not None and o.fingerprint == n.fingerprint:
            continue
        if o is None or "checklist" not in (o.type, n.type if n else ""):
            continue  # a new checklist is reported as a new document: nothing to compare
        before = _checklist(old_root, path, pack_id) if o is not None else None
        after = _checklist(new_root, path, pack_id) if n is not None else None
        title = (n or o).title  # type: ignore[union-attr]
        change = compare_checklists(before, after, title)
        if change is not None:
            changes.checklists.append(change)
    return changes
