"""Actor and recipient of an event, from the parse and the document's actors.

PLOVER conventions (manual §"Compound and Reciprocal Actors"): actor and recipient are lists;
"China and Russia signed" is one actor list; a meeting of equals puts every party in the actor
list and leaves the recipient empty; a passive "was condemned by X" has X as actor. In reported
speech the actor is the subject of the reported clause ("the envoy said both sides reject …" →
both sides), and the speaker only when the clause has no subject of its own ("…, Putin said").
Pronouns and collective references ("they", "both sides", "the two countries") resolve to the
most recent compound actor of the sentences before (who a noun phrase names: :mod:`.phrases`).
Which word is a verb's subject is :mod:`.subjects`' answer; who a possessive, "them", "the country"
or an act noun pointing back stands for, :mod:`.antecedents`'.
"""
from __future__ import annotations

from spacy.tokens import Token

from .antecedents import (earlier_object_actors, main_plural_subject, own_state, owned_subject_actors, owners_state,
                          referred_act, the_country)
from .lexicon import load_data
from .phrases import (COLLECTIVE_HEADS, SAY_VERBS, SUBJECT_DEPS, ArgumentContext, phrase_actors,
                      previous_main_subject, resolve_reference, speaker_of, unique_ids)
from .subjects import OBJECT_CONTROL, OBJECT_OF_GERUND_VERBS, PATIENT_DEPS, RELATIVE_PRONOUNS, subject_token
from .syntax import headline

RECIPIENT_PREPS = {"with", "to", "against", "on", "for", "toward", "towards", "at", "upon", "into", "over"}
NOUN_ACTOR_PREPS = {"by", "from", "of", "between", "among", "involving"}
JOINING_VERBS = {"join"}   # "X joined Y for drills": Y takes part too
POSSESSIVE_PRONOUNS = {"his", "her"}   # ("its", "their" stand for too many things: "its readiness")
_WORDS = load_data("arguments.yaml")
OF_PATIENT_NOUNS = frozenset(_WORDS["of_patient_nouns"])
POSSESSOR_PATIENT_NOUNS = frozenset(_WORDS["possessor_patient_nouns"])
FALLBACK_RECIPIENT_PREPS = set(_WORDS["fallback_recipient_preps"])
REACTION_VERBS = frozenset(_WORDS["reaction_verbs"])
PERFORMING_VERBS = frozenset(_WORDS["performing_verbs"])
LEAVING_NOUNS = frozenset(_WORDS["leaving_nouns"])
ANSWERED_NOUNS = frozenset(_WORDS["answered_nouns"])
ATTRIBUTING_VERBS = frozenset(_WORDS["attributing_verbs"])
UNNAMED_VICTIMS = frozenset(_WORDS["unnamed_victims"])
# prepositions of an act someone stands against: its noun is not the act of the verb's subject
OPPOSED_PREPS = {"against", "over"}
# prepositions setting an act beside a clause as its circumstance, cause or time: not the subject's act
CIRCUMSTANCE_PREPS = {"amid", "despite", "by"}
SEQUENCE_PREPS = {"after", "following", "before", "since"}
# one level further down from a noun that names no actor ("cut the funding of a scheme *for X*")
DEEPER_PREPS = {"against", "on", "for", "to"}
# grievances brought before a body: "a complaint to the WTO against X" (X is accused)
COMPLAINT_NOUNS = {"complaint", "grievance", "case", "lawsuit", "suit"}
# gatherings whose "on X" names what they discuss, no party
TOPICAL_GATHERINGS = {"summit", "talk", "meeting", "conference", "session", "debate", "discussion", "consultation",
                      "negotiation", "forum", "dialogue", "briefing", "hearing"}


