"""Case notes (Vermerke): Sozialdaten under SGB X.

Only social workers read or write them, and only for the cases they may reach (households in
their facilities, and their own caseload): every other role gets PermissionDenied from every
function here, and nothing else in the services returns a note's text. The list of a case's
notes (`note_headers`) shows date, kind, duration and author, never the text; the text comes
from `read_note`, one note at a time, and every such read writes exactly one audit row
(action "read") in the same transaction. The audit log itself never holds the text (the
column is tagged `pii="social"`).

A note is not edited or deleted: a correction is a new note (the record of what was written
when stays intact).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from soest_desk.models import Case, CaseNote
from soest_desk.models.enums import CaseNoteKind, CaseStatus
from soest_desk.services.audit import record_read
from soest_desk.services.cases import EARLIEST, reachable_case
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.users import display_names

NOTE_FUNCTION = "soest_read_case_note(integer, text)"  # see pg_security

KIND_LABELS = {
    CaseNoteKind.CONSULTATION.value: "Beratung",
    CaseNoteKind.HOME_VISIT.value: "Hausbesuch",
    CaseNoteKind.PHONE.value: "Telefonat",
    CaseNoteKind.ACCOMPANIMENT.value: "Begleitung",
    CaseNoteKind.OTHER.value: "Sonstiges",
}
MAX_TEXT = 20_000
MAX_MINUTES = 1440


@dataclass(frozen=True)
class NoteHeader:
    id: int
    note_date: date
    kind: str
    duration_minutes: int | None
    author: str


@dataclass(frozen=True)
class NoteText:
    header: NoteHeader
    text: str


def _header(note: CaseNote, authors: dict[int, str]) -> NoteHeader:
    return NoteHeader(note.id, note.note_date, note.kind, note.duration_minutes,
                      authors.get(note.author_id or 0, "unbekannt"))


def note_headers(session: Session, actor: Actor, case_id: int,
                 today: date | None = None) -> list[NoteHeader]:
    """The notes of a case, newest first, without their text."""
    reachable_case(session, actor, case_id, Permission.READ_CASE_NOTES, today)
    notes = list(session.scalars(
        select(CaseNote).where(CaseNote.case_id == case_id)
        .order_by(CaseNote.note_date.desc(), CaseNote.id.desc())))
    authors = display_names(session, {n.author_id for n in notes})
    return [_header(n, authors) for n in notes]


def read_note(session: Session, actor: Actor, note_id: int,
              today: date | None = None) -> NoteText:
    """The text of one note; the read is audited (one row per call), so this needs a write
    session acting as `actor` (`Database.write(actor)`): in a read session the audit row
    would be thrown away, and a session of somebody else would name the wrong reader."""
    require(actor, Permission.READ_CASE_NOTES)  # before "not found": existence is no hint
    session_actor = session.info.get("actor")
    if session.info.get("read_only") or session_actor is None or (
            session_actor.login, session_actor.user_id) != (actor.login, actor.user_id):
        raise RuntimeError("read_note writes an audit row: call it in Database.write(actor) "
                           "with the reading actor")
    note = session.get(CaseNote, note_id)
    if note is None:
        raise DomainError("Der Vermerk wurde nicht gefunden.")
    reachable_case(session, actor, note.case_id, Permission.READ_CASE_NOTES, today)
    authors = display_names(session, {note.author_id})
    return NoteText(_header(note, authors), _audited_text(session, note))


def _audited_text(session: Session, note: CaseNote) -> str:
    """The text, with its audit row. On PostgreSQL with `soest-desk db setup-roles` done,
    only the SECURITY DEFINER function may read it, and it writes the row itself."""
    connection = session.connection()
    if connection.dialect.name == "postgresql" and connection.scalar(
            text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": NOTE_FUNCTION}):
        actor: Actor = session.info["actor"]
        return connection.scalar(text("SELECT soest_read_case_note(:n, :l)"),
                                 {"n": note.id, "l": actor.login})
    record_read(session, CaseNote.__tablename__, note.id)
    return note.text


def add_note(session: Session, actor: Actor, case_id: int, note_date: date, kind: str,
             text: str, duration_minutes: int | None = None,
             today: date | None = None) -> CaseNote:
    today = today or office_today()
    case: Case = reachable_case(session, actor, case_id, Permission.READ_CASE_NOTES, today)
    reachable_case(session, actor, case_id, Permission.EDIT_CASES, today)
    if case.status == CaseStatus.CLOSED:
        raise DomainError("Der Fall ist abgeschlossen: Vermerke können nicht mehr "
                          "hinzugefügt werden.")
    if kind not in KIND_LABELS:
        raise DomainError("Art: bitte Beratung, Hausbesuch, Telefonat, Begleitung oder "
                          "Sonstiges wählen.", field="Art")
    if not max(EARLIEST, case.opened_on) <= note_date <= today:
        raise DomainError(f"Datum: bitte ein Datum zwischen der Eröffnung des Falls "
                          f"({case.opened_on:%d.%m.%Y}) und heute angeben.", field="Datum")
    if duration_minutes is not None and not 0 <= duration_minutes <= MAX_MINUTES:
        raise DomainError(f"Dauer: bitte 0 bis {MAX_MINUTES} Minuten angeben.",
                          field="Dauer")
    body = (text or "").strip()
    if not body:
        raise DomainError("Text: bitte den Vermerk schreiben.", field="Text")
    if len(body) > MAX_TEXT:
        raise DomainError(f"Text: höchstens {MAX_TEXT} Zeichen.", field="Text")
    note = CaseNote(case_id=case_id, author_id=actor.user_id, note_date=note_date,
                    kind=kind, duration_minutes=duration_minutes, text=body)
    session.add(note)
    session.flush()
    return note
