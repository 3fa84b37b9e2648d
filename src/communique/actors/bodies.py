"""National bodies named by a common noun ("troops", "the ministry", "protesters", "the junta"): whose
they are. :class:`BodyReader`, a mixin of the recognizer's pass over one document, gives each body word
its state or organization: the one its title names, a region's ("Tigray forces"), the place its people
are in ("residents of X"), the state that sends them ("X sent troops"), none when two parties own them
("troops of both sides"), the one named just before ("X's army ... the military"), else the article's.
"""
from __future__ import annotations

from .coref import resolve_pronoun
from .matchers import COUNTRY, DEMONYM, IGO, SEAT
from .peoples import PLACE_PREPS, home_state
from .titles import Phrase, Title

# words of the names of a state's own forces ("Royal Thai Army", "Afghan National Army")
STATE_FORCE_WORDS = {"royal", "national", "federal", "imperial", "armed", "defence", "defense", "people's"}
# dependencies of a word modifying the noun after it ("government buildings")
MODIFIER_DEPS = ("compound", "amod", "nmod")
# the sectors of bodies that belong to one state (an unnamed state is the article's)
NATIONAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY"}
# adjectives that say a body is not of the article's state
FOREIGN_WORDS = {"foreign", "international", "western", "overseas", "outside", "external"}
# verbs whose subject moves its own forces: "Ruritania sent troops", "Both countries have deployed soldiers"
DEPLOY_VERBS = {"deploy", "redeploy", "send", "dispatch", "mass", "amass", "station", "withdraw", "pull", "mobilize",
                "mobilise", "move", "lose", "have", "keep"}   # (and those it has or lost: "X lost two soldiers")
# bodies of people who belong where they are: "residents of X", "rebels in X", "police in X" (police
# keep order at home; not troops, sent abroad)
PLACED_SECTORS = {"CVL", "REB", "OPP", "LAB", "COP"}
# and the officials of a government where they sit ("officials in Kabul"; not an embassy or a delegation, sent abroad)
PLACED_OFFICIALS = {"officials", "authorities"}
# national bodies whose definite bare mention ("the military") is the one named with its state just before
DEFINITE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
# bodies that belong to no state unless the text names one ("rights groups said"; "Kenyan rights groups")
STATELESS_SECTORS = {"NGO"}
# the people a government sends or keeps: a definite one is the same word named before, not any body of its kind
PERSONNEL_WORDS = {"officials", "authorities", "delegation", "embassy", "consulate"}


