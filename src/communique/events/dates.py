"""Event dates: a date expression from the text, resolved against the publication date.

Keeps the precision the text gives: "in 2016" → "2016", "last month" → "2019-02",
"Tuesday" → "2019-03-05". Weekdays count back to the most recent such day up to publication
("Tuesday" in an article of Tuesday 5 March 2019 is that day), or forward for what is still to
come ("starting Wednesday", "next Friday", or an event whose modality is future).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
FORWARD_WORDS = {"next", "coming", "starting", "from", "until", "till", "beginning", "following", "upcoming", "by"}
BACKWARD_WORDS = {"last", "past", "previous", "earlier", "since"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b")
MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(?:of\s+)?(\d{{4}}))?\b")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMERIC = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b")     # "15/05/2024", "03.05.2024"
PART_OF_NOW = re.compile(r"\b(?:end|beginning|start|middle|rest) of (?:the|this) (year|month)\b")
AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
RELATIVE_UNIT = re.compile(r"\b(last|next|this|past|coming|previous|following)\s+(week|month|year|weekend)\b")


def looks_forward(expression: str) -> bool:
    """Whether a date expression points after its speaker's now ("next week", "starting
    Wednesday", "tomorrow") whatever the precision it resolves to."""
    words = set(re.findall(r"[a-z]+", expression.lower()))
    if re.search(r"\b(?:hour|day|week|month|year)s?\s+later\b", expression.lower()):
        words.discard("later")     # "two days later" counts from the story's last event, not from now
    return bool(words & {"next", "coming", "upcoming", "starting", "tomorrow", "later"}) and not words & BACKWARD_WORDS


def names_month_without_year(expression: str) -> bool:
    """Whether a date expression names a month but no year ("in August", "on June 5"), and no
    word that points back ("last December")."""
    text = expression.lower()
    return bool(MONTH_YEAR.search(text)) and not YEAR.search(text) and not ISO.search(text) and \
        not set(re.findall(r"[a-z]+", text)) & BACKWARD_WORDS


