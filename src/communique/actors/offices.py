"""Offices the text gives without a person's name ("the spokesman", "the UN Secretary General", "Ruritania's ambassador",
"EU foreign ministers"): who holds them. :class:`OfficeResolver`, a mixin of the recognizer's pass over one
document (:class:`.recognize._DocumentActors`), gives a role word without a person's name the person it is
said of ("X, who doubles as the chairman"), the person met before with that role, the office holder the
knowledge base knows for the article's date, or a new actor for the office; a plural role word is a
collective of office holders. After the pass, an office first given without a name joins the one person
the text names with it ("Ruritania's ambassador ... Ruritanian Ambassador Ada Bea"; "A Pentagon spokesman,
Major General X,").

It uses that class's index, knowledge base and mention bookkeeping (``_actor``, ``_mention``, ``sentence``,
``timeline``, ``keys``) and the title reading of :class:`.persons.PersonResolver` (``_title_facts``,
``_fill_person``).
"""
from __future__ import annotations

import re

from ..document import Actor
from .bodies import MODIFIER_DEPS
from .candidates import ROLE_ABBREVIATIONS
from .kb import Tenure, role_matches
from .matchers import IGO, ORG
from .titles import Phrase, Title

GENERIC_LEADER_ROLES = {"head of state", "head of government", "leader", "state leader"}
# one office under two names: "the Premier" / "the PM" after "Prime Minister X" (and "the prime minister" after "Premier X")
SAME_OFFICE = {"premier": "prime minister"}


def _role_words(role: str) -> list[str]:
    """A role's words with abbreviations and second names of an office written out ("PM" -> prime, minister)."""
    words = (ROLE_ABBREVIATIONS.get(w, w) for w in role.lower().split())
    return " ".join(SAME_OFFICE.get(w, w) for w in words).split()


FORMER_WORDS = {"former", "ex", "ex-", "then"}   # "former President X": no longer "the president"


def _only_former(actor) -> bool:
    """Whether every titled mention of a person says the office is behind them ("former President X")."""
    titled = [m.text.lower() for m in actor.mentions if " " in m.text and m.text.lower() != actor.name.lower()]
    return bool(titled) and all(t.startswith(("former ", "ex-", "ex ")) for t in titled)


DEPUTY_WORDS = {"vice", "deputy", "assistant", "under"}   # a title of the second in an office
RANK_WORDS = DEPUTY_WORDS | {"acting", "former", "vice-", "co"}
# the sectors whose office holders act as a body when named in the plural ("EU foreign ministers")
COLLECTIVE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "IMG", "IGO", "SPY"}


def _office_word(role: str) -> str:
    """The head word of a role, one word for the chair of a body ("Chairperson" → "chairman")."""
    word = role.lower().split()[-1]
    return "chairman" if word in ("chair", "chairperson", "chairwoman") else word


