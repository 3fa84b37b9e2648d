"""stances: who supports or opposes what, from events and from what quotes say.

Sources of a stance:

* an event of a category with a polarity (SUPPORT, AGREE → support; REJECT, ACCUSE →
  oppose; ``data/quotes/stance_words.yaml``): the holder is the event's actor list, the
  issue the object of its trigger ("confirmed their support for [the peace plan]");
* a stance word inside a quote's content ("Both sides oppose external intervention"):
  the holder is the word's subject when it names actors ("both sides" → its members),
  the subject of a speech verb that reports it inside the quote ("the two heads of state
  said the community should support ..."), the object a to- or of-clause is said of ("accused
  Kenya of backing the rebels" → Kenya), the owner of an aim described ("the council's purpose was
  to endorse" → the council, or nobody we can name), else the quote's speaker.

Stances with the same holder set, polarity and (normalized) issue are merged, keeping
every event and quote id they rest on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .actors import ActorIndex
from .document import Event, Quote, Stance
from .quotes.cues import load_cues
from .quotes.speakers import subject_of

STANCE_FILE = Path(__file__).resolve().parent / "data" / "quotes" / "stance_words.yaml"
FIRST_PERSON = {"i", "we", "us", "me", "our"}
CONTROL_PREPS = {"of", "into", "for"}   # "accused X of", "pressed X into", "blamed X for"
ISSUE_CUT_DEPS = ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "mark")
MAX_ISSUE_TOKENS = 12
HYPHENS = {"-", "‐", "–"}
DANGLING_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"}   # words an issue cannot end on
_LEADING = re.compile(r"^(the|a|an|their|its|his|her|our|your|this|that|these|those)\s+", re.I)


@dataclass(frozen=True)
class StanceWords:
    verbs: dict[str, str]             # lemma → polarity
    nouns: dict[str, str]
    noun_prepositions: dict[str, frozenset[str]]
    event_polarity: dict[str, str]
    event_triggers_without_stance: frozenset[str]   # deals, pledges, cooperation steps, denials
    clause_verbs: dict[str, str]      # lemma → polarity, inside a stance verb's to-clause only
    against_only: frozenset[str]      # event categories whose issue needs "against" or a stance word
    evaluations: dict[str, str]       # "illegal", "a farce": judge what they are said of
    calling_verbs: frozenset[str]     # "called the deal illegal"
    denied_claims: frozenset[str]     # "rejected the accusation" denies, takes no position
    trigger_polarity: frozenset[str]  # "pushing for a ceasefire", "lobbied against the tariffs"
    own_prepositions: dict[str, frozenset[str]]   # "concern over X", not "of concern to X"
    predicates: dict[str, tuple[str, frozenset[str]]]   # "committed" → (support, {to}) after "remain"
    expressing_verbs: frozenset[str]    # "voiced opposition [to X]": the preposition may hang on them


@lru_cache(maxsize=None)
def load_stance_words() -> StanceWords:
    raw = yaml.safe_load(STANCE_FILE.read_text("utf-8"))
    verbs, nouns, preps, evaluations = {}, {}, {}, {}
    for polarity in ("support", "oppose"):
        part = raw.get(polarity) or {}
        evaluations.update({w.lower(): polarity for w in part.get("evaluations") or ()})
        verbs.update({w.lower(): polarity for w in part.get("verbs") or ()})
        nouns.update({w.lower(): polarity for w in part.get("nouns") or ()})
        preps[polarity] = frozenset(p.lower() for p in part.get("noun_prepositions") or ())
    return StanceWords(verbs, nouns, preps, dict(raw.get("event_polarity") or {}),
                       frozenset(w.lower() for w in raw.get("event_triggers_without_stance") or ()),
                       {w.lower(): pol for pol, ws in (raw.get("clause_verbs") or {}).items() for w in ws or ()},
                       frozenset(raw.get("against_only") or ()), evaluations,
                       frozenset(raw.get("calling_verbs") or ()), frozenset(raw.get("denied_claims") or ()),
                       frozenset(raw.get("trigger_polarity") or ()),
                       {w.lower(): frozenset(ps) for w, ps in (raw.get("own_prepositions") or {}).items()},
                       {w.lower(): (pol, frozenset(ps)) for pol, adjs in (raw.get("predicates") or {}).items()
                        for w, ps in (adjs or {}).items()},
                       frozenset(w.lower() for w in raw.get("expressing_verbs") or ()))


def find_stances(doc, events: list[Event], quotes: list[Quote], actors: ActorIndex) -> list[Stance]:
    """Stances of one document, ids s1… in order of first evidence.

    doc: the spaCy Doc of Document.text; events and quotes: what the earlier stages found."""
    words = load_stance_words()
    found: list[tuple[list[str], str, str, list[str], str]] = []  # holder, polarity, issue, target, evidence
    for event in events:
        found.extend(_event_stances(doc, event, actors, words))
    for quote in quotes:
        found.extend(_quote_stances(doc, quote, actors, words))
    found.extend(_calling_stances(doc, actors, words))
    found.extend(_idiom_stances(doc, actors))
    found.extend(_predicate_stances(doc, quotes, actors, words))
    return _merged(found)


# -- from events -------------------------------------------------------------
def _event_stances(doc, event: Event, actors: ActorIndex, words: StanceWords):
    polarity = words.event_polarity.get(event.event)
    if event.negated or not event.actor:
        return []
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or _reports_no_position(span, words) or _a_power_to(span.root) or _not_taken(event, span.root) \
            or _unowned_setting(span.root) or _inside_an_opposition(span.root, words):
        return []
    if polarity is None:        # "pushing for a ceasefire": a campaign for or against a policy
        found = _campaign(span, words) if event.modality == "asserted" else None   # not "expected to press for"
    elif event.event in words.against_only and _polarity_of(span.root, words) is None:
        found = _against(span.root, polarity)       # "rallied [against the law]"
    else:
        found = _issue_of(span.root, words, polarity)
    if polarity is not None and span.root.lemma_.lower() == "vote" and span.root.pos_ == "VERB" and \
            (found is None or _normalized(found[0].text) in UNNAMED_ISSUES):
        voted_on = _voted_on(span.root)     # "... whereas Peru voted against", "Chile voted against it"
        found = (voted_on, None, found[2] if found else polarity) if voted_on is not None else None
    if found is None or _denies_a_claim(found, words):
        return []
    issue, accused, polarity = found
    holder = [a for a in event.actor if not _named_only_in(actors.get(a), issue, span.root)] or list(event.actor)
    group = _subject_group(span.root, actors)
    if group is not None:       # "partners in Peru's coalition rejected it": theirs, not Peru's
        holder = [a for a in holder if a in group] or sorted(group, key=lambda a: int(a[1:]) if a[1:].isdigit() else 0)
        if not holder:
            return []
    target = _targets(issue, accused, actors, holder, event.recipient, polarity)
    return [(holder, polarity, _issue_text(issue), target, event.id)]


GROUP_PREPS = {"of", "in", "from", "among", "within"}
SOME = {"several", "many", "some", "few", "numerous", "various", "other", "most"}


def _subject_group(trigger, actors: ActorIndex) -> set[str] | None:
    """The actors a plural common-noun subject names as the group it is drawn from, when the subject
    says so itself: "leaders of [Chile]", "[EU] ministers", "thousands of [Peruvians]" name their group;
    "hardline partners in Peru's coalition", "the government's ministers", "members of the party",
    "leaders of the region's states" name none (an empty set): the stance is theirs, not an actor's
    found elsewhere. None when the rule does not apply (a named or pronoun subject, "both countries")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head if trigger.dep_ == "dobj" else None
    if verb is None:
        return None
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or actors.actor_for_token(subject):
        return None
    if not any((c.dep_ == "prep" and c.lower_ in GROUP_PREPS) or c.dep_ == "poss" for c in subject.children):
        if any(c.dep_ in ("det", "amod") and c.lower_ in SOME for c in subject.children):
            return set()    # "several leaders criticised X": some, not an actor found elsewhere
        return None
    named = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod", "appos")]
    heads = [subject]
    for _ in range(2):      # "envoys of the member states of [the X]": the group may hang one level down
        objects = [q for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("of", "including")
                   for p in prep.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)   # "members, including Peru"
                   if not _people_of_a_state(q, actors)]
        named += objects
        heads = objects
    named += [m for n in list(named) if n.dep_ == "pobj" for m in n.children if m.dep_ in ("compound", "amod")]
    return {a for a in (actors.actor_for_token(n) for n in named) if a}


