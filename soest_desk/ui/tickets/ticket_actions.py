"""What the buttons of the Mängel tab do: open the dialog of a step for the ticket shown,
attach photos, print work orders (`printer`), and report back which ticket changed.

Dialogs open window-modal without blocking (`open()`), so the window keeps painting and a
test can fill them in; `dialog` is the one open now. The file choosers are attributes
(`choose_photos`, `printer.choose_pdf_path`) so a test or a script can answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from soest_desk.services.ticket_views import TicketDetail
from soest_desk.services.ticket_workflow import Action
from soest_desk.services.tickets import TicketConflict
from soest_desk.ui.background import run_in_background
from soest_desk.ui.icons import icon
from soest_desk.ui.labels import translate
from soest_desk.ui.tickets.action_dialogs import (
    CancelDialog,
    CostsDialog,
    PriorityDialog,
    comment_dialog,
    secure_dialog,
    transition_dialog,
)
from soest_desk.ui.tickets.conflict_dialog import ConflictDialog
from soest_desk.ui.tickets.feedback import show_message, user_message
from soest_desk.ui.tickets.gateway import TicketGateway
from soest_desk.ui.tickets.new_ticket_dialog import NewTicketDialog
from soest_desk.ui.tickets.photo_strip import PhotoViewer
from soest_desk.ui.tickets.step_dialog import StepDialog
from soest_desk.ui.tickets.work_dialogs import AcceptDialog, ResolveDialog, WaitDialog
from soest_desk.ui.tickets.work_orders import WorkOrderPrinter

DialogMaker = Callable[[TicketDetail, TicketGateway, QWidget], StepDialog]
DIALOGS: dict[str, DialogMaker] = {
    Action.ACCEPT.value: AcceptDialog,
    Action.WAIT.value: WaitDialog,
    Action.RESOLVE.value: ResolveDialog,
    Action.CANCEL.value: CancelDialog,
    "secure": secure_dialog,
    "comment": comment_dialog,
    "priority": PriorityDialog,
    "costs": CostsDialog,
}


def pick_photos(parent: QWidget) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, translate("TicketActions", "Fotos auswählen"),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation),
        translate("TicketActions", "Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
    return paths


class TicketActions(QObject):
    changed = Signal(int)  # this ticket was saved (a new one: its number)
    reloadWanted = Signal()  # after a conflict: read list and detail again

    def __init__(self, gateway: TicketGateway, parent: QWidget) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._parent = parent
        self.choose_photos: Callable[[QWidget], list[str]] = pick_photos
        self.printer = WorkOrderPrinter(gateway, parent)
        self.dialog: StepDialog | None = None
        self.conflict: ConflictDialog | None = None

    def run(self, key: str, detail: TicketDetail) -> None:
        """The button `key` of the detail pane was clicked for `detail`."""
        if key == "print":
            self.printer.print([detail.id])
        elif key == "photo":
            self.add_photos(detail.id)
        else:
            maker = DIALOGS.get(key)
            dialog = (maker(detail, self._gateway, self._parent) if maker is not None
                      else transition_dialog(Action(key), detail, self._gateway, self._parent))
            self._open(dialog, detail.id)

    def new_ticket(self) -> NewTicketDialog:
        dialog = NewTicketDialog(self._gateway, lambda parent: self.choose_photos(parent),
                                 self._parent)
        self._open(dialog, None)
        return dialog

    def _open(self, dialog: StepDialog, ticket_id: int | None) -> None:
        dialog.saved.connect(
            lambda result: self.changed.emit(ticket_id if ticket_id is not None else result))
        dialog.conflicted.connect(lambda exc, d=dialog: self.show_conflict(exc, d.typed_input()))
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: object) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def show_conflict(self, conflict: TicketConflict, typed: str = "") -> ConflictDialog:
        dialog = ConflictDialog(conflict, typed, self._parent)
        dialog.reloadRequested.connect(self.reloadWanted)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "conflict", None))
        self.conflict = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ photos

    def add_photos(self, ticket_id: int) -> None:
        paths = self.choose_photos(self._parent)
        if not paths:
            return
        gateway = self._gateway  # the job holds no Qt object (see StepDialog.job)
        run_in_background(
            lambda: gateway.add_photos(ticket_id, paths),
            lambda _count: self.changed.emit(ticket_id),
            lambda exc: show_message(self._parent, self.tr("Foto nicht angehängt"),
                                     user_message(exc)),
            owner=self)

    # ------------------------------------------------------------ photos and the list menu

    def open_photo(self, attachment_id: int, file_name: str) -> PhotoViewer:
        gateway = self._gateway
        viewer = PhotoViewer(file_name, lambda: gateway.photo(attachment_id), self._parent)
        viewer.open()
        return viewer

    def list_menu(self, position: QPoint, ticket_ids: list[int]) -> None:
        """The context menu of the list: print the marked tickets' work orders."""
        menu = QMenu(self._parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(icon("printer"), self.tr("Aufträge drucken (PDF) …"))
        action.setObjectName("ticketsPrintAction")
        action.setEnabled(bool(ticket_ids))
        action.triggered.connect(lambda: self.printer.print(ticket_ids))
        menu.popup(position)
