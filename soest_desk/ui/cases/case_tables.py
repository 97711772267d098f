"""The tables of the case pane, filled from a `CaseDetail`: the readiness checklist, the
follow-ups and the household's members. Each row keeps what it shows in `Qt.UserRole` of its
first cell (the item's key, the follow-up's id, the person's id)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from soest_desk.models.enums import ReadinessState
from soest_desk.services.follow_ups import FollowUpRecord
from soest_desk.services.person_views import MemberRow
from soest_desk.services.readiness import ItemState
from soest_desk.ui.cases import texts
from soest_desk.ui.formatting import format_date
from soest_desk.ui.forms.fields import household_role_labels
from soest_desk.ui.labels import translate
from soest_desk.ui.places.widgets import make_table
from soest_desk.ui.tickets import markers

KEY_ROLE = Qt.ItemDataRole.UserRole
LONG_WORD = 18
JOINTS = ("heits", "keits", "ungs", "schafts", "tions", "nahme")
MET_COLOUR = "#1d6b2f"
(C_ITEM, C_STATE, C_DATE, C_EXPIRES, C_COUNT, C_EVIDENCE) = range(6)



def soft_hyphens(text: str) -> str:
    """Offer line breaks inside long German compounds ("Mietschuldenfreiheits-
    bescheinigung") so a narrow column wraps them instead of cutting them off."""
    words = []
    for word in text.split(" "):
        if len(word) > LONG_WORD:
            for joint in JOINTS:
                word = re.sub(f"(?<=.{{4}}{joint})(?=.{{4}})", "\u00ad", word)
        words.append(word)
    return " ".join(words)


def _cell(text: str, *, colour: str | None = None, italic: bool = False,
          tip: str = "", icon: QIcon | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if icon is not None:  # a shape too, not colour alone
        item.setIcon(icon)
    if colour:
        item.setForeground(QBrush(QColor(colour)))
    if italic:
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
    if tip:
        item.setToolTip(tip)
    return item


def _put(table: QTableWidget, row: int, cells: list[QTableWidgetItem], key: object) -> None:
    cells[0].setData(KEY_ROLE, key)
    for column, cell in enumerate(cells):
        table.setItem(row, column, cell)


def checklist_table(parent: QWidget, name: str = "caseChecklist") -> QTableWidget:
    table = make_table(parent, name, [
        translate("Cases", "Punkt"), translate("Cases", "Stand"), translate("Cases", "Datum"),
        translate("Cases", "Gültig bis"), translate("Cases", "Anzahl"),
        translate("Cases", "Nachweis")])
    header = table.horizontalHeader()
    header.setSectionResizeMode(C_ITEM, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(C_EVIDENCE, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_checklist(table: QTableWidget, items: list[ItemState], today: date) -> None:
    """One row per checklist item. An expired item says "abgelaufen" in red (it no longer
    counts); items that are not required say so. The evidence (None where the reader may
    not see it) is in its column and the row's tooltip; the pane decides whether the column
    has room."""
    states = texts.item_states()
    current = table.currentRow()
    table.setRowCount(len(items))
    for row, state in enumerate(items):
        item = state.item
        label = item.label if item.required else translate(
            "Cases", "%1 (kein Pflichtpunkt)").replace("%1", item.label)
        met = state.state == ReadinessState.MET.value
        expired = state.expired(today)
        expires = ""
        if state.expires_on is not None:
            expires = format_date(state.expires_on)
            if expired:
                expires = translate("Cases", "%1\nabgelaufen").replace("%1", expires)
        count = "" if not item.counts or state.count_value is None else str(state.count_value)
        evidence = state.evidence or ""
        tip = translate("Cases", "Nachweis: %1").replace("%1", evidence) if evidence else ""
        cells = [
            _cell(soft_hyphens(label), tip="\n".join(t for t in (item.label, tip) if t)),
            _cell(states.get(state.state, state.state),
                  colour=MET_COLOUR if met and not expired else None),
            _cell(format_date(state.state_date) if state.state_date else ""),
            _cell(expires, colour=texts.RED if expired else None,
                  tip=translate("Cases", "Abgelaufen: zählt nicht mehr als erfüllt.")
                  if expired else ""),
            _cell(count, tip=f"{count} {item.counts}" if count else ""),
            _cell(evidence, tip=evidence),
        ]
        cells[C_COUNT].setTextAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)
        _put(table, row, cells, item.key)
    table.setColumnHidden(C_COUNT, not any(s.item.counts for s in items))
    table.setColumnHidden(C_EXPIRES, not any(s.item.expires for s in items))
    if 0 <= current < len(items):
        table.selectRow(current)


def follow_up_table(parent: QWidget) -> QTableWidget:
    table = make_table(parent, "caseFollowUps",
                       [translate("Cases", "Fällig am"), translate("Cases", "Betreff"),
                        translate("Cases", "Erledigt am")])
    header = table.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return table


def fill_follow_ups(table: QTableWidget, records: list[FollowUpRecord], today: date) -> None:
    """Open ones first by due date; overdue ones in red and saying so, done ones grey.
    A subject the reader may not see says whose it is."""
    current = table.currentRow()
    table.setRowCount(len(records))
    for row, record in enumerate(records):
        overdue = record.overdue(today)
        colour = texts.RED if overdue else texts.GREY if record.done_on else None
        due = format_date(record.due_on)
        if overdue:
            due = translate("Cases", "%1 – überfällig").replace("%1", due)
        subject = record.subject if record.subject is not None else texts.social_only()
        cells = [
            _cell(due, colour=colour, icon=markers.overdue_icon() if overdue else None),
            _cell(subject, colour=colour, italic=record.subject is None, tip=subject),
            _cell(format_date(record.done_on) if record.done_on else "", colour=colour),
        ]
        _put(table, row, cells, record.id)
    if 0 <= current < len(records):
        table.selectRow(current)


def members_table(parent: QWidget) -> QTableWidget:
    return make_table(parent, "caseMembers",
                      [translate("Cases", "Name"), translate("Cases", "Alter"),
                       translate("Cases", "Rolle"), translate("Cases", "Wohnt in")])


def fill_members(table: QTableWidget, members: list[MemberRow]) -> None:
    table.setRowCount(len(members))
    roles = household_role_labels()
    for row, member in enumerate(members):
        cells = [
            _cell(member.name),
            _cell("" if member.age is None else str(member.age)),
            _cell(roles.get(member.role or "", "")),
            _cell(member.place or translate("Cases", "ohne Platz"),
                  italic=member.place is None),
        ]
        _put(table, row, cells, member.person_id)


def selected_key(table: QTableWidget) -> object | None:
    row = table.currentRow()
    cell = table.item(row, 0) if row >= 0 else None
    if cell is None or not table.selectionModel().isRowSelected(row, table.rootIndex()):
        return None
    return cell.data(KEY_ROLE)
