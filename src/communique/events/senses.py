"""Word senses that report no act of the trigger's kind, read from the words around it: a question
asked ("asked him whether"), a danger only assessed ("poses a threat"), a settlement people live
in, an alliance named as a body; and, from :mod:`.campaign`, the senses of election and campaign
talk (a verbal attack or a contest for a word of force, a poll share for "support", a candidate's
own rally). :func:`reports_no_act` and :func:`keeps_force_word` are what
:class:`.triggers.TriggerFinder` asks.
"""
from __future__ import annotations

from spacy.tokens import Token

from .campaign import (VERBAL_ATTACKS, attack_in_words, contest_between_persons, fights_for_a_cause, persons_rally, poll_share,
                       verbal_attack)
from .syntax import Candidate, acting_subject, headline, object_tokens


def reports_no_act(cand: Candidate) -> bool:
    """Whether the words around a trigger show it reports no act of its kind: a question asked or
    a mere push ("asked him whether", "pushed the button"), declining to comment, dismissing an
    official from office, a hyphenated modifier ("Iranian-backed"), an idiomatic charge ("in charge
    of"), "the accused" as a noun, a ship "struck by" a missile, support that is a standing
    description or a backing away, a pledge of a deed or a poll share, a candidate's own rally, cooperation, aid or a
    truce only talked about, a danger only assessed ("poses a threat"), seizing on a remark or
    capturing on film, another noun's topic."""
    tok = cand.token
    return cand.event == "REQUEST" and (asks_a_question(tok) or merely_pushes(tok)) or \
        cand.role == "refusal" and (declines_to_speak(tok) or removes_from_office(tok)) or \
        cand.event in VERBAL_EVENTS and hyphened_modifier(tok) or \
        cand.event == "ACCUSE" and (idiomatic_charge(tok) or participle_as_noun(tok)) or \
        cand.event == "PROTEST" and cand.mode == "strike" and struck_passive(tok) or \
        cand.event == "SUPPORT" and (standing_participle(tok) or commits_to_a_deed(tok) or poll_share(tok) or
                                     backs_away(tok)) or \
        cand.event == "AGREE" and (commits_no_pledge(tok) or housing_settlement(tok) or reaches_a_place(cand) or
                                   accord_under_discussion(tok) or ready_for_battle(tok)) or \
        cand.event == "PROTEST" and (persons_rally(tok) or protest_as_motive(tok)) or \
        in_exchange_for(tok) or describes_by_a_past_act(tok) or prisoner_of_war(tok) or warning_device(tok) or \
        cand.role == "intent" and promise_as_modifier(tok) or retaliation_as_purpose(tok) or \
        cand.rule.event == "COERCE" and cand.rule.mode == "seize" and (occupied_as_status(tok) or seizes_upon(tok) or
                                                                       recorded_on(tok)) or \
        cand.event == "CONSULT" and met_with_a_reaction(tok) or \
        cand.event == "COOPERATE" and (names_an_alliance(tok) or cooperation_talked_about(tok)) or \
        cand.event in ("AID", "RETREAT", "CONCEDE") and cooperation_talked_about(tok, TALKED_ACT_WORDS, TALKED_ACT_LINKS) or \
        cand.event in ("COOPERATE", "SUPPORT", "AID", "CONCEDE") and gerund_talked_about(tok) or \
        cand.event == "THREATEN" and (assessed_danger(tok) or warns_what_something_is(tok)) or \
        cand.event == "AID" and (no_peace_operation(cand) or supplies_a_post(tok)) or \
        cand.event in ("RETREAT", "CONCEDE") and truce_broken(tok) or \
        cand.event == "ASSAULT" and (hyphened_noun_modifier(tok) or names_a_war(tok) or wound_up(tok)) or \
        cand.rule.event == "COERCE" and cand.rule.mode == "ban" and banned_as_description(tok) or \
        cand.rule.not_topic and noun_topic(tok.doc[cand.start:cand.end])


def promise_as_modifier(token: Token) -> bool:
    """Whether a word of promise or agreement is a participle set before the thing promised ("a
    *promised* shipment has arrived", "delaying an *agreed* withdrawal"): it describes the thing
    and reports no new promise (the thing's own status comes from status.yaml noun_modifiers)."""
    return token.tag_ == "VBN" and token.dep_ == "amod" and token.i < token.head.i


def retaliation_as_purpose(token: Token) -> bool:
    """Whether "retaliate" is the to-purpose of the deed that is the retaliation ("will ban food
    imports *to retaliate* for the tariffs"): the deed is coded, the purpose repeats it
    ("vowed to retaliate" is governed, no purpose)."""
    return token.lemma_.lower() in ("retaliate", "avenge") and token.dep_ == "advcl" and \
        token.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def met_with_a_reaction(token: Token) -> bool:
    """Whether "meet" is the passive "be met with" of a reaction ("was met with criticism", "every
    incursion would be met with a firm reply"): no one meets anyone."""
    return token.lemma_.lower() == "meet" and any(c.dep_ == "auxpass" for c in token.children) and \
        any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def strike_carried_out(token: Token) -> bool:
    """Whether a "strike" noun is one carried out or conducted ("gunmen carrying out strikes on the
    soil", "conducted strikes on the camps"): an attack; workers stage, hold or call theirs."""
    if token.lemma_.lower() != "strike" or token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in STRIKING_NOUNS for c in verb.children):
        return False     # "dock workers carried out a strike"
    return verb.lemma_.lower() == "conduct" or verb.lemma_.lower() == "carry" and any(
        c.lower_ == "out" for c in verb.children)


# words that make a strike a walkout ("a nationwide strike", "a 48-hour strike", "an indefinite strike")
WALKOUT_WORDS = {"general", "nationwide", "national", "indefinite", "wildcat", "industrial", "labour", "labor", "hour", "day",
                 "one-day", "two-day", "sit-down", "solidarity", "teacher", "doctor", "worker", "union", "transport", "rail"}


