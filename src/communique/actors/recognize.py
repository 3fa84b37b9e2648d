"""ActorRecognizer: spaCy Doc → ActorIndex (who is who in one article).

One pass over what the matchers and spaCy's entity recognizer found, in text order:

1. names from the knowledge base (states, demonyms, capitals, IGOs, organizations, known
   people; what such a name stands for where it stands, and peoples, is :mod:`.names`), PERSON and
   ORG entities spaCy found (which of them name persons is :mod:`.candidates`),
   role words and national bodies (whose a body word is, :mod:`.bodies`); organizations and parties
   the knowledge base does not know (:mod:`.unknown_orgs`);
2. titles around people ("Japanese Foreign Ministry spokesman Kenji Sato") give role, sector and
   state; the state and role words inside a title are used up by it (reading titles and
   resolving persons is :mod:`.persons`);
3. each reference resolves to one actor per real-world entity (coreference by name, by role,
   date-aware office holders from the knowledge base; a role word without a name is resolved in
   :mod:`.offices`), plural references become groups (their members are resolved in :mod:`.groups`);
4. a last sweep adds the bare surname mentions ("Putin said") of people already known.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from ..document import Actor, Meta, Span
from ..settings import Settings
from .affiliation import take_affiliations
from .bodies import BodyReader
from .candidates import PersonCandidates
from .context import home_agency_state, in_ranges, main_country, reference_date, shared_name_state, skipped_ranges, \
    year_of
from .context import headline_states
from .coref import name_key_tokens
from .groups import COUNTRY_KIND, GroupFinder, GroupResolver
from .index import ActorIndex
from .kb import KnowledgeBase, load_kb, name_tokens
from .matchers import BODY, COUNTRY, DEMONYM, IGO, KIND_PREFERENCE, ORG, PERSON, ROLE, SEAT, Entry, Hit, KbMatchers
from .names import NameReader
from .offices import OfficeResolver
from .peoples import is_people_noun, people_lexicon
from .persons import PersonResolver
from .titles import Phrase, Title, TitleReader
from .unknown_orgs import UnknownOrganizations, spelled_initials

SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent", "poss")
RANK_PREFIXES = {"co", "vice", "ex", "then"}   # "then-President X": the president at the time told

HALF_WORDS = ("North", "South")   # the halves of a divided state ("North Korea", "South Korea")
GROUP_SECTORS = {"REB", "IMG", "PTY", "OPP"}   # organizations "the group" / "the movement" may stand for
DASHES = {"-", "–", "—", "--"}   # a dash before a name (a dateline's) is no part of it

# the last word of the name of a building that a state's adjective may open ("the Saudi Hospital")
BUILDING_NAME_WORDS = {"hospital", "clinic", "museum", "school", "university", "college", "mosque", "church",
                       "cathedral", "monastery", "library", "theatre", "theater", "market"}


class ActorRecognizer:
    """Finds the actors of a document. Construct once per process: it loads the knowledge base."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.kb: KnowledgeBase = load_kb(tuple(Path(p) for p in self.settings.actor_files))
        self.groups = GroupFinder(self.kb)
        self._matchers: KbMatchers | None = None

    def matchers(self) -> KbMatchers:
        if self._matchers is None:
            from ..nlp import load_nlp
            self._matchers = KbMatchers(self.kb, load_nlp(self.settings.model))
        return self._matchers

    def find(self, doc, meta: Meta, dateline: str | None = None) -> ActorIndex:
        """Actors of a parsed article (a spaCy Doc of Document.text) with all their mentions.
        ``dateline``: the place the article's dateline named (cleaned off the text), if any."""
        published = meta.published if meta is not None else None
        authors = list(meta.authors) if meta is not None else []
        wires = list(meta.wire_sources) if meta is not None else []
        headline = (meta.title or "") if meta is not None else ""
        index = _DocumentActors(self, doc, published or self.settings.published, authors, wires, dateline,
                                headline).run()
        take_affiliations(doc, index)
        return index


