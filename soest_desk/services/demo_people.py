"""Demo households and residents: structure, names, ages, needs, languages and documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from soest_desk.models.enums import (
    BirthDatePrecision,
    DocumentType,
    HouseholdRole,
    MoveOutReason,
    Sex,
)
from soest_desk.services.demo_context import WINDOW_DAYS, BulkWriter, DemoContext, Weighted, at
from soest_desk.services.demo_names import NAMES, NATIONALITIES, NATIVE_SCRIPT_FAMILY, NamePool

HEAD, PARTNER, CHILD, RELATIVE = (HouseholdRole.HEAD.value, HouseholdRole.PARTNER.value,
                                  HouseholdRole.CHILD.value, HouseholdRole.RELATIVE.value)
FEMALE, MALE = Sex.FEMALE.value, Sex.MALE.value

SHAPES = {
    "default": Weighted([
        ("single_man", 30), ("single_woman", 7), ("couple", 7), ("family", 33),
        ("single_parent", 13), ("multi_gen", 6), ("relatives", 4),
    ]),
    # people from Ukraine: mostly mothers with children and older people
    "UKR": Weighted([
        ("single_man", 8), ("single_woman", 14), ("couple", 8), ("family", 18),
        ("single_parent", 34), ("multi_gen", 12), ("relatives", 6),
    ]),
}
NATIONALITY = Weighted([(code, weight) for code, _, weight in NATIONALITIES])
REASONS = Weighted([
    (MoveOutReason.OWN_FLAT.value, 47), (MoveOutReason.REDISTRIBUTION.value, 15),
    (MoveOutReason.OTHER_MUNICIPALITY.value, 13), (MoveOutReason.RETURN.value, 6),
    (MoveOutReason.UNKNOWN.value, 15),
])
CHILD_COUNT = Weighted([(1, 25), (2, 35), (3, 25), (4, 15)])
SINGLE_PARENT_CHILDREN = Weighted([(1, 35), (2, 35), (3, 18), (4, 8), (5, 4)])
CARE_GRADE = Weighted([(1, 30), (2, 35), (3, 20), (4, 10), (5, 5)])
# wives keep their own family name; children take the father's
OWN_NAME_KEPT = frozenset({"SYR", "IRQ", "AFG", "IRN", "SOM", "ERI", "ETH", "PAK", "GIN", "COL"})
PATRONYMIC = frozenset({"ERI", "ETH"})  # family name = father's given name
YEAR_ONLY = {"AFG": 0.25, "SOM": 0.25, "ERI": 0.25, "ETH": 0.25, "GIN": 0.25, "PAK": 0.15,
             "SYR": 0.08, "IRQ": 0.08}
MOBILE_PREFIXES = ("151", "152", "157", "159", "160", "162", "170", "172", "176", "177", "178")
MAX_HOUSEHOLD = 6  # the largest unit has six places and a household moves in together


@dataclass(eq=False)
class MemberPlan:
    role: str
    sex: str
    birth: date
    given: str
    family: str
    precision: str = BirthDatePrecision.DAY.value
    care_grade: int = 0
    needs_barrier_free: bool = False
    smoker: bool = False
    has_pets: bool = False
    phone: str | None = None
    enter_on: date | None = None  # born during the stay: joins later
    exit_on: date | None = None  # died during the stay
    id: int = 0

    def age_on(self, day: date) -> int:
        years = day.year - self.birth.year
        return years - ((day.month, day.day) < (self.birth.month, self.birth.day))


@dataclass(eq=False)
class HouseholdPlan:
    shape: str
    nationality: str
    arrival: date
    leave: date | None
    reason: str | None
    transfer_on: date | None
    members: list[MemberPlan] = field(default_factory=list)
    segments: list[list] = field(default_factory=list)  # [unit, start, end] filled by allocation
    id: int = 0

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def with_children(self) -> bool:
        return any(m.role == CHILD for m in self.members)

    @property
    def label(self) -> str:
        family = self.members[0].family
        if self.shape in ("single_man", "single_woman", "relatives"):
            return f"Haushalt {family}"
        return f"Familie {family}"


def plan_household(ctx: DemoContext) -> HouseholdPlan:
    rng = ctx.rng
    arrival = ctx.today - timedelta(days=rng.randint(1, WINDOW_DAYS))
    days_ago = (ctx.today - arrival).days
    leave = reason = transfer_on = None
    # about a third of the households that arrived in the window have left again
    if days_ago > 16 and ctx.chance(min(0.6, 0.62 * days_ago / WINDOW_DAYS)):
        leave = arrival + timedelta(days=14 + int((days_ago - 15) * rng.random() ** 0.8))
        reason = REASONS.draw(rng)
    length = ((leave or ctx.today) - arrival).days
    if length >= 45 and ctx.chance(0.08):
        transfer_on = arrival + timedelta(days=rng.randint(14, length - 14))
    nationality = NATIONALITY.draw(rng)
    shape = SHAPES.get(nationality, SHAPES["default"]).draw(rng)
    household = HouseholdPlan(shape, nationality, arrival, leave, reason, transfer_on)
    _members(ctx, household, leave or ctx.today)
    return household


def _members(ctx: DemoContext, household: HouseholdPlan, reference: date) -> None:
    """People of a household, ages counted back from `reference` (today or moving out)."""
    rng, pool = ctx.rng, NAMES[household.nationality]
    lineage = _family_name(ctx, pool, household.nationality)

    def adult(role: str, sex: str, low: int, median: float, high: int, family: str) -> MemberPlan:
        years = min(high, low + int(ctx.lognormal(median, 0.6)))
        birth = reference - timedelta(days=int(years * 365.25) + rng.randint(1, 364))
        return MemberPlan(role, sex, birth, _given(ctx, pool, sex), family)

    shape = household.shape
    members = household.members
    if shape in ("single_man", "single_woman"):
        sex = MALE if shape == "single_man" else FEMALE
        if ctx.chance(0.004):
            sex = ctx.pick((Sex.DIVERSE.value, Sex.UNKNOWN.value))
        members.append(adult(HEAD, sex, 18, 9 if sex == MALE else 14, 85, lineage))
    elif shape == "relatives":
        sex = ctx.pick((MALE, FEMALE))
        members.append(adult(HEAD, sex, 18, 8, 60, lineage))
        for _ in range(rng.randint(1, 2)):
            members.append(adult(RELATIVE, ctx.pick((MALE, FEMALE)), 18, 6, 60, lineage))
    else:
        mother_only = shape == "single_parent"
        father_only = mother_only and ctx.chance(0.1)
        if not mother_only or father_only:
            members.append(adult(HEAD, MALE, 20, 14, 75, lineage))
        if not father_only:
            own = _family_name(ctx, pool, household.nationality)
            kept = household.nationality in OWN_NAME_KEPT or mother_only
            role = HEAD if mother_only else PARTNER
            mother = adult(role, FEMALE, 19, 12, 72, own if kept else lineage)
            members.append(mother)
        if shape == "multi_gen":
            if ctx.chance(0.7):  # one grandparent, more often the grandmother
                sexes = (FEMALE,) if ctx.chance(0.65) else (MALE,)
            else:
                sexes = (FEMALE, MALE)
            for sex in sexes:
                members.append(adult(RELATIVE, sex, 58, 12, 90, lineage))
        if shape in ("family", "multi_gen", "single_parent"):
            draw = SINGLE_PARENT_CHILDREN if mother_only else CHILD_COUNT
            room = MAX_HOUSEHOLD - len(members)
            _children(ctx, household, min(draw.draw(rng), room), reference)
    _gender_family_names(household)
    for member in members:
        _attributes(ctx, household, member)
    if ctx.chance(0.04):
        members[0].has_pets = True


def _children(ctx: DemoContext, household: HouseholdPlan, count: int, reference: date) -> None:
    rng, pool = ctx.rng, NAMES[household.nationality]
    parents = household.members[:2]
    youngest_parent = min(m.age_on(reference) for m in parents)
    max_days = max(30, (min(17, youngest_parent - 17) + 1) * 365)
    father = next((m for m in parents if m.sex == MALE), None)
    mother = next((m for m in parents if m.sex == FEMALE), None)
    if household.nationality in PATRONYMIC and father is not None:
        family = father.given
    elif household.nationality == "COL" and father and mother:
        family = f"{father.family.split()[0]} {mother.family.split()[0]}"
    else:
        family = (father or parents[0]).family
    for _ in range(count):
        days = 14 + int((max_days - 15) * rng.random() ** 1.3)
        sex = MALE if ctx.chance(0.51) else FEMALE
        if days < 60 and ctx.chance(0.05):
            sex = Sex.UNKNOWN.value
        birth = reference - timedelta(days=days)
        child = MemberPlan(CHILD, sex, birth, _given(ctx, pool, sex), family)
        if birth >= household.arrival:
            child.enter_on = birth + timedelta(days=rng.randint(2, 10))
        household.members.append(child)


def _family_name(ctx: DemoContext, pool: NamePool, nationality: str) -> str:
    if nationality == "COL":  # two surnames, as on Colombian documents
        return f"{ctx.pick(pool.family)} {ctx.pick(pool.family)}"
    return ctx.pick(pool.family)


def _given(ctx: DemoContext, pool: NamePool, sex: str) -> str:
    if sex == MALE:
        return ctx.pick(pool.male_given)
    if sex == FEMALE:
        return ctx.pick(pool.female_given)
    return ctx.pick(pool.male_given if ctx.chance(0.5) else pool.female_given)


def _gender_family_names(household: HouseholdPlan) -> None:
    """Russian family names have a feminine form (Ivanov -> Ivanova)."""
    pool = NAMES[household.nationality]
    if not pool.family_female:
        return
    feminine = dict(zip(pool.family, pool.family_female, strict=True))
    for member in household.members:
        if member.sex == FEMALE:
            member.family = feminine.get(member.family, member.family)


def transliteration(nationality: str, family: str) -> str | None:
    """The family name in its native script, where demo_names knows it."""
    native = NATIVE_SCRIPT_FAMILY.get(nationality)
    if not native:
        return None
    if family in native:
        return native[family]
    pool = NAMES[nationality]
    if not pool.family_female:
        return None
    masculine = dict(zip(pool.family_female, pool.family, strict=True)).get(family)
    if masculine in native and family == masculine + "a":
        return native[masculine] + "а"  # Cyrillic a
    return None


def _attributes(ctx: DemoContext, household: HouseholdPlan, member: MemberPlan) -> None:
    rng = ctx.rng
    reference = household.leave or ctx.today
    age = member.age_on(reference)
    if member.birth < household.arrival:
        if ctx.chance(YEAR_ONLY.get(household.nationality, 0.01)):
            member.precision = BirthDatePrecision.YEAR.value
        elif ctx.chance(0.01):
            member.precision = BirthDatePrecision.MONTH.value
    if age >= 65:
        member.care_grade = CARE_GRADE.draw(rng) if ctx.chance(0.35) else 0
    elif ctx.chance(0.02 if age >= 18 else 0.01):
        member.care_grade = rng.randint(1, 3)
    if member.care_grade >= 3:
        member.needs_barrier_free = ctx.chance(0.7)
    elif member.care_grade or age >= 70:
        member.needs_barrier_free = ctx.chance(0.2 if member.care_grade else 0.05)
    if age >= 18:
        member.smoker = ctx.chance(0.3 if member.sex == MALE else 0.1)
        if ctx.chance(0.65):
            member.phone = f"+49 {ctx.pick(MOBILE_PREFIXES)} {rng.randint(1000000, 99999999)}"
    if age >= 60 and household.leave is None and ctx.chance(0.02):
        last = ctx.today - timedelta(days=1)
        member.exit_on = ctx.day_between(household.arrival + timedelta(days=7), last)
    if age >= 60 and household.leave is not None and ctx.chance(0.02):
        last = household.leave - timedelta(days=1)
        member.exit_on = ctx.day_between(household.arrival + timedelta(days=7), last)
    if member.exit_on is not None and not (
        household.arrival < member.exit_on < (household.leave or ctx.today)
    ):
        member.exit_on = None


def stored_birth_date(member: MemberPlan) -> date:
    if member.precision == BirthDatePrecision.YEAR.value:
        return date(member.birth.year, 1, 1)
    if member.precision == BirthDatePrecision.MONTH.value:
        return date(member.birth.year, member.birth.month, 1)
    return member.birth


def write_people(ctx: DemoContext, writer: BulkWriter, households: list[HouseholdPlan]) -> None:
    documents = _Documents(ctx)
    for household in households:
        household.id = writer.add("households", {
            "label": household.label, "created_at": at(household.arrival, 9),
        })
        for member in household.members:
            member.id = writer.add("persons", {
                "family_name": member.family, "given_names": member.given,
                "name_transliteration": transliteration(household.nationality, member.family),
                "birth_date": stored_birth_date(member), "birth_date_precision": member.precision,
                "sex": member.sex, "nationality": household.nationality, "phone": member.phone,
                "care_grade": member.care_grade, "needs_barrier_free": member.needs_barrier_free,
                "has_pets": member.has_pets, "smoker": member.smoker,
                "household_id": household.id, "household_role": member.role,
                "anonymised_at": None,
            })
            for position, language in enumerate(_languages(ctx, household, member)):
                writer.add("person_languages", {
                    "person_id": member.id, "language": language, "position": position,
                })
            documents.write(writer, household, member)


def _languages(ctx: DemoContext, household: HouseholdPlan, member: MemberPlan) -> list[str]:
    own = list(NAMES[household.nationality].languages)
    first = own[0] if len(own) == 1 or ctx.chance(0.85) else ctx.pick(own[1:])
    languages = [first]
    languages += [code for code in own if code != first and ctx.chance(0.35)]
    age = member.age_on(ctx.today)
    if age >= 16 and "en" not in languages and ctx.chance(0.2):
        languages.append("en")
    in_germany = (ctx.today - household.arrival).days
    if in_germany > 180 and age >= 3 and ctx.chance(0.6 if age < 18 else 0.3):
        languages.append("de")
    return languages[:4]


class _Documents:
    """Identity documents with realistic, unique numbers."""

    EAT_CHARS = "0123456789CFGHJKLMNPRTVWXYZ"

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.taken: set[tuple[str, str, str]] = set()

    def write(self, writer: BulkWriter, household: HouseholdPlan, member: MemberPlan) -> None:
        ctx = self.ctx
        adult = member.age_on(ctx.today) >= 18
        if not ctx.chance(0.9 if adult else 0.35):
            return
        nationality = household.nationality
        kinds: list[str] = []
        if ctx.chance({"UKR": 0.8, "SYR": 0.4, "AFG": 0.3}.get(nationality, 0.6)):
            kinds.append(DocumentType.PASSPORT.value)
        if adult and ctx.chance(0.5 if nationality == "UKR" else 0.35):
            kinds.append(DocumentType.RESIDENCE_PERMIT.value)
        elif not kinds or ctx.chance(0.15):
            toleration = nationality == "AFG" and adult and ctx.chance(0.2)
            kinds.append(DocumentType.TOLERATION.value if toleration
                         else DocumentType.ARRIVAL_CERTIFICATE.value)
        for kind in kinds:
            country = nationality if kind == DocumentType.PASSPORT.value else "DEU"
            number = self._number(kind, country)
            writer.add("identity_documents", {
                "person_id": member.id, "doc_type": kind, "number": number,
                "issuing_country": country, "valid_until": self._valid_until(kind),
            })

    def _number(self, kind: str, country: str) -> str:
        rng = self.ctx.rng
        while True:
            if kind == DocumentType.PASSPORT.value:
                number = _passport_number(self.ctx, country)
            elif kind == DocumentType.RESIDENCE_PERMIT.value:  # German eAT
                number = "Y" + "".join(rng.choice(self.EAT_CHARS) for _ in range(8))
            elif kind == DocumentType.ARRIVAL_CERTIFICATE.value:
                number = f"ANK{rng.randint(0, 999_999_999):09d}"
            else:
                number = f"DUL{rng.randint(0, 99_999_999):08d}"
            key = (kind, country, number)
            if key not in self.taken:
                self.taken.add(key)
                return number

    def _valid_until(self, kind: str) -> date:
        ranges = {
            DocumentType.PASSPORT.value: (-300, 3000),
            DocumentType.RESIDENCE_PERMIT.value: (-40, 1100),
            DocumentType.ARRIVAL_CERTIFICATE.value: (-60, 180),
            DocumentType.TOLERATION.value: (-30, 180),
        }
        low, high = ranges[kind]
        return self.ctx.today + timedelta(days=self.ctx.rng.randint(low, high))


def _passport_number(ctx: DemoContext, country: str) -> str:
    rng = ctx.rng
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if country == "UKR":
        return f"F{rng.choice('ABCEFGHKMNPTX')}{rng.randint(0, 999_999):06d}"
    if country == "SYR":
        return f"N{rng.randint(0, 999_999_999):09d}"
    if country == "AFG":
        return f"P{rng.randint(0, 99_999_999):08d}"
    if country == "TUR":
        return f"U{rng.randint(0, 99_999_999):08d}"
    if country == "IRQ":
        return f"A{rng.randint(0, 99_999_999):08d}"
    return f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9_999_999):07d}"
