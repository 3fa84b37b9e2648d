"""Wire sign-offs, credits and datelines: the agency and people they name, and the body without them.

``ab/cd (Reuters, dpa, AFP)``, ``(AP)``, ``Reporting by Jane Doe; Editing by John Roe`` at the end
of an article, and ``WASHINGTON (AP) —`` or ``City. 14 November. AGENCY/`` at the start of the
lede. A line counts as a sign-off only when it names a known agency (from the vocabulary) or is a
reporting/editing credit, so an ordinary last sentence is never taken for one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .vocabulary import vocabulary

_SPLIT_NAMES = re.compile(r"\s*(?:[,;/&+]|\band\b|\bwith\b|\bund\b)\s*", re.IGNORECASE)
_CREDIT_ROLE = re.compile(r"^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|produced|translated|"
                          r"research|graphics?)(?: and \w+)? by\s+", re.IGNORECASE)
_EDITOR_ROLE = re.compile(r"^(?:editing|edited)\b", re.IGNORECASE)
_PERSON = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]+){1,3}$")


@dataclass
class Credits:
    """What sign-offs and datelines said: agencies, reporters, a place or publisher."""

    wires: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)   # named sources that are not known agencies
    place: str | None = None                             # the place a dateline names, as written ("SEOUL")

    def add_wire(self, name: str) -> None:
        if name not in self.wires:
            self.wires.append(name)


def agencies_in(text: str) -> tuple[list[str], list[str]]:
    """'Reuters, dpa and AFP' → (['Reuters', 'dpa', 'AFP'], []); unknown names come second."""
    known, unknown = [], []
    for part in _SPLIT_NAMES.split(text or ""):
        part = part.strip(" .()-–—")
        if not part:
            continue
        name = vocabulary().agency(part)
        if name:
            known.append(name)
        else:
            unknown.append(part)
    return known, unknown


def people_in(text: str) -> list[str]:
    """'Jane Doe in Moscow; Writing by John Roe' → ['Jane Doe', 'John Roe'] (roles and places off).

    Editors are not authors: names after 'Editing by' are left out, and so are agencies.
    Names in capitals ('JANE DOE') are written as names ('Jane Doe').
    """
    out = []
    editing = False
    for chunk in re.split(r"([;,]|\band\b)", text):
        if chunk == ";":
            editing = False
            continue
        if chunk in (",", "and"):
            continue
        role = _CREDIT_ROLE.match(chunk.strip(" .()"))
        if role:
            editing = bool(_EDITOR_ROLE.match(role.group(0).strip(" (")))
        chunk = _CREDIT_ROLE.sub("", chunk.strip(" .()"))
        chunk = re.split(r"\s+in\s+[A-Z]", chunk)[0].strip(" .()")
        if chunk.isupper():
            chunk = chunk.title()
        if (not editing and _PERSON.match(chunk) and chunk not in out
                and not vocabulary().agency(chunk)):
            out.append(chunk)
    return out


def read_signoff(line: str, credits: Credits) -> bool:
    """If ``line`` is a sign-off or credit line, note what it names in ``credits`` and say True."""
    text = line.strip()
    if not text or len(text) > 300:
        return False
    if len(text) <= 60 and re.fullmatch(r"[\w .,/&-]+", text):
        known, unknown = agencies_in(text)
        if known and not unknown:   # "Reuters", "AFP/dpa" alone on a line
            for name in known:
                credits.add_wire(name)
            return True
    for pattern in vocabulary().signoffs:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        known, unknown = agencies_in(groups.get("wires") or "")
        if groups.get("people"):
            for person in people_in(groups["people"]):
                if person not in credits.people:
                    credits.people.append(person)
            known = agencies_in(groups["people"])[0]   # "Additional reporting by Agence France-Presse"
        elif not known or len(unknown) > len(known):
            continue
        for name in known:
            credits.add_wire(name)
        return True
    return False


# a Reuters-style credit in brackets glued to the last paragraph: '... not unusual. (Reporting by Jane Doe
# Editing by John Roe)'
_TRAILING_CREDIT = re.compile(r"\s+\((?P<people>(?:additional )?(?:reporting|writing) by [^()]{2,240})\)\.?\s*$",
                              re.IGNORECASE)


# an agency alone after the last sentence: '... the missile test. - REUTERS', '... flew 900 km. (Yonhap)'
_TRAILING_AGENCY = re.compile(r"(?<=[.!?\"”’])\s+(?:\((?P<wires>[^()]{2,40})\)|[-—–]{1,2}\s*(?P<dashed>[A-Za-z][\w .,/-]{1,40}?))\.?\s*$")


def strip_trailing_signoff(paragraph: str, credits: Credits) -> str:
    """'... the price. ab/cd (Reuters, AFP)' → '... the price.' with the agencies noted; '... the price.
    (Reporting by Jane Doe; Editing by John Roe)' → '... the price.' with the reporter noted."""
    credit = _TRAILING_CREDIT.search(paragraph)
    if credit and credit.start() > 0:
        # "Reporting by A Writing by B Editing by C": the roles may run on without semicolons
        said = re.sub(r"\s+(?=(?:writing|editing|edited|additional reporting) by\b)", "; ", credit.group("people"),
                      flags=re.IGNORECASE)
        for person in people_in(said):
            if person not in credits.people:
                credits.people.append(person)
        return paragraph[: credit.start()].rstrip()
    m = vocabulary().trailing_signoff.search(paragraph)
    if m:
        known, _ = agencies_in(m.group("wires"))
    else:
        m = _TRAILING_AGENCY.search(paragraph)
        known, unknown = agencies_in(m.group("wires") or m.group("dashed")) if m else ([], [])
        if unknown:
            return paragraph   # '... the talks. - Jane Doe': only known agencies sign off this way
    if not known:
        return paragraph
    for name in known:
        credits.add_wire(name)
    return paragraph[: m.start()].rstrip()


