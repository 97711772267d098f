"""The Sozialarbeit widgets' only way to the database, Qt-free like the other gateways: every
method opens one short session (it runs on the thread pool), calls the case services and
returns plain data; driver failures come back as the German `DatabaseError`, refusals as the
services' `DomainError`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from soest_desk.services import (
    case_choices,
    case_notes,
    case_views,
    cases,
    flat_search,
    follow_ups,
    readiness,
)
from soest_desk.services.case_choices import HouseholdChoice
from soest_desk.services.case_notes import NoteHeader, NoteText
from soest_desk.services.case_views import CaseDetail
from soest_desk.services.clock import office_today
from soest_desk.services.flat_search import FlatSearch
from soest_desk.services.follow_ups import Caseload
from soest_desk.services.permissions import Permission
from soest_desk.ui.session_gateway import SessionGateway


class CasesGateway(SessionGateway):

    def today(self) -> date:
        return office_today()

    def may_edit(self) -> bool:
        return self.actor.can(Permission.EDIT_CASES)

    def may_read_notes(self) -> bool:
        return self.actor.can(Permission.READ_CASE_NOTES)

    # ------------------------------------------------------------ reading

    def detail(self, case_id: int) -> CaseDetail:
        return self._read(lambda s: case_views.case_detail(s, self.actor, case_id))

    def checklist(self) -> list[readiness.ChecklistItem]:
        return self._read(readiness.checklist)

    def social_workers(self) -> list[tuple[int, str]]:
        return self._read(cases.social_workers)

    def note_headers(self, case_id: int) -> list[NoteHeader]:
        return self._read(lambda s: case_notes.note_headers(s, self.actor, case_id))

    def read_note(self, note_id: int) -> NoteText:
        # a write: the read of a note is audited in the same transaction
        return self._write(lambda s: case_notes.read_note(s, self.actor, note_id))

    def households_for_new_case(self, text: str) -> list[HouseholdChoice]:
        return self._read(lambda s: case_choices.households_for_new_case(s, self.actor, text))

    def caseload(self) -> Caseload:
        return self._read(lambda s: follow_ups.caseload(s, self.actor))

    def flat_search(self, case_id: int, on: date, districts: Sequence[str] = ()
                    ) -> FlatSearch:
        return self._read(lambda s: flat_search.search(s, self.actor, case_id, on=on,
                                                       districts=districts))

    # ------------------------------------------------------------ writing

    def open_case(self, household_id: int, social_worker_id: int | None,
                  goals: str | None) -> int:
        return self._write(lambda s: cases.open_case(
            s, self.actor, household_id, social_worker_id=social_worker_id, goals=goals).id)

    def reassign(self, case_id: int, version_id: int, social_worker_id: int) -> None:
        self._write(lambda s: cases.reassign(s, self.actor, case_id, social_worker_id,
                                             version_id=version_id))

    def set_status(self, case_id: int, version_id: int, status: str) -> None:
        self._write(lambda s: cases.set_status(s, self.actor, case_id, status,
                                               version_id=version_id))

    def set_goals(self, case_id: int, version_id: int, goals: str | None) -> None:
        self._write(lambda s: cases.set_goals(s, self.actor, case_id, goals,
                                              version_id=version_id))

    def close_case(self, case_id: int, version_id: int, outcome: str,
                   closed_on: date) -> None:
        self._write(lambda s: cases.close_case(s, self.actor, case_id, outcome,
                                               closed_on=closed_on, version_id=version_id))

    def set_item(self, case_id: int, item_key: str, state: str, *,
                 state_date: date | None, expires_on: date | None,
                 count_value: int | None, evidence: str | None,
                 version_id: int | None) -> None:
        self._write(lambda s: cases.set_readiness_item(
            s, self.actor, case_id, item_key, state, state_date=state_date,
            expires_on=expires_on, count_value=count_value, evidence=evidence,
            version_id=version_id))

    def add_note(self, case_id: int, note_date: date, kind: str, text: str,
                 duration_minutes: int | None) -> int:
        return self._write(lambda s: case_notes.add_note(
            s, self.actor, case_id, note_date, kind, text, duration_minutes).id)

    def add_follow_up(self, case_id: int, due_on: date, subject: str) -> int:
        return self._write(lambda s: follow_ups.add_follow_up(
            s, self.actor, case_id, due_on, subject).id)

    def set_follow_up_done(self, follow_up_id: int, version_id: int, done: bool) -> None:
        self._write(lambda s: follow_ups.set_done(s, self.actor, follow_up_id, done,
                                                  version_id=version_id))

    def reserve(self, case_id: int, offer_id: int) -> None:
        self._write(lambda s: flat_search.reserve(s, self.actor, case_id, offer_id))

    def release(self, case_id: int) -> None:
        self._write(lambda s: flat_search.release(s, self.actor, case_id))

    def move_into_own_flat(self, case_id: int, on: date, note: str | None) -> None:
        self._write(lambda s: flat_search.move_into_own_flat(s, self.actor, case_id, on,
                                                             note=note))
