"""The compact filter row under a list's search field (Bewohner*innen, Unterkünfte).

A bar is a set of controls, each bound to one named filter of `services.listing_filters`;
`filters()` gives their values (unset ones left out) and `changed` fires after a change
(checkboxes and choices at once, numbers and dates after a short pause for typing). Choices
that depend on the data (nationalities, facilities, districts) arrive later through
`set_choices`; a value restored from the settings waits for them and is dropped if it is no
longer offered. The same call brings how many rows each choice matches: the bar shows them
as "Haus am Bach (12)" (for fixed entries and check boxes too, where the service counts
them). A control may start at a value other than "any" (`default`; the cases' status starts
without the closed ones): the reset returns to it, and the bar counts as filtered only where
it differs. A control may ask the list for an order (`request_sort`: "Meine Fälle" sorts by
what is due). A filter that only a click in the Übersicht sets (one facility, a month of
moves) shows as a chip while set (`chip`, `filter_chip`); `apply_values` sets the filters
such a click asks for. The state is kept per list in the user's QSettings as JSON under
`lists/<list>/filters` (without the chips: they belong to the click, not to the list).
Object names: `<list>FilterBar`, `<list>FilterReset` and those the subclasses give their
controls; the reset comes last in the tab order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from soest_desk.services.listing import FilterChoice
from soest_desk.services.permissions import Actor
from soest_desk.ui import labels
from soest_desk.ui.formatting import format_number
from soest_desk.ui.tabs.filter_chip import FilterChip
from soest_desk.ui.tickets.flow_layout import FlowLayout

TYPING_DELAY_MS = 350


@dataclass
class FilterControl:
    get: Callable[[], Any]  # the filter value, None when the control filters nothing
    put: Callable[[Any], bool]  # show a stored value; False if it does not fit
    clear: Callable[[], None]  # back to `default`
    default: Any = None  # what the control starts with (None: "any")


class ListFilterBar(QWidget):
    changed = Signal()

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.setObjectName(f"{list_name}FilterBar")
        self._controls: dict[str, FilterControl] = {}
        self._choice_combos: dict[str, tuple[QComboBox, str | None]] = {}
        # fixed entries and check boxes that show a count: key -> (value -> plain text)
        self._counted: dict[str, tuple[QComboBox | QAbstractButton, dict[Any, str]]] = {}
        self._chips: dict[str, tuple[FilterChip, bool]] = {}  # key -> (chip, from data)
        self._sort_request: tuple[str, bool] | None = None
        self._pending: dict[str, Any] = {}  # restored choice values waiting for the choices
        self._choices_loaded = False
        self._quiet = False
        self._debounce = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self._flow = FlowLayout(self, spacing=12)
        self.reset_button: QPushButton | None = None  # made last, by `finish`

    # ------------------------------------------------------------ building (subclasses)

    def finish(self) -> None:
        """Add the reset button, last on the row and (made last) in the tab order; call at
        the end of a subclass's constructor."""
        button = QPushButton(self.tr("Filter zurücksetzen"), self,
                             objectName=f"{self.list_name}FilterReset")
        button.setToolTip(self.tr("Alle Filter dieser Liste aufheben"))
        button.clicked.connect(self.reset)
        self.reset_button = button
        self._flow.addWidget(button)
        self._update_reset()

    def set_actor(self, actor: Actor) -> None:
        """Adapt to who uses the list (e.g. hide what only a role needs); for subclasses."""

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
        self.bind_flag(key, box)
        return box

    def bind_flag(self, key: str, button: QAbstractButton) -> None:
        """A checkable button as a yes/no filter (its count, if any, joins its text)."""
        self.bind(key, FilterControl(
            get=lambda: True if button.isChecked() else None,
            put=lambda value: _put_checked(button, value),
            clear=lambda: button.setChecked(False)))
        self._counted[key] = (button, {True: button.text()})

    def combo(self, key: str, name: str, any_text: str | None,
              items: Iterable[tuple[Any, str]] = (), *, tip: str, codes: str | None = None,
              from_data: bool = False, default: Any = None) -> QComboBox:
        """A choice; the first entry (`any_text`) filters nothing. Without `any_text` every
        entry filters and `default` says which one the bar starts with. `from_data`: the
        entries come later from `set_choices` (labelled by `codes`, or by the service's
        label)."""
        combo = QComboBox(self, objectName=name)
        combo.setToolTip(tip)
        if any_text is not None:
            combo.addItem(any_text, None)
        fixed = dict(items)
        for value, text in fixed.items():
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(any_text or tip)
        combo.setCurrentIndex(max(combo.findData(default), 0) if default is not None else 0)
        combo.currentIndexChanged.connect(self._now)
        if from_data:
            self._choice_combos[key] = (combo, codes)
        else:
            self._counted[key] = (combo, fixed)

        def get() -> Any:
            if from_data and not self._choices_loaded:
                return self._pending.get(key)
            return combo.currentData()

        def put(value: Any) -> bool:
            if from_data and not self._choices_loaded:
                self._pending[key] = value
                return True
            index = combo.findData(value)
            if index < 0:
                clear()
                return False
            combo.setCurrentIndex(index)
            return True

        def clear() -> None:
            self._pending.pop(key, None)
            combo.setCurrentIndex(max(combo.findData(default), 0) if default is not None else 0)

        self.bind(key, FilterControl(get=get, put=put, clear=clear, default=default))
        return combo

    def chip(self, key: str, name: str, describe: Callable[[Any, str | None], str], *,
             tip: str, accepts: Callable[[Any], bool], from_data: bool = False
             ) -> FilterChip:
        """A filter without a control, shown as a chip while set (see `filter_chip`);
        `from_data`: its label comes with the choices, and a value they do not offer is
        dropped. Make chips first: they lead the row."""
        chip = FilterChip(name, describe, tip=tip, accepts=accepts, parent=self)
        chip.cleared.connect(self._now)
        self._chips[key] = (chip, from_data)
        self._flow.addWidget(chip)
        self.bind(key, FilterControl(get=chip.value, put=chip.set_value, clear=chip.clear))
        return chip

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

    def unbind(self, key: str) -> None:
        """Drop a control's filter (a subclass hides what does not apply)."""
        self._controls.pop(key, None)
        self._counted.pop(key, None)

    # ------------------------------------------------------------ state

    def filters(self) -> dict[str, Any]:
        """The named filters the bar sets now (unset ones left out)."""
        values = {key: control.get() for key, control in self._controls.items()}
        return {key: value for key, value in values.items() if value is not None}

    def defaults(self) -> dict[str, Any]:
        """The filters the bar starts with (and a reset returns to)."""
        return {key: control.default for key, control in self._controls.items()
                if control.default is not None}

    def is_active(self) -> bool:
        """Anything chosen beyond the defaults."""
        return self.filters() != self.defaults()

    def request_sort(self, key: str, descending: bool) -> None:
        """Ask the list to sort by column `key` with the next change (see `take_sort_request`)."""
        self._sort_request = (key, descending)

    def take_sort_request(self) -> tuple[str, bool] | None:
        """The order a control asked for since the last call (once), or None."""
        request, self._sort_request = self._sort_request, None
        return request

    def reset(self) -> None:
        """Every filter back to its start ("any", or its default); reports one change."""
        with self._silenced():
            for control in self._controls.values():
                control.clear()
            self.reset_defaults()
        self._now()

    def apply_values(self, values: dict[str, Any]) -> None:
        """Start from the defaults and set these filters (a click in the Übersicht asking
        for a filtered list); one change is reported. Values that do not fit are left."""
        with self._silenced():
            for control in self._controls.values():
                control.clear()
            self.reset_defaults()
            for key, value in values.items():
                control = self._controls.get(key)
                if control is not None and not control.put(value):
                    control.clear()
        self._now()

    def reset_defaults(self) -> None:
        """Further values a reset restores (the age date); for subclasses."""

    def set_choices(self, choices: dict[str, list[FilterChoice]]) -> None:
        """Fill the choices that depend on the data, keeping (or applying a restored)
        selection; a selection no longer offered is dropped and reported as a change.
        Counts of fixed entries and check boxes join their texts."""
        self._show_counts(choices)
        lost = False
        with self._silenced():
            for key, (combo, codes) in self._choice_combos.items():
                wanted = (self._pending.pop(key, None) if not self._choices_loaded
                          else combo.currentData())
                while combo.count() > 1:
                    combo.removeItem(1)
                for choice in choices.get(key, []):
                    text = choice.label or labels.code_label(codes or "", str(choice.value))
                    combo.addItem(with_count(text, choice.count), choice.value)
                index = combo.findData(wanted) if wanted is not None else 0
                combo.setCurrentIndex(max(index, 0))
                lost = lost or index < 0
            for key, (chip, from_data) in self._chips.items():
                if from_data and key in self._controls:
                    names = {c.value: str(c.label or c.value) for c in choices.get(key, [])}
                    chip.set_labels(names)
                    if chip.value() is not None and chip.value() not in names:
                        chip.clear()  # not (or no longer) among the actor's rows
                        lost = True
            self._choices_loaded = True
        if lost:
            self._now()

    def _show_counts(self, choices: dict[str, list[FilterChoice]]) -> None:
        for key, (widget, texts) in self._counted.items():
            counts = {c.value: c.count for c in choices.get(key, []) if c.count is not None}
            for value, text in texts.items():
                if value not in counts:
                    continue
                if isinstance(widget, QComboBox):
                    widget.setItemText(widget.findData(value), with_count(text, counts[value]))
                else:
                    widget.setText(with_count(text, counts[value]))

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue(f"lists/{self.list_name}/filters", json.dumps(self.stored_state()))

    def stored_state(self) -> dict[str, Any]:
        """What is remembered between sessions: not the chips (subclasses also leave out
        day-bound values)."""
        return {key: value for key, value in self.filters().items() if key not in self._chips}

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
                if key in self._chips:
                    continue
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
        if self.reset_button is not None:
            self.reset_button.setEnabled(self.is_active())


def with_count(text: str, count: int | None) -> str:
    """"Haus am Bach (12)"; the text alone where nothing was counted."""
    return text if count is None else f"{text} ({format_number(count)})"


def _put_checked(box: QAbstractButton, value: Any) -> bool:
    box.setChecked(value is True)
    return value is True


def _put_number(box: QSpinBox, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= box.maximum():
        return False
    box.setValue(value)
    return True
