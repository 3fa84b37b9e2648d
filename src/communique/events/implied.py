"""The parties a sentence implies when no word names them.

A coded act needs an actor and a recipient; news often leaves one unsaid. These rules read who it
is from the place and the kind of act: the state where a protest, attack or threat happens, or the
actors' own state for a protest, a concession or a refusal (:func:`implied_recipient`); the state
where an unattributed attack happens (:func:`implied_actor`); the state of a place the act is done
to or placed in (:func:`object_place_state`, :func:`foreign_place_state`); a visit's host, an
embassy's state, a capital doing the act (:func:`visit_host`, :func:`embassy_state`,
:func:`seat_subject_state`); and the checks that keep such a default out (a place that only says
where the target is, a ship or aircraft named as the target, a refusal answering someone else, a
foreign party in the sentence, a body's own gathering). :class:`.coder.EventCoder` decides when to
ask; this module only answers.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..actors import ActorIndex
from ..actors.kb import load_kb
from ..document import Actor, Location
from .arguments import ANSWERED_NOUNS, UNNAMED_VICTIMS
from .placing import GATHERING_NOUNS, PLACE_LABELS, TALKS_NOUNS, place_entities
from .places import country_name, resolve_place
from .subjects import subject_token
from .syntax import ATTACH_DEPS

# acts whose recipient, when the sentence names none, is the state where they happen
PLACE_TARGETED = {"PROTEST", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"}
# acts that, with no recipient and no place, are aimed at the actor's own state: a protest, a
# concession ("lifted the curfew") or a refusal to yield ("declined to resign"), and violence or
# threats by non-state actors (rebels, peoples)
OWN_STATE_TARGETED = {"PROTEST", "CONCEDE", "REJECT"}
NON_STATE_OWN_STATE_TARGETED = {"ASSAULT", "THREATEN", "COERCE"}
NON_STATE_SECTORS = {"REB", "IMG", "OPP", "CVL", "LAB", "REL", "EDU"}
# acts whose unnamed perpetrators ("a car bomb killed …") are coded as unidentified attackers in
# the state where they happen
PLACE_PERPETRATED = {"ASSAULT"}
UNIDENTIFIED_ATTACKERS = "unidentified attackers"


def implied_recipient(event: str, actor: list[str], location: Location | None, actors: ActorIndex) -> list[str]:
    """A recipient the text implies: the state where a protest, attack or threat happens, or, with
    no place or a place inside it, the actors' own state for a protest, a concession, a refusal, or
    violence and threats by non-state actors (see OWN_STATE_TARGETED)."""
    iso3 = None
    if location is not None and location.country and event in PLACE_TARGETED:
        iso3 = location.country
    elif actor and _aims_at_own_state(event, [actors.get(a) for a in actor]):
        states = {a.country for a in map(actors.get, actor) if a is not None and a.country}
        # no place, or a place in the actors' own state ("took steps to ease restrictions in Sudan")
        iso3 = states.pop() if len(states) == 1 and (location is None or not location.country or
                                                        location.country in states) else None
    if iso3 is None:
        return []
    state = _state_actor(actors, iso3)
    return [state] if state and state not in actor else []


def answers_another(tok: Token) -> bool:
    """Whether an act's object is what another party said or decided (`answered_nouns` in
    arguments.yaml: "rejected the accusation", "regretted the decision"): the act answers its author."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ANSWERED_NOUNS for c in tok.children)


def foreign_party_named(sent: SpacySpan, actor: list[str], actors: ActorIndex) -> bool:
    """Whether a state's government or officials act in a sentence naming a party of another state than
    theirs, or an international body (not rebels or parties, whose refusals face their own state)."""
    if not all((a := actors.get(i)) is not None and (a.kind == "country" or a.sector == "GOV") for i in actor):
        return False
    own = set(actors.countries(actor))
    for aid in actors.actors_in(sent.start_char, sent.end_char):
        a = actors.get(aid)
        if a is None or aid in actor:
            continue
        if a.country and a.country not in own or not a.country and a.sector == "IGO":
            return True
    return False


