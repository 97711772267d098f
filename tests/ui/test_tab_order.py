"""Tab order in every form and dialog: opened on demo data, Tab pressed from the first field
until the focus comes back. Every visible input is reached exactly once per round, in reading
order (top to bottom, left to right within a row; the button row last). The first field has
the focus when a dialog opens, Escape cancels, and Enter in a line edit never presses a
destructive button.

`DIALOGS` names a way to open each dialog class; a dialog class found in `soest_desk/ui` that
has neither a case here nor an entry in `EXCEPTIONS` (with the reason) fails
`test_every_dialog_has_a_tab_order_case`, so a new dialog cannot be forgotten.
"""

from __future__ import annotations

import ast
import importlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import Facility, Household, Person, Ticket, Unit
from soest_desk.models.case import Case
from soest_desk.models.enums import FacilityKind
from soest_desk.models.inspection import Inspection
from soest_desk.models.occupancy import PlaceBlock
from soest_desk.models.stay import Stay
from soest_desk.services import demo, inspections
from soest_desk.services.clock import office_today
from soest_desk.services.permissions import Actor
from soest_desk.services.tickets import TicketConflict
from soest_desk.services.users import sign_in_os_user

UI = Path(__file__).resolve().parents[2] / "soest_desk" / "ui"
TOLERANCE = 4  # px: widgets of one row may sit a few pixels apart
MAX_PRESSES = 120
TIMEOUT = 5000
LOGIN = "tabtester"