class BodyReader:
    """Mixin of the recognizer's per-document pass (it brings doc, kb, hits, index and the owned-body lists)."""

    def _body(self, p: Phrase, title: Title) -> None:
        doc = self.doc
        tok = doc[p.end - 1]
        has_ref = bool(title.refs)
        if not has_ref and tok.dep_ in MODIFIER_DEPS and tok.head.i >= p.end:
            return  # "government buildings", "police custody" without a state: not an actor here
        if tok.dep_ in MODIFIER_DEPS and tok.head.i >= p.end and (head := self._phrase_covering(tok.head.i)) is not None \
                and head.kind == p.kind:
            return  # "Niger's military government": one body, the government the military runs
        if tok.pos_ in ("VERB", "AUX"):
            return  # "to press for access", "police the border": the word as a verb
        if tok.lower_ == "media" and p.start > 0 and doc[p.start - 1].lower_ == "social":
            return  # "posted on social media": where one speaks, no press
        body = next(b for b in self.kb.bodies if b.name == p.value)
        if body.sector == "MIL" and doc[p.start].is_title and doc[p.start].ent_type_ == "ORG" \
                and doc[p.start].ent_iob_ == "I" and self._armed_group_name(p, title):
            return  # "the Ruritania Liberation Army": a named armed group, no state's army
        if body.sector == "OPP" and tok.lower_ == "opposition" and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            return  # "Egypt's opposition to the plan": a state opposing something, no opposition party
        facts = self._title_facts(Title(title.start, title.end, refs=title.refs, possessor=title.possessor))
        country, igo = facts.country, facts.igo
        if facts.org is not None and facts.org.sector in ("REB", "IMG") and body.sector in ("MIL", "REB") and not igo:
            self._mention(self.org_actor(facts.org.name), title.start, title.end, head=p.end - 1)
            return  # "rebel-group forces", "M23 rebels": the group's own fighters, not the state's army
        sector = "IGO" if igo else body.sector
        start = min(title.start, self._adjectives_start(p))
        # "foreign media", "Islamic State militants": not the article's state's
        unowned = facts.org is not None or any(t.lower_ in FOREIGN_WORDS for t in self.doc[start:p.start])
        # "Kurdish militants": a people without a state of its own says where the body belongs
        people = next((self.peoples.stateless[t.text] for t in self.doc[start:p.start]
                       if t.text in self.peoples.stateless), None)
        if not igo and country is None and people is not None:
            country, unowned = home_state(people, None, False, self.main_country), True
        region = self._region_before(start, p.start) if not igo and country is None and not unowned else None
        if region is not None:   # "Tigray forces", "Donbas separatists": the region's, not the state's army
            country, unowned = region, True
            sector = "REB" if sector == "MIL" else sector
        # a body of many kinds is named by its own words ("Finance Ministry" is not the "Trade Ministry")
        label = self.doc[p.start:p.end].text.title() if body.named_by_words else body.name
        if region is not None:
            label = self.doc[start:p.end].text   # named as written, apart from the state's own body of that kind
        ministry = "ministry" in label.lower()   # troops, police, officials: the article's state's as before
        if not igo and country is None and not unowned and (body.sector in PLACED_SECTORS or tok.lower_ in PLACED_OFFICIALS):
            # "the residents of Gaza", "protesters in Tbilisi", "officials in Gaza": the state of the place they are of or in
            # (a city or capital only when the text names its state too: "militias in Tripoli" in a Lebanese story)
            named = {h.best.key for h in self.hits if h.best.kind in (COUNTRY, DEMONYM)}
            # (police keep order where they are: "police in Hong Kong" are its police though no state is named)
            country = next((self._state_in(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                            and (self._state_in(c) in named or body.sector == "COP" and self._state_in(c))), None)
            if country is not None and tok.lower_ in PLACED_OFFICIALS:
                self.bodies_of_states.append((label, country))   # "the officials" later are these
        whole_igo = self._igo_of_whole(tok) if not igo and country is None and not unowned \
            and body.sector in ("MIL", "COP") else None
        if whole_igo is not None:
            igo, sector = True, "IGO"   # "a UN force of 900 troops": the troops of the UN force
        if not igo and not has_ref and not unowned and body.sector in NATIONAL_SECTORS:
            owner = self._deploying_owner(tok)
            if owner == "":   # "troops of the two countries", "both sides deployed soldiers": no one state's
                country, unowned = None, True
            elif owner is not None and country is None and owner not in self.kb.countries:
                igo, sector, whole_igo = True, "IGO", owner   # "the bloc sent troops": the bloc's force
            elif owner is not None and country is None:
                country = owner   # "Ruritania later sent in troops": its own
        if not igo and country is None and not unowned:
            country = self._pronoun_owner_state(tok)   # "his government": the state of the person he is
        if not igo and country is None and not unowned:
            again = tok.lower_ in PLACED_OFFICIALS and p.start > 0 and doc[p.start - 1].lower_ == "the"
            named = self._body_named_before(label) if ministry or again else None   # "the Azerbaijani Foreign Ministry ... the ministry"
            if named is not None:
                label, country = named
            elif (owned := self._junta_named_before(tok)) is not None:
                country = owned   # "Ruritania's junta ... [other states] ... the junta": one junta in a story
            elif (owned := self._definite_body_owner(self._body_key(label, tok), start, body.sector)) is not None:
                country = owned   # "Ruritania's army ... the military": the one just named with its state
                self.body_states[tok.i] = owned
                self.owned_bodies.append((self._body_key(label, tok), owned, tok.i))   # "... the junta" later too
            elif body.named_by_words and body.kind == "group" and (named := self._body_named_before(label)) is not None:
                label, country = named   # "Ruritanian refugees ... the refugees": the ones named with their state
            elif body.sector == "CVL" and (town := self._town_state_in_sentence(tok.i)) is not None:
                country = town   # "shelling forced civilians to flee Townsville": the people of the town's state
            elif body.sector in PLACED_SECTORS and self.scene_country:
                country = self.scene_country   # "Police said" in a story of arrests in Hong Kong told by Washington
            elif body.sector not in STATELESS_SECTORS:
                country = self.main_country
        elif (ministry or body.named_by_words and body.kind == "group") and not igo and country is not None \
                and facts.country is not None:
            self.bodies_of_states.append((label, country))
        if not igo and country is not None and facts.country is not None and body.sector in DEFINITE_SECTORS:
            self.owned_bodies.append((self._body_key(label, tok), country, tok.i))
            self.body_states[tok.i] = country
        if igo:
            owner = next((self.kb.organizations[r.best.key].name for r in title.refs if r.best.kind == IGO),
                         whole_igo or "")
            name = f"{owner} {label}".strip()
        elif region is not None:
            name = label
        elif country:
            name = f"{self.kb.countries[country].adjective} {label}" if country in self.kb.countries \
                else f"{country} {label}"
        else:
            name = label
        actor = self._actor(("body", country, name if igo else False, label.lower()), name=name, kind=body.kind,
                            country=country, sector=sector)   # (the forces of two IGOs are two bodies)
        written = self.doc[start:p.end].text       # "riot police", "Chinese troops": the words used, as an alias
        if written.lower() != name.lower() and written not in actor.aliases:
            actor.aliases.append(written)
        self._mention(actor, start, title.end, head=p.end - 1)

    def _region_before(self, start: int, end: int) -> str | None:
        """The state of a region the gazetteer of features knows, named by the capitalised words right before
        a body word ("Tigray forces", "West Bank police")."""
        from ..events.places import geo_features
        words = [t for t in self.doc[start:end] if t.is_title and t.pos_ == "PROPN"]
        for k in range(len(words)):
            name = " ".join(t.text for t in words[k:])
            if words[-1].i == end - 1 and (feature := geo_features().get(name.lower())) is not None:
                return feature.get("country")
        return None

    def _several(self, tok) -> bool:
        """Whether a noun names two or more parties: a plural reference ("the two countries", "both
        sides", "the two Koreas") or states joined by "and" ("India and China")."""
        if tok.i in self.group_heads or (tok.tag_ in ("NNS", "NNPS") and any(
                c.lower_ in self.kb.group_counts for c in tok.children if c.dep_ in ("det", "nummod", "predet"))):
            return True
        hit = self.hit_at.get(tok.i)
        return hit is not None and hit.best.kind == COUNTRY and any(
            c.dep_ == "conj" and (h := self.hit_at.get(c.i)) is not None and h.best.kind == COUNTRY
            for c in tok.children)

    def _deploying_owner(self, tok) -> str | None:
        """The owner the text gives a bare body word: "" when it is two or more parties ("troops of both
        sides", "officials from the two Koreas", "their troops" after "the two countries" or "India and
        China" in the sentence, "Both countries have deployed soldiers"); the state that moves them
        ("Ruritania later sent in troops"); else None."""
        doc = self.doc
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                if any(o.dep_ == "pobj" and self._several(o) for o in c.children):
                    return ""
            if c.dep_ == "poss" and c.lower_ == "their":
                start = self.sentence(tok.i)[0]
                if any(self._several(t) for t in doc[start:c.i]):
                    return ""
        obj = tok
        if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj":
            obj = obj.head.head   # "thousands of soldiers"
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in DEPLOY_VERBS:
            return None
        for _ in range(6):   # "Ruritania launched a campaign aimed at halting raids and later sent in troops"
            if any(c.dep_ == "nsubj" for c in verb.children) or verb.head is verb \
                    or verb.dep_ == "pcomp" and verb.head.lower_ == "of":
                break
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
            # "accused Ruritania of sending troops": the one accused sends them
            accused = verb.head.head
            subject = accused if accused.pos_ in ("PROPN", "NOUN") else next(
                (c for c in accused.children if c.dep_ == "dobj"), None)
        if subject is None:
            return None
        if self._several(subject):
            return ""
        hit = self.hit_at.get(subject.i)
        if hit is not None and hit.best.kind in (COUNTRY, SEAT) and hit.best.key in self.kb.countries:
            return hit.best.key
        if hit is not None and hit.best.kind == IGO:
            return hit.best.key   # "the bloc agreed to deploy troops": the bloc's (an IGO's name, no state)
        return self.body_states.get(subject.i)   # "Ruritania's junta sent senior officials": the junta's state

    def _town_state_in_sentence(self, i: int) -> str | None:
        """The state of the one town (not a capital standing for its government) the sentence of token i names,
        when that state is named in the story too; None when there is no such town or its towns lie in two states."""
        start, end = self.sentence(i)
        states = {self.kb.cities[t.text] for t in self.doc[start:end] if t.pos_ == "PROPN" and t.is_title
                  and t.ent_type_ not in ("PERSON", "NORP") and t.i not in self.hit_at and self.kb.cities.get(t.text)}
        return next(iter(states)) if len(states) == 1 and states <= self.states_named else None

    def _igo_of_whole(self, tok) -> str | None:
        """The IGO named before the noun a body word is "of" ("a reduced UN force of about 900 troops"), or after
        "of/from" on the body word ("troops from the Southern African Development Community")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for o in c.children:
                    h = self.hit_at.get(o.i) if o.dep_ == "pobj" else None
                    if h is not None and h.best.kind == IGO and h.best.key in self.kb.organizations:
                        return self.kb.organizations[h.best.key].name
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        whole = prep.head
        for c in whole.children:
            h = self.hit_at.get(c.i) if c.i < whole.i else None
            if h is not None and h.best.kind == IGO and h.best.key in self.kb.organizations:
                return self.kb.organizations[h.best.key].name
        return None

    def _pronoun_owner_state(self, tok) -> str | None:
        """"critics of his government", "her ministry": the state of the person the pronoun stands for."""
        pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if pronoun is None:
            return self._the_country_owner_state(tok)
        owner = resolve_pronoun(self.doc, pronoun, self.index) if pronoun is not None else None
        actor = self.index.get(owner) if owner else None
        return actor.country if actor is not None and actor.sector != "IGO" else None

    def _the_country_owner_state(self, tok) -> str | None:
        """"the country's Supreme Court", "the nation's army": the state named last before it in its sentence, else
        in the one before, as (part of) a subject if one is, else any."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("country", "nation")), None)
        if poss is None or poss.i == 0 or self.doc[poss.i - 1].lower_ != "the":
            return None
        here = self._sentences_back(poss.i, 0)
        for floor, end in ((here, poss.i), (self._sentences_back(poss.i, 1), here)):
            named = [h for h in self.hits if floor <= h.start and h.end <= end and h.best.kind in (COUNTRY, DEMONYM)
                     and h.best.key in self.kb.countries]
            subjects = [h for h in named if self._in_subject(self.doc[h.end - 1])]
            if named:   # a subject first ("X urges Y ... the country's")
                return (subjects or named)[-1].best.key
        return None

    @staticmethod
    def _in_subject(tok) -> bool:
        """Whether a word is a clause subject or modifies one, directly or through one more word ("Ruritanian
        President X said")."""
        subj = ("nsubj", "nsubjpass")
        for _ in range(3):
            if tok.dep_ in subj:
                return True
            if tok.dep_ not in ("poss", "compound", "amod") or tok.head is tok:
                return False
            tok = tok.head
        return False

    @staticmethod
    def _body_key(label: str, tok) -> str:
        """What a definite bare body must share with one named before to be it: the body's kind ("the military"
        after "Ruritania's junta"), but the word itself for the people a government sends or keeps ("the
        delegation" is no "U.S. officials")."""
        return tok.lower_ if tok.lower_ in PERSONNEL_WORDS else label.lower()

    def _definite_body_owner(self, label: str, start: int, sector: str) -> str | None:
        """The state of the body of this kind named with its state within three sentences before a definite
        bare body word ("Ruritania's junta ... The military, however,"; "the Ruritanian federal government ...
        the federal government"); None when there is none or the word is not definite."""
        if sector not in DEFINITE_SECTORS or start == 0 or self.doc[start - 1].lower_ != "the":
            return None
        floor = self._sentences_back(start, 3)
        for known, state, i in reversed(self.owned_bodies):
            if i < floor:
                break
            if known == label and i < start:
                # not when another state is named in between ("the U.S. government ... Sudanese General X
                # stressed the government's concerns")
                return None if any((h := self.hit_at.get(t)) is not None and h.best.kind in (COUNTRY, DEMONYM, SEAT)
                                   and h.best.key in self.kb.countries and h.best.key != state
                                   for t in range(i + 1, start)) else state
        return None

    def _junta_named_before(self, tok) -> str | None:
        """The state of the last junta named with its state anywhere before a bare "junta" ("Ruritania's junta"),
        whatever states are named in between: a story's junta is the one state's."""
        if tok.lower_ != "junta":
            return None
        return next((state for _, state, i in reversed(self.owned_bodies)
                     if i < tok.i and self.doc[i].lower_ == "junta"), None)

    def _body_named_before(self, label: str) -> tuple[str, str] | None:
        """The last body of this kind named before with its state: "the Foreign Ministry" after "the
        Azerbaijani Foreign Ministry"; a bare head word ("the ministry") takes the full name said before."""
        said = label.lower().split()
        for known, state in reversed(self.bodies_of_states):
            words = known.lower().split()
            if words == said or (len(said) == 1 and words[-1] == said[0]):
                return known, state
        return None

    def _armed_group_name(self, p: Phrase, title: Title) -> bool:
        """Whether a capitalised army word ends the name of an armed group the base does not know ("the Ruritania
        Liberation Army", "the Arakan Army"): a capitalised word of the same entity before it that is no state, role or
        title word, nor a word of a state's own forces ("Royal", "National"); the name becomes a group of its own."""
        doc = self.doc
        words = [t for t in doc[max(title.start, p.start - 3):p.start] if t.is_title and t.ent_type_ == "ORG"
                 and t.i not in self.hit_at and self._phrase_covering(t.i) is None]
        if not words or any(t.lower_ in self.kb.title_modifiers or t.lower_ in STATE_FORCE_WORDS for t in words):
            return False
        start = min(words[0].i, title.start)
        while start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].lower_ != "the" \
                and doc[start].ent_iob_ == "I":
            start -= 1
        country = next((self.hit_at[i].best.key for i in range(start, p.end) if i in self.hit_at
                        and self.hit_at[i].best.kind in (COUNTRY, DEMONYM, SEAT)
                        and self.hit_at[i].best.key in self.kb.countries), self.main_country)
        text = doc[start:p.end].text
        actor = self._actor(("org", text), name=text, kind="organization", country=country, sector="REB")
        self._mention(actor, start, p.end, head=p.end - 1)
        return True
