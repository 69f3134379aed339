"""The library the app shows: the bundled content plus every installed pack, side by side.

The bundled ``content/`` is pack "core" unless an installed "core" pack replaces it (see
``packs_store.installed_core_wins``). Installed packs follow in order of their id. Every
``Document`` carries its pack id, so search can filter by pack. A document id used by two
packs is an error naming both; the first pack in that order keeps it and the later copy is
skipped, so one bad pack never stops the rest from loading.

Loading also finishes or cleans up an interrupted pack install (``packs_store.recover``):
this is "the next start" that the install's crash-safety relies on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.library.documents import (
    Document,
    Library,
    Problem,
    check_links,
    load_document,
    markdown_files,
)
from desktop.core.packs.store import PackSource, active_sources, recover


@dataclass
class LibrarySet:
    """The merged library and where each pack's documents came from."""

    library: Library
    packs: list[PackSource] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)

    def pack_of(self, doc: Document) -> PackSource | None:
        """The pack a document was loaded from."""
        return next((p for p in self.packs if p.id == doc.pack), None)

    def file_of(self, doc: Document) -> Path:
        """The Markdown file a document was read from."""
        pack = self.pack_of(doc)
        root = pack.content if pack is not None else self.library.root
        return root / doc.path


def _label(pack: PackSource, path: str) -> str:
    # Problems name the file; for packs other than core, say which pack it is in.
    return path if pack.id == "core" else f"[{pack.id}] {path}"


def load_library_set(
    bundled: Path | None,
    data: Path | None,
    *,
    installed_core: bool = True,
    clean_up: bool = True,
) -> LibrarySet:
    """Load the bundled library and the packs installed in the data folder ``data``.

    ``installed_core=False`` keeps ``bundled`` as core even if a "core" pack is installed
    (a writer previewing their own folder with ``--library``). Never raises for bad content.
    """
    recovered = recover(Path(data)) if (clean_up and data is not None) else []
    sources = active_sources(data, bundled)
    if not installed_core and bundled is not None:
        sources = [s for s in sources if s.id != "core"]
        sources.insert(0, PackSource("core", "", Path(bundled), "bundled", "Library"))
    root = Path(bundled) if bundled is not None else (sources[0].content if sources else Path())
    library = Library(root=root)
    if bundled is not None and not Path(bundled).is_dir():
        library.problems.append(
            Problem(str(bundled), 0, "the library folder does not exist; pass one with --library")
        )
    owner: dict[str, tuple[str, str]] = {}
    for pack in sources:
        if not pack.content.is_dir():
            continue
        for path in markdown_files(pack.content):
            library.files_seen += 1
            doc, problems = load_document(path, pack.content, pack.id)
            library.problems.extend(
                Problem(_label(pack, p.file), p.line, p.message, p.severity) for p in problems
            )
            if doc is None:
                continue
            first = owner.get(doc.id)
            if first is not None:
                first_pack, first_path = first
                if first_pack == pack.id:
                    message = (
                        f"duplicate id '{doc.id}', already used by {first_path}; give one of "
                        "them another id (ids are never reused)"
                    )
                else:
                    message = (
                        f"duplicate id '{doc.id}': pack '{pack.id}' ({doc.path}) uses an id "
                        f"that pack '{first_pack}' ({first_path}) already has; the copy in "
                        f"'{pack.id}' is hidden. Ask the publisher of '{pack.id}' to rename it."
                    )
                library.problems.append(Problem(_label(pack, doc.path), 1, message))
                continue
            owner[doc.id] = (pack.id, doc.path)
            library.documents[doc.id] = doc
    # Links are checked once over all packs: a national pack may link to core documents.
    check_links(library)
    return LibrarySet(library=library, packs=sources, recovered=recovered)
