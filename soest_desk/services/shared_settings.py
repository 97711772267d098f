"""Settings that affect everyone (deadlines, thresholds, checklists), stored in the database.

Each setting is declared once here with its default and a validator; a database that has no
row for a key uses the default. Changing a setting needs MANAGE_SETTINGS and is audited like
any other row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from soest_desk.models.enums import TicketCategory, TicketPriority
from soest_desk.models.setting import AppSetting
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require


def _int_range(low: int, high: int, label: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise DomainError(f"{label}: bitte eine ganze Zahl von {low} bis {high} angeben.")
        return value
    return check


def _number_range(low: float, high: float, label: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not low <= value <= high:
            low_text, high_text = (f"{n:g}".replace(".", ",") for n in (low, high))
            raise DomainError(f"{label}: bitte eine Zahl von {low_text} bis {high_text} "
                              "angeben.")
        return float(value)
    return check


def _deadlines(value: Any) -> Any:
    if not isinstance(value, dict) or set(value) != {p.value for p in TicketPriority}:
        raise DomainError("Fristen: für jede Priorität ist eine Frist in Arbeitstagen nötig.")
    check = _int_range(0, 250, "Frist in Arbeitstagen")
    return {priority: check(days) for priority, days in value.items()}


AGE_LIMITS_LABEL = "Altersgrenzen für Kinder (Jahre)"
MAX_AGE_LIMITS = 5
MAX_CHILD_AGE = 18  # the Bewohner filter's `children_under` takes 1 to 18


def _age_limits(value: Any) -> Any:
    """The ages of the Bewohner filter's boxes ("unter 3", "unter 6", …): ascending,
    distinct whole years from 1 to 18."""
    example = "z. B. „3, 6, 18“"
    if not isinstance(value, list | tuple) or not 1 <= len(value) <= MAX_AGE_LIMITS:
        raise DomainError(f"{AGE_LIMITS_LABEL}: bitte eine bis {MAX_AGE_LIMITS} Altersgrenzen "
                          f"angeben ({example}).", field=CHILD_AGE_LIMITS)
    for years in value:
        if isinstance(years, bool) or not isinstance(years, int) \
                or not 1 <= years <= MAX_CHILD_AGE:
            raise DomainError(f"{AGE_LIMITS_LABEL}: jede Grenze muss eine ganze Zahl von 1 bis "
                              f"{MAX_CHILD_AGE} sein (angegeben: „{years}“).",
                              field=CHILD_AGE_LIMITS)
    if list(value) != sorted(set(value)):
        raise DomainError(f"{AGE_LIMITS_LABEL}: bitte aufsteigend und ohne Wiederholung "
                          f"angeben ({example}).", field=CHILD_AGE_LIMITS)
    return list(value)


def _checklist(value: Any) -> Any:
    if not isinstance(value, list) or not value:
        raise DomainError("Checkliste der Begehung: mindestens ein Punkt ist nötig.")
    items = []
    for number, item in enumerate(value, start=1):
        label = str(item.get("label", "")).strip() if isinstance(item, dict) else ""
        if not label:
            raise DomainError(f"Checkliste der Begehung, Punkt {number}: Bezeichnung fehlt.")
        category = item.get("category", TicketCategory.OTHER.value)
        if category not in {c.value for c in TicketCategory}:
            raise DomainError(f"Checkliste der Begehung, Punkt {number}: unbekanntes Gewerk.")
        items.append({"label": label[:200], "category": category,
                      "safety": bool(item.get("safety", False))})
    return items


def _readiness_checklist(value: Any) -> Any:
    if not isinstance(value, list) or not value:
        raise DomainError("Checkliste Mietvertragsfähigkeit: mindestens ein Punkt ist nötig.")
    items, keys = [], set()
    for number, item in enumerate(value, start=1):
        where = f"Checkliste Mietvertragsfähigkeit, Punkt {number}"
        label = str(item.get("label", "")).strip() if isinstance(item, dict) else ""
        key = str(item.get("key", "")).strip() if isinstance(item, dict) else ""
        if not label:
            raise DomainError(f"{where}: Bezeichnung fehlt.")
        if not key or len(key) > 50 or not key.replace("_", "").isalnum() or key in keys:
            raise DomainError(f"{where}: Schlüssel fehlt, ist zu lang oder doppelt.")
        keys.add(key)
        items.append({"key": key, "label": label[:200],
                      "required": _flag(item.get("required", True), f"{where}: Pflichtpunkt"),
                      "expires": _flag(item.get("expires", False), f"{where}: Ablaufdatum"),
                      "counts": str(item.get("counts", "")).strip()[:60]})
    if not any(item["required"] for item in items):
        raise DomainError("Checkliste Mietvertragsfähigkeit: mindestens ein Punkt muss "
                          "Pflicht sein, sonst wäre kein Haushalt je mietvertragsfähig.")
    return items


def _flag(value: Any, label: str) -> bool:
    """A yes/no value; text such as "false" or "nein" is not taken as yes."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in {"true", "ja", "yes", "1"}:
        return True
    if text in {"false", "nein", "no", "0", ""}:
        return False
    raise DomainError(f"{label}: bitte ja oder nein angeben.")


@dataclass(frozen=True)
class SettingDef:
    key: str
    label: str
    default: Any
    validate: Callable[[Any], Any]


