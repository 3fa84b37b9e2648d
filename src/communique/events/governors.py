"""Governors: trigger words that govern another act and give it its status or make it theirs.

"agreed to lift the curfew", "threatened to cut off electricity", "urged Iran to withdraw",
"refused to release": :func:`resolve_governors` links each governing candidate to the act it is
about and takes its mode from it (data/events/governors.yaml); :func:`obligation_requests` codes
"X said Y must …" as a request to Y.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .campaign import verbal_attack
from .lexicon import TriggerRule, load_data
from .syntax import Candidate


# things put forward that a clause after them describes ("vetoed a draft *to condemn* X")
PROPOSAL_NOUNS = {"resolution", "draft", "text", "proposal", "bill", "motion", "plan", "measure", "amendment",
                  "initiative", "declaration", "statement", "request", "offer"}


def governed_tokens(token: Token) -> list[Token]:
    """Words whose act a governing trigger is about: "agreed *to lift*", "demanded *the release*",
    "called *for sanctions*", "ready *to talk*"."""
    out: list[Token] = []
    # a that-clause told before a verb with an object of its own is not its complement ("Lima said
    # the raid was staged, *a charge* Quito denies": the parser hangs the clause on "denies")
    fronted = any(c.dep_ == "dobj" and c.i < token.i for c in token.children)
    for c in token.children:
        if c.dep_ == "ccomp" and fronted and c.i < token.i:
            continue
        if c.dep_ in ("xcomp", "ccomp", "dobj", "acomp"):
            out.append(c)
        elif c.dep_ == "advcl" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("to", "for", "of", "on", "against"):
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "acl" and token.pos_ in ("NOUN", "PROPN"):
            out.append(c)
    deeper: list[Token] = []
    for g in out:
        deeper.extend(c for c in g.children if c.dep_ in ("xcomp", "dobj", "ccomp", "acomp", "pobj", "attr"))
        for c in g.children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "for") or c.lower_ == "in" and partakes(g) or
                                     c.lower_ == "to" and g.lemma_.lower() in RESORTING_VERBS):
                deeper.extend(p for p in c.children if p.dep_ == "pobj")
    # the act a campaign or wave is made of: "vowed to renew the *bombing* campaign"
    named = [c for g in out + deeper if g.dep_ == "dobj" and g.lemma_.lower() in SERIES_NOUNS
             for c in g.children if c.dep_ == "compound"]
    return out + deeper + named


# verbs through whose "to" the act is governed ("threatened to *go to* war", "vowed not to *resort
# to* force")
RESORTING_VERBS = {"go", "resort", "return", "revert"}


# verbs of taking part, through whose "in" the act is governed ("refused to *engage in* talks",
# "agreed to *take part in* fresh talks")
PARTAKING_VERBS = {"engage", "participate", "partake"}


def partakes(verb: Token) -> bool:
    """Whether a verb is one of taking part in what its "in" names ("engage in", "take part in")."""
    return verb.lemma_.lower() in PARTAKING_VERBS or verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


# deeds an offer or a readiness promises though we code no act for them ("offered to help")
HELPING_DEEDS = {"help", "assist", "facilitate", "contribute", "cooperate", "work", "host", "mediate", "participate"}
CONFLICTUAL_ACTS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# verbs that halt fighting ("stop the attacks"), and the fighting they halt: promised or declared
# not to, the fighting goes on (a threat of violence)
STOPPING_VERBS = {"stop", "cease", "halt", "end", "suspend"}
FIGHTING_NOUNS = {"attack", "fighting", "bombing", "shelling", "offensive", "airstrike", "raid", "bombardment", "hostility",
                  "violence", "war", "shooting", "insurgency", "rebellion", "warfare", "combat", "assault", "strike"}


# verbs that deny the verb they govern as "not" does ("refused to rule out" = "did not rule out")
REFUSING_VERBS = {"refuse", "decline"}


def refused_itself(token: Token) -> bool:
    """Whether a verb is what a refusing verb governs ("refused *to rule out* force")."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSING_VERBS


