"""The lower sections of the detail pane: costs with their total, time per state and per
role, and the history. Object names: `ticketCosts`, `ticketCostTotal`, `ticketTimes`,
`ticketTimeline`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from soest_desk.services.ticket_views import TicketDetail
from soest_desk.ui.formatting import format_date, format_number
from soest_desk.ui.labels import code_label, translate
from soest_desk.ui.tickets import detail_format as fmt


def text_label(text: str, parent: QWidget, name: str = "", *, rich: bool = False) -> QLabel:
    """A wrapped, selectable label; plain text unless `rich` (then escape what you put in)."""
    label = QLabel(parent, objectName=name) if name else QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def costs_widget(detail: TicketDetail, parent: QWidget) -> QWidget:
    """One line per cost entry (day, kind, description, amount) and the total."""
    box = QWidget(parent, objectName="ticketCosts")
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(16)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for row, cost in enumerate(detail.costs):
        what = code_label("cost_kind", cost.kind)
        if cost.hours is not None and cost.hourly_rate_eur is not None:
            what += translate("DetailView", " (%1 Std. × %2)").replace(
                "%1", format_number(cost.hours)).replace(
                "%2", fmt.format_euro(cost.hourly_rate_eur))
        grid.addWidget(text_label(format_date(cost.booked_on), box), row, 0)
        grid.addWidget(text_label(what, box), row, 1)
        grid.addWidget(text_label(cost.description or "", box), row, 2)
        grid.addWidget(text_label(fmt.format_euro(cost.amount_eur), box), row, 3, right)
    total = text_label(translate("DetailView", "Summe: %1").replace(
        "%1", fmt.format_euro(detail.total_cost)), box, "ticketCostTotal")
    font = total.font()
    font.setBold(True)
    total.setFont(font)
    grid.addWidget(total, len(detail.costs), 0, 1, 4, right)
    grid.setColumnStretch(2, 1)
    return box


def times_widget(detail: TicketDetail, parent: QWidget) -> QWidget:
    """How long the ticket spent in each state, then whose move it was how long; one line
    each, in two narrow columns (the pane may be narrow)."""
    box = QWidget(parent, objectName="ticketTimes")
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(2)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    lines = [(code_label("ticket_state", state), spent)
             for state, spent in detail.time_in_state.items()]
    owners = [(translate("DetailView", "am Zug: %1").replace("%1", code_label("role", role)), spent)
              for role, spent in detail.time_by_owner.items()]
    row = 0
    for block in (lines, owners):
        for what, spent in block:
            for column, text in ((0, what), (1, fmt.format_duration(spent))):
                label = text_label(text, box)
                label.setWordWrap(False)  # short; a wrapped line would read as two
                grid.addWidget(label, row, column, right if column else Qt.AlignmentFlag(0))
            row += 1
        grid.setRowMinimumHeight(row, 6)  # a little air between the two blocks
        row += 1
    grid.setColumnStretch(2, 1)
    return box


def time_lines(widget: QWidget) -> list[str]:
    """The lines of a `times_widget` as text, "In Arbeit 2 Std. 3 Min." (for tests)."""
    grid = widget.layout()
    lines = []
    for row in range(grid.rowCount()):
        what, spent = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
        if what is not None and spent is not None:
            lines.append(f"{what.widget().text()} {spent.widget().text()}")
    return lines


def timeline_widget(detail: TicketDetail, parent: QWidget) -> QWidget:
    """The history, newest first, one line per event as the service words it."""
    box = QWidget(parent, objectName="ticketTimeline")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for entry in reversed(detail.timeline):
        column.addWidget(text_label(entry.text, box))
    return box