def walkout_launched(cand: Candidate) -> bool:
    """Whether a verb whose object "strike" made it an attack ("launched strikes on the camps")
    launches or stages a walkout: the strike is called nationwide, general, indefinite or by the
    hour or day, is "over" a grievance, or workers or a union launch it ("launching a nationwide
    strike over unpaid wages")."""
    if cand.event != "ASSAULT" or cand.token.pos_ != "VERB":
        return False
    verb = cand.token
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in STRIKING_NOUNS for c in verb.children):
        return any(o.lemma_.lower() == "strike" and o.pos_ == "NOUN" for o in cand.objects)
    return any(o.lemma_.lower() == "strike" and o.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in WALKOUT_WORDS or
        c.dep_ == "prep" and c.lower_ == "over" for c in o.children) for o in cand.objects)


# things that warn, named by "warning" ("fired *warning* shots", the parser at times tags it a verb)
WARNING_DEVICES = {"shot", "light", "sign", "system", "label", "siren"}


def warning_device(token: Token) -> bool:
    """Whether "warning" only names a device or gesture that warns ("warning shots"): no party's warning."""
    return token.lemma_.lower() in ("warn", "warning") and token.dep_ in ("compound", "amod") and \
        token.head.lemma_.lower() in WARNING_DEVICES


def wound_up(token: Token) -> bool:
    """Whether "wound" is the past of "wind up/down" ("wound up its peacekeeping mission"): an end, no wounding."""
    return token.lower_ == "wound" and any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in token.children)


def made_to_regret(token: Token) -> bool:
    """Whether "regret" is what a party will make another feel ("we shall make the raiders regret
    their deed"): a threat of punishment, no expression of remorse."""
    return token.lemma_.lower() == "regret" and token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() == "make"


def strike_as_attack(token: Token) -> bool:
    """Whether a "strike" noun is an attack though no weapon word modifies it: one made "on" or
    "against" a place or target ("strikes on Syria", "a strike on the consulate"), one that kills or
    destroys ("the strikes, which killed four soldiers"), or any strike in a text that reports air,
    drone or missile strikes or such attacks ("an air strike killed seven ... Monday's strike in
    Damascus"), unless workers or a union are its subject or owner. Workers' strikes are called on
    days and against policies, not on places, and kill no one."""
    if token.lemma_.lower() != "strike" or token.pos_ != "NOUN" or walked_out_by_workers(token):
        return False
    if aimed_at_target(token) or strike_does_harm(token):
        return True
    return any(t.lemma_.lower() == "airstrike" or t.lemma_.lower() == "strike" and t.i != token.i and t.pos_ == "NOUN" and (
        any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in AERIAL_WORDS for c in t.children) or
        not walked_out_by_workers(t) and (aimed_at_target(t) or strike_does_harm(t))) for t in token.doc)


def walked_out_by_workers(token: Token) -> bool:
    """Whether workers or a union own or stage a strike ("the dockers' strike", "teachers held a strike")."""
    return any(c.lemma_.lower() in STRIKING_NOUNS for c in token.children if c.dep_ in ("poss", "compound", "nsubj")) or \
        token.head.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in STRIKING_NOUNS for c in token.head.children)


def aimed_at_target(token: Token) -> bool:
    """Whether a strike is made "on" or "against" a place, a people or a target ("strikes on militant positions")."""
    return any(obj.dep_ == "pobj" and (obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or obj.pos_ == "PROPN" and not obj.ent_type_ or
                                       obj.lemma_.lower() in STRUCK_TARGETS)
               for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against") for obj in prep.children)


# what an attack does and a walkout does not: "the strikes, which *killed* four soldiers", "a strike *destroyed* the depot"
HARMING_VERBS = {"kill", "wound", "injure", "maim", "destroy", "flatten", "raze"}


def strike_does_harm(token: Token) -> bool:
    """Whether a strike kills, wounds or destroys: as the subject of such a verb ("the strike killed
    two"), through a relative clause ("the strikes, which killed four soldiers") or a participle
    ("a strike killing ten")."""
    verbs = [token.head] if token.dep_ == "nsubj" else []
    verbs += [c for c in token.children if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP")
                                                                         for s in c.children)
              or c.dep_ == "acl" and c.tag_ == "VBG"]
    return any(v.lemma_.lower() in HARMING_VERBS for verb in verbs for v in [verb, *verb.conjuncts])


# what is struck from the air or by troops ("strikes on militant positions")
STRUCK_TARGETS = {"target", "position", "base", "camp", "town", "village", "city", "convoy", "building", "hideout",
                  "facility", "site", "compound", "consulate", "embassy", "headquarters", "depot", "airport", "port"}
AERIAL_WORDS = {"air", "aerial", "drone", "missile", "rocket", "artillery"}


# those who walk out: "the teachers carried out a one-day strike"
STRIKING_NOUNS = {"worker", "union", "employee", "staff", "teacher", "doctor", "nurse", "driver", "miner", "docker",
                  "farmer", "pilot", "student", "trucker", "labourer", "laborer", "member", "prisoner", "detainee"}


def prisoner_of_war(token: Token) -> bool:
    """Whether "war" only names a status ("held as prisoners of war", "a prisoner-of-war camp"), no fighting."""
    return token.lemma_.lower() == "war" and token.dep_ == "pobj" and token.head.lower_ == "of" and \
        token.head.head.lemma_.lower() in ("prisoner", "pow")


def only_carries_arms(token: Token) -> bool:
    """Whether "arm" only says what someone carries ("rebels armed with rifles", "the gunmen were
    armed"): arming is giving weapons to the verb's direct object ("arming the rebels")."""
    return token.lemma_.lower() in ("arm", "rearm") and not any(c.dep_ == "dobj" for c in token.children)


# a post or craft a force keeps manned: supplies carried to it are its own force's upkeep
MANNED_POSTS = {"outpost", "garrison", "warship", "frigate", "destroyer", "corvette", "gunboat", "ship", "vessel", "barracks"}
SUPPLYING_VERBS = {"ship", "deliver", "supply", "resupply", "carry", "ferry", "airdrop", "bring", "send"}


