"""The identity documents of the person form: a small table, one row per document (Art,
Nummer, Ausstellungsstaat, gültig bis) with its own "Entfernen" button, and "Dokument
hinzufügen" below. Object names carry the row: `documentType0`, `documentNumber0`,
`documentCountry0`, `documentValidUntil0`, `documentRemove0`; the add button is
`documentAdd`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.models.enums import DocumentType
from soest_desk.services import validation
from soest_desk.services.errors import DomainError
from soest_desk.services.people import DocumentInput
from soest_desk.ui.forms.fields import (
    code_combo,
    country_combo,
    country_label,
    date_text,
    document_type_labels,
    set_code,
)

VISIBLE_ROWS = 3
COLUMNS = ("Type", "Number", "Country", "ValidUntil", "Remove")
COLUMN_WIDTHS = {0: 150, 2: 150, 3: 96, 4: 86}  # the number takes the rest


class DocumentsEditor(QWidget):
    rowsChanged = Signal()  # a row was added or removed: the dialog renews the tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDocuments")
        self.table = QTableWidget(0, len(COLUMNS), self, objectName="documentTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Art"), self.tr("Nummer"), self.tr("Ausstellungsstaat"),
            self.tr("gültig bis"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its cells' widgets take focus
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the number
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        row_height = self.fontMetrics().height() + 16
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(header.sizeHint().height() + row_height * VISIBLE_ROWS + 4)
        self.add_button = QPushButton(self.tr("Dokument hinzufügen"), self,
                                      objectName="documentAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    # ------------------------------------------------------------ rows

    def add_row(self, document: DocumentInput | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = code_combo(self, "", document_type_labels())
        set_code(kind, document.doc_type if document else DocumentType.PASSPORT.value)
        number = QLineEdit(document.number if document else "", self)
        number.setPlaceholderText(self.tr("z. B. FX123456"))
        country = country_combo(self, "")
        country.lineEdit().setPlaceholderText(self.tr("Land"))
        country.setCurrentText(country_label(document.issuing_country) if document else "")
        valid = QLineEdit(date_text(document.valid_until) if document else "", self)
        valid.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        remove = QPushButton(self.tr("Entfernen"), self)
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self._remove(remove))
        for column, widget in enumerate((kind, number, country, valid, remove)):
            self.table.setCellWidget(row, column, widget)
        self._rename()
        self.rowsChanged.emit()
        return row

    def _add_and_focus(self) -> None:
        row = self.add_row()
        self.table.cellWidget(row, 1).setFocus()

    def _remove(self, button: QPushButton) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, len(COLUMNS) - 1) is button:
                self.table.removeRow(row)
                break
        self._rename()
        self.rowsChanged.emit()
        self.add_button.setFocus()

    def _rename(self) -> None:
        for row in range(self.table.rowCount()):
            for column, suffix in enumerate(COLUMNS):
                self.table.cellWidget(row, column).setObjectName(f"document{suffix}{row}")

    def set_documents(self, documents: list[DocumentInput]) -> None:
        self.table.setRowCount(0)
        for document in documents:
            self.add_row(document)
        self.rowsChanged.emit()

    def focus_widgets(self) -> list[QWidget]:
        cells = [self.table.cellWidget(row, column) for row in range(self.table.rowCount())
                 for column in range(len(COLUMNS))]
        return [*cells, self.add_button]

    # ------------------------------------------------------------ values

    def documents(self) -> list[DocumentInput]:
        """The rows as the service takes them; a row left wholly empty is ignored. A value
        that cannot be read is refused naming the field and the document's row."""
        found = []
        rows = self.table.rowCount()
        for row in range(rows):
            kind: QComboBox = self.table.cellWidget(row, 0)
            number: QLineEdit = self.table.cellWidget(row, 1)
            country: QComboBox = self.table.cellWidget(row, 2)
            valid: QLineEdit = self.table.cellWidget(row, 3)
            if not (number.text().strip() or country.currentText().strip()
                    or valid.text().strip()):
                continue
            where = f" (Dokument {row + 1})" if rows > 1 else ""
            try:
                code = validation.parse_nationality(country.currentText(), "Ausstellungsstaat")
                until: date | None = validation.parse_date(valid.text(), "Gültig bis")
            except DomainError as exc:
                raise DomainError(exc.message + where, field=exc.field) from exc
            found.append(DocumentInput(kind.currentData(), number.text(), code or "", until))
        return found
