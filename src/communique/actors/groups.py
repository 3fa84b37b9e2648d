"""Plural references to actors met before: "the two countries", "both sides", "the leaders".

:func:`find_group_refs` finds them in a doc; the recognizer resolves each to member actors
(:func:`members_from_list` for "the six member countries ... are China, Russia, ...", else the
most recent distinct states or leaders before it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .kb import KnowledgeBase
from .matchers import plural

COUNTRY_KIND, LEADER_KIND = "country", "leader"
ALWAYS_GROUPS = {("both", "side"), ("both", "country"), ("the", "leader")}


@dataclass
class GroupRef:
    start: int            # first token ("the", "both", the number)
    end: int              # one past the head noun
    count: int | None     # how many members the text says, if it does
    kind: str             # COUNTRY_KIND or LEADER_KIND


def _plural_heads(kb: KnowledgeBase) -> dict[tuple[str, ...], tuple[str, str]]:
    """Plural head phrases as token tuples → (singular head, member kind)."""
    out = {}
    for word, kind in kb.group_heads.items():
        out[tuple(plural(word).split())] = (word, kind)
    return out


class GroupFinder:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.heads = _plural_heads(kb)
        words = sorted((" ".join(k) for k in self.heads), key=len, reverse=True)
        self.pattern = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b",
                                  re.I)

    def find(self, doc, text: str | None = None) -> list[GroupRef]:
        """Group references in the doc (whose text is ``text``), in text order."""
        text = doc.text if text is None else text
        refs: list[GroupRef] = []
        for m in self.pattern.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            singular, kind = self.heads[tuple(t.lower_ for t in span)]
            ref = self._with_count(doc, span.start, span.end, singular, kind)
            if ref is not None:
                refs.append(ref)
        return refs

    def _with_count(self, doc, start: int, end: int, singular: str, kind: str) -> GroupRef | None:
        """The count and determiner before a head ("the two", "both"); None when it is no group reference."""
        k = start - 1
        count = None
        first = start
        if k >= 0 and doc[k].lower_ in self.kb.group_counts:
            count = self.kb.group_counts[doc[k].lower_]
            first = k
            k -= 1
        det = doc[k].lower_ if k >= 0 else ""
        if det in ("the", "both", "all", "these", "those"):
            first = k
        if det == "both" or doc[first].lower_ == "both":
            count = 2
        head_word = singular.split()[-1]
        if count is None and (doc[first].lower_, head_word) not in ALWAYS_GROUPS:
            return None
        # "the two countries' leaders": the possessive makes it a modifier of something else
        if end < len(doc) and doc[end].text in ("'", "'s", "’"):
            return None
        return GroupRef(first, end, count, kind)


def members_from_list(doc, ref: GroupRef, country_at) -> list[str]:
    """Members listed after a copula: "The six member countries ... are China, Russia and Kazakhstan".

    ``country_at(token_index)`` gives the ISO3 of a state named at that token, or None.
    """
    head = doc[ref.end - 1]
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in ("be", "include", "comprise"):
        return []
    out: list[str] = []
    for child in verb.children:
        if child.dep_ in ("attr", "dobj", "acomp"):
            for tok in child.subtree:
                iso = country_at(tok.i)
                if iso and iso not in out:
                    out.append(iso)
    return out
