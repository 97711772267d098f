"""German labels for list names, column headers and the codes the services return.

Source texts are German (German is what ships) and marked with QT_TRANSLATE_NOOP so a later
.ts file can pick them up; `label()` translates at display time.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from soest_desk.services import nationalities
from soest_desk.services.permissions import Permission

LIST_ORDER = ("facilities", "persons", "cases", "neighbourhood", "tickets")
OVERVIEW = "overview"  # the Übersicht: the first tab, before the lists

TAB_TITLES = {
    "facilities": QT_TRANSLATE_NOOP("Lists", "Unterkünfte"),
    "persons": QT_TRANSLATE_NOOP("Lists", "Bewohner*innen"),
    "cases": QT_TRANSLATE_NOOP("Lists", "Sozialarbeit"),
    "neighbourhood": QT_TRANSLATE_NOOP("Lists", "Nachbarschaft"),
    "tickets": QT_TRANSLATE_NOOP("Lists", "Mängel"),
}

HEADERS: dict[str, dict[str, str]] = {
    "facilities": {
        "name": QT_TRANSLATE_NOOP("Lists", "Name"),
        "kind": QT_TRANSLATE_NOOP("Lists", "Art"),
        "district": QT_TRANSLATE_NOOP("Lists", "Stadtteil"),
        "places": QT_TRANSLATE_NOOP("Lists", "Plätze"),
        "blocked": QT_TRANSLATE_NOOP("Lists", "Gesperrt"),
        "occupied": QT_TRANSLATE_NOOP("Lists", "Belegt"),
        "free": QT_TRANSLATE_NOOP("Lists", "Frei"),
        "occupancy_percent": QT_TRANSLATE_NOOP("Lists", "Belegung %"),
        "barrier_free": QT_TRANSLATE_NOOP("Lists", "Barrierefrei"),
        "pilot_group": QT_TRANSLATE_NOOP("Lists", "Pilotgruppe"),
    },
    "persons": {
        "family_name": QT_TRANSLATE_NOOP("Lists", "Familienname"),
        "given_names": QT_TRANSLATE_NOOP("Lists", "Vornamen"),
        "birth_date": QT_TRANSLATE_NOOP("Lists", "Geburtsdatum"),
        "nationality": QT_TRANSLATE_NOOP("Lists", "Staatsangehörigkeit"),
        "household": QT_TRANSLATE_NOOP("Lists", "Haushalt"),
        "facility": QT_TRANSLATE_NOOP("Lists", "Unterkunft"),
        "unit": QT_TRANSLATE_NOOP("Lists", "Zimmer"),
        "since": QT_TRANSLATE_NOOP("Lists", "Seit"),
    },
    "cases": {
        "household": QT_TRANSLATE_NOOP("Lists", "Haushalt"),
        "facility": QT_TRANSLATE_NOOP("Lists", "Unterkunft"),
        "social_worker": QT_TRANSLATE_NOOP("Lists", "Zuständig"),
        "status": QT_TRANSLATE_NOOP("Lists", "Status"),
        "readiness_percent": QT_TRANSLATE_NOOP("Lists", "Bereitschaft"),
        "ready_since": QT_TRANSLATE_NOOP("Lists", "Bereit seit"),
        "opened_on": QT_TRANSLATE_NOOP("Lists", "Eröffnet"),
        "open_follow_ups": QT_TRANSLATE_NOOP("Lists", "Offene Wiedervorlagen"),
        "next_follow_up": QT_TRANSLATE_NOOP("Lists", "Nächste Wiedervorlage"),
    },
    "neighbourhood": {
        "reported_on": QT_TRANSLATE_NOOP("Lists", "Datum"),
        "facility": QT_TRANSLATE_NOOP("Lists", "Unterkunft"),
        "kind": QT_TRANSLATE_NOOP("Lists", "Art"),
        "channel": QT_TRANSLATE_NOOP("Lists", "Kanal"),
        "category": QT_TRANSLATE_NOOP("Lists", "Kategorie"),
        "text": QT_TRANSLATE_NOOP("Lists", "Meldung"),
        "follow_up_on": QT_TRANSLATE_NOOP("Lists", "Wiedervorlage"),
        "resolved_on": QT_TRANSLATE_NOOP("Lists", "Erledigt am"),
    },
    "tickets": {
        "id": QT_TRANSLATE_NOOP("Lists", "Nr."),
        "title": QT_TRANSLATE_NOOP("Lists", "Mangel"),
        "facility": QT_TRANSLATE_NOOP("Lists", "Unterkunft"),
        "unit": QT_TRANSLATE_NOOP("Lists", "Zimmer"),
        "category": QT_TRANSLATE_NOOP("Lists", "Kategorie"),
        "priority": QT_TRANSLATE_NOOP("Lists", "Priorität"),
        "state": QT_TRANSLATE_NOOP("Lists", "Status"),
        "owner": QT_TRANSLATE_NOOP("Lists", "Am Zug"),
        "reported_at": QT_TRANSLATE_NOOP("Lists", "Gemeldet am"),
        "due_at": QT_TRANSLATE_NOOP("Lists", "Fällig am"),
        "overdue": QT_TRANSLATE_NOOP("Lists", "Überfällig"),
    },
}

# the text column that names a row, where it is not the first one: it keeps the wider floor
# when the columns are fitted to the window (the Nachbarschaft: the report, not the facility)
MAIN_TEXT_COLUMNS = {"neighbourhood": "text"}

PLACEHOLDERS = {
    "facilities": QT_TRANSLATE_NOOP("Lists", "Suchen nach Name, Stadtteil, Straße …"),
    "persons": QT_TRANSLATE_NOOP("Lists", "Suchen nach Name, Haushalt, Unterkunft …"),
    "cases": QT_TRANSLATE_NOOP("Lists", "Suchen nach Haushalt, Unterkunft, Zuständigkeit …"),
    "neighbourhood": QT_TRANSLATE_NOOP("Lists", "Suchen nach Unterkunft, Meldung, Kontakt …"),
    "tickets": QT_TRANSLATE_NOOP("Lists", "Suchen nach Nr., Mangel, Unterkunft, Zimmer …"),
}

EMPTY_TITLES = {
    "facilities": QT_TRANSLATE_NOOP("Lists", "Noch keine Unterkünfte erfasst."),
    "persons": QT_TRANSLATE_NOOP("Lists", "Noch keine Bewohner*innen erfasst."),
    "cases": QT_TRANSLATE_NOOP("Lists", "Noch keine Fälle angelegt."),
    "neighbourhood": QT_TRANSLATE_NOOP("Lists", "Noch keine Nachbarschaftsmeldungen erfasst."),
    "tickets": QT_TRANSLATE_NOOP("Lists", "Keine Mängelmeldungen vorhanden."),
}

_DEMO_HINT = QT_TRANSLATE_NOOP(
    "Lists",
    "Zum Ausprobieren startet „soest-desk demo --open“ die Anwendung mit Demodaten in einer "
    "eigenen Datei.",
)
EMPTY_HINTS = {
    "facilities": QT_TRANSLATE_NOOP(
        "Lists", "Legen Sie Unterkünfte an oder importieren Sie eine vorhandene Liste."),
    "persons": QT_TRANSLATE_NOOP(
        "Lists", "Nehmen Sie Bewohner*innen auf oder importieren Sie eine vorhandene Liste."),
    "cases": QT_TRANSLATE_NOOP(
        "Lists", "Fälle legt die Sozialarbeit für einen Haushalt an."),
    "neighbourhood": QT_TRANSLATE_NOOP(
        "Lists", "Beschwerden und Kontakte aus der Nachbarschaft einer Unterkunft erfasst die "
                 "Heimleitung über „Datei → Neue Nachbarschaftsmeldung …“."),
    "tickets": QT_TRANSLATE_NOOP(
        "Lists", "Neue Mängel meldet die Heimleitung; hier erscheinen sie mit ihrem Stand."),
}

# a list whose filter bar starts narrowed (the cases: without the closed ones) and finds
# nothing with only that: (title, hint)
DEFAULT_FILTER_EMPTY = {
    "cases": (QT_TRANSLATE_NOOP("Lists", "Keine offenen Fälle."),
              QT_TRANSLATE_NOOP("Lists", "Abgeschlossene Fälle zeigt der Status „Alle Fälle“. "
                                         "Neue Fälle legt die Sozialarbeit für einen Haushalt "
                                         "an.")),
    "neighbourhood": (QT_TRANSLATE_NOOP("Lists", "Keine offenen Nachbarschaftsmeldungen."),
                      QT_TRANSLATE_NOOP("Lists", "Erledigte Meldungen zeigt der Stand „Alle "
                                                 "Meldungen“ oder „Erledigt“.")),
}

# the cases list: the readiness column's tooltip and the row of an overdue follow-up
READINESS_TIP = QT_TRANSLATE_NOOP("Lists", "%1 von %2 Punkten erfüllt")
READINESS_NONE_TIP = QT_TRANSLATE_NOOP(
    "Lists", "Für diesen Haushalt gilt kein Punkt der Checkliste.")
FOLLOW_UP_OVERDUE_TIP = QT_TRANSLATE_NOOP("Lists", "Wiedervorlage überfällig – fällig war %1")

# the Unterkünfte list colours full and over-full rows (`occupancy_state` of the service)
OCCUPANCY_STATE_TIPS = {
    "full": QT_TRANSLATE_NOOP("Lists", "Voll – kein Platz frei."),
    "over": QT_TRANSLATE_NOOP(
        "Lists", "Überbelegt – mehr Personen als verfügbare Plätze (in der Unterkunft oder "
                 "in einer Wohneinheit) oder eine offene Entscheidung zur Überbelegung."),
}

# the queues of the Mängel tab (filters of `listing_filters`), in the order of the buttons
TICKET_QUEUE_ORDER = ("mine", "open", "overdue", "safety", "repeats", "done")
TICKET_QUEUES = {
    "mine": QT_TRANSLATE_NOOP("Tickets", "Bei mir am Zug"),
    "open": QT_TRANSLATE_NOOP("Tickets", "Alle offenen"),
    "overdue": QT_TRANSLATE_NOOP("Tickets", "Überfällig"),
    "safety": QT_TRANSLATE_NOOP("Tickets", "Verkehrssicherheit"),
    "repeats": QT_TRANSLATE_NOOP("Tickets", "Wiederholungsmängel"),
    "done": QT_TRANSLATE_NOOP("Tickets", "Erledigt/abgeschlossen"),
}
TICKET_QUEUE_TIPS = {
    "mine": QT_TRANSLATE_NOOP("Tickets", "Offene Meldungen, bei denen Ihre Rolle den nächsten "
                                         "Schritt tun muss"),
    "open": QT_TRANSLATE_NOOP("Tickets", "Alle Meldungen, die noch nicht abgenommen oder "
                                         "storniert sind"),
    "overdue": QT_TRANSLATE_NOOP("Tickets", "Offene Meldungen nach ihrer Frist oder mit "
                                            "nicht rechtzeitig gesicherter Gefahrenstelle"),
    "safety": QT_TRANSLATE_NOOP("Tickets", "Offene Gefahrenstellen (Priorität „Sofort“)"),
    "repeats": QT_TRANSLATE_NOOP("Tickets", "Gleiche Kategorie im selben Zimmer innerhalb "
                                            "kurzer Zeit"),
    "done": QT_TRANSLATE_NOOP("Tickets", "Abgenommene und stornierte Meldungen"),
}
TICKET_QUEUE_EMPTY = {
    "mine": QT_TRANSLATE_NOOP("Tickets", "Bei Ihnen ist gerade nichts am Zug."),
    "open": QT_TRANSLATE_NOOP("Tickets", "Keine offenen Mängelmeldungen."),
    "overdue": QT_TRANSLATE_NOOP("Tickets", "Nichts ist überfällig."),
    "safety": QT_TRANSLATE_NOOP("Tickets", "Keine offenen Gefahrenstellen."),
    "repeats": QT_TRANSLATE_NOOP("Tickets", "Keine Wiederholungsmängel."),
    "done": QT_TRANSLATE_NOOP("Tickets", "Noch keine erledigten Meldungen."),
}

CODE_LABELS: dict[str, dict[str, str]] = {
    "facility_kind": {
        "shared_accommodation": QT_TRANSLATE_NOOP("Codes", "Gemeinschaftsunterkunft"),
        "transitional_home": QT_TRANSLATE_NOOP("Codes", "Übergangswohnheim"),
        "municipal_flat": QT_TRANSLATE_NOOP("Codes", "Kommunale Wohnung"),
        "private_offer": QT_TRANSLATE_NOOP("Codes", "Privates Wohnraumangebot"),
    },
    "occupancy_type": {
        "family": QT_TRANSLATE_NOOP("Codes", "Familien"),
        "single_men": QT_TRANSLATE_NOOP("Codes", "Alleinstehende Männer"),
        "single_women": QT_TRANSLATE_NOOP("Codes", "Alleinstehende Frauen"),
        "mixed": QT_TRANSLATE_NOOP("Codes", "Gemischt"),
    },
    "case_status": {
        "open": QT_TRANSLATE_NOOP("Codes", "Offen"),
        "active": QT_TRANSLATE_NOOP("Codes", "In Begleitung"),
        "dormant": QT_TRANSLATE_NOOP("Codes", "Ruht"),
        "closed": QT_TRANSLATE_NOOP("Codes", "Abgeschlossen"),
    },
    "ticket_state": {
        "reported": QT_TRANSLATE_NOOP("Codes", "Gemeldet"),
        "query": QT_TRANSLATE_NOOP("Codes", "Rückfrage"),
        "accepted": QT_TRANSLATE_NOOP("Codes", "Übernommen"),
        "in_progress": QT_TRANSLATE_NOOP("Codes", "In Arbeit"),
        "waiting": QT_TRANSLATE_NOOP("Codes", "Wartet"),
        "resolved": QT_TRANSLATE_NOOP("Codes", "Erledigt gemeldet"),
        "closed": QT_TRANSLATE_NOOP("Codes", "Abgenommen"),
        "cancelled": QT_TRANSLATE_NOOP("Codes", "Storniert"),
    },
    "waiting_reason": {
        "material": QT_TRANSLATE_NOOP("Codes", "Material"),
        "contractor": QT_TRANSLATE_NOOP("Codes", "Fremdfirma"),
        "access": QT_TRANSLATE_NOOP("Codes", "Zugang"),
    },
    "ticket_priority": {
        "immediate": QT_TRANSLATE_NOOP("Codes", "Sofort"),
        "urgent": QT_TRANSLATE_NOOP("Codes", "Dringend"),
        "normal": QT_TRANSLATE_NOOP("Codes", "Normal"),
        "low": QT_TRANSLATE_NOOP("Codes", "Niedrig"),
    },
    # the choice in dialogs: "Sofort" says what it means
    "ticket_priority_choice": {
        "immediate": QT_TRANSLATE_NOOP("Codes", "Sofort (Verkehrssicherheit)"),
        "urgent": QT_TRANSLATE_NOOP("Codes", "Dringend"),
        "normal": QT_TRANSLATE_NOOP("Codes", "Normal"),
        "low": QT_TRANSLATE_NOOP("Codes", "Niedrig"),
    },
    "cost_kind": {
        "material": QT_TRANSLATE_NOOP("Codes", "Material"),
        "labour": QT_TRANSLATE_NOOP("Codes", "Arbeitszeit"),
        "contractor": QT_TRANSLATE_NOOP("Codes", "Rechnung Fremdfirma"),
    },
    "ticket_category": {
        "electrical": QT_TRANSLATE_NOOP("Codes", "Elektro"),
        "plumbing": QT_TRANSLATE_NOOP("Codes", "Sanitär"),
        "heating": QT_TRANSLATE_NOOP("Codes", "Heizung"),
        "windows_doors": QT_TRANSLATE_NOOP("Codes", "Fenster/Türen"),
        "fire_safety": QT_TRANSLATE_NOOP("Codes", "Brandschutz"),
        "pests": QT_TRANSLATE_NOOP("Codes", "Schädlinge"),
        "outdoor": QT_TRANSLATE_NOOP("Codes", "Außenanlage"),
        "furniture": QT_TRANSLATE_NOOP("Codes", "Möbel/Ausstattung"),
        "cleaning": QT_TRANSLATE_NOOP("Codes", "Reinigung"),
        "other": QT_TRANSLATE_NOOP("Codes", "Sonstiges"),
    },
    "role": {
        "site_manager": QT_TRANSLATE_NOOP("Codes", "Heimleitung"),
        "property_service": QT_TRANSLATE_NOOP("Codes", "Objektservice"),
        "social_worker": QT_TRANSLATE_NOOP("Codes", "Sozialarbeit"),
        "manager": QT_TRANSLATE_NOOP("Codes", "Leitung"),
        "admin": QT_TRANSLATE_NOOP("Codes", "Administration"),
    },
    "neighbourhood_kind": {
        "complaint": QT_TRANSLATE_NOOP("Codes", "Beschwerde"),
        "contact": QT_TRANSLATE_NOOP("Codes", "Kontakt"),
    },
    "neighbourhood_channel": {
        "phone": QT_TRANSLATE_NOOP("Codes", "Telefon"),
        "email": QT_TRANSLATE_NOOP("Codes", "E-Mail"),
        "in_person": QT_TRANSLATE_NOOP("Codes", "persönlich"),
        "police": QT_TRANSLATE_NOOP("Codes", "Polizei"),
        "local_council": QT_TRANSLATE_NOOP("Codes", "Ortsbeirat"),
    },
    "neighbourhood_category": {
        "noise": QT_TRANSLATE_NOOP("Codes", "Lärm"),
        "waste": QT_TRANSLATE_NOOP("Codes", "Müll"),
        "parking": QT_TRANSLATE_NOOP("Codes", "Parken"),
        "conflict": QT_TRANSLATE_NOOP("Codes", "Konflikt"),
        "praise": QT_TRANSLATE_NOOP("Codes", "Lob"),
        "event": QT_TRANSLATE_NOOP("Codes", "Veranstaltung"),
        "other": QT_TRANSLATE_NOOP("Codes", "Sonstiges"),
    },
    # ISO 3166 alpha-3 (and ICAO's codes for stateless people); unknown codes show as is
    "nationality": {
        "AFG": QT_TRANSLATE_NOOP("Codes", "Afghanistan"),
        "ALB": QT_TRANSLATE_NOOP("Codes", "Albanien"),
        "ARM": QT_TRANSLATE_NOOP("Codes", "Armenien"),
        "AZE": QT_TRANSLATE_NOOP("Codes", "Aserbaidschan"),
        "COD": QT_TRANSLATE_NOOP("Codes", "Kongo (Dem. Rep.)"),
        "DEU": QT_TRANSLATE_NOOP("Codes", "Deutschland"),
        "DZA": QT_TRANSLATE_NOOP("Codes", "Algerien"),
        "EGY": QT_TRANSLATE_NOOP("Codes", "Ägypten"),
        "ERI": QT_TRANSLATE_NOOP("Codes", "Eritrea"),
        "ETH": QT_TRANSLATE_NOOP("Codes", "Äthiopien"),
        "GEO": QT_TRANSLATE_NOOP("Codes", "Georgien"),
        "GIN": QT_TRANSLATE_NOOP("Codes", "Guinea"),
        "GMB": QT_TRANSLATE_NOOP("Codes", "Gambia"),
        "IRN": QT_TRANSLATE_NOOP("Codes", "Iran"),
        "IRQ": QT_TRANSLATE_NOOP("Codes", "Irak"),
        "LBN": QT_TRANSLATE_NOOP("Codes", "Libanon"),
        "LBY": QT_TRANSLATE_NOOP("Codes", "Libyen"),
        "MAR": QT_TRANSLATE_NOOP("Codes", "Marokko"),
        "MDA": QT_TRANSLATE_NOOP("Codes", "Moldau"),
        "MKD": QT_TRANSLATE_NOOP("Codes", "Nordmazedonien"),
        "NGA": QT_TRANSLATE_NOOP("Codes", "Nigeria"),
        "PAK": QT_TRANSLATE_NOOP("Codes", "Pakistan"),
        "PSE": QT_TRANSLATE_NOOP("Codes", "Palästinensische Gebiete"),
        "RUS": QT_TRANSLATE_NOOP("Codes", "Russland"),
        "SOM": QT_TRANSLATE_NOOP("Codes", "Somalia"),
        "SRB": QT_TRANSLATE_NOOP("Codes", "Serbien"),
        "SYR": QT_TRANSLATE_NOOP("Codes", "Syrien"),
        "TUN": QT_TRANSLATE_NOOP("Codes", "Tunesien"),
        "TUR": QT_TRANSLATE_NOOP("Codes", "Türkei"),
        "UKR": QT_TRANSLATE_NOOP("Codes", "Ukraine"),
        "VEN": QT_TRANSLATE_NOOP("Codes", "Venezuela"),
        "XKX": QT_TRANSLATE_NOOP("Codes", "Kosovo"),
        "XXA": QT_TRANSLATE_NOOP("Codes", "staatenlos"),
        "XXX": QT_TRANSLATE_NOOP("Codes", "ungeklärt"),
        "YEM": QT_TRANSLATE_NOOP("Codes", "Jemen"),
    },
}

# the ticket workflow's buttons and note fields (`services.ticket_workflow.TRANSITIONS`: label
# and note_label, German); the UI shows them through translate("Codes", …)
WORKFLOW_LABELS = (
    QT_TRANSLATE_NOOP("Codes", "Rückfrage stellen"),
    QT_TRANSLATE_NOOP("Codes", "Rückfrage beantworten"),
    QT_TRANSLATE_NOOP("Codes", "Übernehmen"),
    QT_TRANSLATE_NOOP("Codes", "Arbeit beginnen"),
    QT_TRANSLATE_NOOP("Codes", "Wartet …"),
    QT_TRANSLATE_NOOP("Codes", "Weiter bearbeiten"),
    QT_TRANSLATE_NOOP("Codes", "Erledigt melden"),
    QT_TRANSLATE_NOOP("Codes", "Abnehmen"),
    QT_TRANSLATE_NOOP("Codes", "Ablehnen (Nacharbeit)"),
    QT_TRANSLATE_NOOP("Codes", "Stornieren"),
    QT_TRANSLATE_NOOP("Codes", "Rückfrage"),
    QT_TRANSLATE_NOOP("Codes", "Antwort"),
    QT_TRANSLATE_NOOP("Codes", "Bemerkung"),
    QT_TRANSLATE_NOOP("Codes", "Erledigte Arbeiten"),
    QT_TRANSLATE_NOOP("Codes", "Bemerkung zur Abnahme"),
    QT_TRANSLATE_NOOP("Codes", "Grund der Ablehnung"),
    QT_TRANSLATE_NOOP("Codes", "Grund"),
)

# the rights of `services.permissions` (its PERMISSION_LABELS are the German texts the
# services' refusals name); the window names a right it locks a tab for
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_FACILITIES: QT_TRANSLATE_NOOP("Codes", "Unterkünfte ansehen"),
    Permission.EDIT_FACILITIES: QT_TRANSLATE_NOOP("Codes", "Unterkünfte bearbeiten"),
    Permission.VIEW_PERSONS: QT_TRANSLATE_NOOP("Codes", "Bewohner*innen ansehen"),
    Permission.EDIT_PERSONS: QT_TRANSLATE_NOOP("Codes", "Bewohner*innen bearbeiten"),
    Permission.MANAGE_STAYS: QT_TRANSLATE_NOOP("Codes", "Belegungen verwalten"),
    Permission.RECORD_OWN_FLAT: QT_TRANSLATE_NOOP("Codes", "Auszug in eigene Wohnung eintragen"),
    Permission.ALLOCATE: QT_TRANSLATE_NOOP("Codes", "Plätze zuweisen"),
    Permission.VIEW_TICKETS: QT_TRANSLATE_NOOP("Codes", "Mängelmeldungen ansehen"),
    Permission.REPORT_TICKETS: QT_TRANSLATE_NOOP("Codes", "Mängel melden"),
    Permission.HANDLE_TICKETS: QT_TRANSLATE_NOOP("Codes", "Mängel bearbeiten"),
    Permission.CONFIRM_TICKETS: QT_TRANSLATE_NOOP("Codes", "Reparaturen abnehmen"),
    Permission.VIEW_CASES: QT_TRANSLATE_NOOP("Codes", "Fälle ansehen"),
    Permission.EDIT_CASES: QT_TRANSLATE_NOOP("Codes", "Fälle bearbeiten"),
    Permission.READ_CASE_NOTES: QT_TRANSLATE_NOOP("Codes", "Vermerke lesen"),
    Permission.VIEW_NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Codes", "Nachbarschaftsmeldungen ansehen"),
    Permission.EDIT_NEIGHBOURHOOD: QT_TRANSLATE_NOOP(
        "Codes", "Nachbarschaftsmeldungen bearbeiten"),
    Permission.EXPORT_REPORTS: QT_TRANSLATE_NOOP("Codes", "Berichte exportieren"),
    Permission.MARK_PILOT: QT_TRANSLATE_NOOP("Codes", "Pilotunterkünfte festlegen"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Codes", "Benutzer verwalten"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Codes", "Einstellungen verwalten"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Codes", "Protokoll ansehen"),
    Permission.DATA_PROTECTION: QT_TRANSLATE_NOOP("Codes", "Datenschutzaufgaben erledigen"),
}


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Months", "Januar"), QT_TRANSLATE_NOOP("Months", "Februar"),
    QT_TRANSLATE_NOOP("Months", "März"), QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "Mai"), QT_TRANSLATE_NOOP("Months", "Juni"),
    QT_TRANSLATE_NOOP("Months", "Juli"), QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"), QT_TRANSLATE_NOOP("Months", "Oktober"),
    QT_TRANSLATE_NOOP("Months", "November"), QT_TRANSLATE_NOOP("Months", "Dezember"),
)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tab_title(list_name: str) -> str:
    return translate("Lists", TAB_TITLES[list_name])


def headers(list_name: str, keys: list[str]) -> list[str]:
    """The German headers of `list_name` in the order of the service's column keys."""
    return [translate("Lists", HEADERS[list_name][key]) for key in keys]


