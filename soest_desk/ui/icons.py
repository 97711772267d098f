"""The window's icons: bundled Tabler outline SVGs (`resources/icons/`, MIT, see the README
there), drawn in the palette's text colour.

The SVGs stroke in `currentColor`; `icon(name)` replaces it with the palette's window text
colour (and its disabled tone for the disabled state) and renders crisp pixmaps for the
usual icon sizes at device pixel ratios 1, 1.5, 2 and 3, so menus, buttons and tabs stay sharp
on a high-DPI screen. Icons are cached per name and colour. A missing or broken file gives an
empty icon and one log line, never an error: the buttons keep their texts.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from soest_desk.config import resource_dir

log = logging.getLogger(__name__)

SIZES = (16, 20, 24, 32, 48)
RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)
# the pixel sizes drawn: each size at each ratio (QIcon picks by pixel size and ratio)
PIXELS = tuple(sorted({round(size * ratio) for size in SIZES for ratio in RATIOS}))
APP_ICON = ("app", "soest-desk.svg")  # drawn for the bundle; the fallback is ours
APP_FALLBACK = "soest-desk-fallback"
TEXT_SHARE = 0.8  # the icons' colour: 80 % text colour, 20 % window background
_warned: set[str] = set()


def icon_dir() -> Path:
    return resource_dir() / "icons"


def icon(name: str) -> QIcon:
    """The icon `name` (a file name in `resources/icons/` without `.svg`), tinted for the
    current palette; an empty QIcon when it is missing."""
    palette = QGuiApplication.palette() if QGuiApplication.instance() else QPalette()
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    normal = _blend(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
                    window, TEXT_SHARE)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return QIcon(_tinted(name, normal.name(), disabled.name()))


def _blend(text: QColor, window: QColor, share: float) -> QColor:
    """Mostly the text colour, a little of the background: calmer than pure black (or white
    on a dark palette), still clearly readable."""
    return QColor(*(round(a * share + b * (1 - share)) for a, b in (
        (text.red(), window.red()), (text.green(), window.green()),
        (text.blue(), window.blue()))))


def app_icon() -> QIcon:
    """The window icon: the bundle's drawing when it is there, otherwise our fallback tile."""
    drawn = resource_dir().joinpath(*APP_ICON)
    source = _read(drawn) if drawn.is_file() else None
    if source is None:
        source = _read(icon_dir() / f"{APP_FALLBACK}.svg")
    if source is None:
        return QIcon()
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_render(source, size, 1.0))
    return result


def has_icon(name: str) -> bool:
    return (icon_dir() / f"{name}.svg").is_file()


def clear_cache() -> None:
    """Forget rendered icons (after a palette change the colour key changes anyway)."""
    _tinted.cache_clear()
    _warned.clear()


@cache
def _tinted(name: str, colour: str, disabled_colour: str) -> QIcon:
    path = icon_dir() / f"{name}.svg"
    source = _read(path)
    if source is None:
        return QIcon()
    result = QIcon()
    for mode, tone in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled_colour)):
        data = source.replace(b"currentColor", tone.encode("ascii"))
        for pixels in PIXELS:
            pixmap = _render(data, pixels, 1.0)
            if pixmap.isNull():
                return _missing(name, "unreadable")
            result.addPixmap(pixmap, mode)
    return result


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        _missing(path.stem, "missing")
        return None


def _missing(name: str, why: str) -> QIcon:
    if name not in _warned:
        _warned.add(name)
        log.warning("icon %s %s in %s", name, why, icon_dir())
    return QIcon()


def _render(data: bytes, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QPixmap()
    pixels = round(size * ratio)
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def colour_of(pixmap: QPixmap) -> QColor | None:
    """The first opaque colour of a pixmap (for tests: is the icon drawn in the palette's
    text colour?)."""
    image = pixmap.toImage()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                return pixel
    return None