DEFAULT_CHECKLIST = [
    {"label": "Fluchtwege und Notausgänge frei", "category": "fire_safety", "safety": True},
    {"label": "Feuerlöscher vorhanden und geprüft", "category": "fire_safety", "safety": True},
    {"label": "Rauchmelder funktionsfähig", "category": "fire_safety", "safety": True},
    {"label": "Beleuchtung Treppenhaus und Flure", "category": "electrical", "safety": True},
    {"label": "Treppen, Geländer und Bodenbeläge ohne Stolperstellen", "category": "other",
     "safety": True},
    {"label": "Außenanlage und Zuwege", "category": "outdoor", "safety": False},
    {"label": "Spielplatz und Spielgeräte", "category": "outdoor", "safety": True},
    {"label": "Sanitäranlagen (Dichtigkeit, Warmwasser)", "category": "plumbing",
     "safety": False},
    {"label": "Müllplatz und Sauberkeit der Gemeinschaftsräume", "category": "cleaning",
     "safety": False},
    {"label": "Hinweise auf Schädlingsbefall", "category": "pests", "safety": False},
]

# Mietvertragsfähigkeit: `required` items make up the readiness share; `expires` items carry
# a validity date (an expired item no longer counts); `counts` names a number kept with it
DEFAULT_READINESS_CHECKLIST = [
    {"key": "residence_title", "label": "Gültiger Aufenthaltstitel", "required": True,
     "expires": True, "counts": ""},
    {"key": "rent_cost_assumption",
     "label": "Mietkostenübernahme (Jobcenter/Sozialamt) oder eigenes Einkommen",
     "required": True, "expires": True, "counts": ""},
    {"key": "no_rent_arrears", "label": "Mietschuldenfreiheitsbescheinigung", "required": True,
     "expires": True, "counts": ""},
    {"key": "credit_report", "label": "Bonitätsauskunft (SCHUFA)", "required": True,
     "expires": True, "counts": ""},
    {"key": "wbs", "label": "Wohnberechtigungsschein (WBS)", "required": False,
     "expires": True, "counts": ""},
    {"key": "bank_account", "label": "Bankkonto", "required": True, "expires": False,
     "counts": ""},
    {"key": "german_level", "label": "Deutschkenntnisse für den Mietalltag", "required": True,
     "expires": False, "counts": ""},
    {"key": "household_management", "label": "Selbstständige Haushaltsführung",
     "required": True, "expires": False, "counts": ""},
    {"key": "flat_search", "label": "Aktive Wohnungssuche", "required": True,
     "expires": False, "counts": "Bewerbungen"},
]

RETENTION_YEARS = "retention_years"
CHILD_AGE_LIMITS = "child_age_limits"

SETTINGS: dict[str, SettingDef] = {
    definition.key: definition
    for definition in (
        SettingDef("ticket_deadline_working_days", "Fristen je Priorität (Arbeitstage)",
                   {"immediate": 1, "urgent": 3, "normal": 10, "low": 30}, _deadlines),
        SettingDef("ticket_secured_within_hours", "Gefahrenstelle sichern binnen (Stunden)", 4,
                   _int_range(1, 72, "Gefahrenstelle sichern binnen (Stunden)")),
        SettingDef("ticket_repeat_days", "Wiederholungsmangel binnen (Tagen)", 60,
                   _int_range(1, 730, "Wiederholungsmangel binnen (Tagen)")),
        SettingDef("inspection_interval_days", "Begehung alle (Tage)", 7,
                   _int_range(1, 366, "Begehung alle (Tage)")),
        SettingDef("min_area_per_person_m2", "Mindestfläche je Person (m²)", 7.0,
                   _number_range(1, 50, "Mindestfläche je Person (m²)")),
        SettingDef("inspection_checklist", "Checkliste der Begehung", DEFAULT_CHECKLIST,
                   _checklist),
        SettingDef("readiness_checklist", "Checkliste Mietvertragsfähigkeit",
                   DEFAULT_READINESS_CHECKLIST, _readiness_checklist),
        SettingDef("caseload_target_persons", "Betreuungsschlüssel (Personen je Fachkraft)",
                   80, _int_range(1, 1000, "Betreuungsschlüssel (Personen je Fachkraft)")),
        # people whose last stay ended longer ago are anonymised (services.data_protection)
        SettingDef(RETENTION_YEARS, "Aufbewahrungsfrist nach dem Auszug (Jahre)", 10,
                   _int_range(1, 100, "Aufbewahrungsfrist nach dem Auszug (Jahre)")),
        # the boxes "Kinder im Haushalt: unter 3 / unter 6 / unter 18" of the Bewohner list
        SettingDef(CHILD_AGE_LIMITS, AGE_LIMITS_LABEL, [3, 6, 18], _age_limits),
    )
}


def _definition(key: str) -> SettingDef:
    try:
        return SETTINGS[key]
    except KeyError:
        raise ValueError(f"unknown shared setting {key!r}") from None


def get(session: Session, key: str) -> Any:
    """The stored value of `key`, or its default."""
    definition = _definition(key)
    row = session.get(AppSetting, key)
    return definition.default if row is None else row.value


def put(session: Session, actor: Actor, key: str, value: Any) -> Any:
    """Validate and store `value` for `key`; raises DomainError (German) on bad input."""
    require(actor, Permission.MANAGE_SETTINGS)
    definition = _definition(key)
    cleaned = definition.validate(value)
    if session.get_bind().dialect.name == "postgresql":  # two admins saving the first value
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
                        {"key": f"app_settings:{key}"})
    row = session.get(AppSetting, key, populate_existing=True)
    if row is None:
        session.add(AppSetting(key=key, value=cleaned))
    else:
        row.value = cleaned
    session.flush()
    return cleaned