def _people_of_a_state(token, actors: ActorIndex) -> bool:
    """Whether a nationality noun names a state's people, read as the state ("thousands of
    [Peruvians]"): a crowd is not the state, its stance is nobody's we can name."""
    actor = actors.get(actors.actor_for_token(token) or "")
    if actor is None or actor.kind != "country" or token.ent_type_ == "GPE" or not token.lower_.endswith("s"):
        return False
    return token.lower_ not in {w for n in (actor.name, *actor.aliases) for w in n.lower().split()}   # not "[States]"


def _named_only_in(actor, issue, trigger) -> bool:
    """Whether an actor of the event is named in its sentence only inside the stance's issue ("her
    support of [Peru's plan]": Peru owns the plan, it does not back it). Not for an issue found in
    another sentence (a vote on the resolution named before)."""
    sent = trigger.sent
    if actor is None or not (sent.start <= issue.start and issue.end <= sent.end):
        return False
    start, end = sent[0].idx, sent[-1].idx + len(sent[-1].text)
    inside = [m for m in actor.mentions if start <= m.start < end]
    lo, hi = issue[0].idx, issue[-1].idx + len(issue[-1].text)
    return bool(inside) and all(lo <= m.start and m.end <= hi for m in inside)


def _inside_an_opposition(trigger, words: StanceWords) -> bool:
    """Whether a trigger is the issue of an opposition noun above it ("their rejection of [recognizing]
    the state"): the opposition is the stance, not the act it rejects."""
    return any(a.pos_ == "NOUN" and _polarity_of(a, words) == "oppose" for a in list(trigger.ancestors)[:3])


VOTE_OBJECTS = {"resolution", "draft", "motion", "measure", "bill", "proposal", "amendment", "text"}


