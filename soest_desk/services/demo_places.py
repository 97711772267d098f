"""Demo facilities (all four kinds), their units, the pilot and neighbourhood reports."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from soest_desk.models.enums import (
    FacilityKind,
    NeighbourhoodCategory,
    NeighbourhoodChannel,
    NeighbourhoodKind,
    OccupancyType,
    OfferStatus,
)
from soest_desk.services.demo_context import (
    EXTRA_FAMILY,
    EXTRA_GIVEN,
    BulkWriter,
    DemoContext,
    Weighted,
    ascii_fold,
)
from soest_desk.services.demo_names import (
    CITY,
    DISTRICTS,
    FACILITY_NAMES,
    NEIGHBOURHOOD_TEMPLATES,
    POSTAL_CODES,
    STREETS,
)

GU = FacilityKind.SHARED_ACCOMMODATION.value
TH = FacilityKind.TRANSITIONAL_HOME.value
MF = FacilityKind.MUNICIPAL_FLAT.value
PO = FacilityKind.PRIVATE_OFFER.value
FAMILY = OccupancyType.FAMILY.value
MEN = OccupancyType.SINGLE_MEN.value
WOMEN = OccupancyType.SINGLE_WOMEN.value
MIXED = OccupancyType.MIXED.value

# per 12 facilities: 6 shared accommodations, 2 transitional homes, 2 flats, 2 offers;
# the first four cover every kind, so even the smallest scale has each
KIND_PATTERN = (GU, TH, MF, PO, GU, GU, MF, GU, TH, PO, GU, GU)
PLACES_PER_SCALE = 1300
PILOTS_PER_SCALE = 2
PILOT_GROUP = "Pilot A"
NEIGHBOURHOOD_PER_SCALE = 150

NAME_PREFIXES = {
    GU: ("Gemeinschaftsunterkunft", "Unterkunft"),
    TH: ("Übergangswohnheim", "Wohnanlage"),
    MF: ("Wohnhaus",),
}
NAME_KIND = {
    "Gemeinschaftsunterkunft": GU, "Unterkunft": GU, "Wohncontaineranlage": GU,
    "Wohnmodule": GU, "Frauenunterkunft": GU, "Familienhaus": GU,
    "Übergangswohnheim": TH, "Wohnanlage": TH, "Wohngruppe": TH,
    "Wohnhaus": MF, "Wohnungsverbund": MF,
}
ROMAN = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

ROOM_TYPES = Weighted([(FAMILY, 60), (MEN, 25), (WOMEN, 8), (MIXED, 7)])
ROOM_PLACES = {
    FAMILY: Weighted([(2, 12), (3, 22), (4, 30), (5, 20), (6, 16)]),
    MEN: Weighted([(1, 10), (2, 40), (3, 25), (4, 25)]),
    WOMEN: Weighted([(1, 15), (2, 50), (3, 20), (4, 15)]),
    MIXED: Weighted([(2, 50), (3, 30), (4, 20)]),
}
FLAT_PLACES = Weighted([(2, 10), (3, 25), (4, 30), (5, 20), (6, 15)])
OFFER_STATUSES = Weighted([
    (OfferStatus.ACCEPTED.value, 35), (OfferStatus.OFFERED.value, 35),
    (OfferStatus.RESERVED.value, 15), (OfferStatus.WITHDRAWN.value, 15),
])
MARKET_OFFERS_PER_SCALE = 8
MARKET_STATUSES = Weighted([(OfferStatus.OFFERED.value, 3), (OfferStatus.RESERVED.value, 1)])
OFFER_LABELS = ("EG links", "EG rechts", "1.OG links", "1.OG rechts", "DG", "Whg. 1")
# (barrier-free, pets allowed, smoking allowed) probabilities per kind
FLAGS = {GU: (0.4, 0.1, 0.25), TH: (0.5, 0.3, 0.2), MF: (0.2, 0.6, 0.0), PO: (0.2, 0.5, 0.1)}


@dataclass(eq=False)
class UnitPlan:
    facility: FacilityPlan
    label: str
    floor: int
    places: int
    occupancy_type: str
    barrier_free: bool
    area: Decimal
    id: int = 0


@dataclass(eq=False)
class FacilityPlan:
    kind: str
    name: str
    street: str
    district: str
    barrier_free: bool
    pets_allowed: bool
    smoking_allowed: bool
    open_from: date | None  # units can be allocated from this day; None: never
    offer: dict[str, object] = field(default_factory=dict)
    pilot: bool = False
    units: list[UnitPlan] = field(default_factory=list)
    id: int = 0

    @property
    def places(self) -> int:
        return sum(unit.places for unit in self.units)

    @property
    def managed(self) -> bool:
        """Run by the office (people live here, staff are assigned)."""
        return self.open_from is not None


def plan_facilities(ctx: DemoContext) -> list[FacilityPlan]:
    count = ctx.scaled(12, minimum=len(set(KIND_PATTERN)))
    kinds = [KIND_PATTERN[i % len(KIND_PATTERN)] for i in range(count)]
    names = _NameSource(ctx)
    facilities = [_facility(ctx, kind, names) for kind in kinds]
    _fill_units(ctx, facilities)
    _ensure_flags(facilities)
    eligible = [f for f in facilities if f.kind in (GU, TH)]
    for facility in ctx.rng.sample(eligible, min(len(eligible), ctx.scaled(PILOTS_PER_SCALE))):
        facility.pilot = True
    return facilities + _market_offers(ctx, names)


def _market_offers(ctx: DemoContext, names: _NameSource) -> list[FacilityPlan]:
    """Private flats on offer now, for the social workers' flat search."""
    offers = []
    for _ in range(ctx.scaled(MARKET_OFFERS_PER_SCALE)):
        offer = _facility(ctx, PO, names)
        status = MARKET_STATUSES.draw(ctx.rng)
        offer.offer["offer_status"] = status
        offer.offer["available_from"] = ctx.today + timedelta(days=ctx.rng.randint(-20, 75))
        offer.open_from = None
        _offer_unit(ctx, offer)
        offers.append(offer)
    return offers


