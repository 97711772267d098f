"""The window's menu entries for people and places: new records, the import, and the
forms opened from the panes. One place builds them, so the menu, the panes and the tests
open the same dialogs; after every save the lists concerned are read again (`refresh`)."""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakMethod

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from soest_desk.db import Database
from soest_desk.services.permissions import Actor, Permission
from soest_desk.ui.forms.facility_form import FacilityFormDialog
from soest_desk.ui.forms.gateway import FormsGateway
from soest_desk.ui.forms.household_form import HouseholdFormDialog
from soest_desk.ui.forms.offer_form import OfferFormDialog
from soest_desk.ui.forms.person_form import PersonFormDialog
from soest_desk.ui.forms.unit_form import UnitFormDialog
from soest_desk.ui.icons import icon
from soest_desk.ui.import_dialog import ImportDialog

Refresh = Callable[[tuple[str, ...]], None]  # the names of the lists to read again
PEOPLE = ("persons", "facilities", "cases")
PLACES = ("facilities",)


class PlacesActions(QObject):
    """A child of the window that must not keep it alive: it holds the window's callbacks
    weakly (a child holding its parent's wrapper makes PySide free the window twice)."""

    def __init__(self, window: QWidget, database: Database, actor: Actor,
                 refresh: Refresh, show_person: Callable[[int], None]) -> None:
        super().__init__(window)
        self._database = database
        self._actor = actor
        self._refresh_ref = WeakMethod(refresh)  # type: ignore[arg-type]
        self._show_person_ref = WeakMethod(show_person)  # type: ignore[arg-type]
        self.forms = FormsGateway(database, actor)
        self.last_dialog: QDialog | None = None  # for tests

    @property
    def _window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def _refresh(self, lists: tuple[str, ...]) -> None:
        refresh = self._refresh_ref()
        if refresh is not None:
            refresh(lists)

    def _show_person(self, person_id: int) -> None:
        show = self._show_person_ref()
        if show is not None:
            show(person_id)

    # ------------------------------------------------------------ menu

    def build_menu(self, menu: QMenu) -> None:
        people = self._actor.can(Permission.EDIT_PERSONS)
        places = self._actor.can(Permission.EDIT_FACILITIES)
        entries = [
            ("actionNewPerson", self.tr("Neue Bewohner*in …"), "Ctrl+Shift+B", "user-plus",
             people, lambda: self.open_person(None)),
            ("actionNewHousehold", self.tr("Neuer Haushalt …"), "Ctrl+Shift+H", "users-plus",
             people, lambda: self.open_household(None)),
            ("actionNewFacility", self.tr("Neue Unterkunft …"), "Ctrl+Shift+U", "building-plus",
             places, lambda: self.open_facility(None)),
            ("actionNewOffer", self.tr("Neues Wohnraumangebot …"), "Ctrl+Shift+W", "key",
             places, lambda: self.open_offer(None)),
        ]
        for name, text, shortcut, symbol, allowed, slot in entries:
            action = QAction(icon(symbol), text, self._window, objectName=name)
            action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(allowed)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        importing = QAction(icon("file-import"), self.tr("Listen importieren …"),
                            self._window, objectName="actionImport")
        importing.setShortcut(QKeySequence("Ctrl+I"))
        importing.setEnabled(people or places)
        importing.triggered.connect(lambda: self.open_import())
        menu.addAction(importing)

    # ------------------------------------------------------------ dialogs

    def _open(self, dialog: QDialog, lists: tuple[str, ...]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda *_a: self._refresh(lists))
        ended = getattr(dialog, "ended", None)
        if ended is not None:
            ended.connect(lambda *_a: self._refresh(lists))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_person(self, person_id: int | None) -> QDialog:
        dialog = PersonFormDialog(self.forms, person_id, self._window)
        dialog.openExisting.connect(self._show_person)
        if person_id is None:
            dialog.saved.connect(self._show_person)
        return self._open(dialog, PEOPLE)

    def open_household(self, household_id: int | None) -> QDialog:
        return self._open(HouseholdFormDialog(self.forms, household_id, self._window), PEOPLE)

    def open_facility(self, facility_id: int | None) -> QDialog:
        return self._open(FacilityFormDialog(self.forms, facility_id, self._window), PLACES)

    def open_unit(self, facility_id: int, unit_id: int | None) -> QDialog:
        return self._open(UnitFormDialog(self.forms, facility_id, unit_id, self._window),
                          PLACES)

    def open_offer(self, facility_id: int | None) -> QDialog:
        return self._open(OfferFormDialog(self.forms, facility_id, self._window), PLACES)

    def open_import(self, kind: str | None = None) -> QDialog:
        dialog = ImportDialog(self._database, self._actor, self._window, kind=kind)
        dialog.imported.connect(lambda _kind, _count: self._refresh(PEOPLE))
        return self._open(dialog, PEOPLE)
