"""The neighbourhood register (Nachbarschaft): complaints and contacts from the
neighbourhood of a facility, with the channel they came by, a category, what was done or
agreed (follow-up, optionally with a date to look at it again) and when it was settled.

Rules:
- A report belongs to an active facility that is not a private housing offer (a flat
  rented from a private landlord has no neighbourhood of the office's). Its date is not in
  the future and not before 2000.
- Kind: Beschwerde (complaint) or Kontakt (contact); "Lob" (praise) is never a complaint.
- Text is required (at most 4000 characters); contact name and follow-up are optional; a
  Wiedervorlage date needs a follow-up text and is not before the report's date.
- Erledigt (resolved) on a day between the report's date and today; reopening clears it.
  Changing a report's date cannot put it after the day it was settled.

Rights: "Nachbarschaftsmeldungen ansehen" to read, "… bearbeiten" to record and change
(Heimleitung for their own facilities, Leitung everywhere). A save over a newer version is
an `EditConflict`; every change is audited by the session hook (the model is `Audited`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, NeighbourhoodReport
from soest_desk.models.enums import (
    FacilityKind,
    NeighbourhoodCategory,
    NeighbourhoodChannel,
    NeighbourhoodKind,
)
from soest_desk.services.clock import office_today
from soest_desk.services.date_parsing import field_error, german_date
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.validation import check_code, check_version, clean_text

KIND_LABELS = {
    NeighbourhoodKind.COMPLAINT.value: "Beschwerde",
    NeighbourhoodKind.CONTACT.value: "Kontakt",
}
CHANNEL_LABELS = {
    NeighbourhoodChannel.PHONE.value: "Telefon",
    NeighbourhoodChannel.EMAIL.value: "E-Mail",
    NeighbourhoodChannel.IN_PERSON.value: "persönlich",
    NeighbourhoodChannel.POLICE.value: "Polizei",
    NeighbourhoodChannel.LOCAL_COUNCIL.value: "Ortsbeirat",
}
CATEGORY_LABELS = {
    NeighbourhoodCategory.NOISE.value: "Lärm",
    NeighbourhoodCategory.WASTE.value: "Müll",
    NeighbourhoodCategory.PARKING.value: "Parken",
    NeighbourhoodCategory.CONFLICT.value: "Konflikt",
    NeighbourhoodCategory.PRAISE.value: "Lob",
    NeighbourhoodCategory.EVENT.value: "Veranstaltung",
    NeighbourhoodCategory.OTHER.value: "Sonstiges",
}
MAX_TEXT = 4000
MAX_CONTACT = 200
MAX_FOLLOW_UP = 4000
EARLIEST = date(2000, 1, 1)

# field labels, as the form names them (messages start with them)
FACILITY = "Unterkunft"
REPORTED_ON = "Datum"
KIND = "Art"
CHANNEL = "Kanal"
CATEGORY = "Kategorie"
TEXT = "Meldung"
CONTACT = "Kontakt (Name)"
FOLLOW_UP = "Nachverfolgung"
FOLLOW_UP_ON = "Wiedervorlage am"
RESOLVED_ON = "Erledigt am"


@dataclass(frozen=True)
class ReportInput:
    """What the form (or a caller) gives for a report; codes, not labels."""

    facility_id: int
    reported_on: date
    kind: str
    channel: str
    category: str
    text: str
    contact_name: str | None = None
    follow_up: str | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class ReportRow:
    """One report as the register shows it."""

    report_id: int
    version_id: int
    facility_id: int
    facility_name: str
    reported_on: date
    kind: str
    channel: str
    category: str
    text: str
    contact_name: str | None
    follow_up: str | None
    follow_up_on: date | None
    resolved: bool
    resolved_on: date | None


# ---------------------------------------------------------------- checks

def _check_facility(session: Session, facility_id: int) -> Facility:
    facility = session.get(Facility, facility_id)
    if facility is None or not facility.active:
        raise field_error(FACILITY, "die Unterkunft gibt es nicht (mehr) oder sie ist nicht "
                                    "mehr in Betrieb.")
    if facility.kind == FacilityKind.PRIVATE_OFFER:
        raise field_error(FACILITY, f"„{facility.name}“ ist ein privates Wohnraumangebot; "
                                    "Nachbarschaftsmeldungen gelten Unterkünften des Amts.")
    return facility


def _check_day(day: date, label: str, today: date, *, not_before: date = EARLIEST,
               before_text: str = "") -> None:
    if day > today:
        raise field_error(label, f"{german_date(day)} liegt in der Zukunft.")
    if day < not_before:
        raise field_error(label, f"{german_date(day)} liegt vor "
                                 f"{before_text or german_date(not_before)}.")


def cleaned(data: ReportInput, today: date) -> ReportInput:
    """The input checked and tidied (texts trimmed, blanks as None); DomainError naming the
    field otherwise. Does not look at the facility (see `record_report`)."""
    check_code(data.kind, KIND, KIND_LABELS)
    check_code(data.channel, CHANNEL, CHANNEL_LABELS)
    check_code(data.category, CATEGORY, CATEGORY_LABELS)
    if (data.kind == NeighbourhoodKind.COMPLAINT
            and data.category == NeighbourhoodCategory.PRAISE):
        raise field_error(KIND, "Lob ist keine Beschwerde – bitte „Kontakt“ wählen.")
    _check_day(data.reported_on, REPORTED_ON, today)
    text = clean_text(data.text, TEXT, MAX_TEXT, required=True, multiline=True)
    contact = clean_text(data.contact_name, CONTACT, MAX_CONTACT)
    follow_up = clean_text(data.follow_up, FOLLOW_UP, MAX_FOLLOW_UP, multiline=True)
    if data.follow_up_on is not None:
        if follow_up is None:
            raise field_error(FOLLOW_UP, "bitte beschreiben, was vereinbart ist, wenn eine "
                                         "Wiedervorlage eingetragen wird.")
        if data.follow_up_on < data.reported_on:
            raise field_error(FOLLOW_UP_ON, f"{german_date(data.follow_up_on)} liegt vor dem "
                                            f"Datum der Meldung "
                                            f"({german_date(data.reported_on)}).")
    return ReportInput(data.facility_id, data.reported_on, data.kind, data.channel,
                       data.category, text or "", contact, follow_up, data.follow_up_on)


def _apply(report: NeighbourhoodReport, data: ReportInput) -> None:
    for attribute in ("facility_id", "reported_on", "kind", "channel", "category", "text",
                      "contact_name", "follow_up", "follow_up_on"):
        setattr(report, attribute, getattr(data, attribute))


def _load(session: Session, actor: Actor, report_id: int, permission: Permission
          ) -> NeighbourhoodReport:
    require(actor, permission)
    report = session.get(NeighbourhoodReport, report_id)
    if report is None:
        raise DomainError("Die Nachbarschaftsmeldung wurde nicht gefunden; vielleicht wurde "
                          "die Liste inzwischen geändert. Bitte neu laden.")
    require(actor, permission, report.facility_id)
    return report


def _editable(session: Session, actor: Actor, report_id: int, version_id: int
              ) -> NeighbourhoodReport:
    report = _load(session, actor, report_id, Permission.EDIT_NEIGHBOURHOOD)
    check_version(report.version_id, version_id, "Die Nachbarschaftsmeldung")
    return report


# ---------------------------------------------------------------- changes

def record_report(session: Session, actor: Actor, data: ReportInput, *,
                  today: date | None = None) -> NeighbourhoodReport:
    """A new, open report."""
    require(actor, Permission.EDIT_NEIGHBOURHOOD, data.facility_id)
    data = cleaned(data, today or office_today())
    _check_facility(session, data.facility_id)
    report = NeighbourhoodReport(resolved=False)
    _apply(report, data)
    session.add(report)
    session.flush()
    return report


def update_report(session: Session, actor: Actor, report_id: int, version_id: int,
                  data: ReportInput, *, today: date | None = None) -> NeighbourhoodReport:
    """Correct a report. Moving it to another facility needs the right there too, and the
    new facility must be in use; the old one may since have been closed."""
    report = _editable(session, actor, report_id, version_id)
    data = cleaned(data, today or office_today())
    if data.facility_id != report.facility_id:
        require(actor, Permission.EDIT_NEIGHBOURHOOD, data.facility_id)
        _check_facility(session, data.facility_id)
    if report.resolved_on is not None and data.reported_on > report.resolved_on:
        raise field_error(REPORTED_ON, f"{german_date(data.reported_on)} liegt nach dem Tag, "
                                       f"an dem die Meldung erledigt wurde "
                                       f"({german_date(report.resolved_on)}).")
    _apply(report, data)
    session.flush()
    return report


def resolve_report(session: Session, actor: Actor, report_id: int, version_id: int,
                   resolved_on: date | None = None, *, follow_up: str | None = None,
                   today: date | None = None) -> NeighbourhoodReport:
    """Mark a report as settled on `resolved_on` (default today); `follow_up`, if given,
    replaces the follow-up text (what was done)."""
    today = today or office_today()
    report = _editable(session, actor, report_id, version_id)
    if report.resolved:
        raise DomainError("Die Meldung ist bereits erledigt.")
    resolved_on = resolved_on or today
    _check_day(resolved_on, RESOLVED_ON, today, not_before=report.reported_on,
               before_text=f"dem Datum der Meldung ({german_date(report.reported_on)})")
    if follow_up is not None:
        report.follow_up = clean_text(follow_up, FOLLOW_UP, MAX_FOLLOW_UP, multiline=True)
        if report.follow_up is None and report.follow_up_on is not None:
            report.follow_up_on = None  # nothing left to look at again
    report.resolved = True
    report.resolved_on = resolved_on
    session.flush()
    return report


def reopen_report(session: Session, actor: Actor, report_id: int, version_id: int
                  ) -> NeighbourhoodReport:
    """Open a settled report again (it was not settled after all)."""
    report = _editable(session, actor, report_id, version_id)
    if not report.resolved:
        raise DomainError("Die Meldung ist nicht erledigt.")
    report.resolved = False
    report.resolved_on = None
    session.flush()
    return report


# ---------------------------------------------------------------- reading

def _row(report: NeighbourhoodReport, facility_name: str) -> ReportRow:
    return ReportRow(report.id, report.version_id, report.facility_id, facility_name,
                     report.reported_on, report.kind, report.channel, report.category,
                     report.text, report.contact_name, report.follow_up, report.follow_up_on,
                     bool(report.resolved), report.resolved_on)


def get_report(session: Session, actor: Actor, report_id: int) -> ReportRow:
    report = _load(session, actor, report_id, Permission.VIEW_NEIGHBOURHOOD)
    return _row(report, report.facility.name)


def list_reports(session: Session, actor: Actor, *, start: date | None = None,
                 end: date | None = None, facility_ids: Iterable[int] | None = None,
                 kinds: Iterable[str] | None = None, channels: Iterable[str] | None = None,
                 categories: Iterable[str] | None = None, open_only: bool = False
                 ) -> list[ReportRow]:
    """The reports the actor may see, newest first, filtered by date (both days included),
    facilities, kinds, channels, categories and, with `open_only`, those not settled."""
    require(actor, Permission.VIEW_NEIGHBOURHOOD)
    query = (select(NeighbourhoodReport, Facility.name)
             .join(Facility, Facility.id == NeighbourhoodReport.facility_id))
    scope = actor.facility_scope(Permission.VIEW_NEIGHBOURHOOD)
    if scope is not None:
        query = query.where(NeighbourhoodReport.facility_id.in_(scope))
    if start is not None:
        query = query.where(NeighbourhoodReport.reported_on >= start)
    if end is not None:
        query = query.where(NeighbourhoodReport.reported_on <= end)
    for column, values in ((NeighbourhoodReport.facility_id, facility_ids),
                           (NeighbourhoodReport.kind, kinds),
                           (NeighbourhoodReport.channel, channels),
                           (NeighbourhoodReport.category, categories)):
        if values is not None:
            query = query.where(column.in_(list(values)))
    if open_only:
        query = query.where(NeighbourhoodReport.resolved.is_(False))
    query = query.order_by(NeighbourhoodReport.reported_on.desc(),
                           NeighbourhoodReport.id.desc())
    return [_row(report, name) for report, name in session.execute(query)]