def fighting_goes_on(cand: Candidate) -> bool:
    """Whether a denied halt is one of fighting: "will not *stop* its attacks", "vowed never to
    *end* the offensive" (not "will not stop its operations", nor verbal attacks on a person)."""
    tok = cand.token
    if cand.event != "RETREAT" or cand.mode != "ceasefire" or tok.lemma_.lower() not in STOPPING_VERBS or \
            not any(ch.dep_ == "neg" for ch in tok.children):
        return False
    # the halted fighting is its object ("will not stop *its attacks*"); "the war would not end" foretells
    return any(o.pos_ == "NOUN" and o.dep_ not in ("nsubj", "nsubjpass") and o.lemma_.lower() in FIGHTING_NOUNS and
               not verbal_attack(o) for o in cand.objects)


# nouns that name a run of acts by the act they are made of ("the bombing campaign", "a wave of arrests")
SERIES_NOUNS = {"campaign", "wave", "spree", "series", "offensive", "operation", "blitz"}


class GovernorRules:
    """data/events/governors.yaml: the mode a governing act takes from the act it governs."""

    def __init__(self):
        data = load_data("governors.yaml")
        self.modes: dict[str, dict[str, str]] = {k: data.get(k) or {} for k in ("threat", "request", "refusal", "intent")}
        self.refusal_negates = set(data.get("refusal_negates") or [])
        self.intent_threatens = set(data.get("intent_threatens") or [])
        self.intent_concedes = set(data.get("intent_concedes") or [])
        self.yield_when_denied = set(data.get("yield_when_denied") or [])
        self.carry_on_verbs = set(data.get("carry_on_verbs") or [])
        obligation = data.get("obligation") or {}
        self.report_verbs = set(obligation.get("report_verbs") or [])
        self.obligation_aux = set(obligation.get("aux") or [])
        self.obligation_phrases = {tuple(p.split()) for p in obligation.get("phrases") or []}
        self.wish_verbs = set(obligation.get("wish_verbs") or [])
        self.wish_not_acts = set(obligation.get("wish_not_acts") or [])
        # refusing verbs that, themselves denied, leave the act open ("did not rule out sanctions")
        self.open_when_denied = set(load_data("status.yaml").get("open_when_negated") or [])

    def mode_for(self, role: str, governed: Candidate) -> str | None:
        table = self.modes.get(role, {})
        return table.get(f"{governed.event}:{governed.mode}") or table.get(governed.event)