def parse_published(value: str | None) -> date | None:
    """The publication date as a date, or None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month(d: date, delta: int) -> str:
    m = d.month - 1 + delta
    return f"{d.year + m // 12:04d}-{m % 12 + 1:02d}"


def _middle_of_week(published: date, step: int, unit: str, forward: bool) -> date:
    """The day whose month a week names: the middle of its working days ("last/next week"), of its
    days up to publication ("this week" for a done act) or from publication on (for an act to
    come); a weekend is its Saturday. A week across two months is mostly in one of them ("this
    week" said on Saturday 2 April is mostly March)."""
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    if unit == "weekend":
        return monday + timedelta(days=5)
    first, last = monday, monday + timedelta(days=4)
    if step == 0:
        first, last = (published, max(published, last)) if forward else (monday, published)
    return first + (last - first) // 2


EVE_OF = re.compile(r"\beve of\b")


def resolve_date(expression: str, published: date | None, forward: bool = False) -> str | None:
    """The date an expression names (YYYY, YYYY-MM or YYYY-MM-DD), or None.

    ``forward`` says the event is still to come, so a bare weekday means the next one.
    Relative expressions need ``published``; absolute ones ("April 9, 2016", "2016") do not.
    """
    text = " ".join(expression.lower().replace("’", "'").split())
    if m := EVE_OF.search(text):
        # "on the eve of the March 1 parade": the day before the day named
        named = resolve_date(text[m.end():], published, forward)
        return (date.fromisoformat(named) - timedelta(days=1)).isoformat() if named and len(named) == 10 else named
    words = set(re.findall(r"[a-z]+", text))
    if words & FORWARD_WORDS:
        forward = True
    if words & BACKWARD_WORDS:
        forward = False

    if m := ISO.search(text):
        return m.group(0)
    if m := NUMERIC.search(text):
        return _numeric_date(m)
    for regex, mi, di in ((MONTH_DAY_YEAR, 1, 2), (DAY_MONTH_YEAR, 2, 1)):
        if m := regex.search(text):
            month, day, year = MONTHS[m.group(mi)], int(m.group(di)), m.group(3)
            if not 1 <= day <= 31:
                continue
            y = int(year) if year else (published.year if published else None)
            if y is None:
                return None
            try:
                d = date(y, month, day)
            except ValueError:
                return None
            if not year and published:  # "June 5" said in January of the next year
                if not forward and (d - published).days > 60:
                    d = d.replace(year=y - 1)
                elif forward and (published - d).days > 60:
                    d = d.replace(year=y + 1)
            return d.isoformat()
    if published:
        if "today" in words or "tonight" in words or re.search(r"\bthis (morning|afternoon|evening)\b", text):
            return published.isoformat()
        if "yesterday" in words or "last night" in text:
            return (published - timedelta(days=1)).isoformat()
        if "tomorrow" in words:
            return (published + timedelta(days=1)).isoformat()
        if m := AGO.search(text):
            n = NUMBER_WORDS.get(m.group(1), None) if not m.group(1).isdigit() else int(m.group(1))
            if n is None:
                return None
            unit = m.group(2)
            if unit == "day":
                return (published - timedelta(days=n)).isoformat()
            if unit == "week":
                return _month(published - timedelta(weeks=n), 0)
            if unit == "month":
                return _month(published, -n)
            return f"{published.year - n:04d}"
        if m := WEEKDAY.search(text):
            target = WEEKDAYS[m.group(1)]
            back = (published.weekday() - target) % 7
            if forward or "next" in words:
                ahead = (target - published.weekday()) % 7
                if "next" in words and ahead == 0:
                    ahead = 7
                return (published + timedelta(days=ahead)).isoformat()
            if "last" in words and back == 0:
                back = 7
            return (published - timedelta(days=back)).isoformat()
        if (m := RELATIVE_UNIT.search(text)) and not re.search(r"\bthe (?:past|last) (?:week|month|year)\b", text):
            # ("in the past year" is the twelve months up to now, a span, not the year before)
            which, unit = m.groups()
            step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0}[which]
            if unit == "year" and (named := MONTH_YEAR.search(text)) and not named.group(2):
                return f"{published.year + step:04d}-{MONTHS[named.group(1)]:02d}"   # "in November last year"
            if unit in ("week", "weekend"):
                return _month(_middle_of_week(published, step, unit, forward), 0)
            if unit == "month":
                return _month(published, step)
            return f"{published.year + step:04d}"
        if re.search(r"\bthe weekend\b", text):
            # "at the weekend", "over the weekend": the one just gone (this one, said on it), or the
            # coming one for an act to come, at the precision of a week
            step = 0 if forward or published.weekday() >= 5 else -1
            return _month(_middle_of_week(published, step, "weekend", forward), 0)
        if re.search(r"\b(later|earlier) (this|in the) (week|month)\b", text):
            return _month(published, 0)
        if re.search(r"\b(later|earlier) (this|in the) year\b", text):
            return f"{published.year:04d}"
        if m := PART_OF_NOW.search(text):      # "by the end of the year", "the rest of this month"
            return f"{published.year:04d}" if m.group(1) == "year" else _month(published, 0)
    if m := MONTH_YEAR.search(text):
        if m.group(2):
            return f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}"
        if published:
            month = MONTHS[m.group(1)]
            y = published.year
            # ("last June" said in June is a year back, "next June" a year ahead)
            if not forward and (month > published.month or month == published.month and "last" in words):
                y -= 1
            elif forward and (month < published.month or month == published.month and "next" in words):
                y += 1
            return f"{y:04d}-{month:02d}"
    if m := YEAR.search(text):
        return m.group(1)
    return None


def _numeric_date(m: re.Match) -> str | None:
    """A date written in numbers: day first with dots ("03.05.2024"); with slashes the order
    its numbers allow ("15/05/2024", "5/15/2024"), only the year when both orders could be."""
    first, sep, second, year = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if sep == "." or first > 12:
        day, month = first, second
    elif second > 12 or first == second:
        month, day = first, second
    else:
        return year
    try:
        return date(int(year), month, day).isoformat()
    except ValueError:
        return year


def later_than(resolved: str, published: date) -> bool:
    """Whether a resolved date lies after the publication date, at its own precision."""
    return resolved > published.isoformat()[:len(resolved)]


def earlier_than(resolved: str, published: date) -> bool:
    """Whether a resolved date lies before the publication date, at its own precision."""
    return resolved < published.isoformat()[:len(resolved)]
