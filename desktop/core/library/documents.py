"""Documents: load every Markdown file under a library root, per ``CONTENT.md``.

One bad file never stops the rest: it becomes a ``Problem`` naming the file, the line
and the fix, and the good documents load as usual.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import AccordError
from desktop.core.library.checklists import Checklist, parse_checklist
from desktop.core.library.components import AUDIENCES, COMPONENTS, DOC_TYPES
from desktop.core.library.frontmatter import FrontMatter, FrontMatterError, split

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ID_CHARS = 200
# Characters an id may not hold: controls (a newline would forge lines in logs and
# listings) and the wikilink syntax that could not link to it.
_BAD_ID_RE = re.compile(r"[\x00-\x1f\x7f\[\]|#]")
# [[target#Heading|shown text]]; target and heading are optional in Obsidian.
WIKILINK_RE = re.compile(r"\[\[([^\[\]|#]*)(?:#([^\[\]|]*))?(?:\|([^\[\]]*))?\]\]")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE_RE = re.compile(r"^(```|~~~)")


class LibraryError(AccordError):
    """A library, document or folder that cannot be used as asked (a missing folder, an
    unknown document id). Bad content is never raised: it becomes a :class:`Problem`."""

    code = "library.error"


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file: ``severity`` is 'error' or 'warning'."""

    file: str
    line: int
    message: str
    severity: str = "error"

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class Document:
    id: str
    path: str  # relative to the library root, with '/'
    title: str
    type: str
    body: str
    summary: str = ""
    language: str = "en"
    tags: list[str] = field(default_factory=list)
    components: list[str] = field(default_factory=list)
    audience: list[str] = field(default_factory=list)
    version: str = ""
    reviewed: str = ""
    sources: list[Any] = field(default_factory=list)
    license: str = ""
    translation_of: str = ""
    body_line: int = 1
    # Front-matter fields Accord does not read, kept for whoever does (CONTENT.md: "unknown
    # fields are kept and ignored"); the fields above are not repeated here.
    meta: dict[str, Any] = field(default_factory=dict)
    headings: list[tuple[int, str]] = field(default_factory=list)
    checklist: Checklist | None = None
    # Problems of the checklist part: the document stays readable, the checklist cannot start.
    checklist_problems: list[Problem] = field(default_factory=list)
    fingerprint: str = ""
    pack: str = "core"
    # The library (or pack) folder the file was read from: the only place its images
    # may come from (``resources.resolve_image``).
    root: Path | None = None


def _packed_body(doc: Document) -> str:
    return zlib.decompress(doc._packed).decode("utf-8", "surrogatepass")


def _pack_body(doc: Document, text: str) -> None:
    doc._packed = zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


# A document's body is held compressed (a third of its size): a 10,000-document library's
# bodies are some 45 MB of text, read only when a document is shown, checked or indexed.
# Set after the class is made, so that ``body`` stays an ordinary dataclass field for
# ``__init__``, ``replace``, equality and ``repr``.
Document.body = property(_packed_body, _pack_body, doc="The Markdown after the front matter.")  # type: ignore[assignment]


@dataclass
class WikiLink:
    target: str
    anchor: str
    label: str
    line: int


def library_order(doc: Document) -> tuple[str, str]:
    """The key of the library's order: by type, then by title."""
    return (doc.type, doc.title.casefold())


