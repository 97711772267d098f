"""„Tastenkürzel“: every action of the window that has a keyboard shortcut, grouped by the
menu it is in, read from the window's menus when the dialog opens (so the list is never
out of date). Window-wide shortcuts outside the menus (a `QShortcut` with a what's-this
text, e.g. Strg+N in the Mängel tab) follow under "Weitere".

Object names: `shortcutsDialog`, `shortcutsTree`, `shortcutsClose`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu ("Datei"), or "Weitere"
    text: str  # the action without its "&" and the trailing " …"
    keys: str  # as the platform writes it ("Strg+Umschalt+B" in German)
    enabled: bool


def plain(text: str) -> str:
    """A menu text as it reads: no mnemonic "&", no trailing ellipsis."""
    cleaned = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return cleaned.removesuffix(" …").removesuffix("…").strip()


def _menu_entries(menu: QMenu, group: str) -> list[ShortcutEntry]:
    entries: list[ShortcutEntry] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            entries.extend(_menu_entries(sub, group))
            continue
        if not action.shortcut().isEmpty():
            entries.append(ShortcutEntry(group, plain(action.text()), _keys(action),
                                         action.isEnabled()))
    return entries


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in action.shortcuts())


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """The window's shortcuts in menu order, then the others."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            entries.extend(_menu_entries(menu, plain(top.text())))
            seen.update(id(a) for a in _all_actions(menu))
    others = QCoreApplication.translate("ShortcutsDialog", "Weitere")
    for action in window.findChildren(QAction):
        if id(action) in seen or action.shortcut().isEmpty() or not action.text():
            continue
        if any(isinstance(w, QMenu) for w in action.associatedObjects()):
            continue  # in a context menu: not window-wide
        entries.append(ShortcutEntry(others, plain(action.text()), _keys(action),
                                     action.isEnabled()))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            entries.append(ShortcutEntry(
                others, plain(shortcut.whatsThis()),
                shortcut.key().toString(QKeySequence.SequenceFormat.NativeText), True))
    return entries


def _all_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        found.append(action)
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_all_actions(sub))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.entries = shortcut_entries(window)
        intro = QLabel(self.tr("Diese Tastenkürzel gelten im ganzen Fenster. Grau: für Ihre "
                               "Rollen nicht verfügbar."), self, objectName="shortcutsIntro")
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self, objectName="shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Aktion"), self.tr("Tastenkürzel")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            parent_item = groups.get(entry.group)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [entry.group, ""])
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                parent_item.setFirstColumnSpanned(True)
                groups[entry.group] = parent_item
            item = QTreeWidgetItem(parent_item, [entry.text, entry.keys])
            item.setDisabled(not entry.enabled)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self,
                                   objectName="shortcutsButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("shortcutsClose")
        close.setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
