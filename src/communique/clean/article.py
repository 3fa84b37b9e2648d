"""RawArticle → Article. (Minimal first version.)"""
from __future__ import annotations

from ..document import Meta
from ..ingest import RawArticle
from . import Article


def clean_article(raw: RawArticle, settings=None) -> Article:
    if raw.html is not None:
        import trafilatura
        body = trafilatura.extract(raw.html) or ""
    else:
        body = (raw.text or "").strip()
    return Article(meta=Meta(title=raw.title, published=raw.published, url=raw.url, language="en"), body=body)
