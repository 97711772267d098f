"""Work orders (Arbeitsaufträge) as one PDF: one A4 page per ticket for the caretaker, printed
from the detail pane or for a selection of tickets (issue 3, point 8).

All tickets are loaded, and so checked against the actor's permissions, before a byte is
written: one refused ticket refuses the whole print. The PDF is written to a temporary file
beside the target and renamed over it at the end, so neither an error nor a cancel leaves half
a PDF behind, and an older file at the target stays as it was until the new one is complete.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from soest_desk.reports.report_files import cannot_write, temp_beside
from soest_desk.reports.work_order_page import Imprint, WorkOrder, draw_page
from soest_desk.reports.work_order_parts import MAX_PHOTOS
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor
from soest_desk.services.ticket_photos import THUMBNAIL_EDGE, photo_data
from soest_desk.services.ticket_views import TicketDetail, load_detail

Progress = Callable[[int, int], bool | None]
COMPRESS = True  # tests switch it off to count pages and read the text in the file


def write_work_orders(session: Session, actor: Actor, ticket_ids: Sequence[int],
                      path: Path | str, *, now: datetime | None = None,
                      progress: Progress | None = None) -> int:
    """Write the work orders of `ticket_ids` (in that order, each once) to `path`.

    Returns the number of pages written, one per ticket. `progress(done, total)` is called
    after each step, one step per ticket loaded and one per page drawn (total = 2 × tickets);
    returning False cancels: then nothing is written, a file already at `path` is left
    untouched, and the result is 0 (a cancel is the user's choice, not an error).

    Raises DomainError (German) for an empty selection, an unknown ticket, a ticket the actor
    may not see (PermissionDenied) or a file that cannot be written; nothing is written then.
    `now` is the print time shown on the page and the moment "überfällig" is judged at.
    """
    ids = list(dict.fromkeys(ticket_ids))
    if not ids:
        raise DomainError("Bitte mindestens eine Mängelmeldung für den Arbeitsauftrag wählen.")
    moment = now or datetime.now(UTC)
    total = 2 * len(ids)
    orders: list[WorkOrder] = []
    for done, ticket_id in enumerate(ids, start=1):
        detail = load_detail(session, actor, ticket_id, now=moment)
        orders.append(WorkOrder(detail, _printable_photos(session, actor, detail),
                                len(detail.photos)))
        if _cancelled(progress, done, total):
            return 0
    target = Path(path)
    temp = temp_beside(target)
    try:
        with open(temp, "xb") as out:
            finished = _draw(out, orders, actor, moment, progress, total)
        if not finished:
            temp.unlink()
            return 0
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DomainError(cannot_write(target, exc, "dem PDF-Betrachter")) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return len(orders)


def _cancelled(progress: Progress | None, done: int, total: int) -> bool:
    return progress is not None and progress(done, total) is False


def _draw(out: io.BufferedWriter, orders: list[WorkOrder], actor: Actor, moment: datetime,
          progress: Progress | None, total: int) -> bool:
    canvas = Canvas(out, pagesize=A4, pageCompression=1 if COMPRESS else 0)
    numbers = ", ".join(str(order.detail.id) for order in orders[:10])
    canvas.setTitle(f"Arbeitsauftrag Nr. {numbers}" + (" …" if len(orders) > 10 else ""))
    canvas.setAuthor(actor.display_name)
    canvas.setCreator("Soest Desk")
    canvas.setSubject("Arbeitsauftrag")
    for number, order in enumerate(orders, start=1):
        draw_page(canvas, order, Imprint(moment, actor.display_name, number, len(orders)))
        if _cancelled(progress, len(orders) + number, total):
            return False
    canvas.save()
    return True



# ---------------------------------------------------------------- photos

def _printable_photos(session: Session, actor: Actor, detail: TicketDetail) -> list[bytes]:
    """The first photos as small images reportlab can place; an unreadable one is left out
    (the work order matters more than one picture)."""
    images: list[bytes] = []
    for photo in detail.photos:
        if len(images) == MAX_PHOTOS:
            break
        data = photo.thumbnail or _shrink(photo_data(session, actor, photo.id)[1])
        if data is not None and _readable(data):
            images.append(data)
    return images


def _readable(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        return True
    except Exception:  # any decoder failure: leave the photo out
        return False


def _shrink(data: bytes) -> bytes | None:
    """A thumbnail-sized JPEG of a photo stored without a thumbnail."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            small = ImageOps.exif_transpose(image).convert("RGB")
            small.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE))
            out = io.BytesIO()
            small.save(out, "JPEG", quality=80)
            return out.getvalue()
    except Exception:  # any decoder failure: leave the photo out
        return None
