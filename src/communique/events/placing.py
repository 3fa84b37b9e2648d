"""Where an event happened: which place words of its sentence belong to the act.

A place frames an act only from the act's own clause or one framing it (a sentence-opening "In X,",
the clause above it or its subject, a time clause on it, a gathering it is done at, the act a threat
threatens); not from another clause, a reporting verb or a topic ("talks on X"). Physical acts keep
the place of their target. The article's opening place (:func:`opening_place`) serves meetings.
Names are resolved with the gazetteer of :mod:`.places`.
"""
from __future__ import annotations

from datetime import date as Date

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..actors.kb import load_kb
from ..document import Location
from .dating import AGAINST_VERBS
from .phrases import SAY_VERBS
from .places import capital_of, country_name, resolve_place
from .syntax import ATTACH_DEPS, SEQUENCE_WORDS, Candidate, attached_to, sequence_phrase


PLACE_PREPS = {"in", "at", "through", "near", "across", "outside", "inside", "around", "throughout", "into", "on", "off",
               "along"}


PLACE_LABELS = {"GPE", "LOC", "FAC"}


TALKS_NOUNS = {"talk", "negotiation", "meeting", "dialogue", "round", "summit", "conference", "session"}


# gatherings of a body's own members: the host state is no party to them ("the bloc's summit
# in Accra", "its session in Lima")
GATHERING_NOUNS = {"summit", "session", "conference", "congress", "assembly", "forum", "convention", "plenary",
                   "ministerial"}
# any meeting, of parties or of a body's members
MEETING_NOUNS = TALKS_NOUNS | GATHERING_NOUNS


def _gathering_at(t: Token) -> bool:
    """A meeting at or during which something is done ("aid for X at a *conference* in Y")."""
    return t.lemma_.lower() in MEETING_NOUNS and t.head.lower_ in ("at", "during")