def _voted_on(verb):
    """The text a vote with no object of its own is on: the nearest resolution, draft, motion or bill
    named before it in its sentence or the one before ("A and B backed the draft, whereas C voted
    against"; "The measure passed. C voted against it"), or None."""
    doc = verb.doc
    start = verb.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start: verb.i]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in VOTE_OBJECTS and \
                not any(a.dep_ == "relcl" for a in tok.ancestors) and \
                not any(c.dep_ == "prep" and any(g.lower_ in RELATIVE_PRONOUNS for g in c.children)
                        for c in tok.children):   # not "[the draft] of which was ..."
            return _issue_span(tok)
    return None


def _not_taken(event: Event, verb) -> bool:
    """Whether an event's status says its actor took no position: asked to take it ("called on the
    council to endorse the plan"), or a condition, duty or possibility ("only if all members agree to
    it", "must accept the terms", "could back it"); "said it would back the plan" is a position."""
    if event.modality == "requested" or _not_yet(verb) or _left_open(verb):
        return True
    if event.modality != "hypothetical":
        return False
    chain = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    return not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for v in chain for c in v.children)


def _left_open(verb) -> bool:
    """Whether a stance verb is only asked about or not done: "(has not said) whether he would back it",
    "if it backs the plan", "failed to veto the text"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children) or \
        (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("fail", "neglect"))


def _not_yet(verb) -> bool:
    """Whether a verb is what someone "has yet to" or "is yet to" do ("has yet to endorse the plan"): not done."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be") and \
        any(c.lower_ == "yet" for c in verb.head.children)


SETTING_PREPS = {"despite", "after", "following", "amid", "before"}


def _unowned_setting(noun) -> bool:
    """Whether a noun trigger only sets the scene of another clause with no owner named ("[Despite
    the votes in favour of the draft], Peru said ..."): the clause's subject is not the one who voted.
    "Despite its condemnation", "after the vote by Peru" name the owner."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS or \
            noun.head.head.pos_ not in ("VERB", "AUX") or noun.head.dep_ != "prep":
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _campaign(span, words: StanceWords):
    """(the object of "for"/"against", None, support/oppose) after a campaigning verb ("pushing
    for a ceasefire", "lobbied against the tariffs"), or None."""
    verb = next((t for t in span if t.lemma_.lower() in words.trigger_polarity and t.pos_ == "VERB"), None)
    if verb is None or any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
                           for c in verb.rights):
        return None     # "pushed for the force to leave": the issue is the clause, not the force
    found = _prep_object(verb, ("for", "against"))
    if found is None:
        return None
    prep, pobj = found
    return _issue_span(pobj), None, "support" if prep == "for" else "oppose"