class _DocumentActors(PersonCandidates, PersonResolver, GroupResolver, BodyReader, UnknownOrganizations,
                      OfficeResolver, NameReader):
    """The state of recognizing the actors of one doc."""

    def __init__(self, recognizer: ActorRecognizer, doc, published: str | None, authors: list[str],
                 wires: list[str] | None = None, dateline: str | None = None, headline: str = ""):
        self.kb = recognizer.kb
        self.m = recognizer.matchers()
        self.group_finder = recognizer.groups
        self.doc = doc
        self.text = doc.text
        self._words_written: set[str] | None = None   # every token's text, built when first asked
        self.index = ActorIndex()
        self.keys: dict[tuple, str] = {}
        self.skip = skipped_ranges(self.text)
        self.date = reference_date(published, self.text)
        self.year = year_of(self.date)
        self.author_tokens = [name_key_tokens(a) for a in authors if a]
        self.timeline: list[tuple[int, str, bool]] = []   # (token, actor id, is a subject-like mention)
        self.bodies_of_states: list[tuple[str, str]] = []  # (body label, state) of bodies named with their state
        self.owned_bodies: list[tuple[str, str, int]] = []  # (body label, state, token) of national bodies the text gives a state
        self.body_states: dict[int, str] = {}   # head token of such a body (or one it names again) → its state
        self.group_kind: dict[str, str] = {}               # group actor id → COUNTRY_KIND | LEADER_KIND
        self.igo_offices: dict[str, set[tuple[str, str]]] = {}   # person id → {(IGO, role head)} he holds too
        self.guessed_state: set[str] = set()   # persons whose state is only the article's, until a title names one
        self.shared_igo_office: dict[int, tuple] = {}   # person candidate start → (title, role, start, end)
        self.group_heads: set[int] = set()   # the head nouns of plural references ("the two countries")
        self.peoples = people_lexicon()
        self.wires = wires or []
        self.dateline = dateline
        self.headline = headline

    # ---------------------------------------------------------------- utilities
    def _skipped(self, start: int, end: int) -> bool:
        doc = self.doc
        return in_ranges(self.skip, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))

    def _span(self, start: int, end: int) -> Span:
        return Span.from_spacy(self.doc[start:end])

    def _actor(self, key: tuple, **fields) -> Actor:
        """The actor for a key, created with these fields when new."""
        aid = self.keys.get(key)
        if aid is not None:
            return self.index.get(aid)
        actor = Actor(id=self.index.new_id(), **fields)
        self.index.add(actor)
        self.keys[key] = actor.id
        return actor

    def _mention(self, actor: Actor, start: int, end: int, head: int | None = None) -> None:
        while end - start > 1 and self.doc[start].text in DASHES:
            start += 1   # "(Reuters) - M23 rebels": the dateline's dash is no part of the name
        self.index.add_mention(actor.id, self._span(start, end))
        tok = self.doc[head if head is not None else end - 1]
        self.timeline.append((start, actor.id, tok.dep_ in SUBJECT_DEPS or tok.head.dep_ in SUBJECT_DEPS))

    def country_actor(self, iso3: str) -> Actor:
        c = self.kb.countries.get(iso3)
        name = c.name if c else iso3
        return self._actor(("country", iso3), name=name, kind="country", country=iso3, sector="GOV")

    def org_actor(self, name: str) -> Actor:
        org = self.kb.organizations[name]
        aliases = [a for a in org.abbr[:1] if a != org.name]
        return self._actor(("org", name), name=name, kind="organization", country=org.country,
                           sector=org.sector, aliases=aliases)

    # ---------------------------------------------------------------- collecting
    def run(self) -> ActorIndex:
        """Every actor of the doc with its mentions."""
        if not len(self.doc):
            return self.index
        self._collect_matches()
        items, absorbed = self._references()
        for _, _, what, obj in items:
            if what == "person":
                self._person(*obj)
            elif what == "phrase":
                self._phrase(*obj)
            elif what == "group":
                self._group(obj)
            elif what == "hit" and obj.start not in absorbed:
                self._name_hit(obj)
            elif what == "org" and (obj.start not in absorbed or self._party_pointed(obj)):
                self._unknown_org(obj)
            elif what == "people" and obj.i not in absorbed:
                self._people(obj, self.peoples.stateless[obj.text])
        self._divided_state_halves()
        self._sweep_surnames()
        self._join_unnamed_office_holders()
        self._join_offices_in_apposition()
        self._nearer_states_for_guessed()
        self._people_of_organizations()
        return self._without_unmentioned()

    def _people_of_organizations(self) -> None:
        """"said Ada Bea of Amnesty International": a person the text gives no office but an organization
        right after "of" belongs to it (its sector, and its state when it has one)."""
        for a in self.index.actors:
            if a.kind != "person" or a.sector is not None or a.role:
                continue
            for m in a.mentions:
                after = self.text[m.end:m.end + 9]
                skip = 8 if after.startswith(" of the ") else 4 if after.startswith(" of ") else 0
                if not skip:
                    continue
                org = next((self.index.get(aid) for s, _, aid in self.index.mentions_in(m.end + skip, m.end + skip + 1)
                            if s == m.end + skip), None)
                if org is not None and org.kind == "organization" and org.sector:
                    a.sector, a.country = org.sector, a.country or org.country
                    break

    def _divided_state_halves(self) -> None:
        """"the North", "the South's", "the two Koreas" in a story that names a half of a state divided
        into two states "North X" and "South X": that half, or both halves as a group."""
        doc = self.doc
        halves: dict[str, dict[str, str]] = {}   # "Korea" → {"North": "PRK", "South": "KOR"}
        for iso, c in self.kb.countries.items():
            for n in c.names:
                parts = n.split(" ", 1)
                if len(parts) == 2 and parts[0] in HALF_WORDS:
                    halves.setdefault(parts[1], {})[parts[0]] = iso
        named = {a.country for a in self.index.actors if a.kind == "country" and a.mentions}
        stems = {stem: h for stem, h in halves.items() if len(h) == 2 and named & set(h.values())}
        if not stems:
            return
        for tok in doc:
            i = tok.i
            if i == 0 or self._skipped(i, i + 1) or self.index.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
                continue
            if tok.text in HALF_WORDS and len(stems) == 1 and doc[i - 1].lower_ == "the" and not (
                    i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha):   # not "the South China Sea"
                iso = next(iter(stems.values()))[tok.text]
                self._mention(self.country_actor(iso), i, i + 1)
            elif tok.text[:-1] in stems and tok.text.endswith("s") and all(
                    self.keys.get(("country", iso)) and self.index.get(self.keys[("country", iso)]).mentions
                    for iso in stems[tok.text[:-1]].values()):   # both halves named (or "the North/South") before
                start = i   # "the two Koreas", "both Koreas", "the rival Koreas"
                while start > 0 and doc[start - 1].lower_ in ("the", "two", "both", "rival"):
                    start -= 1
                members = [self.country_actor(iso).id for iso in stems[tok.text[:-1]].values()]
                names = [self.index.get(m).name for m in members]
                actor = self._actor(("group", frozenset(members)), name=" and ".join(names), kind="group",
                                    members=members, sector="GOV")
                self.group_kind.setdefault(actor.id, COUNTRY_KIND)
                self._mention(actor, start, i + 1)

    def _collect_matches(self) -> None:
        """Names, role and body words, person names and the article's main state, from matchers and NER."""
        doc = self.doc
        self.sent_starts = [s.start for s in doc.sents] if doc.has_annotation("DEP") or \
            doc.has_annotation("SENT_START") else [0]
        self.ents = list(doc.ents)
        hits = [h for h in self.m.find_names(doc) if not self._skipped(h.start, h.end) and not self._prefixed(h.start)]
        taken = {i for h in hits for i in range(h.start, h.end)}
        self.party_tails: set[int] = set()   # last tokens of longer party names ("Social Democrats")
        hits = [h for h in hits if not self._tail_of_longer_name(h, taken) and not self._inside_place_name(h)]
        hits = self._abbreviations_as_defined(sorted(hits, key=lambda h: h.start))
        self._set_hits([h for h in hits if not self._another_states_party(h, hits)])
        self._resolve_ambiguous_names()
        self._bloc_references()
        phrases = [Phrase(*p) for p in self.m.find_phrases(doc)]
        self.phrases = [p for p in phrases if not self._skipped(p.start, p.end) and not self._hyphenated(p)
                        and not self._inside_name(p)]
        self.name_phrases = {(p.start, p.end): p for p in phrases if p.kind == BODY and self._inside_name(p)}
        self.phrases = sorted(self.phrases + self._heads_of_organizations(), key=lambda p: p.start)
        self.phrase_start = {p.start: p for p in self.phrases}
        self.phrase_end = {p.end - 1: p for p in self.phrases}
        self.phrase_at = {i: p for p in self.phrases for i in range(p.start, p.end)}
        self.persons = self._person_candidates()
        self.person_end = {c.end - 1: n for n, c in enumerate(self.persons)}
        self.person_actor: dict[int, str] = {}
        self._family_names_not_states()
        self._resolve_shared_state_names()
        votes = list(self._country_votes())
        # a city named as a place ("the war on Gaza", "in Gaza"), not as a modifier naming whose actors
        # ("Gaza officials"), votes half in the main state
        cities_at = {ent.start for ent in self.ents if ent.start not in self.hit_at
                     and ent.root.dep_ not in ("compound", "poss", "amod", "nmod")}
        self.main_country = main_country(votes, prefer=headline_states(self.kb, self.headline), places=cities_at)
        agency, dateline = home_agency_state(self.kb, self.wires), self._dateline_state()
        home = agency or dateline
        counts = Counter(iso for _, iso in votes if iso)
        lede = self._lede_subject_states(votes)
        if home and counts and (2 * counts[home] >= max(counts.values()) or lede[:1] == [home]) \
                and (agency or not lede or home in lede):
            # a Yonhap story, or one datelined SEOUL, that names South Korea about as often as any other
            # state, or in its lede's subject: an unnamed "unification minister" is South Korea's; not a story
            # datelined BANGKOK whose lede's subject is Myanmar's
            self.main_country = home
        org_at = {h.start for h in self.hits if h.best.kind == ORG}
        self.states_named = {iso for i, iso in votes if i not in org_at}
        # states the story names twice or more by themselves (not through their organizations)
        self.states_named_often = {iso for iso, n in Counter(iso for i, iso in votes if i not in org_at).items() if n >= 2}
        self.scene_country = self._scene_country()
        self.reader = TitleReader(doc, self.hit_end.get, self._phrase_ending, self.phrase_start.get,
                                  self.hit_start.get, self.person_end.get, self.kb.title_modifiers, self.sentence)
        self.reader.place_state = self.kb.state_of_place
        self.reader.body_words = set(self.kb.org_words)

    def _references(self) -> tuple[list[tuple[int, int, str, object]], set[int]]:
        """Every reference to resolve, in text order, and the tokens that titles use up."""
        titles = [self.reader.read(c.start, c.end) for c in self.persons]
        absorbed: set[int] = set()
        for t in titles:
            absorbed |= t.absorbed()
        group_refs = [g for g in self.group_finder.find(self.doc, self.text) if not self._skipped(g.start, g.end)]
        in_group = {i for g in group_refs for i in range(g.start, g.end)}
        self.group_heads = {g.end - 1 for g in group_refs}
        person_tokens = {i for c in self.persons for i in range(c.start, c.end)}
        items: list[tuple[int, int, str, object]] = []
        for n, (cand, title) in enumerate(zip(self.persons, titles)):
            items.append((cand.start, 0, "person", (n, cand, title)))
        for p in self.phrases:
            if p.start in absorbed or p.start in in_group or p.start in person_tokens:
                continue
            ptitle = self._phrase_title(p)
            absorbed |= ptitle.absorbed() - set(range(p.start, p.end))
            items.append((p.start, 1, "phrase", (p, ptitle)))
        items += [(g.start, 2, "group", g) for g in group_refs]
        items += [(h.start, 3, "hit", h) for h in self.hits if h.best.kind != PERSON]
        items += [(ent.start, 4, "org", ent) for ent in self._unknown_orgs()]
        items += [(t.i, 3, "people", t) for t in self.doc if t.text in self.peoples.stateless
                  and t.i not in self.hit_at and t.i not in in_group and is_people_noun(t)
                  and not self._skipped(t.i, t.i + 1)]
        items.sort(key=lambda x: (x[0], x[1]))
        return items, absorbed

    def _without_unmentioned(self) -> ActorIndex:
        """Drops actors made only to be group members that the text never names (and them from groups)."""
        gone = {a.id for a in self.index.actors if not a.mentions}
        if not gone:
            return self.index
        kept = [a for a in self.index.actors if a.id not in gone]
        for a in kept:
            a.members = [m for m in a.members if m not in gone]
        return ActorIndex(kept)

    def _bloc_references(self) -> None:
        """"the bloc", "the bloc's trade commissioner": the bloc of member states (an IGO with members in the
        knowledge base) named last, within the five sentences before; "the group", "the group's spokesman": the
        armed group, party or movement named last (the organization named last, within two sentences)."""
        doc = self.doc
        extra = []
        self.anaphors: set[int] = set()
        for tok in doc:
            if tok.text not in ("bloc", "group", "movement") or tok.i == 0 or doc[tok.i - 1].lower_ != "the" \
                    or tok.i in self.hit_at:
                continue
            here = bisect_right(self.sent_starts, tok.i)
            if tok.text == "bloc":
                for h in reversed(self.hits):
                    org = self.kb.organizations.get(h.best.key) if h.best.kind == IGO else None
                    if h.end <= tok.i and org is not None and org.members:
                        if here - bisect_right(self.sent_starts, h.start) <= 5:
                            extra.append(Hit(tok.i, tok.i + 1, [Entry(IGO, org.name)]))
                        break
                continue
            # "the group": the armed group, party or movement named within two sentences before, the last one
            # named as a subject if any ("Al-Shabaab militants, linked to al-Qaeda, ... against the group")
            named = [h for h in self.hits if h.end <= tok.i and h.best.kind == ORG
                     and here - bisect_right(self.sent_starts, h.start) <= 2
                     and (org := self.kb.organizations.get(h.best.key)) is not None and org.sector in GROUP_SECTORS]
            if named:
                subjects = [h for h in named if self._in_subject(doc[h.end - 1])]
                extra.append(Hit(tok.i, tok.i + 1, [Entry(ORG, (subjects or named)[-1].best.key)]))
                self.anaphors.add(tok.i)
        if extra:
            self._set_hits(sorted(self.hits + extra, key=lambda h: h.start))

    def _another_states_party(self, h: Hit, hits: list[Hit]) -> bool:
        """Whether a known party's name follows another state's name or adjective ("the Croatian Labour Party" is
        not Britain's Labour Party): the whole name is an unknown party of that state."""
        org = self.kb.organizations.get(h.best.key) if h.best.kind == ORG else None
        if org is None or org.sector != "PTY" or not org.country:
            return False
        before = next((b for b in hits if b.end == h.start), None)
        return before is not None and before.best.kind in (COUNTRY, DEMONYM) and before.best.key != org.country

    def _lede_subject_states(self, votes) -> list[str]:
        """The states voted for inside the subject of the article's first sentence ("Myanmar's junta chief
        invited ..."), in order."""
        lede_end = self.sent_starts[1] if len(self.sent_starts) > 1 else len(self.doc)
        root = next((t for t in self.doc[:lede_end] if t.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
        if subject is None:
            return []
        return [iso for i, iso in votes if iso and subject.left_edge.i <= i <= subject.right_edge.i]

    def _abbreviations_as_defined(self, hits: list[Hit]) -> list[Hit]:
        """An abbreviation means what the text spells it out as before it in brackets: after "the Rapid Support
        Forces (RSF)" every "RSF" is that name's, and after "the Armed Forces of the Philippines (AFP)", a name the
        knowledge base does not know, "AFP" is no longer the news agency it knows by those letters."""
        doc = self.doc
        by_end = {h.end: h for h in hits}
        defined: dict[str, list] = {}
        for i in range(2, len(doc) - 2):
            short = doc[i + 1]
            if doc[i].text != "(" or doc[i + 2].text != ")" or not short.is_upper or not 2 <= len(short.text) <= 6 \
                    or short.text in defined:
                continue
            named = by_end.get(i)
            if named is not None and named.end - named.start > 1:
                defined[short.text] = named.entries
            elif named is None and spelled_initials(doc[max(0, i - 8): i], short.text):
                defined[short.text] = []
        if not defined:
            return hits
        out = []
        for h in hits:
            meant = defined.get(doc[h.start:h.end].text) if h.end - h.start == 1 else None
            if meant is None:
                out.append(h)
            elif meant:
                out.append(Hit(h.start, h.end, list(meant)))
        return out

    def _set_hits(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.hit_start = {h.start: h for h in hits}
        self.hit_end = {h.end - 1: h for h in hits}
        self.hit_at = {i: h for h in hits for i in range(h.start, h.end)}

    def _heads_of_organizations(self) -> list[Phrase]:
        """"NATO head Jens Berg", "the IAEA head": "head" right after an organization's name is its chief's
        role word (alone it is no role: "the head of the list", "shot in the head")."""
        doc, out = self.doc, []
        taken = {i for p in self.phrases for i in range(p.start, p.end)}
        for tok in doc:
            i = tok.i
            owner = self.hit_end.get(i - 1)
            if tok.lower_ == "head" and tok.pos_ in ("NOUN", "PROPN") and i not in taken and owner is not None \
                    and owner.best.kind in (IGO, ORG) and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of") \
                    and not self._skipped(i, i + 1):
                out.append(Phrase(i, i + 1, ROLE, self.kb.role_sectors.get("chief", "GOV")))
        return out

    def _inside_name(self, p: Phrase) -> bool:
        """"European Union", "State Department": a role or body word that is part of a known name."""
        return any(i in self.hit_at and self.hit_at[i].best.kind in (IGO, ORG, PERSON) for i in range(p.start, p.end))

    def _prefixed(self, i: int) -> bool:
        """"pro-Russia", "anti-American": a name inside a hyphenated word is no mention of its own."""
        doc = self.doc
        return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_

    def _tail_of_longer_name(self, h: Hit, taken: set[int]) -> bool:
        """An organization's name that only ends a longer one the parser reads as one ("the *National* Security
        Council" is no UN body): a capitalised word of the same entity, matched by nothing, stands before it."""
        doc = self.doc
        if self._party_family_tail(h, taken):
            self.party_tails.add(h.end - 1)
            return True
        if h.best.kind not in (IGO, ORG) or h.start < 1 or h.end - h.start < 2:
            return False
        prev = doc[h.start - 1]
        return prev.is_title and prev.ent_type_ == "ORG" and doc[h.start].ent_iob_ == "I" and prev.i not in taken \
            and prev.pos_ in ("PROPN", "ADJ")

    def _inside_place_name(self, h: Hit) -> bool:
        """A state's name or adjective inside the name of a sea or gulf the gazetteer of features knows
        ("the Gulf *of Oman*", "the Sea of *Japan*") or of a building ("the *Saudi* Hospital", "the *Egyptian*
        Museum"): a place, no party to what happens there."""
        if h.best.kind not in (COUNTRY, DEMONYM):
            return False
        doc = self.doc
        ent = next((e for e in self.ents if e.start <= h.start and h.end <= e.end and e.end - e.start > h.end - h.start
                    and e.label_ in ("LOC", "FAC", "GPE", "ORG")), None)
        if ent is not None:
            from ..events.places import geo_features
            words = [t for t in ent if t.lower_ != "the"]
            if words and doc[words[0].i:ent.end].text.lower() in geo_features():
                return True
        return h.end < len(doc) and doc[h.end].is_title and doc[h.end].lower_ in BUILDING_NAME_WORDS and \
            (h.end + 1 == len(doc) or not doc[h.end + 1].is_title)

    def _party_family_tail(self, h: Hit, taken: set[int]) -> bool:
        """A party's one-word name that ends a longer party name ("Civic Democrats", "Free Democrats" are no
        US party): a capitalised word of the same entity, matched by nothing and no body word, stands before it."""
        doc = self.doc
        org = self.kb.organizations.get(h.best.key) if h.best.kind == ORG else None
        if org is None or org.sector != "PTY" or h.end - h.start != 1 or h.start < 1:
            return False
        prev = doc[h.start - 1]
        return prev.is_title and prev.ent_type_ in ("NORP", "ORG") and doc[h.start].ent_iob_ == "I" \
            and prev.i not in taken and prev.pos_ in ("PROPN", "ADJ") and prev.lower_ not in self.kb.org_words

    def _hyphenated(self, p: Phrase) -> bool:
        """"anti-government", "government-backed": a role or body word inside a hyphenated word."""
        doc = self.doc
        before = p.start > 0 and doc[p.start - 1].text == "-" and doc[p.start - 1].whitespace_ == "" \
            and not (p.start > 1 and doc[p.start - 2].lower_ in RANK_PREFIXES)   # "co-leader" is a leader
        after = p.end < len(doc) and doc[p.end].text == "-" and doc[p.end - 1].whitespace_ == ""
        return before or after

    def _phrase_ending(self, i: int) -> Phrase | None:
        return self.phrase_end.get(i)

    def _resolve_ambiguous_names(self) -> None:
        """Georgia the state or Georgia the U.S. state: count each reading's cues in the article."""
        self.other_reading: dict[str, dict] = {}
        for name, amb in self.kb.ambiguities.items():
            if name not in self.text:
                continue
            other = sum(self.text.count(c) for c in amb.other_cues)
            mine = sum(self.text.count(c) for c in amb.country_cues)
            if other > mine:
                self.other_reading[name] = amb.other

    def _family_names_not_states(self) -> None:
        """A state's name that is the family name of a person named in full ("Representative Ann Jordan ...
        Jordan said") is that person where it is a subject; the last sweep gives it to the person."""
        doc = self.doc
        family = {doc[c.end - 1].text for c in self.persons if c.end - c.start >= 2}
        drop = {h.start for h in self.hits if h.end - h.start == 1 and h.best.kind == COUNTRY
                and doc[h.start].text in family and doc[h.start].dep_ in ("nsubj", "nsubjpass")}
        if drop:
            self._set_hits([h for h in self.hits if h.start not in drop])

    def _resolve_shared_state_names(self) -> None:
        """A name of several states ("Congolese") means the one the article names otherwise, else the
        more populous: its entry goes first."""
        shared = {h.start: h for h in self.hits
                  if len({e.key for e in h.entries if e.kind in (COUNTRY, DEMONYM, SEAT)}) > 1}
        if not shared:
            return
        counts = Counter(iso for i, iso in self._country_votes() if i not in shared)
        for h in shared.values():
            states = [e.key for e in h.entries if e.kind in (COUNTRY, DEMONYM, SEAT)]
            chosen = shared_name_state(states, counts)
            h.entries.sort(key=lambda e: (KIND_PREFERENCE[e.kind], e.key != chosen))

    def _country_votes(self):
        """(position, ISO3) for every state, demonym, capital, city, known person and named organization
        of one state in the text."""
        doc = self.doc
        for h in self.hits:
            e = h.best
            if h.end < len(doc) and doc[h.end].is_currency:
                continue
            if e.kind in (COUNTRY, DEMONYM) and self.doc[h.start:h.end].text not in self.other_reading:
                yield h.start, e.key
            elif e.kind == SEAT and e.key in self.kb.countries:
                yield h.start, e.key
            elif e.kind == PERSON:
                t = self.kb.best_tenure(self.kb.tenures_of(e.key), self.date)
                if t is not None and t.country:
                    yield h.start, t.country
            elif e.kind == ORG and e.key in self.kb.organizations and self.kb.organizations[e.key].country \
                    and not (h.end - h.start == 1 and self._generic_name(doc[h.start].text)):   # not "Congress"
                # a movement or institution of one state ("the rebel movement UNITA") is about it
                yield h.start, self.kb.organizations[e.key].country
        for ent in self.ents:
            if ent.label_ in ("GPE", "LOC") and ent.start not in self.hit_at:
                iso = self.kb.cities.get(ent.text)
                if iso:
                    yield ent.start, iso

    def _scene_country(self) -> str | None:
        """The state where the story happens when it is not the main one: the state named at least twice
        after "in" and more often than any other, while the main state never is ("arrests in Hong Kong"
        condemned by Washington and London); a venue named twice ("talks in Geneva") is not enough."""
        counts: Counter[str] = Counter(iso for t in self.doc if t.lower_ == "in" and t.dep_ == "prep"
                                       for iso in [self._state_in(t)] if iso)
        if not counts or counts[self.main_country]:
            return None
        (best, n), *rest = counts.most_common(2) + [(None, 0)]
        if n < 2 or n == rest[0][1] or sum(iso == best for _, iso in self._country_votes()) < 2:
            return None
        return best

    # ---------------------------------------------------------------- roles and bodies
    def _phrase(self, p: Phrase, title: Title) -> None:
        if p.kind == BODY:
            self._body(p, title)
        else:
            self._role(p, title)

    def _adjectives_start(self, p: Phrase) -> int:
        """The first of the adjectives and nouns right before a body word ("anti-government demonstrators")."""
        doc = self.doc
        start = p.start
        head = doc[p.end - 1]
        for child in reversed(list(head.lefts)):
            words = doc[child.left_edge.i:start]
            if child.dep_ in ("amod", "compound", "nmod") and child.right_edge.i == start - 1 \
                    and child.left_edge.i not in self.hit_at and not self._skipped(child.left_edge.i, start) \
                    and all(t.is_alpha or t.text == "-" for t in words):
                start = child.left_edge.i
        return start

    # ---------------------------------------------------------------- sentences
    def sentence(self, i: int) -> tuple[int, int]:
        """(first token, one past the last token) of the sentence holding token i."""
        k = bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[k], end

    # ---------------------------------------------------------------- last sweep
    def _sweep_surnames(self) -> None:
        """Adds bare-name mentions ("Putin", "Jintao") of people already found, where no mention is."""
        owners: dict[str, set[str]] = {}
        for a in self.index.actors:
            if a.kind != "person":
                continue
            # the family name; a given name alone ("Donald") is too often someone else's
            family = 0 if a.country in self.kb.family_name_first else -1
            for tok in {name_tokens(n)[family] for n in [a.name, *a.aliases] if name_tokens(n)}:
                owners.setdefault(tok, set()).add(a.id)
        unique = {tok: ids.pop() for tok, ids in owners.items() if len(ids) == 1}
        if not unique:
            return
        pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, unique), key=len, reverse=True)) + r")\b")
        for m in pattern.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1 or span.start in self.hit_at:
                continue
            tok = span[0]
            # the tagger may call a name that opens a sentence an adjective ("Quispe at the hearing said"); one
            # that modifies a noun ("Young people") is no mention
            if not (tok.pos_ in ("PROPN", "NOUN", "X") or (tok.pos_ == "ADJ" and tok.dep_ != "amod")) \
                    or self._skipped(tok.i, tok.i + 1):
                continue
            if self.index.actor_at(m.start(), m.end()) is not None:
                continue
            self.index.add_mention(unique[m.group()], Span.of(self.text, m.start(), m.end()))
