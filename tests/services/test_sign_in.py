"""The application password of the single-workstation setup: argon2id only, German
refusals, who may set it, and the audit trail never sees the hash."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from soest_desk.models import User
from soest_desk.models.audit import AuditEntry
from soest_desk.models.enums import Role
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.sign_in import (
    SignInRefused,
    check_new_password,
    needs_app_password,
    set_app_password,
    verify_app_password,
)
from tests.builders import Builder, _actor, build_sample

GOOD = "Sonnenblume 2026!"


def _admin(database):
    with database.write() as session:
        return _actor(Builder(session).user("admin", {Role.ADMIN}))


def test_a_password_is_stored_only_as_an_argon2id_hash_and_checked(database):
    sample = build_sample(database)
    admin, clerk = _admin(database), sample.actors["leitung"]
    with database.write(admin) as session:
        set_app_password(session, admin, clerk.user_id, GOOD)
    with database.read() as session:
        stored = session.get(User, clerk.user_id).password_hash
        assert stored.startswith("$argon2id$") and GOOD not in stored
        assert needs_app_password(clerk, session)
    with database.write(clerk) as session:
        verify_app_password(session, clerk, GOOD)
    with pytest.raises(SignInRefused, match="Das Passwort stimmt nicht"), \
            database.write(clerk) as session:
        verify_app_password(session, clerk, GOOD.lower())


def test_the_audit_row_says_set_not_the_hash(database):
    sample = build_sample(database)
    admin, clerk = _admin(database), sample.actors["leitung"]
    with database.write(admin) as session:
        set_app_password(session, admin, clerk.user_id, GOOD)
    with database.read() as session:
        rows = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "users", AuditEntry.row_id == clerk.user_id)).all()
    changes = [r.changes for r in rows if r.changes and "password_hash" in r.changes]
    assert changes and changes[-1]["password_hash"] == [None, "(gesetzt)"]
    assert "argon2" not in str([r.changes for r in rows])


def test_only_the_administration_sets_other_peoples_passwords(database):
    sample = build_sample(database)
    clerk, site = sample.actors["leitung"], sample.actors["hl_a"]
    with pytest.raises(PermissionDenied, match="Administration"), \
            database.write(site) as session:
        set_app_password(session, site, clerk.user_id, GOOD)
    with database.write(clerk) as session:  # one's own: yes, and removing it too
        set_app_password(session, clerk, clerk.user_id, GOOD)
        set_app_password(session, clerk, clerk.user_id, None)
    with database.read() as session:
        assert not needs_app_password(clerk, session)


@pytest.mark.parametrize(("password", "message"), [
    ("kurz", "mindestens 10 Zeichen"), (" führendes Leerzeichen", "Leerzeichen"),
    ("mit\tTabulator drin", "Steuerzeichen"), ("x" * 201, "höchstens 200"),
])
def test_a_weak_or_odd_password_is_refused_in_german(password, message):
    with pytest.raises(DomainError, match=message):
        check_new_password(password)