def _agent_actors(verb: Token, ctx: ArgumentContext) -> list[str]:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return phrase_actors(p, ctx)
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was rammed *by* a coast guard ship" parsed as a plain preposition: its actors are the agent
        # (also on the predicate noun: "were held hostage *by* X")
        holders = [verb] + [c for c in verb.children if c.dep_ == "oprd"]
        found = [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj" for a in phrase_actors(p, ctx, depth=1)]
        if found:
            return found
    return _stray_agent_actors(verb, ctx)


def _stray_agent_actors(verb: Token, ctx: ArgumentContext) -> list[str]:
    """The agent of a passive the parser hung on a verb above it ("X has been accused of …,
    much of it believed embezzled, *by* officials": "by officials" on "believed"): a "by"
    after the passive, on an active verb up to two steps above it, that names actors."""
    t = verb
    for _ in range(2):
        if t.head == t:
            break
        t = t.head
        if t.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            break   # a passive above has its own agent
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i and c not in verb.subtree:
                found = [a for p in c.children if p.dep_ == "pobj" for a in phrase_actors(p, ctx, depth=1)]
                if found:
                    return found
    return []


def prep_actors(token: Token, preps: set[str], ctx: ArgumentContext, deeper: bool = True) -> list[str]:
    """Actors named after these prepositions; one level further for "against/on" ("reservists
    for a war *against Iraq*")."""
    out: list[str] = []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objects = [p for p in c.children if p.dep_ == "pobj"] or _stranded_object(c)
            for p in objects:
                found = phrase_actors(p, ctx, depth=1) or main_plural_subject(p, ctx) or resolve_reference(p, ctx)
                if not found and deeper:
                    # (a gathering's "on X" is its topic: "met for the summit on Chad")
                    found = prep_actors(p, DEEPER_PREPS - {"on"} if p.lemma_.lower() in TOPICAL_GATHERINGS else DEEPER_PREPS,
                                        ctx, deeper=False)
                out.extend(found)
    return out


def _stranded_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object ("granted
    asylum to [five officers] holed up …" parsed with "officers" as the subject of "holed")."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or prep.n_rights:
        return []
    for t in doc[prep.i + 1: min(len(doc), prep.i + 8)]:
        if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == prep.i + 1:
            return [t]
    return []


def headline_listed_subjects(subj: Token) -> list[Token]:
    """Names a headline lists with a comma before its verb, which the parser reads as a second
    subject or an apposition: "Indonesia, Malaysia agree to …", "Turkey, Azerbaijan expand …"
    (only in a sentence without final punctuation, only proper names right after a comma)."""
    if not headline(subj.sent):
        return []
    doc = subj.doc
    others = [c for c in subj.head.children if c.dep_ in (subj.dep_, "npadvmod") and c != subj and c.i < subj.head.i]
    others += [c for c in subj.children if c.dep_ == "appos"]
    return [c for c in others if c.pos_ == "PROPN" and
            (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," or
             c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",")]


# participles of a stand one takes, not of an act done to one ("is committed to", "is determined to")
STATE_PARTICIPLES = {"commit", "determine", "dedicate"}


def verb_arguments(verb: Token, ctx: ArgumentContext, object_is_patient: bool) -> tuple[list[str], list[str]]:
    """(actor, recipient) of an event whose trigger is a verb (or predicative adjective)."""
    subj, passive = subject_token(verb)
    actor: list[str] = []
    recipient: list[str] = []
    if passive and subj is not None and verb.lemma_.lower() in STATE_PARTICIPLES and not _agent_actors(verb, ctx):
        passive = False   # "X is committed to the accords": X's own stand, no passive act done to X
    if passive:
        actor = _agent_actors(verb, ctx)
        patients = phrase_actors(subj, ctx) if subj is not None else []
        if not actor and object_is_patient and subj is not None and not _party_done_to(subj, ctx):
            # "a deal for Russia to supply China was not signed": the parties named in the deal
            # ("the French *ambassador* was summoned": a party is the one it is done to; "Indian
            # *troops* will be deployed": forces are their state's means)
            sub = list(subj.subtree)
            actor = ctx.actors.actors_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
        else:
            recipient = patients
    elif subj is not None:
        actor = phrase_actors(subj, ctx)
        for listed in headline_listed_subjects(subj):
            actor = unique_ids(actor + phrase_actors(listed, ctx))
        if not actor and subj.pos_ == "VERB":
            # "the agency *operating* in X said …": a reduced relative parsed as the subject
            inner, inner_passive = subject_token(subj)
            if inner is not None and not inner_passive:
                actor = phrase_actors(inner, ctx)
        if not actor and verb.dep_ in ("acl", "relcl") and subj == verb.head:
            actor = _issuer_actors(subj, ctx, verb)
        if not actor and subj.head == verb:
            # "In early May, X refused …" parsed with the date as a first subject
            actor = [a for c in verb.children if c.dep_ == "nsubj" and c != subj for a in phrase_actors(c, ctx)]
        if not actor and the_country(subj):
            # "the envoy said *the country* had cut ties": the reporter's own state
            actor = own_state(speaker_of(verb, ctx), ctx) or previous_main_subject(subj, ctx, ("country",))
        if not actor and _sayer_also_acts(verb, subj, ctx):
            # "X said the island was theirs and *accused* Y": the parser joined X's second act to
            # the reported clause, whose subject names no party and cannot accuse
            say = verb.head.head
            actor = [a for c in say.children if c.dep_ == "nsubj" for a in phrase_actors(c, ctx)]
        if not actor:
            # "her movement had … and refuted the claims": the owner a possessive pronoun stands for
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
            if owner is not None:
                actor = resolve_reference(owner, ctx)
                if subj.lemma_.lower() in ("country", "nation"):
                    actor = owners_state(actor, ctx)   # "the envoy said *his country* would cut ties"
        if not actor:
            actor = owned_subject_actors(subj, verb, ctx)
    elif verb.dep_ == "ROOT":
        actor = _stray_subject_actors(verb, ctx)
    elif verb.dep_ == "amod" and verb.tag_ == "VBN":
        # "EU-mediated talks", "a Saudi-brokered truce": the one named in the participle does the act
        actor = [a for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod") for a in phrase_actors(c, ctx, depth=1)]
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "in" and verb.head.head.lemma_.lower() in JOINING_VERBS:
        # "four states joined X in voting against it": X votes too
        actor = unique_ids(actor + _object_actors(verb.head.head, ctx))
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":      # "granted asylum *to* them"
            recipient.extend(a for p in c.children if p.dep_ == "pobj" for a in phrase_actors(p, ctx, depth=1))
        elif c.dep_ in ("dobj", "dative", "obj"):
            recipient.extend(phrase_actors(c, ctx, depth=1) or earlier_object_actors(c, verb, ctx) or
                             resolve_reference(c, ctx))
            # "rejected a pact X signed with Y": who made the thing the act is done to
            recipient.extend(r for r in _maker_actors(c, ctx) if r not in actor)
            recipient.extend(prep_actors(c, {"of", "by", "from", "against", "on", "to", "for", "with", "among"}, ctx))
            # "lowered the level of relations *with X*": the party named on what the object is of
            recipient.extend(r for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                             if o.dep_ == "pobj" and not phrase_actors(o, ctx, depth=1)
                             for r in prep_actors(o, {"with"}, ctx, deeper=False) if r not in actor)
            # "seized the post *belonging to X*", "hit a ship owned by X": the owner
            recipient.extend(a for p in c.children if p.dep_ == "acl" and p.lemma_.lower() in OWNING_VERBS
                             for a in prep_actors(p, {"to", "by"}, ctx, deeper=False) + _agent_actors(p, ctx))
    recipient.extend(prep_actors(verb, RECIPIENT_PREPS, ctx))
    if not recipient:
        # (the same with the participle parsed as a clause of its own: "seized [the post] belonging to X")
        recipient.extend(r for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and
                         c.lemma_.lower() in OWNING_VERBS for r in prep_actors(c, {"to"}, ctx, deeper=False)
                         if r not in actor)
    if not recipient and not any(c.dep_ in ("dobj", "obj") for c in verb.children) and verb.i + 2 < len(verb.doc) and \
            verb.doc[verb.i + 1].dep_ == "cc" and verb.doc[verb.i + 2] in verb.conjuncts:
        # "assaulted and seized two X boats": verbs side by side share the object after them
        recipient.extend(r for c in verb.doc[verb.i + 2].children if c.dep_ in ("dobj", "obj")
                         for r in phrase_actors(c, ctx, depth=1) if r not in actor)
    if not recipient:
        # "donated and delivered goods to X": coordinated verbs share their recipient
        for other in verb.conjuncts:
            if other.pos_ == "VERB":
                recipient.extend(prep_actors(other, {"to", "with", "against"}, ctx))
                for obj in (c for c in other.children if c.dep_ == "dobj"):
                    recipient.extend(prep_actors(obj, {"to", "for"}, ctx, deeper=False))
    if not recipient and not passive and verb.dep_ == "relcl" and subj is not None and subj.i > verb.head.i and \
            subj.lower_ not in RELATIVE_PRONOUNS and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # "the soldiers it had detained": the noun a relative clause with its own subject describes is its object
        recipient = [r for r in phrase_actors(verb.head, ctx, depth=1) if r not in actor]
    if not recipient:
        # "fired tear gas to scatter the marchers": the one the act's purpose is aimed at
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                recipient.extend(r for r in _object_actors(c, ctx) if r not in actor)
                # "declined to join the talks *with X*", "agreed to hold talks with X": the other party
                gatherings = [g for g in c.children if g.dep_ in ("dobj", "obj")] + \
                    [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                recipient.extend(r for g in gatherings if g.lemma_.lower() in TOPICAL_GATHERINGS
                                 for r in prep_actors(g, {"with"}, ctx, deeper=False) if r not in actor)
    if not recipient and verb.lemma_.lower() in OBJECT_CONTROL:
        # "allowed X's vessels to pass" parsed with the vessels as the subject of the clause below
        recipient = [r for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                     if s.dep_ == "nsubj" for r in phrase_actors(s, ctx, depth=1) if r not in actor]
    if not recipient:
        recipient = [r for r in prep_actors(verb, FALLBACK_RECIPIENT_PREPS, ctx, deeper=False) if r not in actor]
    if not recipient:
        # "pulled its troops out of X": the "of" under "out" names the place or party left
        recipient = [r for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
                     for r in prep_actors(c, {"of"}, ctx, deeper=False) if r not in actor]
    if not recipient:
        # "denounced as a crime *X's* crackdown": the object put after its "as" complement,
        # parsed as the complement's apposition
        shifted = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos"]
        recipient = [r for a in shifted for r in phrase_actors(a, ctx, depth=1) if r not in actor]
    if len(actor) > 1 and any(c.dep_ in ("dobj", "obj") and _reciprocal(c) for c in verb.children):
        recipient = []   # "the two sides accused each other": both are the actors, as in a meeting, no one else
    if recipient and judged_acts(verb):
        # "condemned the attack *on peacekeepers*", "the shelling *of* the hospital was condemned": those the
        # judged act is done to are not the ones the judge accuses or answers (its doer is, when named)
        victims = {v for c in judged_acts(verb) for v in prep_actors(c, VICTIM_PREPS, ctx)}
        recipient = [r for r in recipient if r not in victims]
    return actor, recipient


# prepositions naming whom an act is done to ("the attack on X", "the killing of X")
VICTIM_PREPS = {"on", "against", "of", "at", "upon"}


def judged_acts(verb: Token) -> list[Token]:
    """The acts done to someone (`of_patient_nouns`) a verb judges or answers (`reaction_verbs`) as its
    object or passive subject: "condemned *the attack* on X", "*the shelling* … was condemned"."""
    if verb.lemma_.lower() not in REACTION_VERBS or verb.lemma_.lower() in ATTRIBUTING_VERBS:
        return []   # ("blamed the bombing *on X*" accuses X)
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in OF_PATIENT_NOUNS]


def _reciprocal(token: Token) -> bool:
    """'each other', 'one another'."""
    pair = {"other": "each", "another": "one", "one": "another"}   # ("one" may head "another")
    return token.lower_ in pair and any(c.lower_ == pair[token.lower_] for c in token.children)


def _maker_actors(noun: Token, ctx: ArgumentContext) -> list[str]:
    """Who made an agreement or act a verb's object names, in a clause describing it: "a pact
    *X signed with Y*" → X and Y (not "the deal that they signed": a relative pronoun)."""
    makers = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in MAKING_VERBS and
              not any(o.dep_ in ("dobj", "obj") and o.lower_ not in RELATIVE_PRONOUNS for o in c.children)]
    out = [a for c in makers for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS
           for a in phrase_actors(s, ctx)]
    return unique_ids(out + [a for c in makers for a in prep_actors(c, {"with"}, ctx, deeper=False)])


def _sayer_also_acts(verb: Token, subj: Token, ctx: ArgumentContext) -> bool:
    """Whether a verb of speaking, asking or blaming joined to a reported clause ("said A was theirs
    and accused B") has as its shared subject a thing that names no party: the sayer's act."""
    head = verb.head
    return verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in SAY_VERBS and \
        subj.pos_ == "NOUN" and subj.head == head and ctx.actors.actor_for_token(subj) is None and \
        not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and \
        verb.lemma_.lower() in OBJECT_OF_GERUND_VERBS | DEMANDING_VERBS | SAY_VERBS


def _party_done_to(token: Token, ctx: ArgumentContext) -> bool:
    """Whether a passive subject is itself a party the act is done to (an envoy, a state), not a
    thing naming parties (a deal) or a force moved by its state (troops)."""
    own = ctx.actors.actor_for_token(token)
    actor = ctx.actors.get(own) if own else None
    return actor is not None and actor.sector not in ("MIL", "COP")


def _stray_subject_actors(verb: Token, ctx: ArgumentContext) -> list[str]:
    """The subject the parser hung elsewhere: the noun phrase right before a main verb that has
    none ("With the signing of the accord, *X and Y* have agreed …", parsed with X as a conjunct
    of "accord"). Only the part after the comma that opens the clause counts."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i < verb.sent.start or verb.doc[i].pos_ not in ("NOUN", "PROPN"):
        return []
    comma = max((t.i for t in verb.doc[verb.sent.start:i] if t.text == ","), default=None)
    if comma is None:
        return []
    t = verb.doc[i]
    while t.dep_ in ("conj", "compound", "flat") and t.head.i > comma:
        t = t.head
    if t.dep_ == "ROOT" or t.left_edge.i <= comma:
        return []
    return phrase_actors(t, ctx, depth=1)


def _object_actors(verb: Token, ctx: ArgumentContext) -> list[str]:
    """Actors named as the direct object of a verb."""
    return [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in phrase_actors(c, ctx, depth=1)]


def span_agent_actors(words, ctx: ArgumentContext) -> list[str]:
    """The agent of a passive participle inside a trigger phrase ("was water *cannoned by* X"): X."""
    return [a for t in words if t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children)
            for a in _agent_actors(t, ctx)]


def object_actors(word: Token, ctx: ArgumentContext) -> list[str]:
    """Actors an act is aimed at by name: a verb's direct object or "to" object itself (with its
    conjuncts), not a modifier of it ("urged the mediators", not "quit the X-brokered talks")."""
    heads = [c for c in word.children if c.dep_ in ("dobj", "obj", "dative")]
    heads += [p for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    return [a for h in heads for t in [h, *h.conjuncts] if (a := ctx.actors.actor_for_token(t))]


# what a thing is used as to justify an act ("as a pretext to …")
PRETEXT_NOUNS = {"pretext", "excuse", "justification", "reason", "cover"}


def _issuer_actors(noun: Token, ctx: ArgumentContext, act: Token | None = None) -> list[str]:
    """Who a statement-like noun is from, when an act hangs from it: "the ministry *released* a
    report accusing …", "the union put out a statement condemning …" → the subject of the
    verb the noun is the object of."""
    if act is not None and act.tag_ == "VBG":
        # "rejected *comments by X* alleging …", "X's remarks accusing …": X alleges, not the one rejecting
        # (not an infinitive: "accepted an invitation by X to visit" is the invited one's visit)
        own = prep_actors(noun, {"by", "from"}, ctx, deeper=False) or [
            a for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for a in phrase_actors(c, ctx)]
        if own:
            return own
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep" and noun.lemma_.lower() in PRETEXT_NOUNS:
        head = head.head   # "X used the visit *as a pretext* for naval drills": X's act
        noun = next((c for c in head.children if c.dep_ in ("dobj", "obj")), noun)
    if noun.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in REACTION_VERBS:
        # (not a verb judging what the noun names: "condemned an attack *that killed* …" is no act of
        # the one condemning)
        subj, passive = subject_token(head)
        if subj is not None and not passive:
            return phrase_actors(subj, ctx)
    return []


# nouns that charge what they are said of with a wrong ("the raid was a breach of …")
CHARGE_NOUNS = {"violation", "breach", "infringement", "outrage", "affront"}
TRUCE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice"}
# participles naming whose a thing is ("the post *belonging* to X", "a ship *owned* by X")
OWNING_VERBS = {"belong", "own", "operate", "run", "control", "hold", "man", "use"}
# nouns of a part or run of acts ("a round of talks", "a wave of strikes"): who holds the part holds the acts
PORTION_NOUNS = {"round", "series", "wave", "spate", "string", "flurry", "barrage", "volley", "session", "cycle"}
# nouns of bringing a thing into being ("announced the *formation* of a border panel"): who announces it forms it
FOUNDING_NOUNS = {"formation", "creation", "establishment", "founding"}
# verbs whose subject draws or meets the act its object names, done by others ("drew condemnation from X",
# "faced sanctions from X", "won backing from X"): not the subject's act ("sparked clashes": a cause, no party)
DRAWING_VERBS = {"draw", "attract", "receive", "face", "win", "earn", "garner"}
# verbs of making the act a noun names, in a clause describing it ("the deal *Ethiopia signed*")
MAKING_VERBS = {"sign", "reach", "strike", "conclude", "seal", "broker", "launch", "carry", "conduct", "stage", "impose",
                "hold", "announce", "make"}


def noun_arguments(noun: Token, ctx: ArgumentContext) -> tuple[list[str], list[str]]:
    """(actor, recipient) of an event named by a noun: "Russia's support for …", "EU sanctions
    against …", "talks between X and Y", or the subject of the verb it is the object of
    ("they confirmed their support", "held talks")."""
    own = ctx.actors.actor_for_token(noun)
    actor: list[str] = [own] if own else []   # "police dispersed the *demonstrators*": they protest
    possessor_patient = _possessor_is_patient(noun)
    possessed: list[str] = []
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i and not own:
            (possessed if possessor_patient and c.dep_ == "poss" else actor).extend(phrase_actors(c, ctx))
    # "rallies *in support of* X", "in defence of X": a bare noun after "in" is done for or to X
    patient_of = noun.lemma_.lower() in OF_PATIENT_NOUNS or (
        noun.dep_ == "pobj" and noun.head.lower_ == "in" and not any(c.dep_ in ("det", "poss") for c in noun.children))
    # "the withdrawal of the troops from X": "from" names the place or party left
    left = {"from"} if noun.lemma_.lower() in LEAVING_NOUNS else set()
    # "the occupation of the island": "of" names the one it is done to
    actor.extend(prep_actors(noun, (NOUN_ACTOR_PREPS - {"of"} if patient_of else NOUN_ACTOR_PREPS) - left, ctx))
    recipient = prep_actors(noun, (RECIPIENT_PREPS | {"of"} if patient_of else RECIPIENT_PREPS) | left, ctx)
    recipient.extend(possessed)
    if left:
        # "the withdrawal of the marines from X" parsed with "from X" on "marines"
        gone = [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children if o.dep_ == "pobj" for r in prep_actors(o, left, ctx, deeper=False)]
        actor = [a for a in actor if a not in gone]
        recipient.extend(gone)
    if not actor:
        # "the expulsion of 40 diplomats by X" parsed with "by X" on "diplomats": X does the act
        actor = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" for a in prep_actors(o, {"by"}, ctx, deeper=False)]
        recipient = [r for r in recipient if r not in actor]
    if not actor:
        # "a port deal *Ethiopia signed* with X", "the accord that the two sides reached": the one who
        # made it (also under "talks over …"), with the one it was made with
        makers = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in MAKING_VERBS]
        actor = [a for c in makers for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS
                 for a in phrase_actors(s, ctx)]
        if actor and not recipient:
            recipient = [r for c in makers for r in prep_actors(c, {"with"}, ctx) if r not in actor]
    if not actor:
        # "the request *made by* X", "the raid carried out by X": the agent of a participle of doing it
        done = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                c.lemma_.lower() in MAKING_VERBS | PERFORMING_VERBS]
        actor = [a for c in done for a in _agent_actors(c, ctx)]
    if not recipient and not patient_of:
        # "the breaking of relations *with X*", "the lifting of curbs against X": the party
        # named on what the act is of, when that names none itself
        recipient = [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and not phrase_actors(o, ctx, depth=1)
                     for r in prep_actors(o, {"with", "against"}, ctx, deeper=False) if r not in actor]
    head = noun.head
    # ("reopened on Monday *the dialogue*": an object after the verb parsed as its adverb)
    after_verb = noun.dep_ == "npadvmod" and noun.i > head.i and head.pos_ == "VERB" and \
        any(c.dep_ == "det" for c in noun.children) and any(c.dep_ == "nsubj" for c in head.children)
    if not actor and (noun.dep_ in ("dobj", "attr", "oprd", "pobj", "conj", "appos") or after_verb) and head != noun:
        verb = head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ in OPPOSED_PREPS:   # "marched against his arrest": not the marchers' act
                return actor, recipient
            if head.lower_ in CIRCUMSTANCE_PREPS or head.lower_ in SEQUENCE_PREPS and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for c in noun.children):
                # "extended the mission amid rebel violence", "plagued by violence", "spoke after the
                # strike on X": another's act set beside the clause (not "after talks with X")
                return actor, recipient
            if head.lower_ == "during" and ctx.act_categories.get(noun.i) == "PROTEST":
                # "police arrested 200 people during the protests": the crowd protests, not the police
                return actor, recipient
            verb = head.head
            if head.lower_ == "for" and verb.lemma_.lower() in ("responsible", "responsibility") and \
                    verb.dep_ in ("acomp", "dobj", "attr"):
                verb = verb.head   # "X were responsible for 50 attacks", "X claimed responsibility for the blast"
        while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):
            verb = verb.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and verb.lemma_.lower() in PORTION_NOUNS | FOUNDING_NOUNS and \
                verb.dep_ in ("dobj", "obj") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head   # "opened their third round of talks": the round's holders hold the talks
        joined = None
        if noun.dep_ == "pobj" and verb.pos_ in ("NOUN", "PROPN"):
            # "X joined A, B and C *for* drills" with "for" hung on the last one joined
            obj = verb
            while obj.dep_ in ("conj", "appos") and obj.head.pos_ in ("NOUN", "PROPN"):
                obj = obj.head
            if obj.dep_ == "dobj" and obj.head.lemma_.lower() in JOINING_VERBS:
                last = head.head    # the last one joined, which "for" hangs on
                verb, joined = obj.head, ctx.actors.actors_in(obj.left_edge.idx, last.idx + len(last.text))
        elif verb.lemma_.lower() in JOINING_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            joined = phrase_actors(obj, ctx, depth=1) if obj is not None else None
        naming = verb.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in verb.children)
        if noun.dep_ == "dobj" and verb.lemma_.lower() in DRAWING_VERBS:
            # "the tariffs *drew* condemnation from X", "Y faced threats from X": X acts, on the subject's side
            actor = prep_actors(verb, {"from"}, ctx)
        elif verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in REACTION_VERBS and not naming:
            # (who "called the arrests illegal" or "a blow to X" judges them, as one who "described" them)
            actor = verb_arguments(verb, ctx, False)[0]
            if joined is not None and actor:
                # "X joined Y in/for talks": both hold them
                actor = unique_ids(actor + joined)
                recipient = [r for r in recipient if r not in actor]
    if not actor and noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in PERFORMING_VERBS:
        actor = _agent_actors(head, ctx)   # "a raid on the office was carried out *by police*"
    if not recipient and noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in DRAWING_VERBS:
        subj, passive = subject_token(head)
        if not any(c.dep_ == "nsubj" for c in head.children) and head.dep_ not in ("advcl", "conj") and not (
                head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "ADJ")):
            subj = None   # ("an honour *to earn* X's praise": no subject of its own; "forced *to face*" has)
        if subj is not None and not passive:   # "X's tariffs drew criticism from Y": aimed at X
            recipient = [r for r in phrase_actors(subj, ctx) if r not in actor]
    if not recipient and noun.dep_ == "dobj" and head.pos_ == "VERB":
        recipient = prep_actors(head, {"to", "with", "against", "on", "for"}, ctx)   # "gave a welcome to X"
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADJ") and not recipient:
        recipient = prep_actors(head, RECIPIENT_PREPS, ctx)
        for c in head.children:
            if c.dep_ in ("acomp", "advmod"):
                recipient.extend(prep_actors(c, RECIPIENT_PREPS, ctx))
    if noun.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in ATTRIBUTING_VERBS:
        # "the assault was blamed on X", "blamed the bombing on X", "attributed the attack to X": X did it
        doers = prep_actors(head, {"on", "to"}, ctx, deeper=False) or prep_actors(noun, {"on"}, ctx, deeper=False)
        if doers:
            actor, recipient = doers, [r for r in recipient if r not in doers]
    if noun.lemma_.lower() in COMPLAINT_NOUNS:
        recipient = _complaint_targets(noun, ctx) or recipient
    if not recipient and noun.lemma_.lower() in CHARGING_NOUNS:
        # "accusations *that X supports* the rebels": the one the charge is about
        recipient = [r for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for r in phrase_actors(s, ctx) if r not in actor]
    return actor, recipient


# nouns of a charge whose "that" clause says who did wrong
CHARGING_NOUNS = {"accusation", "allegation", "charge", "claim"}


def _complaint_targets(noun: Token, ctx: ArgumentContext) -> list[str]:
    """The parties a complaint is "against/over" ("a complaint to the WTO against X": X is accused,
    the body it is brought to only hears it), on the noun, the verb it is the object of, or the
    body's name ("filed a complaint with the WTO against X")."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [])
    bodies = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
              for p in c.children if p.dep_ == "pobj"]
    return [a for h in holders + bodies for a in prep_actors(h, {"against", "over"}, ctx)]


