"""The role → permission table and its facility scoping."""

from __future__ import annotations

import pytest

from soest_desk.models.enums import Role
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import (
    ROLE_PERMISSIONS,
    Actor,
    Permission,
    require,
)


def actor(*roles: Role, facilities: tuple[int, ...] = ()) -> Actor:
    return Actor(1, "x", "X", frozenset(roles), frozenset(facilities))


def test_every_role_has_permissions_and_a_label():
    from soest_desk.services.permissions import ROLE_LABELS

    assert set(ROLE_PERMISSIONS) == set(Role) == set(ROLE_LABELS)
    assert all(ROLE_PERMISSIONS[role] for role in Role)


def test_only_social_workers_read_case_notes():
    readers = {role for role, perms in ROLE_PERMISSIONS.items()
               if Permission.READ_CASE_NOTES in perms}
    assert readers == {Role.SOCIAL_WORKER}


def test_property_service_sees_no_names():
    service = actor(Role.PROPERTY_SERVICE)
    assert service.can(Permission.HANDLE_TICKETS)
    assert not service.can(Permission.VIEW_PERSONS)
    with pytest.raises(PermissionDenied, match=r"Bewohner\*innen ansehen.*Objektservice"):
        require(service, Permission.VIEW_PERSONS)


def test_site_manager_is_scoped_to_assigned_facilities():
    manager = actor(Role.SITE_MANAGER, facilities=(3, 4))
    assert manager.facility_scope(Permission.VIEW_PERSONS) == {3, 4}
    require(manager, Permission.REPORT_TICKETS, facility_id=3)
    with pytest.raises(PermissionDenied, match="für diese Unterkunft"):
        require(manager, Permission.REPORT_TICKETS, facility_id=5)


def test_an_unscoped_role_widens_the_scope():
    both = actor(Role.SITE_MANAGER, Role.MANAGER, facilities=(3,))
    assert both.facility_scope(Permission.VIEW_PERSONS) is None
    assert both.can_at(Permission.VIEW_PERSONS, 99)


def test_no_permission_means_empty_scope():
    assert actor(Role.PROPERTY_SERVICE).facility_scope(Permission.VIEW_CASES) == frozenset()


def test_role_labels_in_fixed_order():
    assert actor(Role.ADMIN, Role.SITE_MANAGER).role_labels == "Heimleitung, Administration"
