"""JSONL records → RawArticles: one JSON object a line with ``id``, ``text`` or ``html``, and
optional ``url``, ``published``, ``title``, ``authors``, ``publisher``. The field names that
common scrapers write are read too (news-please's ``maintext`` and ``date_publish``, trafilatura's
``date``, ``author`` and ``sitename``; see OTHER_NAMES). A bad line is an InputProblem naming its
line."""
from __future__ import annotations

import json
import re
from typing import IO, Iterator

from ..clean.dates import parse_date
from ..errors import InputProblem
from . import RawArticle

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "true/false", type(None): "null"}
OPTIONAL_STRINGS = ("url", "title", "published")
# the names common scrapers give our fields: news-please (maintext, date_publish, source_domain),
# newspaper (publish_date), trafilatura (date, author, sitename), feeds (link, pubDate). Our own
# name is checked strictly; another name is read only when its value is usable (a string, a date),
# since a record may use it for something else.
OTHER_NAMES = {
    "text": ("maintext", "body", "content", "article_text"),
    "url": ("link", "source_url"),
    "title": ("headline",),
    "published": ("date_publish", "publish_date", "published_at", "date", "pubDate", "datePublished"),
}
PUBLISHER_NAMES = ("publisher", "sitename", "site_name", "source_domain")
AUTHOR_NAMES = ("authors", "author")
AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|\band\b|&)\s*")


def _kind(value) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def record_from_object(obj, source: str, line: int) -> RawArticle | InputProblem:
    """One parsed JSON value → a RawArticle, or an InputProblem saying what is wrong with it."""
    def problem(reason: str, record_id: str | None = None) -> InputProblem:
        return InputProblem(source, reason, line=line, record_id=record_id)

    if not isinstance(obj, dict):
        return problem(f"the line is {_kind(obj)}, not a JSON object")
    obj = _with_other_names(obj)
    rid = obj.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        return problem(f"'id' must be a string or a number, not {_kind(rid)}")
    record_id = str(rid) if rid is not None else None
    for key in ("text", "html", *OPTIONAL_STRINGS):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return problem(f"'{key}' must be a string, not {_kind(obj[key])}", record_id)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        return problem("the record has neither 'text' nor 'html'", record_id)
    if not (text or "").strip() and not (html or "").strip():
        return problem("the record's text is empty", record_id)
    published = obj.get("published")
    if published and not parse_date(published):
        return problem(f"'published' is not a date: {published!r}", record_id)
    return RawArticle(input_id=record_id or f"{source}:{line}", html=html if html else None,
                      text=None if html else text, url=obj.get("url") or None,
                      published=parse_date(published), title=obj.get("title"), source=source, line=line,
                      authors=_authors(obj), publisher=_first_string(obj, PUBLISHER_NAMES))


def _with_other_names(obj: dict) -> dict:
    """The record with each of our fields it lacks taken from the first usable other name."""
    out = dict(obj)
    for field, names in OTHER_NAMES.items():
        if out.get(field) is None:
            for name in names:
                value = obj.get(name)
                if isinstance(value, str) and value.strip() and (field != "published" or parse_date(value)):
                    markup = field == "text" and value.lstrip().startswith("<") and out.get("html") is None
                    out["html" if markup else field] = value     # a feed's "content" may be the page's markup
                    break
    return out


def _first_string(obj: dict, names) -> str | None:
    return next((v.strip() for n in names if isinstance(v := obj.get(n), str) and v.strip()), None)


def _authors(obj: dict) -> list[str]:
    """A record's authors from a list of names (or of objects with a "name"), or one string of
    them ("A; B", "A and B"); nothing from any other shape."""
    value = next((obj[n] for n in AUTHOR_NAMES if obj.get(n)), None)
    if isinstance(value, str):
        value = AUTHOR_SEPARATORS.split(value)
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    names = [v.get("name") if isinstance(v, dict) else v for v in value]
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def read_jsonl(stream: IO[bytes], source: str) -> Iterator[RawArticle | InputProblem]:
    """Every line of a JSONL byte stream, in order; blank lines are skipped.

    A stream that breaks off (a truncated .jsonl.gz) ends with one InputProblem after the
    records read before the break.
    """
    line_no = 0
    try:
        for line_no, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield InputProblem(source, "the line is not UTF-8 text (JSONL must be UTF-8)", line=line_no)
                continue
            except json.JSONDecodeError as ex:
                yield InputProblem(source, f"not valid JSON ({ex.msg.removesuffix(' at')} at column {ex.colno})",
                                   line=line_no)
                continue
            yield record_from_object(obj, source, line_no)
    except (EOFError, OSError) as ex:
        where = f"after line {line_no}" if line_no else "before its first full line"
        yield InputProblem(source, f"the file breaks off {where} (truncated or damaged: {ex})")