def _facility(ctx: DemoContext, kind: str, names: _NameSource) -> FacilityPlan:
    name = names.next(kind)
    street = next((s for s in STREETS if s in name), None) or ctx.pick(STREETS)
    district = next((d for d in DISTRICTS if d in name), None) or ctx.pick(DISTRICTS)
    barrier, pets, smoking = FLAGS[kind]
    facility = FacilityPlan(
        kind=kind, name=name, street=f"{street} {ctx.rng.randint(1, 120)}", district=district,
        barrier_free=ctx.chance(barrier), pets_allowed=ctx.chance(pets),
        smoking_allowed=ctx.chance(smoking), open_from=ctx.window_start,
    )
    if kind == PO:
        facility.street = name.removeprefix("Wohnung ").removesuffix(" (privat)")
        facility.offer = _offer(ctx)
        accepted = facility.offer["offer_status"] == OfferStatus.ACCEPTED.value
        facility.open_from = facility.offer["available_from"] if accepted else None
    return facility


def _offer(ctx: DemoContext) -> dict[str, object]:
    status = OFFER_STATUSES.draw(ctx.rng)
    start_offsets = {
        OfferStatus.ACCEPTED.value: (-600, -60), OfferStatus.OFFERED.value: (-30, 90),
        OfferStatus.RESERVED.value: (0, 45), OfferStatus.WITHDRAWN.value: (-200, 0),
    }
    low, high = start_offsets[status]
    available_from = ctx.today + timedelta(days=ctx.rng.randint(low, high))
    available_to = None
    if ctx.chance(0.5):
        available_to = available_from + timedelta(days=ctx.rng.randint(365, 1095))
        if status == OfferStatus.ACCEPTED.value:
            available_to = max(available_to, ctx.today + timedelta(days=90))
    given, family = ctx.pick(EXTRA_GIVEN), ctx.pick(EXTRA_FAMILY)
    if ctx.chance(0.5):
        phone = f"+49 2921 {ctx.rng.randint(10000, 999999)}"
    else:
        prefix = ctx.pick(("151", "152", "160", "170", "172", "176"))
        phone = f"+49 {prefix} {ctx.rng.randint(1000000, 99999999)}"
    return {
        "offer_status": status, "available_from": available_from, "available_to": available_to,
        "landlord_name": f"{given} {family}", "landlord_phone": phone,
        "landlord_email": f"{ascii_fold(given)}.{ascii_fold(family)}@example.org",
    }


class _NameSource:
    """Unique, realistic facility names: the pool first, then prefix + street, then II, III…"""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.used: set[str] = set()
        self.generators = {kind: self._names(kind) for kind in NAME_PREFIXES}

    def next(self, kind: str) -> str:
        if kind == PO:
            while True:
                name = f"Wohnung {self.ctx.pick(STREETS)} {self.ctx.rng.randint(1, 140)} (privat)"
                if name not in self.used:
                    self.used.add(name)
                    return name
        for name in self.generators[kind]:
            if name not in self.used:
                self.used.add(name)
                return name
        raise AssertionError("unreachable: the name generators are endless")

    def _names(self, kind: str) -> Iterator[str]:
        pool = [n for n in FACILITY_NAMES if NAME_KIND.get(n.split(" ", 1)[0]) == kind]
        self.ctx.rng.shuffle(pool)
        yield from pool
        streets = list(STREETS)
        self.ctx.rng.shuffle(streets)
        derived = [f"{prefix} {street}" for street in streets for prefix in NAME_PREFIXES[kind]]
        yield from derived
        number = 0
        while True:
            for base in (*pool, *derived):
                yield f"{base} {ROMAN[number]}" if number < len(ROMAN) else f"{base} {number + 2}"
            number += 1


