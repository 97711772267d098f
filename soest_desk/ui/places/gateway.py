"""The people-and-places widgets' only way to the database, Qt-free like the ticket gateway:
every method opens one short session (it runs on the thread pool), calls the services and
returns plain data; driver failures come back as the German `DatabaseError`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from soest_desk.services import allocation, occupancy, person_views, stays
from soest_desk.services.allocation import Proposal
from soest_desk.services.clock import office_today
from soest_desk.services.occupancy import BlockRecord, FacilityOccupancy
from soest_desk.services.person_views import PersonSummary, UnitOption
from soest_desk.services.stays import Placement
from soest_desk.ui.session_gateway import SessionGateway


class PlacesGateway(SessionGateway):

    # ------------------------------------------------------------ reading

    def person(self, person_id: int, today: date | None = None) -> PersonSummary:
        return self._read(lambda s: person_views.person_summary(
            s, self.actor, person_id, today or office_today()))

    def suggest(self, person_ids: Sequence[int], day: date) -> Proposal:
        return self._read(lambda s: allocation.suggest(s, self.actor, person_ids, day))

    def unit_options(self, day: date, moving: list[int]) -> list[UnitOption]:
        return self._read(lambda s: person_views.unit_options(s, self.actor, day, moving))

    def occupancy(self, facility_id: int, day: date) -> FacilityOccupancy | None:
        found = self._read(lambda s: occupancy.at_date(s, self.actor, day, [facility_id]))
        return found[0] if found else None

    def blocks(self, unit_id: int) -> list[BlockRecord]:
        return self._read(lambda s: occupancy.blocks_of(s, self.actor, unit_id))

    # ------------------------------------------------------------ writing

    def move_in(self, placements: Sequence[Placement], day: date, *,
                override_reason: str | None = None, split_on_purpose: bool = False) -> int:
        return len(self._write(lambda s: stays.move_in(
            s, self.actor, placements, day, override_reason=override_reason,
            split_on_purpose=split_on_purpose)))

    def move_out(self, person_ids: Sequence[int], day: date, reason: str, note: str | None,
                 split_on_purpose: bool) -> int:
        return len(self._write(lambda s: stays.move_out(
            s, self.actor, person_ids, day, reason, note=note,
            split_on_purpose=split_on_purpose)))

    def transfer(self, placements: Sequence[Placement], day: date, note: str | None,
                 override_reason: str | None, split_on_purpose: bool) -> int:
        return len(self._write(lambda s: stays.transfer(
            s, self.actor, placements, day, note=note, override_reason=override_reason,
            split_on_purpose=split_on_purpose)))

    def block(self, unit_id: int, places: int, start: date, end: date | None, reason: str,
              note: str | None) -> int:
        return self._write(lambda s: occupancy.block_places(
            s, self.actor, unit_id, places, start, end, reason, note).id)

    def end_block(self, block_id: int, day: date) -> None:
        self._write(lambda s: occupancy.end_block(s, self.actor, block_id, day))