def _possessor_is_patient(noun: Token) -> bool:
    """Whether a noun's possessor is the one the act is done to: "his detention", "the editor's
    arrest" (no "of X" names another patient: "Iran's detention of the crew")."""
    if noun.lemma_.lower() not in POSSESSOR_PATIENT_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def event_arguments(trigger: Token, ctx: ArgumentContext, object_is_patient: bool = False) -> tuple[list[str], list[str]]:
    """(actor ids, recipient ids) for the event a trigger word reports; the speaker of the
    reported clause is the actor when nothing else is."""
    if trigger.pos_ == "ADJ" and trigger.lemma_.lower() in JUDGING_ADJECTIVES:
        return _judgement_arguments(trigger, ctx)
    if trigger.pos_ in ("NOUN", "PROPN"):
        actor, recipient = noun_arguments(trigger, ctx)
        if not actor and trigger.lemma_.lower() in CHARGE_NOUNS and trigger.dep_ == "attr" and trigger.head.lemma_ == "be" \
                and not any(t.lemma_.lower() in TRUCE_WORDS for t in trigger.subtree):   # (a truce broken is fighting)
            # "X said the mines were *a breach* of the law", "'This is an outrage,' X said": the one
            # saying so makes the charge
            actor = speaker_of(trigger, ctx)
    else:
        actor, recipient = verb_arguments(trigger, ctx, object_is_patient)
        gift = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in RECEIVED_GIFTS), None)
        if trigger.lemma_.lower() == "receive" and gift is not None:
            # "X received aid from Y", "X receives Y's help": Y gives it, X gets it
            givers = prep_actors(trigger, {"from"}, ctx) or prep_actors(gift, {"from"}, ctx) or [
                a for c in gift.children if c.dep_ in ("poss", "amod", "compound") for a in phrase_actors(c, ctx)]
            actor, recipient = givers, [r for r in actor if r not in givers]
    if not actor and trigger.pos_ not in ("NOUN", "PROPN") and not _has_named_doer(trigger) and \
            not _doer_left_unnamed(trigger, ctx):
        # a noun with no actor of its own ("the attack killed 20, officials said") is not the
        # speaker's act; a verb without a subject in reported speech is
        actor = speaker_of(trigger, ctx)
        if actor and subject_token(trigger)[1] and all(_reporting_body(a, ctx) or not _acting_body(a, ctx)
                                                       for a in actor):
            # "30 were arrested, local media reported", "he was among those detained, the party's
            # lawyer said": who reports a passive act did not do it, unless a state, its bodies and
            # officials or an armed group report their own deed ("the envoy was summoned, the ministry said")
            actor = []
        elif actor and subject_token(trigger)[1] and trigger.lemma_.lower() in HARMING_VERBS and \
                _same_states(actor, recipient, ctx):
            # "two of its border guards were wounded at the pass, Lima said": a state reports its own losses
            actor = []
        elif actor and subject_token(trigger)[1] and trigger.lemma_.lower() in HARMING_VERBS and \
                _casualties_reported(actor, recipient, ctx):
            # "X said nine people were injured", "health officials said 30 were wounded": a state or its
            # officials counting casualties report victims, not their own deed (unlike an army's count)
            actor = []
    actor = unique_ids(actor)
    recipient = [r for r in unique_ids(recipient) if r not in actor]
    return actor, recipient