class OfficeResolver:
    """Role words without a name, and offices joined to the persons who hold them."""

    def _join_unnamed_office_holders(self) -> None:
        """An office holder the text first gives without a name ("Ruritania's ambassador was told to leave")
        is the one person of that state with that office it names ("Ruritanian Ambassador Ada Bea"): his
        mentions move to that person. Not when the text names two such persons, nor for an IGO's office."""
        unnamed = {aid for key, aid in self.keys.items() if key[0] == "anon"}
        for key, aid in list(self.keys.items()):
            if key[0] != "anon" or key[1] is None or key[2]:
                continue
            anon = self.index.get(aid)
            if not anon.mentions or not anon.role:
                continue
            said = anon.role.lower()
            holders = [a for a in self.index.actors if a.kind == "person" and a.id != aid and a.id not in unnamed
                       and a.mentions and a.role and role_matches(said, a.role.lower())]
            named = [a for a in holders if a.country == anon.country]
            if not named:   # "France's ambassador ... Ambassador Ada Bea", whose title names no state: his state is it
                named = [a for a in holders if a.id in self.guessed_state]
            if len(named) != 1:
                continue
            person = named[0]
            if person.id in self.guessed_state:
                person.country = anon.country
                self.guessed_state.discard(person.id)
            if any(self.index.get(other).kind == "person" and other != person.id for m in anon.mentions
                   if self.text[m.end:m.end + 1] == "," for s, _, other in self.index.mentions_in(m.end, m.end + 8)
                   if s >= m.end):
                continue   # "Ruritania's interim president, Col. X,": the office is X's, whom the title missed
            for m in anon.mentions:
                if not any(m.start == n.start and m.end == n.end for n in person.mentions):
                    person.mentions.append(m)
            person.mentions.sort(key=lambda m: m.start)
            anon.mentions = []
            for a in self.index.actors:
                a.members = [person.id if m == aid else m for m in a.members]

    def _join_offices_in_apposition(self) -> None:
        """An office given without a name and followed by a comma and a named person who has a title of his own
        ("A Pentagon spokesman, Major General X,", "Ruritania's junta chief, Senior General X") is his: its
        mentions move to him, and he takes its state when his was only guessed, and an IGO's office ("the
        bloc's special envoy, former Ruritanian minister X")."""
        for key, aid in list(self.keys.items()):
            anon = self.index.get(aid) if key[0] == "anon" else None
            if anon is None or len(anon.mentions) != 1 or not anon.role:
                continue
            m = anon.mentions[0]
            # (the office may say for what: "ASEAN's special envoy on Ruritania, X")
            tail = re.match(r"(?:\s(?:on|for|to|in)\s[^,.;:()\"]{1,40})?, ", self.text[m.end:m.end + 48])
            if tail is None:
                continue
            at = m.end + tail.end()
            person = next((self.index.get(other) for s, _, other in self.index.mentions_in(at, at + 1)
                           if s == at), None)
            if person is None or person.kind != "person" or person.id == aid or not person.role \
                    or any(k[0] == "anon" and v == person.id for k, v in self.keys.items()):
                continue
            if anon.sector == "IGO":
                person.country, person.sector, person.role = None, "IGO", anon.role
            elif person.id in self.guessed_state or person.country is None:
                person.country = anon.country
                person.sector = person.sector or anon.sector
                self.guessed_state.discard(person.id)
            person.mentions = sorted([*person.mentions, m], key=lambda x: x.start)
            anon.mentions = []
            for a in self.index.actors:
                a.members = [person.id if x == aid else x for x in a.members]

    def _role(self, p: Phrase, title: Title) -> None:
        """A role word without a name: a known person ("the spokesman"), an office holder, or a new actor."""
        doc = self.doc
        tok = doc[p.end - 1]
        if p.end < len(doc) and doc[p.end].text == "-":
            return
        facts = self._title_facts(title)
        country, igo, sector, role = facts.country, facts.igo, facts.sector, facts.role
        if role is None:
            return
        if p.plural:
            self._plural_role(p, title, country, igo, sector, role)
            return
        if tok.dep_ in MODIFIER_DEPS and tok.head.i >= p.end and not title.refs:
            return
        if tok.dep_ in ("amod", "compound") and tok.head.i >= p.end and tok.head.pos_ == "NOUN" and \
                tok.head.lemma_.lower() not in self.kb.role_sectors:
            return   # "Ruritania's civilian ships", "the Ruritanian militant/rebel group X": a modifier, no person
        if igo and self._office_before_another(p, title, role):
            return   # "BLOC president and President of X, NAME": both offices are NAME's
        if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() not in self.kb.role_sectors and
               any(g.dep_ == "amod" for g in c.children) for c in tok.children):
            return   # "Chilean civilian and military trucks": a role word as an adjective, no person
        if tok.is_title and p.end < len(doc) and doc[p.end].is_title and doc[p.end].lower_ in self.kb.org_words:
            return   # "the GOP Executive Committee", "Advisory Council": a word of a body's name, no person
        # "PM Lars Berg" with a name the parser did not read as a person: not the known holder nor one met before
        unread_name = p.end + 1 < len(doc) and doc[p.end].pos_ == doc[p.end + 1].pos_ == "PROPN" \
            and doc[p.end].is_title and doc[p.end + 1].is_title and p.end not in self.hit_at \
            and doc[p.end + 1].ent_type_ != "GPE" and not any(c.start <= p.end + 1 < c.end for c in self.persons)
        definite = title.start < p.start or (p.start > 0 and doc[p.start - 1].lower_ in ("the", "his", "her", "its", "their"))
        ranks = {doc[i].lower_ for i in range(title.start, title.end)} & DEPUTY_WORDS
        actor = None if unread_name else self._predicated_person(tok, title)
        if actor is not None:   # "X, who doubles as the chairman of BLOC": his second office
            self._note_igo_office(actor, title, role)
            if not igo and actor.country is None and actor.sector is None:   # "X was sworn in as Ruritania's leader"
                self._fill_person(actor, None, country, False, sector, role)
        elif igo and not unread_name and not ranks:
            actor = self._igo_office_of(title, role)   # "the BLOC chairman" after that
        if actor is None and not unread_name:
            former = any(doc[i].lower_ in FORMER_WORDS for i in range(max(title.start - 1, 0), title.end))
            actor = self._recent_person_with_role(role, country, ranks, former)
            if actor is not None and igo and actor.sector != "IGO":
                actor = None   # "the BLOC president" is not the state president named before
        if actor is None and facts.place:
            return   # "the New York businessman" is someone met before or no one we know
        if actor is None and (country or igo or definite):
            holder = self._office_holder(country or (None if igo else self.main_country), role) \
                if (definite or country) and not unread_name else None
            if holder is None and igo and not unread_name:
                holder = self._igo_office_holder(title, role)   # "the UN Secretary General": Guterres in 2020
            if holder is not None:
                actor = self._actor(("person", holder.name), name=holder.name, kind="person")
                self._fill_person(actor, holder, country, igo, sector, role)
            elif country or igo:
                owner = facts.org.name if facts.org is not None else (
                    self.kb.countries[country].name if country in self.kb.countries else
                    next((r.best.key for r in title.refs if r.best.kind == IGO), None))
                name = f"{role[:1].upper()}{role[1:]} of {owner}" if owner else role
                actor = self._actor(("anon", country, igo, role.lower()), name=name, kind="person",
                                    country=None if igo else country, sector=sector, role=role)
        if actor is not None:
            self._mention(actor, title.start, title.end, head=p.end - 1)

    def _predicated_person(self, tok, title: Title) -> Actor | None:
        """The person a definite singular role word is said of: "X, who doubles as the chairman of BLOC",
        "X, who is also the chairman", "X as Chairman of BLOC", "named Kolar as the envoy" (the object
        of a verb that has one, else its subject); not "a leader" (one of many)."""
        doc = self.doc
        if title.start > 0 and doc[title.start - 1].lower_ in ("a", "an") or doc[title.start].lower_ in ("a", "an"):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            holder = tok.head.head
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            holder = tok.head
        else:
            return None
        if holder.pos_ in ("VERB", "AUX"):
            verb = holder
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            holder = (objects or subjects or [None])[0]
            if holder is not None and holder.lower_ in ("who", "that") and verb.dep_ == "relcl":
                holder = verb.head
        if holder is None or holder.i >= title.start:
            return None
        for _, _, aid in self.index.mentions_in(holder.idx, holder.idx + len(holder.text)):
            actor = self.index.get(aid)
            if actor is not None and actor.kind == "person":
                return actor
        return None

    def _office_before_another(self, p: Phrase, title: Title, role: str) -> bool:
        """Whether an IGO office is joined by "and" to the title of a person named right after ("the BLOC
        president and President of X, NAME,"): it is remembered as his, for when he is read."""
        doc = self.doc
        if p.end >= len(doc) or doc[p.end].lower_ != "and":
            return False
        end = self.sentence(p.start)[1]
        for c in self.persons:
            if p.end + 1 < c.start <= min(p.end + 8, end - 1):
                if any(doc[i].pos_ in ("VERB", "AUX") for i in range(p.end + 1, c.start)):
                    return False
                self.shared_igo_office[c.start] = (title, role, title.start, p.end)
                return True
        return False

    def _note_igo_office(self, actor: Actor, title: Title, role: str) -> None:
        """Remembers an IGO's office held by a person who acts for his state ("the chairman of X")."""
        igo = next((r.best.key for r in title.refs if r.best.kind in (IGO, ORG)), None)
        if igo is not None and actor.sector != "IGO":
            self.igo_offices.setdefault(actor.id, set()).add((igo, _office_word(role)))

    def _igo_office_of(self, title: Title, role: str) -> Actor | None:
        """The person met before who holds this IGO's office besides his own ("the BLOC chairman")."""
        igo = next((r.best.key for r in title.refs if r.best.kind in (IGO, ORG)), None)
        want = (igo, _office_word(role))
        for aid, offices in self.igo_offices.items():
            if want in offices:
                return self.index.get(aid)
        return None

    def _plural_role(self, p: Phrase, title: Title, country, igo, sector, role) -> None:
        """"EU foreign ministers", "Afghan rebel leaders": a collective of office holders."""
        head = role.split()[-1].lower()
        actor = None
        if not (country or igo):   # "the foreign ministers": the same collective named before
            if self._others_than_before(self.doc[p.end - 1]):
                return
            collectives = [a for a in reversed(self.index.actors) if a.kind == "group" and not a.members and a.role]
            actor = next((a for a in collectives if a.role.lower() == role.lower()), None) or next(
                (a for a in collectives if a.role.split()[-1].lower() == head), None)
            if actor is None:
                return
        elif sector in COLLECTIVE_SECTORS:
            owner = next((r.best.key for r in title.refs if r.best.kind == IGO), None)
            label = owner or (self.kb.countries[country].adjective if country in self.kb.countries else "")
            actor = self._actor(("collective", country, igo, role.lower()), name=f"{label} {role}".strip(),
                                kind="group", country=None if igo else country, sector=sector, role=role)
        else:
            return
        self._mention(actor, title.start, title.end, head=p.end - 1)

    def _others_than_before(self, tok) -> bool:
        """Whether a plural role word without a state names its own holders: "their diplomats", "the
        country's envoys", "diplomats from ten states" (not "member states' ministers", "envoys from Peru")."""
        doc = self.doc
        if any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ == "NN" and any(d.lower_ == "the" for d in c.children))
               for c in tok.children):
            return True
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("from", "of"):
            return any(t.tag_ == "NNS" for t in doc[tok.i + 2:tok.i + 5])
        return False

    def _recent_person_with_role(self, role: str, country: str | None, ranks: set[str] = frozenset(),
                                 former: bool = False) -> Actor | None:
        """The last person mentioned whose role this role word can name ("the spokesman", "the minister");
        a deputy's title ("Deputy Commissioner") names no one whose role lacks that rank; "the
        president" names no one met only as a "former president", "the former president" only such a one."""
        said = _role_words(role)
        first = None
        for start, aid, subject in reversed(self.timeline):
            a = self.index.get(aid)
            if a.kind != "person" or not a.role or (country is not None and a.country != country):
                continue
            if former != _only_former(a):
                continue
            has = _role_words(a.role)
            if ranks - set(has):
                continue
            # "president" is not a "vice president"; "spokesman" is a "Foreign Ministry spokesman";
            # "the head of state", "the Swiss leader": a president, king or prime minister named before
            if not (has[-1] == said[-1] and set(said) <= set(has) and not (set(has) - set(said)) & RANK_WORDS) and \
                    not (" ".join(said) in GENERIC_LEADER_ROLES and a.sector == "GOV" and not set(has) & RANK_WORDS
                         and any(role_matches(r, a.role.lower()) for r in self.kb.head_of_state_roles)):
                continue
            if first is None:
                if not self._possessive_at(start):
                    return a
                first = (a, start)   # "... to target X's inner circle": the sentence's subject may be meant
            elif a is not first[0] and subject and not self._possessive_at(start) \
                    and self.doc[start].sent.start == self.doc[first[1]].sent.start:
                return a
        return first[0] if first is not None else None

    def _possessive_at(self, start: int) -> bool:
        """Whether the name starting at token ``start`` is a possessive ("President X's aides")."""
        for tok in self.doc[start: start + 6]:
            if tok.tag_ == "POS":
                return True
            if tok.pos_ != "PROPN":
                return False
        return False

    def _igo_office_holder(self, title: Title, role: str) -> Tenure | None:
        """Who held this office of the IGO the title names on the article's date: the base writes the
        office with the IGO's short name ("UN Secretary-General", "NATO Secretary General")."""
        keys = [r.best.key for r in title.refs if r.best.kind == IGO and r.best.key in self.kb.organizations]
        if len(keys) != 1:
            return None
        org = self.kb.organizations[keys[0]]
        owners = {n.lower().replace("-", " ") for n in (org.name, *org.abbr)}
        said = role.lower().replace("-", " ")
        generic = said in GENERIC_LEADER_ROLES or said in ("chief", "head")   # "the NATO chief": its head
        found = []
        for t in self.kb.tenures:
            office = t.role.lower().replace("-", " ")
            if t.country is None and t.held_on(self.date) and any(
                    office == f"{o} {said}" or (generic and office.startswith(f"{o} ")) for o in owners):
                found.append(t)
        return found[0] if len({t.name for t in found}) == 1 else None

    def _office_holder(self, country: str | None, role: str) -> Tenure | None:
        if country is None:
            return None
        holders = self.kb.holders(country, role, self.date)
        return holders[0] if len({h.name for h in holders}) == 1 else None