def place_entities(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Place names after "in/at/through …", also through "of" ("in the northern city of Kirkuk")."""
    out = []
    for e in ents:
        if _named_before_its_kind(e):
            node = e.root.head      # "in the Hiran region", "in the Khyber district": the name before its kind
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in PLACE_PREPS and \
                    node.head.head.lower_ != "from":
                out.append(e)
            continue
        if e.root.dep_ != "pobj" or e.label_ not in PLACE_LABELS and not named_as_place(e.root) and \
                not (e.root.head.lower_ == "in" and _mistagged_town(e) and
                     (e.label_ == "ORG" or e.root.head.head.pos_ in ("VERB", "AUX"))) and \
                not (e.label_ == "ORG" and any(c.dep_ in ("amod", "compound") and c.lower_ in COMPASS_PART_WORDS
                                               for c in e.root.children) and load_kb().state_named(e.text)):
            continue        # (a state's part tagged an organisation: "in eastern DRC")
        if all(w.lower_ in COMPASS_PART_WORDS and w.is_lower for w in e):
            continue        # "in south east of X": a part, not a name ("the North" may be a state)
        prep = e.root.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep" and \
                (prep.head.lemma_.lower() in PLACE_NOUNS | PART_NOUNS or      # not "in the direction of X"
                 prep.head.lower_ in PART_NOUNS):   # ("outskirts", "waters": lemmatised "outskirt", "water")
            prep = prep.head.head
        if prep.lower_ == "of" and prep.head.lower_ in PLACE_PREPS:   # "outside of the town of Arden"
            prep = prep.head
        if prep.lower_ == "on" and e.label_ == "GPE" and prep == e.root.head:
            continue        # "talks on Ukraine", "sanctions on Belarus": a topic or a target, no place
            #               (not "on the outskirts of X")
        if prep.head.lower_ == "from":
            continue        # "delegates from across the region": where they come from
        if prep.dep_ in ("prep", "advmod") and prep.lower_ in PLACE_PREPS:
            out.append(e)
    for e in ents:     # "in Kenya's capital", "in the Kenyan capital Nairobi"
        head = e.root.head
        if e.label_ == "GPE" and e.root.dep_ in ("poss", "appos") and head.dep_ == "pobj" and \
                head.lemma_.lower() in PLACE_NOUNS | PART_NOUNS and head.head.lower_ in PLACE_PREPS and \
                head.head.dep_ == "prep" and e not in out:
            out.append(e)
        elif e.root.dep_ == "appos" and head.dep_ == "pobj" and head.lemma_.lower() in PLACE_NOUNS and \
                head.head.lower_ in PLACE_PREPS and head.head.dep_ == "prep" and e not in out and _mistagged_town(e):
            out.append(e)      # "in the capital Dakar" with the name tagged a person or an organisation
        elif e.label_ == "NORP" and e.root.dep_ == "amod" and head.lemma_.lower() == "capital" and \
                head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS and head.head.dep_ == "prep" and \
                not any(c.dep_ == "appos" for c in head.children) and load_kb().state_named(e.text, demonyms=True):
            out.append(e)      # "in the Turkish capital": the capital of the state of that people
    return out


# kinds of place a name may stand before ("the Hiran region", "the Khyber district"; not "the Gaza
# city council", the council's, nor an area, most often a town's quarter: "the Rampura area")
KIND_NOUNS = {"province", "district", "region", "county", "governorate", "prefecture", "state"}


def _named_before_its_kind(ent: SpacySpan) -> bool:
    """Whether a place name stands before the kind of place it is ("the Hiran region"; not "Dhaka's
    X district", placed by its city)."""
    kind = ent.root.head
    return ent.label_ in PLACE_LABELS and ent.root.dep_ == "compound" and kind.lemma_.lower() in KIND_NOUNS and \
        kind.i == ent.end and not any(c.dep_ == "poss" for c in kind.children)


def _mistagged_town(ent: SpacySpan) -> bool:
    """Whether a name the tagger took for a person or an organisation is a town or region of the
    gazetteer ("arrested in Dakar", "in the capital Antananarivo")."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    loc = resolve_place(ent.text)
    return loc is not None and loc.country is not None and loc.lat is not None


# words of a compass direction, which alone name no place ("the south east")
COMPASS_PART_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "-",
                      "northern", "southern", "eastern", "western", "central", "far", "the"}


# nouns that make the name after "of" a place, whatever the tagger calls it ("the town of X")
PLACE_NOUNS = {"town", "city", "village", "province", "district", "region", "port", "capital", "county",
               "island", "enclave", "suburb", "neighbourhood", "neighborhood", "area"}


# nouns for a part of a place, through which "of" still names where ("on the outskirts of X")
PART_NOUNS = {"outskirts", "coast", "centre", "center", "heart", "north", "south", "east", "west", "part", "territory",
              "waters", "border", "streets", "suburbs", "shores", "vicinity", "state", "republic", "kingdom", "resort",
              "camp", "base", "airport", "harbour", "harbor", "valley", "peninsula", "governorate", "prefecture",
              "municipality", "emirate", "oblast", "islands", "gulf", "sea", "strait", "borders", "sector",
              "quarter", "zone", "section"}


def named_as_place(word: Token) -> bool:
    """Whether a name the tagger did not call a place is one the gazetteer places after "the
    town of" ("near the town of Samarra" tagged a nationality)."""
    if word.head.lower_ != "of" or word.head.head.lemma_.lower() not in PLACE_NOUNS:
        return False
    loc = resolve_place(" ".join(t.text for t in word.subtree))
    return loc is not None and loc.country is not None


def event_location(tok: Token, ents: list[SpacySpan], cand: Candidate, prefer: set[str],
                   acts: frozenset[int] | set[int] = frozenset(), event: str | None = None) -> Location | None:
    """Where the event happened: a place in its own clause ("in Nairobi", "through Lima"),
    the place visited, else a place elsewhere in the sentence. ``acts``: the token indices of the
    sentence's other trigger words (a place of another act is that act's, for a verbal act);
    ``event``: the category the act was recoded to, if any (a diplomatic protest is an accusation)."""
    places = [e for e in place_entities(ents) if not _in_reporting_subject(e.root, tok)]
    # "denounced the raids on tankers in the Red Sea", "backs states across the Middle East",
    # "the violence in X has drawn condemnation": where the attacks, the countries, the violence
    # are is not where the condemnation or the support is; nor is "the summit in X", "a visit to
    # X" where the talks it leads to are
    places = [e for e in places if not _place_of_another(e.root, tok, acts, verbal=(event or cand.event) in VERBAL_ACTS)]
    # "recalled its envoy on Friday after a raid in X", "froze relations after a mob burned the
    # mission in X": a phrase of what came before or after an act places only what it tells (not
    # for a physical act, which mostly follows another where it was: "were killed in X after
    # gunmen overran a base"; nor for a protest or a meeting, where what came before mostly was)
    if cand.event not in PHYSICAL_ACTS | {"PROTEST"}:
        places = [e for e in places if not _across_a_sequence(e.root, tok)]
    # "gathered in X to debate the *war*", "talks at X on *support* for Y": what is talked about or
    # aimed at is not where the talking is
    places = [e for e in places if not _about_below(e.root, tok)]
    if cand.mode == "visit":
        places = [e for e in ents if e.label_ in PLACE_LABELS and e.root.dep_ == "dobj"
                  and e.root.head == tok] + places
    # (not through a topic: "protests against the offensive in X" are not in X)
    physical = cand.event in PHYSICAL_ACTS
    attached = [e for e in places if attached_to(e.root, tok) and (physical or not _through_topic(e.root, tok))]
    # the trigger's own place first ("pleaded for peace in X after a meeting in Y": the meeting is in Y)
    # (and a town before the region it is in: "In X state, gunmen killed nine in Tawila")
    attached.sort(key=lambda e: (tok not in _up_through_modifiers(e.root), _named_before_its_kind(e)))
    # else a place of a clause the trigger is part of, not of another clause ("met Peru's minister,
    # who arrived in Lima" places nothing)
    framing = [e for e in places if _places_the_clause_of(e.root, tok, threat=cand.event == "THREATEN", physical=physical)]
    if attached and all(_named_before_its_kind(e) for e in attached):
        # a town that frames the clause before the region the act hangs on ("In West Darfur state,
        # clashes in El Geneina killed …": El Geneina)
        attached = [e for e in framing if not _named_before_its_kind(e)] or attached
    places = attached or framing
    if not places and cand.event in SENDING_ACTS:
        # "dispatched two corvettes to the Red Sea", "deployed troops to X": where they are sent
        places = [e for e in ents if e.label_ in PLACE_LABELS and e.root.dep_ == "pobj" and
                  e.root.head.lower_ in ("to", "into") and e.root.head.head == tok and tok.pos_ == "VERB"]
        attached = places
    verb = tok.head if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in IMPACT_VERBS else tok
    if not places and (event or cand.event) == "ASSAULT" and verb.pos_ == "VERB":
        # "pounded the Gaza Strip", "invaded Ukraine": an attack is where the place it strikes is
        # (also "air *strikes* rocked the capital")
        places = [e for e in ents if e.root.dep_ == "dobj" and e.root.head == verb and
                  (e.label_ in PLACE_LABELS and _known_place(e) or _mistagged_town(e))]
        attached = places
    if not places and any(c.dep_ == "advmod" and c.lower_ == "there" for c in tok.children):
        # "met officials there": the place the sentence named before
        places = [e for e in place_entities(ents) if e.root.i < tok.i][-1:]
        attached = places
    if not places:
        return _destination(tok, ents, prefer)
    # (a place of a clause on the trigger before one of the clause above: "summoned the envoy in
    # Manila over the water cannon that hit a boat in the South China Sea")
    own = set(tok.subtree)
    best = places[0] if attached else min(places, key=lambda e: (e.root not in own, abs(e.root.i - tok.i)))
    loc = place_location(best, prefer)
    if loc is not None and loc.country is None:
        loc.country = _context_country(best, prefer)
    if loc is not None and loc.country is None and loc.lat is None:
        loc.country = _state_of_the_other_places(best, ents, prefer)
    if loc is not None and loc.country is None and loc.lat is None and _named_before_its_kind(best) and len(prefer) == 1:
        loc.country = next(iter(prefer))    # "in the Hiran region" of a story only about Somalia
    return loc


# verbs of an attack's impact, whose object is where the attack named as their subject struck
# ("air strikes *rocked* the capital")
IMPACT_VERBS = {"rock", "hit", "strike", "pound", "shake", "target", "ravage", "batter", "engulf", "devastate"}


def _known_place(ent: SpacySpan) -> bool:
    """Whether the gazetteer or the table of regions knows a name (not a ship: "the Maersk Hangzhou")."""
    loc = place_location(ent) if ent.kb_id_ else resolve_place(ent.text)
    return loc is not None and (loc.lat is not None or loc.geonames_id is not None)


def _state_of_the_other_places(ent: SpacySpan, ents: list[SpacySpan], prefer: set[str]) -> str | None:
    """The one state the sentence's other place names are in, for a name the gazetteer lacks ("in
    West Darfur state, clashes in El Geneina": Sudan), else None."""
    states = set()
    for e in ents:      # (places, not states named as actors: "Israel struck X", "Iraq's army")
        if e != ent and e.label_ in PLACE_LABELS and e.root.dep_ in ("pobj", "compound", "appos", "conj"):
            loc = resolve_place(e.text, prefer)
            if loc is not None and loc.country:
                states.add(loc.country)
    return states.pop() if len(states) == 1 else None


def _across_a_sequence(word: Token, tok: Token) -> bool:
    """Whether a place name and the trigger are on either side of a phrase or clause of "after",
    "following" or "before": the trigger in it and the place outside ("signed in X after *threats*"),
    or the place in one the trigger is outside of ("*froze relations* after a mob burned the
    mission in X"); not a place arrived at ("*met* him after arriving in Lima")."""
    seq = sequence_phrase(tok)
    if seq is not None and word not in set(seq[0].subtree):
        return tok.lemma_.lower() not in MEETING_NOUNS    # ("spoke in X after a *meeting* with Y": there)
    seq = sequence_phrase(word)
    if seq is None or tok in set(seq[0].subtree):
        return False
    inside = set(seq[0].subtree)
    if any(a in inside and a.lemma_.lower() in MEETING_NOUNS for a in word.ancestors):
        return False        # "settled the text after a week of talks in X": where the talks ended
    verb = seq[0] if seq[0].pos_ in ("VERB", "AUX") else next((c for c in seq[0].children if c.dep_ == "pcomp"), None)
    return not (seq[1] == "after" and verb is not None and verb.lemma_.lower() in MOVEMENT_VERBS | {"land", "reach"})


# words of talk or dispute, whose topic ("talks *on* X", "a protest *over* X") is what they are about
TALK_WORDS = MEETING_NOUNS | {"discussion", "debate", "consultation", "protest", "statement", "decision", "proposal",
                              "resolution", "dispute", "row", "agreement", "deal", "discuss", "negotiate", "meet"}


def _about_below(word: Token, tok: Token) -> bool:
    """Whether a place name hangs above what the trigger is part of, and the trigger is what a word
    of talk or aim in between is about: the object of a topic preposition on a meeting, talk or
    protest ("talks at X on *support* for Y", "a protest over the *arrests*"), or the object of a
    verb of talk or of an aim of such a word ("gathered in X to debate the *war*", "a plan to end
    the *blockade*")."""
    line = [tok, *tok.ancestors]
    top = next((a for a in (word, *word.ancestors) if a in line), None)
    t = tok
    while top is not None and t != top and t.head != t:
        if t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS and t.head.head.lemma_.lower() in TALK_WORDS and \
                t.ent_type_ != "DATE" and t.lower_ not in OCCASION_NOUNS:
            return True     # (not "met on 21 August, where …")
        verb = t.head
        if t.dep_ == "dobj" and (verb.lemma_.lower() in TALK_VERBS or verb.lemma_.lower() in AGAINST_VERBS and
                                 verb.head.lemma_.lower() in TALK_WORDS and
                                 any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            return True     # (not an act stopped where it is: "troops broke up *demonstrations*")
        t = t.head
    return False


# verbs of talking about something, whose object is what is talked about
TALK_VERBS = {"discuss", "address", "debate", "condemn", "denounce", "criticize", "criticise", "negotiate"}


# acts of sending forces or goods: their place is where they are sent
SENDING_ACTS = {"MOBILIZE", "AID"}


# acts done by saying or deciding: where they are is not where what they are about or aimed at is
VERBAL_ACTS = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "AGREE", "COOPERATE"}


# nouns for states or peoples: a place on them says where they are ("countries in the Middle East")
COLLECTIVE_NOUNS = {"country", "state", "nation", "government", "people", "community", "civilian", "resident",
                    "population", "region", "authority", "official", "regime"}


def _place_of_another(word: Token, tok: Token, acts: frozenset[int] | set[int], verbal: bool = True) -> bool:
    """Whether a place name describes another act, the act's addressee, or the subject of the
    act's clause rather than the act: for a verbal act, it hangs from another trigger word
    ("condemned the *attacks* on ships in the Red Sea"; not a gathering the act is done at: "agreed
    at a *summit* in X") or from a state or people the act is aimed at ("supports *countries* in
    the Middle East"); for any act named by a noun, from another act that is the subject of its
    clause ("the *violence* in X has drawn condemnation", "the *summit* in X is the run-up to
    talks")."""
    t, above = word.head, set(tok.ancestors)
    if verbal and _in_the_charge(word, tok):
        return True     # "accused them of stoking the war in X": the charge is there, not the accusation
    if verbal and word.head.head in (tok, *above) and any(
            w.i in acts and tok.i < w.i < word.i and w.lemma_.lower() not in MEETING_NOUNS
            for w in tok.subtree):
        return True     # the parser hangs on the verb what the nearer act has ("a protest over the use of
        #                 a water cannon on a fishing skiff in the South China Sea")
    if verbal and word.head.head == tok and any(
            c.dep_ in ("dobj", "dative") and c.right_edge.i + 1 == word.head.i and
            (c.ent_type_ in ("GPE", "NORP") or c.lemma_.lower() in COLLECTIVE_NOUNS) for c in tok.children):
        return True     # the parser hangs on the verb the place right after its addressee ("accusing
        #                 the authorities in X of …": where they are, not where the accusing is)
    through_act = False
    while t.dep_ in ATTACH_DEPS | {"dobj", "pobj", "nsubj", "nsubjpass", "dative", "acl", "relcl"} and t.head != t:
        if t == tok or t in above:
            return False
        through_act = through_act or t.i in acts and t.lemma_.lower() not in MEETING_NOUNS
        if through_act and t.dep_ == "prep" and t.lower_ in ("after", "before", "following", "since") and \
                t.head in above:
            return True     # "the capture came after a month of *raids* on tankers in the Red Sea"
        if _gathering_at(t):
            return False        # a gathering at which, however the parser attached it ("committed aid
            #                     for the war at a conference in X")
        if t.dep_ == "nsubj" and t.i in acts and tok.pos_ in ("NOUN", "PROPN") and t.head in above:
            return True
        if verbal and t.pos_ in ("NOUN", "PROPN"):
            setting = t.lemma_.lower() in MEETING_NOUNS and (
                t.head.lower_ in ("on", "in", "of") or t not in set(tok.subtree))
            if t.i in acts and not setting and not (t.dep_ == "nsubj" and t.head == tok):
                return True     # (not a meeting the act is part of: "a meeting in X agreed", "on the
                #                 sidelines of a summit in X"; nor the act's doers)
            if t.dep_ in ("dobj", "dative", "pobj") and t.head in (tok, *tok.children) and (
                    t.ent_type_ in ("GPE", "NORP") or t.lemma_.lower() in COLLECTIVE_NOUNS):
                return True
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "dative") and t.head == tok:
            return False
        t = t.head
    return False


# prepositions that open what a verbal act is about ("accused of …", "condemned for …")
CHARGE_PREPS = {"of", "for"}


def _in_the_charge(word: Token, tok: Token) -> bool:
    """Whether a place is inside the "of/for" phrase hung on a verbal act, which says what it
    charges or asks ("accused X of seeking to inflame the conflict in Y", "officials accused of
    abuses in Y")."""
    for a in word.ancestors:
        if a == tok or _gathering_at(a):
            return False        # (a gathering the act is done at, however attached: "aid for X at a conference in Y")
        if a.dep_ == "prep" and a.lower_ in CHARGE_PREPS and a.head == tok:
            return True
    return False


def place_location(ent: SpacySpan, prefer: set[str] | frozenset[str] = frozenset()) -> Location | None:
    """The Location a place name of the text names: "Nigeria's capital" and "the Turkish capital"
    are those states' capitals; a building is not found by another name of a city."""
    if ent.kb_id_ and ent.root.lemma_.lower() == "capital":
        return resolve_place(ent.kb_id_)        # a capital no name says (:func:`capital_spans`)
    if ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() == "capital":
        return capital_of(ent.text) or resolve_place(ent.text, prefer)     # "in Nigeria's capital"
    if ent.label_ == "NORP" and ent.root.dep_ == "amod" and ent.root.head.lemma_.lower() == "capital":   # "the Turkish capital"
        state = load_kb().state_named(ent.text, demonyms=True)
        name = country_name(state) if state else None
        return capital_of(name) if name else None
    return resolve_place(ent.text, prefer, alternates=ent.label_ != "FAC")


def _up_through_modifiers(word: Token, limit: int = 6) -> list[Token]:
    """The words a word hangs from through prepositions and modifiers, a few steps up."""
    out, t = [], word
    while len(out) < limit and t.head != t and t.dep_ in ATTACH_DEPS:
        t = t.head
        out.append(t)
    return out


def _through_topic(word: Token, tok: Token) -> bool:
    """Whether a place hangs from the trigger through a topic preposition above its own ("protests
    *against* the offensive in X", "talks *on* the war in Y")."""
    for t in _up_through_modifiers(word):
        if t == tok:
            return False
        if t != word.head and t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and \
                not any(c.dep_ == "pobj" and (c.lower_ in OCCASION_NOUNS or c.ent_type_ == "DATE") for c in t.children):
            return True     # (not "over the last three days")
    return False


def _context_country(ent: SpacySpan, prefer: set[str]) -> str | None:
    """The state the words around a place the gazetteer lacks put it in: "Syria's Eastern Ghouta",
    "Hodeidah in Yemen", "the resort of X, Egypt"."""
    near = [c for c in ent.root.children if c.dep_ in ("poss", "appos", "npadvmod")]
    near += [g for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj"]
    for word in near:
        if word.ent_type_ == "GPE":
            loc = resolve_place(" ".join(t.text for t in word.subtree if t.ent_type_ == "GPE"), prefer)
            if loc is not None and loc.country and loc.lat is None:     # a state, not a city
                return loc.country
    return None


# verbs of going somewhere: the act they go to do happens at the destination
MOVEMENT_VERBS = {"return", "travel", "go", "come", "fly", "head", "arrive", "send", "dispatch"}


def _destination(tok: Token, ents: list[SpacySpan], prefer: set[str]) -> Location | None:
    """The place someone went to do the act ("flew back to Doha to *restart negotiations*",
    "flew to Doha for talks"), when the act's clause names none."""
    verb = tok.head if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP") else tok
    if verb.pos_ == "ADP" and verb.lower_ == "for":      # "flew to Doha for *talks*"
        verb = verb.head
    elif verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head                                 # "flew back to Doha to *restart* negotiations"
    else:
        return None
    if verb.lemma_.lower() not in MOVEMENT_VERBS:
        return None
    for e in ents:
        if e.label_ in PLACE_LABELS and e.root.dep_ == "pobj" and e.root.head.lower_ in ("to", "in") and \
                verb in (e.root.head.head, e.root.head.head.head):       # (also "flew back to X")
            return resolve_place(e.text, prefer, alternates=e.label_ != "FAC")
    return None


# prepositions whose object is what a noun is about, not where it is ("the war *on* Hamas in Gaza")
TOPIC_PREPS = {"on", "over", "about", "against", "regarding", "concerning"}


TIME_MARKS = {"when", "while", "as", "after", "before", "during"}


OCCASION_NOUNS = {"sidelines", "margins", "margin", "side", "eve", "occasion"}   # "talks on the margins of a summit held in X"


# acts done to people or things where they are: the place of what they are done to is theirs
# ("attacks on skiffs at sea", "the violence in X should be ended")
PHYSICAL_ACTS = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "AID"}


def _places_the_clause_of(word: Token, tok: Token, threat: bool = False, physical: bool = False) -> bool:
    """Whether a place name (the object of "in/at/…") says where the trigger's clause happens:
    it opens the sentence ("In Paris, …"), hangs from the trigger's clause or one above it (not a
    reporting verb: "told reporters *at* the ministry that the raid …" says where it was said),
    from the subject of such a clause ("farmers *across Kenya* have been protesting"), from a
    clause on the trigger noun ("a deal agreed *in Beijing*"), or from a gathering the act is done
    at ("committed aid *at a conference in* Kuwait", however the parser attached it); not through
    a topic ("a campaign over the war on Hamas *in Gaza*"). Also the place of a time clause on the
    trigger ("killed … when they blew themselves up *in* X") and, for a threat, of the act
    threatened ("threatened to impose a curfew *in* X")."""
    prep = word.head
    if prep.i == word.sent.start and any(t.text == "," for t in word.doc[word.i:word.i + 4]):
        return True
    t, at_gathering = prep, False
    while (t.dep_ in ATTACH_DEPS | {"acl"} or not physical and t.dep_ == "conj" and t.head.dep_ in ("pobj", "dobj", "conj")) \
            and t.head != t:
        # (through a list of partners: "met X and Y in Athens" places the meeting)
        if t.dep_ == "pobj" and t.lemma_.lower() in MEETING_NOUNS and \
                t.head.lower_ in ("at", "during"):
            at_gathering = True
        if t != prep and t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and not at_gathering and not physical and \
                not any(c.dep_ == "pobj" and (c.lower_ in OCCASION_NOUNS or c.ent_type_ == "DATE") for c in t.children):
            return False
        if t.dep_ == "acl" and not at_gathering:
            break
        t = t.head
    if t.dep_ == "nsubj" or physical and t.dep_ == "nsubjpass":
        t = t.head          # (a passive's subject only for a physical act: "the coup in X was condemned")
    if t != tok and t.lemma_.lower() in SAY_VERBS and (t in tok.ancestors or at_gathering):
        return False
    if t != tok and t in tok.ancestors and not at_gathering and _in_a_standing_relative_clause(tok, t):
        return False        # "will meet in X over a dispute that *has killed* dozens": not in X
    return at_gathering or t == tok or t in tok.ancestors or t.head == tok and t.dep_ in ("relcl", "acl") or \
        t.pos_ == "VERB" and t in tok.conjuncts or \
        physical and t.head == tok and t.dep_ == "xcomp" and t.tag_ == "VBG" or \
        t.head == tok and (t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                                                     for c in t.children)
                           or threat and t.dep_ == "xcomp")


