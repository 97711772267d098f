"""The child-age thresholds of the Bewohner filter as a shared setting, and the settings
dialog's save: every changed setting in one audited transaction (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from soest_desk.models.audit import AuditEntry
from soest_desk.models.enums import Role
from soest_desk.services import shared_settings
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor
from soest_desk.ui.settings.gateway import SettingsGateway, child_age_limits

ADMIN = Actor(None, "admin", "Administration", frozenset({Role.ADMIN}))
MANAGER = Actor(None, "leitung", "Leitung", frozenset({Role.MANAGER}))


def test_default_and_a_stored_value(database):
    with database.read() as session:
        assert shared_settings.get(session, "child_age_limits") == [3, 6, 18]
    with database.write(ADMIN) as session:
        assert shared_settings.put(session, ADMIN, "child_age_limits", (1, 17)) == [1, 17]
    assert child_age_limits(database) == [1, 17]


@pytest.mark.parametrize(("bad", "says"), [
    ([6, 3], "aufsteigend und ohne Wiederholung"),
    ([3, 3], "aufsteigend und ohne Wiederholung"),
    ([20], "ganze Zahl von 1 bis 18 sein (angegeben: „20“)"),
    ([0, 6], "ganze Zahl von 1 bis 18"),
    ([3, "6"], "ganze Zahl von 1 bis 18"),
    ([3, True], "ganze Zahl von 1 bis 18"),
    ([], "eine bis 5 Altersgrenzen"),
    ([1, 2, 3, 4, 5, 6], "eine bis 5 Altersgrenzen"),
    ("3, 6", "eine bis 5 Altersgrenzen"),
])
def test_bad_thresholds_are_refused_in_german(sqlite_database, bad, says):
    with pytest.raises(DomainError, match=r"^Altersgrenzen für Kinder \(Jahre\): ") as caught, \
            sqlite_database.write(ADMIN) as session:
        shared_settings.put(session, ADMIN, "child_age_limits", bad)
    assert says in caught.value.message
    assert child_age_limits(sqlite_database) == [3, 6, 18]


def test_the_gateway_saves_all_changes_in_one_audited_transaction(database):
    gateway = SettingsGateway(database, ADMIN)
    assert gateway.can_edit
    assert gateway.shared_values()["min_area_per_person_m2"] == 7.0
    stored = gateway.save_shared({"min_area_per_person_m2": 7.5, "child_age_limits": [2, 12],
                                  "retention_years": 12})
    assert stored == {"min_area_per_person_m2": 7.5, "child_age_limits": [2, 12],
                      "retention_years": 12}
    values = gateway.shared_values()
    assert (values["min_area_per_person_m2"], values["child_age_limits"],
            values["retention_years"]) == (7.5, [2, 12], 12)
    with database.read() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "app_settings")).all()
    assert sorted(entry.changes["key"][1] for entry in entries) == [
        "child_age_limits", "min_area_per_person_m2", "retention_years"]
    assert {entry.actor_login for entry in entries} == {"admin"}

    with pytest.raises(DomainError, match="Aufbewahrungsfrist"):  # the last one is bad:
        gateway.save_shared({"caseload_target_persons": 50, "retention_years": 0})
    assert gateway.shared_values()["caseload_target_persons"] == 80  # … none is stored
    with database.read() as session:
        assert len(session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "app_settings")).all()) == 3


def test_only_the_administration_may_save(database):
    gateway = SettingsGateway(database, MANAGER)
    assert not gateway.can_edit
    assert gateway.shared_values()["caseload_target_persons"] == 80
    with pytest.raises(PermissionDenied):
        gateway.save_shared({"caseload_target_persons": 50})
    with database.read() as session:
        assert shared_settings.get(session, "caseload_target_persons") == 80
