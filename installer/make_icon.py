"""Render resources/app/soest-desk.svg to the Windows icon (.ico) and a 256 px PNG.

The .ico holds one PNG-compressed image per size (Windows Vista and later read those). Qt's
SVG renderer draws the images: it is in the virtual environment anyway (PySide6), so the
build needs nothing else. Run: python installer/make_icon.py [--force]
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "resources" / "app"
SVG = APP_DIR / "soest-desk.svg"
ICO = APP_DIR / "soest-desk.ico"
PNG = APP_DIR / "soest-desk.png"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
_APPS: list[object] = []  # keeps the QGuiApplication alive while rendering


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QImage painting needs the Gui module set up
        _APPS.append(QGuiApplication(["make_icon", "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icon: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
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


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file around PNG images (ICONDIR, one ICONDIRENTRY per image, the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def make_icons(force: bool = False) -> Path:
    if ICO.exists() and PNG.exists() and not force:
        return ICO
    images = {size: render_png(SVG, size) for size in SIZES}
    ICO.write_bytes(ico_bytes(images))
    PNG.write_bytes(images[256])
    print(f"make_icon: wrote {ICO.relative_to(ROOT)} and {PNG.relative_to(ROOT)}")
    return ICO


if __name__ == "__main__":
    make_icons(force="--force" in sys.argv[1:])
