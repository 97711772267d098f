"""Nationalities: ISO 3166-1 alpha-3 codes and the names staff type for them.

`validation.parse_nationality` reads a code ("UKR"), a German or English country name
("Ukraine", "Syrien", "Syria") or the German adjective ("ukrainisch") and returns the code.
Besides ISO 3166-1, the codes of ICAO Doc 9303 (machine-readable travel documents) are
accepted because they appear in residents' papers: XXA stateless, XXB refugee under the
1951 Convention, XXC other refugee, XXX nationality unknown ("ungeklärt"). Kosovo has no
ISO code; XKX (the user-assigned code used by the EU) is stored, RKS (Kosovo's passports)
is read as XKX.
"""

from __future__ import annotations

import unicodedata

_ISO_ALPHA3_TEXT = """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
"""
ISO_ALPHA3 = frozenset(_ISO_ALPHA3_TEXT.split())

STATELESS, UNKNOWN, KOSOVO = "XXA", "XXX", "XKX"
SPECIAL_CODES = frozenset({STATELESS, "XXB", "XXC", UNKNOWN, KOSOVO})
CODE_ALIASES = {"RKS": KOSOVO}
VALID_CODES = ISO_ALPHA3 | SPECIAL_CODES

# code -> names; the first is the German label. Countries of origin common among residents,
# plus a few neighbours staff will meet. Any other country is entered by its code.
NAMES: dict[str, tuple[str, ...]] = {
    "UKR": ("Ukraine", "ukrainisch"),
    "SYR": ("Syrien", "syrisch", "Syria", "Syrian Arab Republic", "Arabische Republik Syrien"),
    "AFG": ("Afghanistan", "afghanisch"),
    "IRQ": ("Irak", "irakisch", "Iraq"),
    "IRN": ("Iran", "iranisch", "Islamische Republik Iran"),
    "TUR": ("Türkei", "türkisch", "Turkey", "Türkiye"),
    "ERI": ("Eritrea", "eritreisch"),
    "SOM": ("Somalia", "somalisch"),
    "NGA": ("Nigeria", "nigerianisch"),
    "GEO": ("Georgien", "georgisch", "Georgia"),
    "RUS": ("Russland", "russisch", "Russische Föderation", "Russia", "Russian Federation"),
    "BLR": ("Belarus", "belarussisch", "Weißrussland", "weißrussisch"),
    "MDA": ("Moldau", "moldauisch", "Republik Moldau", "Moldawien", "Moldova"),
    "ALB": ("Albanien", "albanisch", "Albania"),
    KOSOVO: ("Kosovo", "kosovarisch"),
    "SRB": ("Serbien", "serbisch", "Serbia"),
    "MKD": ("Nordmazedonien", "nordmazedonisch", "Mazedonien", "mazedonisch",
            "North Macedonia"),
    "BIH": ("Bosnien und Herzegowina", "bosnisch", "Bosnia and Herzegovina"),
    "MNE": ("Montenegro", "montenegrinisch"),
    "ARM": ("Armenien", "armenisch", "Armenia"),
    "AZE": ("Aserbaidschan", "aserbaidschanisch", "Azerbaijan"),
    "GIN": ("Guinea", "guineisch"),
    "GMB": ("Gambia", "gambisch"),
    "CIV": ("Côte d'Ivoire", "Elfenbeinküste", "ivorisch", "Ivory Coast"),
    "CMR": ("Kamerun", "kamerunisch", "Cameroon"),
    "GHA": ("Ghana", "ghanaisch"),
    "SEN": ("Senegal", "senegalesisch"),
    "ETH": ("Äthiopien", "äthiopisch", "Ethiopia"),
    "SDN": ("Sudan", "sudanesisch"),
    "SSD": ("Südsudan", "südsudanesisch", "South Sudan"),
    "YEM": ("Jemen", "jemenitisch", "Yemen"),
    "LBN": ("Libanon", "libanesisch", "Lebanon"),
    "PSE": ("Palästinensische Gebiete", "palästinensisch", "Palästina", "Palestine"),
    "EGY": ("Ägypten", "ägyptisch", "Egypt"),
    "LBY": ("Libyen", "libysch", "Libya"),
    "TUN": ("Tunesien", "tunesisch", "Tunisia"),
    "DZA": ("Algerien", "algerisch", "Algeria"),
    "MAR": ("Marokko", "marokkanisch", "Morocco"),
    "PAK": ("Pakistan", "pakistanisch"),
    "IND": ("Indien", "indisch", "India"),
    "BGD": ("Bangladesch", "bangladeschisch", "Bangladesh"),
    "LKA": ("Sri Lanka", "sri-lankisch"),
    "VEN": ("Venezuela", "venezolanisch"),
    "COL": ("Kolumbien", "kolumbianisch", "Colombia"),
    "CHN": ("China", "chinesisch"),
    "VNM": ("Vietnam", "vietnamesisch", "Viet Nam"),
    "POL": ("Polen", "polnisch", "Poland"),
    "ROU": ("Rumänien", "rumänisch", "Romania"),
    "BGR": ("Bulgarien", "bulgarisch", "Bulgaria"),
    "DEU": ("Deutschland", "deutsch", "Germany", "Bundesrepublik Deutschland"),
    STATELESS: ("staatenlos", "stateless"),
    "XXB": ("Flüchtling (Genfer Flüchtlingskonvention)",),
    "XXC": ("Flüchtling (sonstiger)",),
    UNKNOWN: ("ungeklärt", "unbekannt", "ungeklärte Staatsangehörigkeit", "unknown"),
}


def fold_name(text: str) -> set[str]:
    """The forms a typed name is looked up by: lower case, no punctuation, umlauts both as
    "ue" and as "u" (Türkei, Tuerkei and Turkei are one country)."""
    lowered = text.casefold().replace("ß", "ss")
    spelled = lowered.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    forms = set()
    for variant in (lowered, spelled):
        plain = "".join(c for c in unicodedata.normalize("NFKD", variant)
                        if not unicodedata.combining(c))
        forms.add(" ".join("".join(c if c.isalnum() else " " for c in plain).split()))
    return forms


BY_NAME: dict[str, str] = {
    form: code for code, names in NAMES.items() for name in names for form in fold_name(name)
}


def lookup(text: str) -> str | None:
    """The code for a typed code or name, or None if it is not known."""
    stripped = text.strip()
    upper = stripped.upper()
    if len(upper) == 3 and upper.isascii() and upper.isalpha():
        upper = CODE_ALIASES.get(upper, upper)
        if upper in VALID_CODES:
            return upper
    for form in fold_name(stripped):
        if form in BY_NAME:
            return BY_NAME[form]
    return None


def label(code: str) -> str:
    """The German name for a code (the code itself for countries without a name here)."""
    names = NAMES.get(code)
    return names[0] if names else code