def _in_a_standing_relative_clause(tok: Token, top: Token) -> bool:
    """Whether the trigger is in a clause describing a noun below ``top`` in the present or the
    present perfect ("a dispute that *has killed* dozens", "a poisoning he *blames* on X"): what
    it says stands apart from the act above, which does not place it (a clause of "where" is
    about the place: "in eastern X, where gunmen have seized buildings")."""
    t = tok
    while t != top and t.head != t:
        if t.dep_ == "relcl" and t.pos_ == "VERB" and not any(w.lower_ == "where" for w in t.subtree if w.i < t.i):
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            if t.tag_ in ("VBZ", "VBP") and not auxes or t.tag_ == "VBN" and auxes and all(
                    a.lower_ in ("has", "have") for a in auxes):
                return True
        t = t.head
    return False


def _in_reporting_subject(word: Token, event: Token) -> bool:
    """Whether a word is inside the subject of the verb that reports the event ("relief officials
    *in Nairobi* said"): where the speakers are is not where it happened."""
    t = word
    while t.head != t:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SAY_VERBS:
            return event not in t.subtree
        t = t.head
    return False


def opening_place(doc: Doc, ents_by_sentence: dict[int, list[SpacySpan]]) -> SpacySpan | None:
    """Where the article's story happens, from its opening ("the minister is in Nairobi to …", a dateline)."""
    for i, sent in enumerate(doc.sents):
        if i >= 3:
            break
        places = [e for e in place_entities(ents_by_sentence.get(sent.start, [])) if _visited(e.root)]
        if places:
            return places[0]
    return None


