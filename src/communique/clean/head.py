"""The lines around the body that describe the article rather than tell it: a page-title line
('Title | Section | Site | date'), section and date lines, bylines (with a date or agencies glued on)
and headline shapes → Meta. Used by the line cleaner for scraped text and by the page reader."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Meta
from .dates import find_date, is_date_line
from .shapes import PERSON_NAME, WORD, add_unique, comparable, word_count
from .signoff import Credits, agencies_in, people_in
from .vocabulary import vocabulary


# a headline with a full stop (or a semicolon) at the end; it may end in an abbreviation ("U.S.;")
DOTTED_HEADLINE = re.compile(r"^(.*(?:[\w)’'\"?!]|\b(?:[A-Z][a-z]?\.)+))\s*(?<!\.\.)[.;]\s*$")
# past-tense reporting and weekdays belong to ledes, not to headlines
NOT_IN_HEADLINES = re.compile(r"\b(?:said|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
# words headline-ese drops and prose keeps: two of them in a long sentence-case line make it a lede
_PROSE_WORDS = frozenset("the a an has have had is are was were will would".split())
_PAST_ACT = re.compile(r"\b(?:has|have|had|was|were)\b|\b[a-z]{3,}ed\b")
_ACT_ON_WEEKDAY = re.compile(r"\b[a-z]+ (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_UPDATE_LABEL = re.compile(r"^\W*(?:last\s+)?(?:update[ds]?|modified|edited|changed)\b", re.IGNORECASE)
_BRACKETED_UPDATE = re.compile(r"\s*\(((?:last\s+)?(?:updated?|modified|edited)\b[^()]{4,60})\)\s*$", re.IGNORECASE)
_DATE_PARTS = re.compile(r"\s+[|·•]\s+|\s{2,}")
# a date glued to the year of the date before ('3 May 20243 May 2024': the date and its copy)
_GLUED_DATES = re.compile(r"(?<=\b\d{4})(?=\d{1,2}\.? ?[A-Za-z]{3})")
# 'March 4, 2019 -- Updated 1130 GMT': the update word right after the date, no publication word:
# the date is the update's ('May 9, 2022 4:05 PM UTC Updated 2 hours ago' still gives its date)
_UPDATED_AFTER_YEAR = re.compile(r"\b\d{4}\s*[-–—,:|]*\s*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_PUBLISH_WORD = re.compile(r"\b(?:published|posted|first|created)\b", re.IGNORECASE)


def reads_as_lede(line: str) -> bool:
    """A long line in sentence case that tells a finished act in prose, with the articles and
    auxiliaries headline-ese leaves out: "Peru has threatened to deny observers access to a
    mining project in the Amazon." Headlines speak in the present ("Sanders says …")."""
    words = WORD.findall(line)
    later = [w for w in words[1:] if len(w) > 3]
    if sum(w[0].isupper() for w in later) >= 0.75 * len(later):
        return False   # Title Case
    prose = sum(w.lower() in _PROSE_WORDS for w in words)
    past = bool(_PAST_ACT.search(line))
    return (len(words) >= 11 and past) or (len(words) >= 12 and prose >= 2) or \
        bool(_ACT_ON_WEEKDAY.search(line))


def tidy_headline(title: str) -> str:
    """The headline as the page writes it, a full stop included, without a dangling ';' or spaces.

    A reader copies a headline as written; a ';' at its end is left over from a split title.
    """
    return title.strip().rstrip(";").rstrip()


def dates_of_line(line: str) -> str | None:
    """A line of dates only ('Published: 5 June 2023 | Updated: 6 June 2023') → the publication date.

    None when the line is not a date line; '' when its only dates are update dates, which are
    not the publication date.
    """
    line = _BRACKETED_UPDATE.sub(r" | \1", line)   # '2 Jun 2021 04:20PM (Updated: 3 Jun 2021 08:05AM)'
    parts = [p for p in _DATE_PARTS.split(_GLUED_DATES.sub("  ", line)) if p.strip()]
    dates = [is_date_line(p) for p in parts]
    if not parts or not all(dates):
        whole = is_date_line(line)
        if whole is None:
            return None
        parts, dates = [line], [whole]
    published = [d for p, d in zip(parts, dates) if not _UPDATE_LABEL.match(p)
                 and not (_UPDATED_AFTER_YEAR.search(p) and not _PUBLISH_WORD.search(p))]
    return published[0] if published else ""


_TITLE_DASH = re.compile(r"\s+[–—-]\s+")
_TITLE_CASE_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|de|du|la|el|al)$")


