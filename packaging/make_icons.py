"""Render ``packaging/icons/accord.svg`` into the raster icons the installers need.

    python packaging/make_icons.py

Writes, next to the SVG: ``accord.png`` (256 px, Linux and the window icon),
``accord-48.png``, ``accord.ico`` (Windows: 16-256 px) and ``accord.icns`` (macOS:
16-1024 px). ICO and ICNS entries are stored as PNG data, which every supported Windows
and macOS reads, so no image library beyond Qt (QtSvg, at build time only) is needed. The
outputs are committed, so building on Windows or macOS does not need this step.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "accord.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types whose payload may be PNG data (Apple's icns format, "ic" types).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered at ``size``×``size`` as PNG bytes (Qt's SVG renderer)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG data for each type in ``ICNS_TYPES``."""
    body = b""
    for kind, size in ICNS_TYPES:
        blob = pngs[size]
        body += kind + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(svg: Path = SVG, out: Path = ICONS) -> list[Path]:
    """Write every raster icon; returns the files written."""
    sizes = sorted({*ICO_SIZES, *(s for _k, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    written = []
    for name, data in (
        ("accord.png", pngs[256]),
        ("accord-48.png", pngs[48]),
        ("accord.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        ("accord.icns", icns_bytes(pngs)),
    ):
        path = out / name
        path.write_bytes(data)
        written.append(path)
    return written


def main() -> int:
    """Render the icons and list what was written."""
    for path in make_icons():
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
