"""Codes stored in the database. The UI maps them to German labels; services use the codes."""

from __future__ import annotations

from enum import StrEnum


class FacilityKind(StrEnum):
    SHARED_ACCOMMODATION = "shared_accommodation"  # Gemeinschaftsunterkunft
    TRANSITIONAL_HOME = "transitional_home"  # Übergangswohnheim
    MUNICIPAL_FLAT = "municipal_flat"  # kommunale Wohnung
    PRIVATE_OFFER = "private_offer"  # privates Wohnraumangebot


class OfferStatus(StrEnum):
    OFFERED = "offered"
    RESERVED = "reserved"
    ACCEPTED = "accepted"
    WITHDRAWN = "withdrawn"


class OccupancyType(StrEnum):
    FAMILY = "family"
    SINGLE_MEN = "single_men"
    SINGLE_WOMEN = "single_women"
    MIXED = "mixed"


class Sex(StrEnum):
    FEMALE = "f"
    MALE = "m"
    DIVERSE = "d"
    UNKNOWN = "u"


class BirthDatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class HouseholdRole(StrEnum):
    HEAD = "head"
    PARTNER = "partner"
    CHILD = "child"
    RELATIVE = "relative"
    OTHER = "other"


class DocumentType(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    RESIDENCE_PERMIT = "residence_permit"  # Aufenthaltstitel (eAT)
    ARRIVAL_CERTIFICATE = "arrival_certificate"  # Ankunftsnachweis
    TOLERATION = "toleration"  # Duldung
    OTHER = "other"


class MoveOutReason(StrEnum):
    OWN_FLAT = "own_flat"  # eigene Wohnung
    REDISTRIBUTION = "redistribution"  # Umverteilung
    TRANSFER = "transfer"  # Verlegung innerhalb der Kommune
    OTHER_MUNICIPALITY = "other_municipality"  # andere Kommune
    RETURN = "return"  # Rückkehr
    DECEASED = "deceased"  # verstorben
    UNKNOWN = "unknown"  # unbekannt


class BlockReason(StrEnum):
    MOULD = "mould"  # Schimmel
    RENOVATION = "renovation"  # Renovierung
    QUARANTINE = "quarantine"  # Quarantäne
    DAMAGE = "damage"  # Schaden
    OTHER = "other"  # Sonstiges


class CaseStatus(StrEnum):
    OPEN = "open"
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class CaseOutcome(StrEnum):
    OWN_FLAT = "own_flat"
    MOVED_AWAY = "moved_away"
    NO_LONGER_NEEDED = "no_longer_needed"
    OTHER = "other"


class CaseNoteKind(StrEnum):
    CONSULTATION = "consultation"  # Beratung
    HOME_VISIT = "home_visit"  # Hausbesuch
    PHONE = "phone"  # Telefonat
    ACCOMPANIMENT = "accompaniment"  # Begleitung
    OTHER = "other"  # Sonstiges


class ReadinessState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_APPLICABLE = "not_applicable"


class TicketState(StrEnum):
    REPORTED = "reported"
    QUERY = "query"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"
    CANCELLED = "cancelled"


FINAL_TICKET_STATES = frozenset({TicketState.CLOSED, TicketState.CANCELLED})


class TicketPriority(StrEnum):
    IMMEDIATE = "immediate"  # Sofort (Verkehrssicherheit)
    URGENT = "urgent"  # Dringend
    NORMAL = "normal"
    LOW = "low"  # Niedrig


class TicketCategory(StrEnum):
    ELECTRICAL = "electrical"
    PLUMBING = "plumbing"
    HEATING = "heating"
    WINDOWS_DOORS = "windows_doors"
    FIRE_SAFETY = "fire_safety"
    PESTS = "pests"
    OUTDOOR = "outdoor"
    FURNITURE = "furniture"
    CLEANING = "cleaning"
    OTHER = "other"


class WaitingReason(StrEnum):
    MATERIAL = "material"
    CONTRACTOR = "contractor"
    ACCESS = "access"


class TicketEventKind(StrEnum):
    TRANSITION = "transition"
    COMMENT = "comment"
    ASSIGNMENT = "assignment"
    SECURED = "secured"
    PRIORITY = "priority"  # priority changed: the deadline is computed anew
    EDIT = "edit"  # title, description, unit or category corrected
    COST = "cost"
    PHOTO = "photo"


class InspectionResult(StrEnum):
    OK = "ok"  # in Ordnung
    DEFECT = "defect"  # Mangel: a ticket is created
    NOT_APPLICABLE = "not_applicable"  # entfällt (no playground here)


class CostKind(StrEnum):
    MATERIAL = "material"
    LABOUR = "labour"
    CONTRACTOR = "contractor"


class NeighbourhoodKind(StrEnum):
    COMPLAINT = "complaint"
    CONTACT = "contact"


class NeighbourhoodChannel(StrEnum):
    PHONE = "phone"  # Telefon
    EMAIL = "email"  # E-Mail
    IN_PERSON = "in_person"  # persönlich
    POLICE = "police"  # Polizei
    LOCAL_COUNCIL = "local_council"  # Ortsbeirat


class NeighbourhoodCategory(StrEnum):
    NOISE = "noise"  # Lärm
    WASTE = "waste"  # Müll
    PARKING = "parking"  # Parken
    CONFLICT = "conflict"  # Konflikt
    PRAISE = "praise"  # Lob
    EVENT = "event"  # Veranstaltung
    OTHER = "other"  # Sonstiges


class Role(StrEnum):
    SITE_MANAGER = "site_manager"
    PROPERTY_SERVICE = "property_service"
    SOCIAL_WORKER = "social_worker"
    MANAGER = "manager"
    ADMIN = "admin"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    END = "end"
    DELETE = "delete"
    READ = "read"