def read_page_title(line: str, meta: Meta, below: list[str] | None = None) -> bool:
    """'Title | Section | Site | 14.04.2014' → title, section, publisher, date. True when it was one.

    'Title – Site Name' (one dash, a short Title-Case site name after it) is one too.
    """
    parts = [p.strip() for p in line.split(" | ") if p.strip()]
    if len(parts) == 1:
        pieces = _TITLE_DASH.split(line)
        site = pieces[-1].split() if len(pieces) == 2 else []
        dated_title = len(pieces) == 2 and bool(is_date_line(pieces[1]))   # 'Title - Feb. 1, 2016'
        if not ((dated_title or site and len(site) <= 4 and all(_TITLE_CASE_WORD.match(w) for w in site))
                and word_count(pieces[0]) >= 4):
            return False
        parts = pieces
    dated = [p for p in parts[1:] if is_date_line(p)]
    # 'Title | Site' alone is a page title when the headline below repeats its title ('below': the next lines)
    # or when the site is a news agency ('Title | Reuters')
    repeated = len(parts) == 2 and word_count(parts[1]) <= 4 and (
        any(comparable(s) == comparable(parts[0]) for s in below or []) or bool(vocabulary().agency(parts[1])))
    if len(parts) < 2 or (len(parts) == 2 and " | " in line and not dated and not repeated):
        return False
    others = [p for p in parts[1:] if p not in dated and word_count(p) <= 5]
    meta.title = meta.title or parts[0]
    if dated:
        meta.published = meta.published or is_date_line(dated[0])
    if others:
        meta.publisher = meta.publisher or others[-1]
    if len(others) >= 2:
        meta.section = meta.section or others[0]
    return True


@lru_cache(maxsize=1)
def _glued_month() -> re.Pattern:
    names = "|".join(sorted((m for m in vocabulary().months if len(m) > 2), key=len, reverse=True))
    return re.compile(rf"(?<=[a-z])(?=(?:{names})\.? \d|(?:{_WEEKDAYS}),? \d|(?:published|updated|posted)\b)", re.IGNORECASE)


_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$")
# what stands between a byline's names and its date: 'Jane Doe Wednesday, 30 April', 'Jane Doe Published May 13'
_BEFORE_DATE = re.compile(rf"(?:\s+(?:{_WEEKDAYS}|published|updated|posted|on))+$", re.IGNORECASE)


def _unglue_date(line: str) -> str:
    """'Jane DoeJune 5, 2012' → 'Jane Doe June 5, 2012' (scrapers glue the byline to the date; also
    'Jane DoeWednesday, 30 April 2025' and 'Jane DoePublished May 13, 2022')."""
    # only a capitalised month after a lower-case letter is glue ("Doe|June")
    return _glued_month().sub(lambda m: " " if line[m.start()].isupper() else "", line)


def read_section_and_date(line: str, meta: Meta, credits: Credits) -> bool:
    """'Africa | Published 31 July 2024' → section and date. True when the line was such a line."""
    parts = [p.strip() for p in line.split(" | ") if p.strip()]
    if len(parts) < 2:
        return _read_section_before_date(line, meta)
    dates = [dates_of_line(p) for p in parts]
    labels = [p for p, d in zip(parts, dates) if d is None]
    if len(labels) == len(parts) or any(word_count(p) > 3 and not vocabulary().agency(p) for p in labels):
        return False   # ('India News | Press Trust of India | Updated: ...': an agency's name may be longer)
    meta.published = meta.published or next((d for d in dates if d), None)
    for label in labels:
        agency = vocabulary().agency(label)
        if agency:
            credits.add_wire(agency)   # "PTI | Updated: Jul 3, 2023": the agency's story
        else:
            meta.section = meta.section or label
    return True


_SOURCE_LABEL = re.compile(r"^(?:from|source)\s*:\s*(?P<site>[A-Z][\w.&' -]{1,40})$", re.IGNORECASE)


def _read_section_before_date(line: str, meta: Meta) -> bool:
    """'Foreign Relations Materials 3 March 2021 09:10 (UTC +01:00)': a section label (up to 4
    words, the last a section word) glued before a date line → section and date."""
    line = _unglue_date(line)
    found = find_date(line)
    if not found or found[1] == 0:
        return False
    label, dated = line[:found[1]].strip(" ,|·•-–—"), is_date_line(line[found[1]:])
    label = _OF_WEEKDAY.sub("", label)   # 'Port News of Friday, 3 March 2023'
    source = _SOURCE_LABEL.match(label)
    if dated and source:   # 'From: Example Herald March 3, 2021 9:10PM': the publisher and the date
        meta.publisher = meta.publisher or source.group("site")
        meta.published = meta.published or dated
        return True
    words = label.split()
    if not dated or not 1 <= len(words) <= 4 or words[-1].casefold() not in vocabulary().section_words:
        return False
    meta.section = meta.section or label
    meta.published = meta.published or dated
    return True


