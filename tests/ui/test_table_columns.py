"""Column choice and order per table: hidden and moved columns come back after reopening
with the same settings; a state saved with another number of columns gives the default
layout; the always-shown and the last visible column cannot be hidden; the header menu
offers a tick per column; hiding a column keeps selection by id working in the lists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from soest_desk.ui.table_columns import ColumnChooser

HEADERS = ["Name", "Geburtsdatum", "Unterkunft", "Wohneinheit", "Status"]
KEY = "tables/test/header"


def _view(qtbot, columns: int = len(HEADERS)) -> QTableView:
    model = QStandardItemModel(3, columns)
    model.setHorizontalHeaderLabels([*HEADERS, "Neu"][:columns])
    for row in range(3):
        for column in range(columns):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    return view


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "columns.ini"), QSettings.Format.IniFormat)


def test_hidden_and_moved_columns_come_back_after_reopening(qtbot, tmp_path):
    settings = _settings(tmp_path)
    view = _view(qtbot)
    chooser = ColumnChooser.install(view, settings, KEY)
    assert chooser.visible_columns() == [0, 1, 2, 3, 4]
    assert chooser.set_hidden(1, True)
    chooser.move(4, 1)  # "Status" right after the name
    view.horizontalHeader().resizeSection(2, 233)
    assert chooser.visible_columns() == [0, 4, 2, 3]
    view.close()
    settings.sync()

    again = _view(qtbot)
    reopened = ColumnChooser.install(again, _settings(tmp_path), KEY)
    assert reopened.visible_columns() == [0, 4, 2, 3]
    assert again.horizontalHeader().isSectionHidden(1)
    assert again.horizontalHeader().sectionSize(2) == 233


def test_a_state_saved_with_other_columns_gives_the_default_layout(qtbot, tmp_path):
    settings = _settings(tmp_path)
    old = _view(qtbot, columns=4)
    chooser = ColumnChooser.install(old, settings, KEY)
    chooser.set_hidden(2, True)
    chooser.move(3, 0)
    old.close()

    newer = _view(qtbot, columns=5)  # an update added a column
    chooser = ColumnChooser.install(newer, settings, KEY)
    assert chooser.visible_columns() == [0, 1, 2, 3, 4]
    assert chooser.set_hidden(3, True)  # and it keeps working (and saving)
    assert chooser.visible_columns() == [0, 1, 2, 4]


def test_a_broken_or_foreign_state_gives_the_default_layout(qtbot, tmp_path):
    settings = _settings(tmp_path)
    settings.setValue(KEY, b"not a header state")
    view = _view(qtbot)
    assert not ColumnChooser.install(view, settings, KEY).restore()
    assert ColumnChooser(view, settings, KEY).visible_columns() == [0, 1, 2, 3, 4]


def test_the_always_shown_and_the_last_visible_column_stay(qtbot, tmp_path):
    view = _view(qtbot, columns=3)
    chooser = ColumnChooser.install(view, _settings(tmp_path), KEY, always_shown=(0,))
    assert not chooser.set_hidden(0, True)
    assert chooser.set_hidden(1, True) and chooser.set_hidden(2, True)
    assert chooser.visible_columns() == [0]
    free = _view(qtbot, columns=2)
    chooser = ColumnChooser.install(free, _settings(tmp_path), "tables/free", always_shown=())
    assert chooser.set_hidden(0, True)
    assert not chooser.set_hidden(1, True)  # the last one visible
    assert chooser.visible_columns() == [1]


def test_the_header_menu_ticks_columns_and_resets(qtbot, tmp_path):
    view = _view(qtbot)
    chooser = ColumnChooser.install(view, _settings(tmp_path), KEY)
    chooser.set_hidden(3, True)
    menu = chooser.build_menu()
    texts = [a.text() for a in menu.actions() if a.isCheckable()]
    assert texts == HEADERS
    name, hidden = menu.findChild(type(menu.actions()[0]), "columnToggle0"), None
    for action in menu.actions():
        if action.objectName() == "columnToggle3":
            hidden = action
    assert name is not None and not name.isEnabled()  # the name cannot be hidden
    assert hidden is not None and not hidden.isChecked()
    hidden.setChecked(True)  # ticking shows it again
    assert chooser.visible_columns() == [0, 1, 2, 3, 4]
    chooser.set_hidden(2, True)
    chooser.move(4, 0)
    menu = chooser.build_menu()
    next(a for a in menu.actions() if a.objectName() == "columnReset").trigger()
    assert chooser.visible_columns() == [0, 1, 2, 3, 4]


def test_right_click_on_the_header_opens_the_menu(qtbot, tmp_path):
    view = _view(qtbot)
    chooser = ColumnChooser.install(view, _settings(tmp_path), KEY)
    header = view.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    header.customContextMenuRequested.emit(header.rect().center())
    assert chooser.menu is not None and chooser.menu.isVisible()
    chooser.menu.close()


# ---------------------------------------------------------------- in the window


def test_the_person_list_remembers_its_columns_and_still_selects_by_id(
        qtbot, sqlite_database, open_window, switch_tab, ui_settings):
    from tests.builders import build_sample

    build_sample(sqlite_database)
    window = open_window(sqlite_database)
    tab = switch_tab(window, "persons")
    columns = tab.columns
    assert columns is not None
    header = tab._table.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    last = header.count() - 1
    assert columns.set_hidden(1, True)
    columns.move(last, 1)
    layout = columns.visible_columns()
    tab._table.selectRow(0)
    assert len(tab.selected_ids()) == 1  # the id does not live in a hidden column
    window.close()

    again = open_window(sqlite_database, settings=ui_settings)
    tab = switch_tab(again, "persons")
    assert tab.columns is not None and tab.columns.visible_columns() == layout
    assert tab._table.horizontalHeader().isSectionHidden(1)


def test_the_tickets_inspections_and_audit_tables_have_the_menu(
        qtbot, sqlite_database, open_window, switch_tab):
    window = open_window(sqlite_database)
    tickets = window.list_tabs["tickets"]
    assert tickets.list.columns is not None
    assert tickets.list.columns.key == "lists/tickets/header"
    # the rows keep their own menu (the ticket steps)
    assert (tickets.list.table.contextMenuPolicy()
            == Qt.ContextMenuPolicy.CustomContextMenu)
    if window.inspections_tab is not None:
        assert window.inspections_tab.columns.key == "tables/inspections/header"

    from soest_desk.services.permissions import SYSTEM_ACTOR
    from soest_desk.ui.audit.audit_dialog import AuditDialog
    from soest_desk.ui.audit.gateway import AuditGateway

    dialog = AuditDialog(AuditGateway(sqlite_database, SYSTEM_ACTOR),
                         settings=_settings_of(window))
    qtbot.addWidget(dialog)
    assert dialog.columns.key == "tables/audit/header"
    assert [a.text() for a in dialog.columns.build_menu().actions() if a.isCheckable()]


def _settings_of(window) -> QSettings:
    return window._settings
