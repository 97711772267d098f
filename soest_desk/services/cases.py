"""Social-work cases (Fälle): one open case per household, led by a social worker toward a
tenancy of its own.

Who sees a case: the roles with "Fälle ansehen" that work for every facility (Leitung), and
a social worker for the households living in their facilities plus every case assigned to
them (their caseload) — the same rule as the case list. Who changes one: social workers,
with the same reach. Opening, reassigning, status changes and closing are audited by the
session's audit hook like every change of a case.

Status: offen (just opened) → in Begleitung → ruhend ↔ in Begleitung; any open status →
abgeschlossen with an outcome. A closed case stays closed; the household can get a new one.
Closing with the outcome "eigene Wohnung" is what the move into an own flat does
(`flat_search.move_into_own_flat`, or a move-out with that reason): a household still living
in a facility cannot be closed that way by hand. Recording a checklist item of an "offen"
case makes it "in Begleitung": the work has begun.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from soest_desk.models import (
    Case,
    Facility,
    Household,
    Person,
    ReadinessItem,
    Stay,
    Unit,
    User,
    UserRole,
)
from soest_desk.models.enums import CaseOutcome, CaseStatus, OfferStatus, Role
from soest_desk.services import readiness
from soest_desk.services.capacity import current_stay
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.validation import EditConflict, check_storable_text, check_version

STATUS_LABELS = {
    CaseStatus.OPEN.value: "offen", CaseStatus.ACTIVE.value: "in Begleitung",
    CaseStatus.DORMANT.value: "ruhend", CaseStatus.CLOSED.value: "abgeschlossen",
}
OUTCOME_LABELS = {
    CaseOutcome.OWN_FLAT.value: "eigene Wohnung",
    CaseOutcome.MOVED_AWAY.value: "weggezogen",
    CaseOutcome.NO_LONGER_NEEDED.value: "keine Begleitung mehr nötig",
    CaseOutcome.OTHER.value: "Sonstiges",
}
MAX_GOALS = 4000
EARLIEST = date(2000, 1, 1)


# ---------------------------------------------------------------- who may see a case

def household_facilities(session: Session, household_id: int, day: date) -> set[int]:
    """The facilities where members of the household live on `day`."""
    return set(session.scalars(
        select(Unit.facility_id).join(Stay, Stay.unit_id == Unit.id)
        .join(Person, Stay.person_id == Person.id)
        .where(Person.household_id == household_id, current_stay(Stay, day))))


def may_reach(session: Session, actor: Actor, case: Case, permission: Permission,
              today: date) -> bool:
    """`permission` holds for this case: everywhere, in the household's facility today, or
    because the case is assigned to the actor."""
    if not actor.can(permission):
        return False
    scope = actor.facility_scope(permission)
    if scope is None:
        return True
    if actor.user_id is not None and case.social_worker_id == actor.user_id:
        return True
    return bool(household_facilities(session, case.household_id, today) & scope)


def reachable_case(session: Session, actor: Actor, case_id: int, permission: Permission,
                   today: date | None = None) -> Case:
    """The case, if `permission` holds for it; else PermissionDenied (German)."""
    require(actor, permission)
    case = session.get(Case, case_id)
    if case is None:
        raise DomainError("Der Fall wurde nicht gefunden; vielleicht wurde die Liste "
                          "inzwischen geändert. Bitte neu laden.")
    if not may_reach(session, actor, case, permission, today or office_today()):
        raise PermissionDenied(
            "Keine Berechtigung für diesen Fall: Der Haushalt wohnt nicht in Ihren "
            "Unterkünften, und der Fall ist Ihnen nicht zugeordnet.")
    return case


def editable_case(session: Session, actor: Actor, case_id: int, version_id: int | None,
                  today: date) -> Case:
    """The case, if the actor may change it (reach, version) and it is not closed."""
    case = reachable_case(session, actor, case_id, Permission.EDIT_CASES, today)
    if version_id is not None:
        check_version(case.version_id, version_id, "Der Fall")
    if case.status == CaseStatus.CLOSED:
        raise DomainError("Der Fall ist abgeschlossen und kann nicht mehr geändert werden. "
                          "Für den Haushalt kann ein neuer Fall eröffnet werden.")
    return case


# ---------------------------------------------------------------- social workers

def social_workers(session: Session) -> list[tuple[int, str]]:
    """Active users with the role Sozialarbeit, by name: the choice for "zuständig"."""
    # EXISTS, not a join with DISTINCT: PostgreSQL refuses DISTINCT with an ORDER BY on a
    # column outside the select list
    has_role = exists().where(UserRole.user_id == User.id,
                              UserRole.role == Role.SOCIAL_WORKER.value)
    rows = session.execute(
        select(User.id, User.display_name).where(has_role, User.active.is_(True))
        .order_by(User.search_name, User.id))
    return [(row.id, row.display_name) for row in rows]


def _check_worker(session: Session, worker_id: int | None) -> int:
    if worker_id is None:
        raise DomainError("Zuständig: bitte eine Sozialarbeiterin oder einen "
                          "Sozialarbeiter wählen.", field="Zuständig")
    if worker_id not in dict(social_workers(session)):
        raise DomainError("Zuständig: diese Person ist keine aktive Fachkraft der "
                          "Sozialarbeit.", field="Zuständig")
    return worker_id


def _clean_goals(goals: str | None) -> str | None:
    text = (goals or "").strip() or None
    if text is not None:
        check_storable_text(text, "Ziele")
    if text is not None and len(text) > MAX_GOALS:
        raise DomainError(f"Ziele: höchstens {MAX_GOALS} Zeichen.", field="Ziele")
    return text


# ---------------------------------------------------------------- opening and changing

def open_case(session: Session, actor: Actor, household_id: int, *,
              social_worker_id: int | None = None, goals: str | None = None,
              opened_on: date | None = None, today: date | None = None) -> Case:
    """Open the household's case (one open case per household). Without a worker the case
    goes to the actor, if they are a social worker."""
    today = today or office_today()
    require(actor, Permission.EDIT_CASES)
    household = session.get(Household, household_id)
    if household is None or not household.active:
        raise DomainError("Der Haushalt wurde nicht gefunden oder ist beendet.")
    scope = actor.facility_scope(Permission.EDIT_CASES)
    living = household_facilities(session, household_id, today)
    if scope is not None and not living & scope:
        raise PermissionDenied("Keine Berechtigung: Der Haushalt wohnt heute nicht in "
                               "einer Ihrer Unterkünfte.")
    existing = session.scalars(select(Case).where(
        Case.household_id == household_id, Case.status != CaseStatus.CLOSED.value)).first()
    if existing is not None:
        raise DomainError(f"Für diesen Haushalt gibt es schon einen offenen Fall (seit "
                          f"{existing.opened_on:%d.%m.%Y}).")
    if social_worker_id is None and Role.SOCIAL_WORKER in actor.roles:
        social_worker_id = actor.user_id
    opened_on = opened_on or today
    if not EARLIEST <= opened_on <= today:
        raise DomainError("Eröffnet am: bitte ein Datum bis heute angeben.",
                          field="Eröffnet am")
    case = Case(household_id=household_id, social_worker_id=_check_worker(
                    session, social_worker_id),
                status=CaseStatus.OPEN.value, goals=_clean_goals(goals), opened_on=opened_on)
    try:  # another workstation may open one at the same moment: the unique index decides
        with session.begin_nested():
            session.add(case)
            session.flush()
    except IntegrityError as exc:
        text = str(exc.orig)
        if "uq_cases_household_open" in text or "cases.household_id" in text:
            raise DomainError("Für diesen Haushalt wurde eben an einem anderen Arbeitsplatz "
                              "ein Fall eröffnet. Bitte die Liste neu laden.") from exc
        raise
    return case


def reassign(session: Session, actor: Actor, case_id: int, social_worker_id: int, *,
             version_id: int | None = None, today: date | None = None) -> Case:
    case = editable_case(session, actor, case_id, version_id, today or office_today())
    case.social_worker_id = _check_worker(session, social_worker_id)
    session.flush()
    return case


def set_status(session: Session, actor: Actor, case_id: int, status: str, *,
               version_id: int | None = None, today: date | None = None) -> Case:
    """offen, in Begleitung or ruhend; closing is `close_case` (it needs an outcome)."""
    case = editable_case(session, actor, case_id, version_id, today or office_today())
    if status == CaseStatus.CLOSED:
        raise DomainError("Zum Abschließen bitte „Fall abschließen“ mit einem Ergebnis "
                          "verwenden.", field="Status")
    if status not in STATUS_LABELS:
        raise DomainError("Status: bitte einen Status aus der Liste wählen.", field="Status")
    case.status = status
    session.flush()
    return case


def set_goals(session: Session, actor: Actor, case_id: int, goals: str | None, *,
              version_id: int | None = None, today: date | None = None) -> Case:
    case = editable_case(session, actor, case_id, version_id, today or office_today())
    case.goals = _clean_goals(goals)
    session.flush()
    return case


def close_case(session: Session, actor: Actor, case_id: int, outcome: str, *,
               closed_on: date | None = None, version_id: int | None = None,
               today: date | None = None) -> Case:
    today = today or office_today()
    case = editable_case(session, actor, case_id, version_id, today)
    if outcome not in OUTCOME_LABELS:
        raise DomainError("Ergebnis: bitte ein Ergebnis aus der Liste wählen.",
                          field="Ergebnis")
    closed_on = closed_on or today
    if not case.opened_on <= closed_on <= today:
        raise DomainError(f"Abgeschlossen am: bitte ein Datum zwischen der Eröffnung "
                          f"({case.opened_on:%d.%m.%Y}) und heute angeben.",
                          field="Abgeschlossen am")
    if outcome == CaseOutcome.OWN_FLAT and household_facilities(
            session, case.household_id, closed_on):
        raise DomainError("Der Haushalt wohnt noch in einer Unterkunft. Bitte „Auszug in "
                          "eigene Wohnung“ verwenden: Das beendet die Belegung und schließt "
                          "den Fall.", field="Ergebnis")
    finish(session, case, outcome, closed_on)
    return case


def finish(session: Session, case: Case, outcome: str, closed_on: date) -> None:
    """Close `case` (no permission check: callers decide who may). With the outcome "eigene
    Wohnung" the reserved offer is taken (the case keeps it); otherwise it is offered again."""
    if case.housing_offer_id is not None:
        if outcome == CaseOutcome.OWN_FLAT:
            offer = session.get(Facility, case.housing_offer_id)
            if offer is not None and offer.offer_status == OfferStatus.RESERVED:
                offer.offer_status = OfferStatus.ACCEPTED.value
        else:
            release_offer(session, case)
    case.status = CaseStatus.CLOSED.value
    case.closed_on = max(closed_on, case.opened_on)
    case.outcome = outcome
    session.flush()


