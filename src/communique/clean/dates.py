"""Publication dates as news pages write them → ISO ``YYYY-MM-DD``.

Handles ISO dates and timestamps (``2012-06-05T14:31:00+02:00``, also ``2012/06/05``), day-first
numeric dates (``05.06.2012``, ``05-06-2012``, the European convention news sites use), and dates
with month names in either order (``June 5, 2012``, ``5 June 2012``, ``Jun. 5 2012``). Month
names come from the cleaning vocabulary. Slash dates are read day first (``02/06/2024`` is
2 June), as most of the world's news sites write them, unless the day-first reading is
impossible (``06/25/2024``).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .vocabulary import vocabulary

_ISO = r"(?<![\d.])(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"   # also 2023/06/05
_DOTTED = r"(?<![\d.])(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>\d{4})(?![\d.]\d)"
# also 05-06-2023
_SLASHED = r"(?<![\d/-])(?P<sd>\d{1,2})(?P<ssep>[/-])(?P<sm>\d{1,2})(?P=ssep)(?P<sy>\d{4})(?![\d/])"


@lru_cache(maxsize=1)
def _date_pattern() -> re.Pattern:
    names = "|".join(sorted((re.escape(m) for m in vocabulary().months), key=len, reverse=True))
    month = rf"(?:{names})\.?"
    md_y = rf"(?P<mn1>{month})\s+(?P<md1>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<my1>\d{{4}})"   # 'April 03,2025' too
    d_my = rf"(?P<md2>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<mn2>{month}),?\s+(?P<my2>\d{{4}})"
    # a time may be glued to the year by scrapers: "June 12, 20233:41 PM"
    return re.compile(rf"(?:{_ISO}|{_DOTTED}|{_SLASHED}|\b{md_y}|\b{d_my})(?:(?!\d)|(?=\d{{1,2}}:\d{{2}}))",
                      re.IGNORECASE)


def _iso(y: str, m: str | int, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if g["iy"]:
        return _iso(g["iy"], g["im"], g["id"])
    if g["dy"]:
        return _iso(g["dy"], g["dm"], g["dd"])
    if g["sy"]:
        return _iso(g["sy"], g["sm"], g["sd"]) or _iso(g["sy"], g["sd"], g["sm"])
    months = vocabulary().months
    if g["my1"]:
        return _iso(g["my1"], months[g["mn1"].rstrip(".").casefold()], g["md1"])
    return _iso(g["my2"], months[g["mn2"].rstrip(".").casefold()], g["md2"])


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date written in ``text``: (ISO date, start, end of its characters), or None."""
    for m in _date_pattern().finditer(text or ""):
        iso = _from_match(m)
        if iso:
            return iso, m.start(), m.end()
    return None


def parse_date(text: str | None) -> str | None:
    """A date string in any form above → 'YYYY-MM-DD', or None when it holds no date."""
    found = find_date(text or "")
    return found[0] if found else None


# words scrapers glue together around dates: "PM UTCUpdated" → "PM UTC Updated"
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_AROUND_DATE = re.compile(r"T?\d{1,2}[:.]\d{2}(?::\d{2})?|[+-]?\d+(?::?\d{2})?|[^\W\d_][\w.]*")


def is_date_line(line: str) -> str | None:
    """When the line is only a date with its furniture, its ISO date.

    'June 5, 2012', 'Sat, March 23, 2024 at 6:15 PM GMT+8', 'Published on 02/06/2024 - 16:40'
    are date lines; 'Talks resume on June 5, 2012 in Geneva' is not (other words stand there).
    """
    if len(line) > 100:
        return None
    found = find_date(line)
    if not found:
        return None
    iso, start, end = found
    allowed = vocabulary().date_line_words
    for token in _AROUND_DATE.findall(_GLUE.sub(" ", line[:start] + " " + line[end:])):
        word = token.casefold()
        if word[:1].isalpha() and not word[1:2].isdigit() and word not in allowed and word.rstrip(".") not in allowed:
            return None
    return iso