# words of a meeting held at a distance: it has no place
REMOTE_WORDS = {"phone", "telephone", "phoned", "telephoned", "video", "videoconference", "virtual", "virtually",
                "online"}


# words that make a meeting another one than the story's: "another meeting", "talks held annually"
OTHER_MEETING_WORDS = {"another", "previous", "separate", "future", "upcoming", "next", "last", "again",
                       "previously", "annually", "regularly", "new", "further", "failed"}


def opening_place_fits(tok: Token, sent: SpacySpan, ents: list[SpacySpan], opening: SpacySpan) -> bool:
    """Whether a meeting with no place of its own is at the article's opening place: it is in the
    opening's sentence, or nothing says it is elsewhere: not held by phone or video, no other place
    named in its sentence ("talks between X and Y, which were held in Minsk"), not another
    meeting ("another meeting", "met again", "the meeting is held annually")."""
    if opening.sent.start == sent.start:
        return True
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX") else tok
    if any(t.lower_ in REMOTE_WORDS for t in verb.subtree):     # ("said in a video statement" is no video meeting)
        return False
    here = place_location(opening)
    if any(_visited(e.root) and getattr(place_location(e), "name", None) != getattr(here, "name", None)
           for e in place_entities(ents)):
        return False
    head = tok.head.head if tok.head.lower_ == "of" else tok.head      # ("the next round of talks")
    near = [tok, *tok.children, head, *head.children] if tok.pos_ in ("NOUN", "PROPN") else \
        [tok, *tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)]
    # ("has held talks with X": meetings before the story's)
    perfect = verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return not perfect and not any(t.lower_ in OTHER_MEETING_WORDS for t in near)


