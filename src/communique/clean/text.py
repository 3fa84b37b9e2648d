"""Scraped article text → the body a reader reads, with what the furniture said moved into Meta.

Works line by line over text from a scraper or from trafilatura. Each line is classified by
general shapes and the vocabulary in ``data/boilerplate.yaml``:

* navigation, skip links, menus (also run together on one line), breadcrumbs, language pickers,
  cookie and newsletter boxes, share/print buttons, comment counters, copyright lines → dropped
* ``Related:`` / ``Read more:`` (also without the colon: ``Also read``, ``Keep reading``) and the story links
  they introduce → dropped; calls to follow the site on WhatsApp or several networks, newsletter boxes,
  appeals for support, syndication notes → dropped
* a ``Title | Section | Site | 14.04.2014`` page-title line → title, section, publisher, date
* the headline (also one written with a full stop) → ``meta.title``; a byline (``By Jane Doe``,
  ``Jane DoeJune 5, 2012``, ``Posted by Jane Doe | Staff Writer``, ``by Jane Doe`` in lower case, a name
  alone right above the date line, ``Published on 09/05/2024 By Jane Doe - Reporter``) → authors, date; an
  agency named as author (also closing the byline: ``By JANE DOE Associated Press``) → wire source.
  Date lines give the publication date, never an "Updated" date; a byline or a date line is no menu item.
* a copyright line that names no wire → ``meta.publisher`` when nothing else gave one
* bare URLs → ``meta.urls``; ``Image: ...`` credits and the caption line above → ``meta.images``
* video/audio player lines and the player's title line, ``#``-separated media-asset lines → dropped
* wire sign-offs and credits at the end, datelines at the start of the lede → ``meta.wire_sources``
* "Related topics", "Tags: ..." and similar → the rest of the page is dropped; print-edition notes,
  app and subscription notes at the very end → dropped
* a short first line taken as the headline ('Accessibility links', a site's name) gives way to the
  longer heading right above the lede; a line of one or two words is never the headline
* pictures without a credit line of their own: a sentence written twice in a row (alt text and
  caption), a caption left on a dangling ' -' over its credit, a one-sentence paragraph above the
  lede that ends in a full date with its year → meta.images; a drop cap set apart joins its word
* under an English story, a bare label ('Source:') and a line in another language → dropped
* other stories' headlines set inside the article (three or more heading lines between two paragraphs),
  a caption written twice on one line → dropped; a writer's note closing a page with no byline
  ('Jane Doe is a journalist who ...') and 'Jane Doe, ISD' under the story → authors

Kept lines become paragraphs separated by a blank line; hard-wrapped lines are joined again.
What the head lines say (page title, section, dates, byline) is read in ``head``, picture
credits in ``captions``; line shapes shared by them all live in ``shapes``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..document import Image, Meta
from .captions import credit_of
from .dates import find_date, is_date_line, parse_date
from .head import (DOTTED_HEADLINE, NOT_IN_HEADLINES, dates_of_line, read_byline, read_page_title, read_section_and_date,
                   reads_as_lede, tidy_headline)
from .language import ENGLISH_SHARE, english_share, identify_language
from .shapes import PERSON_NAME, add_unique, comparable, word_count
from .signoff import (Credits, known_place, people_in, read_dateline_line, read_signoff, strip_dateline,
                      strip_trailing_signoff)
from .vocabulary import strip_numbering, vocabulary

_URL_ONLY = re.compile(r"^<?(https?://[^\s<>\"]+?)>?[.,]?$")
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"'”’»)\]]$")
_HAS_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•·▪►»])\s+")
_CRUMB_SEPARATOR = re.compile(r"\s*[|›»>]\s*|\s+/\s+")
_RUNNING_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_RUNNING_TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_ASSET_SEPARATOR = re.compile(r"\s#\s")
_ENDS_CLAUSE = re.compile(r"[.,;:][\"'”’»)\]]*$")   # also inside closing quotes: "... so much.'"
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"'”’]?\s+[A-Z\"“]")
BYLINE_REACH = 3   # paragraphs below the headline where a byline may still stand
SHORT_TITLE_WORDS = 5   # a line taken as the headline this short gives way to a longer heading above the lede


@dataclass
class _Paragraph:
    text: str
    adjacent: bool   # directly under the previous kept line, no blank line between
    line: int = -1   # its line in the text


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, no-break and zero-width spaces gone, trailing spaces off."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff\u00ad]", "", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _is_sentence(line: str) -> bool:
    return word_count(line) >= 8 and bool(_ENDS_SENTENCE.search(line))


def _is_heading(line: str, max_words: int = 20) -> bool:
    """Short, not a sentence, starts with a capital: a headline, kicker or player title."""
    n = word_count(line)
    return (1 <= n <= max_words and len(line) <= 160 and not _ENDS_CLAUSE.search(line)
            and not _SENTENCE_INSIDE.search(line) and not line[:1].islower() and is_date_line(line) is None
            and strip_dateline(line, Credits())[0] == line)


def _similar(a: str, b: str) -> bool:
    ka, kb = comparable(a), comparable(b)
    if not ka or not kb:
        return False
    if ka == kb or ka in kb or kb in ka:
        return True
    wa, wb = set(ka.split()), set(kb.split())
    return len(wa & wb) / max(len(wa), len(wb)) >= 0.7


def _menu_runs(lines: list[str]) -> set[int]:
    """Indexes of lines in runs of 3+ adjacent very short non-sentences: menus and link lists."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        s = line.strip()
        if s and word_count(s) <= 3 and not _ENDS_SENTENCE.search(s) and len(s) <= 40 and not _LOWER_BYLINE.match(s) \
                and is_date_line(s) is None:   # ('by Jane Doe', 'July 7, 2024', '4 min read' under a headline: no menu)
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def _teaser_runs(lines: list[str]) -> set[int]:
    """Indexes of other stories' headlines set inside the article: three or more adjacent lines of 5 to 25 words
    that end no sentence (a headline may ask a question), with a paragraph of prose right above and right below."""
    def teaser(s: str) -> bool:
        return 5 <= word_count(s) <= 25 and not re.search(r"[.,;:…\"”’)]$", s) and (s[:1].isupper() or s[:1] in "‘“'\"") \
            and not _HAS_NUMBERING.match(s) and not _GLUED_MENU_ITEMS.search(s)   # (no widget's words run together)
    def prose(s: str) -> bool:
        return word_count(s) >= 12 and bool(_FULL_STOP_END.search(s) or s.endswith(("”", '"')))
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and teaser(lines[j].strip()):
            j += 1
        if j - i >= 3 and i > 0 and j < len(lines) and prose(lines[i - 1].strip()) and prose(lines[j].strip()):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _gallery_slides(lines: list[str]) -> set[int]:
    """Indexes of a picture gallery's slides: a gallery's title shown above each slide ('Old ports of the
    north'), then the slide's own heading and its caption paragraph. The title stands two or more times,
    each time above a short heading and a caption: a repeated structure no story has."""
    filled = [(i, s.strip()) for i, s in enumerate(lines) if s.strip()]
    seen: dict[str, list[int]] = {}
    for n, (i, s) in enumerate(filled):
        if word_count(s) >= 3 and _is_heading(s, max_words=15):
            seen.setdefault(s, []).append(n)
    out: set[int] = set()
    for title, places in seen.items():
        # (a slide's heading is no caption doubled: 'Caption. (Credit)' twice under a headline is no slide)
        slides = [n for n in places if n + 2 < len(filled) and filled[n + 1][1] not in (title, filled[n + 2][1])
                  and _is_heading(filled[n + 1][1], max_words=12) and _is_sentence(filled[n + 2][1])]
        if len(slides) >= 2 and len(slides) == len(places):
            for n in slides:
                out.update(filled[k][0] for k in (n, n + 1, n + 2))
            after = slides[-1] + 3
            if after < len(filled) and _GALLERY_CREDIT.match(filled[after][1]):
                out.add(filled[after][0])   # 'Author: Jane Doe (jd)' under the last slide: the gallery's
    return out