@dataclass
class World:
    database: Database
    actor: Actor
    ids: dict[str, int]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One demo database for the whole module (the dialogs only read from it)."""
    path = tmp_path_factory.mktemp("taborder") / "demo.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    migrate.upgrade(database)
    with database.write() as session:
        demo.generate(session, seed=7, scale=0.1, os_login=LOGIN)
    with database.write() as session:
        actor = sign_in_os_user(session, LOGIN)
        today = office_today()
        living = select(Stay.person_id).where(Stay.start_date <= today,
                                               (Stay.end_date.is_(None))
                                               | (Stay.end_date > today))
        ids = {
            "person": session.scalars(select(Person.id).where(Person.id.in_(living))).first(),
            "homeless": session.scalars(
                select(Person.id).where(Person.id.not_in(living))).first(),
            "household": session.scalars(select(Household.id)).first(),
            "facility": session.scalars(select(Facility.id).where(
                Facility.kind != FacilityKind.PRIVATE_OFFER.value)).first(),
            "offer": session.scalars(select(Facility.id).where(
                Facility.kind == FacilityKind.PRIVATE_OFFER.value)).first(),
            "unit": session.scalars(select(Unit.id)).first(),
            "block_unit": session.scalars(select(PlaceBlock.unit_id)).first(),
            "case": session.scalars(select(Case.id).where(Case.closed_on.is_(None))).first(),
            "ticket": session.scalars(select(Ticket.id)).first(),
            "inspection": session.scalars(select(Inspection.id)).first(),
        }
    assert all(ids.values()), ids
    yield World(database, actor, ids)
    database.dispose()


# ---------------------------------------------------------------- opening each dialog

def _forms(w: World):
    from soest_desk.ui.forms.gateway import FormsGateway
    return FormsGateway(w.database, w.actor)


def _places(w: World):
    from soest_desk.ui.places.gateway import PlacesGateway
    return PlacesGateway(w.database, w.actor)


def _cases(w: World):
    from soest_desk.ui.cases.gateway import CasesGateway
    return CasesGateway(w.database, w.actor)


def _tickets(w: World):
    from soest_desk.ui.tickets.gateway import TicketGateway
    return TicketGateway(w.database, w.actor)


def _detail(w: World):
    return _cases(w).detail(w.ids["case"])


def _ticket(w: World):
    return _tickets(w).detail(w.ids["ticket"])


def _living(w: World):
    summary = _places(w).person(w.ids["person"])
    return [m for m in summary.members if m.place is not None]


def _person_form(w):
    from soest_desk.ui.forms.person_form import PersonFormDialog
    return PersonFormDialog(_forms(w), w.ids["person"])


def _new_person_form(w):
    from soest_desk.ui.forms.person_form import PersonFormDialog
    return PersonFormDialog(_forms(w), None)


def _household_form(w):
    from soest_desk.ui.forms.household_form import HouseholdFormDialog
    return HouseholdFormDialog(_forms(w), w.ids["household"])


def _facility_form(w):
    from soest_desk.ui.forms.facility_form import FacilityFormDialog
    return FacilityFormDialog(_forms(w), w.ids["facility"])


def _unit_form(w):
    from soest_desk.ui.forms.unit_form import UnitFormDialog
    with w.database.read() as session:
        facility_id = session.get(Unit, w.ids["unit"]).facility_id
    return UnitFormDialog(_forms(w), facility_id, w.ids["unit"])


def _offer_form(w):
    from soest_desk.ui.forms.offer_form import OfferFormDialog
    return OfferFormDialog(_forms(w), w.ids["offer"])


def _allocation(w):
    from soest_desk.ui.places.allocation_dialog import AllocationDialog
    return AllocationDialog(_places(w), [w.ids["homeless"]], "Haushalt", office_today())


def _move_out(w):
    from soest_desk.ui.places.stay_dialogs import MoveOutDialog
    return MoveOutDialog(_places(w), _living(w), office_today())


def _transfer(w):
    from soest_desk.ui.places.stay_dialogs import TransferDialog
    members = _living(w)
    options = _places(w).unit_options(office_today(), [m.person_id for m in members])
    return TransferDialog(_places(w), members, options, office_today())


def _block(w):
    from soest_desk.ui.places.stay_dialogs import BlockDialog
    return BlockDialog(_places(w), w.ids["unit"], "EG-01", 4, office_today())


def _end_block(w):
    from soest_desk.ui.places.stay_dialogs import EndBlockDialog
    blocks = _places(w).blocks(w.ids["block_unit"])
    return EndBlockDialog(_places(w), "EG-01", blocks, office_today())


def _own_flat(w):
    from soest_desk.ui.cases.own_flat_dialog import OwnFlatDialog
    return OwnFlatDialog(_cases(w), _detail(w))


def _caseload(w):
    from soest_desk.ui.cases.caseload_dialog import CaseloadDialog
    return CaseloadDialog(_cases(w))


def _readiness_item(w):
    from soest_desk.ui.cases.case_dialogs import ReadinessItemDialog
    detail = _detail(w)
    return ReadinessItemDialog(_cases(w), detail.case_id, detail.items[0], office_today())


def _case_note(w):
    from soest_desk.ui.cases.case_dialogs import NoteDialog
    return NoteDialog(_cases(w), w.ids["case"], office_today())


def _follow_up(w):
    from soest_desk.ui.cases.case_dialogs import FollowUpDialog
    return FollowUpDialog(_cases(w), w.ids["case"], office_today())


def _status(w):
    from soest_desk.ui.cases.case_dialogs import StatusDialog
    return StatusDialog(_cases(w), _detail(w))


def _reassign(w):
    from soest_desk.ui.cases.case_dialogs import ReassignDialog
    return ReassignDialog(_cases(w), _detail(w), _cases(w).social_workers())


def _goals(w):
    from soest_desk.ui.cases.case_dialogs import GoalsDialog
    return GoalsDialog(_cases(w), _detail(w))


def _close_case(w):
    from soest_desk.ui.cases.case_dialogs import CloseCaseDialog
    return CloseCaseDialog(_cases(w), _detail(w), office_today())


def _flat_search(w):
    from soest_desk.ui.cases.flat_search_dialog import FlatSearchDialog
    return FlatSearchDialog(_cases(w), w.ids["case"])


def _open_case(w):
    from soest_desk.ui.cases.open_case_dialog import OpenCaseDialog
    return OpenCaseDialog(_cases(w))


def _audit(w):
    from soest_desk.ui.audit.audit_dialog import AuditDialog
    from soest_desk.ui.audit.gateway import AuditGateway
    return AuditDialog(AuditGateway(w.database, w.actor))


def _inspection(w):
    from soest_desk.ui.inspection_dialog import InspectionDialog
    with w.database.read() as session:
        checklist = inspections.checklist(session)
        facilities = [(f.id, f.name) for f in session.scalars(
            select(Facility).where(Facility.kind != FacilityKind.PRIVATE_OFFER.value))]
    return InspectionDialog(w.database, w.actor, facilities, checklist, facilities[0][0])


def _inspection_record(w):
    from soest_desk.ui.inspection_dialog import InspectionRecordDialog
    with w.database.read() as session:
        record = inspections.inspection_record(session, w.actor, w.ids["inspection"])
    return InspectionRecordDialog(record)


def _sign_in(w):
    from soest_desk.ui.sign_in_dialog import SignInDialog
    return SignInDialog("db.amt.local:5432/soest", "j.boehmer", lambda _l, _p: None)


def _import(w):
    from soest_desk.ui.import_dialog import ImportDialog
    return ImportDialog(w.database, w.actor)


def _neighbourhood_report(w):
    from soest_desk.ui.neighbourhood.gateway import NeighbourhoodGateway
    from soest_desk.ui.neighbourhood.report_dialog import ReportDialog
    return ReportDialog(NeighbourhoodGateway(w.database, w.actor))


def _export(w):
    from soest_desk.ui.reports.export_dialog import ExportDialog
    from soest_desk.ui.reports.gateway import ExportGateway
    return ExportDialog(ExportGateway(w.database, w.actor))


def _conflict(w):
    from soest_desk.ui.tickets.conflict_dialog import ConflictDialog
    return ConflictDialog(TicketConflict(w.ids["ticket"], ["Status: Neu → Angenommen"]),
                          "Getippter Text")


def _ticket_note(w):
    from soest_desk.services.ticket_workflow import Action
    from soest_desk.ui.tickets.action_dialogs import transition_dialog
    return transition_dialog(Action.QUERY, _ticket(w), _tickets(w), None)


def _ticket_step(name: str) -> Callable[[World], QDialog]:
    def make(w: World) -> QDialog:
        from soest_desk.ui.tickets.ticket_actions import DIALOGS
        return DIALOGS[name](_ticket(w), _tickets(w), None)
    return make


def _new_ticket(w):
    from soest_desk.ui.tickets.new_ticket_dialog import NewTicketDialog
    return NewTicketDialog(_tickets(w), lambda _parent: [])


def _users(w):
    from soest_desk.ui.admin.gateway import AdminGateway
    from soest_desk.ui.admin.users_dialog import UsersDialog
    return UsersDialog(AdminGateway(w.database, w.actor))


def _privacy(w):
    from soest_desk.ui.admin.privacy_dialog import PrivacyDialog
    from soest_desk.ui.admin.privacy_gateway import PrivacyGateway
    return PrivacyDialog(PrivacyGateway(w.database, w.actor))


def _photo(w):
    from soest_desk.ui.tickets.photo_strip import PhotoViewer
    return PhotoViewer("fleck.png", lambda: ("fleck.png", b""))


def _about(w):
    from soest_desk.ui.about_dialog import AboutDialog
    from soest_desk.ui.about_gateway import AboutGateway
    return AboutDialog(AboutGateway(w.database))


def _error(w):
    from pathlib import Path

    from soest_desk.ui.error_dialog import ErrorDialog
    return ErrorDialog("261122-101559-E65B", ValueError("x"), Path("/tmp/soest-desk.log"))


def _settings(w):
    from PySide6.QtCore import QSettings

    from soest_desk.ui.settings.dialog import SettingsDialog
    return SettingsDialog(None, w.database, w.actor, QSettings())


def _shortcuts(w):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from soest_desk.ui.shortcuts_dialog import ShortcutsDialog
    window = QMainWindow()
    action = QAction("&Beenden", window)
    action.setShortcut(QKeySequence("Ctrl+Q"))
    window.menuBar().addMenu("&Datei").addAction(action)
    _KEPT.append(window)  # the dialog's parent, alive until the end of the session
    return ShortcutsDialog(window)


_KEPT: list[QWidget] = []


# (module, class) -> how to open it; a class with several cases has several entries
DIALOGS: dict[str, tuple[str, Callable[[World], QDialog]]] = {
    "person_form": ("forms.person_form.PersonFormDialog", _person_form),
    "new_person_form": ("forms.person_form.PersonFormDialog", _new_person_form),
    "household_form": ("forms.household_form.HouseholdFormDialog", _household_form),
    "facility_form": ("forms.facility_form.FacilityFormDialog", _facility_form),
    "unit_form": ("forms.unit_form.UnitFormDialog", _unit_form),
    "offer_form": ("forms.offer_form.OfferFormDialog", _offer_form),
    "allocation": ("places.allocation_dialog.AllocationDialog", _allocation),
    "move_out": ("places.stay_dialogs.MoveOutDialog", _move_out),
    "transfer": ("places.stay_dialogs.TransferDialog", _transfer),
    "block": ("places.stay_dialogs.BlockDialog", _block),
    "end_block": ("places.stay_dialogs.EndBlockDialog", _end_block),
    "own_flat": ("cases.own_flat_dialog.OwnFlatDialog", _own_flat),
    "caseload": ("cases.caseload_dialog.CaseloadDialog", _caseload),
    "readiness_item": ("cases.case_dialogs.ReadinessItemDialog", _readiness_item),
    "case_note": ("cases.case_dialogs.NoteDialog", _case_note),
    "follow_up": ("cases.case_dialogs.FollowUpDialog", _follow_up),
    "status": ("cases.case_dialogs.StatusDialog", _status),
    "reassign": ("cases.case_dialogs.ReassignDialog", _reassign),
    "goals": ("cases.case_dialogs.GoalsDialog", _goals),
    "close_case": ("cases.case_dialogs.CloseCaseDialog", _close_case),
    "flat_search": ("cases.flat_search_dialog.FlatSearchDialog", _flat_search),
    "open_case": ("cases.open_case_dialog.OpenCaseDialog", _open_case),
    "audit": ("audit.audit_dialog.AuditDialog", _audit),
    "inspection": ("inspection_dialog.InspectionDialog", _inspection),
    "inspection_record": ("inspection_dialog.InspectionRecordDialog", _inspection_record),
    "sign_in": ("sign_in_dialog.SignInDialog", _sign_in),
    "import": ("import_dialog.ImportDialog", _import),
    "neighbourhood_report": ("neighbourhood.report_dialog.ReportDialog", _neighbourhood_report),
    "export": ("reports.export_dialog.ExportDialog", _export),
    "conflict": ("tickets.conflict_dialog.ConflictDialog", _conflict),
    "ticket_note": ("tickets.action_dialogs.NoteDialog", _ticket_note),
    "ticket_cancel": ("tickets.action_dialogs.CancelDialog", _ticket_step("cancel")),
    "ticket_priority": ("tickets.action_dialogs.PriorityDialog", _ticket_step("priority")),
    "ticket_costs": ("tickets.action_dialogs.CostsDialog", _ticket_step("costs")),
    "ticket_accept": ("tickets.work_dialogs.AcceptDialog", _ticket_step("accept")),
    "ticket_wait": ("tickets.work_dialogs.WaitDialog", _ticket_step("wait")),
    "ticket_resolve": ("tickets.work_dialogs.ResolveDialog", _ticket_step("resolve")),
    "new_ticket": ("tickets.new_ticket_dialog.NewTicketDialog", _new_ticket),
    "users": ("admin.users_dialog.UsersDialog", _users),
    "privacy": ("admin.privacy_dialog.PrivacyDialog", _privacy),
    "photo": ("tickets.photo_strip.PhotoViewer", _photo),
    "about": ("about_dialog.AboutDialog", _about),
    "error": ("error_dialog.ErrorDialog", _error),
    "settings": ("settings.dialog.SettingsDialog", _settings),
    "shortcuts": ("shortcuts_dialog.ShortcutsDialog", _shortcuts),
}

# dialog classes without a case of their own, and why
EXCEPTIONS: dict[str, str] = {
    "tickets.step_dialog.StepDialog": "abstract frame; every subclass has a case",
    "forms.form_base.FormDialog": "abstract frame; every subclass has a case",
    "cases.case_dialogs.CaseStepDialog": "abstract frame; every subclass has a case",
}


def _dialog_classes() -> set[str]:
    """Every class in soest_desk/ui deriving (directly or through another) from QDialog."""
    bases: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        module = ".".join(path.relative_to(UI).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases}
                bases[f"{module}.{node.name}"] = names
    dialogs: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            short = {name.rsplit(".", 1)[1] for name in dialogs}
            if name not in dialogs and ("QDialog" in parents or parents & short):
                dialogs.add(name)
                changed = True
    return dialogs


def test_every_dialog_has_a_tab_order_case():
    covered = {target for target, _make in DIALOGS.values()}
    missing = _dialog_classes() - covered - set(EXCEPTIONS)
    assert not missing, f"dialogs without a tab-order case in {__name__}: {sorted(missing)}"
    for target in covered | set(EXCEPTIONS):
        module, name = target.rsplit(".", 1)
        assert hasattr(importlib.import_module(f"soest_desk.ui.{module}"), name), target


# ---------------------------------------------------------------- walking the focus chain

def _settled(qtbot, dialog: QDialog) -> None:
    """Shown, active and done with whatever it reads on opening."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    for check in ("is_loaded",):
        if hasattr(dialog, check):
            qtbot.waitUntil(getattr(dialog, check), timeout=TIMEOUT)
    for check in ("is_busy", "busy"):
        if callable(getattr(dialog, check, None)):
            qtbot.waitUntil(lambda c=check: not getattr(dialog, c)(), timeout=TIMEOUT)
    qtbot.wait(50)
    QApplication.processEvents()


