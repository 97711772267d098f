"""Small pieces the record forms share: German labels of the codes they offer, input widgets
with their object names, and reading typed text into the values the services take.

Parsing goes through `services.validation`, so a bad value is refused with the same German
message (naming the field) the import gives; the dialog shows it under that field."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from soest_desk.models.enums import (
    DocumentType,
    FacilityKind,
    HouseholdRole,
    OccupancyType,
    OfferStatus,
    Sex,
)
from soest_desk.services import nationalities, validation
from soest_desk.ui.labels import code_label, translate

DATE_HINT_WIDTH = 14  # characters: "31.12.2024" and room to spare


# ---------------------------------------------------------------- code labels

def sex_labels() -> dict[str, str]:
    return {Sex.FEMALE.value: translate("Forms", "weiblich"),
            Sex.MALE.value: translate("Forms", "männlich"),
            Sex.DIVERSE.value: translate("Forms", "divers"),
            Sex.UNKNOWN.value: translate("Forms", "unbekannt")}


def document_type_labels() -> dict[str, str]:
    return {DocumentType.PASSPORT.value: translate("Forms", "Reisepass"),
            DocumentType.ID_CARD.value: translate("Forms", "Personalausweis"),
            DocumentType.RESIDENCE_PERMIT.value: translate("Forms", "Aufenthaltstitel"),
            DocumentType.ARRIVAL_CERTIFICATE.value: translate("Forms", "Ankunftsnachweis"),
            DocumentType.TOLERATION.value: translate("Forms", "Duldung"),
            DocumentType.OTHER.value: translate("Forms", "Sonstiges Dokument")}


def household_role_labels() -> dict[str, str]:
    return {HouseholdRole.HEAD.value: translate("Forms", "Haushaltsvorstand"),
            HouseholdRole.PARTNER.value: translate("Forms", "Partner*in"),
            HouseholdRole.CHILD.value: translate("Forms", "Kind"),
            HouseholdRole.RELATIVE.value: translate("Forms", "Angehörige*r"),
            HouseholdRole.OTHER.value: translate("Forms", "Sonstige*r")}


def offer_status_labels() -> dict[str, str]:
    return {OfferStatus.OFFERED.value: translate("Forms", "Angeboten"),
            OfferStatus.RESERVED.value: translate("Forms", "Reserviert"),
            OfferStatus.ACCEPTED.value: translate("Forms", "Angenommen"),
            OfferStatus.WITHDRAWN.value: translate("Forms", "Zurückgezogen")}


def facility_kind_labels() -> dict[str, str]:
    """The kinds of the facility form; a private offer has a form of its own."""
    return {kind.value: code_label("facility_kind", kind.value) for kind in FacilityKind
            if kind is not FacilityKind.PRIVATE_OFFER}


def occupancy_type_labels() -> dict[str, str]:
    return {kind.value: code_label("occupancy_type", kind.value) for kind in OccupancyType}


def country_label(code: str | None) -> str:
    if not code:
        return ""
    shown = code_label("nationality", code)
    return nationalities.label(code) if shown == code else shown


def _sort_key(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def country_names() -> list[str]:
    """The German names the country boxes offer (any other country is typed or its code)."""
    return sorted({country_label(code) for code in nationalities.NAMES}, key=_sort_key)


# ---------------------------------------------------------------- widgets

def line_edit(parent: QWidget, name: str, placeholder: str = "", *,
              max_length: int | None = None) -> QLineEdit:
    edit = QLineEdit(parent, objectName=name)
    edit.setPlaceholderText(placeholder)
    if max_length is not None:
        edit.setMaxLength(max_length)
    return edit


def short_edit(parent: QWidget, name: str, placeholder: str = "",
               chars: int = DATE_HINT_WIDTH) -> QLineEdit:
    """A line edit about `chars` characters wide (dates, amounts, postcodes)."""
    edit = line_edit(parent, name, placeholder)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * chars + 24)
    return edit


def code_combo(parent: QWidget, name: str, labels: Mapping[str, str]) -> QComboBox:
    combo = QComboBox(parent, objectName=name)
    for code, text in labels.items():
        combo.addItem(text, code)
    return combo


def set_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def country_combo(parent: QWidget, name: str) -> QComboBox:
    """An editable box: pick a German country name or type a name or a three-letter code."""
    combo = QComboBox(parent, objectName=name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(country_names())
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText(
        translate("Forms", "Land oder Code, z. B. Ukraine oder UKR"))
    return combo


def check_box(parent: QWidget, name: str, text: str) -> QCheckBox:
    return QCheckBox(text, parent, objectName=name)


def in_a_row(parent: QWidget, *widgets: QWidget, stretch: bool = True) -> QWidget:
    """Several widgets side by side as one form row (the ticked properties); focusing the
    row (a message about it) focuses the first. Without `stretch` the last one grows."""
    row = QWidget(parent, objectName=f"{widgets[0].objectName()}Row")
    row.setFocusProxy(widgets[0])
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(16)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return row


# ---------------------------------------------------------------- typed text <-> values

def text_of(edit: QLineEdit) -> str:
    return edit.text().strip()


def optional(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


def country_code(combo: QComboBox, label: str) -> str | None:
    return validation.parse_nationality(combo.currentText(), label)


def decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f").replace(".", ",")  # 12.50 -> "12,5", 20.00 -> "20"


def date_text(day: date | None) -> str:
    return validation.german_date(day) if day is not None else ""


def whole_number(edit: QLineEdit, label: str) -> int | None:
    return validation.parse_int(edit.text(), label)