_COMMENT_COUNT = re.compile(r"^(?:\d+|no) comments?$", re.IGNORECASE)
_VIDEO_CREDIT = re.compile(r"^\(?video\b", re.IGNORECASE)
_GALLERY_CREDIT = re.compile(r"^(?:authors?|photos?|pictures?|images?|compiled by)\s*:\s*.{2,80}$", re.IGNORECASE)


def _takes_caption(prev: _Paragraph | None, adjacent: bool) -> bool:
    """Is the kept line above a credit line that picture's caption?"""
    if prev is None or len(prev.text) > 500:
        return False
    return adjacent or not _ENDS_SENTENCE.search(prev.text) or bool(vocabulary().caption_hint.search(prev.text))


def _join_wrapped(paragraphs: list[_Paragraph]) -> list[str]:
    """Joins lines a scraper hard-wrapped: directly adjacent, the first not ending a sentence."""
    out: list[str] = []
    for p in paragraphs:
        lower = p.text[:1].islower()   # ('... as the "last chance"' / 'for a ceasefire.': a quote ends no sentence)
        if out and (p.adjacent and (not _ENDS_SENTENCE.search(out[-1]) and (len(out[-1]) >= 50 or lower)
                                    or lower and not _FULL_STOP_END.search(out[-1]))
                    or word_count(out[-1]) >= 8 and _ENDS_ON_FUNCTION_WORD.search(out[-1])):
            # (a sentence cut after 'to' / 'the' by a blank line the scraper put in goes on below it)
            out[-1] = f"{out[-1]} {p.text}"
        else:
            out.append(p.text)
    return out


# a page's blocks glued into one line by a crude scrape: '... attacks.At the park ...', '... sick.”Sayiba ...'
# (also a word touching the next block's capitalised word: 'menuNews', 'itemslist 1')
_GLUED_BLOCKS = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z“\"][a-z])|(?<=[a-z0-9][.!?][”\"])(?=[A-Z“][a-z])"
                           r"|(?<=[a-z]{3})(?=[A-Z][a-z]{2})|(?<=[a-z]{3}[?!])(?=[a-zA-Z])|(?<=[a-z]{4})(?=list \d)"
                           r"|(?<=[)\]])(?=[A-Z][a-z])|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})|(?<=\d{4})(?=[A-Z][a-z])")
_GLUED_SENTENCES = re.compile(r"[a-z0-9]{2}[.!?][”\"]?[A-Z“][a-z]")   # 'attacks.At': what shows the glue
GLUED_PAGE_CHARS = 2000   # a line this long is a whole page run together, not a paragraph


def _unglue_blocks(line: str) -> list[str]:
    """A whole page's text on one line → its blocks, split where a sentence's end touches the next
    capital with no space. Lines of ordinary length stay whole."""
    if len(line) < GLUED_PAGE_CHARS or len(_GLUED_SENTENCES.findall(line)) < 3:
        return [line]
    return [part.strip() for part in _GLUED_BLOCKS.split(line)]


_DANGLING_SEPARATOR = re.compile(r"\s+[-–—|]$")   # 'Caption text   -': the credit that followed went to the next line
def _join_drop_caps(lines: list[str]) -> list[str]:
    """A paragraph's first letter set apart as a drop cap ('S', then 'ingapore's leader said ...' a
    line or two below) → the letter joined to its word again."""
    out = list(lines)
    for i, line in enumerate(out):
        if len(line.strip()) != 1 or not line.strip().isupper():
            continue
        j = next((j for j in range(i + 1, min(i + 3, len(out))) if out[j].strip()), None)
        if j is not None and out[j].lstrip()[:1].islower():
            out[i], out[j] = "", line.strip() + out[j].lstrip()
    return out


_PUBLISHED_LINE = re.compile(r"^(?P<label>(?:[A-Z0-9(][\w().,&'’-]*\s+){1,5})?(?:first\s+)?published(?:\s+on)?\s*:?\s+(?P<date>.+)$", re.IGNORECASE)
# '[Read: Another story's headline]', '[Headline]': a link to another story set in brackets, no sentence
_BRACKETED_LINK = re.compile(r"^\[[^\[\]]{3,200}(?<![.!?])\]$")
_TEASER_DATE = re.compile(r"\(\d{1,2}\.\d{1,2}\.\d{2,4}\)\s*$")   # 'A plaque ... (25.07.2019)': a related story's teaser


