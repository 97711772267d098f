"""Keyboard shortcuts: the frequent actions have one, shown in their menus; no two enabled
actions of the window share one; Strg+1 … switch tabs, Strg+F jumps into the list's search;
"Hilfe → Tastenkürzel" lists every action with a shortcut, read from the window itself."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidget

from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.ui.shortcuts_dialog import ShortcutsDialog, plain, shortcut_entries
from tests.builders import build_sample


def _keys(window) -> list[tuple[str, str]]:
    """(shortcut, owner) of every enabled action and every window-wide QShortcut."""
    found = [(s.toString(), a.objectName() or a.text()) for a in window.findChildren(QAction)
             if a.isEnabled() for s in a.shortcuts()]
    found += [(s.key().toString(), s.objectName() or "QShortcut")
              for s in window.findChildren(QShortcut) if not s.key().isEmpty()]
    return found


def test_no_two_actions_share_a_shortcut(qtbot, sqlite_database, open_window):
    window = open_window(sqlite_database, SYSTEM_ACTOR)  # every role: every menu entry
    keys = _keys(window)
    counts = Counter(key for key, _owner in keys)
    assert [(k, [o for kk, o in keys if kk == k]) for k, n in counts.items() if n > 1] == []
    shortcuts = {a.objectName(): a.shortcut().toString()
                 for a in window.findChildren(QAction) if a.objectName()}
    assert {"actionNewPerson": "Ctrl+Shift+B", "actionNewTicket": "Ctrl+Shift+M",
            "actionFindInList": "Ctrl+F", "actionRefresh": "F5", "actionShortcuts": "F1",
            "actionExportReport": "Ctrl+E", "actionQuit": "Ctrl+Q",
            "actionTab_overview": "Ctrl+1", "actionTab_tickets": "Ctrl+6",
            "actionTab_inspections": "Ctrl+7"}.items() <= shortcuts.items()
    assert shortcuts["actionUsers"] == ""  # Strg+Umschalt+B belongs to "Neue Bewohner*in"


def test_tab_shortcuts_switch_and_ctrl_f_finds_the_search(qtbot, sqlite_database,
                                                           open_window):
    build_sample(sqlite_database)
    window = open_window(sqlite_database)
    for action in window.tab_actions:
        action.trigger()
        assert plain(action.text()) in window.tabs.tabText(window.tabs.currentIndex())
    window.findChild(QAction, "actionTab_persons").trigger()
    window.activateWindow()
    field = window.focus_search()
    assert field is not None and field.objectName() == "personsFilter"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    window.findChild(QAction, "actionTab_tickets").trigger()
    assert window.focus_search().objectName() == "ticketsFilter"
    window.findChild(QAction, "actionTab_overview").trigger()
    assert window.focus_search() is None  # the Übersicht has no search: nothing happens


def test_new_ticket_from_the_menu_opens_the_tickets_tab(qtbot, sqlite_database, open_window):
    build_sample(sqlite_database)
    window = open_window(sqlite_database)
    tickets = window.list_tabs["tickets"]
    opened = []
    tickets.actions.new_ticket = lambda: opened.append(True)  # the dialog has its own tests
    window.findChild(QAction, "actionNewTicket").trigger()
    assert window.tabs.currentWidget() is tickets and opened == [True]


def test_the_shortcuts_dialog_lists_every_menu_shortcut(qtbot, sqlite_database, open_window):
    window = open_window(sqlite_database)
    in_menus = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        in_menus |= {(plain(a.text()), a.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)) for a in menu.actions()
            if not a.shortcut().isEmpty()}
    listed = {(e.text, e.keys) for e in shortcut_entries(window)}
    assert in_menus <= listed and len(in_menus) >= 15
    assert ("Neue Bewohner*in", QKeySequence("Ctrl+Shift+B").toString(
        QKeySequence.SequenceFormat.NativeText)) in listed

    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog) and dialog.windowTitle() == "Tastenkürzel"
    tree = dialog.findChild(QTreeWidget, "shortcutsTree")
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Datei", "Ansicht", "Verwaltung", "Hilfe", "Weitere"]
    assert ("Neue Mängelmeldung (im Mängel-Tab)", QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText)) in listed  # a window shortcut, no menu entry
    rows = {(tree.topLevelItem(i).child(j).text(0), tree.topLevelItem(i).child(j).text(1))
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())}
    assert rows == listed
    dialog.reject()


def test_an_entry_the_role_lacks_is_listed_grey(qtbot, sqlite_database, open_window):
    sample = build_sample(sqlite_database)
    window = open_window(sqlite_database, sample.actors["sw_a"])  # Sozialarbeit only
    entries = {e.text: e for e in shortcut_entries(window)}
    assert not entries["Neue Unterkunft"].enabled and entries["Neuer Fall"].enabled