@dataclass
class Library:
    """The documents of one library root, and what was wrong with the rest."""

    root: Path
    documents: dict[str, Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files_seen: int = 0

    def get(self, doc_id: str) -> Document | None:
        return self.documents.get(doc_id)

    def sorted_documents(self) -> list[Document]:
        return sorted(self.documents.values(), key=library_order)

    def resolve(self, target: str) -> Document | None:
        """Resolve a wikilink target the way Obsidian does: id or path, then unique file
        name, then title; case-insensitive."""
        key = normalise_target(target)
        if not key:
            return None
        if key in self.documents:
            return self.documents[key]
        folded = key.casefold()
        by_id = self._folded_ids()
        if folded in by_id:
            return by_id[folded]
        base = folded.rsplit("/", 1)[-1]
        matches = [d for d in self.documents.values() if d.id.casefold().rsplit("/", 1)[-1] == base]
        if len(matches) == 1:
            return matches[0]
        titled = [d for d in self.documents.values() if d.title.casefold() == folded]
        return titled[0] if len(titled) == 1 else None

    def _folded_ids(self) -> dict[str, Document]:
        return {d.id.casefold(): d for d in self.documents.values()}

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def normalise_target(target: str) -> str:
    """A wikilink target as an id: '/' separators, no './' or '.md', Unicode NFC."""
    key = unicodedata.normalize("NFC", target.strip()).replace("\\", "/")
    key = key.removeprefix("./").lstrip("/")
    return key.removesuffix(".md")


def iter_wikilinks(body: str, first_line: int = 1) -> Iterable[WikiLink]:
    """Every ``[[…]]`` outside code fences, with its file line."""
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if FENCE_RE.match(line.lstrip()):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for match in WIKILINK_RE.finditer(line):
            yield WikiLink(
                target=(match.group(1) or "").strip(),
                anchor=(match.group(2) or "").strip(),
                label=(match.group(3) or "").strip(),
                line=first_line + offset,
            )


def extract_headings(body: str) -> list[tuple[int, str]]:
    """(level, text) for each ATX heading outside code fences."""
    headings: list[tuple[int, str]] = []
    in_fence = False
    for line in body.split("\n"):
        if FENCE_RE.match(line.lstrip()):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING_RE.match(line)
        if match:
            headings.append((len(match.group(1)), match.group(2).strip()))
    return headings


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[,\s]+", value) if v.strip()]
    if isinstance(value, list):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [str(value)]


def _first_text(data: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = data.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return ""


def load_document(
    path: Path, root: Path, pack: str = "core"
) -> tuple[Document | None, list[Problem]]:
    """Read one file. Returns (document or None, problems); never raises for bad content.

    Whatever goes wrong with one file stays with that file: an unexpected failure is a
    problem naming it (and goes to the log with its traceback), never the end of the
    library.
    """
    rel = path.relative_to(root).as_posix()
    try:
        return _load_document(path, root, rel, pack)
    except Exception as exc:  # one file must never stop the library
        log.error("could not load %s", rel, exc_info=True)
        return None, [
            Problem(
                rel,
                1,
                f"the file could not be read as a document ({type(exc).__name__}: "
                f"{str(exc)[:200]}); check its front matter",
            )
        ]


def _load_document(
    path: Path, root: Path, rel: str, pack: str
) -> tuple[Document | None, list[Problem]]:
    read = _read_text(path, rel)
    if isinstance(read, Problem):
        return None, [read]
    raw, text = read
    try:
        fm = split(text)
    except FrontMatterError as exc:
        return None, [Problem(rel, exc.line, exc.message)]
    data = fm.data
    if not fm.data and not text.startswith("---"):
        return None, [
            Problem(
                rel,
                1,
                "no front matter; start the file with '---', a 'title:' line, "
                "a 'type:' line and '---'",
            )
        ]
    title = _first_text(data, "title")
    if not title:
        return None, [
            Problem(
                rel,
                fm.line_of("title") if "title" in data else 1,
                "missing 'title' in the front matter; add a line such as 'title: My document'",
            )
        ]
    problems: list[Problem] = []
    tags = [t.lstrip("#") for t in _as_list(data.get("tags"))]
    doc_type = _doc_type(rel, fm, tags, problems)
    doc_id = unicodedata.normalize("NFC", _first_text(data, "id") or rel.removesuffix(".md"))
    id_problem = _id_problem(doc_id)
    if id_problem:
        line = fm.line_of("id") if "id" in data else 1
        return None, [Problem(rel, line, id_problem)]
    components = _known_values(
        rel, fm, "components", COMPONENTS, "unknown component '{}'; use one of: {}", problems
    )
    audience = _known_values(
        rel, fm, "audience", AUDIENCES, "unknown audience '{}'; use any of: {}", problems
    )
    sources = data.get("sources") or []
    if not isinstance(sources, list):
        sources = [sources]
    doc = Document(
        id=doc_id,
        path=rel,
        title=title,
        type=doc_type,
        body=fm.body,
        summary=_first_text(data, "summary", "description"),
        language=_first_text(data, "language") or "en",
        tags=[t for t in tags if not t.lower().startswith("type/")],
        components=components,
        audience=audience,
        version=_first_text(data, "version"),
        reviewed=_first_text(data, "reviewed"),
        sources=sources,
        license=_first_text(data, "license"),
        translation_of=_first_text(data, "translation_of"),
        body_line=fm.body_line,
        meta={k: v for k, v in data.items() if k not in READ_FIELDS},
        headings=extract_headings(fm.body),
        fingerprint=hashlib.sha256(raw).hexdigest(),
        pack=pack,
        root=root,
    )
    if doc_type == "checklist":
        problems.extend(_attach_checklist(doc, fm))
    return doc, problems


# Front-matter fields the library reads (the rest stay in ``Document.meta``). A
# checklist's questions are read into its Checklist, so they are not kept twice.
READ_FIELDS = frozenset(
    [
        "title",
        "type",
        "id",
        "summary",
        "description",
        "language",
        "tags",
        "components",
        "audience",
        "version",
        "reviewed",
        "sources",
        "license",
        "translation_of",
        "sections",
        "scale",
        "min_coverage",
    ]
)


def _id_problem(doc_id: str) -> str:
    """Why ``doc_id`` cannot name a document, or ''."""
    if len(doc_id) > MAX_ID_CHARS:
        return f"the id is {len(doc_id)} characters long; use at most {MAX_ID_CHARS}"
    if _BAD_ID_RE.search(doc_id):
        return (
            "the id holds a control character or one of [ ] | #; "
            "use letters, digits, '-', '_', '.' and '/'"
        )
    if doc_id.startswith(("/", "\\")) or ".." in doc_id.replace("\\", "/").split("/"):
        return "the id must be a relative name such as 'guides/my-guide', without '..'"
    return ""


def _read_text(path: Path, rel: str) -> tuple[bytes, str] | Problem:
    """The file's bytes and its text (UTF-8, ``\\n`` line ends), or why it cannot be a
    document: unreadable, too large, not UTF-8, or binary."""
    try:
        with path.open("rb") as handle:
            # Never more than the limit (plus one byte to tell): a huge file costs nothing.
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return Problem(rel, 1, f"cannot read the file: {exc.strerror or exc}")
    if len(raw) > MAX_FILE_BYTES:
        return Problem(
            rel,
            1,
            f"the file is over {MAX_FILE_BYTES // 1024} KB; documents must be under "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB — split it into several documents",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Problem(rel, line, "the file is not UTF-8 text; save it as UTF-8")
    text = text.replace("\r\n", "\n")
    if "\x00" in text:
        return Problem(rel, 1, "the file contains NUL bytes; it is not a text document")
    return raw, text


def _doc_type(rel: str, fm: FrontMatter, tags: list[str], problems: list[Problem]) -> str:
    """The declared ``type:`` (or a ``type/…`` tag); 'reference', with a warning, when it
    is missing or unknown."""
    declared_type = _first_text(fm.data, "type").lower()
    tag_type = next((t.split("/", 1)[1].lower() for t in tags if t.lower().startswith("type/")), "")
    doc_type = declared_type or tag_type
    if not doc_type:
        problems.append(
            Problem(
                rel,
                1,
                "no 'type' and no 'type/…' tag; treated as 'reference'. "
                f"Add 'type:' with one of: {', '.join(DOC_TYPES)}",
                "warning",
            )
        )
        return "reference"
    if doc_type not in DOC_TYPES:
        line = fm.line_of("type") if declared_type else fm.line_of("tags")
        problems.append(
            Problem(
                rel,
                line,
                f"unknown type '{doc_type}', treated as 'reference'; "
                f"use one of: {', '.join(DOC_TYPES)}",
                "warning",
            )
        )
        return "reference"
    return doc_type


def _known_values(
    rel: str,
    fm: FrontMatter,
    key: str,
    known: Iterable[str],
    warning: str,
    problems: list[Problem],
) -> list[str]:
    """The lower-cased values of list field ``key`` that are in ``known``; a warning
    (``warning`` formatted with the value and the known ones) for each other value."""
    known = list(known)
    values = [v.lower() for v in _as_list(fm.data.get(key))]
    for value in values:
        if value not in known:
            problems.append(
                Problem(rel, fm.line_of(key), warning.format(value, ", ".join(known)), "warning")
            )
    return [v for v in values if v in known]


def _attach_checklist(doc: Document, fm: FrontMatter) -> list[Problem]:
    """Parse the checklist of a checklist document into ``doc``; returns its problems
    (the document stays readable when the checklist cannot start)."""
    checklist, checklist_problems = parse_checklist(doc.id, doc.title, fm)
    if checklist is not None:
        checklist = _with_hash(checklist, doc.fingerprint)
        # The Safety Index components the checklist serves, for browsing and search.
        if not doc.components:
            doc.components = sorted({i.component for i in checklist.items})
    doc.checklist = checklist
    doc.checklist_problems = [Problem(doc.path, p.line, p.message) for p in checklist_problems]
    return doc.checklist_problems


def _with_hash(checklist: Checklist, content_hash: str) -> Checklist:
    from dataclasses import replace

    return replace(checklist, content_hash=content_hash)


def markdown_files(root: Path) -> list[Path]:
    """Every ``.md`` file below ``root``, skipping hidden folders (.obsidian, .git)."""
    files = []
    for path in root.rglob("*.md"):
        rel_parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel_parts):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        files.append(path)
    return sorted(files)


def load_library(root: Path, pack: str = "core") -> Library:
    """Load all documents under ``root`` and check the links between them."""
    root = Path(root)
    library = Library(root=root)
    if not root.is_dir():
        library.problems.append(
            Problem(
                str(root),
                0,
                "the library folder does not exist; choose an existing folder",
            )
        )
        return library
    for path in markdown_files(root):
        library.files_seen += 1
        doc, problems = load_document(path, root, pack)
        library.problems.extend(problems)
        if doc is None:
            continue
        existing = library.documents.get(doc.id)
        if existing is not None:
            library.problems.append(
                Problem(
                    doc.path,
                    1,
                    f"duplicate id '{doc.id}', already used by "
                    f"{existing.path}; give one of them another id "
                    "(ids are never reused)",
                )
            )
            continue
        library.documents[doc.id] = doc
    check_links(library)
    return library


def check_links(library: Library) -> None:
    """Add a warning for each wikilink to a missing document or heading."""
    for doc in library.documents.values():
        for link in iter_wikilinks(doc.body, doc.body_line):
            target = library.resolve(link.target) if link.target else doc
            if target is None:
                library.problems.append(
                    Problem(
                        doc.path,
                        link.line,
                        f"link to a missing page [[{link.target}]]; create it or fix the link",
                        "warning",
                    )
                )
                continue
            if link.anchor and not _has_heading(target, link.anchor):
                library.problems.append(
                    Problem(
                        doc.path,
                        link.line,
                        f"link to a missing heading '#{link.anchor}' in "
                        f"{target.id}; check the heading's spelling",
                        "warning",
                    )
                )


def _has_heading(doc: Document, anchor: str) -> bool:
    wanted = anchor.casefold().strip()
    return any(text.casefold() == wanted for _, text in doc.headings) or any(
        slugify(text) == slugify(anchor) for _, text in doc.headings
    )


def slugify(text: str) -> str:
    """Heading anchor ids: lower case, words joined by '-', punctuation dropped (Unicode kept)."""
    text = re.sub(r"[^\w\s-]", "", text.casefold(), flags=re.UNICODE)
    return re.sub(r"[\s_-]+", "-", text).strip("-")
