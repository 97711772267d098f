"""A filter that comes from elsewhere – a click on a figure of the Übersicht – and has no
control of its own in the bar: while it is set it shows as a chip, "Unterkunft: Haus am
Bach ×", so the user sees what narrows the list; a click on the chip lifts it (`cleared`).

`describe(value, label)` words the chip; `label` is the name the list's choices give the
value (`set_labels`), None until they have arrived. `accepts(value)` checks a value before
it is shown (a stored or sent value that does not fit is refused).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

CHIP_STYLE = """
QToolButton { padding: 3px 10px; border: 1px solid #9fb3c8; border-radius: 11px;
              background: #e6eef7; color: #2b3645; }
QToolButton:hover { background: #d7e3f1; border-color: #7d93ad; }
"""


def chip_month(value: Any) -> date | None:
    """The first day of the month "YYYY-MM" (a month chip's value), None for anything else."""
    try:
        year, month = (int(part) for part in str(value).split("-"))
        return date(year, month, 1)
    except ValueError:
        return None


class FilterChip(QToolButton):
    cleared = Signal()

    def __init__(self, name: str, describe: Callable[[Any, str | None], str], *,
                 tip: str, accepts: Callable[[Any], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(CHIP_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self._describe = describe
        self._accepts = accepts
        self._value: Any = None
        self._labels: dict[Any, str] = {}
        self.clicked.connect(self._lift)
        self.hide()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> bool:
        """Show `value` (None lifts the filter); False if it does not fit."""
        if value is not None and not self._accepts(value):
            return False
        self._value = value
        self._show()
        return True

    def clear(self) -> None:
        self.set_value(None)

    def set_labels(self, labels: dict[Any, str]) -> None:
        """The names of the values (from the list's choices)."""
        self._labels = dict(labels)
        self._show()

    def description(self) -> str:
        """What the chip says without its "×" ("" while no value is set)."""
        if self._value is None:
            return ""
        return self._describe(self._value, self._labels.get(self._value))

    def _show(self) -> None:
        text = self.description()
        self.setText(f"{text}  ×" if text else "")
        self.setAccessibleName(self.tr("Filter: %1 – aufheben").replace("%1", text))
        self.setVisible(self._value is not None)

    def _lift(self) -> None:
        self.clear()
        self.cleared.emit()
