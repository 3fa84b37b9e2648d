"""RawArticle → Article: the page or text cleaned to its body, and everything known about it in Meta.

Where several sources say the same thing, the first one wins:

* the record itself (a JSONL ``title``/``url``/``published``; the API's arguments),
* then the article (HTML <head> and trafilatura for pages; headline, byline and page-title
  lines for scraped text),
* then hints from outside the article: a WARC record's capture date or ``--published``.
"""
from __future__ import annotations

from ..document import Meta
from ..errors import CommuniqueError
from ..ingest import RawArticle
from . import Article
from .dates import parse_date
from .html import extract_page
from .language import identify_language
from .signoff import Credits
from .text import clean_text


SHORT_BODY_WORDS = 20


def _meta_from_record(raw: RawArticle) -> Meta:
    meta = Meta(title=(raw.title or "").strip() or None, published=parse_date(raw.published), url=raw.url,
                authors=list(raw.authors), publisher=raw.publisher)
    if raw.url:
        meta.urls.append(raw.url)
    return meta


def clean_article(raw: RawArticle, settings=None) -> Article:
    """The record's body text without boilerplate, and its metadata.

    Raises CommuniqueError when the record holds no article text at all (an empty page,
    a page of navigation only).
    """
    meta = _meta_from_record(raw)
    dateline = Credits()
    if raw.html is not None:
        body = clean_text(extract_page(raw.html, meta), meta, from_html=True, dateline=dateline)
    else:
        body = clean_text(raw.text or "", meta, dateline=dateline)
    if not body.strip():
        kind = "page" if raw.html is not None else "text"
        raise CommuniqueError(f"no article text found in this {kind} (only navigation or furniture)")
    fallback = getattr(raw, "date_hint", None) or (settings.published if settings else None)
    meta.published = meta.published or parse_date(fallback)
    if raw.url and raw.url not in meta.urls:
        meta.urls.append(raw.url)
    # a body of a few words says little about its language; its headline helps
    short = len(body.split()) < SHORT_BODY_WORDS and meta.title
    meta.language = identify_language(f"{meta.title}\n{body}" if short else body)
    return Article(meta=meta, body=body, dateline=dateline.place)
