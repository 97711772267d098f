"""The OS login is mapped to a user; the first start on an empty database makes it admin
(on the single-workstation SQLite database: every role, as one person does everything)."""

from __future__ import annotations

import pytest

from soest_desk.models.enums import Role
from soest_desk.services import users
from soest_desk.services.errors import UnknownUser


def test_first_login_becomes_admin_then_others_are_refused(database):
    with database.write() as session:
        actor = users.sign_in_os_user(session, "erika")
    assert actor.roles == (set(Role) if database.dialect == "sqlite" else {Role.ADMIN})
    with database.write() as session:
        assert users.sign_in_os_user(session, "ERIKA").user_id == actor.user_id
    refused = pytest.raises(UnknownUser, match="„fremd“ ist in dieser Datenbank nicht angelegt")
    with refused, database.write() as session:
        users.sign_in_os_user(session, "fremd")


def test_deactivated_user_is_refused(database):
    with database.write() as session:
        users.create_user(session, "alt", "Alte Kollegin", {Role.SITE_MANAGER}).active = False
    with pytest.raises(UnknownUser, match="deaktiviert"), database.write() as session:
        users.sign_in_os_user(session, "alt")


def test_os_login_can_be_overridden_for_demos(monkeypatch):
    monkeypatch.setenv("SOEST_DESK_USER", "demo.nutzer")
    assert users.os_login() == "demo.nutzer"


def test_override_only_on_sqlite_or_demo_databases(database, monkeypatch):
    monkeypatch.setenv("SOEST_DESK_USER", "c.menke")
    with database.read() as session:
        allowed = users.override_allowed(session)
    assert allowed == (database.dialect == "sqlite")
    assert users.os_login(allow_override=False) != "c.menke"
    with database.write() as session:
        from soest_desk.models import AppSetting

        session.add(AppSetting(key="demo", value={"seed": 1}))
    with database.read() as session:
        assert users.override_allowed(session)


def test_system_login_ignores_the_environment(monkeypatch):
    monkeypatch.setenv("USER", "jemand.anderes")
    monkeypatch.setenv("LOGNAME", "jemand.anderes")
    monkeypatch.setenv("USERNAME", "jemand.anderes")
    assert users.os_login(allow_override=False) != "jemand.anderes"