# verbs whose place is where someone went or is: "is in Nairobi", "arrived in Lima"
VISITING_VERBS = {"be", "arrive", "visit", "travel", "land", "fly", "go", "come", "head", "return", "stay", "tour",
                  "meet", "hold", "host", "gather", "convene", "open", "take", "talk"}


def _visited(word: Token) -> bool:
    """Whether a place in the article's opening is where its story happens: the place of a being
    there, a coming, or a meeting ("the minister is *in Nairobi*", "arrived in Lima", "talks in
    Geneva", "took place in Bonn"); not one the opening mentions in passing ("the offensive in
    X", "an agreement in Y")."""
    t = word.head
    for _ in range(8):             # up through nouns to the verb ("met Blinken in Brussels")
        if t.lemma_.lower() in MEETING_NOUNS:
            return True
        if t.dep_ == "prep" and t.lower_ in SEQUENCE_WORDS:
            return False        # "the summit came after a skirmish in X": where something before was
        if t.pos_ in ("VERB", "AUX"):     # ("took up the war in X" is no "took place in X")
            return t.lemma_.lower() in VISITING_VERBS and (t.lemma_.lower() != "take" or any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in t.children))
        if t.head == t or t.dep_ not in ATTACH_DEPS | {"appos", "conj"}:
            return False
        t = t.head
    return False


