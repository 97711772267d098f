"""The Administration manages users: German refusals name the field, nothing is written on
a refusal, the office cannot lose its last administrator, changes are audited, and nobody
else may do it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from soest_desk.models import User
from soest_desk.models.audit import AuditEntry
from soest_desk.models.enums import Role
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.user_admin import UserInput, list_users, save_user
from soest_desk.services.users import actor_for
from tests.builders import Builder, _actor, build_sample


def _admin(database):
    with database.write() as session:
        return _actor(Builder(session).user("adele", {Role.ADMIN}, (), "Adele Admin"))


def _users(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(User))


def test_a_social_worker_is_created_with_facilities_and_shows_in_the_list(database):
    sample = build_sample(database)
    admin = _admin(database)
    bach = sample.facilities["Haus am Bach"]
    with database.write(admin) as session:
        user = save_user(session, admin, UserInput(" S.Neu ", "  Sina   Neu ",
                                                   frozenset({Role.SOCIAL_WORKER}),
                                                   frozenset({bach})))
        new_id = user.id
    with database.read() as session:
        rows = {r.login: r for r in list_users(session, admin)}
        created = actor_for(session.get(User, new_id))
    assert rows["s.neu"].display_name == "Sina Neu"
    assert rows["s.neu"].role_text == "Sozialarbeit" and rows["s.neu"].facility_ids == {bach}
    assert created.facility_scope(created.permissions() and next(iter(
        created.permissions()))) is not None
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name == "users", AuditEntry.row_id == new_id)) == 1


@pytest.mark.parametrize(("data", "message"), [
    (UserInput("1abc", "X", frozenset({Role.MANAGER})), "Anmeldename: 2 bis 60"),
    (UserInput("leitung", "X", frozenset({Role.MANAGER})), "schon vergeben"),
    (UserInput("neu", "   ", frozenset({Role.MANAGER})), "Name: bitte"),
    (UserInput("neu", "Neu", frozenset()), "mindestens eine Rolle"),
    (UserInput("neu", "Neu", frozenset({Role.SITE_MANAGER})), "Unterkünfte: Heimleitung"),
    (UserInput("neu", "Neu", frozenset({Role.MANAGER}), frozenset({999_999})),
     "gibt es nicht mehr"),
])
def test_bad_input_is_refused_in_german_and_nothing_is_written(database, data, message):
    build_sample(database)
    admin = _admin(database)
    before = _users(database)
    with pytest.raises(DomainError, match=message), database.write(admin) as session:
        save_user(session, admin, data)
    assert _users(database) == before


def test_administrators_cannot_lock_themselves_or_the_office_out(database):
    build_sample(database)
    admin = _admin(database)
    with database.read() as session:
        me = next(r for r in list_users(session, admin) if r.id == admin.user_id)
    with pytest.raises(DomainError, match="nicht selbst entziehen"), \
            database.write(admin) as session:
        save_user(session, admin, UserInput("adele", "Adele Admin", frozenset({Role.MANAGER})),
                  admin.user_id, me.version_id)
    with database.write(admin) as session:  # a second administrator may do it
        second = _actor(save_user(session, admin, UserInput(
            "bernd", "Bernd Admin", frozenset({Role.ADMIN}))))
    with database.write(second) as session:
        save_user(session, second, UserInput("adele", "Adele Admin", frozenset({Role.ADMIN}),
                                             active=False), admin.user_id, me.version_id)
    with pytest.raises(DomainError, match="nicht selbst entziehen"), \
            database.write(second) as session:
        row = next(r for r in list_users(session, second) if r.id == second.user_id)
        save_user(session, second, UserInput("bernd", "Bernd", frozenset({Role.ADMIN}),
                                             active=False), second.user_id, row.version_id)


def test_a_stale_edit_is_a_conflict_and_others_may_not_manage_users(database):
    sample = build_sample(database)
    admin = _admin(database)
    with database.read() as session:
        row = next(r for r in list_users(session, admin) if r.login == "leitung")
    with database.write(admin) as session:
        save_user(session, admin, UserInput("leitung", "Leitung Neu", frozenset({Role.MANAGER})),
                  row.id, row.version_id)
    with pytest.raises(DomainError, match="inzwischen"), database.write(admin) as session:
        save_user(session, admin, UserInput("leitung", "Leitung Alt", frozenset({Role.MANAGER})),
                  row.id, row.version_id)
    manager = sample.actors["leitung"]
    with pytest.raises(PermissionDenied), database.read() as session:
        list_users(session, manager)


def test_a_stale_save_after_a_role_change_is_a_conflict(database):
    build_sample(database)
    admin = _admin(database)
    with database.read() as session:
        row = next(r for r in list_users(session, admin) if r.login == "leitung")
    with database.write(admin) as session:  # only the roles change
        save_user(session, admin, UserInput("leitung", row.display_name,
                                            frozenset({Role.MANAGER, Role.ADMIN})),
                  row.id, row.version_id)
    with pytest.raises(DomainError, match="inzwischen"), database.write(admin) as session:
        save_user(session, admin, UserInput("leitung", "Leitung", frozenset({Role.MANAGER})),
                  row.id, row.version_id)


def test_a_user_mapped_from_an_os_login_stays_editable(database):
    admin = _admin(database)
    with database.write() as session:
        odd = Builder(session).user("jürgen müller", {Role.MANAGER}, (), "Jürgen Müller")
        odd_id, version = odd.id, odd.version_id
    with database.write(admin) as session:
        save_user(session, admin, UserInput("Jürgen Müller", "Jürgen Müller-Lüdenscheidt",
                                            frozenset({Role.MANAGER})), odd_id, version)
    with database.read() as session:
        assert session.get(User, odd_id).login == "jürgen müller"
