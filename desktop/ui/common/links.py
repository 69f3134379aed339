"""What a click on a link in a document may do, and which images it may show.

Only three things can happen: go to another library page (``accord://doc/<id>#anchor``),
scroll to a heading or footnote of this page (``#anchor``), or, after the user confirms,
open an ``http(s):``/``mailto:`` address outside the app. Every other scheme
(``javascript:``, ``file:``, ``data:``, ``ftp:``, relative paths …) does nothing.

Images are loaded by us, never by Qt: rendered documents name them ``accord-image:<n>``
(``desktop.core.library.resources``), :func:`load_images` reads the allowed files off the
UI thread, and a view hands Qt :func:`refused_resource` for anything else.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from desktop.core.library.resources import read_image, resolve_image


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
    """The file an image reference may load, or None when it is not allowed (see
    :func:`desktop.core.library.resources.resolve_image`, which decides)."""
    if url.isEmpty() or url.scheme() or url.host():
        return None
    return resolve_image(url.path(QUrl.ComponentFormattingOption.FullyDecoded), root, doc_path)


@dataclass
class DocumentImages:
    """The images of one rendered document, loaded off the UI thread.

    ``loaded`` maps each ``accord-image:<n>`` name to its image; ``refused`` lists the
    references (as written in the document) that are not allowed or not images.
    """

    loaded: dict[str, QImage] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)


def load_images(references: Mapping[str, str], root: Path | None, doc_path: str) -> DocumentImages:
    """Load the images a rendered document names (``Rendered.images``): only files that
    :func:`read_image` allows, read by us and decoded from bytes with the decoder their
    suffix names. Safe on a worker thread."""
    images = DocumentImages()
    for name, reference in references.items():
        found = read_image(reference, root, doc_path)
        image = QImage.fromData(found[0], found[1]) if found is not None else QImage()
        if image.isNull():
            images.refused.append(reference)
        else:
            images.loaded[name] = image
    return images


def refused_resource(kind: int) -> object:
    """What to hand Qt for a resource we do not supply: never ``None``, because for
    ``None`` Qt opens the name as a file itself (absolute, or from the working folder)."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        return _placeholder()
    return ""


def _placeholder() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)  # transparent: a refused image takes no room
    return image
