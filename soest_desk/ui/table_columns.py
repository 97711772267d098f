"""Which columns a table shows, in which order and how wide: the clerk's choice, remembered
per table in the personal settings.

`ColumnChooser.install(view, settings, key)` makes the columns movable, adds a menu on the
header (right click: "Spalten" with a tick per column, "Alle Spalten zeigen", "Standard
wiederherstellen"), restores the header saved under `key` and saves every change there. The
columns in `always_shown` (the row's name) and the last visible column cannot be hidden. A
state saved with another number of columns (an update added one) is dropped for the
default layout. Hiding is only a view: the model, its id role and delegates are untouched.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

# the number of columns a state was saved with, next to the state itself
COUNT_SUFFIX = "Columns"


def personal_settings() -> QSettings:
    """The user's own settings, as the main window keeps them (for a table whose owner was
    not handed the window's settings). `QSettings()` names the same store in the application
    and honours a redirected path (tests, the self-test)."""
    return QSettings()


class ColumnChooser(QObject):
    def __init__(self, view: QTableView, settings: QSettings, key: str, *,
                 always_shown: Iterable[int] = (0,), default: QByteArray | None = None
                 ) -> None:
        super().__init__(view)
        self.setObjectName("columnChooser")
        self.view = view
        self.settings = settings
        self.key = key
        self.always_shown = frozenset(always_shown)
        self.menu: QMenu | None = None  # the header menu while it is open
        header = self.header()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self._default = default if default is not None else header.saveState()
        self._count = header.count()
        self.restored = self.restore()
        header.sectionMoved.connect(self.save)
        header.sectionResized.connect(self.save)

    @classmethod
    def install(cls, view: QTableView, settings: QSettings, key: str, *,
                always_shown: Iterable[int] = (0,), default: QByteArray | None = None
                ) -> ColumnChooser:
        """Install on a view that has its model (the columns are known). `default`: the
        header's state as the program lays it out, if it was changed before installing."""
        return cls(view, settings, key, always_shown=always_shown, default=default)

    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()

    # ------------------------------------------------------------ state

    def save(self, *_args: object) -> None:
        self.settings.setValue(self.key, self.header().saveState())
        self.settings.setValue(self.key + COUNT_SUFFIX, self.header().count())

    def restore(self) -> bool:
        """The saved layout; one saved for another number of columns (or none) gives the
        default. True if the saved one was used."""
        state = self.settings.value(self.key)
        count = self.settings.value(self.key + COUNT_SUFFIX)
        header = self.header()
        fits = (isinstance(state, QByteArray | bytes) and bool(state)
                and (count is None or _int(count) == header.count()))
        if not fits:
            return False  # nothing (usable) saved: the header stays as the program made it
        if header.restoreState(QByteArray(state)) and self._sane():
            return True
        header.restoreState(self._default)
        return False

    def _sane(self) -> bool:
        """A restored state shows the always-shown columns and at least one column."""
        header = self.header()
        if header.count() != self._count:
            return False
        if header.hiddenSectionCount() >= header.count() > 0:
            return False
        return not any(header.isSectionHidden(c) for c in self.always_shown
                       if c < header.count())

    def reset(self) -> None:
        """The default layout (order, widths, every column shown)."""
        self.header().restoreState(self._default)
        self.save()

    # ------------------------------------------------------------ columns

    def visible_columns(self) -> list[int]:
        """The logical columns shown, in the order shown."""
        header = self.header()
        order = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in order if not header.isSectionHidden(c)]

    def may_hide(self, column: int) -> bool:
        header = self.header()
        return (column not in self.always_shown and not header.isSectionHidden(column)
                and header.count() - header.hiddenSectionCount() > 1)

    def set_hidden(self, column: int, hidden: bool) -> bool:
        """Hide or show a column; refused (False) for an always-shown or the last one."""
        if hidden and not self.may_hide(column):
            return False
        self.header().setSectionHidden(column, hidden)
        if not hidden and self.header().sectionSize(column) == 0:
            self.header().resizeSection(column, self.header().defaultSectionSize())
        self.save()
        return True

    def show_all(self) -> None:
        for column in range(self.header().count()):
            self.header().setSectionHidden(column, False)
        self.save()

    def move(self, column: int, to_visual: int) -> None:
        header = self.header()
        header.moveSection(header.visualIndex(column), to_visual)  # saved by sectionMoved

    # ------------------------------------------------------------ the menu

    def build_menu(self) -> QMenu:
        """The header menu: a tick per column (in the order shown), then the two resets."""
        menu = QMenu(self.view)
        menu.setObjectName("columnMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = menu.addSection(self.tr("Spalten"))
        title.setObjectName("columnMenuTitle")
        header, model = self.header(), self.view.model()
        order = [header.logicalIndex(v) for v in range(header.count())]
        for column in order:
            text = model.headerData(column, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole) if model else None
            action = menu.addAction(str(text or self.tr("Spalte %1").replace(
                "%1", str(column + 1))))
            action.setObjectName(f"columnToggle{column}")
            action.setCheckable(True)
            shown = not header.isSectionHidden(column)
            action.setChecked(shown)
            action.setEnabled(not shown or self.may_hide(column))
            action.toggled.connect(lambda on, c=column: self.set_hidden(c, not on))
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Alle Spalten zeigen"))
        show_all.setObjectName("columnShowAll")
        show_all.setEnabled(header.hiddenSectionCount() > 0)
        show_all.triggered.connect(self.show_all)
        reset = menu.addAction(self.tr("Standard wiederherstellen"))
        reset.setObjectName("columnReset")
        reset.triggered.connect(self.reset)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        self.menu = self.build_menu()
        self.menu.destroyed.connect(lambda _obj=None: setattr(self, "menu", None))
        self.menu.popup(self.header().viewport().mapToGlobal(position))


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return -1
