"""A news page (HTML) → trafilatura's body text, with metadata from the page's <head> and figures.

Three steps over one parsed tree:

1. ``read_head``: what the page says of itself (canonical URL, og:url, short links and labelled
   permalinks, published time, authors, site name, section, JSON-LD) — trafilatura reads most of
   it, but not short links. The surest source first: article:published_time before generic date
   tags; the <h1> the title tags confirm before a social og:title, '| Site | date' off; schema.org
   people, then byline elements ('By Jane Doe and AFP': the agency to wire_sources), then author
   tags, the newsroom never an author; a site name the address does not write yields to the
   schema.org publisher;
2. ``take_figures``: figures and their captions/credits → ``meta.images``, and out of the tree;
   elements whose class/id says player, share bar, kicker, related links... → out of the tree;
   so are paragraphs that are one link and no sentence (a related story's headline);
3. trafilatura on the pruned page: body text (one paragraph a line) and its metadata.

The text then goes through the same line cleaner as scraped text (sign-offs, asset lines...).
"""
from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlparse

import lxml.html
from lxml import etree

from ..document import Image, Meta
from ..errors import CommuniqueError
from .dates import is_date_line, parse_date
from .head import read_byline, tidy_headline
from .shapes import add_unique
from .signoff import Credits
from .vocabulary import vocabulary

_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|rights", re.IGNORECASE)
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
              "publishdate", "publish-date", "dc.date.issued", "dc.date", "sailthru.date",
              "parsely-pub-date", "article.published", "dcterms.created")
_AUTHOR_META = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_page(html: str):
    """HTML text → lxml tree. Raises CommuniqueError when it is not a page at all."""
    # the text is decoded already; lxml refuses str input that still declares an encoding (XHTML)
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as ex:
        raise CommuniqueError(f"not a readable HTML page ({ex})") from None
    return tree


def _meta_content(tree, names: tuple[str, ...]) -> list[str]:
    out = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").casefold()
        if key in names and (el.get("content") or "").strip():
            out.append(el.get("content").strip())
    return out


def _json_ld(tree) -> list[dict]:
    """The page's schema.org objects (JSON-LD), flattened out of lists and @graph."""
    out: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").casefold() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                stack.extend(item.get("@graph") or [])
    return out


def _names(value) -> list[str]:
    """A schema.org author/publisher value (string, object or list of them) → names."""
    if isinstance(value, str) and value.lstrip().startswith(("{", "[")):
        try:   # some sites write the object as a JSON string: '{ "@type":"Person", "name":"Jane Doe" }'
            return _names(_people(json.loads(value)))
        except ValueError:
            return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _people(value):
    """A schema.org author value without its Organization entries (a newsroom is not an author)."""
    if isinstance(value, list):
        return [v for v in value if not (isinstance(v, dict) and v.get("@type") == "Organization")]
    if isinstance(value, dict) and value.get("@type") == "Organization":
        return []
    return value


def _add_person(people: list, name: str) -> None:
    """Adds ``name`` unless the person is there in another case; a capitals-only spelling
    ('JANE DOE', a byline's style) yields to the written one ('Jane Doe')."""
    same = [i for i, p in enumerate(people) if p.casefold() == name.casefold()]
    if not same:
        add_unique(people, name)
    elif people[same[0]].isupper() and not name.isupper():
        people[same[0]] = name


_UPDATE_MARK = re.compile(r"updat|modif|edited", re.IGNORECASE)
_PUBLISH_MARK = re.compile(r"publish|posted|pubdate|created", re.IGNORECASE)


def _publication_times(tree) -> list[str]:
    """<time datetime> values, those marked as the publication time first, update times left out.

    The mark is in the element's or its parent's class/itemprop, or in the text just before it
    ('Updated <time>...').
    """
    marked, plain = [], []
    for t in tree.iter("time"):
        if not t.get("datetime"):
            continue
        parent = t.getparent()
        around = " ".join([t.get("class") or "", t.get("itemprop") or "", t.text_content() or ""]
                          + ([parent.get("class") or "", parent.get("itemprop") or "", parent.text or ""]
                             if parent is not None else []))
        if _PUBLISH_MARK.search(around):
            marked.append(t.get("datetime"))
        elif not _UPDATE_MARK.search(around):
            plain.append(t.get("datetime"))
    return marked + plain


def _compact(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _host_label(url: str | None) -> str | None:
    """'https://www.example-news.com/a/1' → 'examplenews' (the site's name in its address)."""
    host = urlparse(url or "").hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "m", "amp", "edition", "mobile")]
    return _compact(labels[0]) if len(labels) >= 2 else None