def _prep_object(tok, preps) -> tuple[str, object] | None:
    """(the preposition, its object) of the first of the word's phrases with one of ``preps`` after it."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return child.lower_, pobj
    return None


def _a_power_to(verb) -> bool:
    """Whether a stance verb only names a power or right ("the power to veto any draft", "the right
    to reject the plan"): no position taken."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in ("power", "right", "ability", "authority", "capacity")


def _denies_a_claim(found, words: StanceWords) -> bool:
    """Whether an opposition is the denial of a claim ("rejected the accusation", "dismissed the
    allegations"): a denial takes no position on a policy."""
    issue, _accused, polarity = found
    root = issue.root
    if root.lemma_.lower() == "claim" and any(
            (c.dep_ == "prep" and c.lower_ in TERRITORY_PREPS) or (c.dep_ == "amod" and c.lower_ in TERRITORIAL)
            for c in root.children):
        return False    # "rejected Beijing's claims over the shoal": a position on a territory, not a denial
    return polarity == "oppose" and root.lemma_.lower() in words.denied_claims


TERRITORY_PREPS = {"over", "to", "on"}
TERRITORIAL = {"territorial", "maritime", "sovereignty"}


def _against(tok, polarity: str):
    """(the object of the word's "against" phrase, None, polarity), or None."""
    found = _prep_object(tok, ("against",))
    return None if found is None else (_issue_span(found[1]), None, polarity)


def _reports_no_position(trigger, words: StanceWords) -> bool:
    """Whether an event's trigger reports a deal made, a pledge, a cooperation step or a denial
    ("reached an agreement", "pledged aid", "strengthen ties", "denied the report"), not a position
    taken on something."""
    return trigger.root.lemma_.lower() in words.event_triggers_without_stance or \
        trigger.text.lower() in words.event_triggers_without_stance


def _accused_actors(accused, actors: ActorIndex, holder) -> list[str]:
    """The actors an accusation names ("accused [Chile] of ..."), the stance's target."""
    if accused is None:
        return []
    return [a for a in _actors_of_phrase(accused, actors) if a not in holder]


def _targets(issue, accused, actors: ActorIndex, holder, recipients=(), polarity="oppose") -> list[str]:
    """The accused when an accusation names them (not the victims its act names), else the actors
    the issue names, else the event's recipients the text names (not a state added only from a
    title: "head of the Peruvian Greens" makes no stance against Peru)."""
    undergoers = _undergoers(issue, actors, polarity)
    return _accused_actors(accused, actors, holder) or \
        [a for a in actors.actors_for_span(issue) if a not in holder and a not in undergoers] or \
        [a for a in recipients if a not in holder and a not in undergoers and
         (actors.get(a) is None or actors.get(a).mentions) and not _own_state(a, holder, actors)]


def _own_state(actor_id, holder, actors: ActorIndex) -> bool:
    """Whether a recipient is the state a holder belongs to, named nowhere in the issue ("Peru's
    finance minister opposed the plan": the plan is not Peru's to be opposed for)."""
    actor = actors.get(actor_id)
    if actor is None or actor.kind != "country" or not actor.country:
        return False
    return any(getattr(actors.get(h), "country", None) == actor.country and
               getattr(actors.get(h), "sector", None) not in STATE_CHALLENGERS for h in holder)


STATE_CHALLENGERS = {"REB", "OPP", "INS"}   # rebels and opposition may well stand against their own state


PLACE_PREPS = {"in", "inside", "within", "across"}   # "the war [in X]"
VICTIM_PREPS = {"on", "against", "over"}   # "strikes [on X]", "aggression [against X]"
UNDERGONE_BY_OWNER = {"overthrow", "ouster", "detention", "arrest", "killing", "murder", "assassination", "abduction",
                      "kidnapping", "imprisonment", "suspension", "expulsion", "isolation", "persecution", "removal"}
UNDERGONE = UNDERGONE_BY_OWNER | {"blockade", "invasion", "occupation", "annexation", "bombing", "shelling", "siege"}


def _undergoers(issue, actors: ActorIndex, polarity: str = "oppose") -> set[str]:
    """Actors an issue names only as where or to whom its act happens, not as the one who does it:
    "the war [in Chile]", "sanctions [on Peru]", "aggression [against Chile]", "the blockade [of
    Peru]", "[Peru's] overthrow". "Chile's invasion of Peru" targets Chile; "the plan of Peru" Peru.
    Only inside the issue: an issue that is the actor itself ("complaints against [Peru]") stays. Backing
    an act against someone is a stance against them: "supports sanctions on [Peru]" targets Peru."""
    doers, done_to = set(), set()
    for tok in issue:
        aid = actors.actor_for_token(tok)
        if aid is None:
            continue
        head = tok
        while head.dep_ in ("compound", "amod", "conj", "appos", "flat", "det") and head.head.i != head.i and \
                actors.actor_for_token(head.head) == aid:
            head = head.head        # the mention's head word
        if head.dep_ == "conj":
            head = head.head
        prep = head.head if head.dep_ == "pobj" and issue.start <= head.head.i < issue.end else None
        suffered = polarity != "support"
        if prep is not None and (prep.lower_ in PLACE_PREPS or (suffered and prep.lower_ in VICTIM_PREPS) or
                                 (suffered and prep.lower_ in ("of", "from") and prep.head.lemma_.lower() in UNDERGONE)):
            done_to.add(aid)
        elif suffered and head.dep_ == "poss" and head.head.lemma_.lower() in UNDERGONE_BY_OWNER:
            done_to.add(aid)
        else:
            doers.add(aid)
    return done_to - doers


# -- from quotes -------------------------------------------------------------
def _quote_stances(doc, quote: Quote, actors: ActorIndex, words: StanceWords):
    content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    if content is None:
        return []
    out = []
    for tok in content:
        polarity = _polarity_of(tok, words)
        if polarity is None or _negated(tok) or (tok.dep_ == "xcomp" and _polarity_of(tok.head, words)) or \
                _left_open(tok):
            continue    # "refuse to [accept] X" is the governing verb's stance, read there
        found = _issue_of(tok, words, polarity)
        if found is None or _denies_a_claim(found, words):
            continue
        issue, accused, polarity = found
        holder = _holder_in_quote(tok, content, quote, actors)
        group = _subject_group(tok, actors)
        if group is not None:
            holder = [a for a in holder if a in group]
        if not holder:
            continue
        target = _targets(issue, accused, actors, holder, (), polarity)
        out.append((holder, polarity, _issue_text(issue), target, quote.id))
    return out


def _holder_in_quote(tok, content, quote: Quote, actors: ActorIndex) -> list[str]:
    """Who holds the stance a word inside a quote expresses (see the module docstring)."""
    cues = load_cues()
    head = tok
    for _ in range(6):  # a speech verb inside the quote that reports this stance
        if head.head.i == head.i or head.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            break
        head = head.head
        if content.start <= head.i < content.end and cues.is_speech_verb(head):
            reporter = subject_of(head)
            named = _actors_of_phrase(reporter, actors) if reporter is not None else []
            if named:
                return named
            break
    controller = _object_controller(tok)   # "accused Kenya of *backing* the rebels": Kenya's stance
    if controller is not None and tok.head.lemma_.lower() in REQUEST_VERBS:
        asker = subject_of(tok.head)        # "urged Kenya to *back* the plan": the one who asks backs it
        named = _actors_of_phrase(asker, actors) if asker is not None and asker.pos_ != "PRON" else []
        if asker is not None and asker.lower_ in FIRST_PERSON:
            return [quote.speaker] if quote.speaker else []
        return named
    if controller is not None:
        return _actors_of_phrase(controller, actors)
    aim = _aim_described(tok)               # "the council's purpose was to *endorse* ...": the council's
    if aim is not None:
        owner = _possessor(aim)
        return _actors_of_phrase(owner, actors) if owner is not None and owner.lower_ not in FIRST_PERSON else []
    subject = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else _possessor(tok)
    if subject is not None and subject.lower_ not in FIRST_PERSON and content.start <= subject.i < content.end:
        named = _actors_of_phrase(subject, actors)
        if named:
            return named
        if tok.pos_ == "NOUN" and subject.pos_ == "PRON":
            return []   # "its full solidarity with ...": an owner the quote does not name, not the speaker
    return [quote.speaker] if quote.speaker else []


REQUEST_VERBS = {"urge", "ask", "press", "push", "encourage", "invite", "request", "implore", "exhort", "persuade",
                 "pressure", "pressurize", "lobby"}   # "urged Peru to back it" asks; Peru has taken no position


def _aim_described(verb):
    """The noun whose content a stance verb gives after a copula ("the aim was to approve", "their
    goal is to back"), or None: the stance is that noun's owner's, not the speaker's."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "be":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _object_controller(verb):
    """The object that does what a to- or of-clause says ("urged Peru *to back* the plan", "accused
    Kenya *of backing* the rebels"), or None when the clause's doer is the subject as usual."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "xcomp":
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in CONTROL_PREPS:
        governor = verb.head.head
    else:
        return None
    if governor.pos_ != "VERB":
        return None
    return next((c for c in governor.children if c.dep_ == "dobj"), None)


def _actors_of_phrase(token, actors: ActorIndex) -> list[str]:
    """Actors named by the noun phrase headed by ``token`` ("China and Russia", "both sides")."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    own = actors.actor_for_token(token)
    if own:
        out = [own]
        for conj in token.conjuncts:  # "Chile and Peru"
            other = actors.actor_for_token(conj)
            if other and other not in out:
                out.append(other)
        return out
    return actors.actors_in(start, end)


def _possessor(noun):
    return next((c for c in noun.children if c.dep_ == "poss"), None)


# -- the issue ---------------------------------------------------------------
def _polarity_of(tok, words: StanceWords) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return words.verbs.get(lemma)
    if tok.pos_ == "NOUN":
        return words.nouns.get(lemma) or (words.evaluations.get(lemma) if tok.dep_ in JUDGING_DEPS else None)
    if tok.pos_ == "ADJ" and tok.dep_ in JUDGING_DEPS:
        return words.evaluations.get(lemma)
    return None


JUDGING_DEPS = ("acomp", "attr", "oprd", "xcomp", "ccomp")   # "is [illegal]", "called it [a farce]"


def _evaluated(word, words: StanceWords):
    """What an evaluation word is said of: the subject of "is" ("the strikes are [unacceptable]"),
    the object of a calling verb ("called [the deal] illegal", "branded [the vote] a farce") or
    a small clause's subject; None when negated ("is not illegal") or said of a pronoun."""
    head = word.head
    if _negated(word) or any(c.dep_ == "neg" for c in head.children):
        return None
    said_of = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said_of is None and head.lemma_.lower() in words.calling_verbs:
        said_of = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    elif said_of is None and head.lemma_ == "be" and word.dep_ in ("acomp", "attr"):
        said_of = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if said_of is None or said_of.pos_ == "PRON" or said_of.lower_ in ("this", "that", "which", "what"):
        return None     # "called them unacceptable": the issue is named elsewhere
    return said_of


def _calling_stances(doc, actors: ActorIndex, words: StanceWords):
    """Stances of a subject that calls something by an evaluation word outside events and quotes
    ("Peru called the referendum illegal"): holder the calling verb's subject."""
    out = []
    for verb in _calling_verb_tokens(doc, words):
        word = next((c for c in verb.children if c.dep_ in JUDGING_DEPS + ("npadvmod",) and
                     c.pos_ in ("ADJ", "NOUN") and c.lemma_.lower() in words.evaluations), None)
        if word is None:
            continue
        said_of = _evaluated(word, words)
        subject = subject_of(verb)
        if said_of is None or subject is None:
            continue
        holder = _actors_of_phrase(subject, actors)
        if holder:
            issue = _issue_span(said_of)
            polarity = words.evaluations[word.lemma_.lower()]
            out.append((holder, polarity, _issue_text(issue),
                        _targets(issue, None, actors, holder, (), polarity), None))   # no event or quote to cite
    return out


STANCE_IDIOMS = {   # object noun → (its verbs, the preposition of the issue, polarity)
    "weight": (("throw", "put", "lend"), "behind", "support"),   # "threw its weight behind the plan"
    "exception": (("take",), "to", "oppose"),                     # "took strong exception to the remarks"
}


def _idiom_stances(doc, actors: ActorIndex):
    """Stances of the subject of an idiom ("the opposition threw its weight behind the plan", "Chile
    took exception to the remarks") on the object of its preposition, where no event is coded; not
    when negated or only asked or possible ("urged X to throw its weight behind", "could take exception")."""
    out = []
    text = doc.text.lower()
    if not any(noun in text for noun in STANCE_IDIOMS):
        return out
    for tok in doc:
        idiom = STANCE_IDIOMS.get(tok.lower_)
        if idiom is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in idiom[0]:
            continue
        verb, prep, polarity = tok.head, idiom[1], idiom[2]
        found = _prep_object(tok, (prep,)) or _prep_object(verb, (prep,))
        subject = subject_of(verb)
        if found is None or subject is None or _negated(verb) or _object_controller(verb) is not None or \
                any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        holder = _actors_of_phrase(subject, actors)
        if holder:
            issue = _issue_span(found[1])
            out.append((holder, polarity, _issue_text(issue), _targets(issue, None, actors, holder, (), polarity), None))
    return out


PREDICATE_VERBS = {"be", "remain", "stay", "seem", "appear", "become"}


def _predicate_stances(doc, quotes: list[Quote], actors: ActorIndex, words: StanceWords):
    """Stances of the subject of "be" / "remain" with a position adjective and its preposition ("Chile
    remains committed to the talks", "Peru is opposed to the plan", "was critical of the deal"), in
    quotes and outside them; "we" in a quote is its speaker. Not when negated or only possible ("is
    not committed to", "could be opposed to")."""
    out = []
    for tok in doc:
        entry = words.predicates.get(tok.lower_)
        if entry is None or tok.dep_ not in ("acomp", "oprd", "xcomp") or tok.head.lemma_ not in PREDICATE_VERBS:
            continue
        polarity, preps = entry
        verb = tok.head
        found = _prep_object(tok, preps)
        if found is None or _negated(tok) or _negated(verb) or \
                any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "would", "'ll") for c in verb.children):
            continue
        subject = subject_of(verb.head if verb.dep_ == "conj" and not _has_subject(verb) else verb)
        if subject is None:     # "Peru regretted it but remained committed": the first verb's subject
            continue
        quote = next((q for q in quotes if q.content.start <= tok.idx < q.content.end), None)
        holder = _actors_of_phrase(subject, actors) if subject.lower_ not in FIRST_PERSON else []
        if not holder and subject.pos_ == "PRON" and quote is not None and quote.speaker:
            holder = [quote.speaker]    # "we remain committed", "Chile said it remained committed"
        if holder:
            issue = _issue_span(found[1])
            out.append((holder, polarity, _issue_text(issue), _targets(issue, None, actors, holder, (), polarity),
                        quote.id if quote is not None else None))
    return out


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _calling_verb_tokens(doc, words: StanceWords):
    """The verbs whose lemma is a calling verb: one array lookup over the doc's lemma ids (a Matcher
    of one token did the same at several times the cost)."""
    import numpy

    from spacy.attrs import LEMMA

    wanted = _lemma_ids(tuple(sorted(words.calling_verbs)))
    hits = numpy.flatnonzero(numpy.isin(doc.to_array(LEMMA), wanted))
    return [doc[int(i)] for i in hits if doc[int(i)].pos_ == "VERB"]