TARGET_PREPS = {"on", "against", "at"}
# craft at sea or in the air: an attack on them is not aimed at the attackers' own state
CRAFT_NOUNS = {"ship", "vessel", "tanker", "boat", "freighter", "carrier", "destroyer", "warship", "frigate",
               "aircraft", "airliner", "plane", "jet"}


def names_craft_as_target(tok: Token) -> bool:
    """Whether an act names a ship or aircraft as what it is done to ("attacked *ships*", "an
    attack *on a tanker*", "launched assaults on US *destroyers*", "an attack struck *a ship*")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CRAFT_NOUNS for c in tok.head.children):
        return True
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CRAFT_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in CRAFT_NOUNS for g in c.children):
            return True
    return False


# words of going to see another state ("visited X", "a trip to X", "flew to X")
VISIT_WORDS = {"visit", "tour", "trip", "travel", "fly"}
DESTINATION_PREPS = {"to", "in"}


def visit_host(tok: Token, actor: list[str], location: Location | None, actors: ActorIndex) -> list[str]:
    """The state a visit goes to: its destination (the object of "visited", the "to" of "a visit"),
    as a state or its capital, or any place the tagger knows as one; else the visit's place. None
    when the destination lies in the visitors' own state ("toured the flooded provinces")."""
    if tok.lemma_.lower() not in VISIT_WORDS or not actor:
        return []
    own = set(actors.countries(actor))
    kb = load_kb()
    iso3 = None
    dests = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + \
        [g for c in tok.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for g in c.children if g.dep_ == "pobj"]
    for d in dests:
        name = " ".join(t.text for t in d.subtree if t == d or t.dep_ == "compound" and t.head == d)
        iso3 = kb.state_named(name, seats=True)
        if iso3 is None and d.ent_type_ in PLACE_LABELS:
            loc = resolve_place(name)
            iso3 = loc.country if loc is not None else None
        if iso3 is not None:
            break
    if iso3 is None and location is not None:
        iso3 = location.country
    if not iso3 or iso3 in own:
        return []
    state = _state_actor(actors, iso3)
    return [state] if state and state not in actor else []


def place_in_target(tok: Token, ents: list[SpacySpan], location: Location, actors: ActorIndex) -> bool:
    """Whether the act's place says where the people it is done to were ("an attack on peacekeepers
    *in Somalia*"): the place of the act's object, or of the noun after "on/against/at" it, when that
    names a party or people by their role (not a town, a depot or a jail, which are the state's)."""
    roles = load_kb().role_sectors
    targets = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + \
        [g for c in tok.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for g in c.children if g.dep_ == "pobj"]
    targets = [t for t in targets if t.lemma_.lower() in roles or t.lower_ in roles or actors.actor_for_token(t)]
    for e in ents:
        root = e.root
        if e.label_ not in PLACE_LABELS or root.dep_ != "pobj" or root.head.head not in targets:
            continue
        loc = resolve_place(e.text)
        if loc is not None and loc.country == location.country:
            return True
    return False


# verbs of coming together: with a plural subject of a body's members, the body's own gathering
MEETING_VERBS = {"meet", "gather", "convene", "assemble"}


def gathering_of_a_body(tok: Token, actor: list[str], actors: ActorIndex) -> bool:
    """Whether a meeting is a gathering of an organization's own members ("a summit of the
    bloc's heads of state in Accra"): a summit or session noun whose actor is an international body."""
    if tok.lemma_.lower() not in GATHERING_NOUNS and not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GATHERING_NOUNS for c in tok.children) and not (
            tok.lemma_.lower() in MEETING_VERBS and any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")
                                                         for c in tok.children)):
        return False   # "a summit …", "held a summit …", "the bloc's leaders met in …"
    return any((a := actors.get(x)) is not None and a.sector == "IGO" for x in actor)


