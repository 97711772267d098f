"""Cost positions in a dialog: Material, Arbeitszeit (Stunden × Satz) or Rechnung Fremdfirma.

One row per position; a row left empty is ignored. The amounts stay text (German "1.234,50"
or "1234.50"): the service checks and converts them, and its message is what the user sees.
The running total below is only a preview. Object names: `costKind_<n>`,
`costDescription_<n>`, `costAmount_<n>`, `costHours_<n>`, `costRate_<n>`, `costRemove_<n>`,
`costAdd`, `costTotal`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.models.enums import CostKind
from soest_desk.services.errors import DomainError
from soest_desk.services.ticket_costs import CostInput, normalised_amount
from soest_desk.ui.labels import code_label
from soest_desk.ui.tickets.detail_format import format_euro

# the service's field names of a cost row: its messages are shown under the rows
COST_FIELDS = ("Kosten", "Kostenart", "Betrag", "Stunden", "Stundensatz", "Gebucht am")


def parse_amount(text: str) -> Decimal | None:
    """A preview of what the service will read ("1.234,50", "1.500", "1234.50"): the
    service's own reading, so the preview total never differs from what is booked."""
    try:
        number = Decimal(normalised_amount(text, "Betrag"))
    except (DomainError, InvalidOperation):
        return None
    return number if number.is_finite() and number > 0 else None


@dataclass
class _Row:
    kind: QComboBox
    description: QLineEdit
    amount: QLineEdit
    hours: QLineEdit
    rate: QLineEdit
    remove: QToolButton
    removed: bool = False

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.kind, self.description, self.amount, self.hours, self.rate, self.remove)

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in (self.description, self.amount, self.hours,
                                                    self.rate))

    def labour(self) -> bool:
        return self.kind.currentData() == CostKind.LABOUR.value


class CostRowsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None, *, rows: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("costRows")
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        for column, title in enumerate((self.tr("Art"), self.tr("Beschreibung"),
                                        self.tr("Betrag €"), self.tr("Stunden"),
                                        self.tr("Satz €/Std."))):
            header = QLabel(title, self)
            header.setStyleSheet("color: palette(placeholder-text);")
            self._grid.addWidget(header, 0, column)
        self._grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(self.tr("+ Weitere Position"), self, objectName="costAdd")
        self.add_button.clicked.connect(self.add_row)
        self.total = QLabel(self, objectName="costTotal")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button)
        layout.addWidget(self.total)
        for _ in range(rows):
            self.add_row()
        self._update()

    def add_row(self) -> None:
        n = len(self._rows)
        kind = QComboBox(self, objectName=f"costKind_{n}")
        for cost_kind in CostKind:
            kind.addItem(code_label("cost_kind", cost_kind.value), cost_kind.value)
        row = _Row(kind, self._edit(f"costDescription_{n}", self.tr("z. B. Dichtung, Ventil")),
                   self._edit(f"costAmount_{n}", "0,00"), self._edit(f"costHours_{n}", "0,0"),
                   self._edit(f"costRate_{n}", "0,00"),
                   QToolButton(self, objectName=f"costRemove_{n}"))
        row.remove.setText("✕")
        row.remove.setToolTip(self.tr("Diese Position entfernen"))
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        kind.currentIndexChanged.connect(self._update)
        for column, widget in enumerate(row.widgets()):
            self._grid.addWidget(widget, n + 1, column)
        self._chain_tab_order(row)
        self._rows.append(row)
        self._update()

    def _chain_tab_order(self, row: _Row) -> None:
        """Tab goes through the rows in reading order and reaches "+ Weitere Position" after
        the last row (the button is made before the rows, so Qt's order would put it first)."""
        chain = [*(self._rows[-1].widgets()[-1:] if self._rows else ()), *row.widgets(),
                 self.add_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self, objectName=name)
        edit.setPlaceholderText(placeholder)
        if not name.startswith("costDescription"):
            edit.setMaximumWidth(90)
        edit.textChanged.connect(self._update)
        return edit

    def _remove(self, row: _Row) -> None:
        row.removed = True
        for widget in row.widgets():
            widget.hide()
        self._update()

    def _update(self, *_args: object) -> None:
        total = Decimal("0")
        for row in self.rows():
            labour = row.labour()
            row.amount.setEnabled(not labour)
            row.hours.setEnabled(labour)
            row.rate.setEnabled(labour)
            if labour:
                hours, rate = parse_amount(row.hours.text()), parse_amount(row.rate.text())
                amount = hours * rate if hours is not None and rate is not None else None
            else:
                amount = parse_amount(row.amount.text())
            total += amount or 0
        self.total.setText(self.tr("Summe: %1").replace("%1", format_euro(total)))

    # ------------------------------------------------------------ public

    def tab_inputs(self) -> list[QWidget]:
        """The inputs in reading order: row by row, then "+ Weitere Position" (for the
        dialog's tab order; hidden ones of removed rows are left out)."""
        return [*(w for row in self.rows() for w in row.widgets()), self.add_button]

    def rows(self) -> list[_Row]:
        return [row for row in self._rows if not row.removed]

    def costs(self) -> list[CostInput]:
        """The positions filled in (blank rows are left out), as the service takes them."""
        result = []
        for row in self.rows():
            if row.is_blank():
                continue
            description = row.description.text().strip() or None
            if row.labour():
                result.append(CostInput(row.kind.currentData(), hours=row.hours.text(),
                                        hourly_rate_eur=row.rate.text(),
                                        description=description))
            else:
                result.append(CostInput(row.kind.currentData(), amount_eur=row.amount.text(),
                                        description=description))
        return result