def clean_text(text: str, meta: Meta, *, from_html: bool = False, dateline: Credits | None = None) -> str:
    """Scraped text (or trafilatura's text of a page) → body paragraphs joined by blank lines.

    Fills what the text tells about the article into ``meta`` where it is still empty (title,
    authors, published, publisher, section) and adds to its lists (urls, images, wire_sources).
    ``from_html``: the text is trafilatura's, one paragraph a line, title already known.
    ``dateline``: if given, gets the place the lede's dateline names (``place``).
    """
    lines = [part for line in normalize_text(text).split("\n") for part in _unglue_blocks(line)]
    kept, credits, headline = _LineCleaner(_join_drop_caps(lines), meta, from_html).run()
    if not kept and headline:
        kept.append(_Paragraph(headline, False))   # a one-line text is its own body, not a title
        if meta.title == headline:
            meta.title = None
    if not from_html:
        _strip_header_leftovers(kept)
        _strip_top_caption(kept, meta)
    _strip_signoffs(kept, credits, trailing_furniture=not from_html)
    _strip_author_note(kept, meta)
    _strip_source_credits(kept, credits)
    _strip_lede_dateline(kept, credits, meta)
    _move_agencies_out_of_authors(meta, credits)
    for name in credits.wires:
        add_unique(meta.wire_sources, name)
    if not meta.authors:
        meta.authors.extend(credits.people)
    if credits.others and not meta.publisher:
        meta.publisher = credits.others[0]
    if not meta.publisher and not from_html:
        meta.publisher = _footer_publisher(lines)
    if dateline is not None:
        dateline.place = credits.place
    paragraphs = [p.text for p in kept] if from_html else _join_wrapped(kept)
    return "\n\n".join(paragraphs)