def dateline_location(dateline: str | None) -> Location | None:
    """The place the article's dateline names ("KHARTOUM" → Khartoum, Sudan), when the knowledge
    base or the gazetteer knows its state; not a dateline of two cities ("TEHRAN/WASHINGTON")."""
    if not dateline or "/" in dateline:
        return None
    name = dateline.split(",")[0].strip()
    name = name.title() if name.isupper() else name
    kb = load_kb()
    state = kb.state_named(name, seats=True) or kb.state_of_place(name)
    if state is None:
        return None
    loc = resolve_place(name, {state})
    return loc if loc is not None and loc.country == state else Location(name=name, country=state)


def capital_spans(sent: SpacySpan, ents: list[SpacySpan], home: Location | None) -> list[SpacySpan]:
    """The sentence's capitals that no name says, as place names the gazetteer resolves ("in the
    Sudanese capital" → Khartoum; "in the capital", "the country's capital" → the capital of the
    dateline's state): each a span of the word "capital" that carries the city's name as its kb id."""
    named = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for t in sent:
        if t.lemma_.lower() != "capital" or t.pos_ != "NOUN" or t.i in named or t.dep_ not in ("pobj", "dobj") or \
                any(c.dep_ in ("appos", "compound") or c.dep_ == "poss" and c.i in named for c in t.children):
            continue    # ("Kenya's capital", "the capital Nairobi": the name says which)
        people = [c for c in t.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if people:
            state = load_kb().state_named(people[0].text, demonyms=True)
        elif all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in OWN_STATE_WORDS or
                 c.dep_ == "prep" for c in t.children) and home is not None:
            state = home.country        # "the capital", "the country's capital": the dateline's
        else:
            continue
        name = country_name(state) if state else None
        city = capital_of(name) if name else None
        if city is not None:
            out.append(SpacySpan(sent.doc, t.i, t.i + 1, label="GPE", kb_id=city.name))
    return out


