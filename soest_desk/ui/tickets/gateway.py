"""The Mängel tab's only way to the database, Qt-free like `ListFetcher`.

Every method opens one short session of its own (it runs on the thread pool, and a Session
never crosses threads), calls the services and returns plain data. Driver failures come
back as the German `DatabaseError` of `db.translated_errors`; refusals of the domain as the
services' `DomainError`, `PermissionDenied` or `TicketConflict`. A write is all or nothing:
a new ticket and its photos are saved in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soest_desk.models.ticket import MAX_ATTACHMENT_BYTES
from soest_desk.services import listing, ticket_choices, ticket_costs, ticket_photos, tickets
from soest_desk.services.errors import DomainError
from soest_desk.services.ticket_choices import Choice, FacilityChoice
from soest_desk.services.ticket_costs import CostInput
from soest_desk.services.ticket_views import TicketDetail, load_detail
from soest_desk.services.ticket_workflow import Action
from soest_desk.services.tickets import NewTicket, StepInput, TicketRef
from soest_desk.ui.session_gateway import SessionGateway

LIST_NAME = "tickets"
WorkOrderWriter = Callable[..., Any]  # reports.work_order_pdf.write_work_orders


@dataclass(frozen=True)
class QueueCounts:
    per_queue: dict[str, int]  # with the current search text and filters
    my_move: int | None  # "Bei mir am Zug" without any filter (the tab title); None: no role


class TicketGateway(SessionGateway):

    # ------------------------------------------------------------ reading

    def detail(self, ticket_id: int) -> TicketDetail:
        return self._read(lambda s: load_detail(s, self.actor, ticket_id))

    def counts(self, queues: Sequence[str], text: str, filters: dict[str, Any],
               with_my_move: bool) -> QueueCounts:
        """How many tickets each queue holds with this search and these filters."""
        def job(session: Any) -> QueueCounts:
            per_queue = {queue: listing.count(session, self.actor, LIST_NAME, text,
                                              filters={**filters, "queue": queue})
                         for queue in queues}
            my_move = None
            if with_my_move:
                unfiltered = not text.strip() and not any(v is not None
                                                          for v in filters.values())
                my_move = (per_queue["mine"] if unfiltered and "mine" in per_queue else
                           listing.count(session, self.actor, LIST_NAME,
                                         filters={"queue": "mine"}))
            return QueueCounts(per_queue, my_move)
        return self._read(job)

    def filter_facilities(self) -> list[Choice]:
        return self._read(lambda s: ticket_choices.ticket_facilities(s, self.actor))

    def reportable_facilities(self) -> list[FacilityChoice]:
        return self._read(lambda s: ticket_choices.reportable_facilities(s, self.actor))

    def assignees(self) -> list[Choice]:
        return self._read(lambda s: ticket_choices.assignable_users(s, self.actor))

    def photo(self, attachment_id: int) -> tuple[str, bytes]:
        return self._read(lambda s: ticket_photos.photo_data(s, self.actor, attachment_id))

    # ------------------------------------------------------------ writing

    def perform(self, ref: TicketRef, action: Action, step: StepInput) -> None:
        self._write(lambda s: tickets.perform(s, self.actor, ref, action, step))

    def resolve(self, ref: TicketRef, work_note: str, costs: list[CostInput]) -> None:
        self._write(lambda s: ticket_costs.resolve(s, self.actor, ref, work_note, costs))

    def add_costs(self, ref: TicketRef, costs: list[CostInput]) -> None:
        self._write(lambda s: ticket_costs.add_costs(s, self.actor, ref, costs))

    def secure(self, ref: TicketRef, note: str) -> None:
        self._write(lambda s: tickets.secure(s, self.actor, ref, note))

    def comment(self, ticket_id: int, text: str) -> None:
        self._write(lambda s: tickets.comment(s, self.actor, ticket_id, text))

    def change_priority(self, ref: TicketRef, priority: str, reason: str) -> None:
        self._write(lambda s: tickets.change_priority(s, self.actor, ref, priority, reason))

    def add_photos(self, ticket_id: int, paths: Sequence[str]) -> int:
        files = [read_photo(path) for path in paths]  # before the transaction starts

        def job(session: Any) -> int:
            for name, data in files:
                ticket_photos.add_photo(session, self.actor, ticket_id, name, data)
            return len(files)
        return self._write(job)

    def report(self, new: NewTicket, photo_paths: Sequence[str]) -> int:
        """File the ticket and attach its photos: both or neither."""
        files = [read_photo(path) for path in photo_paths]

        def job(session: Any) -> int:
            ticket_id = tickets.report(session, self.actor, new)
            for name, data in files:
                ticket_photos.add_photo(session, self.actor, ticket_id, name, data)
            return ticket_id
        return self._write(job)

    def write_work_orders(self, writer: WorkOrderWriter, ticket_ids: list[int], path: str,
                          progress: Callable[[int, int], bool | None] | None = None) -> int:
        """The pages written (0: cancelled through `progress`, nothing written)."""
        # a write session: the writer may log who read what (audit), which must be kept
        return int(self._write(lambda s: writer(s, self.actor, ticket_ids, path,
                                                progress=progress)))


def read_photo(path: str) -> tuple[str, bytes]:
    """(file name, bytes) of a photo on disk, or a German DomainError naming the file."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
            raise DomainError(
                f"Foto „{file.name}“ ist {megabytes} MB groß; erlaubt sind höchstens "
                f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB.", field="Fotos")
        return file.name, file.read_bytes()
    except OSError as exc:
        raise DomainError(f"Foto „{file.name}“ kann nicht gelesen werden ({exc.strerror}).",
                          field="Fotos") from exc
