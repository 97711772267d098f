"""The Protokoll's detail pane: every change of the selected entry, old → new, in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from soest_desk.services.audit_view import AuditRow
from soest_desk.ui.audit.audit_table_model import moment_text
from soest_desk.ui.places.widgets import make_table

NONE = "–"
COL_FIELD, COL_OLD, COL_NEW = range(3)


class AuditDetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDetail")
        self.title = QLabel(self, objectName="auditDetailTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self, objectName="auditDetailNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.table = make_table(self, "auditDetailTable",
                                [self.tr("Feld"), self.tr("vorher"), self.tr("nachher")])
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NEW, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._row: AuditRow | None = None
        self.show_row(None)

    def shown_row(self) -> AuditRow | None:
        return self._row

    def show_row(self, row: AuditRow | None) -> None:
        self._row = row
        self.table.setRowCount(0)
        if row is None:
            self.title.setText(self.tr("Kein Eintrag gewählt."))
            self.note.setText(self.tr("Wählen Sie links einen Eintrag, um alle Änderungen "
                                      "zu sehen."))
            self.note.setVisible(True)
            return
        what = row.area if row.row_id is None else f"{row.area} Nr. {row.row_id}"
        self.title.setText(self.tr("<b>%1</b> – %2 am %3 von %4")
                           .replace("%1", _escaped(what)).replace("%2", row.action_label)
                           .replace("%3", moment_text(row))
                           .replace("%4", _escaped(row.actor_login)))
        self.note.setText(self._note(row))
        self.note.setVisible(bool(self.note.text()))
        self.table.setRowCount(len(row.changes))
        for index, change in enumerate(row.changes):
            for column, text in ((COL_FIELD, change.label), (COL_OLD, change.old or NONE),
                                 (COL_NEW, change.new or NONE)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def _note(self, row: AuditRow) -> str:
        if row.action == "read":
            return self.tr("Gelesen: Der Inhalt wird nicht protokolliert, nur wer ihn wann "
                           "gelesen hat.")
        if not row.changes:
            return self.tr("Keine Feldänderungen protokolliert.")
        if row.action == "insert":
            return self.tr("Neu angelegt mit diesen Werten.")
        if row.action == "delete":
            return self.tr("Gelöscht; die Werte vor dem Löschen.")
        return ""

    def values(self) -> list[tuple[str, str, str]]:
        """(field, old, new) as shown, for tests and user scripts."""
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
