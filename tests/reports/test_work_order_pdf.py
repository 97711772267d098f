"""The work order PDF (Arbeitsauftrag): one page per ticket, the ticket's facts and the fields
to fill in by hand, nothing written when a ticket is refused or the print is cancelled.

The PDF is written uncompressed here (`COMPRESS` off), so pages can be counted and the text
read back from the content streams without a PDF library.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from soest_desk.models.enums import Role
from soest_desk.reports import work_order_pdf
from soest_desk.services import ticket_photos, tickets
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.ticket_workflow import Action
from soest_desk.services.tickets import NewTicket, StepInput
from soest_desk.services.users import actor_for
from tests.builders import NOW, Builder

PRINTED = NOW + timedelta(days=30)  # every deadline of the tickets below has passed
FIELDS = ["Ausgeführte Arbeiten", "Arbeitszeit (Std.)", "Material", "Erledigt am",
          "Unterschrift Hausmeister*in", "Abnahme Heimleitung"]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the PDF (the SQLite test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def _uncompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work_order_pdf, "COMPRESS", False)


# ---------------------------------------------------------------- reading the PDF back

def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", data))


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unescape(literal: bytes) -> bytes:
    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8)])
        return _ESCAPES.get(code, code)

    return re.sub(rb"\\([0-7]{1,3}|.)", one, literal)


def pdf_text(data: bytes) -> str:
    """The text shown with Tj, decoded as WinAnsi (cp1252): the pieces of one line joined,
    a new line at every text positioning (Tm, Td, T*) and at the end of a text block."""
    pieces = re.finditer(
        rb"\(((?:\\.|[^\\()])*)\)\s*Tj|(?<![A-Za-z*])(?:T\*|Td|Tm|ET)(?![A-Za-z*])", data,
        flags=re.DOTALL)
    text = "".join(_unescape(m.group(1)).decode("cp1252") if m.group(1) is not None else "\n"
                   for m in pieces)
    return re.sub(r"\n+", "\n", text)


def png(width: int = 640, height: int = 480) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (180, 120, 90)).save(out, "PNG")
    return out.getvalue()


# ---------------------------------------------------------------- data

@dataclass(frozen=True)
class Office:
    facility_a: int
    unit_a1: int
    service: Actor
    site_a: Actor
    site_b: Actor
    caretaker_id: int
    ticket_b: int


def make_office(database) -> Office:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        a, other = b.facility("Haus am Bach", street="Bachweg 3"), b.facility("Haus am Berg")
        a1 = b.unit(a, "A-101", 4)
        b.unit(other, "B-1", 2)
        b.stay(b.person("Kovalenko", "Olena"), a1, NOW.date() - timedelta(days=90))
        service = b.user("objekt", {Role.PROPERTY_SERVICE}, (), "Olaf Objekt")
        caretaker = b.user("haus", {Role.PROPERTY_SERVICE}, (), "Hilde Haus")
        site_a = b.user("heim.a", {Role.SITE_MANAGER}, (a,), "Hanna Heim")
        site_b = actor_for(b.user("heim.b", {Role.SITE_MANAGER}, (other,), "Bernd Berg"))
        ticket_b = tickets.report(session, site_b, NewTicket(
            other.id, "Licht im Flur defekt", "electrical"), now=NOW)
        return Office(a.id, a1.id, actor_for(service), actor_for(site_a), site_b, caretaker.id,
                      ticket_b)


def report(database, office: Office, title: str, *, priority: str = "normal",
           description: str | None = "Die Tür schließt nicht mehr richtig.",
           photos: int = 0, accept: bool = True, reporter_note: str | None = None) -> int:
    with database.write(office.site_a) as session:
        ticket_id = tickets.report(session, office.site_a, NewTicket(
            office.facility_a, title, "windows_doors", priority, office.unit_a1, description,
            reporter_note), now=NOW)
        if accept:
            tickets.perform(session, office.service, ticket_id, Action.ACCEPT,
                            StepInput(assignee_user_id=office.caretaker_id), now=NOW)
        for number in range(photos):
            ticket_photos.add_photo(session, office.site_a, ticket_id, f"foto_{number}.png",
                                    png(), now=NOW)
        return ticket_id


def write(database, actor: Actor, ids: list[int], path: Path, **options) -> int:
    with database.read() as session:
        return work_order_pdf.write_work_orders(session, actor, ids, path, now=PRINTED,
                                                **options)


# ---------------------------------------------------------------- tests

def test_one_page_per_ticket_with_the_facts_and_the_fields_to_fill_in(database, out):
    office = make_office(database)
    hazard = report(database, office, "Geländer an der Treppe lose", priority="immediate")
    photo = report(database, office, "Fenster klemmt", photos=1)
    plain = report(database, office, "Heizkörper tropft", accept=False,
                   reporter_note="Anruf Nachbar")
    path = out / "auftraege.pdf"

    pages = write(database, office.service, [hazard, photo, plain, photo], path)

    data = path.read_bytes()
    assert pages == 3  # the repeated ticket is printed once
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert page_count(data) == 3 and b"/Count 3" in data
    text = pdf_text(data)
    for ticket_id, title in ((hazard, "Geländer an der Treppe lose"), (photo, "Fenster klemmt"),
                             (plain, "Heizkörper tropft")):
        assert f"Arbeitsauftrag Nr. {ticket_id}" in text
        assert title in text
    assert text.count("VERKEHRSSICHERHEIT – SOFORT SICHERN") == 1
    assert "Sichern bis:" in text
    for expected in ("Haus am Bach", "Bachweg 3, 59494 Soest", "A-101", "Fenster/Türen",
                     "Sofort (Verkehrssicherheit)", "Normal", "Hilde Haus",
                     "– noch nicht vergeben", "Hanna Heim (Anruf Nachbar)",
                     "Die Tür schließt nicht mehr richtig.", "Blatt 3 von 3",
                     "15.03.2025, 11:00 Uhr"):  # reported 10:00 UTC = 11:00 in Soest
        assert expected in text, expected
    assert "überfällig" in text  # printed a month after the deadlines
    for label in FIELDS:
        assert text.count(label) >= 3, label
    assert len(re.findall(rb"/Subtype /Image", data)) == 1  # the one photo


def test_history_lists_the_latest_events(database, out):
    office = make_office(database)
    ticket_id = report(database, office, "Tür klemmt")
    with database.write(office.site_a) as session:
        for number in range(12):
            tickets.comment(session, office.site_a, ticket_id, f"Nachfrage Nummer {number}",
                            now=NOW + timedelta(hours=number + 1))
    path = out / "a.pdf"

    write(database, office.service, [ticket_id], path)

    text = pdf_text(path.read_bytes())
    assert "(die letzten 8 von 14 Einträgen)" in text
    assert "Nachfrage Nummer 11" in text and "Nachfrage Nummer 4" in text
    assert "Nachfrage Nummer 3" not in text


def test_german_characters_print_and_others_fold_to_letters(database, out):
    office = make_office(database)
    title = "Tür „Küche“ – Öl, Maß & Größe: 50 € <sofort>"
    ticket_id = report(database, office, title,
                       description="Gemeldet von Ayşe; Zugang über Herrn Øre → Hof.")
    path = out / "umlaute.pdf"

    write(database, office.service, [ticket_id], path)

    data = path.read_bytes()
    text = pdf_text(data)
    assert title in text
    # \256 ("®" in WinAnsi) is the arrow of the Symbol font
    assert "Gemeldet von Ayse; Zugang über Herrn Øre ® Hof." in text
    assert b"/BaseFont /Symbol" in data
    assert b"ZapfDingbats" not in data  # reportlab's black boxes for unknown characters


def test_a_resident_name_never_appears(database, out):
    office = make_office(database)
    ticket_id = report(database, office, "Steckdose lose")
    path = out / "a.pdf"

    write(database, office.service, [ticket_id], path)

    text = pdf_text(path.read_bytes())
    assert "A-101" in text and "Kovalenko" not in text and "Olena" not in text


def test_the_most_a_ticket_can_carry_still_fits_one_page(database, out):
    office = make_office(database)
    words = "Wasser läuft aus der Wand hinter dem Waschbecken, die Fliesen sind lose. "
    description = "\n".join([words * 3] * 40)[: tickets.MAX_TEXT]
    ticket_id = report(database, office, "Sehr langer Titel " * 11, priority="immediate",
                       description=description, photos=5, reporter_note="N" * 200)
    with database.write(office.site_a) as session:
        for number in range(10):
            tickets.comment(session, office.site_a, ticket_id, f"{number} " + "x" * 4990,
                            now=NOW + timedelta(hours=number + 1))
    path = out / "lang.pdf"

    pages = write(database, office.service, [ticket_id, office.ticket_b], path)

    data = path.read_bytes()
    assert pages == 2 and page_count(data) == 2
    text = pdf_text(data)
    assert "Text gekürzt: die ganze Beschreibung" in text
    assert "(4 von 5; alle in Soest Desk)" in text
    for label in FIELDS:  # the form at the bottom was not pushed off the page
        assert text.count(label) == 2, label


def test_a_refused_ticket_refuses_the_whole_print_and_writes_nothing(database, out):
    office = make_office(database)
    own = report(database, office, "Fenster klemmt")
    path = out / "auftraege.pdf"

    with pytest.raises(PermissionDenied, match="Keine Berechtigung für diese Unterkunft"):
        write(database, office.site_b, [office.ticket_b, own], path)

    assert list(out.iterdir()) == []


def test_a_failed_print_leaves_an_older_file_as_it_was(database, out):
    office = make_office(database)
    path = out / "auftraege.pdf"
    path.write_bytes(b"older print")

    with pytest.raises(DomainError, match="#999999 gibt es nicht"):
        write(database, office.service, [office.ticket_b, 999999], path)

    assert path.read_bytes() == b"older print"
    assert [p.name for p in out.iterdir()] == ["auftraege.pdf"]


def test_cancel_writes_nothing_and_returns_zero(database, out):
    office = make_office(database)
    first = report(database, office, "Fenster klemmt")
    path = out / "auftraege.pdf"
    path.write_bytes(b"older print")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3  # cancel after the first page is drawn

    pages = write(database, office.service, [first, office.ticket_b], path, progress=progress)

    assert pages == 0
    assert calls == [(1, 4), (2, 4), (3, 4)]
    assert path.read_bytes() == b"older print"
    assert [p.name for p in out.iterdir()] == ["auftraege.pdf"]


def test_progress_counts_loading_and_drawing(database, out):
    office = make_office(database)
    calls: list[tuple[int, int]] = []

    pages = write(database, office.service, [office.ticket_b], out / "a.pdf",
                  progress=lambda done, total: calls.append((done, total)))

    assert pages == 1 and calls == [(1, 2), (2, 2)]


def test_bad_requests_get_a_german_message(database, out):
    office = make_office(database)
    with pytest.raises(DomainError, match="mindestens eine Mängelmeldung"):
        write(database, office.service, [], out / "a.pdf")
    with pytest.raises(DomainError, match=r"Ordner .* existiert nicht"):
        write(database, office.service, [office.ticket_b], out / "fehlt" / "a.pdf")
    assert list(out.iterdir()) == []


def test_compressed_output_is_a_complete_pdf(database, out, monkeypatch):
    monkeypatch.setattr(work_order_pdf, "COMPRESS", True)
    office = make_office(database)
    path = out / "a.pdf"

    assert write(database, office.service, [office.ticket_b], path) == 1

    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/FlateDecode" in data and b"/Count 1" in data


RED_FILL = b".690196 0 .12549 rg"  # #B00020, the colour of "überfällig"


def test_the_deadline_turns_red_only_when_overdue(database, out):
    office = make_office(database)
    ticket_id = report(database, office, "Fenster klemmt")
    early, late = out / "frueh.pdf", out / "spaet.pdf"

    with database.read() as session:
        work_order_pdf.write_work_orders(session, office.service, [ticket_id], early,
                                         now=NOW + timedelta(hours=1))
    write(database, office.service, [ticket_id], late)

    assert "überfällig" not in pdf_text(early.read_bytes())
    assert RED_FILL not in early.read_bytes()
    assert "Fr 28.03.2025 – überfällig" in pdf_text(late.read_bytes())
    assert RED_FILL in late.read_bytes()


def test_a_secured_hazard_says_when_it_was_secured(database, out):
    office = make_office(database)
    ticket_id = report(database, office, "Geländer lose", priority="immediate")
    with database.write(office.site_a) as session:
        tickets.secure(session, office.site_a, ticket_id, "Mit Flatterband abgesperrt.",
                       now=NOW + timedelta(hours=1))
    path = out / "a.pdf"

    write(database, office.service, [ticket_id], path)

    text = pdf_text(path.read_bytes())
    assert "VERKEHRSSICHERHEIT – SOFORT SICHERN" in text
    assert "Gesichert am 15.03.2025, 12:00 Uhr." in text and "Sichern bis" not in text