@lru_cache(maxsize=4)
def _lemma_ids(lemmas: tuple[str, ...]):
    import numpy
    from spacy.strings import hash_string

    return numpy.array([hash_string(lemma) for lemma in lemmas], dtype=numpy.uint64)


def _negated(tok) -> bool:
    """Negated itself, or the second of two verbs under one negation ("does not back or [endorse] it")."""
    return any(c.dep_ == "neg" for c in tok.children) or \
        (tok.dep_ == "conj" and tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.head.children))


def _issue_of(tok, words: StanceWords, polarity: str | None = None):
    """(the object phrase a stance word is about, the party it accuses or None, the polarity), or None.

    A to-clause is the issue only through a stance verb: "ready to *back* the plan" is support of
    the plan, "refused to *accept* the plan" opposition to it; "pledged to rebuild", "refused to
    leave" take no position. An accusation is about the act, not the accused: "accused Chile of
    [arming the rebels]", "blamed Peru for [the attack]", "a protest to Peru over [the raids]"."""
    if tok.lemma_.lower() in words.evaluations and tok.pos_ in ("ADJ", "NOUN"):
        said_of = _evaluated(tok, words)    # "the raids were [unacceptable]", "called the vote [a farce]"
        return None if said_of is None else (_issue_span(said_of), None, words.evaluations[tok.lemma_.lower()])
    own = _polarity_of(tok, words)     # the word's own prepositions ("support for", "opposition to")
    polarity = polarity or own
    preps = words.noun_prepositions.get(own or "", frozenset()) | \
        ({"against"} if own == "oppose" else {"for", "to", "against"})   # "fight *for* X" backs X
    preps = words.own_prepositions.get(tok.lemma_.lower(), preps)
    for child in tok.rights:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            inner = _polarity_of(child, words) or words.clause_verbs.get(child.lemma_.lower())
            if inner is None and _gerund_object(child) and polarity is not None:
                return _issue_span(child), None, polarity   # "ruled out [resuming the talks]": the act itself
            if inner is None or _negated(child) or (polarity == inner == "oppose"):
                continue
            found = _issue_of(child, words, inner)
            if found is None:
                return None
            return found[0], found[1], "support" if polarity == inner else "oppose"
        if child.dep_ in ("dobj", "attr") and child.pos_ in ("NOUN", "PROPN", "PRON", "VERB"):
            if child.lower_.endswith(("self", "selves")) or _own_homeland(tok, child):
                return None     # "defend itself", "defend our country": about no one else
            if polarity == "support" and _polarity_of(child, words) == "support":
                found = _issue_of(child, words, polarity)
                if found is not None:   # "reaffirmed its solidarity [with the strikers]": with whom
                    return found
            if _polarity_of(tok, words) is None and _polarity_of(child, words) == polarity == "oppose":
                found = _issue_of(child, words, polarity)
                if found is not None:   # "repeated his rejection [of any deal]": what it rejects
                    return found
            if tok.lemma_.lower() in words.expressing_verbs and child.pos_ == "NOUN" and \
                    _polarity_of(child, words) is not None:
                return None     # "voiced opposition", "expressed support": the word is no issue, none is named
            owned = _owned_object(tok, child)
            if owned is not None:   # "condemned [Russia's] 'reckless attack'": the owner and the act
                span = _issue_span(owned)
                return span.doc[child.left_edge.i: span.end], None, polarity
            return _charged(_charge_of(tok, child), child, polarity)
    found = _prep_object(tok, preps)
    if found is None and tok.dep_ == "dobj" and (tok.lemma_.lower() in words.own_prepositions or
                                                 (own is not None and tok.head.lemma_.lower() in words.expressing_verbs)):
        found = _prep_object(tok.head, preps)   # "expressed solidarity [with the strikers]", "voiced opposition
        #                                          [to the plan]" hung on the verb
    if found is not None:
        pobj = found[1]
        return _charged(_charge_of(tok, pobj) if _names_a_party(pobj) else None, pobj, polarity)
    issue = _in_favour_of(tok)
    if issue is not None:
        return issue, None, polarity
    fronted = _issue_before(tok)
    if fronted is None:
        return None
    charge = _prep_object(tok, CHARGE_PREPS) if polarity == "oppose" else None
    return _charged(charge[1] if charge is not None else None, fronted, polarity)