def supplies_a_post(token: Token) -> bool:
    """Whether a verb of supplying carries goods to a manned post or craft ("shipped rations to the
    outpost", "delivered fuel to the Kestrel, a frigate", "was supplying a grounded ship"): a force
    keeping its own garrison, no aid to another party (the manual's AID is given to others)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SUPPLYING_VERBS:
        return False
    ends = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in MANNED_POSTS]
    ends += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj"]
    ends += [a for e in ends for a in e.children if a.dep_ == "appos"]
    return any(e.lemma_.lower() in MANNED_POSTS for e in ends)


# an accord that talks are about is not yet made ("discussions on a peace treaty", "the talks
# focused on a border treaty")
ACCORD_WORDS = {"agreement", "deal", "accord", "treaty", "pact"}
TALK_WORDS = {"talk", "talks", "discussion", "negotiation", "dialogue", "consultation", "discuss", "negotiate", "focus",
              "center", "centre", "deliberation", "meeting", "round"}


def accord_under_discussion(token: Token) -> bool:
    """Whether an accord noun is only what talks are about: the object of "on/about/over" hanging
    from a word of talking ("intensify discussions *on a peace treaty*")."""
    if token.lemma_.lower() not in ACCORD_WORDS or token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in ("on", "about", "over", "regarding", "concerning") and prep.head.lemma_.lower() in TALK_WORDS


BATTLE_WORDS = {"battle", "war", "combat", "fight", "fighting", "warfare", "conflict", "confrontation"}


def ready_for_battle(token: Token) -> bool:
    """Whether a word of readiness is readiness to fight ("declared its troops prepared for battle"): no
    willingness to cooperate (the manual's AGREE)."""
    return token.lemma_.lower() in READY_WORDS and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in BATTLE_WORDS for g in c.children)
        for c in token.children)


def occupied_as_status(token: Token) -> bool:
    """Whether "occupied" only names land by its status ("the occupied territories"): no seizure
    reported here ("the recently occupied towns" still dates one)."""
    return token.lemma_.lower() == "occupy" and token.dep_ == "amod" and not any(c.dep_ == "advmod" for c in token.children)


# verbs that before a noun only say what it is by a past act: "the ousted president", "imported
# radios" (no removal of a ruler, no trade between parties reported here)
DESCRIBING_PARTICIPLES = {"oust", "depose", "topple", "overthrow", "unseat", "import", "export",
                          "fight"}     # "a closely fought race", "a hard-fought win"


def describes_by_a_past_act(token: Token) -> bool:
    """Whether a trigger verb only modifies a noun, naming it by a past act ("the toppled premier's
    aides", "exported grain prices")."""
    return token.dep_ == "amod" and token.lemma_.lower() in DESCRIBING_PARTICIPLES


# verbs that say something is a danger, threatening no one: "poses a threat to peace"
DANGER_VERBS = {"pose", "represent", "constitute", "present"}
DANGER_AS_VERBS = {"see", "view", "regard", "consider", "perceive", "describe", "brand", "label", "condemn",
                   "denounce", "criticize", "criticise", "characterize", "characterise"}


def assessed_danger(token: Token) -> bool:
    """Whether a threat noun only says something is a danger: "poses a serious threat", "is a
    threat to stability", "called the launch a grave threat", "seen as a threat", "the main source
    of threat" (an assessment; the manual's THREATEN is a party's warning of what it will do)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "threat":
        return False
    while token.dep_ == "conj" and token.head.pos_ == "NOUN":
        token = token.head      # "condemned the raid as a violation and *a threat* to its security"
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in DANGER_VERBS:
        return True
    if token.dep_ in ("attr", "oprd") and not any(c.dep_ == "expl" for c in head.children):
        return True     # "is a threat to stability"; "there is a threat many make" still names one
    if token.dep_ == "pobj" and head.lower_ == "as" and (
            head.head.lemma_.lower() in DANGER_AS_VERBS or
            head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in DANGER_AS_VERBS):
        return True     # ("condemned the raid *as* a threat", the "as" hung on the object)
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("source", "level")


def warns_what_something_is(token: Token) -> bool:
    """Whether "warn" only says what something is or would be ("warned that the drills are a danger
    to the region", "warns the plan would be a setback for the talks", "warned the fighting could
    lead to famine"): an assessment, no threat."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "warn":
        return False
    for c in token.children:
        if c.dep_ != "ccomp":
            continue
        if c.lemma_.lower() == "be" and not any(g.dep_ == "advcl" for g in c.children) and (
                any(g.dep_ == "attr" for g in c.children) or any(
                    g.dep_ == "acomp" and g.lemma_.lower() not in READY_WORDS for g in c.children) and
                not any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in c.children)):
            return True   # "warned that good words are not enough" ("warned that it is ready to …" threatens)
        if c.lemma_.lower() in CONSEQUENCE_VERBS and any(g.dep_ == "nsubj" and g.pos_ == "NOUN" for g in c.children) \
                and not any(w.lemma_.lower() in ANSWERING_NOUNS for w in c.subtree):
            return True   # "warned that the conflict may lead to a civil war": what a thing may bring
    return False


# readiness a warner declares: "warned that it stands ready to defend its coast" is a threat
READY_WORDS = {"ready", "prepared", "determined", "willing", "poised", "set", "able"}
# what a warner's own answer is called: "would trigger a harsh response" still threatens
ANSWERING_NOUNS = {"response", "retaliation", "reaction", "consequence", "reprisal", "retribution", "answer"}
# verbs of what a state of affairs may bring about: warning of them assesses, it threatens no one
CONSEQUENCE_VERBS = {"lead", "cause", "result", "trigger", "spark", "fuel", "plunge", "undermine", "derail", "worsen",
                     "spiral", "destabilize", "destabilise", "jeopardize", "jeopardise", "endanger",
                     # "warned the blockade could ignite a regional war", "warned that the plan would amount to annexation"
                     "amount", "ignite", "provoke", "inflame", "escalate", "deepen", "prolong", "complicate", "threaten",
                     "harm", "hurt", "risk"}


