"""JSONL records → RawArticles: one JSON object a line with ``id``, ``text`` or ``html``, and
optional ``url``, ``published``, ``title``. A bad line is an InputProblem naming its line."""
from __future__ import annotations

import json
from typing import IO, Iterator

from ..clean.dates import parse_date
from ..errors import InputProblem
from . import RawArticle

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "true/false", type(None): "null"}
OPTIONAL_STRINGS = ("url", "title", "published")


def _kind(value) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def record_from_object(obj, source: str, line: int) -> RawArticle | InputProblem:
    """One parsed JSON value → a RawArticle, or an InputProblem saying what is wrong with it."""
    def problem(reason: str, record_id: str | None = None) -> InputProblem:
        return InputProblem(source, reason, line=line, record_id=record_id)

    if not isinstance(obj, dict):
        return problem(f"the line is {_kind(obj)}, not a JSON object")
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
                      published=parse_date(published), title=obj.get("title"), source=source, line=line)


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
                yield InputProblem(source, f"not valid JSON ({ex.msg} at column {ex.colno})", line=line_no)
                continue
            yield record_from_object(obj, source, line_no)
    except (EOFError, OSError) as ex:
        yield InputProblem(source, f"the file breaks off after line {line_no} (truncated or damaged: {ex})")