# what one receives from a giver (a receiver of refugees or visitors hosts them: its own act)
RECEIVED_GIFTS = {"aid", "assistance", "help", "asylum"}


# verbs whose "that" clause is what they ask of others ("demanded that the hostages be released")
DEMANDING_VERBS = {"demand", "ask", "urge", "call", "request", "insist", "press", "appeal", "require"}


# bodies that report the arrests, fighting and sentences they carry out ("police said those held …")
FORCE_SECTORS = {"COP", "MIL", "JUD"}


def _doer_left_unnamed(verb: Token, ctx: ArgumentContext) -> bool:
    """Whether a passive act is one whose doer the text leaves unnamed, not the reporter's: a participle
    after its noun ("the hostages *seized* in the raid", unless police or soldiers report those they
    held), a passive relative clause ("those who were *held*", "the terms under which they were *freed*"),
    a participle before its noun ("the *captured* soldiers"), a passive clause someone demands
    ("demanded that the captives be *released*") or one the reporter learns or estimates ("relieved to
    learn that she had been *freed*", "estimates that 300 were *killed*")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" and not any(c.dep_ == "dobj" for c in verb.children)
                               or verb.dep_ == "relcl" and passive):
        sayer = speaker_of(verb, ctx)
        return not sayer or not all((a := ctx.actors.get(i)) is not None and a.sector in FORCE_SECTORS
                                    for i in sayer)
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.lemma_.lower() not in HEDGING_PARTICIPLES:
        return True
    if passive and _learned_clause(verb):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DEMANDING_VERBS and \
        any(c.dep_ == "nsubjpass" for c in verb.children)


# participles that hedge a claim rather than name a deed done to their noun ("denounced *alleged* fraud")
HEDGING_PARTICIPLES = {"allege", "purport", "suppose"}
# verbs of coming to know or reckoning: a passive act in their clause is what one learns, not one's deed
KNOWING_VERBS = {"learn", "hear", "estimate", "discover", "fear", "believe", "suspect", "know", "understand"}


def _learned_clause(verb: Token) -> bool:
    """Whether a clause hangs (as a complement, up to three steps) from a verb of learning or estimating."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head == tok:
            return False
        tok = tok.head
        if tok.lemma_.lower() in KNOWING_VERBS:
            return True
    return False


