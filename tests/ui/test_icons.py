"""The icon set: bundled Tabler SVGs with their licence, drawn in the palette's text colour,
sharp at device pixel ratio 2, on the window's menu entries and tabs; a missing icon is an
empty icon and one log line, never an error."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette

from soest_desk import config
from soest_desk.ui import icons
from soest_desk.ui.main_window import TAB_ICONS
from soest_desk.ui.tickets.detail_view import EXTRA_ICONS

PACKAGE = Path(__file__).resolve().parents[2] / "soest_desk"


def _used_names() -> set[str]:
    names: set[str] = set(TAB_ICONS.values()) | set(EXTRA_ICONS.values())
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r'icon\("([a-z0-9-]+)"\)', text))
        names.update(re.findall(r'"Ctrl\+[^"]*", "([a-z0-9-]+)",', text))  # places' entries
        names.update(re.findall(r'\(self\.\w+_button, "([a-z0-9-]+)"\)', text))
    return names


def test_every_icon_used_is_bundled_with_its_licence():
    folder = config.resource_dir() / "icons"
    names = _used_names()
    assert {"user-plus", "file-export", "refresh", "keyboard", "printer", "coin"} <= names
    missing = sorted(n for n in names if not (folder / f"{n}.svg").is_file())
    assert missing == []
    assert "MIT License" in (folder / "LICENSE").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Tabler Icons" in readme and "3.51.0" in readme
    bundled = {p.stem for p in folder.glob("*.svg")} - {icons.APP_FALLBACK}
    # nothing carried along unused ("settings": for the Einstellungen entry the lead wires)
    assert bundled - names <= {"settings"}


def test_icons_take_the_palette_text_colour_and_stay_sharp_at_ratio_2(qapp):
    icons.clear_cache()
    printer = icons.icon("printer")
    assert not printer.isNull()
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    expected = icons._blend(text, window, icons.TEXT_SHARE)
    drawn = icons.colour_of(printer.pixmap(QSize(24, 24), 1.0))
    assert drawn is not None and drawn.name() == expected.name()
    for ratio, pixels in ((1.0, 16), (1.5, 24), (2.0, 32), (3.0, 48)):
        pixmap = printer.pixmap(QSize(16, 16), ratio)
        assert (pixmap.width(), pixmap.height()) == (pixels, pixels)  # drawn, not scaled
        assert pixmap.devicePixelRatio() == ratio


def test_a_dark_palette_gets_light_icons(qapp):
    old = QGuiApplication.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    QGuiApplication.setPalette(dark)
    try:
        drawn = icons.colour_of(icons.icon("printer").pixmap(24))
        assert drawn is not None and drawn.lightness() > 180
    finally:
        QGuiApplication.setPalette(old)


def test_a_missing_icon_is_empty_and_logged_once(qapp, caplog):
    icons.clear_cache()
    with caplog.at_level(logging.WARNING, logger="soest_desk.ui.icons"):
        assert icons.icon("gibt-es-nicht").isNull()
        assert icons.icon("gibt-es-nicht").isNull()
    lines = [r for r in caplog.records if "gibt-es-nicht" in r.getMessage()]
    assert len(lines) == 1


def test_a_broken_svg_is_empty_too(qapp, tmp_path, monkeypatch, caplog):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "kaputt.svg").write_text("<svg", encoding="utf-8")
    monkeypatch.setattr(icons, "resource_dir", lambda: tmp_path)
    icons.clear_cache()
    try:
        with caplog.at_level(logging.WARNING, logger="soest_desk.ui.icons"):
            assert icons.icon("kaputt").isNull()
        assert any("kaputt" in r.getMessage() for r in caplog.records)
    finally:
        icons.clear_cache()


def test_app_icon_falls_back_to_our_tile(qapp, tmp_path, monkeypatch):
    assert not icons.app_icon().isNull()
    (tmp_path / "icons").mkdir()
    fallback = config.resource_dir() / "icons" / f"{icons.APP_FALLBACK}.svg"
    (tmp_path / "icons" / fallback.name).write_bytes(fallback.read_bytes())
    monkeypatch.setattr(icons, "resource_dir", lambda: tmp_path)
    assert not icons.app_icon().isNull()  # no resources/app/ folder: our tile
    (tmp_path / "icons" / fallback.name).unlink()
    assert icons.app_icon().isNull()  # nothing at all: no icon, no error


def test_menu_entries_and_tabs_have_icons(qtbot, sqlite_database, open_window):
    window = open_window(sqlite_database)
    assert not window.windowIcon().isNull()
    for name in ("actionNewPerson", "actionNewHousehold", "actionNewFacility",
                 "actionNewOffer", "actionNewCase", "actionNewNeighbourhoodReport",
                 "actionNewTicket", "actionImport", "actionExportReport", "actionQuit",
                 "actionRefresh", "actionFindInList", "actionUsers", "actionAudit",
                 "actionPrivacy", "actionCaseload", "actionShortcuts", "actionAbout"):
        action = window.findChild(QAction, name)
        assert action is not None and not action.icon().isNull(), name
    assert all(not window.tabs.tabIcon(i).isNull() for i in range(window.tabs.count()))
