"""The Sozialarbeit dialogs: a ready household finds a fitting private offer (and sees why
the others do not fit) and reserves it; a household that is not ready cannot; the move into
the own flat ends the stays and closes the case (a future day is refused in German and the
dialog stays open); the caseload overview counts a small hand-built office right."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Case, Facility, Household, Person, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.services import cases, flat_search, readiness, shared_settings
from soest_desk.services.clock import office_today
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.cases.actions import CaseActions
from soest_desk.ui.cases.caseload_dialog import CaseloadDialog
from soest_desk.ui.cases.flat_search_dialog import FlatSearchDialog
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.cases.own_flat_dialog import OwnFlatDialog
from soest_desk.ui.table_models.lazy_table_model import WARNING_TEXT
from tests.builders import Builder, _actor
from tests.services.stay_fixtures import Town, build_town

FAMILY = ("olena", "andrii", "sofiia")


@dataclass
class Flats:
    town: Town
    worker: Actor
    case_id: int
    offers: dict[str, int] = field(default_factory=dict)


def _offer(b: Builder, name: str, district: str, places: int, area: str, *,
           barrier_free: bool = True, available_from: date | None = None) -> int:
    street = name.removeprefix("Wohnung ") + " 1"
    offer = b._add(Facility(kind="private_offer", name=name, street=street,
                            postal_code="59494", city="Soest", district=district,
                            offer_status="offered", landlord_name="Herr Schulte",
                            landlord_phone="02921 12345", available_from=available_from))
    b._add(Unit(facility_id=offer.id, label="Wohnung", places=places, area_m2=Decimal(area),
                occupancy_type="mixed", barrier_free=barrier_free))
    return offer.id


def _family_case(database: Database, *, met: int | None = None) -> Flats:
    """The Kovalenko family (3, Andrii needs barrier-free) lives in Haus am Park; their
    social worker opened a case and ticked `met` required items (default: all)."""
    town = build_town(database)
    today = office_today()
    with database.write() as session:
        b = Builder(session)
        unit = session.get(Unit, town.units["park-family"])
        for key in FAMILY:
            b.stay(session.get(Person, town.people[key]), unit, today - timedelta(days=120))
        park = session.get(Facility, town.facilities["park"])
        worker = _actor(b.user("sozial", {Role.SOCIAL_WORKER}, (park,), "Sozialarbeit Park"))
        offers = {
            "markt": _offer(b, "Wohnung Marktplatz", "Mitte", 4, "80.00"),
            "dach": _offer(b, "Wohnung Dachgeschoss", "Süd", 2, "40.00"),
            "ost": _offer(b, "Wohnung Ostring", "Ost", 4, "90.00",
                          available_from=today + timedelta(days=60)),
            "brueder": town.facilities["offer"],  # not barrier-free
        }
    with database.write(worker) as session:
        case = cases.open_case(session, worker, town.households["kovalenko"])
        keys = readiness.required_keys(session)
        for key in keys[:len(keys) if met is None else met]:
            cases.set_readiness_item(session, worker, case.id, key, "met",
                                     state_date=today - timedelta(days=3))
        case_id = case.id
    return Flats(town, worker, case_id, offers)


def _search_dialog(qtbot, database: Database, flats: Flats) -> FlatSearchDialog:
    dialog = FlatSearchDialog(CasesGateway(database, flats.worker), flats.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.refused.rowCount() > 0)
    return dialog


def _column(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _refusals(dialog: FlatSearchDialog) -> dict[str, str]:
    names = [text.split("\n")[0] for text in _column(dialog.refused, 0)]
    return dict(zip(names, _column(dialog.refused, 4), strict=True))


def test_a_ready_household_sees_fitting_and_refused_offers_and_reserves_one(qtbot, database):
    flats = _family_case(database)
    dialog = _search_dialog(qtbot, database, flats)
    assert dialog.household.text() == "Haushalt Familie Kovalenko – 3 Personen"
    ready_on = office_today() - timedelta(days=3)
    assert dialog.readiness.text() == (
        f"Mietvertragsfähig – bereit seit {ready_on:%d.%m.%Y}.")
    assert _column(dialog.table, 0) == ["Wohnung Marktplatz\nMarktplatz 1"]
    assert [dialog.table.item(0, c).text() for c in range(1, 9)] == [
        "Mitte", "4", "80", "26,7", "ja", "nein", "sofort", "Herr Schulte\n02921 12345"]
    refused = _refusals(dialog)
    assert refused["Wohnung Brüderstraße"].startswith("nicht barrierefrei (benötigt für")
    assert refused["Wohnung Dachgeschoss"] == "nur 2 Plätze frei (Haushalt: 3 Personen)"
    assert refused["Wohnung Ostring"].startswith("frei erst ab ")
    assert dialog.refused_title.text() == "Passt nicht (3)"

    assert dialog.reserve_button.isEnabled() and not dialog.release_button.isEnabled()
    qtbot.mouseClick(dialog.reserve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed and not dialog.is_busy()
                    and "reserviert für diesen Haushalt" in dialog.table.item(0, 0).text())
    assert dialog.status_text().startswith("„Wohnung Marktplatz“ ist jetzt für diesen "
                                           "Haushalt reserviert.")
    with database.read() as session:
        assert session.get(Facility, flats.offers["markt"]).offer_status == "reserved"
        assert session.get(Case, flats.case_id).housing_offer_id == flats.offers["markt"]
    assert not dialog.reserve_button.isEnabled() and dialog.release_button.isEnabled()

    # only the east: Enter in the districts field searches again
    dialog.districts.setFocus()
    qtbot.keyClicks(dialog.districts, "ost")
    qtbot.keyClick(dialog.districts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy()
                    and "anderer Stadtteil (Süd)" in _refusals(dialog)["Wohnung Dachgeschoss"])
    assert "passt bei dieser Suche nicht: anderer Stadtteil (Mitte)" in (
        dialog.table.item(0, 0).text())  # the reservation stays in sight

    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and "aufgehoben" in dialog.status_text())
    with database.read() as session:
        assert session.get(Facility, flats.offers["markt"]).offer_status == "offered"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_household_that_is_not_ready_may_search_but_not_reserve(qtbot, database):
    flats = _family_case(database, met=6)
    dialog = _search_dialog(qtbot, database, flats)
    assert dialog.readiness.text().startswith(
        "Noch nicht mietvertragsfähig: 6 von 8 Punkten erfüllt.")
    assert dialog.table.rowCount() == 1 and dialog.selected_offer() is not None
    assert not dialog.reserve_button.isEnabled()
    assert "mietvertragsfähig" in dialog.reserve_button.toolTip()
    dialog.reserve()  # nothing happens
    assert not dialog.is_busy() and not dialog.changed
    # from a later day on (Enter in the date field searches) the Ostring flat fits too
    dialog.from_date.setDate(office_today() + timedelta(days=70))
    dialog.from_date.setFocus()
    qtbot.keyClick(dialog.from_date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.table.rowCount() == 2)
    assert not dialog.reserve_button.isEnabled()
    with database.read() as session:
        assert session.get(Facility, flats.offers["markt"]).offer_status == "offered"


def test_an_offer_taken_meanwhile_is_refused_in_german_and_the_list_read_again(qtbot,
                                                                               database):
    flats = _family_case(database)
    dialog = _search_dialog(qtbot, database, flats)
    with database.write() as session:  # another workstation was quicker
        session.get(Facility, flats.offers["markt"]).offer_status = "reserved"
    qtbot.mouseClick(dialog.reserve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.table.rowCount() == 0)
    assert "„Wohnung Marktplatz“ ist nicht mehr frei" in dialog.status_text()
    assert dialog.fitting_title.text().startswith("Kein passendes Angebot")
    assert not dialog.changed and not dialog.reserve_button.isEnabled()


class _Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changed(self) -> None:
        self.changes += 1


def test_the_move_into_the_own_flat_ends_the_stays_and_closes_the_case(qtbot, database):
    flats = _family_case(database)
    with database.write(flats.worker) as session:
        flat_search.reserve(session, flats.worker, flats.case_id, flats.offers["markt"])
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    actions = CaseActions(window, CasesGateway(database, flats.worker), window.changed)
    actions.move_into_own_flat(flats.case_id)
    qtbot.waitUntil(lambda: isinstance(actions.last_dialog, OwnFlatDialog))
    dialog = actions.last_dialog
    assert isinstance(dialog, OwnFlatDialog)
    assert dialog.members.text().count("Haus am Park, EG-02") == 3
    assert dialog.offer.text() == "Wohnung Marktplatz (Mitte)"
    assert "„eigene Wohnung“" in dialog.intro.text()

    today = office_today()
    dialog.day.setDate(today + timedelta(days=1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.error_text()))
    assert "heute oder früher" in dialog.error_text()
    assert dialog.isVisible() and window.changes == 0

    dialog.day.setDate(today)
    dialog.note.setPlainText("Neue Anschrift: Marktplatz 1")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.changes == 1
    assert actions.last_message is not None
    assert "eigene Wohnung" in actions.last_message.text()
    with database.read() as session:
        stays = session.scalars(select(Stay).where(Stay.person_id.in_(
            [flats.town.people[k] for k in FAMILY]))).all()
        assert {(s.end_date, s.move_out_reason) for s in stays} == {(today, "own_flat")}
        case = session.get(Case, flats.case_id)
        assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat", today)
        assert session.get(Facility, flats.offers["markt"]).offer_status == "accepted"


def _office(database: Database) -> Town:
    """Soll 1:3. Anna: Kovalenko (3) and Rahimi (1), one overdue follow-up; Bernd: Haddad
    (1), and a closed case that does not count; Ahmadi without a worker. Five people live
    in the facilities today (Lena moved out)."""
    town = build_town(database)
    today = office_today()
    with database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "caseload_target_persons", 3)
        b = Builder(session)
        anna = b.user("anna", {Role.SOCIAL_WORKER}, (), "Anna Albers")
        bernd = b.user("bernd", {Role.SOCIAL_WORKER}, (), "Bernd Brandt")
        unit = session.get(Unit, town.units["park-family"])
        people = {key: session.get(Person, pid) for key, pid in town.people.items()}
        for key in (*FAMILY, "ahmad", "karim"):
            b.stay(people[key], unit if key in FAMILY else session.get(
                Unit, town.units["ring-a" if key == "ahmad" else "ring-b"]),
                today - timedelta(days=30))
        b.stay(people["lena"], session.get(Unit, town.units["ring-women"]),
               today - timedelta(days=90), today - timedelta(days=10))
        households = {}
        for key in ("ahmad", "karim", "maryam", "lena"):
            households[key] = b.household(None)
            people[key].household_id, people[key].household_role = households[key].id, "head"
        kovalenko = session.get(Household, town.households["kovalenko"])
        first = b.case(kovalenko, social_worker=anna, status="active")
        b.follow_up(first, today - timedelta(days=1))  # overdue
        b.follow_up(first, today + timedelta(days=1))
        b.follow_up(first, today - timedelta(days=10), done_on=today - timedelta(days=9))
        b.case(households["ahmad"], social_worker=anna)
        b.case(households["karim"], social_worker=bernd)
        closed = b.case(households["lena"], social_worker=bernd, status="closed")
        b.follow_up(closed, today - timedelta(days=5))
        b.case(households["maryam"])
    return town


def test_the_caseload_shows_target_and_actual_per_social_worker(qtbot, database):
    town = _office(database)
    window = _Window()
    qtbot.addWidget(window)
    actions = CaseActions(window, CasesGateway(database, town.actors["manager"]),
                          window.changed)
    menu = QMenu(window)
    actions.build_menu(menu)
    entry = window.findChild(QAction, "actionCaseload")
    assert entry in menu.actions() and entry.isEnabled()
    entry.trigger()
    dialog = actions.last_dialog
    assert isinstance(dialog, CaseloadDialog)
    qtbot.waitUntil(lambda: dialog.caseload() is not None)
    summary = dialog.summary.text()
    assert "Soll 1:3" in summary and "Ist 1:2,5" in summary
    assert "5 Bewohner*innen heute, 2 Fachkräfte" in summary
    assert "Fälle ohne Zuständige*n: 1" in summary
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert rows == [["Anna Albers", "2", "4", "133 %", "1"],
                    ["Bernd Brandt", "1", "1", "33 %", "0"]]
    assert table.item(0, 3).foreground().color() == WARNING_TEXT  # over 120 %
    dialog.reject()


def test_a_second_click_on_the_own_flat_move_opens_no_second_dialog(qtbot, database):
    flats = _family_case(database)
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    actions = CaseActions(window, CasesGateway(database, flats.worker), window.changed)
    actions.move_into_own_flat(flats.case_id)
    actions.move_into_own_flat(flats.case_id)  # while the case loads
    qtbot.waitUntil(lambda: isinstance(actions.last_dialog, OwnFlatDialog))
    first = actions.last_dialog
    actions.move_into_own_flat(flats.case_id)  # while the dialog is open
    qtbot.wait(200)
    assert actions.last_dialog is first
    assert len(window.findChildren(OwnFlatDialog)) == 1
    first.reject()
    actions.move_into_own_flat(flats.case_id)  # closed: it opens again
    qtbot.waitUntil(lambda: actions.last_dialog is not first)
    assert isinstance(actions.last_dialog, OwnFlatDialog)
    actions.last_dialog.reject()
