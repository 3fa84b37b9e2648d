"""Names the knowledge base knows, read where they stand: a state's name or demonym is the state ("Chinese
President ...") unless it is a region's ("Latin American"), a province's ("Atlanta, Georgia"), a currency's
("US $50") or a people's ("Syrian Kurds"); a capital is its government only when it acts ("Beijing said",
"sanctions on Moscow"), not where it is a place ("in Beijing"); an organization named only with words many
states use ("Foreign Office", "Congress") is the known one only in a story about its state; a medium one
speaks on ("said on Twitter") is no actor. A people named by a noun ("Moroccans", "ethnic Hungarians of
northern Romania") is a group actor of the state where it lives (see :mod:`.peoples`).

:class:`NameReader` is a mixin of the recognizer's pass over one document
(:class:`.recognize._DocumentActors`); it uses that class's hits, index, knowledge base and mention
bookkeeping (``_actor``, ``_mention``, ``country_actor``, ``org_actor``), and hands a body a name stands for
to :class:`.bodies.BodyReader` (``_body``).
"""
from __future__ import annotations

from .bodies import FOREIGN_WORDS, MODIFIER_DEPS
from .matchers import COUNTRY, DEMONYM, IGO, ORG, SEAT, Hit
from .peoples import PLACE_PREPS, home_state, is_people_noun
from .titles import Title

# words before a state's demonym that make it a region's ("Latin American", "South American")
REGION_PREFIXES = {"Latin", "North", "South", "Central", "East", "West", "Northern", "Southern", "Eastern", "Western"}
# prepositions after which a capital is the government it houses, not a place
ACTING_PREPOSITIONS = {"by", "on", "against", "with", "between"}
# verbs whose object is a party, never a place: a capital there is its government
PARTY_OBJECT_VERBS = {"accuse", "blame", "urge", "warn", "criticize", "criticise", "condemn", "denounce", "sanction",
                      "threaten", "thank", "congratulate", "pressure", "press", "punish", "ask", "tell", "invite",
                      "recognize", "recognise", "support", "praise", "fault", "persuade"}


