"""clean: RawArticle → Article (metadata + the body a reader reads, boilerplate gone)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Meta


@dataclass
class Article:
    """A cleaned article: its metadata and its body text, ready for the NLP stages."""

    meta: Meta
    body: str
    warnings: list[str] = field(default_factory=list)
    dateline: str | None = None   # the place the lede's dateline names, as written ("SEOUL", "Dhaka")


from .article import clean_article  # noqa: E402

__all__ = ["Article", "clean_article"]