def _fill_units(ctx: DemoContext, facilities: list[FacilityPlan]) -> None:
    big = [f for f in facilities if f.kind in (GU, TH)]
    for facility in facilities:
        if facility.kind == MF:
            _flats(ctx, facility, ctx.rng.randint(1, 4), flat_places=(3, 6))
        elif facility.kind == PO:
            _offer_unit(ctx, facility)
    small_places = sum(f.places for f in facilities if f.kind not in (GU, TH))
    drawn = [ctx.rng.uniform(100, 190) if f.kind == GU else ctx.rng.uniform(250, 420) for f in big]
    target = max(0.0, ctx.scale * PLACES_PER_SCALE - small_places)
    factor = target / sum(drawn) if drawn else 1.0
    for facility, size in zip(big, drawn, strict=True):
        high = 200 if facility.kind == GU else 450
        places = min(high, max(60, round(size * factor)))
        if facility.kind == GU:
            _rooms(ctx, facility, places)
        else:
            _flats(ctx, facility, 0, total_places=places)


def _rooms(ctx: DemoContext, facility: FacilityPlan, total: int) -> None:
    """Rooms of a shared accommodation on 3-4 floors, labelled "EG-01", "1.OG-12"."""
    women_only = facility.name.startswith("Frauenunterkunft")
    family_only = facility.name.startswith("Familienhaus")
    rooms: list[tuple[str, int]] = []
    filled = 0
    while filled < total:
        kind = ROOM_TYPES.draw(ctx.rng)
        if family_only or (women_only and kind in (MEN, MIXED)):
            kind = FAMILY if family_only or ctx.chance(0.5) else WOMEN
        places = min(ROOM_PLACES[kind].draw(ctx.rng), max(1, total - filled))
        if family_only:
            places = max(places, 2)
        elif kind == FAMILY and places < 2:
            kind = WOMEN if women_only else MEN
        rooms.append((kind, places))
        filled += places
    floors = 4 if total > 120 else 3
    per_floor = -(-len(rooms) // floors)
    for index, (kind, places) in enumerate(rooms):
        floor, number = divmod(index, per_floor)
        prefix = "EG" if floor == 0 else f"{floor}.OG"
        per_place = ctx.rng.uniform(8.0, 11.0) if kind == FAMILY else ctx.rng.uniform(7.5, 10.0)
        barrier = _barrier_free(ctx, facility, floor)
        facility.units.append(UnitPlan(
            facility, f"{prefix}-{number + 1:02d}", floor, places, kind, barrier,
            _area(places * per_place + 2),
        ))


def _flats(
    ctx: DemoContext, facility: FacilityPlan, count: int, *,
    total_places: int = 0, flat_places: tuple[int, int] = (2, 6),
) -> None:
    """Flats "Whg. 1", "Whg. 2"… (a transitional home fills `total_places`)."""
    number = 0
    filled = 0
    while (number < count) if count else (filled < total_places):
        number += 1
        shared = facility.kind == TH and ctx.chance(0.15)
        if shared:
            kind, places = (MEN if ctx.chance(0.7) else MIXED), ctx.rng.randint(3, 5)
        else:
            kind = FAMILY
            places = FLAT_PLACES.draw(ctx.rng)
            places = min(max(places, flat_places[0]), flat_places[1])
        floor = ((number - 1) // 6) % 4 if facility.kind == TH else (number - 1) // 2
        area = 25 + places * ctx.rng.uniform(10.0, 14.0)
        facility.units.append(UnitPlan(
            facility, f"Whg. {number}", floor, places, kind,
            _barrier_free(ctx, facility, floor), _area(area),
        ))
        filled += places


def _offer_unit(ctx: DemoContext, facility: FacilityPlan) -> None:
    label = ctx.pick(OFFER_LABELS)
    floor = 0 if label.startswith("EG") else (2 if label == "DG" else 1)
    places = ctx.rng.randint(2, 5)
    facility.units.append(UnitPlan(
        facility, label, floor, places, FAMILY, facility.barrier_free and floor == 0,
        _area(40 + places * ctx.rng.uniform(10.0, 14.0)),
    ))


def _barrier_free(ctx: DemoContext, facility: FacilityPlan, floor: int) -> bool:
    if facility.barrier_free:
        return ctx.chance(0.6 if floor == 0 else 0.15)
    return floor == 0 and ctx.chance(0.1)


def _area(square_metres: float) -> Decimal:
    return Decimal(f"{square_metres:.2f}")


def _ensure_flags(facilities: list[FacilityPlan]) -> None:
    """At least one barrier-free, one pets-allowed and one smoking facility, at any scale."""
    shared = [f for f in facilities if f.kind in (GU, TH)]
    if not any(f.barrier_free for f in facilities):
        shared[0].barrier_free = True
        for unit in shared[0].units:
            unit.barrier_free = unit.barrier_free or unit.floor == 0
    if not any(f.pets_allowed for f in facilities):
        shared[-1].pets_allowed = True
    if not any(f.smoking_allowed for f in facilities):
        shared[0].smoking_allowed = True


def pilot_start(today: date) -> date:
    """The first day of the month six months before `today`."""
    month_index = today.year * 12 + today.month - 1 - 6
    return date(month_index // 12, month_index % 12 + 1, 1)


def write_facilities(ctx: DemoContext, writer: BulkWriter, facilities: list[FacilityPlan]) -> None:
    start = pilot_start(ctx.today)
    for facility in facilities:
        offer = facility.offer
        facility.id = writer.add("facilities", {
            "kind": facility.kind, "name": facility.name, "street": facility.street,
            "postal_code": POSTAL_CODES[0], "city": CITY, "district": facility.district,
            "living_space_m2": sum((u.area for u in facility.units), Decimal("0.00")),
            "barrier_free": facility.barrier_free, "pets_allowed": facility.pets_allowed,
            "smoking_allowed": facility.smoking_allowed, "active": True,
            "landlord_name": offer.get("landlord_name"),
            "landlord_phone": offer.get("landlord_phone"),
            "landlord_email": offer.get("landlord_email"),
            "available_from": offer.get("available_from"),
            "available_to": offer.get("available_to"),
            "offer_status": offer.get("offer_status"),
            "pilot_group": PILOT_GROUP if facility.pilot else None,
            "pilot_start": start if facility.pilot else None,
            "notes": None,
        })
        for unit in facility.units:
            unit.id = writer.add("units", {
                "facility_id": facility.id, "label": unit.label, "floor": unit.floor,
                "places": unit.places, "area_m2": unit.area, "barrier_free": unit.barrier_free,
                "occupancy_type": unit.occupancy_type, "active": True,
            })


# ---------------------------------------------------------------- neighbourhood reports

NB_CAT = NeighbourhoodCategory
NB_CHANNEL = NeighbourhoodChannel
# the category of a template text: the first keyword found decides; none found: Sonstiges
CATEGORY_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("zu hören", NB_CAT.NOISE.value), ("laut", NB_CAT.NOISE.value),
    ("müll", NB_CAT.WASTE.value), ("säcke", NB_CAT.WASTE.value),
    ("kippen", NB_CAT.WASTE.value), ("geparkt", NB_CAT.PARKING.value),
    ("fahrräder stehen", NB_CAT.PARKING.value), ("lädt", NB_CAT.EVENT.value),
    ("fest", NB_CAT.EVENT.value),
)
PRAISE_TEXTS = (
    "Eine Nachbarin bedankt sich, dass Bewohner beim Aufräumen des Spielplatzes geholfen haben.",
    "Der Ortsvorsteher lobt das gepflegte Außengelände und die gute Zusammenarbeit.",
    "Ein Anwohner meldet, dass ihm Jugendliche aus der Unterkunft beim Tragen geholfen haben.",
)
CONFLICT_TEXTS = (
    "Streit zwischen einem Anwohner und Bewohnern über das Ballspielen an der Grundstücksgrenze.",
    "Eine Nachbarin fühlt sich von Gruppen vor dem Eingang beim Vorbeigehen bedrängt.",
)
FOLLOW_UPS = {
    NB_CAT.NOISE.value: "Gespräch mit den Bewohner*innen über die Nachtruhe ab 22 Uhr geführt, "
                        "Hausordnung erneut ausgehängt.",
    NB_CAT.WASTE.value: "Hausmeister hat den Müllplatz geräumt; zusätzliche Tonne beim "
                        "Entsorger bestellt.",
    NB_CAT.PARKING.value: "Besucher*innen auf den Parkplatz hinter dem Haus hingewiesen, "
                          "Hinweisschild aufgestellt.",
    NB_CAT.CONFLICT.value: "Vermittlungsgespräch mit Nachbar*in und Bewohner*innen geführt; "
                           "beide Seiten haben Regeln vereinbart.",
    NB_CAT.PRAISE.value: "Dank an das Team und die Bewohner*innen weitergegeben.",
    NB_CAT.EVENT.value: "Aushang in der Unterkunft gemacht, Teilnahme zugesagt.",
    NB_CAT.OTHER.value: "Rückruf bei der meldenden Person; Anliegen an die zuständige Stelle "
                        "weitergegeben.",
}
CHANNELS = {
    NeighbourhoodKind.COMPLAINT.value: Weighted([
        (NB_CHANNEL.PHONE.value, 40), (NB_CHANNEL.EMAIL.value, 20),
        (NB_CHANNEL.IN_PERSON.value, 25), (NB_CHANNEL.POLICE.value, 8),
        (NB_CHANNEL.LOCAL_COUNCIL.value, 7),
    ]),
    NeighbourhoodKind.CONTACT.value: Weighted([
        (NB_CHANNEL.PHONE.value, 25), (NB_CHANNEL.EMAIL.value, 40),
        (NB_CHANNEL.IN_PERSON.value, 30), (NB_CHANNEL.LOCAL_COUNCIL.value, 5),
    ]),
}


def neighbourhood_category(text: str) -> str:
    folded = text.casefold()
    for keyword, category in CATEGORY_KEYWORDS:
        if keyword in folded:
            return category
    return NB_CAT.OTHER.value


def write_neighbourhood_reports(
    ctx: DemoContext, writer: BulkWriter, facilities: list[FacilityPlan]
) -> None:
    """Complaints and contacts over the demo window. Channel, category and follow-up are
    drawn from a generator of their own (seeded from the main one's state, which it leaves
    untouched), so the rows written after these are the same as before the register had
    those columns."""
    sites = [f for f in facilities if f.kind != PO]
    site_weights = Weighted([(f, f.places) for f in sites])
    kinds = Weighted([
        (NeighbourhoodKind.COMPLAINT.value, 60), (NeighbourhoodKind.CONTACT.value, 40),
    ])
    details = random.Random(f"neighbourhood:{ctx.rng.getstate()[1][:8]}")
    count = ctx.scaled(NEIGHBOURHOOD_PER_SCALE, minimum=2)
    yesterday = ctx.today - timedelta(days=1)
    reports = []
    for index in range(count):
        kind = kinds.draw(ctx.rng) if index >= 2 else ("complaint", "contact")[index]
        reports.append((ctx.day_between(ctx.window_start, yesterday), kind,
                        site_weights.draw(ctx.rng)))
    reports.sort(key=lambda report: (report[0], report[2].id))
    for reported_on, kind, facility in reports:
        age = (ctx.today - reported_on).days
        if kind == NeighbourhoodKind.COMPLAINT.value:
            resolved = ctx.chance(0.85 if age > 14 else 0.3)
        else:
            resolved = ctx.chance(0.7)
        resolved_on = None
        if resolved:
            resolved_on = min(yesterday, reported_on + timedelta(days=round(ctx.lognormal(5, 0.8))))
        contact = None
        if ctx.chance(0.15):
            contact = f"{ctx.pick(('Frau', 'Herr'))} {ctx.pick(EXTRA_FAMILY)}"
        text = ctx.pick(NEIGHBOURHOOD_TEMPLATES[kind])
        if kind == NeighbourhoodKind.COMPLAINT.value and details.random() < 0.12:
            text, category = details.choice(CONFLICT_TEXTS), NB_CAT.CONFLICT.value
        elif kind == NeighbourhoodKind.CONTACT.value and details.random() < 0.25:
            text, category = details.choice(PRAISE_TEXTS), NB_CAT.PRAISE.value
        else:
            category = neighbourhood_category(text)
        follow_up, follow_up_on = None, None
        if details.random() < (0.9 if resolved else 0.4):
            follow_up = FOLLOW_UPS[category]
            if not resolved and details.random() < 0.6:
                follow_up_on = reported_on + timedelta(days=details.randint(7, 21))
        writer.add("neighbourhood_reports", {
            "facility_id": facility.id, "reported_on": reported_on, "kind": kind,
            "channel": CHANNELS[kind].draw(details), "category": category,
            "text": text, "contact_name": contact,
            "follow_up": follow_up, "follow_up_on": follow_up_on,
            "resolved": resolved, "resolved_on": resolved_on,
        })