def release_offer(session: Session, case: Case) -> None:
    offer = session.get(Facility, case.housing_offer_id) if case.housing_offer_id else None
    if offer is not None and offer.offer_status == OfferStatus.RESERVED:
        offer.offer_status = OfferStatus.OFFERED.value
    case.housing_offer_id = None
    session.flush()


# ---------------------------------------------------------------- the checklist

def set_readiness_item(
    session: Session, actor: Actor, case_id: int, item_key: str, state: str, *,
    state_date: date | None = None, expires_on: date | None = None,
    count_value: int | None = None, evidence: str | None = None,
    version_id: int | None = None, today: date | None = None,
) -> ReadinessItem:
    """Record the state of one checklist item (a date defaults to today once the item is no
    longer open). `version_id`: the item's version the form showed, 0 when it showed no
    row yet (someone else's first entry meanwhile is then a conflict); None: not checked."""
    today = today or office_today()
    case = editable_case(session, actor, case_id, None, today)
    items = {i.key: i for i in readiness.checklist(session)}
    if item_key not in items:
        raise DomainError("Dieser Punkt steht nicht (mehr) auf der Checkliste.")
    state, state_date, expires_on, count_value, text = readiness.clean_item(
        items[item_key], state, state_date, expires_on, count_value, evidence, today)
    label = f"„{items[item_key].label}“"
    row = session.scalars(select(ReadinessItem).where(
        ReadinessItem.case_id == case.id, ReadinessItem.item_key == item_key)).first()
    if row is not None and version_id is not None:
        check_version(row.version_id, version_id, label)
    try:  # two first entries at the same moment: the unique constraint decides
        with session.begin_nested():
            if row is None:
                row = ReadinessItem(case_id=case.id, item_key=item_key)
                session.add(row)
            row.state, row.state_date, row.expires_on = state, state_date, expires_on
            row.count_value, row.evidence = count_value, text
            if case.status == CaseStatus.OPEN:  # work on the checklist: the case is active
                case.status = CaseStatus.ACTIVE.value
            session.flush()
    except IntegrityError as exc:
        raise EditConflict(f"{label} wurde eben an einem anderen Arbeitsplatz eingetragen. "
                           "Ihre Änderung wurde nicht gespeichert; bitte laden Sie den Fall "
                           "neu.") from exc
    return row