def resolve_governors(cands: list[Candidate], rules: GovernorRules) -> None:
    """Applies each governing trigger to the act it governs (see docs/events.md):

    - intent ("agreed to", "offered", "ready to") and threat ("threatened to") take the governed
      act in: it becomes the governor's mode/context and is not coded on its own;
    - request ("urged X to", "called for") keeps both: REQUEST by the caller, and the requested
      act (whose modality is then "requested");
    - refusal ("refused to", "rejected"): refusing a cooperative act or a concession is REJECT;
      refusing a conflictual one ("refused to condemn") is that act, negated.
    """
    by_token = {c.token.i: c for c in cands}
    for c in cands:
        if not c.role or c.absorbed:
            continue
        governed = next((by_token[t.i] for t in governed_tokens(c.token)
                         if t.i in by_token and by_token[t.i] is not c and not by_token[t.i].absorbed), None)
        if governed is not None and c.role == "threat" and governed.role in ("intent", "threat"):
            # "warned it was ready to invade", "warned it would not tolerate attacks": the threat is
            # of the act the readiness or the warning is about
            inner = next((by_token[t.i] for t in governed_tokens(governed.token)
                          if t.i in by_token and by_token[t.i] not in (c, governed) and not by_token[t.i].absorbed), None)
            if inner is not None and rules.mode_for("threat", inner) is not None:
                governed.absorbed = True
                governed = inner
        if governed is None:
            # an offer to do anything ("offered to hand over the suspect") is one; a readiness only to
            # help, work with or host ("ready to help", not "ready to go to work")
            if c.rule.needs_governed and not c.object_matched and not any(
                    x.dep_ == "xcomp" and x.pos_ == "VERB" and (c.token.pos_ == "VERB" or x.lemma_.lower() in HELPING_DEEDS)
                    for x in c.token.children):
                c.absorbed = True      # "willing to ignore the polls", "ready for what lies ahead": no act offered
            continue
        governed.governor = c
        c.governed = governed
        for ctx in governed.context:
            if ctx not in c.context:
                c.context.append(ctx)
        # only a refused *deed* is negated ("refused to condemn"); refusing a thing someone
        # put forward ("rejected the ultimatum", "vetoed a resolution censuring …") is REJECT
        # (or through a carry-on verb: "vowed to *continue* to attack", "promised to *keep* arresting")
        via = governed.token.head
        carried_on = via.lemma_.lower() in rules.carry_on_verbs and via.dep_ in ("xcomp", "advcl") and via.head == c.token
        # (a gerund the parser makes a noun after a carry-on verb is still the deed: "ready to keep on *shelling*")
        direct_verb = (governed.token.head == c.token or carried_on) and \
            (governed.token.pos_ == "VERB" or carried_on and governed.token.lower_.endswith("ing")) and \
            governed.token.dep_ in ("xcomp", "advcl", "ccomp")
        if c.role == "refusal" and any(ch.dep_ in ("dobj", "obj") and ch.lemma_.lower() in PROPOSAL_NOUNS
                                       for ch in c.token.children):
            direct_verb = False   # "vetoed a resolution to condemn …": the clause says what the thing refused is
        if c.role == "refusal" and c.token.lemma_.lower() in REFUSING_VERBS and governed.role == "refusal" and \
                governed.token.lemma_.lower() in rules.open_when_denied and direct_verb:
            # "refused to rule out force": refusing to rule out is keeping open, no rejection made
            # (the act ruled out is left open below, a threat); the ruling out is denied
            governed.negated = True
            c.absorbed = True
            continue
        if c.role == "refusal" and governed.event in CONFLICTUAL_ACTS and c.token.lemma_.lower() in rules.open_when_denied and \
                (any(ch.dep_ == "neg" for ch in c.token.children) or refused_itself(c.token)):
            # "did not rule out sanctions", "would not exclude a strike": the act is left open (its
            # status walk makes it hypothetical, a threat); no rejection is made
            c.absorbed = True
            continue
        if c.role == "refusal" and governed.event in rules.refusal_negates and direct_verb:
            # "did not rule out banning the party": a refusal itself denied leaves the act open
            # (its status walk makes it hypothetical), not denied
            governed.negated = not any(ch.dep_ == "neg" for ch in c.token.children)
            c.absorbed = True
            continue
        role = c.role
        if role == "intent" and governed.event == "REJECT" and direct_verb and \
                governed.token.lemma_.lower() in rules.yield_when_denied and \
                any(ch.dep_ == "neg" for ch in governed.token.children):
            # "agreed it would not oppose the plan", "pledged not to veto it": a concession
            c.event, c.mode, c.role = "CONCEDE", None, None
            governed.absorbed = True
            continue
        if role == "intent" and direct_verb and fighting_goes_on(governed):
            # "vowed never to stop its attacks", "pledged not to end the offensive": promising that
            # the fighting goes on is a threat of violence
            c.event, c.mode, c.role = "THREATEN", "violence", None
            governed.absorbed = True
            continue
        if role == "intent" and governed.event in rules.intent_threatens and \
                (direct_verb or _intended_deed(c.token, governed.token, rules)):
            denied = any(ch.dep_ == "neg" for ch in governed.token.children) or \
                carried_on and any(ch.dep_ == "neg" for ch in via.children)     # "agreed not to resume fighting"
            if denied and not governed.rule.needs_denial:
                # "pledged not to attack civilians": promising restraint is a concession (the
                # manual's CONCEDE), as "police will not beat the marchers" is
                c.event, c.mode, c.role = "CONCEDE", None, None
                governed.absorbed = True
                continue
            c.event, c.mode, role = "THREATEN", None, "threat"
        mode = rules.mode_for(role, governed)
        if mode and not c.mode:
            c.mode = mode
        c.confidence = min(0.9, c.confidence + 0.1)
        # the other acts asked, threatened or refused in the same breath ("demanded that X hold talks,
        # *release* prisoners and *disband* the militia", "called for a truce and the *withdrawal* of
        # troops", "vowed to arrest or *kill* him"): words joined to the governed one, verbs with no
        # subject of their own
        joined_acts = [j for j in (by_token.get(o.i) for o in governed.token.conjuncts
                                   if o.pos_ == governed.token.pos_ and o.pos_ in ("VERB", "NOUN") and
                                   not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in o.children))
                       if j is not None and j.governor is None and not j.role]
        if role == "request":
            governed.confidence = max(0.05, governed.confidence - 0.2)
            for joined in joined_acts:
                joined.governor = c
        elif role == "intent" and governed.event in rules.intent_concedes:
            governed.event, governed.mode, governed.promised = "CONCEDE", None, True
            governed.confidence = max(0.05, governed.confidence - 0.1)
        else:
            governed.absorbed = True
            if role == "threat" and direct_verb:
                for joined in joined_acts:
                    if joined.token.pos_ == "VERB":
                        joined.absorbed = True     # one threat of either deed, not a deed done


