"""Residents (Bewohner*innen): the service behind the person form and the import.

A person is created after the duplicate check (`duplicates.find_matches`: same birth date,
similar name in any spelling); a suspected duplicate is refused with `DuplicateSuspected`
until the caller confirms (`duplicate_ok=True`). A person is never deleted: `end_person`
marks them inactive once they live nowhere any more. Identity documents are unique per
type, issuing country and number; numbers are stored in capitals without spaces, so
"fx 123 456" and "FX123456" are one passport.

Rights: `Permission.EDIT_PERSONS`. The Heimleitung works for its facilities only: it may
create people and edit those who live in one of its facilities today, or nowhere. Every
change is written to the audit log by the session hook; every save of a person (documents
included) makes a new version, and a form holding an older one gets an `EditConflict`.

Households are in `households`; their functions are importable from here too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from soest_desk.models import IdentityDocument, Person
from soest_desk.models.enums import BirthDatePrecision
from soest_desk.services import households, validation
from soest_desk.services.duplicates import Match, describe_match, find_matches
from soest_desk.services.errors import DomainError
from soest_desk.services.households import (
    add_member,
    create_household,
    end_household,
    remove_member,
    set_member_role,
    update_household,
)
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.person_access import (
    living_somewhere,
    load_person,
    may_edit_person,
    person_label,
    require_may_edit,
    saving,
)
from soest_desk.services.validation import (
    DOCUMENT_TYPE_LABELS,
    SEX_LABELS,
    check_birth_date,
    check_code,
    check_version,
    german_date,
)

__all__ = [
    "DocumentInput", "DuplicateSuspected", "PersonInput", "add_member", "check_documents_unique",
    "check_person", "create_household", "create_person", "document_label", "document_number",
    "end_household", "end_person", "may_edit_person", "person_label", "remove_member",
    "set_member_role", "update_household", "update_person",
]

MAX_NAME = 200
MAX_TRANSLITERATION = 400
MAX_DOCUMENT_NUMBER = 64
MAX_CARE_GRADE = 5
NAME_PUNCTUATION = frozenset(" -'’ʼ.,()")
DOCUMENT_PUNCTUATION = frozenset("-/")


@dataclass
class DocumentInput:
    doc_type: str  # a DocumentType code
    number: str
    issuing_country: str  # ISO 3166-1 alpha-3
    valid_until: date | None = None


@dataclass
class PersonInput:
    family_name: str
    given_names: str
    birth_date: date | None = None
    birth_date_precision: str = BirthDatePrecision.DAY.value  # the date is then the 1st
    sex: str = "u"
    nationality: str | None = None  # ISO 3166-1 alpha-3 (validation.parse_nationality)
    phone: str | None = None
    care_grade: int = 0
    needs_barrier_free: bool = False
    has_pets: bool = False
    smoker: bool = False
    name_transliteration: str | None = None
    documents: list[DocumentInput] = field(default_factory=list)


class DuplicateSuspected(DomainError):
    """The person may already be stored; `matches` are the candidates, best first."""

    def __init__(self, matches: list[Match]) -> None:
        lines = "; ".join(describe_match(match) for match in matches)
        super().__init__(
            f"Möglicherweise schon erfasst: {lines}. Bitte prüfen Sie, ob es dieselbe Person "
            "ist. Wenn nicht, bestätigen Sie die Neuanlage.", field="Name")
        self.matches = matches


def document_number(number: str) -> str:
    """How a document number is stored and compared: capitals, no spaces."""
    return "".join(number.split()).upper()


def document_label(doc_type: str, issuing_country: str, number: str) -> str:
    """ "Reisepass UKR FX123456" """
    return f"{DOCUMENT_TYPE_LABELS.get(doc_type, doc_type)} {issuing_country} {number}"


# ---------------------------------------------------------------- pure checks

def _check_name(value: str, label: str, limit: int) -> None:
    if len(value) > limit:
        raise DomainError(f"{label}: höchstens {limit} Zeichen (jetzt {len(value)}).",
                          field=label)
    for char in value:
        if char.isdigit():
            raise DomainError(f"{label}: „{value}“ enthält Ziffern.", field=label)
        if not (unicodedata.category(char)[0] in "LM" or char in NAME_PUNCTUATION):
            raise DomainError(f"{label}: „{value}“ enthält das Zeichen „{char}“.", field=label)


def _check_document(document: DocumentInput, position: int) -> None:
    prefix = f"Dokument {position}: " if position else ""
    type_label = "Dokumentart"
    if document.doc_type not in DOCUMENT_TYPE_LABELS:
        raise DomainError(f"{type_label}: {prefix}bitte eine Dokumentart aus der Liste wählen.",
                          field=type_label)
    number = document_number(document.number or "")
    if not number:
        raise DomainError(f"Ausweisnummer: {prefix}bitte angeben.", field="Ausweisnummer")
    if len(number) > MAX_DOCUMENT_NUMBER:
        raise DomainError(f"Ausweisnummer: {prefix}höchstens {MAX_DOCUMENT_NUMBER} Zeichen.",
                          field="Ausweisnummer")
    if not all((c.isascii() and c.isalnum()) or c in DOCUMENT_PUNCTUATION for c in number):
        raise DomainError(f"Ausweisnummer: {prefix}„{document.number}“ – erlaubt sind "
                          "Buchstaben A–Z, Ziffern, - und /.", field="Ausweisnummer")
    if not document.issuing_country:
        raise DomainError(f"Ausstellungsstaat: {prefix}bitte angeben.", field="Ausstellungsstaat")
    validation.check_nationality(document.issuing_country, "Ausstellungsstaat")
    if document.valid_until is not None and document.valid_until.year < validation.MIN_YEAR:
        raise DomainError(f"Gültig bis: {prefix}{german_date(document.valid_until)} ist kein "
                          "plausibles Datum.", field="Gültig bis")


def _check_documents_distinct(documents: Sequence[DocumentInput]) -> None:
    seen: set[tuple[str, str, str]] = set()
    for document in documents:
        key = (document.doc_type, document.issuing_country, document_number(document.number))
        if key in seen:
            raise DomainError(f"Ausweisnummer: {document_label(*key)} ist zweimal angegeben.",
                              field="Ausweisnummer")
        seen.add(key)


def check_person(data: PersonInput, today: date) -> None:
    """Every field check that needs no database; DomainError naming the field."""
    family, given = (data.family_name or "").strip(), (data.given_names or "").strip()
    if not family and not given:
        raise DomainError("Familienname: bitte Familienname oder Vornamen angeben.",
                          field="Familienname")
    _check_name(family, "Familienname", MAX_NAME)
    _check_name(given, "Vornamen", MAX_NAME)
    if data.name_transliteration:
        _check_name(data.name_transliteration.strip(), "Namensumschrift", MAX_TRANSLITERATION)
    precision = data.birth_date_precision
    if precision not in {p.value for p in BirthDatePrecision}:
        raise DomainError("Geburtsdatum: die Genauigkeit muss Tag, Monat oder Jahr sein.",
                          field="Geburtsdatum")
    if data.birth_date is not None:
        day = data.birth_date
        if (precision == BirthDatePrecision.MONTH.value and day.day != 1) or (
                precision == BirthDatePrecision.YEAR.value and (day.month, day.day) != (1, 1)):
            raise DomainError("Geburtsdatum: bei nur bekanntem Monat oder Jahr ist der Erste "
                              "des Monats bzw. der 01.01. anzugeben.", field="Geburtsdatum")
        check_birth_date(day, precision, today)
    check_code(data.sex, "Geschlecht", SEX_LABELS)
    validation.check_nationality(data.nationality)
    if data.phone is not None:
        validation.parse_phone(data.phone)
    grade = data.care_grade
    if isinstance(grade, bool) or not isinstance(grade, int) or not 0 <= grade <= MAX_CARE_GRADE:
        raise DomainError(f"Pflegegrad: 0 bis {MAX_CARE_GRADE} (eingegeben: {grade}).",
                          field="Pflegegrad")
    for position, document in enumerate(data.documents, start=1):
        _check_document(document, position if len(data.documents) > 1 else 0)
    _check_documents_distinct(data.documents)


def _cleaned(data: PersonInput) -> PersonInput:
    """Trimmed names, a tidy phone number, documents numbers as stored."""
    return replace(
        data, family_name=" ".join((data.family_name or "").split()),
        given_names=" ".join((data.given_names or "").split()),
        name_transliteration=(data.name_transliteration or "").strip() or None,
        phone=validation.parse_phone(data.phone) if data.phone is not None else None,
        birth_date_precision=(data.birth_date_precision if data.birth_date is not None
                              else BirthDatePrecision.DAY.value),
        documents=[replace(d, number=document_number(d.number or "")) for d in data.documents],
    )


# ---------------------------------------------------------------- database checks

def check_documents_unique(session: Session, documents: Sequence[DocumentInput],
                           person_id: int | None = None) -> None:
    """Refuse a document already stored for somebody else, or given twice in `documents`."""
    _check_documents_distinct(documents)
    for document in documents:
        number = document_number(document.number)
        query = (select(Person).join(IdentityDocument, IdentityDocument.person_id == Person.id)
                 .where(IdentityDocument.doc_type == document.doc_type,
                        IdentityDocument.issuing_country == document.issuing_country,
                        IdentityDocument.number == number))
        if person_id is not None:
            query = query.where(Person.id != person_id)
        holder = session.scalars(query).first()
        if holder is not None:
            shown = document_label(document.doc_type, document.issuing_country, number)
            raise DomainError(f"Ausweisnummer: {shown} ist schon bei {person_label(holder)} "
                              "erfasst.", field="Ausweisnummer")


# ---------------------------------------------------------------- create, update, end

def _apply(person: Person, data: PersonInput) -> None:
    person.family_name = data.family_name
    person.given_names = data.given_names
    person.name_transliteration = data.name_transliteration
    person.birth_date = data.birth_date
    person.birth_date_precision = data.birth_date_precision
    person.sex = data.sex
    person.nationality = data.nationality
    person.phone = data.phone
    person.care_grade = data.care_grade
    person.needs_barrier_free = bool(data.needs_barrier_free)
    person.has_pets = bool(data.has_pets)
    person.smoker = bool(data.smoker)


def create_person(
    session: Session, actor: Actor, data: PersonInput, *, today: date,
    duplicate_ok: bool = False, household_id: int | None = None,
    household_role: str | None = None,
) -> Person:
    """Register a person (optionally into a household). Raises DuplicateSuspected when the
    name and birth date match somebody already stored, unless `duplicate_ok`."""
    require(actor, Permission.EDIT_PERSONS)
    check_person(data, today)
    data = _cleaned(data)
    check_documents_unique(session, data.documents)
    household = None
    if household_id is not None or household_role is not None:
        if household_id is None or household_role is None:
            raise DomainError("Haushalt: bitte Haushalt und Rolle im Haushalt angeben.",
                              field="Haushalt")
        household = households.household_to_join(session, actor, household_id,
                                                  household_role, today)
    if not duplicate_ok:
        matches = find_matches(session, data.family_name, data.given_names, data.birth_date,
                               data.birth_date_precision, today=today)
        if matches:
            raise DuplicateSuspected(matches)
    with saving(session):
        person = Person()
        _apply(person, data)
        if household is not None:
            person.household_id, person.household_role = household.id, household_role
        person.documents = [
            IdentityDocument(doc_type=d.doc_type, number=d.number,
                             issuing_country=d.issuing_country, valid_until=d.valid_until)
            for d in data.documents]
        session.add(person)
    return person


def _replace_documents(session: Session, person: Person, documents: list[DocumentInput]
                       ) -> bool:
    """Make the stored documents those given; True if anything changed. A document kept
    (same type, country and number) is updated in place, so its history stays one row."""
    wanted = {(d.doc_type, d.issuing_country, d.number): d for d in documents}
    stored = session.scalars(select(IdentityDocument)
                             .where(IdentityDocument.person_id == person.id)).all()
    changed = False
    for row in stored:
        document = wanted.pop((row.doc_type, row.issuing_country, row.number), None)
        if document is None:
            session.delete(row)
            changed = True
        elif row.valid_until != document.valid_until:
            row.valid_until = document.valid_until
            changed = True
    session.flush()  # deletions first: a document may come back under another type
    for document in wanted.values():
        session.add(IdentityDocument(person_id=person.id, doc_type=document.doc_type,
                                     number=document.number,
                                     issuing_country=document.issuing_country,
                                     valid_until=document.valid_until))
        changed = True
    return changed


def update_person(session: Session, actor: Actor, person_id: int, version: int,
                  data: PersonInput, *, today: date) -> Person:
    """Save the person form: fields and documents (replaced by those given)."""
    require(actor, Permission.EDIT_PERSONS)
    person = load_person(session, person_id, lock=True)
    require_may_edit(session, actor, [person], today)
    check_version(person.version_id, version, f"Die Person „{person_label(person)}“")
    check_person(data, today)
    data = _cleaned(data)
    check_documents_unique(session, data.documents, person.id)
    with saving(session):
        documents_changed = _replace_documents(session, person, data.documents)  # flushes
        _apply(person, data)
        if documents_changed:
            flag_modified(person, "search_name")  # one new version of the person, not logged
    return person


def end_person(session: Session, actor: Actor, person_id: int, *, today: date) -> None:
    """Mark a person as no longer in our care. Never deletes; refused while they live in a
    facility today or are booked into one later. Household membership stays as it was."""
    require(actor, Permission.EDIT_PERSONS)
    person = load_person(session, person_id, lock=True)
    require_may_edit(session, actor, [person], today)
    if not person.active:
        raise DomainError(f"{person_label(person)} ist bereits beendet.")
    reason = living_somewhere(session, person, today)
    if reason is not None:
        raise DomainError(f"Beenden nicht möglich: {reason}. Bitte zuerst ausziehen.")
    person.active = False
    session.flush()
