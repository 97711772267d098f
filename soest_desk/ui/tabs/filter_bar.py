"""The compact filter row under a list's search field (Bewohner*innen, Unterkünfte).

A bar is a set of controls, each bound to one named filter of `services.listing_filters`;
`filters()` gives their values (unset ones left out) and `changed` fires after a change
(checkboxes and choices at once, numbers and dates after a short pause for typing). Choices
that depend on the data (nationalities, facilities, districts) arrive later through
`set_choices`; a value restored from the settings waits for them and is dropped if it is no
longer offered. The state is kept per list in the user's QSettings as JSON under
`lists/<list>/filters`. Object names: `<list>FilterBar`, `<list>FilterReset` and those the
subclasses give their controls.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from soest_desk.services.listing import FilterChoice
from soest_desk.ui import labels
from soest_desk.ui.tickets.flow_layout import FlowLayout

TYPING_DELAY_MS = 350


@dataclass
class FilterControl:
    get: Callable[[], Any]  # the filter value, None when the control filters nothing
    put: Callable[[Any], bool]  # show a stored value; False if it does not fit
    clear: Callable[[], None]


class ListFilterBar(QWidget):
    changed = Signal()

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.setObjectName(f"{list_name}FilterBar")
        self._controls: dict[str, FilterControl] = {}
        self._choice_combos: dict[str, tuple[QComboBox, str | None]] = {}
        self._pending: dict[str, Any] = {}  # restored choice values waiting for the choices
        self._choices_loaded = False
        self._quiet = False
        self._debounce = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self._flow = FlowLayout(self, spacing=12)
        self.reset_button = QPushButton(self.tr("Filter zurücksetzen"), self,
                                        objectName=f"{list_name}FilterReset")
        self.reset_button.setToolTip(self.tr("Alle Filter dieser Liste aufheben"))
        self.reset_button.clicked.connect(self.reset)

    # ------------------------------------------------------------ building (subclasses)

    def finish(self) -> None:
        """Put the reset button last; call at the end of a subclass's constructor."""
        self._flow.addWidget(self.reset_button)
        self._update_reset()

    def group(self, *widgets: QWidget) -> QWidget:
        """Widgets that belong together and wrap to the next line as one."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in widgets:
            row.addWidget(widget)
        self._flow.addWidget(box)
        return box

    def caption(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def check(self, key: str, name: str, text: str, tip: str) -> QCheckBox:
        """A yes/no filter: ticked sends True, unticked sends nothing."""
        box = QCheckBox(text, self, objectName=name)
        box.setToolTip(tip)
        box.toggled.connect(self._now)
        self.bind(key, FilterControl(
            get=lambda: True if box.isChecked() else None,
            put=lambda value: _put_checked(box, value),
            clear=lambda: box.setChecked(False)))
        return box

    def combo(self, key: str, name: str, any_text: str, items: Iterable[tuple[Any, str]] = (),
              *, tip: str, codes: str | None = None, from_data: bool = False) -> QComboBox:
        """A choice; the first entry (`any_text`) filters nothing. `from_data`: the entries
        come later from `set_choices` (labelled by `codes`, or by the service's label)."""
        combo = QComboBox(self, objectName=name)
        combo.setToolTip(tip)
        combo.addItem(any_text, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(any_text)
        combo.currentIndexChanged.connect(self._now)
        if from_data:
            self._choice_combos[key] = (combo, codes)

        def get() -> Any:
            if from_data and not self._choices_loaded:
                return self._pending.get(key)
            return combo.currentData()

        def put(value: Any) -> bool:
            if from_data and not self._choices_loaded:
                self._pending[key] = value
                return True
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            return index > 0

        def clear() -> None:
            self._pending.pop(key, None)
            combo.setCurrentIndex(0)

        self.bind(key, FilterControl(get=get, put=put, clear=clear))
        return combo

    def spin(self, key: str, name: str, *, maximum: int, suffix: str, tip: str) -> QSpinBox:
        """A number; 0 shows "beliebig" and filters nothing."""
        box = QSpinBox(self, objectName=name)
        box.setRange(0, maximum)
        box.setSpecialValueText(self.tr("beliebig"))
        box.setSuffix(suffix)
        box.setToolTip(tip)
        box.setAccelerated(True)
        box.valueChanged.connect(self._later)
        self.bind(key, FilterControl(
            get=lambda: box.value() or None,
            put=lambda value: _put_number(box, value),
            clear=lambda: box.setValue(0)))
        return box

    def bind(self, key: str, control: FilterControl) -> None:
        self._controls[key] = control

    # ------------------------------------------------------------ state

    def filters(self) -> dict[str, Any]:
        """The named filters the bar sets now (unset ones left out)."""
        values = {key: control.get() for key, control in self._controls.items()}
        return {key: value for key, value in values.items() if value is not None}

    def is_active(self) -> bool:
        return bool(self.filters())

    def reset(self) -> None:
        """Every filter back to "any"; reports one change."""
        with self._silenced():
            for control in self._controls.values():
                control.clear()
            self.reset_defaults()
        self._now()

    def reset_defaults(self) -> None:
        """Further values a reset restores (the age date); for subclasses."""

    def set_choices(self, choices: dict[str, list[FilterChoice]]) -> None:
        """Fill the choices that depend on the data, keeping (or applying a restored)
        selection; a selection no longer offered is dropped and reported as a change."""
        lost = False
        with self._silenced():
            for key, (combo, codes) in self._choice_combos.items():
                wanted = (self._pending.pop(key, None) if not self._choices_loaded
                          else combo.currentData())
                while combo.count() > 1:
                    combo.removeItem(1)
                for choice in choices.get(key, []):
                    text = choice.label or labels.code_label(codes or "", str(choice.value))
                    combo.addItem(text, choice.value)
                index = combo.findData(wanted) if wanted is not None else 0
                combo.setCurrentIndex(max(index, 0))
                lost = lost or index < 0
            self._choices_loaded = True
        if lost:
            self._now()

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue(f"lists/{self.list_name}/filters", json.dumps(self.stored_state()))

    def stored_state(self) -> dict[str, Any]:
        """What is remembered between sessions (subclasses leave out day-bound values)."""
        return self.filters()

    def restore_settings(self, settings: QSettings) -> None:
        """Show the remembered filters without reporting a change (the tab applies them
        before its first load); values that no longer fit are ignored."""
        raw = settings.value(f"lists/{self.list_name}/filters")
        try:
            stored = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            return
        with self._silenced():
            for key, value in stored.items():
                control = self._controls.get(key)
                if control is not None and value is not None and not control.put(value):
                    control.clear()
        self._update_reset()

    # ------------------------------------------------------------ reacting

    @contextmanager
    def _silenced(self) -> Iterator[None]:
        """Changes made inside are not reported one by one."""
        before, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = before

    def _now(self, *_args: Any) -> None:
        if not self._quiet:
            self._debounce.stop()
            self._emit()

    def _later(self, *_args: Any) -> None:
        if not self._quiet:
            self._debounce.start()

    def flush(self) -> None:
        """Report a change still waiting for the typing pause at once."""
        if self._debounce.isActive():
            self._now()

    def _emit(self) -> None:
        self._update_reset()
        self.changed.emit()

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(self.is_active())


def _put_checked(box: QCheckBox, value: Any) -> bool:
    box.setChecked(value is True)
    return value is True


def _put_number(box: QSpinBox, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= box.maximum():
        return False
    box.setValue(value)
    return True
