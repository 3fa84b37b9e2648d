"""The actors knowledge base: its data files are complete enough and consistent."""
from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pycountry
import pytest
import yaml

from communique.actors.kb import load_kb, role_matches
from communique.actors.matchers import plural

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "IMG", "INS", "SPY", "IGO", "NGO", "BUS",
           "MED", "EDU", "CVL", "REL", "LAB", "CRM"}
G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
       "SAU", "ZAF", "TUR", "GBR", "USA"}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_un_member_and_observer_state_is_known(kb):
    # 193 members, the two observer states, plus Taiwan and Kosovo
    assert len(kb.countries) >= 197
    for iso3 in kb.countries:
        assert iso3 == "XKX" or pycountry.countries.get(alpha_3=iso3) is not None, iso3
    assert {"PSE", "VAT", "SSD", "TLS"} <= set(kb.countries)


def test_states_have_names_demonyms_and_capitals(kb):
    missing = [c.iso3 for c in kb.countries.values() if not (c.names and c.demonyms and c.seats)]
    assert not missing
    assert "Kyrgyz Republic" in kb.countries["KGZ"].names
    assert "Seoul" in kb.countries["KOR"].seats and "South Korean" in kb.countries["KOR"].demonyms


def test_at_least_150_igos_with_members_for_the_major_ones(kb):
    igos = {o.name: o for o in kb.organizations.values() if o.is_igo}
    assert len(igos) >= 150
    assert all(o.country is None for o in igos.values())
    by_abbr = {a: o for o in igos.values() for a in o.abbr}
    for abbr in ("UNSC", "NATO", "SCO", "BRICS", "G7", "G20", "ASEAN", "AU", "OPEC", "GCC", "CSTO"):
        assert by_abbr[abbr].members, abbr
    for name in ("European Union", "Arab League", "Mercosur"):
        assert igos[name].members, name
    assert set(by_abbr["UNSC"].members_on(2020)) == {"CHN", "FRA", "RUS", "GBR", "USA"}


def test_membership_follows_the_year(kb):
    sco = kb.organizations["Shanghai Cooperation Organization"]
    assert len(sco.members_on(2012)) == 6 and "IND" in sco.members_on(2018)
    eu = kb.organizations["European Union"]
    assert "GBR" in eu.members_on(2012) and "GBR" not in eu.members_on(2021)


def test_members_are_known_states(kb):
    for org in kb.organizations.values():
        for iso, _, _ in org.members:
            assert iso in kb.countries, (org.name, iso)


def test_organizations_have_valid_sectors_and_states(kb):
    for org in kb.organizations.values():
        assert org.sector in SECTORS, org.name
        assert org.country is None or org.country in kb.countries, org.name


def test_leaders_cover_the_g20_heads_and_foreign_ministers(kb):
    offices = defaultdict(set)
    for t in kb.tenures:
        if t.country:
            offices[t.country].add(t.role)
    for iso in G20:
        assert any("Minister" in r or "Secretary" in r for r in offices[iso]), iso
        assert offices[iso] - {"Foreign Minister", "Secretary of State", "Foreign Secretary"}, iso


def test_tenures_are_well_formed_and_do_not_overlap(kb):
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    by_office = defaultdict(list)
    for t in kb.tenures:
        assert t.start and date.match(t.start), t
        assert t.end is None or (date.match(t.end) and t.start < t.end), t
        by_office[t.country, t.role].append(t)
    for office, ts in by_office.items():
        if office[0] is None:
            continue  # IGO offices: envoys and heads of different bodies share role names
        ts.sort(key=lambda t: t.start)
        for a, b in zip(ts, ts[1:]):
            # a new holder starts on (or after) the day the last one left; a few days of overlap for
            # acting holders are tolerated by comparing months
            assert a.end is not None and a.end[:7] <= b.start[:7], (a.name, b.name)


def test_holders_depend_on_the_date(kb):
    assert [t.name for t in kb.holders("CHN", "president", "2012-06-05")] == ["Hu Jintao"]
    assert [t.name for t in kb.holders("CHN", "president", "2020-01-01")] == ["Xi Jinping"]
    assert [t.name for t in kb.holders("FRA", "president", "2010-01-01")] == ["Nicolas Sarkozy"]
    assert [t.name for t in kb.holders("USA", "secretary of state", "2010-01-01")] == ["Hillary Clinton"]


def test_role_words_do_not_confuse_offices():
    assert role_matches("president", "president")
    assert not role_matches("president", "vice president")
    assert role_matches("foreign minister", "foreign minister")
    assert not role_matches("minister", "prime minister")


def test_role_vocabulary_sectors_are_valid(kb):
    assert set(kb.role_sectors.values()) <= SECTORS
    assert kb.role_sectors["spokesman"] == "GOV" and kb.role_sectors["general"] == "MIL"
    assert kb.role_sectors["police chief"] == "COP" and kb.role_sectors["lawmaker"] == "LEG"
    assert kb.role_sectors["activist"] == "CVL" and kb.role_sectors["rebel leader"] == "REB"


def test_plural_of_role_phrases():
    assert plural("minister") == "ministers"
    assert plural("secretary of state") == "secretaries of state"
    assert plural("spokesman") == "spokesmen"
    assert plural("head of state") == "heads of state"
    assert plural("country") == "countries"


def test_cact5_state_institutions_known_by_a_proper_name_have_their_state(kb):
    for name, iso in (("MEA", "IND"), ("Akorda", "KAZ"), ("Verkhovna Rada", "UKR"), ("Milli Majlis", "AZE")):
        key = kb.organization_named(name) or next((o.name for o in kb.organizations.values() if name in o.abbr), None)
        assert key and kb.organizations[key].country == iso, (name, key)


def test_cact7_an_external_or_foreign_affairs_minister_holds_the_foreign_ministers_office():
    assert role_matches("external affairs minister", "foreign minister")
    assert role_matches("foreign affairs minister", "foreign minister")
    assert not role_matches("home affairs minister", "foreign minister")


def test_actors3_the_knowledge_base_loads_once_with_or_without_an_empty_file_list():
    from communique.actors.kb import load_kb
    assert load_kb() is load_kb(())


def test_each_organization_is_listed_once_in_the_data_files():
    # a second entry under the same name silently replaces the first (its abbreviations and sector with it)
    data = resources.files("communique").joinpath("data/kb")
    seen: dict[str, str] = {}
    for file in ("organizations.yaml", "igos.yaml"):
        for entry in yaml.safe_load(data.joinpath(file).read_text(encoding="utf-8")) or []:
            name = entry["name"]
            assert name not in seen, f"{name} in {file} and {seen[name]}"
            seen[name] = file
