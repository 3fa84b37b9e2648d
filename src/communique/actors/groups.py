"""Plural references to actors met before: "the two countries", "both sides", "the leaders".

:func:`find_group_refs` finds them in a doc; the recognizer resolves each to member actors
(:func:`members_from_list` for "the six member countries ... are China, Russia, ...", else the
most recent distinct states or leaders before it): :class:`GroupResolver`, a mixin of the recognizer.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .kb import KnowledgeBase, role_matches
from .matchers import COUNTRY, DEMONYM, IGO, plural

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


NOT_A_SIDE_SECTORS = {"MED", "BUS", "NGO", "EDU"}   # organizations that are never one of "the two countries"
ARMED_GROUP_SECTORS = {"REB", "IMG"}   # organizations that are a side of their own against their state


class GroupResolver:
    """Resolving plural references to their member actors, for the recognizer of one document
    (a mixin: it reads the recognizer's index, timeline, hits and knowledge base)."""

    def _group(self, g: GroupRef) -> None:
        members = self._group_members(g)
        if len(members) < 2:
            return
        key = ("group", frozenset(members))
        names = [self.index.get(m).name for m in members]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        actors = [self.index.get(m) for m in members]
        countries = {a.country for a in actors}
        sectors = {a.sector for a in actors}
        actor = self._actor(key, name=name, kind="group", members=list(members),
                            country=countries.pop() if len(countries) == 1 else None,
                            sector=sectors.pop() if len(sectors) == 1 else None)
        self.group_kind.setdefault(actor.id, g.kind)
        text = self.doc[g.start:g.end].text
        if text not in actor.aliases:
            actor.aliases.append(text)
        self._mention(actor, g.start, g.end)

    def _group_members(self, g: GroupRef) -> list[str]:
        doc = self.doc

        def country_at(i: int) -> str | None:
            h = self.hit_at.get(i)
            return h.best.key if h is not None and h.best.kind == COUNTRY and h.start == i else None

        listed = members_from_list(doc, g, country_at)
        if len(listed) >= 2:
            return [self.country_actor(iso).id for iso in listed]
        if g.count is None and g.end < len(doc) and doc[g.end].lower_ == "of" and g.kind != COUNTRY_KIND:
            # "the leaders of X and Y" are those states' leaders; "the leaders of the junta" others than those met before
            named = [iso for tok in doc[g.end].subtree if (iso := country_at(tok.i))]
            return [self.country_actor(iso).id for iso in dict.fromkeys(named)]
        igo = self._igo_after(g.end)
        if igo is not None and g.kind == COUNTRY_KIND:
            isos = igo.members_on(self.year)
            if isos and (g.count is None or g.count == len(isos)):
                return [self.country_actor(iso).id for iso in isos]
        want = g.count or 2
        floor = self._sentences_back(g.start, 5)
        # an earlier plural reference of the same size is the same group ("both sides" after "the two countries")
        for start, aid, _ in reversed(self.timeline):
            if start < floor:
                break
            a = self.index.get(aid)
            if a.kind == "group" and len(a.members) == want and self.group_kind.get(aid) == g.kind:
                return list(a.members)
        found = self._recent_members(g, want)
        # "envoys from nine countries" after three states named: nine others, not those three
        return found if not g.count or len(found) == g.count else []

    def _sentences_back(self, i: int, n: int) -> int:
        """The first token of the sentence n sentences before the one holding token i."""
        k = bisect_right(self.sent_starts, i) - 1
        return self.sent_starts[max(0, k - n)]

    def _igo_after(self, end: int):
        doc = self.doc
        j = end
        if j < len(doc) and doc[j].lower_ == "of":
            j += 1 + (1 if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else 0)
            h = self.hit_start.get(j)
            if h is not None and h.best.kind == IGO:
                return self.kb.organizations[h.best.key]
        return None

    def _recent_members(self, g: GroupRef, want: int) -> list[str]:
        """The ``want`` most recent distinct states (or leaders) mentioned before the reference."""
        out: list[str] = []
        seen_countries: set[str] = set()
        # "the two sides", "the warring parties" may be a state and an armed group fighting it
        sides = self.doc[g.end - 1].lower_ in ("sides", "parties")
        for start, aid, _subject in reversed(self.timeline):
            if start >= g.start:
                continue
            a = self.index.get(aid)
            if g.kind == COUNTRY_KIND:
                # two organizations of a state the text never names are two sides ("the army and the RSF")
                side = aid if a.kind == "organization" and not self._state_named(a.country) else a.country
                if sides and a.kind == "organization" and a.sector in ARMED_GROUP_SECTORS:
                    side = aid   # "the government and the ELN ... the two sides": the group is a side of its own
                elif sides and a.kind == "country" and self._names_armed_group(start):
                    continue     # "Ruritanian armed group X": the state word only says where the group is from
                if a.kind == "group" or not a.country or a.sector == "IGO" or side in seen_countries:
                    continue
                if a.kind == "organization" and a.sector in NOT_A_SIDE_SECTORS:
                    continue   # a news agency or a company reporting is no side ("said on Twitter")
                if self._is_place_mention(start):
                    continue
                if a.kind == "person" and ("country", a.country) not in self.keys:
                    continue   # a leader stands for a state named in the text, never for himself
                seen_countries.add(side)
                # the state's own actor when the text names it, else the actor that stood for it ("Hamas")
                out.append(self.keys.get(("country", a.country), aid) if side == a.country else aid)
            else:
                if a.kind != "person" or aid in out:
                    continue
                if a.role and not any(role_matches(r, a.role.lower()) for r in self.kb.head_of_state_roles) \
                        and a.sector != "GOV":
                    continue
                out.append(aid)
            if len(out) == want:
                break
        if g.kind != COUNTRY_KIND and len(out) == want:
            # "Xi met the premier and the president … The leaders agreed": leaders of different states
            # when the text has them, not the last two of one host
            others = self._leaders_of_other_states(g, want)
            if others:
                return others
        return list(reversed(out))

    def _leaders_of_other_states(self, g: GroupRef, want: int) -> list[str]:
        """The ``want`` most recent leaders of distinct states within five sentences before the reference,
        or none when the text has too few."""
        out: list[str] = []
        states: set[str] = set()
        floor = self._sentences_back(g.start, 5)
        for start, aid, _subject in reversed(self.timeline):
            if start >= g.start:
                continue
            if start < floor:
                break
            a = self.index.get(aid)
            if a.kind != "person" or aid in out or not a.country or a.country in states:
                continue
            if a.role and not any(role_matches(r, a.role.lower()) for r in self.kb.head_of_state_roles) \
                    and a.sector != "GOV":
                continue
            out.append(aid)
            states.add(a.country)
            if len(out) == want:
                return list(reversed(out))
        return []

    def _names_armed_group(self, i: int) -> bool:
        """Whether the demonym at token i is followed within three words by an armed group's mention."""
        h = self.hit_at.get(i)
        if h is None or h.best.kind != DEMONYM:
            return False
        for t in self.doc[h.end:h.end + 4]:
            aid = self.index.actor_for_token(t)
            other = self.index.get(aid) if aid else None
            if other is not None and other.kind == "organization" and other.sector in ARMED_GROUP_SECTORS:
                return True
        return False

    def _state_named(self, iso3: str | None) -> bool:
        """Whether the text has named this state itself (its country actor has a mention)."""
        aid = self.keys.get(("country", iso3))
        return aid is not None and bool(self.index.get(aid).mentions)

    def _is_place_mention(self, i: int) -> bool:
        tok = self.doc[i]
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "to", "from", "into", "near", "across")