def commits_to_a_deed(token: Token) -> bool:
    """Whether the commitment a verb renews is one to doing something ("reaffirmed their commitment
    *to defeating* the militants"): a pledge of a deed, not support for a party ("to the alliance")."""
    return any(o.lemma_.lower() == "commitment" and
               any(g.dep_ == "pcomp" or g.tag_ == "VBG" for p in o.children if p.dep_ == "prep" and p.lower_ == "to"
                   for g in p.children)
               for o in object_tokens(token))


def keeps_force_word(cand: Candidate) -> bool:
    """For a word of force: False when it is none ("I will fight for you", "Sanders would beat
    Trump", "she crushed him in El Paso"); an attack made in words becomes criticism, the manual's
    ACCUSE disapprove ("personal attacks", "his attacks on her record", "Trump attacked Clinton")."""
    tok = cand.token
    if verbal_attack(tok):
        cand.event, cand.mode, cand.role = "ACCUSE", "disapprove", None
        return True
    if fights_for_a_cause(tok):
        return False
    if contest_between_persons(tok) or attack_in_words(tok):
        if tok.lemma_.lower() not in VERBAL_ATTACKS:
            return False
        cand.event, cand.mode, cand.role = "ACCUSE", "disapprove", None
    return True


REGION_LABELS = {"GPE", "LOC"}     # what a state pulls out of
STATE_LABELS = {"GPE", "NORP"}


def leaves_a_place(token: Token) -> bool:
    """Whether a state withdraws from a country or region ("Serbia will withdraw from Kosovo", "we
    will pull out of the north"): the manual's RETREAT withdraw; a company or a rights group leaving
    a country, or anyone leaving a body or a treaty, is SANCTION withdraw."""
    if token.pos_ != "VERB":
        return False
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    places += [g for c in token.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if not places or not all(p.ent_type_ in REGION_LABELS for p in places):
        return False
    subject = acting_subject(token)
    return subject is not None and (subject.ent_type_ in STATE_LABELS or subject.lower_ in ("we", "they"))


# what parties work together for when the work is diplomacy ("to resolve the dispute", "to end the conflict")
SETTLING_VERBS = {"resolve", "settle", "solve", "defuse", "de-escalate", "reconcile", "mediate", "broker", "normalize",
                  "normalise", "end"}


def works_for_a_settlement(token: Token) -> bool:
    """Whether joint work is diplomatic, the manual's SUPPORT: "have been working together *to resolve*
    the border dispute", "will work with Cairo to end the conflict" (joint trade or training stays COOPERATE)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "work":
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in SETTLING_VERBS and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


def noun_topic(span) -> bool:
    """Whether a noun phrase is only what another noun is about: the object of a preposition on a
    noun ("his approach *to the use of force*", "in charge *of military operations*", "a posture
    *on* …"), not an act done ("condemned the use of force", "the operation began")."""
    head = span.root
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN", "ADJ")


QUESTION_VERBS = {"ask", "inquire", "enquire"}
WH_TAGS = {"WP", "WP$", "WRB", "WDT"}


def asks_a_question(token: Token) -> bool:
    """Whether "ask" puts a question ("asked whether …", "when asked about …", "asked not to be
    named") rather than a request ("asked X to …", "asked for help", "asked that …")."""
    if token.lemma_.lower() not in QUESTION_VERBS:
        return False
    question = request = False
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            question = True
        elif c.dep_ in ("ccomp", "advcl", "xcomp") and (
                any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children) or
                next(c.subtree).tag_ in WH_TAGS):
            question = True
        elif c.dep_ == "xcomp":
            question |= c.lemma_.lower() in ("identify", "name", "quote")
            request = True
        elif c.dep_ == "prep" and c.lower_ == "for":
            question |= any(g.lemma_.lower() == "comment" for g in c.children)
            request = True
        elif c.dep_ == "ccomp" and any(m.lower_ in ("to", "that") and m.dep_ in ("aux", "mark") for m in c.children):
            request = True
        elif c.dep_ == "dobj":
            question |= c.lemma_.lower() in ("question", "what", "who")
            request = True
    return question or not request


def participle_as_noun(token: Token) -> bool:
    """Whether a participle names people, as a noun: "*the accused* have committed crimes",
    "lawyers for *the accused*" (the defendants, no accusation)."""
    return token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        any(c.dep_ == "det" for c in token.children)


def struck_passive(token: Token) -> bool:
    """Whether "strike" is passive ("the ship was *struck by* a missile"): hit, no walkout."""
    return token.pos_ == "VERB" and any(c.dep_ in ("auxpass", "agent") for c in token.children)


def idiomatic_charge(token: Token) -> bool:
    """Whether "charge"/"suit" is an idiom, not an accusation: "in charge of", "took charge",
    "charged with overseeing" (tasked), "charged for damages" (billed), "followed suit"."""
    lemma = token.lemma_.lower()
    if lemma == "suit":
        return token.head.lemma_.lower() == "follow"
    if lemma != "charge":
        return False
    if token.pos_ == "NOUN":
        return token.head.lower_ == "in" or token.head.lemma_.lower() in ("take", "assume")
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(g.tag_ == "VBG" for g in c.children):
            return True
    return False


PUSHING_VERBS = {"push", "press"}


def merely_pushes(token: Token) -> bool:
    """Whether "push"/"press" is physical or figurative ("pushed back the protesters", "pushed
    their way north", "press ahead") rather than pressing someone for something ("pressed Iran to
    …", "pushed for talks", "pressed their demands")."""
    if token.lemma_.lower() not in PUSHING_VERBS:
        return False
    if any(c.dep_ == "prt" for c in token.children):      # "pushed back", "press on", "push through"
        return True
    for c in token.children:
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") or \
                (c.dep_ in ("ccomp", "advcl") and any(m.lower_ in ("to", "that", "for") for m in c.children
                                                      if m.dep_ in ("aux", "mark"))):
            return False
        if c.dep_ == "dobj" and c.lemma_.lower() in ("demand", "claim", "case", "call", "request"):
            return False
    return True