_OF_WEEKDAY = re.compile(rf"(?:\s+of|\s+on)?\s+(?:{_WEEKDAYS}),?$", re.IGNORECASE)
_AGENCIES_AFTER = re.compile(r"^(?P<byline>.+?)\s*\((?P<wires>[^()]{2,60})\)$")   # 'By Jane Doe (AFP, dpa)'


def _without_trailing_agency(people: str, credits: Credits) -> str:
    """'JANE DOE and JOHN ROE Associated Press' → 'JANE DOE and JOHN ROE', the agency noted: an agency's name
    closing a byline with no comma before it (two words of a name at least stand before it)."""
    words = people.split()
    for n in range(min(4, len(words) - 2), 0, -1):
        agency = vocabulary().agency(" ".join(words[-n:]))
        if agency and PERSON_NAME.match(" ".join(words[-n - 2:-n])):
            credits.add_wire(agency)
            return " ".join(words[:-n])
    return people


def read_byline(line: str, meta: Meta, credits: Credits) -> bool:
    """A byline on its own line (with or without a date glued on). True when the line was one."""
    if len(line) > 160 or dates_of_line(line) is not None:
        return False   # "Published On 25 May 2023" is a date line, not Mr Published On's byline
    bracketed = _AGENCIES_AFTER.match(line)
    if bracketed:
        known, unknown = agencies_in(bracketed.group("wires"))
        if known and not unknown and read_byline(bracketed.group("byline"), meta, credits):
            for name in known:
                credits.add_wire(name)
            return True
    unglued = _unglue_date(line)
    found = find_date(unglued)
    if found:
        iso, start, end = found
        head, tail = unglued[:start].strip(" ,|·•-–—"), unglued[end:].strip(" :,|·•-–—")
        if not re.fullmatch(r"(?:\d{1,2}[:.]\d{2}.*)?", tail) and dates_of_line(tail.strip(" -|·")) != "":
            return False   # after the date only a time or an update date may stand
        head, by = re.subn(r"^(?:by|von|par|por)\s*:?\s+", "", head, flags=re.IGNORECASE)
        if by:
            head = _IN_PLACE.sub("", head)   # 'By Jane Doe in Valdstad March 4, 2031': where she wrote from
        head = re.sub(r"\s*@\w+", "", head)   # 'by Jane Doe @janedoe': the social handle
        head = _BEFORE_DATE.sub("", head)
        names = [n for n in re.split(r"\s*(?:,|\band\b|&)\s*", head) if n]
        if any(vocabulary().is_closing(n) or vocabulary().is_navigation(n) for n in names):
            return False   # "Today's Paper | March 2, 2021": a link in the page's header, no one's name
        agencies = [vocabulary().agency(n) for n in names]
        if names and all(agencies):   # 'By AFP | 3 March 2021 | 9:10 am': the agency's story
            for name in agencies:
                credits.add_wire(name)
            meta.published = meta.published or iso
            return True
        section = vocabulary().section_words   # 'Foreign Relations Materials 3 March 2021': a section, no one
        if names and all(PERSON_NAME.match(n) and not any(w.casefold() in section for w in re.split(r"[\s-]+", n))
                         for n in names):
            for n in names:
                add_unique(meta.authors, n)
            meta.published = meta.published or iso
            return True
        return False
    for pattern in vocabulary().bylines:
        m = pattern.match(line)
        if m and m.groupdict().get("agency") is not None:
            if not vocabulary().agency(m.group("agency")):
                continue   # "Jane Doe, Manila" is no byline shape we can be sure of
            credits.add_wire(vocabulary().agency(m.group("agency")))
        if m:
            group = _without_trailing_agency(m.group("people"), credits)
            people = people_in(group)
            agency = vocabulary().agency(group)
            if agency and not people and re.match(r"(?i)by\s", line):
                credits.add_wire(agency)   # "By Reuters": the agency's story
                return True
            if not people:
                continue
            for person in people:
                add_unique(meta.authors, person)
            for part in re.split(r"\s*(?:,|&|\band\b)\s*", group):
                if vocabulary().agency(part):
                    credits.add_wire(vocabulary().agency(part))   # "By Jane Doe and AFP"
            if m.groupdict().get("wires"):
                known = vocabulary().agency(m.group("wires"))
                if known:
                    credits.add_wire(known)
            return True
    return False
