"""The regions a newspaper's dateline names after its town: "DOVER, Fla. — ".

A dateline names its town, then the state, province or country it lies in,
before a dash. In text whose case was normalised (Multi-News: "dover, fla. —
the f.b.i. agent ...") the capitals that mark a wire dateline are gone, and only
the region tells a dateline from a sentence that opens with a phrase and a
dash ("when officers arrived, brockie – who went by ..."). `DATELINE_REGIONS`
holds them in lower case: US states by name, by AP's abbreviation and by those
postal codes that are no English word ("ann arbor, mi -"), Canada's provinces,
Australia's states, the United Kingdom's nations and the world's countries.

Some cities stand in a dateline alone ("WASHINGTON — ", "washington — edward j.
snowden ..."): `DATELINE_CITIES`, those AP's stylebook lets stand alone and the
world's capitals a wire names so, less any that is also a given name ("Elizabeth",
"Victoria", "Austin") and so may open a sentence before a dash.
"""

from __future__ import annotations

__all__ = ["DATELINE_CITIES", "DATELINE_REGIONS"]

_US_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware
florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
virginia washington west_virginia wisconsin wyoming d.c. dc puerto_rico guam"""

# AP style's abbreviations. Without their stops some are words ("ill", "miss", "wash").
_AP_ABBREVIATIONS = """ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky.
la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla.
ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. w.v. wis. wyo. d.c."""

# Two-letter postal codes, less those that are words, names or abbreviations of their own
# ("in", "me", "or", "oh", "hi", "ok", "al", "la", "de", "co", "ma", "pa", "id", "ms").
_POSTAL_CODES = """ak az ar ca ct fl ga ia il ks ky md mi mn mo mt nc nd ne nh nj nm nv ny
ri sc sd tn tx ut va vt wa wi wv wy"""

_CANADA_AUSTRALIA_UK = """alberta british_columbia manitoba new_brunswick newfoundland
nova_scotia ontario quebec saskatchewan ont. que. b.c. alta. n.s. man. sask.
new_south_wales queensland victoria tasmania western_australia south_australia
england scotland wales northern_ireland"""

_COUNTRIES = """afghanistan albania algeria andorra angola argentina armenia australia
austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin
bhutan bolivia bosnia bosnia-herzegovina botswana brazil brunei bulgaria burkina_faso
burundi cambodia cameroon canada chad chile china colombia congo costa_rica croatia cuba
cyprus czech_republic denmark djibouti dominica dominican_republic ecuador egypt
el_salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany
ghana greece grenada guatemala guinea guyana haiti honduras hong_kong hungary iceland
india indonesia iran iraq ireland israel italy ivory_coast jamaica japan jordan
kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg macedonia madagascar malawi malaysia maldives mali
malta mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique
myanmar burma namibia nepal netherlands new_zealand nicaragua niger nigeria north_korea
norway oman pakistan palestine panama papua_new_guinea paraguay peru philippines poland
portugal qatar romania russia rwanda samoa san_marino saudi_arabia senegal serbia
seychelles sierra_leone singapore slovakia slovenia somalia south_africa south_korea
south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga trinidad tunisia turkey turkmenistan uganda ukraine
united_arab_emirates uae uk u.k. united_kingdom uruguay uzbekistan vanuatu vatican_city
venezuela vietnam west_bank gaza gaza_strip yemen zambia zimbabwe"""


def _names(*lists: str) -> frozenset[str]:
    """The names of whitespace-separated lists, "_" standing for a space within one."""
    return frozenset(word.replace("_", " ") for words in lists for word in words.split())


DATELINE_REGIONS = _names(
    _US_STATES, _AP_ABBREVIATIONS, _POSTAL_CODES, _CANADA_AUSTRALIA_UK, _COUNTRIES
)

# AP's stylebook's cities that stand alone, US and abroad, and capitals wires name so.
_CITIES = """atlanta baltimore boston chicago cincinnati cleveland dallas denver detroit
honolulu houston indianapolis las_vegas los_angeles miami milwaukee minneapolis
new_orleans new_york oklahoma_city philadelphia phoenix pittsburgh st._louis
salt_lake_city san_antonio san_diego san_francisco seattle washington united_nations
beijing berlin geneva guatemala_city havana hong_kong islamabad jerusalem johannesburg
kuwait_city london madrid mexico_city montreal moscow new_delhi ottawa panama_city paris
quebec_city rio_de_janeiro rome sao_paulo singapore stockholm tokyo toronto vatican_city
amsterdam ankara athens baghdad bangkok beirut brussels buenos_aires cairo caracas
copenhagen damascus dublin helsinki istanbul jakarta kabul karachi kiev kyiv lagos lima
lisbon manila mumbai nairobi oslo prague pyongyang seoul shanghai sydney taipei tehran
tel_aviv vienna warsaw"""

DATELINE_CITIES = _names(_CITIES)