VERBAL_EVENTS = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST"}


def hyphened_modifier(token: Token) -> bool:
    """Whether a trigger is the participle half of a hyphenated modifier ("Iranian-backed"; the
    small model sometimes tags the participle as a past tense there)."""
    doc, i = token.doc, token.i
    return token.tag_ in ("VBN", "VBD") and token.dep_ in ("amod", "compound") and i >= 2 and doc[i - 1].text == "-" \
        and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


# what one commits as a pledge: "committed 500 troops to the mission", "committed itself to"
PLEDGED_RESOURCES = {"troop", "soldier", "force", "fund", "money", "resource", "aid", "dollar", "billion", "million",
                     "euro", "asset", "peacekeeper", "personnel", "itself", "themselves", "himself", "herself", "ourselves"}


def commits_no_pledge(token: Token) -> bool:
    """Whether "commit" only says a deed was done ("committed provocations", "abuses committed at the
    border"): a pledge needs a "to" (a to-clause or "to" phrase: "committed to the truce") or a
    pledged resource ("committed troops"), the manual's AGREE."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "commit":
        return False
    for c in token.children:
        if c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to":
            return False
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PLEDGED_RESOURCES:
            return False
    return True


# "settlement" as a place people live: "a tent settlement", "West Bank settlements", "slum settlements"
HOUSING_MODIFIERS = {"tent", "slum", "human", "informal", "illegal", "jewish", "refugee", "squatter", "frontier", "rural",
                     "urban", "colonial", "outpost", "residential", "camp", "makeshift", "western", "eastern", "northern",
                     "southern", "bank", "settler"}
HOUSING_HEADS = {"construction", "activity", "expansion", "building", "freeze", "growth", "outpost", "home", "house",
                 "housing", "unit", "resident", "area", "village", "project", "plan"}
HOUSING_VERBS = {"build", "construct", "expand", "demolish", "live", "raze", "evacuate", "dismantle", "inhabit", "settle",
                 "populate", "house", "move", "visit", "attack", "raid"}
# what a settlement settles (the manual's AGREE): "a settlement of the dispute", "a political settlement"
DISPUTE_WORDS = {"peace", "political", "peaceful", "negotiated", "diplomatic", "comprehensive", "final", "just", "lasting",
                 "durable", "conflict", "dispute", "crisis", "issue", "question", "war", "claim", "lawsuit", "case", "suit",
                 "row", "standoff", "border", "status", "problem", "deal", "agreement", "sovereignty"}


def housing_settlement(token: Token) -> bool:
    """Whether "settlement" names a place people live ("a tent settlement", "Israeli settlements",
    "settlement construction", "the settlement of Ariel"), not the resolution of a dispute ("a
    political settlement", "a settlement of the conflict"), the manual's AGREE."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "settlement":
        return False
    kids = list(token.children)
    words = {c.lemma_.lower() for c in kids if c.dep_ in ("amod", "compound", "nmod")} | \
        {g.lemma_.lower() for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "on", "with", "between")
         for g in c.subtree}
    if words & DISPUTE_WORDS:
        return False
    if words & HOUSING_MODIFIERS or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "LOC") for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
           for c in kids):
        return True      # "the settlement of Maale Adumim"
    if token.dep_ == "compound" and token.head.lemma_.lower() in HOUSING_HEADS:
        return True
    if token.dep_ in ("dobj", "pobj", "nsubjpass") and token.head.lemma_.lower() in HOUSING_VERBS:
        return True
    return token.tag_ == "NNS"     # peace is settled one at a time; "the settlements" are places


def reaches_a_place(cand: Candidate) -> bool:
    """Whether a verb that takes an accord as its object ("reached a settlement") has only a place
    people live for it ("reached a tent settlement"): arriving somewhere agrees nothing."""
    objs = object_tokens(cand.token)
    return cand.object_matched and cand.token.pos_ == "VERB" and bool(objs) and all(
        o.lemma_.lower() != "settlement" or housing_settlement(o) for o in objs) and any(
        o.lemma_.lower() == "settlement" for o in objs)


def in_exchange_for(token: Token) -> bool:
    """Whether a word is only the idiom "in exchange for"/"in return for"/"in trade for" ("freed in
    exchange for prisoners"): the terms of another act, no exchange of its own."""
    return token.lemma_.lower() in ("exchange", "return", "trade", "swap") and token.dep_ == "pobj" and \
        token.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


# verbs that make or tighten an alliance: "formed an alliance with", "beefs up its alliances"
ALLYING_VERBS = {"form", "forge", "build", "join", "strengthen", "seal", "enter", "deepen", "expand", "beef", "bolster",
                 "create", "announce", "cement", "renew", "establish", "propose", "seek", "reinforce", "broaden", "sign",
                 "conclude", "revive", "restore", "extend", "agree", "launch", "stitch", "cobble", "tighten"}