# adjectives that judge what they are said of ("the strikes are unacceptable"): the one judging is the speaker
JUDGING_ADJECTIVES = {"unacceptable", "deplorable", "reprehensible", "abhorrent", "shameful", "despicable"}
NAMING_VERBS = {"call", "consider", "deem", "term", "describe", "find", "brand", "label"}


def _doers(word: Token, ctx: ArgumentContext) -> list[str]:
    """The party a word names, or for a noun of an act ("the shelling of X by Y", "Y's raids") its doer."""
    if word.pos_ == "NOUN" and word.lemma_.lower() not in COLLECTIVE_HEADS:
        return noun_arguments(word, ctx)[0]
    return phrase_actors(word, ctx)


def judged_doers(verb: Token, ctx: ArgumentContext) -> list[str]:
    """Who did the act a verb of judging has as its object, when the object names its doer ("criticized the
    police actions against protesters": the police; "condemned the raid by X on Y": X)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") and _reciprocal(c) for c in verb.children):
        return []   # ("blamed each other for …": the parties judge one another, no third party)
    judged = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in COLLECTIVE_HEADS]
    # (an act told before, "condemned *the seizure*": whoever did it)
    return unique_ids(a for c in judged for a in noun_arguments(c, ctx)[0] or (referred_act(c, ctx) or ([], []))[0])


def _judgement_arguments(adj: Token, ctx: ArgumentContext) -> tuple[list[str], list[str]]:
    """(actor, recipient) of a judging adjective: who says or calls it so judges; whose act is judged
    is the recipient ("X's envoy said the raids by Y were unacceptable": the envoy judges Y)."""
    subj, _ = subject_token(adj)
    judged = _doers(subj, ctx) if subj is not None else []
    if adj.dep_ in ("oprd", "xcomp", "ccomp") and adj.head.lemma_.lower() in NAMING_VERBS:
        judged = judged or [a for c in adj.head.children if c.dep_ in ("dobj", "nsubj") and c.i > adj.head.i
                            for a in _doers(c, ctx)]
        namer, _ = subject_token(adj.head)
        actor = phrase_actors(namer, ctx) if namer is not None else []
    else:
        actor = speaker_of(adj, ctx)
    actor = unique_ids(actor)
    return actor, [r for r in unique_ids(judged) if r not in actor]


# sectors of bodies that report or monitor acts: news media, rights groups and monitors
REPORTING_SECTORS = {"MED", "NGO"}
# what is done to a state's own people only by another ("its soldiers were killed")
HARMING_VERBS = {"kill", "wound", "injure", "shoot", "shell", "attack", "hit", "bomb", "ambush"}


def _same_states(actor: list[str], recipient: list[str], ctx: ArgumentContext) -> bool:
    """Whether the ones harmed are the reporting state's own forces or bodies ("its soldiers"; not
    "three rebels were killed, the army said", which the army may well have done)."""
    harmed = [a for a in map(ctx.actors.get, recipient) if a is not None]
    if not harmed or not all(a.kind == "country" or a.sector in ("MIL", "COP", "GOV") for a in harmed):
        return False
    mine = {a.country for a in map(ctx.actors.get, actor) if a is not None and a.country}
    return bool(mine) and mine == {a.country for a in harmed}


ARMED_SECTORS = {"MIL", "COP", "REB", "SPY"}


def _casualties_reported(actor: list[str], recipient: list[str], ctx: ArgumentContext) -> bool:
    """Whether a passive harm is a count of casualties by an unarmed reporter (a state, its government or
    officials) of people who are no armed party: the victims' side counting, not the doer."""
    sayers = [a for a in map(ctx.actors.get, actor) if a is not None]
    harmed = [a for a in map(ctx.actors.get, recipient) if a is not None]
    return bool(sayers) and all(a.sector not in ARMED_SECTORS for a in sayers) and \
        all(a.sector not in ARMED_SECTORS for a in harmed)


