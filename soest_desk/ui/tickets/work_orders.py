"""Printing work orders (Arbeitsaufträge) as a PDF: ask for the file, write it off the GUI
thread with a progress dialog that can be cancelled, then offer to open it.

The writer (`soest_desk.reports.work_order_pdf`) is imported only when printing, so the tab
works without it. Object names: `workOrderProgress`, `workOrderOpen`, `ticketMessageBox`.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from soest_desk.ui.background import run_in_background
from soest_desk.ui.labels import translate
from soest_desk.ui.tickets.feedback import show_message, user_message
from soest_desk.ui.tickets.gateway import TicketGateway

WORK_ORDER_MODULE = "soest_desk.reports.work_order_pdf"
POLL_MS = 100


def pick_pdf_path(parent: QWidget, file_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("WorkOrderPrinter", "Aufträge als PDF speichern"),
        str(Path(folder) / file_name), translate("WorkOrderPrinter", "PDF-Dateien (*.pdf)"))
    return path


class _Progress:
    """How far the writer is, and whether the user cancelled: plain data for the worker."""

    def __init__(self) -> None:
        self.done = 0
        self.cancel = threading.Event()

    def report(self, done: int, _total: int) -> bool:
        self.done = done
        return not self.cancel.is_set()


class WorkOrderPrinter(QObject):
    written = Signal(str)  # the PDF's path

    def __init__(self, gateway: TicketGateway, parent: QWidget) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._parent = parent
        self.choose_pdf_path: Callable[[QWidget, str], str] = pick_pdf_path
        self.progress: QProgressDialog | None = None

    def print(self, ticket_ids: list[int]) -> None:
        parent = self._parent
        if not ticket_ids:
            show_message(parent, self.tr("Aufträge drucken"), self.tr(
                "Bitte markieren Sie zuerst eine oder mehrere Meldungen in der Liste."),
                icon=QMessageBox.Icon.Information)
            return
        try:
            module = importlib.import_module(WORK_ORDER_MODULE)
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("soest_desk.reports"):
                raise
            show_message(parent, self.tr("Aufträge drucken"), self.tr(
                "Der Druck von Arbeitsaufträgen ist in dieser Version noch nicht enthalten."))
            return
        name = (self.tr("Auftrag_%1.pdf").replace("%1", str(ticket_ids[0]))
                if len(ticket_ids) == 1
                else self.tr("Auftraege_%1.pdf").replace("%1", f"{date.today():%Y-%m-%d}"))
        path = self.choose_pdf_path(parent, name)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._start(module.write_work_orders, list(ticket_ids), path)

    def _start(self, writer: Callable[..., int], ticket_ids: list[int], path: str) -> None:
        dialog = QProgressDialog(self.tr("Die Aufträge werden erstellt …"),
                                 self.tr("Abbrechen"), 0, 2 * len(ticket_ids), self._parent)
        dialog.setObjectName("workOrderProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # The worker sees only plain Python objects: it writes how far it is and reads
        # whether to stop; the GUI polls. (A Qt object whose last reference dies on a
        # worker thread can deadlock PySide against the GUI thread.)
        progress = _Progress()
        dialog.canceled.connect(progress.cancel.set)
        poll = QTimer(dialog, interval=POLL_MS)
        poll.timeout.connect(lambda: dialog.setValue(progress.done))
        poll.start()
        self.progress = dialog
        gateway = self._gateway
        run_in_background(
            lambda: gateway.write_work_orders(writer, ticket_ids, path, progress.report),
            lambda pages: self._finished(dialog, path, pages),
            lambda exc: self._failed(dialog, exc), owner=self)

    def _close(self, dialog: QProgressDialog) -> None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
        self.progress = None

    def _finished(self, dialog: QProgressDialog, path: str, pages: int) -> None:
        self._close(dialog)
        if not pages:
            return  # cancelled: nothing was written
        self.written.emit(path)
        box = show_message(self._parent, self.tr("Aufträge gespeichert"),
                           (self.tr("Der Auftrag steht in „%1“.").replace("%1", path)
                            if pages == 1 else self.tr("Die %1 Aufträge stehen in „%2“.")
                            .replace("%1", str(pages)).replace("%2", path)),
                           icon=QMessageBox.Icon.Information)
        open_button = box.addButton(self.tr("Öffnen"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("workOrderOpen")
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))

    def _failed(self, dialog: QProgressDialog, exc: Exception) -> None:
        self._close(dialog)
        show_message(self._parent, self.tr("Aufträge nicht gedruckt"), user_message(exc))