_SHORT_LINK_CLASS = re.compile(r"short-?url|short-?link|permalink", re.IGNORECASE)
_MEDIA_CLASS = re.compile(r"video|player|media|gallery|slideshow", re.IGNORECASE)   # a clip's own link
_SHORT_LINK_START = re.compile(r"^(?:permalink|short ?link|short url)\b", re.IGNORECASE)
_SHORT_LINK_LABEL = re.compile(r"^(?:permalink|short ?link|short url)\s*:?\s*(https?://\S+)$", re.IGNORECASE)


def _labelled(tree, label: re.Pattern):
    """Elements whose text starts with ``label``: an element whose own text starts so, and its
    parent ('<li><strong>Permalink</strong> https://...</li>'). Cheap: only own texts are read first."""
    for el in tree.iter():
        if isinstance(el.tag, str) and el.text and label.match(el.text.strip()):
            yield el
            if el.getparent() is not None:
                yield el.getparent()


def read_short_links(tree) -> list[str]:
    """Short links the page shows: 'Permalink https://exa.mp/p/1x2', or a link classed short-url."""
    out: list[str] = []
    for el in _labelled(tree, _SHORT_LINK_START):
        labelled = _SHORT_LINK_LABEL.match(_text(el))
        if labelled and not any(_MEDIA_CLASS.search(a.get("class") or "") for a in (el, *el.iterancestors())):
            add_unique(out, labelled.group(1))
    for el in tree.iter("a"):
        href = (el.get("href") or "").strip()
        if _SHORT_LINK_CLASS.search(el.get("class") or "") and href.startswith(("http://", "https://")):
            add_unique(out, href)
    return out