def names_an_alliance(token: Token) -> bool:
    """Whether "alliance" only names a body ("the opposition alliance boycotted the vote", "an
    alliance of rebel groups", "the NATO alliance") rather than reporting cooperation begun or
    widened: that needs a partner ("an alliance with Italy", "the alliance between") or a verb
    that makes or tightens one ("formed an alliance", "beefs up its alliances"), the manual's COOPERATE."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "alliance":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against", "among") for c in token.children):
        return False
    head = token.head
    if head.lower_ in ("of", "to", "into", "in") and head.dep_ == "prep":
        head = head.head
    return not (token.dep_ in ("dobj", "pobj", "nsubjpass", "conj") and head.lemma_.lower() in ALLYING_VERBS)


# talking about something: what is discussed is a topic, not an act ("discussed cooperation in
# defence", "talks on economic cooperation", "exchanged views on the partnership")
TALK_WORDS = {"discuss", "discussion", "talk", "debate", "review", "explore", "examine", "consider", "address",
              "tackle", "negotiation", "meeting", "consultation", "view", "conversation", "dialogue", "issue", "topic",
              "matter", "agenda", "question", "prospect", "possibility", "way", "talks", "touch", "focus", "center",
              "centre", "revolve", "cover", "include", "concern",
              # what is stressed in a statement is its topic ("both sides stressed a truce")
              "emphasize", "emphasise", "stress", "underline", "underscore", "highlight", "importance",
              # the fields an accord or a talk covers ("deals in the fields of energy and commerce")
              "area", "field", "sphere", "domain"}
TOPIC_LINKS = {"on", "about", "over", "regarding", "concerning", "of", "including", "in", "to", "for", "around"}
# aid and truces talked about ("the talks focused on humanitarian assistance", "discussed a
# ceasefire") are the talks' topic, as cooperation is
TALKED_ACT_WORDS = frozenset({"aid", "assistance", "ceasefire", "cease-fire", "truce", "cessation", "withdrawal",
                              "disengagement", "de-escalation", "release"})
# (a truce that "includes" another is one; a deal that covers aid gives it)
TALKED_ACT_LINKS = frozenset(TALK_WORDS - {"include", "cover", "concern"})
COOPERATION_WORDS = {"cooperation", "co-operation", "collaboration", "partnership", "coordination", "investment", "trade",
                     "exchange"}


def cooperation_talked_about(token: Token, words: frozenset[str] | set[str] | None = None,
                             talk_words: frozenset[str] | set[str] | None = None) -> bool:
    """Whether a cooperation noun is only what is talked about ("discussed cooperation in
    defence", "talks on trade and investment", "exchanged views on the partnership"): the talks are
    the act (CONSULT); the manual's COOPERATE is cooperation begun, resumed or widened."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in (words or COOPERATION_WORDS):
        return False
    t = token
    for _ in range(4):
        if t.dep_ in ("conj", "appos", "compound"):
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ in TOPIC_LINKS:
            prep = t.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head   # "talks on a truce and *on* aid"
            t = prep.head
        elif t.dep_ in ("dobj", "nsubjpass"):
            t = t.head
        elif t.tag_ == "VBG" and (t.dep_ == "pcomp" and t.head.lower_ in GERUND_TOPIC_LINKS or t.dep_ == "xcomp"):
            t = t.head.head if t.dep_ == "pcomp" else t.head   # "discussed *expanding* trade"
        else:
            return False
        if t.lemma_.lower() in (talk_words or TALK_WORDS):
            return True
    return False


FOCUS_WORDS = {"focus", "center", "centre", "revolve"}
# ("questioned her judgment *in supporting* the war" is no topic)
GERUND_TOPIC_LINKS = {"on", "about", "over", "regarding", "concerning", "of"}


def gerund_talked_about(token: Token) -> bool:
    """Whether a cooperative act named by an -ing verb is only what is talked about or stressed
    ("discussed *expanding* trade", "deals centered on *deepening* cooperation", "the importance
    of *working* together"), as cooperation nouns are."""
    if token.tag_ != "VBG":
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in GERUND_TOPIC_LINKS:
        word = token.head.head
        if word.lemma_.lower() in FOCUS_WORDS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() not in TALK_WORDS | ACCORD_WORDS for c in word.children):
            return False   # what relief efforts or a mission focus on is their work ("were focused on evacuating")
        return word.lemma_.lower() in TALK_WORDS
    return token.dep_ in ("xcomp", "dobj") and token.head.pos_ == "VERB" and \
        token.head.lemma_.lower() in TALK_WORDS - {"consider"}


def backs_away(token: Token) -> bool:
    """Whether "back" is backing away, down or off ("backed away from a plan to send weapons",
    "backed down"): a retreat from a position, no support given."""
    return token.lemma_.lower() == "back" and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "down", "off")
                                                   for c in token.children)


def standing_participle(token: Token) -> bool:
    """Whether a support word is a participle before its noun that names a standing status ("the
    internationally recognized borders", "a widely supported bill"), like "Iranian-backed"."""
    return token.tag_ == "VBN" and token.dep_ == "amod" and token.i < token.head.i


# "declined to comment", "refused to say when …": not answering the press rejects nothing
SPEECH_VERBS = {"comment", "say", "elaborate", "confirm", "disclose", "specify", "speculate", "reveal",
                "identify", "name", "answer", "respond", "detail", "give", "provide", "discuss"}


# who is put out of office ("dismissed the defense minister", "was dismissed from his post")
OFFICE_HOLDERS = {"minister", "official", "officer", "general", "commander", "chief", "head", "governor", "director",
                  "secretary", "adviser", "advisor", "aide", "ambassador", "judge", "prosecutor", "employee", "manager",
                  "coach", "staff", "president", "premier", "mayor", "cabinet", "government", "parliament"}
DISMISSING_VERBS = {"dismiss", "sack"}


def removes_from_office(token: Token) -> bool:
    """Whether "dismiss" puts a person or body out of office (a personnel change, no refusal):
    "dismissed the army chief", "dismissed Ivanov", "were dismissed from their posts"."""
    if token.lemma_.lower() not in DISMISSING_VERBS:
        return False
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in OFFICE_HOLDERS):
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and token.tag_ == "VBN":
            return True
    return False


def declines_to_speak(token: Token) -> bool:
    """Whether a refusal is only a refusal to comment or give details ("declined comment")."""
    for c in token.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("comment", "detail"):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_VERBS:
            if c.lemma_.lower() in ("give", "provide", "discuss"):   # only "give details", "discuss the case"
                return any(o.dep_ == "dobj" and o.lemma_.lower() in ("detail", "comment", "information", "case",
                                                                    "matter", "specific", "figure")
                           for o in c.children)
            return True
    return False


# acts done "in protest" that are no demonstration: leaving, suspending, recalling, cutting ties
# ("shops closed in protest", "violence broke out in protest" are the protest: not listed)
MOTIVATED_ACTS = {"suspend", "halt", "recall", "resign", "withdraw", "quit", "cancel", "cut", "sever", "expel",
                  "postpone", "freeze", "downgrade", "abstain", "skip", "reject", "refuse", "decline", "veto", "summon",
                  "resignation", "withdrawal", "suspension", "cancellation", "revoke", "annul"}


