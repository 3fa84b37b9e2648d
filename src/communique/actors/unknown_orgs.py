"""Organizations the knowledge base does not know: ORG entities whose own words say they are an organization
("the Ruritanian Farmers Union"), and parties named only by a party title that points to them ("XYZ leader Jan",
"the leader of the Pirates").

A mixin of the actor recognizer (:mod:`.recognize`): it reads the doc, the matches and the actors found so far
through the recognizer's own state.
"""
from __future__ import annotations

import re

from ..document import Actor
from .bodies import NATIONAL_SECTORS
from .matchers import COUNTRY, DEMONYM, IGO, ORG, PERSON, SEAT

# title words that make an unknown name before them ("X leader") or after "of" ("leader of the X") a party;
# not "chairman", which as often heads a company or a bank ("the chairman of Siemens")
PARTY_TITLE_WORDS = {"leader", "co-leader"}


class UnknownOrganizations:
    """Finds and names the organizations and parties the knowledge base does not know."""

    def _unknown_orgs(self):
        """ORG entities the knowledge base does not know whose name says they are an organization."""
        doc = self.doc
        for ent in self.ents:
            if ent.label_ == "NORP" and self._party_name(ent):
                yield ent if doc[ent.start].lower_ != "the" else doc[ent.start + 1:ent.end]
                continue
            if ent.label_ != "ORG" or self._skipped(ent.start, ent.end):
                continue
            s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            inner = [self.hit_at[i] for i in range(s, ent.end) if i in self.hit_at]
            if any(h.best.kind in (IGO, ORG, PERSON) for h in inner):
                continue
            if any(p.start < ent.end and s < p.end for p in self.phrases) and not self._party_pointed(doc[s:ent.end]):
                continue
            e = ent.end
            while e > s and doc[e - 1].text in ("'s", "’s", "'", "’"):
                e -= 1   # "the Republican party’s nominee"
            owner = next((i for i in range(e - 1, s, -1) if doc[i].text in ("'s", "’s")), None)
            if owner is not None:
                s = owner + 1   # "Lasry’s Avenue Capital Group": the owner is someone else
            if "\n" in ent.text or s >= e:
                continue
            if re.search(r"[a-z]{3}[.;!?]\S", doc[s:e].text):
                continue   # "relations.—Azer News": a sentence's end run into a sign-off
            yield doc[s:e]
        for ent in self.ents:   # "the rights group Memorial", "the opposition Lumana party": no person
            s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            if ent.label_ == "PERSON" and s < ent.end and not self._skipped(s, ent.end) and \
                    self._called_organization(s, ent.end) is not None:
                yield doc[s:ent.end]
        yield from self._called_parties()

    def _called_organization(self, s: int, e: int) -> str | None:
        """The sector of the organization a common noun beside a name calls it ("the rights group [X]", "the
        opposition [X] party", "[X] (X), a radical Y group"), or None."""
        doc, nouns = self.doc, self.kb.called_orgs
        after = e
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3     # "X (XY), a ... group"
        noun = None
        if after < len(doc) and nouns.get(doc[after].lower_) == "PTY" and doc[after].is_lower:
            noun = doc[after]                                   # "[X] party" (not "a radical [Mapuche] group")
        elif s > 0 and doc[s - 1].lower_ in nouns and doc[s - 1].is_lower and doc[s - 1].pos_ == "NOUN":
            noun = doc[s - 1]                                   # "the rights group [X]"
        elif after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("a", "an", "the"):
            noun = next((t for t in doc[after + 2: min(after + 7, len(doc))] if t.lower_ in nouns and t.is_lower
                         and t.pos_ == "NOUN" and t.dep_ == "appos"), None)   # "[X], a radical Y group"
            # (not "X, a former state party chairman", nor "... Democrat X, the Whig party faced a dilemma")
            if noun is not None and any(t.text in (",", ".", ";") for t in doc[after + 2: noun.i]):
                noun = None
        if noun is None:
            return None
        for t in doc[max(0, noun.i - 3): noun.i]:
            if t.lower_ in self.kb.called_org_modifiers:
                return self.kb.called_org_modifiers[t.lower_]
        return nouns[noun.lower_]

    def _called_parties(self):
        """Capitalised names the parser tagged as no entity that the text calls a party: "the ruling Xyz party",
        "his Xyz party", "XYZ leader Jan"."""
        doc = self.doc
        ents = {i for ent in self.ents for i in range(ent.start, ent.end)}
        for tok in doc:
            if tok.lower_ == "party" and tok.text == "party":
                e = tok.i
            elif tok.lower_ in PARTY_TITLE_WORDS and tok.i > 0 and doc[tok.i - 1].is_upper and doc[tok.i - 1].is_alpha \
                    and 2 <= len(doc[tok.i - 1].text) <= 5:
                e = tok.i   # "DA leader X"
            else:
                continue
            s = e
            while s > 0 and e - s < 4 and (doc[s - 1].is_title or doc[s - 1].is_upper) and doc[s - 1].is_alpha \
                    and (doc[s - 1].pos_ in ("PROPN", "NOUN") or doc[s - 1].is_upper and len(doc[s - 1]) > 1) \
                    and s - 1 not in ents and s - 1 not in self.hit_at:   # (an acronym the parser tagged as anything)
                s -= 1
            if s == e or doc[s].is_sent_start and doc[s].pos_ != "PROPN" and not doc[s].is_upper or self._skipped(s, e) or doc[s:e].text.lower() in self.kb.role_sectors \
                    or any(self._phrase_covering(i) is not None for i in range(s, e)):
                continue
            yield doc[s:e]

    def _unknown_org(self, span) -> None:
        known_org = self.kb.organization_named(span.text)
        if known_org is not None:   # "Republican party": a known name written in another case
            self._mention(self.org_actor(known_org), span.start, span.end)
            return
        called = self.keys.get(("org", span.text))
        if called is not None and self.index.get(called).sector == "PTY":   # "the X party ... X's candidate"
            self._mention(self.index.get(called), span.start, span.end)
            return
        spelled = self._spelled_out_before(span)
        if spelled is not None:   # "the Democratic Alliance ... DA leader X"
            self._mention(spelled, span.start, span.end)
            return
        longer = self._named_before(span)
        if longer is not None:      # "the Times" after "The New York Times"
            self._mention(longer, span.start, span.end)
            return
        words = self.kb.org_words
        if len(span) == 1 and span[0].lower_ in words:
            return   # "Group" of "Group 5+1": a word of a name, not the name
        sector, known = None, False
        for tok in reversed(span):
            if tok.lower_ in words:
                sector, known = words[tok.lower_], True
                break
        if (not known or sector is None) and (self._party_pointed(span) or span.end - 1 in self.party_tails):
            sector, known = "PTY", True   # "FDP leader X", "the leader of the Union for Y": a party
        if not known and (called := self._called_organization(span.start, span.end)) is not None:
            sector, known = called, True  # "the rights group X"
        if not known:
            return
        country = None
        for i in range(span.start, span.end):
            h = self.hit_at.get(i)
            if h is not None and h.best.kind in (COUNTRY, DEMONYM, SEAT) and h.best.key in self.kb.countries:
                country = h.best.key
                break
            iso = self.kb.cities.get(self.doc[i].text)
            if i + 1 < len(self.doc) and self.doc[i + 1].lower_ in ("county", "parish", "township"):
                iso = None   # "Vigo County": a county, not the city of that name
            if iso and self.doc[i].is_title and iso in self.states_named:
                country = country or iso   # not "Orange" of "the Orange Democratic Movement" in a story on Kenya
        if country is None and sector in NATIONAL_SECTORS:
            country = self.main_country
        actor = self._actor(("org", span.text), name=span.text, kind="organization", country=country, sector=sector)
        self._mention(actor, span.start, span.end)

    def _party_pointed(self, span) -> bool:
        """A name a party title points to: "FDP leader X", "the co-leader of the Greens"."""
        from ..events.places import geo_features
        doc = self.doc
        if not len(span) or not (span[0].is_title or span[0].is_upper) or self._spelled_out_non_party(span) \
                or self.kb.state_of_place(span.text) or span.text.lower() in geo_features():
            return False
        after = doc[span.end] if span.end < len(doc) else None
        if self._called_party(span):
            return True
        if after is not None and after.lower_ in PARTY_TITLE_WORDS:
            return f"{span[-1].lower_} {after.lower_}" not in self.kb.role_sectors   # not "Supreme Leader"
        s = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else 0)
        return s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in PARTY_TITLE_WORDS \
            and not (after is not None and after.pos_ in ("NOUN", "PROPN"))   # not "leader of X separatists"

    def _called_party(self, span) -> bool:
        """A name the text calls a party: "the ruling X party", "the opposition X", "the main opposition party,
        the X,", "X, the far-right party"."""
        doc, s, e = self.doc, span.start, span.end
        if e < len(doc) and doc[e].text == "party":
            return True
        s -= 1 if s > 0 and doc[s - 1].lower_ == "the" else 0
        if s > 0 and doc[s - 1].lower_ in ("ruling", "opposition") and s > 1 and doc[s - 2].lower_ in ("the", "its", "his", "her"):
            return True   # "the opposition X"
        if s > 1 and doc[s - 1].text == "," and doc[s - 2].lower_ == "party":
            return True   # "the main opposition party, the X"
        if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "the":
            for t in doc[e + 2:min(e + 7, len(doc))]:
                if t.lower_ == "party":
                    return True   # "X, the far-right party"
                if t.text in (",", ".", ";") or t.pos_ not in ("ADJ", "NOUN", "PUNCT", "ADV"):
                    break
        return False

    def _spelled_out_non_party(self, span) -> bool:
        """An abbreviation the text spells out as a body that is no party ("SAF" for "armed forces")."""
        if len(span) != 1 or not span.text.isupper() or not 2 <= len(span.text) <= 6:
            return False
        words = r"\s+".join(rf"{c}[\w'-]*" for c in span.text)
        for m in re.finditer(rf"\b{words}\b", self.text, re.I):
            last = m.group().split()[-1].lower()
            if self.kb.org_words.get(last) not in (None, "PTY") or last in self.kb.role_sectors:
                return True
        return False

    def _party_name(self, ent) -> bool:
        """A NORP name that is a party's ("Civic Democrat leader X", "the Greens"), not a people's: capitalised
        nouns the knowledge base does not know, that a party title points to."""
        doc = self.doc
        s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if s >= ent.end or self._skipped(s, ent.end) or "\n" in ent.text:
            return False
        if ent.end - 1 in self.party_tails and ent.end - s >= 2 and not any(i in self.hit_at for i in range(s, ent.end)):
            return True   # "the Social Democrats": a party named like a known one
        if any(i in self.hit_at or not doc[i].is_title or doc[i].pos_ not in ("PROPN", "NOUN")
               or doc[i].text in self.peoples.stateless for i in range(s, ent.end)):
            return False
        return self._party_pointed(doc[s:ent.end])

    def _spelled_out_before(self, span) -> Actor | None:
        """The organization met before whose capitalised words' initials are this abbreviation ("DA" after
        "the Democratic Alliance"), or None."""
        if len(span) != 1 or not span.text.isupper() or not 2 <= len(span.text) <= 6:
            return None
        at = self.doc[span.start].idx
        for actor in reversed(self.index.actors):
            if actor.kind == "organization" and actor.mentions and actor.mentions[0].start < at and (
                    "".join(w[0] for w in actor.name.split() if w[:1].isupper()) == span.text or any(
                    m.start < at and spelled_initials(self.text[m.start:m.end].split(), span.text)
                    for m in actor.mentions)):   # "the Armed Forces of the Philippines", named as a body
                return actor
        return None

    def _named_before(self, span) -> Actor | None:
        """An organization met before whose name ends with these words ("Times", "the Post")."""
        words = span.text.split()
        for actor in reversed(self.index.actors):
            if actor.kind != "organization" or not actor.mentions or actor.mentions[0].start >= self.doc[span.start].idx \
                    or actor.sector not in ("MED", "BUS", "NGO", "EDU"):
                continue   # not "the House" after "the White House"
            for name in (actor.name, *actor.aliases):
                have = name.split()
                if len(have) > len(words) and have[-len(words):] == words:
                    return actor
        return None


SPELLING_SKIPS = {"of", "the", "and", "for", "de", "del", "la", "-", "&"}   # words an abbreviation leaves out


def spelled_initials(words, short: str) -> bool:
    """Whether the capitalised words that end ``words`` (tokens or strings) have the letters of ``short`` as
    initials, leaving out "of", "the", "and": "Armed Forces of the Philippines" spells "AFP"."""
    initials = []
    for w in reversed([str(w) for w in words]):
        if len(initials) == len(short):
            break
        if w.lower() in SPELLING_SKIPS and initials:
            continue
        if not w[:1].isupper():
            return False
        initials.append(w[0])
    return "".join(reversed(initials)) == short
