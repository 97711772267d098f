"""Verwaltung → Datenschutz: the Administration finds a resident by name, writes the
disclosure PDF, is refused (in German, nothing changed) when erasing somebody who still
lives there, and runs the retention only after a dry run."""

from __future__ import annotations

import pytest

from soest_desk.models import Person
from soest_desk.models.enums import Role
from soest_desk.services.data_protection_search import find_people
from soest_desk.services.errors import PermissionDenied
from soest_desk.ui.admin.privacy_dialog import PrivacyDialog
from soest_desk.ui.admin.privacy_gateway import PrivacyGateway
from tests.builders import Builder, _actor, build_sample

TIMEOUT = 5000


def _admin(database):
    with database.write() as session:
        return _actor(Builder(session).user("adele", {Role.ADMIN}, (), "Adele Admin"))


def _dialog(qtbot, database, actor) -> PrivacyDialog:
    dialog = PrivacyDialog(PrivacyGateway(database, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _idle(qtbot, dialog: PrivacyDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def test_find_disclose_and_a_refused_erasure(qtbot, database, tmp_path):
    sample = build_sample(database)
    dialog = _dialog(qtbot, database, _admin(database))
    qtbot.keyClicks(dialog.search, "kovalenko olena")
    dialog.find()
    _idle(qtbot, dialog)
    assert dialog.people.rowCount() == 1 and dialog.chosen() is not None
    assert dialog.chosen().person_id == sample.persons["kovalenko_olena"]
    target = tmp_path / "auskunft.pdf"
    dialog.requested_by.setText("die Person selbst")
    dialog.disclose(target)
    _idle(qtbot, dialog)
    assert target.read_bytes().startswith(b"%PDF") and "Auskunft gespeichert" in \
        dialog.message.text()
    dialog.tabs.setCurrentIndex(2)
    dialog.reason.setText("Antrag vom 01.03.2025")
    dialog.erase()
    _idle(qtbot, dialog)
    assert "wohnt" in dialog.message.text() or "Belegung" in dialog.message.text()
    with database.read() as session:
        olena = session.get(Person, sample.persons["kovalenko_olena"])
        assert (olena.family_name, olena.anonymised_at) == ("Kovalenko", None)


def test_the_retention_runs_only_after_a_dry_run(qtbot, database):
    build_sample(database)
    dialog = _dialog(qtbot, database, _admin(database))
    assert not dialog.apply_button.isEnabled()
    dialog.years.setValue(1)
    dialog.plan()
    _idle(qtbot, dialog)
    assert dialog.plan_text.toPlainText().startswith("Stichtag:")
    due = dialog.plan_text.toPlainText().count("Person #")
    assert dialog.apply_button.isEnabled() == (due > 0)
    if due:
        dialog.apply()
        _idle(qtbot, dialog)
        assert dialog.message.text() == f"{due} Person(en) anonymisiert."
        assert not dialog.apply_button.isEnabled()  # a new dry run first


def test_the_search_is_for_the_administration_only(database):
    sample = build_sample(database)
    admin = _admin(database)
    with database.read() as session:
        by_number = find_people(session, admin, f"#{sample.persons['kovalenko_olena']}")
        assert [f.name for f in by_number] == ["Kovalenko, Olena"]
        with pytest.raises(PermissionDenied):
            find_people(session, sample.actors["leitung"], "kovalenko")