def read_dateline_line(line: str, credits: Credits) -> bool:
    """Is ``line`` a dateline standing alone ('BONN, Germany, Feb. 17, Kyodo')? Its agency becomes a wire source.

    It must name a month's day or a known agency; an agency it names must be known.
    """
    m = vocabulary().dateline_line.match(line.strip())
    if not m:
        return False
    wires = m.group("wires") or m.group("wires2")
    known, _ = agencies_in(wires or "")
    if (wires and not known) or not (m.group("date") or known):
        return False
    for name in known:
        credits.add_wire(name)
    credits.place = credits.place or m.group("place")
    return True


def _is_lede(text: str) -> bool:
    """A sentence of a lede, not a headline: a dozen words or more with a sentence's end in them."""
    return len(text.split()) >= 12 and re.search(r"[.!?][\"”’)]?(?:\s|$)", text) is not None


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city or state ("Dhaka", "New Delhi", "Kenya")."""
    from ..actors.kb import load_kb   # the knowledge base's gazetteer, loaded once per process
    kb = load_kb()
    return bool(kb.state_of_place(name) or kb.state_named(name))


def _site_names(publisher: str) -> set[str]:
    """A publisher's name, also without its domain ending: 'CNN.com' → {'cnn.com', 'cnn'}."""
    name = publisher.strip().casefold()
    return {name, re.sub(r"\.(?:com|net|org|co\.uk|co|de|az|info|news)$", "", name)}


_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _known_place_in_capitals(place: str | None) -> bool:
    """'ISLAMABAD', 'PORTO VALD, Valdoria': a dateline's town as datelines write it, and one the gazetteer knows."""
    town = (place or "").split(",")[0].strip()
    return len(town) > 2 and town.isupper() and known_place(town.title())


def strip_dateline(paragraph: str, credits: Credits, publisher: str | None = None) -> tuple[str, str | None]:
    """The lede without its dateline ('MOSCOW (Reuters) - ' off), and the dateline's date text if any.

    An agency named in the dateline becomes a wire source; an unknown one (a site naming
    itself, or ``publisher``) is kept in ``credits.others``. The sentence after the dateline
    is never touched.
    """
    for pattern in vocabulary().datelines:
        m = pattern.match(paragraph)
        if not m or m.end() >= len(paragraph):
            continue
        rest = paragraph[m.end():]
        if not rest[:1].isupper() and not rest[:1] in "\"'“‘":
            continue
        if (m.groupdict().get("place") or "").casefold() in vocabulary().kicker_words:
            continue   # "EXCLUSIVE – ..." is a kicker, not a place
        if m.groupdict().get("city") is not None and not (known_place(m.group("city")) and _is_lede(rest)):
            continue   # "Mattis: ..." and "Seoul: talks resume" are headlines; "Dhaka: Police said ... ." a dateline
        groups = m.groupdict()
        if groups.get("wires2"):
            groups["wires"] = groups["wires2"]   # the agency after a comma, not in brackets
        known, unknown = agencies_in(groups.get("wires") or groups.get("source") or "")
        if not any(w[:1].islower() for w in rest.split()[1:10]) and not (known and not unknown):
            continue   # "BOOM: Trump Fires Back" is a headline in Title Case; a lede has lower-case words
            # (a known agency's dateline stays one over a lede opening with titles: 'On 10 July, Foreign Minister Dato' Seri ...')
        if groups.get("wires") and not known and not _known_place_in_capitals(groups.get("place")) and (
                not publisher or groups["wires"].casefold() not in _site_names(publisher)):
            continue   # '(CNN) --' on a page of 'CNN.com'; 'ISLAMABAD (Al Jazeera) -': a site's own name after a town
        for name in known:
            credits.add_wire(name)
        credits.others.extend(u for u in unknown if u not in credits.others)
        place = (groups.get("place") or groups.get("city") or "").split(",")[0].strip()   # 'PORTO VALD, Valdoria': the city
        if place.casefold() not in _WEEKDAY_NAMES:   # 'Tuesday, March 4, 2031 – ': a date, no place
            credits.place = credits.place or place or None
        return rest, groups.get("date")
    return paragraph, None
