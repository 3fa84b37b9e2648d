"""Titles and the people they describe: what a title says (state, sector, role; "Japanese
Foreign Ministry spokesman", "his Estonian counterpart", "(R-Miss.)") and the person actor it makes,
joined to a known person or a date-aware office holder from the knowledge base.

:class:`PersonResolver` is the part of one document's actor recognition
(:class:`.recognize._DocumentActors`) that reads titles and resolves persons; it uses that class's
index, knowledge base and mention bookkeeping (``_actor``, ``_mention``, ``sentence``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Actor
from .coref import name_key_tokens, opening_possessive_antecedent, possessive_antecedent, same_person
from .kb import Tenure, name_tokens, other_office, role_matches
from .matchers import BODY, COUNTRY, DEMONYM, IGO, ORG, SEAT
from .titles import FEATURE_WORDS, Phrase, Title

# "(R-Miss.)", "(D-N.Y.)", "(I-Vt.)" after a name: the party and state of a member of the US Congress
CONGRESS_TAG = re.compile(r"\s*\((?:R|D|I)\s?[-–]\s?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)")
# role words that name an office only with its owner in the title ("the NATO chief", "Russia's chief")
# roles held only of a state or organization the title names ("news chief X", "director of a hospital")
OWNED_ROLES = {"chief", "head", "director", "director-general", "director general", "deputy director",
               "executive director"}


@dataclass
class TitleFacts:
    country: str | None = None
    igo: bool = False
    sector: str | None = None
    role: str | None = None
    org: object = None            # the kb Organization named in the title, if any
    place: bool = False           # the state comes only from a province or city ("the Texas senator")
    unknown_body: bool = False    # the office is of a named body the base does not know ("chairman of the X Committee")


@dataclass
class PersonCandidate:
    start: int
    end: int
    kb_name: str | None = None      # when the knowledge base matched the full name


class PersonResolver:
    """Titles and persons (a mixin of the per-document recognizer)."""

    # ---------------------------------------------------------------- titles
    def _title_facts(self, title: Title) -> "TitleFacts":
        """What a title says: state, IGO, sector, the role as written, the organization named in it."""
        facts = TitleFacts()
        for ref in title.refs:
            e = ref.best
            if self.doc[ref.start:ref.end].text in self.other_reading:
                facts.country = self.other_reading[self.doc[ref.start:ref.end].text].get("country")
            elif e.kind in (COUNTRY, DEMONYM, SEAT) and e.key in self.kb.countries:
                facts.country = facts.country or e.key
            elif e.kind in (SEAT, IGO):  # an IGO or its seat ("Brussels")
                facts.igo = True
            elif e.kind == ORG:
                org = self.kb.organizations[e.key]
                if org.country and org.sector != "IGO" and ref.start not in self.anaphors \
                        and self._generic_name(self.doc[ref.start:ref.end].text) \
                        and not self._generic_name_is_own(org, ref.end - ref.start):
                    continue   # "Foreign Office spokesman X" in a story about Pakistan: not Britain's
                facts.org = facts.org or org
                facts.country = facts.country or org.country
                facts.igo = facts.igo or org.is_igo
        if facts.country is None and not facts.igo:
            facts.country = self._subdivision_state(title)
            facts.place = facts.country is not None
        owner = None
        if title.possessor is not None and facts.country is None:
            aid = self.person_actor.get(title.possessor)
            owner = self.index.get(aid) if aid is not None else None
        elif not title.refs and title.possessor is None:
            owner = self._pronoun_owner(title)       # "urged Ukraine to withdraw *its* troops"
        if owner is not None:
            facts.country = owner.country
            facts.igo = facts.igo or owner.sector == "IGO"
        elif not title.refs and title.possessor is None and facts.country is None:
            facts.country = next((st for t in self.doc[title.start:title.end]
                                  if (st := self._the_country_owner_state(t)) is not None), None)   # "the country's president"
        span = self.reader.role_words(title)
        facts.role = self.doc[span[0]:span[1]].text if span else None
        if facts.role and facts.role.lower() in OWNED_ROLES and not title.refs and title.possessor is None:
            return facts   # "news chief Max Hofmann": a chief only of a state or organization the title names
        if title.roles:
            facts.sector = title.roles[-1].value
            cue = self._cue_sector(title)
            if cue and facts.sector in ("GOV", "CVL"):
                facts.sector = cue
            org_sector = facts.org.sector if facts.org is not None else \
                owner.sector if owner is not None and owner.kind == "organization" else None
            if org_sector not in (None, "GOV", "IGO") and (facts.sector in ("GOV", "CVL", "EDU") or (
                    facts.sector == "MIL" and org_sector in ("REB", "IMG"))):
                facts.sector = org_sector    # "Hamas leader", "GOP leaders", "Reuters editor", "ELN commander", "its spokesman"
        if facts.igo and facts.role and facts.role.split()[-1].lower() in self.kb.igo_recipient_roles:
            facts.igo = False                            # "UN ambassador": an envoy to the UN, not of it
            facts.sector = facts.sector if facts.sector != "IGO" else "GOV"
        if facts.igo:
            facts.country, facts.sector = None, "IGO"
        elif facts.sector == "IGO" and facts.country is not None:
            # "Qatari mediators", "the British High Commissioner": an office of the kind IGOs have, held for a state
            facts.sector = "MIL" if facts.role and "peacekeep" in facts.role.lower() else "GOV"
        facts.unknown_body = not title.refs and self._of_unknown_body(title)
        return facts

    def _of_unknown_body(self, title: Title) -> bool:
        """Whether the role is followed, in the title, by "of/for [the] Capitalised ... Body-word":
        an office of a named body ("chairman of the Peaceful Reunification Committee") whose state is
        not the article's by default."""
        roles = title.roles
        if not roles:
            return False
        doc, k = self.doc, roles[-1].end
        if k >= title.end or doc[k].lower_ not in ("of", "for"):
            return False
        words = [t for t in doc[k + 1:title.end] if t.is_title]
        return any(t.lower_ in self.kb.org_words for t in words)

    def _subdivision_state(self, title: Title) -> str | None:
        """The state of a province or city named in a title ("Texas Senator", "former Florida Governor",
        "Chicago Mayor"); not the role word itself ("Queens")."""
        words = {i for p in title.phrases for i in range(p.start, p.end)}
        for ent in self.ents:
            if ent.label_ in ("GPE", "LOC") and title.start <= ent.start and ent.end <= title.end \
                    and not words & set(range(ent.start, ent.end)):
                name = ent.text[4:] if ent.text.startswith("the ") else ent.text
                iso = self.kb.state_of_place(name) if name.lower() not in FEATURE_WORDS else None
                if iso:   # (not "Gulf leaders": the Gulf, no province of that name)
                    return iso
        for tok in self.doc[title.start:title.end]:   # "Ontario Premier" read as one role
            if tok.is_title and tok.i not in words and tok.ent_type_ != "PERSON" and tok.text in self.kb.subdivisions \
                    and tok.lower_ not in FEATURE_WORDS \
                    and self._phrase_covering(tok.i) is None:   # not the "Coast" of "Coast Guard"
                return self.kb.subdivisions[tok.text]
        return None

    def _pronoun_owner(self, title: Title) -> Actor | None:
        """The state or organization mentioned earlier that an "its"/"their" in the title stands for."""
        for tok in self.doc[title.start:title.end]:
            for antecedent in (possessive_antecedent(tok), opening_possessive_antecedent(tok)):
                if antecedent is None or antecedent.idx >= self.doc[title.start].idx:
                    continue
                for _, _, aid in self.index.mentions_in(antecedent.idx, antecedent.idx + len(antecedent.text)):
                    actor = self.index.get(aid)
                    if actor is not None and actor.kind != "person" and (actor.country or actor.sector == "IGO"):
                        return actor
        return None

    def _cue_sector(self, title: Title) -> str | None:
        cues = self.kb.sector_cues
        toks = [t.lower_ for t in self.doc[title.start:title.end]]
        for n in (2, 1):
            for k in range(len(toks) - n + 1):
                sector = cues.get(" ".join(toks[k:k + n]))
                if sector:
                    return sector
        for p in title.phrases:
            if p.kind == BODY:
                body = next(b for b in self.kb.bodies if b.name == p.value)
                if body.sector != "GOV":
                    return body.sector
        return None

    def _phrase_title(self, p: Phrase) -> Title:
        """The modifiers of a role or body word that stands without a name ("the French president")."""
        title = Title(start=p.start, end=p.end, phrases=[p])
        self.reader.left(p.start, title)
        if not p.plural:  # "the presidents of Peru and Chile" name two states, not one
            self.reader.of_ref(p.end, title)
        if p.kind == BODY and not title.refs and p.end + 1 < len(self.doc) and self.doc[p.end].lower_ == "in":
            hit = self.hit_start.get(p.end + 1) or self.hit_start.get(p.end + 2)
            if hit is not None and hit.best.kind == COUNTRY:   # "Security forces in Guinea"
                title.refs.append(hit)
                title.end = hit.end
        if title.phrases[0] is not p:
            title.phrases.sort(key=lambda q: q.start)
        return title

    # ---------------------------------------------------------------- people
    def _person(self, n: int, cand: PersonCandidate, title: Title) -> None:
        doc = self.doc
        name = doc[cand.start:cand.end].text
        if title.roles and not title.refs and title.possessor is None and all(
                doc[p.start:p.end].text.lower() in OWNED_ROLES for p in title.roles):
            title = Title(start=cand.start, end=cand.end)   # "news chief Max Hofmann": no title of ours
        if title.aide is not None:
            facts = self._title_facts(title)
            holder = self._kb_person(name, cand.kb_name, facts.country, facts.role) if facts.role else None
            # "Assistant to the President of Ruritania Jan Kos": not the president; but "an adviser to
            # Peruvian President Jorge Palma" names the president by his title, with no "the"
            bare_title = doc[title.aide.end].lower_ == "to" and doc[title.aide.end + 1].lower_ != "the"
            if (holder is None and not bare_title) or (
                    holder is not None and not same_person(name_key_tokens(name), name_key_tokens(holder.name))):
                title.as_aide()
        facts = self._title_facts(title)
        country, igo, sector, role = facts.country, facts.igo, facts.sector, facts.role
        if not title.roles and not igo:
            peer = self._counterpart_of(title)
            if peer is not None:   # "Lahtinen met his Estonian counterpart Mart Kask": a defence minister too
                sector, role = peer.sector, peer.role
        if CONGRESS_TAG.match(self.text, doc[cand.end - 1].idx + len(doc[cand.end - 1].text)) and not igo:
            # "Roger Wicker (R-Miss.)": a member of the US Congress, with party and state
            country = country or "USA"
            sector = sector or "LEG"
        actor = self._find_person(name, cand.kb_name, country, role)
        tenure = None
        if actor is None:
            tenure = self._kb_person(name, cand.kb_name, country, role)
            canonical = tenure.name if tenure else name
            actor = self._actor(("person", canonical), name=canonical, kind="person")
            if canonical != name:
                actor.aliases.append(name)
        self._fill_person(actor, tenure, country, igo, sector, role, guess_state=not facts.unknown_body,
                          place=facts.place)
        if igo and role:   # "The Chairman of X, NAME": a head of state who chairs it keeps his own office
            self._note_igo_office(actor, title, role)
        shared = self.shared_igo_office.pop(cand.start, None)
        if shared is not None:   # "the BLOC president and President of X, NAME": his office in the bloc too
            self._note_igo_office(actor, shared[0], shared[1])
            self._mention(actor, shared[2], shared[3])
        self.person_actor[n] = actor.id
        self._mention(actor, title.start, max(title.end, cand.end), head=cand.end - 1)

    def _counterpart_of(self, title: Title) -> Actor | None:
        """The person, named earlier in the sentence, whose "counterpart" the title says this one is,
        when that person has a role of a state."""
        doc = self.doc
        if not any(t.lower_ in ("counterpart", "counterparts") for t in doc[title.start:title.end]):
            return None
        floor = self.sentence(title.start)[0]
        for start, aid, _ in reversed(self.timeline):
            if start >= title.start:
                continue
            if start < floor:
                return None
            actor = self.index.get(aid)
            if actor is not None and actor.kind == "person":
                return actor if actor.role and actor.sector not in (None, "IGO") else None
        return None

    def _find_person(self, name: str, kb_name: str | None, country: str | None, role: str | None) -> Actor | None:
        """A person already met in this doc whose name this one can be ("Putin" → "Vladimir Putin")."""
        said = name_key_tokens(kb_name or name)
        other = self._kb_person(name, kb_name, country, role) if role else None
        for actor in reversed(self.index.actors):
            if actor.kind != "person":
                continue
            if other is not None and other.name != actor.name and actor.name not in other.aliases:
                continue
            if same_person(said, name_key_tokens(actor.name)) or any(
                    same_person(said, name_key_tokens(a)) for a in actor.aliases if len(name_key_tokens(a)) >= 2):
                if country and actor.country and country != actor.country and actor.id not in self.guessed_state:
                    continue
                if len(said) > len(name_key_tokens(actor.name)) and kb_name:
                    actor.aliases.append(actor.name)
                    actor.name = kb_name
                elif name != actor.name and name not in actor.aliases and len(said) >= 2:
                    actor.aliases.append(name)
                return actor
        return None

    def _kb_person(self, name: str, kb_name: str | None, country: str | None, role: str | None) -> Tenure | None:
        """The office holder this name is: by full name, else by name tokens, the title and the date."""
        kb = self.kb
        if kb_name:
            return kb.best_tenure(kb.tenures_of(kb_name), self.date, role, country)
        toks = name_tokens(name)
        if not toks:
            return None
        names: set[str] | None = None
        for tok in toks:
            found = kb.people_with_token(tok)
            names = found if names is None else names & found
        if not names:
            return None
        tenures = [t for n in names for t in kb.tenures_of(n) if t.name == n
                   and (country is None or t.country == country) and self._has_family_name(toks, t)]
        if role:  # "President Clinton": the one who held that office, now or before
            fitting = [t for t in tenures if role_matches(role.lower(), t.role.lower())]
            for pool in ([t for t in fitting if t.held_on(self.date)], fitting):
                if len({t.name for t in pool}) == 1:
                    return kb.best_tenure(pool, self.date, role, country)
            # "Home Minister Khan" is not Prime Minister Imran Khan: another office of the same rank
            tenures = [t for t in tenures if not other_office(role.lower(), t.role.lower())]
        held = [t for t in tenures if t.held_on(self.date)]
        if len({t.name for t in held}) == 1:
            return kb.best_tenure(held, self.date, role, country)
        if len({t.name for t in tenures}) == 1:   # "Obama" in 2000: the only one of that name
            return kb.best_tenure(tenures, self.date, role, country)
        return None

    def _has_family_name(self, toks: list[str], t: Tenure) -> bool:
        """Whether a name as written holds the family name of a known person or is one of his aliases:
        "José Rodríguez" is not José Luis Rodríguez Zapatero, nor "Robert" Robert Mugabe unless the story
        is about Zimbabwe."""
        written = " ".join(toks)
        if len(toks) == 1 and t.country and t.country == self.main_country:
            return True   # "Hillary" in a story about her own state
        for n in (t.name, *t.aliases):
            known = name_tokens(n)
            if not known:
                continue
            if written == " ".join(known):
                return True
            family = known[0] if t.country in self.kb.family_name_first else known[-1]
            if family in toks:
                return True
        return False

    def _fill_person(self, actor: Actor, tenure: Tenure | None, country, igo, sector, role,
                     guess_state: bool = True, place: bool = False) -> None:
        """Sets what a person actor lacks from the title, then from the knowledge base."""
        if tenure is None and actor.country is None and actor.sector is None:
            tenure = self._kb_person(actor.name, None, country, role)
        if igo and tenure is not None and tenure.sector != "IGO" and tenure.held_on(self.date):
            # "X, chairman of the bloc": a head of state chairs it, for his state, and his
            # office is what later mentions name ("the Nigerian leader")
            igo, sector = None, tenure.sector if sector == "IGO" else sector
            role = tenure.role
        guessed = self.guessed_state
        if igo:
            actor.country, actor.sector = None, "IGO"
        elif country and actor.sector != "IGO":
            if actor.id in guessed and not place:   # "Foreign Minister X ... his Irish counterpart X"
                actor.country = None
                guessed.discard(actor.id)
            actor.country = actor.country or country
        if sector and (actor.sector is None or (actor.sector == "GOV" and sector not in ("GOV", "IGO"))):
            actor.sector = sector
        if role and not actor.role and role.lower() not in self.kb.title_modifiers:
            actor.role = role
        if tenure is not None:
            if actor.country is None and actor.sector != "IGO" and not igo:
                actor.country = tenure.country
            if not (self.date and tenure.start and self.date < tenure.start):
                actor.sector = actor.sector or tenure.sector   # an office taken after the article gives none
            if tenure.held_on(self.date):  # a former or future office is no role today
                actor.role = actor.role or tenure.role
        if actor.country is None and actor.sector in ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY") and not igo \
                and tenure is None and role and guess_state:
            actor.country = self.main_country
            guessed.add(actor.id)

    # ---------------------------------------------------------------- guessed states
    def _nearer_states_for_guessed(self) -> None:
        """A person whose state only the article's main state gave ("Government spokeswoman X accused ...")
        takes instead the one state named as a subject before him in the sentence that first names him
        ("Ruritania's decision ... will not hurt, Prime Minister X said"), else the one state the sentence
        before has as a subject ("Ruritania's reply was sharp."), when there is exactly one: the nearer clue."""
        first: dict[str, tuple[int, bool]] = {}
        for start, aid, subject in self.timeline:
            first.setdefault(aid, (start, subject))
        for aid in list(self.guessed_state):
            actor = self.index.get(aid)
            if actor is None or aid not in first or actor.country != self.main_country or not first[aid][1]:
                continue   # only one who is first met as a doer ("X accused"), not "the family of President X"
            at = first[aid][0]
            s, _ = self.sentence(at)
            if (opening := self._opening_place_state(s, at)) is not None:
                actor.country = opening   # "In Beijing, Foreign Ministry spokesperson X said": where he speaks from
                continue
            if any(t.ent_type_ in ("GPE", "LOC") for t in self.doc[max(s, at - 3):at + 1]):
                continue   # "Hong Kong security minister X": a place the title names is his state's clue
            if any(t.dep_ == "ccomp" for t in (self.doc[at], *self.doc[at].ancestors)):
                continue   # "Ruritania insists that ousted president X be restored": told of, not its own
            states = self._subject_states(s, at, aid)
            if not states and s > 0:
                states = self._subject_states(*self.sentence(s - 1), aid)
            if len(states) == 1:
                actor.country = states.pop()

    def _opening_place_state(self, start: int, end: int) -> str | None:
        """The state of a capital or state that opens the sentence as "In X," before token end ("In Beijing,
        ...", "In Manila, ...")."""
        doc = self.doc
        if end - start < 3 or doc[start].lower_ != "in" or (h := self.hit_at.get(start + 1)) is None \
                or h.start != start + 1 or h.end >= end or doc[h.end].text != ",":
            return None
        return h.best.key if h.best.kind in (COUNTRY, SEAT) and h.best.key in self.kb.countries else None

    def _subject_states(self, start: int, end: int, aid: str) -> set[str]:
        """The states named as, or as the owner or modifier of, a clause subject in tokens start..end
        ("Ruritania said", "Ruritania's decision", "The Ruritanian government", "the nation of Ruritania");
        not in a subject that is the person himself."""
        out: set[str] = set()
        quoted = False
        for tok in self.doc[start:end]:
            if tok.text in ('"', "“", "”"):
                quoted = tok.text == "“" or (tok.text == '"' and not quoted)
            if quoted or tok.dep_ not in ("nsubj", "nsubjpass") or any(c.tag_ == "TO" for c in tok.head.children):
                continue   # not in his quoted words, nor "the need for Ruritania to return" (no finite clause)
            if any(a == aid for _, _, a in self.index.mentions_in(tok.idx, tok.idx + len(tok.text))):
                continue
            words = [tok] + [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
            words += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
            for w in words:
                h = self.hit_at.get(w.i)
                if h is not None and h.best.kind in (COUNTRY, DEMONYM, SEAT) and h.best.key in self.kb.countries:
                    out.add(h.best.key)
        return out