HOMELAND = {"country", "homeland", "nation", "sovereignty", "territory", "borders", "land", "motherland", "fatherland"}


def _own_homeland(verb, obj) -> bool:
    """Whether a defending verb's object is the holder's own country ("defend our homeland", "protect
    its sovereignty"): self-defence, no position on anyone else."""
    return verb.lemma_.lower() in ("defend", "protect", "safeguard", "guard", "preserve") and \
        obj.lemma_.lower() in HOMELAND and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _gerund_object(verb) -> bool:
    """Whether a clause hung on a stance verb is its object, an -ing form with no "to" and no subject
    of its own ("ruled out [resuming the talks]"; not "refused [to leave]")."""
    return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark", "nsubj") for c in verb.lefts)


POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}


def _owned_object(verb, possessor):
    """The object a possessor owns when the parser split the two into two objects of the verb (a
    quotation mark or a list between them: "condemned [Russia's] 'unprovoked [attack]'"), or None."""
    last = possessor.right_edge
    if not (last.dep_ == "case" and last.lower_ in POSSESSIVE_MARKS):
        last = last.nbor() if last.i + 1 < len(last.doc) else last     # "’s" hung on the verb instead
        if last.lower_ not in ("'s", "’s"):
            return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.i > last.i), None)


def _charged(charge, phrase, polarity: str):
    """(issue, accused, polarity): with a charge ("accused [X] of [arming the rebels]") the charge is
    the issue and the phrase the accused; without one the phrase is the issue."""
    return (_issue_span(charge), phrase, polarity) if charge is not None else (_issue_span(phrase), None, polarity)


