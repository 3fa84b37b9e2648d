"""Quotation marks → quoted passages (character spans), curly or straight, across paragraphs.

A passage opened in one paragraph and not closed by its end continues when the next
paragraph opens with a quotation mark (the newspaper convention for quotes that run over
several paragraphs); otherwise it ends with its paragraph.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
# two apostrophes stand for a straight double quote in some wire and archive texts
_MARK = re.compile(r"''|[\"“”„«»]")
_PARAGRAPH = re.compile(r"[^\n]+")
_OPEN_CONTEXT = set(" \t([{—–-/:;")
_TRIM = " \t,;:—–-"
_SENTENCE_END = set(".,!?")
# the tokens a parse makes of quotation marks
QUOTE_TOKENS = ('"', "“", "”", "''", "„", "«", "»")


@dataclass(frozen=True)
class Passage:
    """Text inside quotation marks: ``start``/``end`` exclude the marks themselves;
    ``open_at``/``close_at`` are the offsets of the marks (``close_at`` None when unclosed)."""

    start: int
    end: int
    open_at: int
    close_at: int | None

    def words(self, text: str) -> int:
        return len(text[self.start:self.end].split())


def _is_opening(text: str, i: int, depth: int, width: int = 1) -> bool:
    """Whether the mark at ``text[i:i+width]`` opens a quotation (straight marks: by what is
    around them)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if ch == "“" and depth > 0 and before in _SENTENCE_END and (after.isspace() or after in _SENTENCE_END):
        return False  # a curly mark typed the wrong way round: '“It is over,“ she said'
    if ch == "”" and depth == 0 and (before.isspace() or unicodedata.category(before) == "Cf") and after.isalnum():
        return True   # and '”We will stay,” he said' at a paragraph's start
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    if before in _OPEN_CONTEXT or before == "\n":
        return not after.isspace() or depth == 0
    return False


def find_passages(text: str) -> list[Passage]:
    """All outermost quoted passages of ``text``, in order."""
    out: list[Passage] = []
    depth = 0
    open_at = start = -1
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    for n, (p_start, p_end) in enumerate(paragraphs):
        continuing = depth > 0
        for m in _MARK.finditer(text, p_start, p_end):
            i = m.start()
            if continuing and not text[p_start:i].strip():
                continuing = False  # the mark that re-opens a continued quote
                continue
            continuing = False
            if _is_opening(text, i, depth, m.end() - i):
                if depth == 0:
                    open_at, start = i, m.end()
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    out.append(_trimmed(text, Passage(start, i, open_at, i)))
        if depth > 0:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is None or not _opens_with_mark(text, nxt[0], nxt[1]):
                out.append(_trimmed(text, Passage(start, p_end, open_at, None)))
                depth = 0
    out += _single_quoted(text, paragraphs)
    out.sort(key=lambda p: p.start)
    return [p for p in out if p.end > p.start]


# ‘…’ as the outer marks (British style): the closing mark is also the apostrophe, so it closes only
# after sentence punctuation or before punctuation or the paragraph's end ("…very soon,’ said the
# president"), and only in paragraphs that have no double marks at all.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:—–-]))‘(?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?…])’|’(?=[.,;:!?)]|\s*$)")
_MIN_SINGLE_WORDS = 4   # shorter ones are scare quotes and titles ('hard Brexit')


def _single_quoted(text: str, paragraphs: list[tuple[int, int]]) -> list[Passage]:
    out: list[Passage] = []
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        if _MARK.search(para):
            continue
        pos = 0
        while True:
            m = _SINGLE_OPEN.search(para, pos)
            if m is None:
                break
            close = _SINGLE_CLOSE.search(para, m.end())
            if close is None:
                break
            passage = _trimmed(text, Passage(p_start + m.end(), p_start + close.start(), p_start + m.start(),
                                             p_start + close.start()))
            if passage.words(text) >= _MIN_SINGLE_WORDS:
                out.append(passage)
            pos = close.end()
    return out


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    stripped = text[start:end].lstrip()
    return bool(stripped) and (stripped[0] in OPENING + STRAIGHT or stripped.startswith("''"))


def _trimmed(text: str, p: Passage) -> Passage:
    s, e = p.start, p.end
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return Passage(s, e, p.open_at, p.close_at)