def _intended_deed(governor: Token, act: Token, rules: GovernorRules) -> bool:
    """Whether a noun act is what an intent promises to do: its direct object ("promised more
    *arrests*", "vowed *revenge*"), or the object of a carry-on verb under it ("vowed to *continue*
    the *attacks*", "pledged to *step up* the *bombing campaign*"); not one named in passing
    ("vowed to prevent attacks", "promised to rebuild after the war")."""
    if act.pos_ not in ("NOUN", "PROPN"):
        return False
    if act.dep_ == "compound" and act.head.lemma_.lower() in SERIES_NOUNS:
        act = act.head      # "pledged to rekindle the *bombing* campaign": the campaign is the deed
    if act.head == governor:
        return act.dep_ == "dobj"
    if act.dep_ == "pobj" and act.head.lower_ == "to" and act.head.head.lemma_.lower() in RESORTING_VERBS and \
            act.head.head.head == governor and act.head.head.dep_ in ("xcomp", "advcl", "acl"):
        return True      # "vowed to *go to war*", "threatened to resort to force"
    verb = act.head
    return act.dep_ == "dobj" and verb.head == governor and verb.dep_ in ("xcomp", "advcl") and \
        verb.lemma_.lower() in rules.carry_on_verbs


OPENING_MARKS = {'"', "“", "‘", "«", "„"}
VOCATIVE_POS = {"PROPN", "NOUN", "DET", "PUNCT", "ADJ"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "advcl", "parataxis", "dep"}
# a bare verb of thanks or greeting is a formula or a first-person post ("Appreciate the support"), no command
GREETING_VERBS = {"thank", "appreciate", "welcome", "congratulate", "love", "like", "hope", "wish", "enjoy",
                  "salute", "applaud", "praise", "greet"}


def quoted_imperative(verb: Token) -> bool:
    """Whether a verb is a command in quotation marks ('chanted "Ministers, resign now"', '"Free
    the prisoners," they shouted'): a bare verb with no subject, auxiliary or subordinator, opening
    its quotation or following only a vocative there."""
    if verb.tag_ not in ("VB", "VBP") or verb.pos_ != "VERB" or verb.dep_ not in CLAUSE_DEPS or \
            verb.lemma_.lower() in GREETING_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") or
                c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children):
        return False     # ("Thank you", "Bless you": formulas, no command)
    return _opening_mark_before(verb) is not None


def vocative(verb: Token) -> list[Token]:
    """The words addressed before a quoted command ('"Ministers, resign"' → Ministers)."""
    mark = _opening_mark_before(verb)
    return [] if mark is None else [t for t in verb.doc[mark + 1: verb.i] if not t.is_punct]