def protest_as_motive(token: Token) -> bool:
    """Whether "in protest of/at/over X" only gives the motive of another act ("suspended its part in
    the talks in protest of the violations", "recalled its envoy in protest"): the act is coded (a
    SANCTION, a RETREAT), the protest word reports no demonstration (the manual's PROTEST presumes
    collective physical action; "gathered/walked out in protest" keep theirs)."""
    if token.lemma_.lower() != "protest" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    return any(a.lemma_.lower() in MOTIVATED_ACTS for a in token.head.ancestors)


TIME_SPANS = {"hour", "day", "week", "month"}
LEAVING_VERBS = {"leave", "depart", "quit", "exit"}


def deadline_to_leave(token: Token) -> bool:
    """Whether "give" sets a deadline to leave ("gave the envoy 72 hours to leave the country"): a
    time span given and a verb of leaving under "give" or the span; "gave the envoy a letter" expels no one."""
    # (the span may hang from the envoy's name: "gave Ambassador Jan Kos, 72 hours to leave")
    spans = [c for c in token.children if c.lemma_.lower() in TIME_SPANS] + \
        [g for c in token.children if c.dep_ in ("dobj", "dative") for g in c.children
         if g.dep_ == "appos" and g.lemma_.lower() in TIME_SPANS]
    return bool(spans) and any(c.lemma_.lower() in LEAVING_VERBS and c.pos_ == "VERB"
                               for h in [token] + spans for c in h.children)


OWN_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}


def sends_envoy_home(token: Token) -> bool:
    """Whether "send" sends a foreign envoy home ("sent the envoy back home"): an expulsion. "Sent
    its ambassador home" (one's own) or "sent an envoy to the talks" expels no one."""
    if not any(c.lower_ == "home" for c in token.subtree if c.head == token or c.head.head == token):
        return False
    return not any(g.lower_ in OWN_POSSESSIVES and g.dep_ == "poss"
                   for c in token.children if c.dep_ == "dobj" for g in c.children)


# ("held accountable" is mostly a call for accountability or taking it oneself: "should be held
# accountable", "I hold myself accountable"; it stays out)
BLAME_PREDICATES = {"responsible", "liable", "culpable"}
NOT_BLAMED = {"those", "anyone", "whoever", "everyone", "myself", "himself", "herself", "itself", "ourselves", "themselves"}


def holds_responsible(token: Token) -> bool:
    """Whether "hold" lays blame: "held the ruling party responsible for the deaths", "was held
    liable": the blame word is hold's own predicate or follows its object. "Vowed to hold
    those responsible accountable" names no one."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_ in NOT_BLAMED for c in objects):
        return False
    return any(c.lower_ in BLAME_PREDICATES and c.i > token.i for c in token.children) or any(
        g.lower_ in BLAME_PREDICATES and g.i > o.i for o in objects for g in o.children)


SEIZING_ON = {"on", "upon"}
RECORDING_MEDIA = {"video", "film", "camera", "tape", "footage", "cctv", "photo", "photograph", "microphone", "audio"}


def seizes_upon(token: Token) -> bool:
    """Whether a verb of seizing only means exploiting ("seized on the remarks", "seizing upon a
    report"): active, with no object of its own, "on"/"upon" right after and no date there ("police
    seized on Monday three lorries" seizes)."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.pos_ != "VERB" or nxt is None or nxt.lower_ not in SEIZING_ON or nxt.head != token or token.tag_ == "VBN" and \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return False
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    return not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in nxt.children)


def recorded_on(token: Token) -> bool:
    """Whether "captured" only records something on a medium ("captured on video", "caught on camera")."""
    if token.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and
               any(o.dep_ == "pobj" and o.lemma_.lower() in RECORDING_MEDIA for o in c.children)
               for c in token.children)


# nouns that name a party's removal from a country ("ordered the expulsion of five envoys")
REMOVAL_NOUNS = {"expulsion", "departure", "removal"}


# commanding verbs whose ordering a person out of the country deports them ("were ordered / told /
# asked to leave the country"; urging or calling on someone to leave only asks)
ORDERING_VERBS = {"order", "instruct", "tell", "ask"}
# what one is ordered out of when it is the country itself
COUNTRY_NOUNS = {"country", "territory", "kingdom", "republic", "nation"}
# forces ordered out are asked to withdraw, not deported ("ordered all foreign troops to leave the country")
ARMED_FORCE_NOUNS = {"troop", "soldier", "force", "army", "unit", "contingent", "peacekeeper", "battalion", "mercenary",
                     "fighter", "militia", "base"}


def deports(token: Token) -> Token | None:
    """The word of leaving when ordering people out of the country deports them (the manual's COERCE
    deport: "two activists were ordered to leave the country", "told the reporters to leave Peru");
    None for leaving a room, a square or a meeting ("asked the protesters to leave the square")."""
    if token.lemma_.lower() not in ORDERING_VERBS:
        return None
    gone = orders_out(token)
    if gone is None or gone.pos_ != "VERB" and gone.lower_ != "out":
        return None
    ordered = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in ARMED_FORCE_NOUNS for o in ordered):
        return None
    left = [c for c in gone.children if c.dep_ == "dobj"] if gone.lower_ != "out" else \
        [g for o in gone.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
    return gone if any(c.lemma_.lower() in COUNTRY_NOUNS or c.ent_type_ == "GPE" for c in left) else None


def _out_of_a_country(out: Token) -> bool:
    """Whether a word is "out" of a country ("out of the country", "out of Niger")."""
    return out.lower_ == "out" and out.dep_ in ("prep", "advmod", "prt") and any(
        o.dep_ == "prep" and o.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in COUNTRY_NOUNS or g.ent_type_ == "GPE" or g.pos_ == "PROPN")
            for g in o.children)
        for o in out.children)