class _LineCleaner:
    """One pass over the lines of one text: each line is furniture (dropped, or noted in Meta),
    part of the header (title, byline, date), or article text (kept).

    Its state says where in the page the pass is: above the article (``in_header``), or just
    under a video player (``after_media``).
    """

    def __init__(self, lines: list[str], meta: Meta, from_html: bool):
        self.lines, self.meta, self.from_html = lines, meta, from_html
        self.voc = vocabulary()
        self.menus = _menu_runs(lines)
        self.slides = _gallery_slides(lines)
        self.teasers = _teaser_runs(lines)
        self.credits = Credits()
        self.kept: list[_Paragraph] = []
        self.in_header = True          # no body paragraph yet: headline, bylines, menus live here
        self.after_media = False       # the line before was a video/audio player's
        self.link_follows = False      # the line before was 'Related:': this one is a link
        self.title_from_text = from_html
        self.headline: str | None = None   # the line taken as the title, if the text gave one
        self.box_lines: set[int] = set()   # headlines of a 'Related coverage' box inside the article
        self.highlights_follow = False     # the lines below are summary points under 'Story highlights'
        self.date_line: tuple[int, str] | None = None   # the date line that gave meta.published: (line, date)

    def run(self) -> tuple[list[_Paragraph], Credits, str | None]:
        blank_before, first, last_kept = True, True, -2
        for i, raw_line in enumerate(self.lines):
            line = raw_line.strip()
            if not line or i in self.box_lines or i in self.slides or (i in self.teasers and not self.in_header):
                blank_before = True
                continue
            # adjacent to the line kept last: a dropped line in between breaks the paragraph
            adjacent, blank_before = not blank_before and last_kept == i - 1, False
            was_first, first = first, False
            line = _LEADING_COMMA.sub("", self._without_date_stamp(line))
            if self._took_place_line(i, line):
                continue
            if not line or (was_first and not self.from_html and read_page_title(
                    line, self.meta, [s.strip() for s in self.lines[i + 1:i + 30] if s.strip()][:12])):
                continue
            if self.voc.is_caption_toggle(line):
                self._drop_captions_above(i)
                continue
            if self._took_published_line(line) or _BRACKETED_LINK.match(line):
                continue
            if self.voc.is_link_intro(line):
                self.link_follows = True   # 'Read more:' (also a share label): the headlines below are links
                continue
            if self.kept and not self.in_header and self.voc.is_share(line) and self.voc.is_tail_marker(line):
                break   # 'Comments' under the story: a share button above it, the comments below it
            if self.kept and _COMMENT_COUNT.match(line) and not self._within_byline_reach():
                break   # '0 Comments' under the story (not beside the byline): the comment box and other stories follow
            if self._is_navigation(i, raw_line, line) or self._is_link(line) or self._shown_twice(i, line):
                if self.kept and not self.in_header and _RUNNING_TIME_ONLY.match(line):
                    self.after_media = True   # '02:30' under the story: a video's running time, its title below
                continue
            if self.kept and not self.in_header and self.voc.is_tail_marker(line):
                if self._inline_box(i):
                    continue
                break
            if self.in_header and self.voc.is_tail_marker(line) and word_count(line) <= 4:
                continue   # 'Top stories' in a menu above the article: a label, no headline
            if self.voc.copyright.match(line):
                read_signoff(line, self.credits)   # a wire's copyright names the wire
                continue
            if self.voc.is_highlights_label(line):
                self.highlights_follow = True
                continue
            if self.highlights_follow and not _ENDS_SENTENCE.search(line) and word_count(line) <= 20:
                continue   # a summary point under 'Story highlights'
            self.highlights_follow = False
            if self._is_player_or_link(line) or self._took_picture(i, line, adjacent):
                continue
            line = strip_numbering(line) if self.in_header else line
            if self._took_header_line(i, line) or self._is_player_title(i, line):
                continue
            self.after_media = False
            if word_count(line) >= 8 and any(comparable(p.text) == comparable(line) for p in self.kept):
                continue   # the same paragraph again: a block the page (or its scraper) doubled
            if self.in_header and _is_sentence(line):
                self._retitle_from_last_heading()
            self.kept.append(_Paragraph(line, adjacent, i))
            last_kept = i
            if _is_sentence(line):
                self.in_header = False
        return self.kept, self.credits, self.headline

    def _retitle_from_last_heading(self) -> None:
        """The story's first sentence comes: a short line of the text taken as the headline ('Contents
        tagged with X', a site's name, 'Accessibility links') and a longer heading kept right above the
        sentence → that heading is the headline, and what stands above it is the page's, not the story's."""
        if not self.headline or self.meta.title != self.headline or word_count(self.headline) > SHORT_TITLE_WORDS or not self.kept:
            return
        last = self.kept[-1].text
        if not _is_heading(last) or word_count(last) <= word_count(self.headline) or read_dateline_line(last, Credits()):
            return   # 'BONN, Germany, Feb. 17, Kyodo' above the lede is its dateline, no headline
        self.meta.title = self.headline = last
        self.kept.clear()

    # -- what the lines around say ---------------------------------------------------------
    def _inline_box(self, i: int) -> bool:
        """'Related coverage' with one or two headlines, and then the story going on (two paragraphs
        of prose, or one of 30 words or more): a box set inside the article, not its end. Its headlines are noted to be skipped.

        A list of related stories (headline, teaser, headline, teaser...) still ends the article.
        """
        ahead = [(j, s.strip()) for j, s in enumerate(self.lines[i + 1:], i + 1) if s.strip()][:8]
        heads, labels = [], 0
        for j, s in ahead:
            label = self.voc.is_navigation(s)   # 'list of 3 items', 'end of list': the box's own labels
            # a headline may hold a question ('Why now? What we know') or end in a quote, not in a full stop
            if not label and ((_is_sentence(s) and _FULL_STOP_END.search(s)) or word_count(s) > 15):
                break
            heads.append(j)
            labels += label
        rest = [s for j, s in ahead[len(heads):len(heads) + 2]]
        prose = [s for s in rest if _is_sentence(s) and word_count(s) >= 12 and not _TEASER_DATE.search(s)]
        # the story goes on: two paragraphs of prose, or one long one (a teaser is shorter) right below
        goes_on = len(prose) >= 2 or bool(prose and rest[0] == prose[0] and word_count(prose[0]) >= 30
                                          and not _OPENS_WITH_DATELINE.match(prose[0]))   # no other story's lede
        # (a page's box whose links the page reader left out: the label alone, two paragraphs of the story below it)
        pruned = self.from_html and not heads and len(prose) >= 2
        if not (1 <= len(heads) <= 2 or (labels and len(heads) - labels <= 4) or pruned) or not goes_on:
            return False
        self.box_lines.update(heads)
        return True

    def _drop_captions_above(self, i: int) -> None:
        """'Hide caption' under a slideshow: the kept lines standing right above it (no dropped
        line between) are its captions, when a dropped line (furniture) stands above them; with
        them gone the text may be back above the article."""
        above, n = i - 1, len(self.kept)
        while n and self.kept[n - 1].line >= 0:
            while above >= 0 and not self.lines[above].strip():
                above -= 1
            if self.kept[n - 1].line != above:
                break
            n, above = n - 1, above - 1
        while above >= 0 and not self.lines[above].strip():
            above -= 1
        if n == len(self.kept) or above < 0 or (n and self.kept[n - 1].line == above):
            return   # the run starts the text or joins kept text: no slideshow's captions
        del self.kept[n:]
        if not any(_is_sentence(p.text) for p in self.kept):
            self.in_header = True

    def _next_line(self, i: int) -> str:
        return next((s.strip() for s in self.lines[i + 1:] if s.strip()), "")

    def _shown_twice(self, i: int, line: str) -> bool:
        """A heading written twice in a row (a video's or a link's title under its player): no prose."""
        if self.in_header:
            return False   # the headline may stand twice above the story: it is read as the title there
        before = next((s.strip() for s in reversed(self.lines[:i]) if s.strip()), "")
        return not _is_sentence(line) and line in (before, self._next_line(i))

    def _is_wrapped(self, i: int) -> bool:
        """The line goes on directly below (a hard-wrapped sentence, not a heading; 'by Jane Doe' below
        a headline is its byline)."""
        return i + 1 < len(self.lines) and self.lines[i + 1][:1].islower() and not _LOWER_BYLINE.match(self.lines[i + 1])

    # -- kinds of line ---------------------------------------------------------------------
    def _is_link(self, line: str) -> bool:
        """'Related:' alone on a line, and the headlines it introduces on the next lines."""
        if self.voc.is_link_intro(line):
            self.link_follows = True
            return True
        follows, self.link_follows = self.link_follows, False
        if follows and (not _is_sentence(line) or not _FULL_STOP_END.search(line)):   # (a headline may end in a quote)
            self.link_follows = True   # a list of links: every headline up to the next sentence
            return True
        return False

    def _took_published_line(self, line: str) -> bool:
        """'First published March 3, 2021: 9:10 AM ET' (also after a source label, at the foot of
        the story): the publication date, noted; the line goes."""
        m = _PUBLISHED_LINE.match(line)
        date = is_date_line(m.group("date")) if m and word_count(line) <= 16 else None
        glued = _BYLINE_AFTER_DATE.match(m.group("date")) if m and not date and self.in_header else None
        if glued and is_date_line(glued.group("date")):
            # 'Published on 09/05/2024 - 18:34 By Jane Doe - Reporter at Example - Brasília': the date and the byline
            people = people_in(glued.group("name"))
            if people == [glued.group("name")] and not self.meta.authors:
                self.meta.authors.extend(people)
            date = is_date_line(glued.group("date")) if people else None
        if date:
            self.meta.published = self.meta.published or date
            label = (m.group("label") or "").strip()
            voc = self.voc
            if self.in_header and not self.meta.authors and PERSON_NAME.match(label) and not voc.agency(label) and \
                    not any(w.casefold() in voc.section_words | voc.date_line_words for w in label.split()):
                self.meta.authors.extend(people_in(label))   # 'Jane Doe Published March 3, 2021 | 9:10 PM'
        return bool(date)

    def _took_place_line(self, i: int, line: str) -> bool:
        """'ISLAMABAD:' alone on its line near the top, the lede's first sentence below it: the dateline's place."""
        m = _PLACE_ALONE.match(line) or _TITLE_PLACE_ALONE.match(line)
        if not m or self.credits.place or not self._within_byline_reach() or not _is_sentence(self._next_line(i)):
            return False
        if not (known_place(m.group("place")) or known_place(m.group("place").title())):
            return False
        self.credits.place = m.group("place")
        return True

    def _without_date_stamp(self, line: str) -> str:
        """'date 2015-11-14 Text...' → 'Text...', the date noted as the publication date."""
        stamp = self.voc.date_stamp.match(line)
        if not stamp:
            return line
        self.meta.published = self.meta.published or stamp.group("date")
        return line[stamp.end():].strip()

    def _is_navigation(self, i: int, raw_line: str, line: str) -> bool:
        voc = self.voc
        if i in self.menus or voc.is_navigation(line) or voc.is_share(line) or voc.is_menu_line(line):
            return True
        items = _MENU_ITEM_SEPARATOR.split(line)
        if len(items) >= 4 and all(0 < word_count(x) <= 3 for x in items) and not _ENDS_SENTENCE.search(line):
            return True   # 'Home - Valdo TV - Valdo Radio - Search': a menu on one line
        if self.in_header and _is_title_case_run(line):
            return True   # 'Online Special City News Environment Factcheck Property Travel & Leisure ...': a menu's items
        if self.in_header and len(_GLUED_MENU_ITEMS.findall(line)) >= 3 and not _ENDS_SENTENCE.search(line):
            return True   # menu items run together above the story: 'FinancialGovernment SolutionsLegalNews Agency'
        if self.in_header and _NEWSROOM.search(line) and word_count(line) <= 4 and not _ENDS_SENTENCE.search(line):
            return True   # 'Example Newsroom' above the story: the newsroom, no author
        # a numbered menu entry above the article
        return (self.in_header and bool(_HAS_NUMBERING.match(raw_line)) and word_count(line) <= 6
                and not line.endswith("."))

    def _is_player_or_link(self, line: str) -> bool:
        """Player furniture, media-asset labels and bare URLs (those go to meta.urls)."""
        if self.voc.is_media(line):
            # only a player that shows a running time shows a title under itself; a bare
            # "Video" label may stand above the article's own subheading
            self.after_media = self.after_media or bool(_RUNNING_TIME.search(line))
            return True
        if len(_ASSET_SEPARATOR.findall(line)) >= 2:
            return True   # "Title # 05.06.2012 14 Uhr # asset-id # Programme": a media asset's label
        url = _URL_ONLY.match(line)
        if url:
            add_unique(self.meta.urls, url.group(1))
            return True
        return False

    def _took_picture(self, i: int, line: str, adjacent: bool) -> bool:
        """Caption and credit lines → meta.images (the caption is the kept line above a credit)."""
        images = self.meta.images
        labelled = self.voc.caption_line.match(line)
        if labelled:
            caption, credit = labelled.group("caption").strip(), None
            credited = credit_of(line)   # 'FILE PHOTO: ... in Kyiv, May 3, 2024. REUTERS/Jane Doe/File Photo'
            if credited and credited[0]:
                caption, credit = credited
            if images and not images[-1].caption:
                images[-1].caption = caption
            else:
                images.append(Image(caption=caption, credit=credit))
            return True
        if _is_doubled(line) and comparable(line) != comparable(self.meta.title):
            images.append(Image(caption=line[: len(line) // 2].strip()))   # 'Caption text Caption text': alt text and caption
            return True
        if i + 1 < len(self.lines) and self.lines[i + 1].strip() == line and _is_sentence(line) and \
                comparable(line) != comparable(self.meta.title) and not self._is_wrapped(i + 1):
            # a sentence written twice in a row (a headline may stand twice): a picture's alternative text and its caption
            images.append(Image(caption=line))
            self.slides.add(i + 1)
            return True
        below = self._next_line(i) if _DANGLING_SEPARATOR.search(line) else ""
        if below and (self.voc.copyright.match(below) or credit_of(below)):
            # 'Name of the pictured   -' over 'Copyright © Site': a caption left on the separator its credit followed
            images.append(Image(caption=_DANGLING_SEPARATOR.sub("", line), credit=below))
            return True
        credit = credit_of(line)
        if not credit:
            return False
        caption, who = credit
        # a page's text has one paragraph a line: every line is "adjacent" there, so only what
        # the line above says (no full stop, a caption's words) makes it the picture's caption
        # a video's credit ('Video: X/Agency') takes only a title above it, no sentence, as its caption
        video = _VIDEO_CREDIT.match(line) and self.kept and _ENDS_SENTENCE.search(self.kept[-1].text)
        if caption is None and not video and not self.voc.caption_line.match(self._next_line(i)) and _takes_caption(
                self.kept[-1] if self.kept else None, adjacent and not self.from_html):
            caption = self.kept.pop().text
        images.append(Image(caption=caption or "", credit=who))
        return True

    def _within_byline_reach(self) -> bool:
        """Whether at most BYLINE_REACH paragraphs are kept so far, short widget labels ('Listen
        (3 mins)', 'Save') not counted (the count stops there: this is asked of every line)."""
        n = 0
        for p in self.kept:
            if word_count(p.text) >= 8:
                n += 1
                if n > BYLINE_REACH:
                    return False
        return True

    def _took_header_line(self, i: int, line: str) -> bool:
        """Bylines, date lines, the headline (and kickers around it) → Meta."""
        meta = self.meta
        if self.in_header and read_signoff(line, self.credits):
            return True   # "Source: Xinhua" above the story
        # a byline may stand below a standfirst, so look for one among the first paragraphs
        if (self.in_header or self._within_byline_reach()) and read_byline(line, meta, self.credits):
            return True
        if self.in_header and _BY_DESK.match(line) and not _ENDS_SENTENCE.search(line):
            return True   # "By Example Radio's Georgian Service": a desk's byline, no one's name
        if meta.title and self.in_header and _BYLINE_IN_PLACE.match(line) and not meta.authors:
            people = people_in(line)   # 'Jane Doe in Nairobi' under the headline: a byline without 'By'
            if people:
                meta.authors.extend(people)
                return True
        if self.in_header and (read_section_and_date(line, meta, self.credits) or self._took_breadcrumb(line)):
            return True
        if " | " in line and self._within_byline_reach() and read_section_and_date(line, meta, self.credits):
            return True   # 'News Desk | Lisbon | Updated: 03-02-2021 09:40 IST' under a standfirst
        dated = dates_of_line(line)
        glued = _SECTION_GLUED_TO_DATE.match(line) if dated is None and self.in_header else None
        if glued and dates_of_line(line[glued.end():]):
            meta.section = meta.section or glued.group("section")   # 'News4 March 2031 - 09:15': section and date run together
            dated = dates_of_line(line[glued.end():])
        if dated is None and self.in_header:
            dated = _placed_date(line)   # 'Lisbon, March 9th 2023 - 10:12 UTC', 'Lisbon - MAR 09, 2023' atop the page
        if dated is not None:
            if self.in_header or self._within_byline_reach():
                if dated and self.date_line and self.date_line[1] == meta.published and dated < meta.published and (
                        self.date_line[0] == i - 1 or self.in_header):
                    meta.published = dated   # 'Mar 9, 2023' (today's, atop the page) over 'Friday 6 May 2022 - 10:12'
                elif not meta.published and dated:
                    meta.published = dated
                    self.date_line = (i, dated)
            return True
        if self.in_header and not self.kept and _is_date_among_other_script(line):
            meta.published = meta.published or find_date(line)[0]
            return True   # the site's name in another script around today's date ('नाम  3 Mar 2031 09:15  名'): no headline
        if self._took_dotted_headline(i, line):
            return True
        if self.in_header and not self.headline and meta.title and word_count(line) >= 4 and _is_heading(line) and \
                comparable(meta.title).startswith(comparable(line) + " ") and not self.from_html:
            meta.title = line   # 'Headline, Latest World News' from the page's title, then 'Headline' alone
            return True
        if meta.title and comparable(line) == comparable(meta.title):
            if self.kept and not self.from_html and len(self.kept) <= 4 and all(word_count(p.text) < 40 for p in self.kept):
                self.kept.clear()   # teasers and a caption above the headline: the page's, not the story's
                self.in_header = True
            return True   # the headline again
        if self._took_name_above_date(i, line):
            return True
        if not self.in_header or self._is_wrapped(i) or not _is_heading(line):
            return False
        nxt = self._next_line(i)
        if word_count(line) <= 3 and nxt and (_similar(nxt, meta.title or "") or
                                           (not self.title_from_text and _is_heading(nxt))):
            meta.section = meta.section or line   # a kicker above the headline
            return True
        crumbs = [p.strip() for p in _CRUMB_SEPARATOR.split(line)]
        if len(crumbs) >= 3 and crumbs[-1] == nxt and all(word_count(p) <= 3 for p in crumbs[:-1]):
            meta.section = meta.section or crumbs[-2]   # 'Home / World News / Headline' above 'Headline'
            return True
        if not self.title_from_text:
            if word_count(line) <= 2:
                return True   # 'Theme', 'Accessibility links', a country's name: a label above the headline, no headline
            self.title_from_text = True
            if not meta.title:
                meta.title = self.headline = line
                return True
            return _similar(line, meta.title)
        if line.isupper() and word_count(line) <= 3 and _is_sentence(nxt):
            return True   # "ANKARA" on a line of its own above the lede: the dateline
        if word_count(line) <= 3 and not line.endswith(("?", "!")):
            meta.section = meta.section or line   # a section label under the headline
            return True
        return False

    def _took_name_above_date(self, i: int, line: str) -> bool:
        """'Jane Doe' alone under the headline, right above the date line (perhaps with her role between:
        'Political Reporter'): a byline without 'By' → authors; the role line goes too."""
        meta, voc = self.meta, self.voc
        if not meta.title or meta.authors or not self._within_byline_reach() or not _NAME_ALONE.match(line) or \
                _ROLE_LINE.match(line) or voc.agency(line) or \
                known_place(line) or any(w.casefold() in voc.section_words for w in line.split()):
            return False
        below = [(j, s.strip()) for j, s in enumerate(self.lines[i + 1:i + 6], i + 1) if s.strip()][:2]
        role = bool(below) and bool(_ROLE_LINE.match(below[0][1]))
        dated = below[1 if role else 0][1] if len(below) > role else ""
        if not (dates_of_line(dated) is not None or _PUBLISHED_LINE.match(dated) or _placed_date(dated)):
            return False
        meta.authors.extend(people_in(line) or [line])
        if role:
            self.box_lines.add(below[0][0])
        return True

    def _took_breadcrumb(self, line: str) -> bool:
        """'Home / World / South Asia', 'News|Politics' above the headline → the last part is the section."""
        parts = [p.strip() for p in _CRUMB_SEPARATOR.split(line)]
        if len(parts) < 2 or not all(p and word_count(p) <= 3 and not _ENDS_SENTENCE.search(p) for p in parts):
            return False
        if dates_of_line(line):
            return False   # 'March 3, 2021 / 9:10 AM / 5 days ago': a date line, its parts no crumbs
        if len(parts) == 2 and not self.voc.is_navigation(parts[0]) and " " in line:
            return False   # "Russia / Ukraine" may be a kicker; "Home / World" and "News|Politics" are crumbs
        self.meta.section = self.meta.section or parts[-1]
        return True

    def _took_dotted_headline(self, i: int, line: str) -> bool:
        """A headline written with a full stop ('Junta extends transition by two years.') → title.

        Only the first line of the text, when a longer paragraph follows: a short lede standing
        alone is not taken for a headline.
        """
        if self.title_from_text or self.kept or not self.in_header or self._is_wrapped(i):
            return False
        m = DOTTED_HEADLINE.match(line)
        if not m or not _is_heading(m.group(1).rstrip(".")) or NOT_IN_HEADLINES.search(line) or \
                reads_as_lede(line):
            return False
        below = [s.strip() for s in self.lines[i + 1:] if s.strip()][:6]   # past bylines and dates
        if not any(_is_sentence(s) and word_count(s) > word_count(line) for s in below):
            return False
        self.title_from_text = True
        if not self.meta.title:
            self.meta.title = self.headline = tidy_headline(line)
            return True
        return _similar(line, self.meta.title)

    def _is_player_title(self, i: int, line: str) -> bool:
        """The title a video player shows under itself."""
        if self.after_media and not self.in_header and not self._is_wrapped(i) and _is_heading(line, max_words=12):
            self.after_media = False
            return True
        return False


_ENDS_ON_FUNCTION_WORD = re.compile(r"\s(?:to|of|the|a|an|and|or|in|on|for|with|by|at|from|that|his|her|its|their)$")
_MENU_ITEM_SEPARATOR = re.compile(r"\s+[-–|•·]\s+")
_PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?:,\s+|\s+[-–—|]\s+)(?P<date>.{6,60})$")
def _is_date_among_other_script(line: str) -> bool:
    """A date (and time) with only words of a non-Latin script around it."""
    found = find_date(line)
    if not found:
        return False
    rest = line[:found[1]] + " " + line[found[2]:]
    return not re.search(r"[A-Za-z]", rest) and bool(re.search(r"[^\W\d_]", rest))


# what stands around the holder's name in a copyright line: the sign, the years, 'All rights reserved.'
_COPYRIGHT_WORDS = re.compile(r"copyright|©|\(c\)|\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2}\b)?|all rights reserved\.?", re.IGNORECASE)
_HOLDER = re.compile(r"^[A-Z][\w.&'’/-]*(?: [A-Z][\w.&'’/-]*){0,4}$|^[\w-]+(?:\.[a-z]{2,6})+$")   # ('example.net' too)


def _footer_publisher(lines: list[str]) -> str | None:
    """The holder the page's footer names in its last copyright line ('© 2024 Example Post'), when that line stands
    in the page's last two fifths (a '© Jane Doe/Agency' at the top credits a picture) and names no wire."""
    filled = [s.strip() for s in lines if s.strip()]
    voc = vocabulary()
    for n in range(len(filled) - 1, int(len(filled) * 0.6) - 1, -1):
        if voc.copyright.match(filled[n]):
            return None if read_signoff(filled[n], Credits()) else _copyright_holder(filled[n])
    return None


def _copyright_holder(line: str) -> str | None:
    """'Copyright © 2024, Example Post', '© 2000-2024 Example.com All rights reserved.', '(c) 2024. Example, Inc. Used
    with ...' → the holder ('Example Post', 'Example.com', 'Example'): up to five words, each capitalised."""
    rest = _COPYRIGHT_WORDS.sub(" ", line)
    holder = re.split(r"\s[|:]\s|[,;]|\.\s|\s{2,}(?=\S)", rest.strip(" .,|:-–—"))[0].strip(" .,|:-–—")
    holder = re.sub(r",?\s+(?:Inc|Ltd|LLC|S\.?A|GmbH|PLC|Limited)\.?$", "", holder)
    return holder if _HOLDER.match(holder) and not vocabulary().agency(holder) else None


def _placed_date(line: str) -> str | None:
    """'Lisbon, March 9th 2023 - 10:12 UTC', 'Lisbon - MAR 09, 2023 - 22:14 EDT' (a place the gazetteer knows) → the date."""
    placed = _PLACE_BEFORE_DATE.match(line)
    return dates_of_line(placed.group("date")) if placed and known_place(placed.group("place")) else None


# a name alone on its line ('Jane Doe', 'Tika R Pradhan', 'Juan Esteban Lewin'), and a reporter's role below it
_NAME_ALONE = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.?|[A-Z][\w'’-]+)){0,2}\s+[A-Z][\w'’-]+$")
_ROLE_LINE = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist)s?$", re.IGNORECASE)
_SECTION_GLUED_TO_DATE = re.compile(r"^(?P<section>[A-Z][a-z]{2,15})(?=\d{1,2} [A-Z][a-z]{2,8},? \d{4}\b)")
_LEADING_COMMA = re.compile(r"^[,;]\s+(?=[A-Z])")   # ', NAIROBI, Kenya Aug 27 – ...': what stood before the comma is gone
_TITLE_PLACE_ALONE = re.compile(r"^(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2})$")   # 'Kathmandu' above the lede
_PLACE_ALONE = re.compile(r"^(?P<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,2})\s*[:—–-]?$")
_GLUED_MENU_ITEMS = re.compile(r"[a-z]{2}[A-Z][a-z]{2}")
_FULL_STOP_END = re.compile(r"[.!?…][\"'”’»)]*$")
_OPENS_WITH_DATELINE = re.compile(r"^[A-Z]{3,}[A-Z .'’-]*(?:,|\s\(|\s[–—-]\s)")   # 'TEHRAN, Feb. 21 (X) –'
_LOWER_BYLINE = re.compile(r"^(?:by|von|par|por)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*$")   # 'by Jane Doe'
_BYLINE_AFTER_DATE = re.compile(r"^(?P<date>.{6,40}?)\s+[Bb]y\s+(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:\s+[-–—|,]\s+.{2,80})?$")
_BY_DESK = re.compile(r"^By\s+[A-Z][\w'’/.&-]*(?:\s+[A-Z][\w'’/.&-]*){0,5}$")
_BYLINE_IN_PLACE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$")
_DESK_NAME = re.compile(r"^(?:our|a|the|staff|special)\b.*\b(?:correspondent|reporter)s?$", re.IGNORECASE)
_NEWSROOM = re.compile(r"\b(?:staff|newsroom|news desk|editorial board|web desk)$", re.IGNORECASE)


def _is_doubled(line: str) -> bool:
    """A line of five to forty words written twice over ('A man waves A man waves'): a picture's alt text and
    its caption (a longer repeat is a paragraph said twice, not a caption)."""
    words = line.split()
    half = len(words) // 2
    return 10 <= len(words) <= 80 and len(words) % 2 == 0 and words[:half] == words[half:]


def _is_title_case_run(line: str) -> bool:
    """Fifteen words or more, all but a few capitalised, without a comma or a full stop: a menu's items
    on one line, not a headline (headlines that long have punctuation or lower-case words)."""
    words = line.split()
    if len(words) < 15 or re.search(r"[.,;:!?\"“”()]", line):
        return False
    return sum(w[:1].isupper() or not w[:1].isalpha() for w in words) >= 0.85 * len(words)


def _move_agencies_out_of_authors(meta: Meta, credits: Credits) -> None:
    """An agency named as author (a page's 'author: AFP') is a wire source; authors are people."""
    for name in list(meta.authors):
        # 'Reuters Staff', 'AFP News Desk': the agency's newsroom
        agency = vocabulary().agency(re.sub(r"\s+(?:staff|news desk|desk|newsroom|news)$", "", name, flags=re.IGNORECASE))
        if agency:
            meta.authors.remove(name)
            credits.add_wire(agency)
        elif _NEWSROOM.search(name) or _DESK_NAME.match(name):
            meta.authors.remove(name)   # 'Example News Staff', 'Our Correspondent': the publisher's newsroom, no person


def _strip_lede_dateline(kept: list[_Paragraph], credits: Credits, meta: Meta) -> None:
    """The dateline off the lede: tried on the first two sentence paragraphs (a standfirst may come first).

    A dateline standing alone above the lede ('BONN, Germany, Feb. 17, Kyodo') goes whole. A
    dateline's full date ('January 23, 2014 (LIMA) –') is the publication date when none is known.
    """
    for p in list(kept):
        if _is_sentence(p.text):
            break
        if read_dateline_line(p.text, credits):
            kept.remove(p)
            return
    # (a long paragraph cut off before its full stop is prose too)
    for p in [p for p in kept if _is_sentence(p.text) or word_count(p.text) >= 20][:2]:
        stripped, dated = strip_dateline(p.text, credits, meta.publisher)
        if stripped != p.text:
            p.text = stripped
            meta.published = meta.published or parse_date(dated)
            return


# '..., the minister said, Report informs.', '..., AzVision.az reports.': a site or agency crediting itself
# at the end of a sentence (the sentence keeps its period)
_SOURCE_CREDIT = re.compile(r",\s+(?:(?P<source>[A-Z][\w-]*(?:\.[a-z]{2,3})?|[A-Z]{2,})\s+informs|"
                            r"(?P<site>[A-Z][\w-]*\.[a-zA-Z]{2,4})\s+reports)\.(?=\s|$)")


def _strip_source_credits(kept: list[_Paragraph], credits: Credits) -> None:
    """A source crediting itself at the end of a sentence goes ('... said on X, Report informs.', '...,
    News.Az reports.'); an agency it names is a wire source. "X reports" goes only for a site's domain:
    'Iran enriched uranium, Reuters reports' attributes a claim."""
    for p in kept:
        def drop(m: re.Match) -> str:
            agency = vocabulary().agency(m.group("source") or m.group("site"))
            if agency:
                credits.add_wire(agency)
            return "."
        p.text = _SOURCE_CREDIT.sub(drop, p.text)
        p.text = _GLUED_LINK.sub("", p.text)


# a link to another story glued to the end of a paragraph: '... the talks ended’. Also Read - Ports
# Reopen After The Strike: Ministry'
_GLUED_LINK = re.compile(r"(?<=[.!?\"”’)])\s+(?:also read|read also|read more|see also)\s*[-–—:|]\s+[^.!?]{5,160}$",
                         re.IGNORECASE)


def _strip_header_leftovers(kept: list[_Paragraph]) -> None:
    """Short labels above the first sentence of the story ('EDITION: INTERNATIONAL', 'U.S.') and a
    heading shown more than once there (a slideshow's title per slide) are page furniture."""
    lead = next((n for n, p in enumerate(kept) if _is_sentence(p.text)), None)
    if not lead:
        return
    texts = [p.text for p in kept[:lead]]
    kept[:lead] = [p for n, p in enumerate(kept[:lead]) if _ENDS_SENTENCE.search(p.text) or
                   (word_count(p.text) > 3 and p.text not in texts[max(n - 1, 0):n] + texts[n + 1:n + 2])]


# a full date with its year closing a sentence: '... near the rally in Tartu on May 4, 2019.'
_ENDS_WITH_FULL_DATE = re.compile(r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
                                  r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4})\.?$")