_BYLINE_CLASS = re.compile(r"byline|author|contributor", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(r"^(?:author|authors|written by)\b", re.IGNORECASE)


def read_bylines(tree) -> tuple[list[str], list[str]]:
    """(people, wire agencies) the page's byline elements name: 'By Jane Doe and AFP', 'Author Jane Doe'.

    Byline elements are those whose class, id, itemprop or rel says byline/author/contributor,
    and short items that start with an 'Author' label.
    """
    meta, credits, seen = Meta(), Credits(), set()
    classed = [el for el in tree.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body", "head")
               and _BYLINE_CLASS.search(" ".join(el.get(a) or "" for a in ("class", "id", "itemprop", "rel")))]
    for el in [*classed, *_labelled(tree, _AUTHOR_LABEL)]:
        text = _text(el)
        if not text or len(text) > 160 or text in seen:
            continue
        if el in classed or (len(text) <= 80 and _AUTHOR_LABEL.match(text)):
            seen.add(text)
            read_byline(text, meta, credits)
    return meta.authors, credits.wires


def _is_newsroom(name: str, sites: list[str], host: str | None) -> bool:
    """'Deutsche Welle (www.dw.com)', 'Example News Staff': the publisher named as author, not a person."""
    if host and re.search(rf"\b{re.escape(host)}\.", name.casefold().replace("-", "")):
        return True
    bare = _compact(re.sub(r"\(.*?\)|\b(?:staff|newsroom|news desk|desk|team|editors|online)\b", " ", name,
                           flags=re.IGNORECASE))
    return bool(bare) and (bare == host or any(bare == _compact(site) for site in sites if site))


def _same_site(name: str, host: str | None) -> bool:
    """A site name that its address also writes ('DW.COM' for dw.com, 'The Example' for theexample.com)."""
    c = _compact(name)
    return bool(host and c) and (c.startswith(host) or host.startswith(c))


def _comparable_title(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[′’‘`´]", "'", text)).strip().casefold()


def _headline_shown(tree, titles: list[str], site: str | None = None, host: str | None = None) -> str | None:
    """The page's <h1> when the title tags confirm it (they start with it): the headline the reader
    sees, where og:title may hold a shorter social headline or 'Headline | Site | date'.

    Without such an <h1>, the <title> less its site name, when a title tag (a schema.org headline
    cut short with '...') starts it.
    """
    known = [_comparable_title(t) for t in titles + [_text(t) for t in tree.iter("title")]]
    for h1 in tree.iter("h1"):
        text = _text(h1)
        h = _comparable_title(text)
        # the whole title, or the title then '| Site' ('Coronavirus pandemic' is no headline of
        # 'Coronavirus pandemic: lockdown extended')
        if len(text) >= 15 and any(re.match(re.escape(h) + r"(?:\s+[|–—·-]\s|\s*$)", k) for k in known):
            return text
    tagged = [_comparable_title(t).rstrip(". …") for t in titles]
    for el in tree.iter("title"):
        text = _without_site_name(_text(el), site, host)
        if len(text) >= 15 and "|" not in text and any(
                len(t) >= 15 and _comparable_title(text).startswith(t) for t in tagged):
            return text
    return None


def _site_after_headline(tree, headline: str | None) -> str | None:
    """'Talks resume - The Daily Example' in <title>, 'Talks resume' the headline: the site's name
    (up to 5 words), for pages without a site name tag."""
    if not headline:
        return None
    for el in tree.iter("title"):
        parts = re.split(r"\s+[|–—-]\s+", _text(el))
        if (len(parts) == 2 and _comparable_title(parts[0]) == _comparable_title(headline)
                and 1 <= len(parts[1].split()) <= 5 and not is_date_line(parts[1])):
            return parts[1].strip()
    return None


def read_head(tree, meta: Meta) -> None:
    """Fills ``meta`` (where still empty) from <link>/<meta> tags, JSON-LD and <html lang>."""
    links = {}
    for el in tree.iter("link"):
        for rel in (el.get("rel") or "").casefold().split():
            if el.get("href"):
                links.setdefault(rel, []).append(el.get("href").strip())
    canonical = (links.get("canonical") or [None])[0]
    og_url = (_meta_content(tree, ("og:url",)) or [None])[0]
    meta.url = meta.url or canonical or og_url
    for u in [canonical, og_url, *links.get("shortlink", []), *links.get("shorturl", [])]:
        if u and u.startswith(("http://", "https://")):
            add_unique(meta.urls, u)
    for u in read_short_links(tree):
        add_unique(meta.urls, u)
    ld = [d for d in _json_ld(tree) if str(d.get("@type", "")).endswith(("Article", "NewsArticle", "Report",
                                                                            "BlogPosting", "WebPage"))]
    # the surest tags first, whatever their order in the page: a "sailthru.date" or "date" may
    # hold the last update while "article:published_time" holds the publication
    surest = _meta_content(tree, _DATE_META[:2])
    dates = surest + [str(d["datePublished"]) for d in ld if d.get("datePublished")]
    dates += [v for name in _DATE_META[2:] for v in _meta_content(tree, (name,))]
    dates += _publication_times(tree)[:1]
    for d in dates:
        if not meta.published and parse_date(d):
            meta.published = parse_date(d)
    # a site name its address does not write ('U.S.', an edition) yields to the schema.org publisher
    host = _host_label(meta.url)
    named = _meta_content(tree, ("og:site_name", "application-name"))
    published_by = [n for d in ld for n in _names(d.get("publisher"))]
    sites = [n for n in named if _same_site(n, host)] + published_by + named
    meta.publisher = meta.publisher or (sites[0] if sites else None)
    titles = _meta_content(tree, ("og:title", "twitter:title")) + [str(d["headline"]) for d in ld if d.get("headline")]
    meta.title = meta.title or _headline_shown(tree, titles, meta.publisher, host) or (titles[0] if titles else None)
    meta.publisher = meta.publisher or _site_after_headline(tree, meta.title)
    # authors: the schema.org people, else the byline's, else the author tags; never the newsroom
    bylined, wires = read_bylines(tree)
    for w in wires:
        add_unique(meta.wire_sources, w)
    if not meta.authors:
        newsrooms = sites + _meta_content(tree, ("publisher",))
        ld_people = [n for d in ld for n in _names(_people(d.get("author")))]
        tagged = [a for a in _meta_content(tree, _AUTHOR_META) if not a.startswith("http")]
        for group in (ld_people, bylined, tagged):
            for n in group:
                if not _is_newsroom(n, newsrooms, host):
                    _add_person(meta.authors, n.strip())
            if meta.authors:
                break
    meta.section = meta.section or (_meta_content(tree, ("article:section",)) or [None])[0]


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content() or "").strip()


def take_figures(tree, meta: Meta, base_url: str | None) -> None:
    """Every <figure> (and captioned picture block) → ``meta.images``; the figure leaves the tree."""
    voc = vocabulary()
    for fig in list(tree.iter("figure")):
        img = next(fig.iter("img"), None)
        src = (img.get("src") or img.get("data-src")) if img is not None else None
        credit = None
        cap_el = next(fig.iter("figcaption"), None)
        if cap_el is not None:
            for el in list(cap_el.iter()):
                if el is not cap_el and _CREDIT_CLASS.search(el.get("class") or ""):
                    credit = _text(el)
                    el.drop_tree()
            caption = _text(cap_el)
        else:
            caption = (img.get("alt") or "").strip() if img is not None else ""
        if credit:
            m = voc.credit_line.match(credit)
            credit = m.group("credit").strip() if m else credit
        else:
            m = voc.credit_suffix.match(caption)
            if m:
                caption, credit = m.group("caption").strip(), m.group("credit").strip()
        if caption or credit:
            meta.images.append(Image(caption=caption, credit=credit,
                                     src=urljoin(base_url, src) if base_url and src else src))
        fig.drop_tree()


def prune_furniture(tree) -> None:
    """Drops elements whose class or id names page furniture (player, share bar, kicker, related...).

    An element holding most of the page's text is never dropped, whatever its class says.
    """
    pattern = vocabulary().html_prune
    body = tree.find("body")
    total = len(_text(body)) if body is not None else 0
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head"):
            continue
        names = (el.get("class") or "").split() + [el.get("id") or ""]
        if any(n and pattern.search(n) for n in names) and len(_text(el)) < 0.4 * max(total, 1):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def drop_link_paragraphs(tree) -> None:
    """Drops paragraphs that are one link and no sentence: a related story's headline set in the
    text ('<p><a href=...>Ten tips for winter travel</a></p>'), not article text."""
    for p in list(tree.iter("p")):
        text = _text(p)
        linked = " ".join(_text(a) for a in p.iter("a"))
        bare = re.sub(r"[\s\[\]]+", "", text)   # '[<a>Headline</a>]': the brackets are no sentence
        if bare and re.sub(r"[\s\[\]]+", "", linked) == bare and not re.search(r"[.!?\"”’]\]?$", text):
            p.drop_tree()


def sentence_headings_to_paragraphs(tree) -> None:
    """An <h2>-<h4> in the body that is a whole sentence (12 words or more, closed by a full stop)
    is a lede or standfirst set in a heading's type; the extractor drops headings it doubts, so it
    becomes a paragraph. The page's <h1> stays the headline."""
    for el in tree.iter("h2", "h3", "h4"):
        text = _text(el)
        if len(text.split()) >= 12 and re.search(r"[.!?][\"”’]?$", text):
            el.tag = "p"


def find_standfirst(tree) -> str | None:
    """The standfirst: a paragraph in the article that repeats the page's description meta tag.

    Readers read it under the headline, but extractors often drop it as a "teaser".
    """
    described = _meta_content(tree, ("description", "og:description"))
    if not described:
        return None
    want = re.sub(r"\s+", " ", described[0]).strip()
    for container in [*tree.iter("article"), *tree.iter("main")]:
        for el in container.iter("p", "div"):
            if _text(el) == want:
                return want
    return None


def _without_site_name(title: str, site: str | None, host: str | None = None) -> str:
    """'Talks resume | The Daily Example' → 'Talks resume' when the page names that site.

    Trailing '| segments' that are a date or the site's name (as the page or its address
    writes it) go too: 'Talks resume | EX | 05.06.2012' on example.com → 'Talks resume'.
    """
    parts = re.split(r"\s+\|\s+", title)
    while len(parts) > 1 and (is_date_line(parts[-1]) or _compact(parts[-1]) in (host, _compact(site or "x"))):
        parts.pop()
    title = " | ".join(parts)
    if not site:
        return title
    m = re.match(rf"^(.{{8,}}?)\s+[|–—-]\s+{re.escape(site)}\s*$", title, re.IGNORECASE)
    return m.group(1) if m else title


def extract_page(html: str, meta: Meta) -> str:
    """The body text of a page (one paragraph a line), with ``meta`` filled from the page."""
    import trafilatura

    tree = parse_page(html)
    read_head(tree, meta)
    standfirst = find_standfirst(tree)
    take_figures(tree, meta, meta.url)
    prune_furniture(tree)
    drop_link_paragraphs(tree)
    sentence_headings_to_paragraphs(tree)
    pruned = lxml.html.tostring(tree, encoding="unicode")
    result = trafilatura.bare_extraction(pruned, with_metadata=True, include_comments=False,
                                         include_images=False, include_tables=True, deduplicate=False)
    if result is None:
        return ""
    found = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta.title = meta.title or found.get("title")
    host = _host_label(meta.url or found.get("url"))
    if meta.title:
        meta.title = tidy_headline(_without_site_name(meta.title, meta.publisher, host))
    if not meta.authors and found.get("author"):
        for name in re.split(r"\s*;\s*", found["author"]):
            if not _is_newsroom(name, [meta.publisher, found.get("sitename")], host):
                add_unique(meta.authors, name)
    meta.published = meta.published or parse_date(found.get("date"))
    meta.publisher = meta.publisher or found.get("sitename")
    meta.url = meta.url or found.get("url")
    if meta.url:
        add_unique(meta.urls, meta.url)
    text = found.get("text") or ""
    if standfirst and text and standfirst not in text:
        text = f"{standfirst}\n{text}"
    return text
