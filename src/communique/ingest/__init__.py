"""ingest: bytes from files, directories, stdin, JSONL and WARC → :class:`RawArticle` records.

Readers never raise for a bad record: they yield an :class:`~communique.errors.InputProblem`
in its place, so one bad line costs one record and the batch goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """One article as it arrived: a page (``html``) or text (``text``), with what the source said of it."""

    input_id: str
    html: str | None = None
    text: str | None = None
    url: str | None = None
    published: str | None = None   # the record's own publication date (JSONL field, API argument)
    date_hint: str | None = None   # a date from outside the article (WARC capture date, --published):
                                   # used only when the article itself gives none
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    source: str | None = None  # file path or "<stdin>", for messages
    line: int | None = None    # line (JSONL) or record number (WARC), for messages


from .readers import read_inputs  # noqa: E402

__all__ = ["RawArticle", "read_inputs"]