class NameReader:
    """Known names and people nouns, each the actor it stands for where it stands."""

    def _name_hit(self, h: Hit) -> None:
        doc = self.doc
        e = h.best
        text = doc[h.start:h.end].text
        if e.kind in (COUNTRY, DEMONYM):
            if h.end < len(doc) and doc[h.end].is_currency:
                return  # "US $50 million": a currency, not the state
            if text in self.other_reading or self._is_subdivision(h):
                self._other_reading(h, text)
                return
            if (e.kind == DEMONYM or text == "America") and h.start > 0 and doc[h.start - 1].text in REGION_PREFIXES:
                return   # "Latin American countries", "South American leaders", "Latin America": a region's, not the state's
            if e.kind == DEMONYM:
                tok = doc[h.end - 1]
                if is_people_noun(tok):
                    self._people(tok, [e.key], first=h.start)
                    return
                if self._names_people(tok.head) and tok.head.i >= h.end and tok.dep_ in MODIFIER_DEPS:
                    return  # "*Croatian* Serbs", "*Syrian* Kurds": the people noun takes its state from it
            self._mention(self.country_actor(e.key), h.start, h.end)
        elif e.kind == SEAT:
            if not self._acts(h):
                return  # "in Beijing": a place
            bloc = next((x.key for x in h.entries if x.kind == SEAT and x.key in self.kb.organizations), None)
            if e.key in self.kb.countries and bloc is not None and self._bloc_not_state(e.key, bloc):
                self._mention(self.org_actor(bloc), h.start, h.end)   # "Brussels" in a story of the EU, not Belgium
            elif e.key in self.kb.countries:
                self._mention(self.country_actor(e.key), h.start, h.end)
            elif e.key in self.kb.organizations:
                self._mention(self.org_actor(e.key), h.start, h.end)
        elif e.kind in (IGO, ORG):
            org = self.kb.organizations.get(e.key)
            if org is not None and org.country and h.start not in self.anaphors and (
                    # "Conservatives and liberals alike" in a story that never names Britain
                    h.end - h.start == 1 and text != org.name and text not in org.abbr
                    and org.country not in self.states_named
                    # "summoned the envoy to the Foreign Office" in a story about Pakistan: not Britain's;
                    # "Congress" alone is India's party only in a story about India
                    or org.sector != "IGO" and self._generic_name(text) and not self._generic_name_is_own(org, h.end - h.start)):
                if (body := self.name_phrases.get((h.start, h.end))) is not None:
                    self._body(body, Title(h.start, h.end, phrases=[body]))   # else the body it names
                return
            if org is not None and org.sector == "MED" and self._medium_used(h):
                return   # "said on Twitter", "appeared on CNN": where one speaks, no actor
            self._mention(self.org_actor(e.key), h.start, h.end)

    def _bloc_not_state(self, iso3: str, bloc: str) -> bool:
        """Whether a seat of both a state and an IGO ("Brussels") stands for the IGO: the story names the IGO
        and never the state by its name or demonym."""
        kinds = {(h.best.kind, h.best.key) for h in self.hits}
        return ((IGO, bloc) in kinds or (ORG, bloc) in kinds) and (COUNTRY, iso3) not in kinds \
            and (DEMONYM, iso3) not in kinds

    def _generic_name_is_own(self, org, words: int) -> bool:
        """Whether a known body named only by words many states use ("Foreign Office", "Congress") is that body
        here: its state is named in the story or is the story's main one; a one-word name ("Congress") only in a
        story about its state that names it twice or more."""
        if words == 1:
            return org.country == self.main_country and org.country in self.states_named_often
        return org.country in self.states_named or org.country == self.main_country

    def _generic_name(self, text: str) -> bool:
        """Whether a name is made only of words many states' bodies are named with ("Foreign Office",
        "Democratic Party")."""
        kb = self.kb
        return all(w in kb.org_words or w in FOREIGN_WORDS or w in kb.title_modifiers or w in kb.role_sectors
                   for w in text.lower().split())

    def _medium_used(self, h: Hit) -> bool:
        """"said on Twitter", "posted it via Facebook": a medium after on/via that hangs on a verb."""
        tok = self.doc[h.end - 1]
        prep = tok.head if tok.dep_ == "pobj" else None
        return prep is not None and prep.lower_ in ("on", "via") and prep.head.pos_ in ("VERB", "AUX")

    # ---------------------------------------------------------------- peoples
    def _names_people(self, tok) -> bool:
        """Whether a token is a people noun: a plural demonym or a stateless people ("Kurds")."""
        if not is_people_noun(tok):
            return False
        h = self.hit_at.get(tok.i)
        return (h is not None and h.best.kind == DEMONYM) or tok.text in self.peoples.stateless

    def _people(self, tok, own: list[str], first: int | None = None) -> None:
        """A people named by a noun ("Moroccans", "Syrian Kurds", "ethnic Hungarians of northern
        Romania"): a group actor of the state where it lives (see :mod:`.peoples`)."""
        doc = self.doc
        start = tok.i if first is None else min(first, tok.i)
        given, minority = None, False
        for c in tok.lefts:
            if c.dep_ not in MODIFIER_DEPS or c.right_edge.i >= tok.i + 1:
                continue
            h = self.hit_at.get(c.i)
            if h is not None and h.best.kind in (COUNTRY, DEMONYM) and h.best.key not in own:
                given = given or h.best.key
            elif c.lower_ in self.peoples.minority_words:
                minority = True
            elif h is not None or c.text in self.peoples.stateless:
                pass
            else:
                continue
            start = min(start, c.left_edge.i)
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS and given is None:
                given = self._state_in(c)
        country = home_state(own, given, minority, self.main_country)
        text = doc[start:tok.i + 1].text
        actor = self._actor(("people", country, text.lower()), name=text, kind="group", country=country,
                            sector="CVL")
        self._mention(actor, start, tok.i + 1, head=tok.i)

    def _state_in(self, prep) -> str | None:
        """The state named in a prepositional phrase ("of northern Romania", "in Aleppo")."""
        for t in prep.subtree:
            h = self.hit_at.get(t.i)
            if h is not None and h.best.kind in (COUNTRY, SEAT) and h.best.key in self.kb.countries:
                return h.best.key
            if t.ent_type_ in ("GPE", "LOC") and t.is_title and self.kb.cities.get(t.text):
                return self.kb.cities[t.text]
            if t.ent_iob_ == "B" and t.ent_type_ in ("GPE", "LOC"):
                # a city or province of several words ("in Hong Kong", "in Addis Ababa", "in North Darfur")
                ent = next((e for e in self.ents if e.start == t.i), None)
                if ent is not None and len(ent) > 1 and self.kb.state_of_place(ent.text):
                    return self.kb.state_of_place(ent.text)
        return None

    def _acts(self, h: Hit) -> bool:
        """Whether a capital stands for its government: subject, agent or possessor, not a place."""
        doc = self.doc
        tok = doc[h.end - 1]
        if h.end < len(doc) and doc[h.end].text in ("'s", "’s"):
            return True
        if tok.dep_ == "conj" and self._stray_clause_subject(tok):
            return True
        if tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ == "pobj":  # "sanctions on Moscow", "talks with Beijing"; not "in Beijing"
            return tok.head.lower_ in ACTING_PREPOSITIONS
        if tok.dep_ == "dobj":  # "accused Baku of …", "urged Moscow to …"; not "left Kyiv"
            return tok.head.lemma_.lower() in PARTY_OBJECT_VERBS
        return tok.dep_ in ("nsubj", "nsubjpass", "agent")

    def _stray_clause_subject(self, tok) -> bool:
        """Whether a name the parser joined to the object of an opening phrase is the clause's subject:
        after the comma that closes the phrase and right before the clause's verb ("According to the
        ministry, *X and Y* have …")."""
        doc = self.doc
        first = tok
        while first.dep_ == "conj" and first.head.dep_ == "conj":
            first = first.head
        opener = first.head
        if first.dep_ != "conj" or opener.dep_ != "pobj" or opener.i > first.i or first.left_edge.i == 0 or \
                doc[first.left_edge.i - 1].text != ",":
            return False
        end = first.right_edge.i + 1
        return end < len(doc) and doc[end].tag_ in ("MD", "VBZ", "VBP", "VBD")

    def _is_subdivision(self, h: Hit) -> bool:
        """"Atlanta, Georgia": a state name after a city of another state names a province, not a state."""
        doc = self.doc
        if h.start < 2 or doc[h.start - 1].text != ",":
            return False
        city = doc[h.start - 2].text
        iso = self.kb.cities.get(city)
        return iso is not None and iso != h.best.key

    def _other_reading(self, h: Hit, text: str) -> None:
        if not self._acts(h) or text not in self.other_reading:
            return
        other = self.other_reading[text]
        actor = self._actor(("other", other["name"]), name=other["name"], kind=other.get("kind", "organization"),
                            country=other.get("country"), sector=other.get("sector"))
        self._mention(actor, h.start, h.end)
