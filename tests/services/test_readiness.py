"""Tenancy readiness (Mietvertragsfähigkeit): the default checklist, what counts as met
(expiry inclusive), "entfällt", "bereit seit", the half-up percentage and the SQL of the
case list agreeing with the Python on the same data, recording an item with its German
refusals, and the checklist setting itself."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Case, Household, ReadinessItem
from soest_desk.services import cases, readiness, shared_settings
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.readiness import ChecklistItem, ItemState, Readiness
from soest_desk.services.shared_settings import DEFAULT_READINESS_CHECKLIST
from soest_desk.services.validation import EditConflict
from tests.services.case_fixtures import (
    TODAY,
    CaseWorld,
    audit_rows,
    build_case_world,
    make_ready,
    open_case,
)

YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def world(database: Database) -> CaseWorld:
    return build_case_world(database)


def _item(key: str, required: bool = True) -> ChecklistItem:
    return ChecklistItem(key, key.title(), required, True, "")


def _state(key: str, state: str = "met", on: date | None = date(2025, 3, 1),
           expires: date | None = None, required: bool = True) -> ItemState:
    return ItemState(_item(key, required), state, on, expires, None, None, 1)


# ---------------------------------------------------------------- the default checklist

def test_the_default_checklist(database: Database):
    with database.read() as session:
        items = readiness.checklist(session)
        required = readiness.required_keys(session)
    assert len(items) == 9
    assert [i.key for i in items] == [
        "residence_title", "rent_cost_assumption", "no_rent_arrears", "credit_report", "wbs",
        "bank_account", "german_level", "household_management", "flat_search"]
    by_key = {i.key: i for i in items}
    assert not by_key["wbs"].required
    assert len(required) == 8 and "wbs" not in required
    assert by_key["residence_title"].expires and not by_key["bank_account"].expires
    assert by_key["flat_search"].counts == "Bewerbungen"
    assert by_key["no_rent_arrears"].label == "Mietschuldenfreiheitsbescheinigung"


def test_a_case_without_rows_is_all_open(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    with database.read() as session:
        result = readiness.readiness_of(session, case_id, TODAY)
    assert (result.met, result.required, result.ready_since, result.percent) == (0, 8, None, 0)
    assert result.text == "0 von 8 Punkten erfüllt"


# ---------------------------------------------------------------- evaluate

def test_an_expiry_date_is_the_last_valid_day():
    assert readiness.evaluate([_state("a", expires=TODAY)], TODAY).met == 1
    assert readiness.evaluate([_state("a", expires=YESTERDAY)], TODAY).met == 0
    assert readiness.evaluate([_state("a", expires=None)], TODAY).met == 1
    expired = _state("a", expires=YESTERDAY)
    assert expired.expired(TODAY) and not expired.counts_as_met(TODAY)
    assert not _state("a", expires=TODAY).expired(TODAY)


def test_only_met_counts_and_entfaellt_leaves_the_denominator():
    states = [_state("a"), _state("b", "in_progress"), _state("c", "open", None),
              _state("d", "not_applicable"), _state("e", "met", required=False)]
    result = readiness.evaluate(states, TODAY)
    assert (result.met, result.required) == (1, 3)
    assert not result.ready and result.ready_since is None
    assert result.percent == 33 and result.text == "1 von 3 Punkten erfüllt"


def test_ready_since_is_the_latest_date_of_the_required_items():
    states = [_state("a", on=date(2025, 1, 5)), _state("b", on=date(2025, 2, 7)),
              _state("c", "not_applicable", on=date(2025, 3, 9)),
              _state("optional", on=date(2025, 3, 12), required=False)]
    result = readiness.evaluate(states, TODAY)
    assert result.ready and result.ready_since == date(2025, 2, 7)
    assert (result.percent, result.share) == (100, 1.0)
    # one of them expires: not ready any more, and no date
    states[0] = _state("a", on=date(2025, 1, 5), expires=YESTERDAY)
    result = readiness.evaluate(states, TODAY)
    assert (result.ready, result.ready_since, result.met) == (False, None, 1)


def test_nothing_applicable_is_never_ready():
    result = readiness.evaluate([_state("a", "not_applicable")], TODAY)
    assert (result.required, result.ready, result.percent, result.share) == (0, False, 0, 0.0)
    assert readiness.evaluate([], TODAY) == Readiness(0, 0, None)


def test_the_percentage_rounds_half_up():
    for required in range(1, 13):
        for met in range(required + 1):
            exact = Decimal(met * 100) / Decimal(required)
            expected = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
            assert Readiness(met, required, None).percent == expected, (met, required)
    assert Readiness(1, 8, None).percent == 13  # 12.5
    assert Readiness(3, 8, None).percent == 38  # 37.5
    assert Readiness(5, 8, None).percent == 63  # 62.5


# ---------------------------------------------------------------- the SQL of the list

def _sql_readiness(database: Database, today: date) -> dict[int, tuple]:
    with database.read() as session:
        columns = readiness.readiness_columns(readiness.required_keys(session), Case.id, today)
        rows = session.execute(select(Case.id, *(c.label(k) for k, c in columns.items())))
        return {r.id: (r.readiness_met, r.readiness_required, r.readiness_percent,
                       r.ready_since) for r in rows}


def _python_readiness(database: Database, today: date) -> dict[int, tuple]:
    with database.read() as session:
        result = {}
        for case_id in session.scalars(select(Case.id).order_by(Case.id)):
            r = readiness.readiness_of(session, case_id, today)
            result[case_id] = (r.met, r.required, r.percent, r.ready_since)
        return result


def _case_with(session, states: dict[str, tuple[str, date | None, date | None]]) -> int:
    household = Household(label="Haushalt")
    session.add(household)
    session.flush()
    case = Case(household_id=household.id, status="active", opened_on=date(2025, 1, 2))
    session.add(case)
    session.flush()
    for key, (state, on, expires) in states.items():
        session.add(ReadinessItem(case_id=case.id, item_key=key, state=state, state_date=on,
                                  expires_on=expires))
    session.flush()
    return case.id


def test_the_sql_of_the_list_agrees_with_the_python(database: Database):
    keys = [i["key"] for i in DEFAULT_READINESS_CHECKLIST]
    required = [i["key"] for i in DEFAULT_READINESS_CHECKLIST if i["required"]]
    met = ("met", date(2025, 2, 1), None)
    chooser = random.Random(20250315)
    with database.write() as session:
        # hand-made edges: all met, one expiring today or yesterday, all "entfällt",
        # 1 of 8 (12.5 %), 3 of 8 (37.5 %), nothing at all
        _case_with(session, {k: met for k in keys})
        _case_with(session, {k: met for k in required} | {
            "residence_title": ("met", date(2025, 3, 3), TODAY)})
        _case_with(session, {k: met for k in required} | {
            "residence_title": ("met", date(2025, 3, 3), YESTERDAY)})
        _case_with(session, {k: ("not_applicable", date(2025, 2, 1), None) for k in keys})
        _case_with(session, {"bank_account": met})
        _case_with(session, {k: met for k in required[:3]} | {"wbs": met})
        _case_with(session, {})
        for _ in range(40):
            states = {}
            for key in keys:
                choice = chooser.choice(["none", "open", "in_progress", "met", "met",
                                         "met", "not_applicable"])
                if choice == "none":
                    continue
                on = None if choice == "open" else date(2025, 1, 1) + timedelta(
                    days=chooser.randrange(70))
                expires = None
                if on is not None and chooser.random() < 0.4:
                    expires = on + timedelta(days=chooser.randrange(90))
                states[key] = (choice, on, expires)
            _case_with(session, states)
    for today in (TODAY, date(2025, 3, 1), date(2025, 4, 30)):
        python, sql = _python_readiness(database, today), _sql_readiness(database, today)
        assert python == sql
    edges = list(_python_readiness(database, TODAY).values())[:7]
    assert edges[0] == (8, 8, 100, date(2025, 2, 1))
    assert edges[1] == (8, 8, 100, date(2025, 3, 3))  # expires today: still counts
    assert edges[2] == (7, 8, 88, None)  # expired yesterday
    assert edges[3] == (0, 0, 0, None)
    assert edges[4] == (1, 8, 13, None)
    assert edges[5] == (3, 8, 38, None)
    assert edges[6] == (0, 8, 0, None)


# ---------------------------------------------------------------- recording an item

def _set(database: Database, world: CaseWorld, case_id: int, key: str, state: str,
         actor: str = "sw_park", **kwargs) -> ReadinessItem:
    who = world.actors[actor]
    with database.write(who) as session:
        return cases.set_readiness_item(session, who, case_id, key, state, today=TODAY,
                                        **kwargs)


def _rows(database: Database, case_id: int) -> list[ReadinessItem]:
    with database.read() as session:
        return list(session.scalars(select(ReadinessItem).where(
            ReadinessItem.case_id == case_id)))


def test_recording_items_until_the_household_is_ready(database, world):
    case_id = open_case(database, world, "kovalenko")
    row = _set(database, world, case_id, "flat_search", "in_progress", count_value=12,
               evidence="  12 Bewerbungen verschickt  ")
    assert (row.state, row.state_date, row.count_value) == ("in_progress", TODAY, 12)
    assert row.evidence == "12 Bewerbungen verschickt"
    row = _set(database, world, case_id, "residence_title", "met",
               state_date=date(2025, 3, 4), expires_on=date(2026, 3, 3))
    assert (row.state_date, row.expires_on) == (date(2025, 3, 4), date(2026, 3, 3))
    row = _set(database, world, case_id, "residence_title", "open",
               state_date=date(2025, 3, 4))
    assert row.state_date is None  # an open item has no date
    make_ready(database, world, case_id, on=date(2025, 3, 12))
    with database.read() as session:
        result = readiness.readiness_of(session, case_id, TODAY)
    assert result.ready and result.ready_since == date(2025, 3, 12)
    assert len(_rows(database, case_id)) == 9


def test_the_first_checklist_change_makes_an_open_case_active(database, world):
    case_id = open_case(database, world, "kovalenko")
    _set(database, world, case_id, "bank_account", "in_progress")
    with database.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "active"
    other = open_case(database, world, "haddad")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.set_status(session, sw, other, "dormant", today=TODAY)
    _set(database, world, other, "bank_account", "met")
    with database.read() as session:  # a dormant case stays dormant
        case = session.get(Case, other)
        assert case is not None and case.status == "dormant"
    assert [r.action for r in audit_rows(database, "cases", case_id)] == ["insert", "update"]


@pytest.mark.parametrize(("key", "state", "kwargs", "message", "field"), [
    ("pets", "met", {}, "Dieser Punkt steht nicht \\(mehr\\) auf der Checkliste", None),
    ("bank_account", "done", {}, "„Bankkonto“: bitte einen Stand aus der Liste wählen "
                                 "\\(offen, in Arbeit, erfüllt, entfällt\\)", "Stand"),
    ("bank_account", "met", {"state_date": date(2025, 3, 16)},
     "„Bankkonto“: das Datum 16\\.03\\.2025 liegt in der Zukunft", "Datum"),
    ("residence_title", "met", {"state_date": date(2025, 3, 10),
                                "expires_on": date(2025, 3, 9)},
     "„Gültiger Aufenthaltstitel“: „gültig bis“ \\(09\\.03\\.2025\\) liegt vor dem Datum "
     "\\(10\\.03\\.2025\\)", "Gültig bis"),
    ("flat_search", "in_progress", {"count_value": -1},
     "„Aktive Wohnungssuche“: die Anzahl muss zwischen 0 und 10000 liegen", "Bewerbungen"),
    ("flat_search", "in_progress", {"count_value": 10_001},
     "die Anzahl muss zwischen 0 und 10000", "Bewerbungen"),
    ("bank_account", "met", {"evidence": "x" * 2001},
     "„Bankkonto“: der Nachweis ist zu lang \\(höchstens 2000 Zeichen\\)", "Nachweis"),
])
def test_bad_item_values_are_refused_naming_the_item(database, world, key, state, kwargs,
                                                     message, field):
    case_id = open_case(database, world, "kovalenko")
    with pytest.raises(DomainError, match=message) as error:
        _set(database, world, case_id, key, state, **kwargs)
    assert error.value.field == field
    assert _rows(database, case_id) == []
    with database.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "open"


def test_a_stale_item_is_an_edit_conflict(database, world):
    case_id = open_case(database, world, "kovalenko")
    first = _set(database, world, case_id, "bank_account", "in_progress")
    _set(database, world, case_id, "bank_account", "met", version_id=first.version_id)
    with pytest.raises(EditConflict, match="„Bankkonto“ wurde inzwischen"):
        _set(database, world, case_id, "bank_account", "open", version_id=first.version_id)
    rows = _rows(database, case_id)
    assert [(r.state, r.version_id) for r in rows] == [("met", 2)]


def test_only_social_workers_reaching_the_case_record_items(database, world):
    case_id = open_case(database, world, "kovalenko")
    for who, message in (("manager", "Fälle bearbeiten"), ("service", "Fälle bearbeiten"),
                         ("sw_ring", "nicht in Ihren Unterkünften")):
        with pytest.raises(PermissionDenied, match=message):
            _set(database, world, case_id, "bank_account", "met", actor=who)
    assert _rows(database, case_id) == []


def test_evidence_is_kept_out_of_the_audit_log(database, world):
    case_id = open_case(database, world, "kovalenko")
    row = _set(database, world, case_id, "bank_account", "met", evidence="IBAN DE12 3456")
    entries = audit_rows(database, "readiness_items", row.id)
    assert [e.action for e in entries] == ["insert"]
    assert entries[0].changes["state"] == [None, "met"]
    assert "IBAN" not in repr(entries[0].changes)


# ---------------------------------------------------------------- the setting

CUSTOM = [
    {"key": "residence_title", "label": "Aufenthaltstitel", "expires": True},
    {"key": "job", "label": "Arbeit", "required": True, "counts": "Stunden"},
    {"key": "extra", "label": "Freiwillig", "required": False},
]


def test_a_custom_checklist_changes_what_counts(database, world):
    case_id = open_case(database, world, "kovalenko")
    _set(database, world, case_id, "bank_account", "met")  # not on the new list
    with database.write(SYSTEM_ACTOR) as session:
        stored = shared_settings.put(session, SYSTEM_ACTOR, "readiness_checklist", CUSTOM)
    assert stored[0] == {"key": "residence_title", "label": "Aufenthaltstitel",
                         "required": True, "expires": True, "counts": ""}
    with database.read() as session:
        assert readiness.required_keys(session) == ("residence_title", "job")
        assert readiness.readiness_of(session, case_id, TODAY) == Readiness(0, 2, None)
    with pytest.raises(DomainError, match="nicht \\(mehr\\) auf der Checkliste"):
        _set(database, world, case_id, "bank_account", "open")
    _set(database, world, case_id, "residence_title", "met", state_date=date(2025, 3, 5))
    _set(database, world, case_id, "job", "met", state_date=date(2025, 3, 7), count_value=20)
    with database.read() as session:
        result = readiness.readiness_of(session, case_id, TODAY)
    assert result.ready and result.ready_since == date(2025, 3, 7)
    assert len(_rows(database, case_id)) == 3  # the old row is kept, not shown


@pytest.mark.parametrize(("value", "message"), [
    ([], "mindestens ein Punkt ist nötig"),
    ("Aufenthaltstitel", "mindestens ein Punkt ist nötig"),
    ([{"key": "a"}], "Punkt 1: Bezeichnung fehlt"),
    (["Aufenthaltstitel"], "Punkt 1: Bezeichnung fehlt"),
    ([{"key": "a", "label": "A"}, {"key": "a", "label": "B"}],
     "Punkt 2: Schlüssel fehlt, ist zu lang oder doppelt"),
    ([{"label": "Ohne Schlüssel"}], "Punkt 1: Schlüssel fehlt"),
    ([{"key": "mit leerzeichen", "label": "A"}], "Punkt 1: Schlüssel"),
    ([{"key": "k" * 51, "label": "A"}], "Punkt 1: Schlüssel fehlt, ist zu lang"),
    ([{"key": "a", "label": "A", "required": False}], "mindestens ein Punkt muss Pflicht sein"),
    ([{"key": "a", "label": "A", "required": "false"}], "mindestens ein Punkt muss Pflicht"),
    ([{"key": "a", "label": "A", "required": "vielleicht"}], "Punkt 1: Pflichtpunkt: bitte ja"),
])
def test_bad_checklists_are_refused(database, value, message):
    with pytest.raises(DomainError, match=f"Checkliste Mietvertragsfähigkeit.*{message}"), \
            database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "readiness_checklist", value)
    with database.read() as session:
        assert len(readiness.checklist(session)) == 9


@pytest.mark.parametrize("bad", [0, 1001, "80", True, 2.5])
def test_the_caseload_target_is_a_whole_number(database, bad):
    with pytest.raises(DomainError, match=r"Betreuungsschlüssel \(Personen je Fachkraft\): "
                                          "bitte eine ganze Zahl von 1 bis 1000"), \
            database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "caseload_target_persons", bad)
    with database.read() as session:
        assert shared_settings.get(session, "caseload_target_persons") == 80


def test_a_first_entry_made_meanwhile_elsewhere_is_a_conflict(database, world):
    """Two forms opened on an item nobody had entered yet: the second save does not
    overwrite the first (version 0 = "no entry seen")."""
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.set_readiness_item(session, sw, case_id, "bank_account", "met",
                                 evidence="Girokonto", version_id=0, today=TODAY)
    with pytest.raises(EditConflict, match="„Bankkonto“ wurde inzwischen"), \
            database.write(sw) as session:
        cases.set_readiness_item(session, sw, case_id, "bank_account", "open",
                                 version_id=0, today=TODAY)
    with database.read() as session:
        row = session.scalars(select(ReadinessItem).where(
            ReadinessItem.case_id == case_id)).one()
    assert (row.state, row.evidence) == ("met", "Girokonto")
