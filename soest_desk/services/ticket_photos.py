"""Photos of a defect: JPEG or PNG, up to 10 MB, stored in the database so that every
workstation sees them, with a small JPEG thumbnail for the detail pane and the work order.

Pillow checks that the bytes really are a JPEG or PNG (a renamed PDF is refused) and makes the
thumbnail; services stay free of Qt.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from soest_desk.models import Attachment
from soest_desk.models.base import utcnow
from soest_desk.models.enums import TicketEventKind
from soest_desk.models.ticket import MAX_ATTACHMENT_BYTES
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.ticket_workflow import acts_as_service, acts_as_site
from soest_desk.services.tickets import add_event, load_for_change

THUMBNAIL_EDGE = 320
MAX_PIXELS = 60_000_000  # a 10 MB file that unpacks to gigabytes is refused
# many phone cameras write JPEGs with a multi-picture block, which Pillow calls MPO
FORMATS = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png"}


@dataclass(frozen=True)
class Photo:
    id: int
    file_name: str
    content_type: str
    size_bytes: int
    uploaded_at: datetime
    thumbnail: bytes | None


def _inspect(data: bytes, name: str) -> tuple[str, bytes]:
    """(content type, thumbnail JPEG) or a German DomainError naming the file."""
    if not data:
        raise DomainError(f"Foto „{name}“: die Datei ist leer.", field="Fotos")
    if len(data) > MAX_ATTACHMENT_BYTES:
        megabytes = len(data) / 1024 / 1024
        size = f"{megabytes:.1f}".replace(".", ",")
        raise DomainError(f"Foto „{name}“ ist {size} MB groß; erlaubt sind höchstens "
                          f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB.", field="Fotos")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = FORMATS.get(image.format or "")
            if kind is None:
                raise DomainError(f"Foto „{name}“: nur JPEG- und PNG-Bilder sind erlaubt.",
                                  field="Fotos")
            if image.width * image.height > MAX_PIXELS:
                raise DomainError(f"Foto „{name}“: das Bild ist zu groß "
                                  f"({image.width} × {image.height} Pixel).", field="Fotos")
            image.load()
            thumb = ImageOps.exif_transpose(image).convert("RGB")
            thumb.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE))
            out = io.BytesIO()
            thumb.save(out, "JPEG", quality=80)
            return kind, out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise DomainError(f"Foto „{name}“: die Datei ist kein lesbares JPEG- oder PNG-Bild.",
                          field="Fotos") from None


def add_photo(session: Session, actor: Actor, ticket_id: int, file_name: str, data: bytes, *,
              now: datetime | None = None) -> int:
    """Attach a photo; like a comment it never conflicts with another editor."""
    ticket = load_for_change(session, actor, ticket_id)
    if not (acts_as_service(actor) or acts_as_site(actor, ticket.facility_id)):
        raise PermissionDenied("Fotos anhängen darf nur der Objektservice oder die Heimleitung "
                               f"der Unterkunft. Ihre Rolle: {actor.role_labels}.")
    name = PurePath(file_name.replace("\\", "/")).name.strip()[:255] or "Foto"
    content_type, thumbnail = _inspect(data, name)
    moment = now or utcnow()
    attachment = Attachment(
        ticket_id=ticket.id, file_name=name, content_type=content_type, size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(), data=data, thumbnail=thumbnail,
        uploaded_by_id=actor.user_id, uploaded_at=moment,
    )
    session.add(attachment)
    session.flush()
    add_event(session, ticket, actor, TicketEventKind.PHOTO, moment, note=f"Foto: {name}",
              data={"attachment_id": attachment.id})
    return attachment.id


def photos_of(session: Session, actor: Actor, ticket_id: int, facility_id: int) -> list[Photo]:
    require(actor, Permission.VIEW_TICKETS, facility_id)
    rows = session.scalars(
        select(Attachment).where(Attachment.ticket_id == ticket_id)
        .options(undefer(Attachment.thumbnail)).order_by(Attachment.id)
    ).all()
    return [Photo(a.id, a.file_name, a.content_type, a.size_bytes, a.uploaded_at, a.thumbnail)
            for a in rows]


def photo_data(session: Session, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of the full photo."""
    from soest_desk.models import Ticket

    row = session.execute(
        select(Attachment.file_name, Attachment.data, Ticket.facility_id)
        .join(Ticket, Ticket.id == Attachment.ticket_id).where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise DomainError("Dieses Foto gibt es nicht (mehr).")
    require(actor, Permission.VIEW_TICKETS, row.facility_id)
    return row.file_name, row.data


def mark_person_shown(session: Session, actor: Actor, attachment_id: int,
                      person_id: int | None) -> None:
    """Mark a photo as showing a resident (None: as showing nobody), so the disclosure lists
    it and the retention run and the erasure delete it (`services.data_protection`).

    Allowed to whoever may report or handle tickets at the ticket's facility."""
    from soest_desk.models import Person

    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise DomainError("Dieses Foto gibt es nicht (mehr).")
    ticket = load_for_change(session, actor, attachment.ticket_id)
    if not (actor.can_at(Permission.REPORT_TICKETS, ticket.facility_id)
            or actor.can_at(Permission.HANDLE_TICKETS, ticket.facility_id)):
        raise PermissionDenied("Fotos einer Person zuordnen darf nur, wer in dieser Unterkunft "
                               "Mängel meldet oder bearbeitet. Ihre Rolle: "
                               f"{actor.role_labels}.")
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.anonymised_at is not None:
            raise DomainError(f"Die Person Nr. {person_id} gibt es nicht (mehr).",
                              field="Person")
    attachment.shows_person_id = person_id
    session.flush()