def code_label(codes: str, code: str) -> str:
    """The German label for a code; an unknown code is shown as it is rather than hidden."""
    source = CODE_LABELS.get(codes, {}).get(code)
    if source is None and codes == "nationality":  # the rarer countries: the services' names
        return nationalities.label(code)
    return translate("Codes", source) if source is not None else code


def permission_label(permission: Permission) -> str:
    source = PERMISSION_LABELS.get(permission)
    return translate("Codes", source) if source is not None else permission.value


def list_text(table: dict[str, str], list_name: str) -> str:
    return translate("Lists", table[list_name])


def empty_hint(list_name: str) -> str:
    return f"{list_text(EMPTY_HINTS, list_name)} {translate('Lists', _DEMO_HINT)}"


def occupancy_tip(state: object) -> str | None:
    source = OCCUPANCY_STATE_TIPS.get(str(state))
    return translate("Lists", source) if source is not None else None


def readiness_tip(met: object, required: object) -> str:
    """"7 von 8 Punkten erfüllt" (the required checklist items that apply)."""
    if not isinstance(required, int) or required <= 0:
        return translate("Lists", READINESS_NONE_TIP)
    return translate("Lists", READINESS_TIP).replace("%1", str(met)).replace(
        "%2", str(required))


def follow_up_overdue_tip(day: str) -> str:
    return translate("Lists", FOLLOW_UP_OVERDUE_TIP).replace("%1", day)


def default_filter_empty(list_name: str) -> tuple[str, str] | None:
    texts = DEFAULT_FILTER_EMPTY.get(list_name)
    return None if texts is None else (translate("Lists", texts[0]),
                                       translate("Lists", texts[1]))


def ticket_text(table: dict[str, str], key: str) -> str:
    return translate("Tickets", table[key])


def month_name(month: date) -> str:
    """"März 2025"."""
    return f"{translate('Months', MONTH_NAMES[month.month - 1])} {month.year}"