def _input(widget: QWidget) -> QWidget:
    return widget


def expected_inputs(dialog: QDialog) -> list[QWidget]:
    """Visible, enabled widgets of the dialog that Tab can reach."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if (widget.window() is dialog and widget.isVisibleTo(dialog) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            found.append(_input(widget))
    return list(dict.fromkeys(found))


def tab_round(dialog: QDialog) -> list[QWidget]:
    """Press Tab from the focused widget until the focus is back; the inputs in order. A
    date edit takes Tab from one part of the date to the next first: it counts once."""
    start = dialog.focusWidget()
    assert start is not None, "no widget has the focus"
    seen = [start]
    current = start
    for _ in range(MAX_PRESSES):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        previous, current = current, dialog.focusWidget()
        assert current is not None
        if current is previous and isinstance(current, QDateTimeEdit):
            continue
        if current is previous:  # the only stop (a read-only view with its "Schließen")
            return seen
        if current is start:
            return seen
        seen.append(current)
    raise AssertionError(f"Tab never came back to {_name(start)}: {[_name(w) for w in seen]}")


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or text})"


def _rect(widget: QWidget, dialog: QDialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def reading_order_faults(stops: list[QWidget], dialog: QDialog) -> list[str]:
    """Steps that go up, or left within a row."""
    faults = []
    for first, second in itertools.pairwise(stops):
        a, b = _rect(first, dialog), _rect(second, dialog)
        below = b.top() >= a.bottom() - TOLERANCE
        same_row = b.top() < a.bottom() - TOLERANCE and a.top() < b.bottom() - TOLERANCE
        right = b.left() >= a.right() - TOLERANCE
        if not (below or (same_row and right)):
            faults.append(f"{_name(first)} {a.getRect()} -> {_name(second)} {b.getRect()}")
    return faults


def check_tab_order(stops: list[QWidget], dialog: QDialog) -> list[str]:
    """What is wrong with one round of Tab (`stops`, from the first field)."""
    problems = []
    repeated = [_name(w) for w in stops if stops.count(w) > 1]
    if repeated:
        problems.append(f"reached more than once: {sorted(set(repeated))}")
    missing = [_name(w) for w in expected_inputs(dialog) if w not in stops]
    if missing:
        problems.append(f"never reached: {missing}")
    problems += reading_order_faults(stops, dialog)
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisibleTo(dialog)]
    for box in boxes[-1:]:
        buttons = [b for b in box.buttons() if b.isVisibleTo(dialog) and b.isEnabled()]
        if buttons and stops[-len(buttons):] != _left_to_right(buttons, dialog):
            problems.append("the buttons of the button box are not last")
    for widget in stops:
        if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.tabChangesFocus():
            problems.append(f"{_name(widget)} keeps the Tab key")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            problems.append(f"{_name(widget)} keeps the Tab key (cell by cell)")
    return problems


def _left_to_right(buttons: list[QAbstractButton], dialog: QDialog) -> list[QWidget]:
    return sorted(buttons, key=lambda b: _rect(b, dialog).left())


# dialogs that open on a later field on purpose, and why
LATER_FIRST_FOCUS = {
    "sign_in": "the login is known: the password is what to type",
    "new_ticket": "the facility is chosen for a Heimleitung with one house: the title first",
    "about": "only buttons: the default one, Schließen, has the focus so Enter closes",
    "error": "only buttons: the default one, Schließen, has the focus so Enter closes",
}



def _from_the_top(stops: list[QWidget], dialog: QDialog) -> list[QWidget]:
    """The round as the user reads the dialog: from the left-most of the top-most stops."""
    top = min(_rect(w, dialog).top() for w in stops)
    first = min((i for i, w in enumerate(stops) if _rect(w, dialog).top() <= top + TOLERANCE),
                key=lambda i: _rect(stops[i], dialog).left())
    return stops[first:] + stops[:first]


CASES = sorted(DIALOGS)


def _opened(qtbot, world: World, case: str) -> QDialog:
    dialog = DIALOGS[case][1](world)
    _settled(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("case", CASES)
def test_tab_walks_every_input_once_in_reading_order(qtbot, world, case):
    dialog = _opened(qtbot, world, case)
    stops = tab_round(dialog)
    if case in LATER_FIRST_FOCUS:
        stops = _from_the_top(stops, dialog)
    problems = check_tab_order(stops, dialog)
    assert not problems, "\n".join([case, f"round: {[_name(w) for w in stops]}", *problems])


@pytest.mark.parametrize("case", CASES)
def test_the_first_field_has_the_focus_on_opening(qtbot, world, case):
    dialog = _opened(qtbot, world, case)
    focused = dialog.focusWidget()
    assert focused is not None, case
    only_buttons = all(isinstance(w, QPushButton) for w in expected_inputs(dialog))
    assert only_buttons or not isinstance(focused, QPushButton), case
    if case not in LATER_FIRST_FOCUS:
        first = _from_the_top(tab_round(dialog), dialog)[0]
        assert focused is first, f"{case}: {_name(focused)} instead of {_name(first)}"


DESTRUCTIVE_NAMES = ("Remove", "Erase", "End", "Delete", "Apply", "Override")


def _destructive(button: QAbstractButton) -> bool:
    name = button.objectName()
    return any(word in name for word in DESTRUCTIVE_NAMES) or any(
        word in button.text() for word in ("Löschen", "Entfernen", "Beenden", "Anonymis"))


@pytest.mark.parametrize("case", CASES)
def test_enter_in_a_line_edit_presses_no_destructive_button(qtbot, world, case):
    """Enter in a line edit presses the dialog's default button: never one that ends,
    removes or erases something."""
    dialog = _opened(qtbot, world, case)
    for edit in dialog.findChildren(QLineEdit):
        if not (edit.isVisibleTo(dialog) and edit.isEnabled()) or edit.parentWidget() is None:
            continue
        edit.setFocus()
        QApplication.processEvents()
        defaults = [b for b in dialog.findChildren(QPushButton)
                    if b.isDefault() and b.isVisibleTo(dialog) and b.isEnabled()]
        assert not [b for b in defaults if _destructive(b)], (case, _name(edit),
                                                            [_name(b) for b in defaults])


@pytest.mark.parametrize("case", CASES)
def test_escape_cancels(qtbot, world, case):
    dialog = _opened(qtbot, world, case)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert dialog.result() == QDialog.DialogCode.Rejected
