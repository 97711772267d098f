"""The frame of the record forms (person, household, facility, unit, housing offer): a
`StepDialog` that, for an existing record, loads its current values off the GUI thread,
saves with the version it loaded, and carries a "Beenden …" button.

- Loading: `load_job()` returns the gateway call, `fill(record)` puts the values in the
  fields. Until then the fields and "Speichern" are disabled; a record that was ended
  meanwhile is shown but cannot be saved.
- Saving over a newer version (`EditConflict`): the German message stays in the dialog with
  everything typed, and "Neu laden" fetches the current values (dropping the typed ones).
- Ending (`end_record`): a confirmation, then the service ends the record or refuses (for
  instance while somebody still lives there); the refusal is shown in the dialog.

Object names: `formEnd`, `formReload`; the confirmation `endConfirm` with `endConfirmYes`
and `endConfirmNo`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QWidget

from soest_desk.services.validation import EditConflict
from soest_desk.ui.background import run_in_background
from soest_desk.ui.forms.gateway import FormsGateway
from soest_desk.ui.labels import translate
from soest_desk.ui.tickets.feedback import show_message, user_message
from soest_desk.ui.tickets.step_dialog import StepDialog, chain_tab_order

FORM_WIDTH = 560


def _end_texts(kind: str, name: str) -> tuple[str, str]:
    """(title, question) of the confirmation for ending a record of `kind`."""
    quoted = f"„{name}“ " if name else ""
    texts = {
        "person": (translate("Forms", "Bewohner*in beenden"), translate("Forms",
            "%1wird als beendet markiert: nicht mehr in unserer Betreuung. Die Daten bleiben "
            "erhalten, es wird nichts gelöscht. Wer noch in einer Unterkunft wohnt oder "
            "eingeplant ist, muss zuerst ausziehen.")),
        "household": (translate("Forms", "Haushalt beenden"), translate("Forms",
            "Der Haushalt %1wird als beendet markiert. Seine Mitglieder bleiben als Nachweis "
            "verbunden; es wird nichts gelöscht.")),
        "facility": (translate("Forms", "Unterkunft beenden"), translate("Forms",
            "Die Unterkunft %1wird mit allen Wohneinheiten außer Betrieb genommen. Es wird "
            "nichts gelöscht.")),
        "unit": (translate("Forms", "Wohneinheit beenden"), translate("Forms",
            "Die Wohneinheit %1wird außer Betrieb genommen. Es wird nichts gelöscht.")),
        "offer": (translate("Forms", "Wohnraumangebot beenden"), translate("Forms",
            "Das Wohnraumangebot %1wird beendet. Es wird nichts gelöscht.")),
    }
    title, text = texts[kind]
    return title, text.replace("%1", quoted) + "\n\n" + translate("Forms", "Wirklich beenden?")


def end_record(parent: QWidget, gateway: FormsGateway, kind: str, record_id: int, *,
               name: str = "", on_ended: Callable[[], None] | None = None,
               on_refused: Callable[[str], None] | None = None,
               on_started: Callable[[], None] | None = None) -> QMessageBox:
    """Ask, then end the record (`kind`: person, household, facility, unit, offer) off the
    GUI thread. A refusal goes to `on_refused` (or a message box). Returns the question box,
    which is open (window-modal) when this returns."""
    title, question = _end_texts(kind, name)
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("endConfirm")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    yes = box.addButton(translate("Forms", "Beenden"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("endConfirmYes")
    no = box.addButton(translate("Forms", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("endConfirmNo")
    box.setDefaultButton(no)  # ending is not what Enter should do
    box.setEscapeButton(no)

    def refused(exc: Exception) -> None:
        message = user_message(exc)
        if on_refused is not None:
            on_refused(message)
        else:
            show_message(parent, title, message)

    def start() -> None:
        if on_started is not None:
            on_started()
        run_in_background(lambda: gateway.end(kind, record_id),
                          lambda _result: on_ended() if on_ended is not None else None,
                          refused, owner=parent)

    yes.clicked.connect(start)
    box.open()
    return box


class FormDialog(StepDialog):
    """See the module doc. Subclasses set `kind`, build their fields, then call
    `start_loading()`; they define `load_job()`, `fill(record)` and `job()`."""

    saved = Signal(int)  # the record's id, after it was saved
    ended = Signal(int)  # the record's id, after it was ended
    kind = ""

    def __init__(self, gateway: FormsGateway, record_id: int | None, title: str,
                 parent: QWidget | None, *, object_name: str, intro: str = "") -> None:
        super().__init__(title, parent, object_name=object_name, intro=intro)
        self.setMinimumWidth(FORM_WIDTH)
        self.gateway = gateway
        self.record_id = record_id
        self.version = 0
        self.record_name = ""
        self._loaded = False
        self._editable = True
        self.end_button = self.buttons.addButton(self.tr("Beenden …"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.end_button.setObjectName("formEnd")
        self.end_button.setAutoDefault(False)
        self.end_button.setToolTip(self.tr("Als beendet markieren; es wird nichts gelöscht."))
        self.end_button.setVisible(record_id is not None)
        self.end_button.clicked.connect(self.end)
        self.reload_button = self.buttons.addButton(self.tr("Neu laden"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setObjectName("formReload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.start_loading)
        self._buttons_apart()
        self.end_confirmation: QMessageBox | None = None

    def _buttons_apart(self) -> None:
        """"Beenden …" and "Neu laden" on the left, away from "Speichern"/"Abbrechen"."""
        row = QHBoxLayout()
        for button in (self.end_button, self.reload_button):
            self.buttons.removeButton(button)
            button.setParent(self)
            row.addWidget(button)
        row.addStretch(1)
        layout = self.layout()
        index = layout.indexOf(self.buttons)
        layout.removeWidget(self.buttons)
        row.addWidget(self.buttons)
        layout.insertLayout(index, row)

    def add_above_buttons(self, widget: QWidget) -> None:
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, widget)  # the button row is the last item

    # ------------------------------------------------------------ for subclasses

    def load_job(self) -> Callable[[], Any] | None:
        """The gateway call reading the record (None: nothing to read, a new record)."""
        return None

    def fill(self, record: Any) -> None:
        """Put the loaded values into the fields (and set `version`, `record_name`)."""

    def input_widgets(self) -> list[QWidget]:
        """The inputs in visual order: the tab order, and what is disabled while loading."""
        return list(dict.fromkeys(self._widgets.values()))

    # ------------------------------------------------------------ loading

    def is_loaded(self) -> bool:
        return self._loaded

    def start_loading(self) -> None:
        self.update_tab_order()
        job = self.load_job()
        if job is None:
            self._loaded = True
            return
        self._loaded = False
        self.clear_errors()
        self._enable_inputs(False)
        self.reload_button.setVisible(False)
        run_in_background(job, self._loaded_record, self._load_failed, owner=self)

    def _loaded_record(self, record: Any) -> None:
        self.fill(record)
        self._loaded = True
        self._editable = bool(getattr(record, "active", True))
        self._enable_inputs(self._editable)
        if not self._editable:
            self.show_error(self.tr("Dieser Eintrag ist beendet und kann nicht mehr geändert "
                                    "werden."))
        self.update_tab_order()
        inputs = self.input_widgets()
        if inputs and self._editable:
            inputs[0].setFocus()

    def _load_failed(self, exc: Exception) -> None:
        self.show_error(user_message(exc))
        self.reload_button.setVisible(True)

    def _enable_inputs(self, enabled: bool) -> None:
        for widget in self.input_widgets():
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.end_button.setEnabled(enabled)

    def update_tab_order(self) -> None:
        """Tab follows the visual order: the fields top to bottom, then the buttons."""
        chain_tab_order(self.tab_chain())

    def tab_chain(self) -> list[QWidget]:
        return [*self.input_widgets(), self.end_button, self.reload_button, self.save_button,
                self.cancel_button]

    # ------------------------------------------------------------ saving and ending

    def accept(self) -> None:
        if self._loaded and self._editable:
            super().accept()

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        if isinstance(exc, EditConflict):
            self.reload_button.setVisible(True)

    def end(self) -> None:
        if self.record_id is None or not self._loaded or self.is_busy():
            return
        self.clear_errors()
        self.end_confirmation = end_record(
            self, self.gateway, self.kind, self.record_id, name=self.record_name,
            on_ended=self._was_ended, on_refused=self._end_refused,
            on_started=lambda: self._ending(True))

    def _ending(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.cancel_button, self.end_button):
            button.setEnabled(not busy)

    def _was_ended(self) -> None:
        self._ending(False)
        assert self.record_id is not None
        self.ended.emit(self.record_id)
        QDialog.accept(self)

    def _end_refused(self, message: str) -> None:
        self._ending(False)
        self.show_error(message)
