"""The disclosure PDF (Auskunft nach Art. 15 DSGVO) from hand-made data: title, who made it
and when, every section and value, German letters, a photo, "Seite n von m" on every page
(a long note runs over pages), and no half file when the target cannot be written.

Written uncompressed (`COMPRESS` off) so the text can be read from the file without poppler.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from soest_desk.reports import disclosure_pdf
from soest_desk.reports.disclosure_pdf import write_disclosure_pdf
from soest_desk.reports.pdf_fonts import unicode_fonts
from soest_desk.services.data_protection import Disclosure, Entry, Item, Section
from soest_desk.services.errors import DomainError
from tests.reports.test_work_order_pdf import page_count, pdf_text
from tests.services.test_data_protection import png

CREATED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _uncompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disclosure_pdf, "COMPRESS", False)


def disclosure(note: str = "Beratung zur Wohnungssuche.") -> Disclosure:
    person = Entry("Person Nr. 7", (Item("Familienname", "Öztürk", "persons.family_name"),
                                    Item("Vornamen", "Ayşe Gül", "persons.given_names"),
                                    Item("Geburtsdatum", "05.04.1990", "persons.birth_date")))
    photo = Entry("Foto Nr. 3", (Item("Dateiname", "flur.png", "attachments.file_name"),),
                  png())
    notes = Entry("Vermerk Nr. 1", (Item("Text", note, "case_notes.text"),))
    audit = Entry("02.03.2026, 10:30 Uhr · Geändert · Person Nr. 7 · admin",
                  (Item("Familienname", "Oeztuerk → Öztürk", None),))
    return Disclosure(
        7, "Öztürk, Ayşe Gül", "Adele Admin", CREATED, "die Person selbst",
        (Section("persons", "Angaben zur Person", (person,)),
         Section("attachments", "Fotos, auf denen die Person zu sehen ist", (photo,)),
         Section("case_notes", "Vermerke der Sozialarbeit", (notes,)),
         Section("stays", "Belegungen (Unterbringung)", ()),
         Section("audit_log", "Änderungsprotokoll", (audit,))),
        ("Nicht enthalten – Nachbarschaftsmeldungen: keiner Person zugeordnet.",))


def test_every_section_and_value_is_in_the_pdf(tmp_path: Path):
    out = tmp_path / "auskunft.pdf"
    assert write_disclosure_pdf(disclosure(), out, unicode_font=False) == 1
    data = out.read_bytes()
    text = pdf_text(data)
    for expected in ("Auskunft nach Art. 15 DSGVO", "Betroffene Person: Öztürk, Ayse Gül "
                     "(Person Nr. 7)", "Erstellt von Adele Admin am 02.03.2026, 10:30 Uhr",
                     "Angefordert von: die Person selbst", "Angaben zur Person",
                     "Familienname:", "05.04.1990", "Vermerke der Sozialarbeit",
                     "Beratung zur Wohnungssuche.", "Belegungen (Unterbringung)",
                     "Keine Einträge.", "Änderungsprotokoll", "Oeztuerk",
                     "Nachbarschaftsmeldungen", "Seite 1 von 1"):
        assert expected in text, expected
    assert b"/Subtype /Image" in data  # the photo
    assert b"(Auskunft nach Art. 15 DSGVO)" in data  # the document title
    assert not list(tmp_path.glob(".*.part"))


def test_a_long_note_runs_over_pages_and_every_page_is_numbered(tmp_path: Path):
    out = tmp_path / "lang.pdf"
    long_note = "\n".join(f"Absatz {n}: Termin beim Jobcenter, Unterlagen besprochen."
                          for n in range(400))
    pages = write_disclosure_pdf(disclosure(long_note), out, unicode_font=False)
    data = out.read_bytes()
    assert pages > 3 and page_count(data) == pages
    numbers = re.findall(r"Seite (\d+) von (\d+)", pdf_text(data))
    assert numbers == [(str(n), str(pages)) for n in range(1, pages + 1)]
    assert "Absatz 399:" in pdf_text(data)


def test_a_target_that_cannot_be_written_gets_a_german_message(tmp_path: Path):
    out = tmp_path / "fehlt" / "auskunft.pdf"
    with pytest.raises(DomainError, match="existiert nicht"):
        write_disclosure_pdf(disclosure(), out)
    assert not out.parent.exists()


@pytest.mark.skipif(unicode_fonts() is None or shutil.which("pdftotext") is None,
                    reason="no Unicode TrueType font or no pdftotext on this machine")
def test_a_cyrillic_or_turkish_name_prints_as_written(tmp_path: Path):
    base = disclosure()
    person = Entry("Person Nr. 7", (Item("Familienname", "Öztürk", "persons.family_name"),
                                    Item("Name in Umschrift", "Олена Коваленко",
                                         "persons.name_transliteration")))
    written = replace(base, sections=(Section("persons", "Angaben zur Person", (person,)),))
    out = tmp_path / "auskunft.pdf"
    write_disclosure_pdf(written, out)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"],
                          capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    assert "Олена Коваленко" in text and "Öztürk, Ayşe Gül" in text and "?" not in text
