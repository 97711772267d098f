"""Cost entries on a ticket (material, labour hours × rate, contractor invoice): the source of
the maintenance-cost reports (Bauunterhaltung). Booked by the property service while or after
the work is done; an invoice may arrive after the Heimleitung has closed the ticket."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from soest_desk.models import CostEntry
from soest_desk.models.base import utcnow
from soest_desk.models.enums import CostKind, TicketEventKind, TicketState
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor
from soest_desk.services.ticket_workflow import Action, acts_as_service
from soest_desk.services.tickets import (
    StepInput,
    TicketRef,
    add_event,
    load_for_change,
    perform,
)
from soest_desk.services.validation import unstorable_character

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("1000000")
MAX_HOURS = Decimal("1000")
COST_LABELS = {CostKind.MATERIAL: "Material", CostKind.LABOUR: "Arbeitszeit",
               CostKind.CONTRACTOR: "Rechnung Fremdfirma"}
BOOKABLE_STATES = frozenset({TicketState.IN_PROGRESS.value, TicketState.WAITING.value,
                             TicketState.RESOLVED.value, TicketState.CLOSED.value})


@dataclass(frozen=True)
class CostInput:
    kind: str
    amount_eur: Decimal | str | None = None  # material and invoices
    hours: Decimal | str | None = None  # labour
    hourly_rate_eur: Decimal | str | None = None  # labour
    description: str | None = None
    booked_on: date | None = None


# a group of thousands never starts with 0: "0.500" is half a euro typed with a point
THOUSANDS_WITH_DOTS = re.compile(r"[1-9]\d{0,2}(\.\d{3})+")
GERMAN_WITH_DOTS = re.compile(r"[1-9]\d{0,2}(\.\d{3})+,\d+")
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")
THOUSANDS_WITH_COMMAS = re.compile(r"[1-9]\d{0,2}(,\d{3})+\.\d+")


def normalised_amount(text: str, label: str) -> str:
    """German notation first: "1.234,50", "1.500" (thousands), "1234,5"; a plain "12.90" and
    an English "1,234.50" are understood too. Anything else is refused, never guessed."""
    raw = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    if "," in raw and "." in raw:  # grouped: only as it is written, "1.2,50" is refused
        if GERMAN_WITH_DOTS.fullmatch(raw):  # 1.234,50
            raw = raw.replace(".", "").replace(",", ".")
        elif THOUSANDS_WITH_COMMAS.fullmatch(raw):  # 1,234.50
            raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".")
    elif THOUSANDS_WITH_DOTS.fullmatch(raw):  # 1.500 is fifteen hundred in German
        raw = raw.replace(".", "")
    if not PLAIN_NUMBER.fullmatch(raw):
        raise DomainError(f"{label}: „{text}“ ist keine Zahl.", field=label)
    return raw


def _decimal(value: Decimal | str | None, label: str, limit: Decimal) -> Decimal:
    """A positive amount, hours or rate, at most `limit`, rounded to cents."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DomainError(f"{label}: bitte eine Zahl angeben.", field=label)
    if isinstance(value, str):
        value = Decimal(normalised_amount(value, label))
    if not value.is_finite() or value <= 0:
        raise DomainError(f"{label}: bitte eine Zahl größer als 0 angeben.", field=label)
    if value > limit:
        raise DomainError(f"{label}: höchstens {limit:,.0f}.".replace(",", "."), field=label)
    rounded = value.quantize(CENT)
    if not rounded:  # "0,001" is more than 0 but rounds to 0,00, which cannot be booked
        raise DomainError(f"{label}: mindestens 0,01 angeben.", field=label)
    return rounded


def _entries(costs: list[CostInput], today: date) -> list[CostEntry]:
    """All rows checked before anything is booked; with several rows an error names its row."""
    entries = []
    for number, cost in enumerate(costs, start=1):
        try:
            entries.append(_entry(cost, today))
        except DomainError as error:
            if len(costs) == 1:
                raise
            raise DomainError(f"Kosten, Zeile {number} – {error.message}",
                              field=error.field) from None
    return entries


def _entry(cost: CostInput, today: date) -> CostEntry:
    try:
        kind = CostKind(cost.kind)
    except ValueError:
        raise DomainError("Kostenart: bitte Material, Arbeitszeit oder Rechnung wählen.",
                          field="Kostenart") from None
    if cost.booked_on is not None and cost.booked_on > today:
        raise DomainError("Gebucht am: das Datum liegt in der Zukunft.", field="Gebucht am")
    description = (cost.description or "").strip()[:300] or None
    bad = unstorable_character(description or "")
    if bad is not None:  # PostgreSQL refuses a NUL with a raw driver error
        raise DomainError(f"Kosten: die Beschreibung enthält ein unsichtbares Steuerzeichen "
                          f"(U+{ord(bad):04X}); bitte ohne dieses Zeichen eingeben.",
                          field="Kosten")
    if kind is CostKind.LABOUR:
        hours = _decimal(cost.hours, "Stunden", MAX_HOURS)
        rate = _decimal(cost.hourly_rate_eur, "Stundensatz", Decimal("1000"))
        amount = (hours * rate).quantize(CENT)
        return CostEntry(kind=kind.value, hours=hours, hourly_rate_eur=rate, amount_eur=amount,
                         description=description, booked_on=cost.booked_on or today)
    amount = _decimal(cost.amount_eur, "Betrag", MAX_AMOUNT)
    return CostEntry(kind=kind.value, amount_eur=amount, description=description,
                     booked_on=cost.booked_on or today)


def _book(session: Session, actor: Actor, ticket: object, costs: list[CostInput],
          moment: datetime) -> None:
    entries = _entries(costs, office_today(moment))
    for entry in entries:
        entry.ticket_id = ticket.id  # type: ignore[attr-defined]
        entry.created_by_id = actor.user_id
        session.add(entry)
        label = COST_LABELS[CostKind(entry.kind)]
        add_event(session, ticket, actor, TicketEventKind.COST, moment,  # type: ignore[arg-type]
               note=f"{label}: {entry.amount_eur:.2f} €".replace(".", ","),
               data={"kind": entry.kind, "amount_eur": str(entry.amount_eur)})


def add_costs(session: Session, actor: Actor, ref: TicketRef | int, costs: list[CostInput], *,
              now: datetime | None = None) -> None:
    ticket = load_for_change(session, actor, ref)
    if not acts_as_service(actor):
        raise PermissionDenied("Kosten bucht nur der Objektservice. "
                               f"Ihre Rolle: {actor.role_labels}.")
    if ticket.state not in BOOKABLE_STATES:
        raise DomainError("Kosten: erst buchbar, wenn die Arbeit begonnen hat "
                          "(nicht bei stornierten Meldungen).")
    _book(session, actor, ticket, costs, now or utcnow())


def resolve(session: Session, actor: Actor, ref: TicketRef | int, work_note: str,
            costs: list[CostInput], *, now: datetime | None = None) -> None:
    """Report the work as done and book its cost in one step (both or neither)."""
    moment = now or utcnow()
    _entries(costs, office_today(moment))  # a bad row stops it before the step is taken
    perform(session, actor, ref, Action.RESOLVE, StepInput(note=work_note), now=moment)
    ticket_id = ref.id if isinstance(ref, TicketRef) else ref
    if costs:
        _book(session, actor, load_for_change(session, actor, ticket_id), costs, moment)