def orders_out(token: Token) -> Token | None:
    """The word of leaving when asking or ordering envoys out expels them ("ordered five diplomats to
    leave the country", "the envoys were asked to leave", "ordered the expulsion of the envoys"): the
    verb of leaving or the removal noun it governs; None when it only summons them ("summoned the envoy")."""
    for c in token.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.lemma_.lower() in LEAVING_VERBS:
            return c
        if c.dep_ == "dobj" and c.lemma_.lower() in REMOVAL_NOUNS:
            return c
        if _out_of_a_country(c) and any(d.dep_ in ("dobj", "nsubjpass") for d in token.children):
            return c     # "ordered the ambassador *out of the country*": the same order without a verb of leaving
        if c.dep_ in ("dobj", "nsubjpass"):
            out = next((g for g in c.children if _out_of_a_country(g)), None)
            if out is not None:
                return out     # (the parser may hang "out of" on the envoy)
        if c.dep_ == "dobj":
            # "ordered attaches who had served two terms to leave": the parser hangs the
            # leaving on the clause describing them (or on one joined to them: "diplomats and staff who …")
            for r in (g for d in (c, *c.conjuncts) for g in d.children):
                for g in (r.children if r.dep_ == "relcl" else ()):
                    if g.dep_ in ("advcl", "xcomp") and g.lemma_.lower() in LEAVING_VERBS and \
                            any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children):
                        return g
    return None


# summoning one's own envoy home recalls them ("summoned its ambassador to Lima for consultations",
# the manual's SANCTION withdraw like "recalled"); summoning the other state's envoy rebukes it (ACCUSE)
OWN_POSSESSIVES = {"its", "their", "our"}
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "emissary", "charge", "chargé", "attache", "attaché"}


def summons_own_envoy(token: Token) -> bool:
    """Whether "summon" calls a party's own envoy home: "summoned *its* ambassador to Lima"."""
    return token.lemma_.lower() == "summon" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_NOUNS and
        any(p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in c.children)
        for c in token.children)


KEEPING_ON_VERBS = {"extend", "renew", "prolong"}


def no_peace_operation(cand: Candidate) -> bool:
    """Whether a mandate or mission kept on is no peace operation: "extended the mandate" is the
    manual's AID (peacekeeping) only in a text that speaks of peacekeeping or peacekeepers, or of
    the Security Council that mandates them ("prolonged the central bank governor's mandate",
    "renewed the mission of the probe" are not)."""
    if "peacekeeping" not in cand.context or cand.token.lemma_.lower() not in KEEPING_ON_VERBS:
        return False
    doc = cand.token.doc
    return not any(t.lower_.startswith("peacekeep") or
                   t.lower_ == "security" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "council" for t in doc)


TRUCE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice"}
# what breaks a truce: "violated the ceasefire", "the truce was breached", "violations of the truce"
BREAKING_VERBS = {"violate", "breach", "break", "flout", "wreck", "shatter"}
BREAKING_NOUNS = {"violation", "breach", "collapse"}
ENDING_VERBS = {"collapse", "crumble", "unravel", "break", "fail", "falter"}
# participles before a truce word that tell it was broken ("the *broken* truces")
BROKEN_MODIFIERS = {"broken", "failed", "collapsed", "violated", "breached", "shattered"}


def truce_broken(token: Token) -> bool:
    """Whether a truce is named only as broken ("accused them of breaching the ceasefire", "the
    truce was violated", "violations of the ceasefire", "the ceasefire collapsed", "truces broke
    down", "broken truces"): no one observes
    or declares it there (the manual's RETREAT is "observing a ceasefire")."""
    if token.lemma_.lower() not in TRUCE_WORDS and token.lower_ not in TRUCE_WORDS:
        return False
    head = token.head
    if any(c.dep_ == "amod" and c.lower_ in BROKEN_MODIFIERS for c in token.children):
        return True      # "after months of *broken* ceasefires"
    if token.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in BREAKING_VERBS
    if token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in BREAKING_NOUNS
    return token.dep_ == "nsubj" and head.lemma_.lower() in ENDING_VERBS


def hyphened_noun_modifier(token: Token) -> bool:
    """Whether a noun of force is part of a hyphenated modifier of another word ("war-torn cities",
    "post-war reconstruction", "an anti-war march"): it describes, no fighting is reported ("an
    air-strike" is the word itself)."""
    doc, i = token.doc, token.i
    glued = i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_ or \
        i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    return glued and token.pos_ == "NOUN" and token.dep_ in ("compound", "npadvmod", "amod", "nmod") and token.head.i > token.i


# armed or police forces: what they block off they cordon off (the manual's COERCE restrict:
# "cordoning off areas"); PROTEST is civilians' collective action
FORCE_NOUNS = {"soldier", "troop", "army", "police", "policeman", "officer", "military", "force", "guard", "gendarme",
               "militia", "militiaman", "fighter", "junta", "security"}


def forces_block(token: Token) -> bool:
    """Whether those who block a road or bridge are armed or police forces ("soldiers blocked roads
    in the capital", "roads were blocked by police")."""
    subj = acting_subject(token)
    return subj is not None and subj.lemma_.lower() in FORCE_NOUNS


def names_a_war(token: Token) -> bool:
    """Whether a capitalised word of force is part of a war's or battle's name inside a sentence
    ("the biggest build-up since the *World War*", "veterans of the Korean *War*"): the name dates or
    places something and reports no fighting (not in headlines, whose words are all capitalised)."""
    return token.pos_ == "PROPN" and token.ent_type_ == "EVENT" and token.text[:1].isupper() and \
        not token.is_upper and token.i != token.sent.start and \
        not headline([w for w in token.sent if not w.is_space] or token.sent)


def banned_as_description(token: Token) -> bool:
    """Whether a word of banning is a participle set before the noun it describes ("members of the
    *outlawed* party", "a *banned* missile"): a standing status, no ban reported; not when a name
    or noun comes right before it, where the small model misreads a verb ("Gulf states in May
    *banned* officials")."""
    return standing_participle(token) and token.lower_.endswith(("ed", "en")) and token.i > 0 and \
        token.doc[token.i - 1].pos_ not in ("NOUN", "PROPN", "NUM")
