"""German labels of the codes stored for people and places, as staff type them into forms
and spreadsheets. `validation.parse_choice` reads them back into codes; messages use them to
name a document or a role. (The window shows codes through Qt's translated labels.)"""

from __future__ import annotations

from soest_desk.models.enums import (
    DocumentType,
    FacilityKind,
    HouseholdRole,
    OccupancyType,
    OfferStatus,
    Sex,
)

SEX_LABELS = {Sex.FEMALE.value: "weiblich", Sex.MALE.value: "männlich",
              Sex.DIVERSE.value: "divers", Sex.UNKNOWN.value: "unbekannt"}
SEX_ALIASES = {"w": Sex.FEMALE.value, "frau": Sex.FEMALE.value, "mann": Sex.MALE.value,
               "weibl": Sex.FEMALE.value, "maennl": Sex.MALE.value}
FACILITY_KIND_LABELS = {
    FacilityKind.SHARED_ACCOMMODATION.value: "Gemeinschaftsunterkunft",
    FacilityKind.TRANSITIONAL_HOME.value: "Übergangswohnheim",
    FacilityKind.MUNICIPAL_FLAT.value: "Kommunale Wohnung",
    FacilityKind.PRIVATE_OFFER.value: "Privates Wohnraumangebot",
}
OCCUPANCY_TYPE_LABELS = {
    OccupancyType.FAMILY.value: "Familien", OccupancyType.SINGLE_MEN.value: "Alleinstehende Männer",
    OccupancyType.SINGLE_WOMEN.value: "Alleinstehende Frauen",
    OccupancyType.MIXED.value: "Gemischt",
}
OFFER_STATUS_LABELS = {
    OfferStatus.OFFERED.value: "Angeboten", OfferStatus.RESERVED.value: "Reserviert",
    OfferStatus.ACCEPTED.value: "Angenommen", OfferStatus.WITHDRAWN.value: "Zurückgezogen",
}
DOCUMENT_TYPE_LABELS = {
    DocumentType.PASSPORT.value: "Reisepass", DocumentType.ID_CARD.value: "Personalausweis",
    DocumentType.RESIDENCE_PERMIT.value: "Aufenthaltstitel",
    DocumentType.ARRIVAL_CERTIFICATE.value: "Ankunftsnachweis",
    DocumentType.TOLERATION.value: "Duldung", DocumentType.OTHER.value: "Sonstiges Dokument",
}
HOUSEHOLD_ROLE_LABELS = {
    HouseholdRole.HEAD.value: "Haushaltsvorstand", HouseholdRole.PARTNER.value: "Partner*in",
    HouseholdRole.CHILD.value: "Kind", HouseholdRole.RELATIVE.value: "Angehörige*r",
    HouseholdRole.OTHER.value: "Sonstige*r",
}