RELATIVE_PRONOUNS = {"which", "that", "whom", "who"}


def _in_favour_of(tok):
    """The object of "in favour of" after a verb ("voted in favour [of the draft]"), or None."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            favour = next((c for c in prep.children if c.lemma_.lower() in ("favour", "favor")), None)
            of = next((c for c in favour.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
                if favour is not None else None
            obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            if obj is not None:
                return _issue_span(obj)
    return None


def _issue_before(verb):
    """The head of an issue named before its stance verb: the noun a relative clause hangs on ("the ruling,
    which Chile rejected"), or a passive subject that is no party ("the coup was condemned by Peru";
    "the envoy was welcomed" is no stance on the envoy); None otherwise."""
    if verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None     # "must be ratified", "would be vetoed": no position taken yet
    fronted = next((c for c in verb.lefts if c.dep_ in ("dobj", "nsubjpass")), None)
    if fronted is None:
        return None
    if fronted.lower_ in RELATIVE_PRONOUNS:
        return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    if fronted.dep_ == "nsubjpass" and fronted.pos_ in ("NOUN", "PROPN") and not _names_a_party(fronted):
        return fronted
    return None


CHARGE_PREPS = {"of", "for", "over"}   # "accused X *of* Y", "blamed X *for* Y", "protest to X *over* Y"


def _charge_of(tok, party):
    """What ``party`` is accused of, when ``tok``'s object names a party and an of/for/over phrase
    gives the act ("accused Chile of arming", "blamed Peru for the attack"; the parser may hang it
    on the party: "his counterpart [of undermining]"), or None."""
    if not _names_a_party(party):
        return None
    for head in (tok, party):
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in CHARGE_PREPS and prep.i > party.i:
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and (head is tok or obj.pos_ in ("VERB", "AUX")):
                    return obj
    return None


def _names_a_party(token) -> bool:
    """Whether a phrase head names a party (a state, body or person, or a pronoun for one) rather
    than an act."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or \
        token.lemma_.lower() in PARTY_NOUNS


PARTY_NOUNS = {"government", "authority", "counterpart", "foe", "rival", "enemy", "neighbour", "neighbor",
               "guard", "force", "army", "military", "police", "regime", "administration", "vessel", "ship",
               "group", "militant", "rebel", "side", "party", "opposition", "country", "state", "leader", "official", "ally",
               "ambassador", "envoy", "diplomat", "minister", "president", "delegation", "spokesman", "spokesperson"}