def _opening_mark_before(verb: Token) -> int | None:
    """The index of the quotation mark a verb opens its quotation after, past a vocative of a few
    words; None when there is none."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].text not in OPENING_MARKS and verb.doc[i].pos_ in VOCATIVE_POS \
            and verb.i - i <= 6:
        i -= 1
    return i if i >= verb.sent.start and verb.doc[i].text in OPENING_MARKS and _opens(verb.doc[i]) else None


def _opens(mark: Token) -> bool:
    """Whether a quotation mark opens a quotation (an even number of marks before it in its sentence)."""
    if mark.text in ("“", "‘", "«", "„"):
        return True
    return sum(t.text == '"' for t in mark.doc[mark.sent.start: mark.i]) % 2 == 0


# who cannot be asked: the speaker's own side ("we have to win"), nobody in particular ("you
# should vote", "there should be common ground", "it has to be said")
NOT_ASKED = {"i", "we", "us", "me", "you", "one", "there", "it", "this", "that", "everyone", "everybody", "anyone",
             "anybody", "someone", "somebody", "nobody"}
# a poll's respondents saying what should happen is a poll's finding ("38 percent of voters said …")
POLLED = {"percent", "%", "respondent", "voter", "majority", "most", "plurality", "in"}


def _imposes_obligation(clause: Token, rules: GovernorRules) -> bool:
    """Whether a reported clause puts an obligation on someone else ("Y must withdraw"): not on
    the speaker's side or nobody in particular, not a past one ("we had to …"), not a state ("a
    president must be ready")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    told = any(c.dep_ in ("dobj", "dative") for c in clause.head.children)   # "told Obama: 'you need to …'"
    if subj is not None and subj.lower_ in NOT_ASKED and (subj.pos_ == "PRON" or subj.tag_ == "EX") and \
            not (subj.lower_ == "you" and told):
        return False
    if subj is not None and any(d.dep_ == "det" and d.lower_ in ("a", "an", "any", "every") for d in subj.children):
        return False     # "a president must be ready": anyone in that role, no party asked
    if clause.lemma_ == "be" and not any(c.dep_ in ("xcomp", "ccomp") for a in clause.children
                                         if a.dep_ in ("acomp", "attr") for c in a.children):
        return False     # a state, not an act: "Jerusalem should be the capital" ("must be ready to mediate" is one)
    for c in clause.children:
        if c.dep_ == "aux" and c.lower_ in rules.obligation_aux:
            return True
    if clause.lemma_ in ("have", "need") and clause.tag_ != "VBD" and \
            any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in clause.children):
        return True      # "Y has to go", "Y needs to stop" (not "will have a hard time winning")
    return False


def _to_clause_with_subject(clause: Token) -> bool:
    """Whether a complement clause is "Y to do …" (a subject of its own and an infinitive)."""
    kids = list(clause.children)
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and \
        any(c.dep_ == "nsubj" for c in kids)


def obligation_requests(doc: Doc, cands: list[Candidate], rules: GovernorRules) -> list[Candidate]:
    """REQUEST candidates for "X said Y must …" and for a quoted command of an act ('"Free the
    prisoners," they shouted'): the saying verb becomes the request, the obliged or commanded act
    (if it is a trigger; a command must be) is its governed act, with modality "requested"."""
    by_token = {c.token.i: c for c in cands}
    out = []
    clauses = []
    for verb in doc:   # one pass: a Token is built on each access, so the doc is walked once
        if verb.pos_ != "VERB" or verb.i in by_token:
            continue
        lemma = verb.lemma_
        if lemma in rules.report_verbs:
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in POLLED for c in verb.children):
                continue
            clauses += [c for c in verb.children if c.dep_ == "ccomp" and _imposes_obligation(c, rules) or
                        c.dep_ in ("ccomp", "xcomp", "conj", "advcl") and c.i in by_token and quoted_imperative(c)]
        elif lemma in rules.wish_verbs:
            # "X wants Y to end the ban": wanting another party to act is asking it to
            clauses += [c for c in verb.children if c.dep_ == "ccomp" and _to_clause_with_subject(c)
                        and c.lemma_.lower() not in rules.wish_not_acts]
    for tok in clauses:
        say = tok.head
        rule = TriggerRule(words=(say.lemma_.lower(),), pos=(), event="REQUEST", role="request", confidence=0.6)
        cand = Candidate(token=say, start=say.i, end=say.i + 1, rule=rule, event="REQUEST", mode=None, context=[],
                         confidence=0.6, role="request", reciprocal=False, objects=[])
        governed = by_token.get(tok.i) or next((by_token[t.i] for t in governed_tokens(tok) if t.i in by_token), None)
        if governed is not None and not governed.absorbed:
            governed.governor = cand
            cand.mode = rules.mode_for("request", governed)
            cand.confidence += 0.1     # as a governor gains over the act it governs
            governed.confidence = max(0.05, governed.confidence - 0.2)
        out.append(cand)
    return out