# words for the state the story is in ("the country's capital")
OWN_STATE_WORDS = {"country", "nation"}


# acts done where they are: with no place of their own, a story's act of force or protest is at
# its dateline (what was said, decided or sent is not placed by it)
DATELINE_ACTS = {"ASSAULT", "COERCE", "PROTEST"}


# how many days before publication an act may be and still be the dateline's news
DATELINE_DAYS = 3


def dateline_fits(tok: Token, event: str, modality: str, date: str | None, published, sent: SpacySpan,
                  ents: list[SpacySpan], home: Location) -> bool:
    """Whether an act with no place of its own happened at the dateline's place: an act of force or
    protest (:data:`DATELINE_ACTS`), reported as done, in the days just before publication, told by
    a verb or a noun that is its clause's subject (not what another act is about: "condemned the
    *killings*", "release *detained* protesters"), in a sentence that names no place outside the
    dateline's state (a state named as the doer's, "U.S. troops", "Sudan's army", places nothing)
    nor a town the tagger missed ("seized the northern city of X")."""
    if event not in DATELINE_ACTS or modality != "asserted" or published is None or not date or len(date) != 10:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("nsubj", "nsubjpass", "ROOT") or \
            tok.dep_ in ("amod", "acl", "pcomp") or any(t.lower_ in NATIONWIDE_WORDS or _other_towns(t) for t in sent):
        return False    # (nor "killed in protests *across the country*", "clashes spread to *other cities*",
        #                 "those *detained*", "for *destroying* X")
    if any(t.lemma_.lower() in PLACE_NOUNS - {"capital"} and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "of" and
            any(g.pos_ == "PROPN" for g in c.children) for c in t.children) for t in sent):
        return False
    try:
        days = (published - Date.fromisoformat(date)).days
    except ValueError:
        return False
    if not 0 <= days <= DATELINE_DAYS:
        return False
    if sequence_phrase(tok) is not None:
        return False    # "a day after the army *launched* the invasion": what came before, elsewhere
    return not _names_another_place(ents, home)