def _issue_span(head):
    """The noun phrase headed by ``head``, cut before relative clauses, commas and
    coordinated verbs, at most MAX_ISSUE_TOKENS tokens, never ending on a word that needs
    another ("... for the", "... and")."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ISSUE_CUT_DEPS and not (child.dep_ in ("cc", "conj") and child.pos_ != "VERB") and \
                not _glued_hyphen(child) and not _to_infinitive(child):
            break
        end = child.right_edge.i + 1
    clause = next((t for t in doc[head.i + 1: end] if t.dep_ in ("relcl", "advcl") and t.head.i != head.i), None)
    if clause is not None:      # a relative clause deeper in: "the results of the vote[, which ...]"
        end = min(end, clause.left_edge.i)
    judged = next((t for t in doc[head.i + 1: end] if _judgement_as(t)), None)
    if judged is not None:      # "welcomed the move [as a victory]": what the holder calls it, not the issue
        end = judged.i
    if head.lemma_.lower() in DEMAND_NOUNS and end < len(doc) and doc[end].lower_ == "to" and \
            doc[end].head.dep_ == "advcl" and doc[end].head.head.i == head.head.i:
        end = _issue_span(doc[end].head).end    # "rejected calls from X [to lift sanctions]" hung on the verb
    end = min(end, start + MAX_ISSUE_TOKENS)
    while start + MAX_ISSUE_TOKENS <= end < min(len(doc), start + MAX_ISSUE_TOKENS + 3) and \
            doc[end].ent_iob_ == "I":
        end += 1                # not inside a name: "... in Hong [Kong]"
    while end + 1 < len(doc) and _glued_hyphen(doc[end]):    # the parser split "re-election" apart
        end += 2
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in DANGLING_POS or
                               _modifier_cut_off(doc[end - 1], end)) and doc[end - 1].dep_ != "prt":
        end -= 1
    return doc[start:end]


DEMAND_NOUNS = {"call", "demand", "request", "appeal", "plea", "proposal", "plan", "bid", "offer", "pressure"}


def _judgement_as(tok) -> bool:
    """"as" giving what a stance verb's holder calls its object ("rejected the decision [as senseless]",
    "welcomed the move [as a victory]"), hung on the object or the verb: an adjective, a quotation or
    a noun with "a"; not a role ("backed her role as mediator")."""
    if tok.lower_ != "as" or tok.dep_ != "prep":
        return False
    said = [c for c in tok.children if c.dep_ in ("pobj", "amod", "acomp", "advmod")] + \
        ([tok.nbor()] if tok.i + 1 < len(tok.doc) else [])
    return any(c.pos_ == "ADJ" or c.is_quote or any(d.lower_ in ("a", "an") for d in c.children if d.dep_ == "det")
               for c in said)


def _modifier_cut_off(tok, end: int) -> bool:
    """A modifier whose noun the cut left out ("the purpose of its [national]")."""
    return tok.dep_ in ("amod", "compound", "nummod", "poss") and tok.head.i >= end


def _to_infinitive(tok) -> bool:
    """A to- or -ing clause that completes a noun ("plans [to annex the region]", "the talks [failing
    to take place]")."""
    if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX"):    # the parser's "calls [to suspend] it"
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
            any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.left_edge.i for c in tok.children)
    return tok.dep_ == "acl" and tok.pos_ in ("VERB", "AUX") and \
        (tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _glued_hyphen(tok) -> bool:
    """A hyphen inside a word the tokenizer split ("re-election")."""
    return tok.text in HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _issue_text(span) -> str:
    """The issue's words, without a quotation mark left open by the cut (to "disengage)."""
    text = span.text.strip()
    if text[:1] in ("'", "‘") and text.count("'") + text.count("‘") + text.count("’") == 1:
        text = text[1:]         # a single quotation mark left open by the cut ('breaching the truce)
    opened = text.rfind("‘")
    if opened >= 0 and "’" not in text[opened:]:
        text = text[:opened] + text[opened + 1:]    # Russia’s ‘reckless attack: the closing mark was cut
    for marks in (('"',), ("“", "”")):
        if sum(text.count(m) for m in marks) % 2:
            for m in marks:
                text = text.replace(m, "")
    return text.strip()


def _normalized(issue: str) -> str:
    text = re.sub(r"\s+", " ", issue.lower().replace("’", "'")).strip(" .,;:\"'“”")
    return _LEADING.sub("", text)


# -- merging -----------------------------------------------------------------
UNNAMED_ISSUES = {"it", "this", "that", "which", "what"}


def _merged(found) -> list[Stance]:
    stances: list[Stance] = []
    index: dict[tuple, Stance] = {}
    for holder, polarity, issue, target, evidence in found:
        if _normalized(issue) in UNNAMED_ISSUES:
            continue    # "voted against it": the issue is named elsewhere, a record without it says nothing
        holder = list(dict.fromkeys(holder))
        key = (frozenset(holder), polarity, _normalized(issue))
        stance = index.get(key)
        if stance is None:
            stance = Stance(id=f"s{len(stances) + 1}", holder=holder, polarity=polarity, issue=issue)
            stances.append(stance)
            index[key] = stance
        for a in target:
            if a not in stance.target and a not in stance.holder:
                stance.target.append(a)
        if evidence is not None and evidence not in stance.evidence:
            stance.evidence.append(evidence)
    return stances
