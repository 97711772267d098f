"""Photos on tickets: real JPEG/PNG only, size-limited, stored for every workstation."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from soest_desk.models import Attachment
from soest_desk.models.ticket import MAX_ATTACHMENT_BYTES
from soest_desk.services import ticket_photos, ticket_views, tickets
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.tickets import NewTicket
from tests.services.ticket_fixtures import make_cast


def _image(kind: str, size=(1600, 1200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(out, kind)
    return out.getvalue()


@pytest.fixture
def setup(database):
    cast = make_cast(database)
    with database.write(cast.site_a) as session:
        ticket_id = tickets.report(session, cast.site_a, NewTicket(
            cast.facility_a, "Schimmel im Bad", "other", unit_id=cast.unit_a1))
    return cast, ticket_id


def test_a_photo_is_stored_with_a_thumbnail(database, setup):
    cast, ticket_id = setup
    data = _image("JPEG")
    with database.write(cast.site_a) as session:
        photo_id = ticket_photos.add_photo(session, cast.site_a, ticket_id,
                                           r"C:\Users\heim\Bilder\bad.jpg", data)
    with database.read() as session:  # another workstation sees the same bytes
        name, stored = ticket_photos.photo_data(session, cast.service, photo_id)
        detail = ticket_views.load_detail(session, cast.service, ticket_id)
    assert (name, stored) == ("bad.jpg", data)
    [photo] = detail.photos
    assert photo.content_type == "image/jpeg" and photo.size_bytes == len(data)
    with Image.open(io.BytesIO(photo.thumbnail)) as thumb:
        assert max(thumb.size) == ticket_photos.THUMBNAIL_EDGE
    assert detail.timeline[-1].text.endswith("Foto: bad.jpg")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "ist leer"),
    (b"%PDF-1.7 not a picture", "kein lesbares JPEG- oder PNG-Bild"),
    (b"GIF89a", "kein lesbares"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "kein lesbares"),
])
def test_what_is_not_a_photo_is_refused(database, setup, data, message):
    cast, ticket_id = setup
    with pytest.raises(DomainError, match=message), database.write(cast.site_a) as session:
        ticket_photos.add_photo(session, cast.site_a, ticket_id, "scan.jpg", data)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_other_image_formats_and_huge_files_are_refused(database, setup):
    cast, ticket_id = setup
    out = io.BytesIO()
    Image.new("RGB", (20, 20)).save(out, "GIF")
    with pytest.raises(DomainError, match="nur JPEG- und PNG"), \
            database.write(cast.site_a) as session:
        ticket_photos.add_photo(session, cast.site_a, ticket_id, "a.gif", out.getvalue())
    huge = _image("PNG", (10, 10)) + b"\x00" * MAX_ATTACHMENT_BYTES
    with pytest.raises(DomainError, match="erlaubt sind höchstens 10 MB"), \
            database.write(cast.site_a) as session:
        ticket_photos.add_photo(session, cast.site_a, ticket_id, "gross.png", huge)


def test_only_the_parties_may_attach(database, setup):
    cast, ticket_id = setup
    with pytest.raises(PermissionDenied), database.write(cast.manager) as session:
        ticket_photos.add_photo(session, cast.manager, ticket_id, "a.png", _image("PNG"))
    with pytest.raises(PermissionDenied), database.write(cast.site_b) as session:
        ticket_photos.add_photo(session, cast.site_b, ticket_id, "a.png", _image("PNG"))
    with database.write(cast.service) as session:
        ticket_photos.add_photo(session, cast.service, ticket_id, "a.png", _image("PNG"))