_REPORTED = re.compile(r"\b(?:said|says|told|according to|reported)\b")


def _strip_top_caption(kept: list[_Paragraph], meta: Meta) -> None:
    """A one-sentence paragraph above the lede (or a standfirst) that ends in a full date with its year ('Police detain
    a man near the rally in Tartu on May 4, 2019.') and reports no one's words: the top picture's
    caption, without a credit. A lede dates its news by the weekday, not with the year."""
    if len(kept) < 2 or word_count(kept[1].text) < 8:
        return
    first = kept[0].text
    if word_count(first) <= 40 and _ENDS_WITH_FULL_DATE.search(first) and not _SENTENCE_INSIDE.search(first) \
            and not _REPORTED.search(first):
        meta.images.append(Image(caption=kept.pop(0).text))


def _is_trailing_furniture(text: str, above: str = "") -> bool:
    """A short line with no sentence in it ('Contact Us', 'Terms of use Privacy'), a label with nothing
    after it ('Source:'), a line in another language than the English story above it (the site's
    comment rules): under the story's last paragraph, the page's footer or share bar."""
    if word_count(text) <= 3 and text.endswith(":"):
        return True
    if word_count(text) >= 5 and english_share(text) == 0 and english_share(above) >= ENGLISH_SHARE and \
            identify_language(text) not in (None, "en"):
        return True
    return word_count(text) <= 6 and not _ENDS_SENTENCE.search(text)


