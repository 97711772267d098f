"""Tenancy readiness (Mietvertragsfähigkeit): the checklist of a case and what it adds up to.

The items come from the shared setting "Checkliste Mietvertragsfähigkeit" (a default ships
with the application). A case has at most one row per item; an item without a row is open.

- An item counts as met when its state is "erfüllt" and it has not expired: an expiry date
  is the last day the evidence is valid (a residence title valid until 31.03. counts on
  31.03. and no longer on 01.04.).
- Readiness is the share of the *required* items that are met, leaving out the ones marked
  "entfällt" (a household that needs no WBS is not held back by it).
- A household is ready when every required, applicable item is met; it has been ready since
  the latest date on which one of them was met ("bereit seit").

`readiness_columns` says the same in SQL for the case list, so a list of 10,000 cases sorts
and filters by readiness in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from soest_desk.models import ReadinessItem
from soest_desk.models.enums import ReadinessState
from soest_desk.services import shared_settings
from soest_desk.services.errors import DomainError
from soest_desk.services.validation import check_storable_text

STATE_LABELS = {
    ReadinessState.OPEN.value: "offen",
    ReadinessState.IN_PROGRESS.value: "in Arbeit",
    ReadinessState.MET.value: "erfüllt",
    ReadinessState.NOT_APPLICABLE.value: "entfällt",
}
MAX_EVIDENCE = 2000
MAX_COUNT = 10_000


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    required: bool
    expires: bool
    counts: str  # the name of a number kept with the item ("Bewerbungen"), or ""


@dataclass(frozen=True)
class ItemState:
    item: ChecklistItem
    state: str
    state_date: date | None
    expires_on: date | None
    count_value: int | None
    evidence: str | None  # None also where the reader may not see it (Sozialdaten)
    version_id: int | None  # None: no row yet

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today

    def counts_as_met(self, today: date) -> bool:
        return self.state == ReadinessState.MET and not self.expired(today)


@dataclass(frozen=True)
class Readiness:
    met: int
    required: int  # required items that apply (not "entfällt")
    ready_since: date | None

    @property
    def share(self) -> float:
        return self.met / self.required if self.required else 0.0

    @property
    def percent(self) -> int:
        # half up, as the list computes it in SQL
        return (self.met * 200 + self.required) // (self.required * 2) if self.required else 0

    @property
    def ready(self) -> bool:
        return self.required > 0 and self.met == self.required

    @property
    def text(self) -> str:
        return f"{self.met} von {self.required} Punkten erfüllt"


def checklist(session: Session) -> list[ChecklistItem]:
    return [ChecklistItem(i["key"], i["label"], bool(i.get("required", True)),
                          bool(i.get("expires", False)), str(i.get("counts", "")))
            for i in shared_settings.get(session, "readiness_checklist")]


def item_states(items: list[ChecklistItem], rows: list[ReadinessItem], *,
                with_evidence: bool) -> list[ItemState]:
    """Every checklist item with its row's state (rows of items no longer on the checklist
    are kept in the database but not shown)."""
    by_key = {row.item_key: row for row in rows}
    states = []
    for item in items:
        row = by_key.get(item.key)
        if row is None:
            states.append(ItemState(item, ReadinessState.OPEN.value, None, None, None, None,
                                    None))
        else:
            states.append(ItemState(item, row.state, row.state_date, row.expires_on,
                                    row.count_value, row.evidence if with_evidence else None,
                                    row.version_id))
    return states


def evaluate(states: list[ItemState], today: date) -> Readiness:
    applicable = [s for s in states
                  if s.item.required and s.state != ReadinessState.NOT_APPLICABLE]
    met = [s for s in applicable if s.counts_as_met(today)]
    ready = bool(applicable) and len(met) == len(applicable)
    dates = [s.state_date for s in met if s.state_date is not None]
    return Readiness(len(met), len(applicable), max(dates) if ready and dates else None)


def readiness_of(session: Session, case_id: int, today: date) -> Readiness:
    rows = list(session.scalars(select(ReadinessItem).where(ReadinessItem.case_id == case_id)))
    return evaluate(item_states(checklist(session), rows, with_evidence=False), today)


def required_keys(session: Session) -> tuple[str, ...]:
    return tuple(i.key for i in checklist(session) if i.required)


def readiness_columns(required: Sequence[str], case_id: Any, today: date) -> dict[str, Any]:
    """Correlated SQL for the case list: `readiness_met`, `readiness_required`,
    `readiness_percent` (0–100) and `ready_since` (a date when ready, else NULL).
    `required`: the keys of the required checklist items (`required_keys`)."""
    required = list(required)
    item = ReadinessItem
    mine = and_(item.case_id == case_id, item.item_key.in_(required))
    met_now = and_(item.state == ReadinessState.MET.value,
                   or_(item.expires_on.is_(None), item.expires_on >= today))
    met = (select(func.count(item.id)).where(mine, met_now)
           .correlate_except(item).scalar_subquery())
    not_applicable = (select(func.count(item.id))
                      .where(mine, item.state == ReadinessState.NOT_APPLICABLE.value)
                      .correlate_except(item).scalar_subquery())
    applicable = len(required) - not_applicable
    latest = (select(func.max(item.state_date)).where(mine, met_now)
              .correlate_except(item).scalar_subquery())
    percent = case((applicable > 0, (met * 200 + applicable) // (applicable * 2)), else_=0)
    ready_since = case((and_(applicable > 0, met == applicable), latest), else_=None)
    return {"readiness_met": met, "readiness_required": applicable,
            "readiness_percent": percent, "ready_since": ready_since}


def clean_item(item: ChecklistItem, state: str, state_date: date | None,
               expires_on: date | None, count_value: int | None, evidence: str | None,
               today: date) -> tuple[str, date | None, date | None, int | None, str | None]:
    """Check one item's values; raise DomainError (German, naming the item) on bad input."""
    where = f"„{item.label}“"
    if state not in STATE_LABELS:
        raise DomainError(f"{where}: bitte einen Stand aus der Liste wählen "
                          "(offen, in Arbeit, erfüllt, entfällt).", field="Stand")
    if state == ReadinessState.OPEN:
        state_date = None
    elif state_date is None:
        state_date = today
    if state_date is not None and state_date > today:
        raise DomainError(f"{where}: das Datum {state_date:%d.%m.%Y} liegt in der Zukunft.",
                          field="Datum")
    if expires_on is not None and state_date is not None and expires_on < state_date:
        raise DomainError(f"{where}: „gültig bis“ ({expires_on:%d.%m.%Y}) liegt vor dem "
                          f"Datum ({state_date:%d.%m.%Y}).", field="Gültig bis")
    if count_value is not None and not 0 <= count_value <= MAX_COUNT:
        raise DomainError(f"{where}: die Anzahl muss zwischen 0 und {MAX_COUNT} liegen.",
                          field=item.counts or "Anzahl")
    text = (evidence or "").strip() or None
    if text is not None:
        check_storable_text(text, "Nachweis")
    if text is not None and len(text) > MAX_EVIDENCE:
        raise DomainError(f"{where}: der Nachweis ist zu lang (höchstens {MAX_EVIDENCE} "
                          "Zeichen).", field="Nachweis")
    return state, state_date, expires_on, count_value, text