def _reporting_body(aid: str, ctx: ArgumentContext) -> bool:
    a = ctx.actors.get(aid)
    return a is not None and a.kind != "country" and a.sector in REPORTING_SECTORS


# sectors of those who report their own acts in the passive ("the envoy was summoned, the ministry said")
ACTING_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "REB", "SPY"}


def _acting_body(aid: str, ctx: ArgumentContext) -> bool:
    a = ctx.actors.get(aid)
    return a is not None and (a.kind == "country" or a.sector in ACTING_SECTORS)


def _has_named_doer(verb: Token) -> bool:
    """Whether a verb's clause names who does the act, as a word that is no party we know ("a
    mob beat …", "an aid convoy delivered …", "the missile exploded"): then the one who reports
    the clause did not do it."""
    subj, passive = subject_token(verb)
    # ("vowed to jail *anyone who* joins the march": someone other than the one warning)
    return subj is not None and not passive and (subj.pos_ != "PRON" or subj.lower_ in INDEFINITE_PRONOUNS)


INDEFINITE_PRONOUNS = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "whoever", "nobody",
                       "those", "others"}


def requested_party(trigger: Token, ctx: ArgumentContext) -> list[str]:
    """Whom a request is put to when it names them as the subject of the requested clause:
    "demanded that *North Korea* abandon …", "said *Libya* must hand over …"."""
    for c in trigger.children:
        if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children):   # "pressed for X to …"
            subj = next((g for g in c.children if g.dep_ in SUBJECT_DEPS + PATIENT_DEPS), None)
            if subj is not None:
                return phrase_actors(subj, ctx)
    return []