def object_place_state(tok: Token, ents: list[SpacySpan], actor: list[str], prefer: set[str],
                        actors: ActorIndex) -> list[str]:
    """The state of a place that is the act's direct object ("shelled the port city of Arden",
    "bombed Arden"): the act is done to that state."""
    for e in ents:
        if e.label_ not in PLACE_LABELS:
            continue
        root = e.root
        while root.dep_ in ("compound", "appos", "pobj") and root.head != root and root.head.dep_ != "prep" \
                or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "dobj":
            root = root.head.head if root.dep_ == "pobj" else root.head
        if root.dep_ in ("dobj", "obj") and root.head == tok:
            state = _place_state(e.text, prefer, actors)
            if state and state not in actor:
                return [state]
    return []


def state_left(tok: Token, actor: list[str], prefer: set[str], actors: ActorIndex) -> list[str]:
    """The foreign state a withdrawal leaves, named as a place after "from" on the verb or on what is
    withdrawn ("recalled its ambassador from Paris", "pulled its staff out of Kabul"): the recipient."""
    own = set(actors.countries(actor))
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj", "prt")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS):
            ent = next((e for e in tok.doc.ents if e.start <= obj.i < e.end), None)
            state = _place_state(ent.text, prefer, actors) if ent is not None else None
            if state and state not in actor and not set(actors.countries([state])) & own:
                return [state]
    return []


def foreign_place_state(tok: Token, ents: list[SpacySpan], actor: list[str], prefer: set[str],
                         actors: ActorIndex, event: str) -> list[str]:
    """With no recipient named, the foreign state where the act's own clause places it ("sought
    refuge in Arcadia", "refused to deploy troops in Arcadia"): requests, refusals, inspections
    made there are aimed at it. A place in the actor's own state says nothing of a recipient."""
    own = set(actors.countries(actor))
    for e in place_entities(ents):
        if not _attached_to_clause(e.root, tok) or event != "CONSULT" and _at_talks(e.root, tok):
            continue
        loc = resolve_place(e.text, prefer)
        if loc is None or not loc.country or loc.country in own:
            continue
        state = _state_actor(actors, loc.country)
        return [state] if state and state not in actor else []
    return []


def _at_talks(word: Token, target: Token) -> bool:
    """Whether a place names where talks were held, on the way up to the act ("a ceasefire *at
    talks in Havana*"): the host is the venue, not the other party."""
    t = word
    while t != target and t.head != t and t.dep_ in ATTACH_DEPS:
        t = t.head
        if t != target and t.lemma_.lower() in TALKS_NOUNS:
            return True
    return False


def _attached_to_clause(word: Token, target: Token, limit: int = 4) -> bool:
    """Whether ``word`` hangs from ``target`` through modifiers, objects and the verbs it
    governs ("refused to *deploy* troops *in* X"), a few steps up: a place deep inside an object
    ("denounced the crackdown on unrest in X") is where something else happened."""
    t = word
    for _ in range(limit):
        if t == target:
            return True
        if t.head == t or t.dep_ not in ATTACH_DEPS | {"xcomp"}:
            return False
        t = t.head
    return t == target


def _place_state(name: str, prefer: set[str], actors: ActorIndex) -> str | None:
    loc = resolve_place(name, prefer)
    return _state_actor(actors, loc.country) if loc is not None and loc.country else None


def _aims_at_own_state(event: str, actors: list[Actor | None]) -> bool:
    """Whether an act with no recipient named is aimed at its actors' own state."""
    if event in OWN_STATE_TARGETED:
        return True
    return event in NON_STATE_OWN_STATE_TARGETED and all(
        a is not None and a.kind != "country" and a.sector in NON_STATE_SECTORS for a in actors)


# the missions a protest can be held at, and the words that place it there
EMBASSY_NOUNS = {"embassy", "consulate", "legation", "high commission", "mission"}
EMBASSY_PREPS = {"outside", "at", "near", "before", "to", "toward", "towards", "on", "of"}


