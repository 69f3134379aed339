"""The images a rendered document may show, resolved by us and never by Qt.

Qt's text documents open any file an ``<img src>`` names when nothing else supplies it:
an absolute path, or a relative one against the process's working folder. So a rendered
document never reaches Qt with a path in it: :func:`isolate_images` replaces every
``src`` with an opaque ``accord-image:<n>`` name (a scheme Qt cannot turn into a file)
and keeps the original reference beside it. The reader (and print) then load exactly
the references that :func:`resolve_image` allows: image files inside the document's own
library folder, relative paths taken from the document's folder, read by us
(:func:`read_image`) and handed to Qt as bytes, nothing else.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from urllib.parse import unquote

IMAGE_SCHEME = "accord-image"
# The decoder each suffix is read with: named, never guessed from the bytes, so an SVG
# named x.png is not an SVG.
IMAGE_FORMATS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".gif": "GIF",
    ".svg": "SVG",
    ".webp": "WEBP",
    ".bmp": "BMP",
}
IMAGE_SUFFIXES = frozenset(IMAGE_FORMATS)
MAX_IMAGE_BYTES = 20 * 1024 * 1024

_IMG_RE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC_RE = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# What lets an SVG reach outside itself: embedded or linked images, references to other
# files (href not starting with '#', url() of anything but '#id'), style sheets, entities.
_SVG_OUTSIDE_RE = re.compile(
    r"<\s*(?:[\w-]+:)?image\b|href\s*=\s*[\"'](?!#)|url\(\s*[\"']?(?!#)|@import|<!ENTITY"
    r"|<\?xml-stylesheet",
    re.IGNORECASE,
)


def isolate_images(fragment: str) -> tuple[str, dict[str, str]]:
    """``fragment`` with each image's ``src`` replaced by ``accord-image:<n>``, and the
    map from those names to the original references (HTML entities decoded)."""
    images: dict[str, str] = {}

    def replace(tag: re.Match[str]) -> str:
        text = tag.group(0)
        src = _SRC_RE.search(text)
        name = f"{IMAGE_SCHEME}:{len(images)}"
        if src is None:
            return text
        original = next(g for g in src.groups() if g is not None)
        images[name] = html.unescape(original)
        return text[: src.start()] + f' src="{name}"' + text[src.end() :]

    return _IMG_RE.sub(replace, fragment), images


def resolve_image(reference: str, root: Path | None, doc_path: str = "") -> Path | None:
    """The image file ``reference`` may show, or None when it is not allowed.

    Allowed: a relative path (from the folder of ``doc_path``) or a library-absolute one
    (``/images/x.png``, from ``root``) to an image file of at most 20 MB that stays inside
    ``root`` once ``..`` and symbolic links are resolved. Never a URL of any scheme, a
    network path, a drive letter or anything outside the library.
    """
    if root is None:
        return None
    raw = unquote(reference.split("#", 1)[0].split("?", 1)[0]).strip()
    if not raw or "\x00" in raw or "\\" in raw or raw.startswith("//"):
        return None
    if _SCHEME_RE.match(raw):  # http:, file:, data:, C: …
        return None
    try:
        base_root = Path(root).resolve(strict=True)
        base = base_root / Path(doc_path).parent if doc_path else base_root
        candidate = base_root / raw.lstrip("/") if raw.startswith("/") else base / raw
        # Outside by its very spelling ('../../etc/x.png'): not even looked at.
        if not Path(os.path.normpath(candidate)).is_relative_to(base_root):
            return None
        resolved = candidate.resolve(strict=True)
        if not resolved.is_relative_to(base_root):
            return None
        if resolved.suffix.lower() not in IMAGE_SUFFIXES or not resolved.is_file():
            return None
        if resolved.stat().st_size > MAX_IMAGE_BYTES:
            return None
    except (OSError, RuntimeError, ValueError):
        return None
    return resolved


def read_image(reference: str, root: Path | None, doc_path: str = "") -> tuple[bytes, str] | None:
    """The bytes of the image ``reference`` may show and the decoder to read them with
    (``"PNG"``, ``"SVG"``…), or None. Qt is handed bytes, never a path.

    An SVG that could load anything else (an ``<image>``, an outside ``href``, a style
    sheet, an entity) is refused: Qt's SVG renderer would open those files itself.
    """
    path = resolve_image(reference, root, doc_path)
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_IMAGE_BYTES:
        return None
    fmt = IMAGE_FORMATS[path.suffix.lower()]
    if not _looks_like(fmt, data):
        return None  # an SVG named x.png, or anything else in disguise
    if fmt == "SVG" and _SVG_OUTSIDE_RE.search(data.decode("utf-8", "replace")):
        return None
    return data, fmt


def _looks_like(fmt: str, data: bytes) -> bool:
    """True when ``data`` starts the way files of ``fmt`` do."""
    if fmt == "SVG":
        return b"<svg" in data[:4096].lower()
    if fmt == "WEBP":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    return data.startswith(_MAGIC[fmt])


_MAGIC = {
    "PNG": b"\x89PNG\r\n\x1a\n",
    "JPEG": b"\xff\xd8\xff",
    "GIF": b"GIF8",
    "BMP": b"BM",
}