def clause_subject_recipient(trigger: Token, ctx: ArgumentContext) -> list[str]:
    """The recipient of the act a clause subject names, for a predicate said of it: "lifting
    the sanctions *on X* is out of the question", "talking *to X* would be a mistake"."""
    t = trigger
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") or t.head == t or t.dep_ not in ("prep", "pobj", "acomp", "attr", "advmod"):
            break
        t = t.head
    for c in t.children:
        if c.dep_ in ("csubj", "csubjpass") and c.pos_ in ("VERB", "AUX"):
            return verb_arguments(c, ctx, False)[1]
    return []


def clause_recipient(trigger: Token, ctx: ArgumentContext) -> list[str]:
    """The recipient named in the clause a trigger governs: "offered *to hand over to Britain*",
    "is willing to send material *to help defend Saudi Arabia*"."""
    for c in trigger.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX"):
            recipient = verb_arguments(c, ctx, False)[1]
            if not recipient and c.lemma_.lower() in OBJECT_CONTROL:
                # "offered to help *X* build a port": the one helped is the subject of the bare infinitive
                recipient = [a for g in c.children if g.dep_ == "ccomp" for s in g.children if s.dep_ == "nsubj"
                             for a in phrase_actors(s, ctx)]
            if not recipient:
                recipient = clause_recipient(c, ctx)
            if recipient:
                return recipient
    return []

