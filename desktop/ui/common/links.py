"""What a click on a link in a document may do.

Only three things can happen: go to another library page (``accord://doc/<id>#anchor``),
scroll to a heading or footnote of this page (``#anchor``), or, after the user confirms,
open an ``http(s):``/``mailto:`` address outside the app. Every other scheme
(``javascript:``, ``file:``, ``data:``, ``ftp:``, relative paths …) does nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"})
MAX_IMAGE_BYTES = 20 * 1024 * 1024


class LinkKind(enum.Enum):
    """How the reader treats a link."""

    DOCUMENT = "document"
    ANCHOR = "anchor"
    EXTERNAL = "external"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class LinkTarget:
    """A classified link: for DOCUMENT, ``doc_id`` and ``anchor``; for ANCHOR, ``anchor``."""

    kind: LinkKind
    doc_id: str = ""
    anchor: str = ""


def classify_link(url: QUrl) -> LinkTarget:
    """Decide what a link may do (see the module docstring)."""
    scheme = url.scheme().lower()
    if scheme == "accord":
        if url.host().lower() != "doc":
            return LinkTarget(LinkKind.BLOCKED)
        doc_id = url.path(QUrl.ComponentFormattingOption.FullyDecoded).lstrip("/")
        if not doc_id:
            return LinkTarget(LinkKind.BLOCKED)
        return LinkTarget(
            LinkKind.DOCUMENT, doc_id, url.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
        )
    if not scheme and not url.path() and url.hasFragment():
        return LinkTarget(
            LinkKind.ANCHOR, anchor=url.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
        )
    if scheme in ("http", "https") and url.host():
        return LinkTarget(LinkKind.EXTERNAL)
    if scheme == "mailto" and url.path():
        return LinkTarget(LinkKind.EXTERNAL)
    return LinkTarget(LinkKind.BLOCKED)


def resolve_resource(url: QUrl, root: Path, doc_path: str = "") -> Path | None:
    """The file an image reference may load, or None when it is not allowed.

    Allowed: a relative (or library-absolute) path to an existing image file that stays
    inside ``root`` after resolving ``..`` and symbolic links. Never a network address,
    never a ``file:`` URL, never a path outside the library.
    """
    if url.scheme() or url.host() or url.isEmpty():
        return None
    raw = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
    if not raw or "\x00" in raw:
        return None
    try:
        root_resolved = root.resolve(strict=True)
    except OSError:
        return None
    base = root_resolved / Path(doc_path).parent if doc_path else root_resolved
    candidate = root_resolved / raw.lstrip("/") if raw.startswith("/") else base / raw
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root_resolved):
        return None
    if resolved.suffix.lower() not in IMAGE_SUFFIXES or not resolved.is_file():
        return None
    try:
        if resolved.stat().st_size > MAX_IMAGE_BYTES:
            return None
    except OSError:
        return None
    return resolved
