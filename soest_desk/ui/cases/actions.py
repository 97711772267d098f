"""What the Sozialarbeit tab's buttons and menu entries open: the flat search, the move into
an own flat, the caseload overview. One place builds them, so the window, the case pane and
the tests open the same dialogs; after a change `changed()` says so (the window reads the
case list and the detail again).

Dialogs open window-modal without blocking (`open()`); `last_dialog` is the one opened last
(for tests and scripts).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from weakref import WeakMethod

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from soest_desk.services.case_views import CaseDetail
from soest_desk.services.permissions import Permission
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases.caseload_dialog import CaseloadDialog
from soest_desk.ui.cases.flat_search_dialog import FlatSearchDialog
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.cases.own_flat_dialog import OwnFlatDialog
from soest_desk.ui.icons import icon
from soest_desk.ui.tickets.feedback import show_message, user_message


class CaseActions(QObject):
    """A child of the window that must not keep it alive: a bound method of the window is
    held weakly (a child holding its parent's wrapper makes PySide free the window twice)."""

    def __init__(self, parent: QWidget, gateway: CasesGateway,
                 changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._changed_ref: Callable[[], Callable[[], None] | None]
        if inspect.ismethod(changed):
            self._changed_ref = WeakMethod(changed)
        else:
            self._changed_ref = lambda: changed
        self.last_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None
        self._own_flat_busy = False  # the case is loading or the dialog is open

    @property
    def _window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def _changed(self) -> None:
        changed = self._changed_ref()
        if changed is not None:
            changed()

    # ------------------------------------------------------------ menu

    def build_menu(self, menu: QMenu) -> None:
        caseload = QAction(icon("chart-bar"), self.tr("Fallzahlen und Betreuungsschlüssel …"),
                           self._window, objectName="actionCaseload")
        caseload.setEnabled(self._gateway.actor.can(Permission.VIEW_CASES))
        caseload.triggered.connect(lambda: self.show_caseload())
        menu.addAction(caseload)

    # ------------------------------------------------------------ dialogs

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def open_flat_search(self, case_id: int) -> None:
        dialog = FlatSearchDialog(self._gateway, case_id, self._window)
        dialog.offerChanged.connect(self._changed)  # the pane shows the reservation at once
        self._open(dialog)

    def show_caseload(self) -> None:
        self._open(CaseloadDialog(self._gateway, self._window))

    def move_into_own_flat(self, case_id: int) -> None:
        """Read the case as it is now, then ask for the day of the move (once: a second
        click while the case loads or the dialog is open does nothing)."""
        if self._own_flat_busy:
            return
        self._own_flat_busy = True
        gateway = self._gateway
        run_in_background(lambda: gateway.detail(case_id), self._open_own_flat,
                          self._own_flat_failed, owner=self)

    def _own_flat_failed(self, exc: Exception) -> None:
        self._own_flat_busy = False
        self._failed(exc)

    def _own_flat_done(self, _result: int = 0) -> None:
        self._own_flat_busy = False

    def _open_own_flat(self, detail: CaseDetail) -> None:
        self._own_flat_busy = False
        if detail.closed:
            self._tell(self.tr("Der Fall ist schon abgeschlossen."), QMessageBox.Icon.Warning)
            return
        dialog = OwnFlatDialog(self._gateway, detail, self._window)
        household = detail.household
        dialog.saved.connect(lambda _result: self._moved_out(household))
        dialog.finished.connect(self._own_flat_done)
        self._own_flat_busy = True
        self._open(dialog)

    def _moved_out(self, household: str) -> None:
        self._changed()
        self._tell(self.tr("%1 ist in die eigene Wohnung ausgezogen. Die Belegungen sind "
                           "beendet, der Fall ist mit dem Ergebnis „eigene Wohnung“ "
                           "abgeschlossen.").replace("%1", household),
                   QMessageBox.Icon.Information)

    def _failed(self, exc: Exception) -> None:
        self._tell(user_message(exc), QMessageBox.Icon.Warning)

    def _tell(self, text: str, icon: QMessageBox.Icon) -> None:
        box = show_message(self._window, self.tr("Sozialarbeit"), text, icon=icon)
        box.setObjectName("caseMessageBox")
        self.last_message = box
