"""The cleaning vocabulary (``data/boilerplate.yaml``), loaded once and compiled for matching.

Cleaning code asks this object questions (``is_navigation(line)``, ``agency(name)``); the
words and shapes themselves live in the YAML file, so a new site's furniture is a data change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_LIST_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•·▪►»])\s+")


def strip_numbering(line: str) -> str:
    """'  2. Skip to main menu' → 'Skip to main menu' (list numbers and bullets off)."""
    return _LIST_NUMBERING.sub("", line).strip()


def _phrase_key(line: str) -> str:
    return re.sub(r"\s+", " ", strip_numbering(line)).strip(" :|·•-–—").casefold()


def _compile_all(patterns: list[str], flags: int = re.IGNORECASE) -> list[re.Pattern]:
    return [re.compile(p, flags) for p in patterns]


@dataclass(frozen=True)
class Vocabulary:
    agencies: dict[str, str]              # casefolded spelling → name as it is written
    navigation: frozenset[str]
    navigation_patterns: tuple[re.Pattern, ...]
    share: frozenset[str]
    share_patterns: tuple[re.Pattern, ...]
    tail_markers: frozenset[str]
    tail_patterns: tuple[re.Pattern, ...]
    link_intros: frozenset[str]
    section_words: frozenset[str]
    closing_patterns: tuple[re.Pattern, ...]
    kicker_words: frozenset[str]          # "EXCLUSIVE", "ANALYSIS": capitals before a dash that are no place
    copyright: re.Pattern                 # "© 2023 Site. All rights reserved."
    media_patterns: tuple[re.Pattern, ...]
    credit_line: re.Pattern               # "Image: X" on a line of its own
    credit_suffix: re.Pattern             # "caption text. Photograph: X/Agency" on one line
    caption_hint: re.Pattern
    photo_source: re.Pattern              # "Getty Images" alone: a credit
    caption_line: re.Pattern              # "Image caption, ..." on a line of its own
    signoffs: tuple[re.Pattern, ...]
    trailing_signoff: re.Pattern
    datelines: tuple[re.Pattern, ...]
    dateline_line: re.Pattern             # "BONN, Germany, Feb. 17, Kyodo" on a line of its own
    date_stamp: re.Pattern
    bylines: tuple[re.Pattern, ...]
    html_prune: re.Pattern
    months: dict[str, int]                # casefolded month name or abbreviation → 1..12
    english_words: frozenset[str]
    short_text_languages: tuple[str, ...]  # what a text of a few words may be said to be in
    date_line_words: frozenset[str]       # what may stand around a date on a date line
    caption_toggles: frozenset[str] = frozenset()    # 'Hide caption' under a slideshow's captions
    highlights_labels: frozenset[str] = frozenset()  # 'Story highlights' above summary points

    def is_navigation(self, line: str) -> bool:
        key = _phrase_key(line)
        return key in self.navigation or any(p.match(key) for p in self.navigation_patterns)

    def is_share(self, line: str) -> bool:
        key = _phrase_key(line)
        return key in self.share or any(p.match(key) for p in self.share_patterns)

    def is_tail_marker(self, line: str) -> bool:
        key = _phrase_key(line)
        return key in self.tail_markers or any(p.match(key) for p in self.tail_patterns)

    def is_menu_line(self, line: str) -> bool:
        """'Home News Sport Business Video Live': a menu on one line (mostly section names)."""
        words = re.findall(r"[^\W\d_]+", line.casefold())
        if len(words) < 4 or re.search(r"[.,;:!?\"“”]", line):
            return False
        return sum(w in self.section_words for w in words) >= 0.75 * len(words)

    def is_link_intro(self, line: str) -> bool:
        """'Related:', 'Read more:' alone on a line: the next line is a link to another story. Without
        its colon ('Also read', 'Keep reading') too, unless the label also ends an article ('Related stories')."""
        key = _phrase_key(line)
        return key in self.link_intros and (line.rstrip().endswith(":") or key not in self.tail_markers)

    def is_closing(self, line: str) -> bool:
        """Furniture that may close a page ('A version of this article appears in print...')."""
        key = _phrase_key(line)
        return any(p.match(key) for p in self.closing_patterns)

    def is_caption_toggle(self, line: str) -> bool:
        return _phrase_key(line) in self.caption_toggles

    def is_highlights_label(self, line: str) -> bool:
        return _phrase_key(line) in self.highlights_labels

    def is_media(self, line: str) -> bool:
        key = _phrase_key(line)
        return any(p.match(key) for p in self.media_patterns)

    def agency(self, name: str) -> str | None:
        """The agency a sign-off or dateline names ('Associated Press' → 'AP'), or None."""
        return self.agencies.get(re.sub(r"\s+", " ", name).strip(" .,;:()-–—").casefold())


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary of ``data/boilerplate.yaml`` (read and compiled once per process)."""
    raw = yaml.safe_load(resources.files("communique").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    agencies: dict[str, str] = {}
    for name, aliases in raw["wire_agencies"].items():
        for spelling in [name, *(aliases or [])]:
            agencies[str(spelling).casefold()] = str(name)
    labels = "|".join(re.escape(w) for w in raw["credit_labels"])
    months = {str(w).casefold(): int(n) for n, words in raw["months"].items() for w in words}
    return Vocabulary(
        agencies=agencies,
        navigation=frozenset(w.casefold() for w in raw["navigation_lines"]),
        navigation_patterns=tuple(_compile_all(raw["navigation_patterns"])),
        share=frozenset(w.casefold() for w in raw["share_lines"]),
        share_patterns=tuple(_compile_all(raw["share_patterns"])),
        tail_markers=frozenset(w.casefold() for w in raw["tail_markers"]),
        tail_patterns=tuple(_compile_all(raw["tail_patterns"])),
        kicker_words=frozenset(str(w).casefold() for w in raw["kicker_words"]),
        closing_patterns=tuple(_compile_all(raw["closing_patterns"])),
        section_words=frozenset(str(w).casefold() for w in raw["section_words"]),
        link_intros=frozenset(str(w).casefold() for w in raw["link_intros"]),
        copyright=re.compile(raw["copyright_pattern"], re.IGNORECASE),
        media_patterns=tuple(_compile_all(raw["media_patterns"])),
        credit_line=re.compile(rf"^\(?(?P<label>{labels})(?:\s+(?:credit|source)\s*[:,]|\s*copyright\s*[:,]?|\s*:|\s+by\s+|\s+courtesy(?:\s+of)?\s+|\.{{2,}}|…)\s*(?P<credit>.{{2,160}}?)\)?$",
                               re.IGNORECASE),
        # the label may be glued to the caption ('... "the harbour"Image: picture-alliance/XY/J. Roe'),
        # and the credit may hold initials ('H. Baban')
        credit_suffix=re.compile(rf"^(?P<caption>.*?\S)(?:\s+|(?<=[\"”’'a-z]))\(?(?P<label>(?:(?:photo|image|picture)\s+)?(?:{labels}))(?:\s*:|\s+by|\s+courtesy(?:\s+of)?)\s*"
                                 rf"(?P<credit>(?:[^.:]|\.(?=\s?[A-Z]))[^.:]{{1,100}}?(?:\.\s?[A-Z][^.:]{{1,40}})?)\)?\.?$",
                                 re.IGNORECASE),
        photo_source=re.compile(raw["photo_source_pattern"], re.IGNORECASE),
        caption_hint=re.compile(raw["caption_hints_pattern"], re.IGNORECASE),
        caption_line=re.compile(raw["caption_label_pattern"], re.IGNORECASE),
        signoffs=tuple(_compile_all(raw["signoff_patterns"])),
        trailing_signoff=re.compile(raw["trailing_signoff_pattern"]),
        datelines=tuple(_compile_all(raw["dateline_patterns"], 0)),
        dateline_line=re.compile(raw["dateline_line_pattern"]),
        date_stamp=re.compile(raw["date_stamp_pattern"], re.IGNORECASE),
        bylines=tuple(_compile_all(raw["byline_patterns"], 0)),
        html_prune=re.compile(raw["html_prune_pattern"], re.IGNORECASE),
        months=months,
        english_words=frozenset(raw["english_function_words"]),
        short_text_languages=tuple(raw["short_text_languages"]),
        date_line_words=frozenset(str(w).casefold() for w in raw["date_line_words"]),
        caption_toggles=frozenset(str(w).casefold() for w in raw.get("caption_toggles", [])),
        highlights_labels=frozenset(str(w).casefold() for w in raw.get("highlights_labels", [])),
    )