_NAME_AND_DESK = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),\s*[A-Z]{2,6}$")


def _strip_signoffs(kept: list[_Paragraph], credits: Credits, trailing_furniture: bool = False) -> None:
    """Sign-off and credit lines off the end of ``kept``, and a sign-off glued to the last paragraph.

    ``trailing_furniture``: short lines with no sentence under the story go too (scraped text).
    """
    signed = _NAME_AND_DESK.match(kept[-1].text) if len(kept) > 1 else None
    if signed and people_in(signed.group("name")) == [signed.group("name")]:
        credits.people.append(signed.group("name"))   # 'Jane Doe, ISD' under the story: its writer and desk
        kept.pop()
    while kept and (read_signoff(kept[-1].text, credits) or vocabulary().is_closing(kept[-1].text)
                    or (trailing_furniture and len(kept) > 1 and _is_trailing_furniture(
                        kept[-1].text, " ".join(p.text for p in kept[-4:-1])))):
        kept.pop()
    if kept:
        kept[-1].text = strip_trailing_signoff(kept[-1].text, credits)
        if not kept[-1].text:
            kept.pop()


_WRITER_NOTE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) is an? (?:[\w-]+ ){0,4}(?:journalist|reporter|"
                          r"correspondent|writer|columnist|editor|contributor)\b")


def _strip_author_note(kept: list[_Paragraph], meta: Meta) -> None:
    """The author's note closing a column ('Jane Doe is the network's political editor.',
    'JANE DOE IS A SENIOR FELLOW AT ...', 'Jane Doe covers the courts.'): the last paragraph, short,
    that opens with an author's name and 'is'/'was'/'covers'/'writes'/'reports'. It tells who wrote the piece, not the news."""
    if len(kept) < 2:
        return
    if not meta.authors:
        # 'Jane Doe is a freelance reporter who ...' closing a page with no byline: the writer's note, the
        # writer named nowhere in the story itself
        m = _WRITER_NOTE.match(kept[-1].text.strip())
        if m and word_count(kept[-1].text) <= 80 and not any(m.group("name").split()[-1] in p.text for p in kept[:-1]):
            meta.authors.append(m.group("name"))
            kept.pop()
        return
    last = kept[-1].text.strip().casefold()
    if word_count(last) <= 30 and any(re.match(rf"{re.escape(a.casefold())},? (?:is|was|covers|writes|reports)\b", last) for a in meta.authors):
        kept.pop()