def _other_towns(t: Token) -> bool:
    """Whether a word names other towns than one ("spread to several *other cities*"; not "in
    several districts" of the dateline's city)."""
    return t.tag_ == "NNS" and t.lemma_.lower() in PLACE_NOUNS and any(c.lower_ == "other" for c in t.children)


def _names_another_place(ents: list[SpacySpan], home: Location) -> bool:
    """Whether a sentence names a place outside the dateline's state or another town of it ("fighting
    resumed in X city"); a state named as the doer's ("U.S. troops", "Sudan's army") is no place."""
    for e in ents:
        if e.label_ not in PLACE_LABELS and e.root.dep_ == "pobj" and \
                load_kb().state_named(e.text) not in (None, home.country):
            return True     # another state the tagger called a person ("near the border with Mali")
        if e.label_ not in PLACE_LABELS or e.root.dep_ in ("compound", "amod") and not _named_before_its_kind(e) or \
                e.root.dep_ == "poss" and e.root.head.dep_ in ("nsubj", "nsubjpass"):
            continue
        loc = place_location(e)
        if loc is None or loc.name != home.name and (loc.country != home.country or loc.lat is not None):
            return True     # (the dateline's own city however the gazetteer resolves it: "Nara")
    return False


# words of an act across a whole state, which is not at the dateline's city
NATIONWIDE_WORDS = {"country", "nationwide", "countrywide"}


def story_at_dateline(doc: Doc, ents_by_sentence: dict[int, list[SpacySpan]], home: Location | None) -> bool:
    """Whether the article's story is at its dateline: its lede names no place outside the
    dateline's state nor another town of it ("WELLINGTON - … the attack on two mosques in
    Christchurch", "JERUSALEM - Israel pounded the Gaza Strip": not at the dateline)."""
    lede = next(iter(doc.sents), None)
    if home is None or lede is None:
        return False
    ents = ents_by_sentence.get(lede.start, [])
    # (also a town the tagger did not call a place: "in the southern city of X")
    return not _names_another_place(ents, home) and not any(
        (loc := place_location(e)) is not None and loc.name != home.name for e in place_entities(ents))