def embassy_state(tok: Token, actors: ActorIndex) -> list[str]:
    """The state whose embassy or consulate a protest is held at ("rallied outside the French
    embassy", "marched to the embassy of Chile", "in front of the US consulate")."""
    kb = load_kb()
    verbs = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" else [])
    for v in verbs:
        for p in v.subtree:
            if p.dep_ != "prep" or p.lower_ not in EMBASSY_PREPS or p.head not in verbs and p.head.lower_ != "front":
                continue
            for e in p.children:
                if e.dep_ != "pobj" or e.lemma_.lower() not in EMBASSY_NOUNS:
                    continue
                words = [c for c in e.children if c.dep_ in ("amod", "compound", "nmod")] + \
                    [g for c in e.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                for w in words:
                    name = " ".join(t.text for t in w.subtree if t.dep_ != "det") if w.dep_ == "pobj" else w.text
                    iso3 = kb.state_named(name, demonyms=True) or kb.state_named(w.text, demonyms=True)
                    state = _state_actor(actors, iso3) if iso3 else None
                    if state:
                        return [state]
    return []


def seat_subject_state(tok: Token, actors: ActorIndex) -> list[str]:
    """The state whose capital is the one doing the act, when the actors stage read the capital as a
    place ("accuses Quito of *backing* the rebels": Ecuador backs them)."""
    subj, passive = subject_token(tok)
    if subj is None or passive or subj.ent_type_ != "GPE":
        return []
    ent = next((e for e in tok.doc.ents if e.start <= subj.i < e.end), None)
    iso3 = load_kb().state_named(ent.text, seats=True) if ent is not None else None
    state = _state_actor(actors, iso3) if iso3 else None
    return [state] if state else []


def implied_actor(event: str, location: Location | None, actors: ActorIndex) -> list[str]:
    """The actor of an attack whose perpetrators the text does not name ("a roadside bomb killed
    three soldiers outside the port city"): unidentified attackers in the state where it happened.
    Event data codes unattributed violence to that country (PLOVER's gold: the country with an
    "unidentified armed force" sector); the state itself did not do it."""
    if event not in PLACE_PERPETRATED or location is None or not location.country:
        return []
    return [_unnamed_actor(actors, location.country, UNIDENTIFIED_ATTACKERS, None)]


def victims_named_as_people(tok: Token, event: str, location: Location | None, actors: ActorIndex) -> list[str]:
    """The civilians of the state where an attack happened, when the text names its victims only as
    people ("an explosion killed five people in Quetta"): they are that state's people, not its state."""
    if event not in PLACE_PERPETRATED or location is None or not location.country:
        return []
    # (an act noun as subject: "an explosion killed five people")
    doing = tok.head if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" else tok
    victims = [c for c in doing.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not victims or not all(v.lemma_.lower() in UNNAMED_VICTIMS for v in victims):
        return []
    return [_unnamed_actor(actors, location.country, "civilians", "CVL")]


def _unnamed_actor(actors: ActorIndex, iso3: str, what: str, sector: str | None) -> str:
    """The document's actor for the unnamed ``what`` of a state ("unidentified attackers in Pakistan");
    added (without mentions) the first time."""
    name = f"{what[0].upper()}{what[1:]} in {country_name(iso3) or iso3}"
    for a in actors:
        if a.kind == "group" and a.name == name:
            return a.id
    return actors.add(Actor(id=actors.new_id(), name=name, kind="group", country=iso3, sector=sector)).id


def _state_actor(actors: ActorIndex, iso3: str) -> str | None:
    """The document's actor for the state with this ISO3 code; added (without mentions) when the
    text names the state only through a place in it ("rioted in Kirkuk" → Iraq)."""
    for a in actors:
        if a.kind == "country" and a.country == iso3:
            return a.id
    name = country_name(iso3)
    if name is None:
        return None
    return actors.add(Actor(id=actors.new_id(), name=name, kind="country", country=iso3)).id
