"""German words for the data-protection duties: headings per table, labels per column, and
values as a person reads them (dates German, codes as words, yes/no).

A column without a label here is still shown, under its technical name (a test asks for a
label for every tagged column, so a new one gets a proper word soon). No Qt.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from soest_desk.models.enums import MoveOutReason, ReadinessState
from soest_desk.services.case_notes import KIND_LABELS
from soest_desk.services.cases import OUTCOME_LABELS, STATUS_LABELS
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.code_labels import DOCUMENT_TYPE_LABELS, HOUSEHOLD_ROLE_LABELS, SEX_LABELS

TABLE_HEADINGS: dict[str, str] = {
    "persons": "Angaben zur Person",
    "households": "Haushalt",
    "identity_documents": "Ausweisdokumente",
    "person_languages": "Sprachen",
    "attachments": "Fotos, auf denen die Person zu sehen ist",
    "stays": "Belegungen (Unterbringung)",
    "cases": "Fälle der Sozialarbeit (Haushalt)",
    "case_notes": "Vermerke der Sozialarbeit",
    "follow_ups": "Wiedervorlagen",
    "readiness_items": "Checkliste Mietvertragsfähigkeit",
    "audit_log": "Änderungsprotokoll",
    "facilities": "Unterkünfte und Wohnungsangebote",
    "neighbourhood_reports": "Nachbarschaftsmeldungen",
}

ROW_NAMES: dict[str, str] = {
    "persons": "Person", "households": "Haushalt", "identity_documents": "Dokument",
    "person_languages": "Sprache", "attachments": "Foto", "stays": "Belegung",
    "cases": "Fall", "case_notes": "Vermerk", "follow_ups": "Wiedervorlage",
    "readiness_items": "Checklistenpunkt", "tickets": "Mängelmeldung",
    "over_allocations": "Überbelegung", "units": "Wohneinheit", "users": "Benutzer*in",
}

COLUMN_LABELS: dict[str, str] = {
    "persons.family_name": "Familienname",
    "persons.given_names": "Vornamen",
    "persons.name_transliteration": "Name in Umschrift",
    "persons.search_name": "Suchschlüssel des Namens",
    "persons.birth_date": "Geburtsdatum",
    "persons.birth_date_precision": "Genauigkeit des Geburtsdatums",
    "persons.sex": "Geschlecht",
    "persons.nationality": "Staatsangehörigkeit",
    "persons.phone": "Telefon",
    "persons.care_grade": "Pflegegrad",
    "persons.needs_barrier_free": "Braucht barrierefreien Wohnraum",
    "persons.has_pets": "Haustiere",
    "persons.smoker": "Raucher*in",
    "persons.household_id": "Haushalt",
    "persons.household_role": "Rolle im Haushalt",
    "persons.anonymised_at": "Anonymisiert am",
    "persons.active": "Aktiv",
    "households.label": "Bezeichnung",
    "households.search_label": "Suchschlüssel der Bezeichnung",
    "households.created_at": "Angelegt am",
    "households.active": "Aktiv",
    "identity_documents.person_id": "Person",
    "identity_documents.doc_type": "Art",
    "identity_documents.number": "Nummer",
    "identity_documents.issuing_country": "Ausstellender Staat",
    "identity_documents.valid_until": "Gültig bis",
    "person_languages.person_id": "Person",
    "person_languages.language": "Sprache",
    "person_languages.position": "Reihenfolge",
    "attachments.ticket_id": "Mängelmeldung",
    "attachments.file_name": "Dateiname",
    "attachments.content_type": "Dateiart",
    "attachments.size_bytes": "Größe (Bytes)",
    "attachments.sha256": "Prüfsumme (SHA-256)",
    "attachments.uploaded_by_id": "Hochgeladen von",
    "attachments.uploaded_at": "Hochgeladen am",
    "attachments.shows_person_id": "Zeigt Person",
    "stays.person_id": "Person",
    "stays.unit_id": "Wohneinheit",
    "stays.start_date": "Einzug",
    "stays.end_date": "Auszug",
    "stays.move_out_reason": "Auszugsgrund",
    "stays.note": "Bemerkung",
    "stays.over_allocation_id": "Überbelegung",
    "cases.household_id": "Haushalt",
    "cases.social_worker_id": "Sozialarbeiter*in",
    "cases.status": "Status",
    "cases.goals": "Ziele",
    "cases.opened_on": "Eröffnet am",
    "cases.closed_on": "Abgeschlossen am",
    "cases.outcome": "Ergebnis",
    "cases.housing_offer_id": "Wohnungsangebot",
    "case_notes.case_id": "Fall",
    "case_notes.author_id": "Verfasst von",
    "case_notes.note_date": "Datum",
    "case_notes.kind": "Art",
    "case_notes.duration_minutes": "Dauer (Minuten)",
    "case_notes.text": "Text",
    "case_notes.created_at": "Erfasst am",
    "follow_ups.case_id": "Fall",
    "follow_ups.due_on": "Fällig am",
    "follow_ups.subject": "Betreff",
    "follow_ups.done_on": "Erledigt am",
    "readiness_items.case_id": "Fall",
    "readiness_items.item_key": "Punkt",
    "readiness_items.state": "Stand",
    "readiness_items.state_date": "Stand vom",
    "readiness_items.expires_on": "Gültig bis",
    "readiness_items.count_value": "Anzahl",
    "readiness_items.evidence": "Nachweis",
}

MOVE_OUT_LABELS = {
    MoveOutReason.OWN_FLAT.value: "eigene Wohnung", MoveOutReason.REDISTRIBUTION.value:
    "Umverteilung", MoveOutReason.TRANSFER.value: "Verlegung",
    MoveOutReason.OTHER_MUNICIPALITY.value: "andere Kommune",
    MoveOutReason.RETURN.value: "Rückkehr ins Herkunftsland",
    MoveOutReason.DECEASED.value: "verstorben", MoveOutReason.UNKNOWN.value: "unbekannt",
}
READINESS_LABELS = {
    ReadinessState.OPEN.value: "offen", ReadinessState.IN_PROGRESS.value: "in Arbeit",
    ReadinessState.MET.value: "erfüllt", ReadinessState.NOT_APPLICABLE.value: "entfällt",
}
PRECISION_LABELS = {"day": "Tag", "month": "Monat", "year": "Jahr"}
VALUE_LABELS: dict[str, dict[str, str]] = {
    "persons.sex": SEX_LABELS,
    "persons.household_role": HOUSEHOLD_ROLE_LABELS,
    "persons.birth_date_precision": PRECISION_LABELS,
    "identity_documents.doc_type": DOCUMENT_TYPE_LABELS,
    "stays.move_out_reason": MOVE_OUT_LABELS,
    "cases.status": STATUS_LABELS,
    "cases.outcome": OUTCOME_LABELS,
    "case_notes.kind": KIND_LABELS,
    "readiness_items.state": READINESS_LABELS,
}

ACTION_WORDS: dict[str, str] = {  # what happens to the columns named before
    "anonymise_name": "anonymisiert",
    "coarsen_to_quarter": "auf den Quartalsbeginn gekürzt",
    "clear": "entfernt",
    "redact": "durch „[gelöscht]“ ersetzt",
}

AUDIT_ACTIONS = {"insert": "Angelegt", "update": "Geändert", "end": "Beendet",
                 "delete": "Gelöscht", "read": "Gelesen"}


def table_heading(table: str) -> str:
    return TABLE_HEADINGS.get(table, table)


def row_name(table: str) -> str:
    return ROW_NAMES.get(table, table)


def column_label(table: str, column: str) -> str:
    return COLUMN_LABELS.get(f"{table}.{column}", column)


def shown(table: str, column: str, value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return f"{value.astimezone(OFFICE_ZONE):%d.%m.%Y, %H:%M} Uhr"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, Decimal | float):
        return f"{value}".replace(".", ",")
    labels = VALUE_LABELS.get(f"{table}.{column}")
    if labels is not None and isinstance(value, str):
        return labels.get(value, value)
    return str(value)
