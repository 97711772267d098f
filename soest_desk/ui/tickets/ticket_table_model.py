"""The tickets list as a table model: the lazy list plus markers for what must stand out.

Overdue rows keep the list's red (text and ground, see `LazyTableModel`); an open safety
hazard that is not overdue gets a faint amber ground. Both get a marker in the number
column (a red clock, an amber warning triangle) and a tooltip that says why, so nobody has
to tell the colours apart.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from soest_desk.services.listing import ListRow
from soest_desk.ui.formatting import format_datetime
from soest_desk.ui.labels import translate
from soest_desk.ui.table_models.lazy_table_model import LazyTableModel
from soest_desk.ui.tickets import markers

_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FINAL_STATES = frozenset({"closed", "cancelled"})



class TicketTableModel(LazyTableModel):
    def _value(self, row: ListRow, key: str) -> Any:
        keys = [c.key for c in self.columns()]
        return row.values[keys.index(key)] if key in keys else None

    def open_hazard(self, row: ListRow) -> bool:
        return bool(row.extra.get("is_safety_hazard")) and (
            self._value(row, "state") not in FINAL_STATES)

    def is_overdue(self, row: ListRow) -> bool:
        return bool(self._value(row, "overdue"))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        role = int(role)
        row = self.row(index.row())
        first = index.column() == 0
        if role == _DECORATION and first:
            if self.open_hazard(row):
                return markers.hazard_icon()
            if self.is_overdue(row):
                return markers.overdue_icon()
            return None
        if role == _BACKGROUND and self.open_hazard(row) and not self.is_overdue(row):
            return markers.HAZARD_GROUND
        if role == _TOOLTIP and first and (self.open_hazard(row) or self.is_overdue(row)):
            return self.marker_text(row)
        return super().data(index, role)

    def marker_text(self, row: ListRow) -> str:
        """Why a row stands out, in words (the tooltip of its marker)."""
        lines = []
        if self.open_hazard(row):
            secured = row.extra.get("secured_at")
            if secured:
                lines.append(translate(
                    "TicketTableModel", "Gefahrenstelle (Verkehrssicherheit) – gesichert am %1",
                ).replace("%1", format_datetime(secured)))
            else:
                lines.append(translate(
                    "TicketTableModel",
                    "Gefahrenstelle (Verkehrssicherheit) – noch nicht gesichert"))
        if self.is_overdue(row):
            due = self._value(row, "due_at")
            if due is not None and due < datetime.now(UTC):
                lines.append(translate("TicketTableModel", "Überfällig – fällig war %1").replace(
                    "%1", format_datetime(due)))
            else:
                lines.append(translate(
                    "TicketTableModel", "Überfällig – die Gefahrenstelle ist nicht rechtzeitig als "
                    "gesichert gemeldet."))
        return "\n".join(lines)
