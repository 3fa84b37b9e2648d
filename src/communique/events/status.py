"""Event status from the clause around a trigger: negation and modality.

Walks from the trigger up its verb chain ("is *expected* to *meet*", "*stopped* short of
*imposing*", "sanctions *could* be ahead") and reads the words in ``data/events/status.yaml``.
Modalities are those of design.md; the first governor met on the way up decides.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .governors import refused_itself
from .lexicon import load_data
from .syntax import REFERRING_DETERMINERS, points_back

# dependencies along which a trigger's status is inherited from the word above it
CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "nsubj", "nsubjpass", "conj", "oprd", "csubj",
              "dative", "appos", "acl", "compound", "auxpass", "agent", "npadvmod", "advcl", "advmod"}
STOP_AFTER = {"advcl"}          # an adverbial clause takes its own status, then stops
DENYING_VERBS = {"deny", "dispute"}     # verbs whose that-clause states what is denied
PROVIDING_VERBS = {"stipulate", "envisage", "envision", "foresee"}     # what an accord or plan provides for
NO_SUBJECT_DETS = {"no", "neither"}     # determiners of a subject that deny its verb
PAST_PERFECT_AUX = {"had", "'d"}
# prepositions by which a noun names the act it is about or answers ("an inquiry into", "anger over")
TOPIC_PREPS = {"into", "over", "about", "behind"}
AFTER_PREPS = {"after", "following"}
# verbs of an event's course after "is/was to" ("the march was to begin", "talks are to resume")
HAPPENING_VERBS = {"begin", "start", "open", "resume", "take", "happen", "convene", "proceed", "commence", "go"}
# an act named as the time of another is its setting: "failed to agree *during the talks*" held the talks
SETTING_PREPS = {"during", "amid", "throughout"}
FEARED_WORDS = {"concern", "fear", "worry", "threat", "risk", "prospect", "warning", "possibility", "speculation", "rumor",
                "rumour"}
CAUSE_WORDS = {"due", "owing", "because"}
# verbs of planning or attempting whose purpose clause is planned too ("will seek approval *to
# outlaw* the party"; "moved a warship to join the drills" is a deed)
PURPOSE_PLANS = {"seek", "try", "attempt", "strive", "endeavor", "endeavour", "plan", "prepare", "aim", "intend", "want", "hope"}
# words whose "towards" names what is aimed at, not yet done ("efforts towards a ceasefire", "a
# first step toward the release of prisoners", "work towards a deal")
GOAL_WORDS = {"work", "step", "move", "effort", "progress", "push", "drive", "path", "road", "stride", "headway",
              "strive", "march", "movement"}
# accords and the papers that lay them down: what one is "on" or "for" is agreed to be done, not yet
# done ("an agreement on evacuation routes", "a memorandum for cooperation in mining")
ACCORD_NOUNS = {"agreement", "accord", "deal", "pact", "treaty", "memorandum", "document", "understanding",
                "consensus", "roadmap", "framework"}
# verbs by which a purpose enables an act others carry out ("to allow the evacuation", "to let
# them leave"): what they take is never done by the deed itself
ENABLING_VERBS = {"allow", "enable", "permit", "let", "facilitate", "pave"}
# deeds of sending or travelling whose purpose the trip carries out ("dispatched ships to deliver
# supplies" is aid sent, "flew to Rome to meet the pope" a visit)
SENDING_DEEDS = {"send", "dispatch", "deploy", "fly", "travel", "go", "come", "arrive", "rush", "airlift", "ship",
                 "head", "return", "visit", "gather", "meet", "convene", "assemble", "bring",
                 # presence carries out its purpose too ("troops are there to train recruits", "the first
                 # state to recognize"), steps taken their end ("took steps to restore ties"), and a
                 # vote or ruling "to impose" is the decision itself
                 "be", "become", "stay", "remain", "vote", "rule", "elect", "opt", "choose", "take"}
# verbs whose object (or "with/to" object) is there already, whatever the verb's purpose or mood:
# an accord carried out ("talks held *to implement* the agreement signed in May") and what one deals
# with or answers ("*to deal with* the deepening ties", "*to respond to* provocations")
IMPLEMENTING_VERBS = {"implement", "honour", "honor", "uphold", "enforce", "respect", "observe"}
ACCORD_OBJECTS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "arrangement"}
RESPONDING_VERBS = {"deal", "respond", "react", "counter", "tackle", "confront", "cope"}
ADDRESSING_VERBS = {"address"}     # what is addressed exists, as its direct object ("had not addressed the allegations")
# governors that are nouns of endeavour: what their compound names is the work under way ("relief
# efforts", "the aid effort"), not an aim
ENDEAVOUR_NOUNS = {"effort", "bid"}
# plans that "no" denies: "has no plans to …", "had no desire to …"
DENIABLE_PLANS = {"plan", "desire", "wish"}


def word_forms(tok: Token) -> list[str]:
    """The lemma, then the word itself and its likely stems: a small lemmatizer slips
    ("hopes" → "hop") must not hide a governor."""
    low = tok.lower_
    forms = [tok.lemma_.lower(), low]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            forms.append(low[: len(low) - len(suffix)] + repl)
    return forms


# a power held leaves its act open ("has the power to expel envoys"); one used, or given to someone
# ("gave the army the authority to patrol"), reports the act
HELD_POWERS = {"power", "authority"}
HOLDING_VERBS = {"have", "hold", "possess", "retain", "lack", "keep"}


# adjunct prepositions: what a plan or wish is made in, at, near or after ("is determined *in the
# aftermath of the war*", "plans rallies *since the clashes*", "demanded *at the summit*") is the
# plan's setting, not planned
ADJUNCT_PREPS = {"in", "at", "near", "since", "despite", "during", "amid", "amidst", "after", "before", "following",
                 "throughout", "within", "across", "around", "beside", "outside", "inside", "among", "spite"}
# governors whose "at" names what is aimed at, not where ("aimed *at ending* the war", "an effort
# *at reviving* the talks", "looking at sanctions")
AIMING_WORDS = {"aim", "effort", "attempt", "look", "try", "bid", "target", "point"}
# nouns whose "of"/"to" names an act that has happened ("the anniversary of the attacks", "in the
# aftermath of the war", "the outbreak of violence", "the police response to the violence")
PAST_ACT_NOUNS = {"anniversary", "aftermath", "wake", "outbreak", "response", "reaction", "victim", "survivor", "legacy",
                  "toll", "scene", "memory", "memorial", "commemoration", "perpetrator", "culprit"}


# verbs of ending or dispersing an act under way ("disperse the rally", "quell the unrest", "failed
# to stem the violence")
ENDING_VERBS = {"disperse", "quell", "suppress", "crush", "end", "stop", "halt", "scatter", "quash", "stem", "curb", "contain"}


def ends_what_exists(verb: Token) -> bool:
    """Whether a verb ends or breaks up what it takes as object ("break up a protest", "end the
    fighting"): that act already exists, whatever the verb's own mood."""
    low = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (low in ENDING_VERBS or low in ("break", "put") and
                                    any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in verb.children))


# verbs that keep an act from happening ("to avert a new invasion", "prevent attacks on convoys"):
# what they take is only possible; what one protects "from" or "against" too, unless a possessor
# or article makes it real ("shield ports from raids"; "defend the city against the invasion")
PREVENTING_VERBS = {"prevent", "avert", "forestall", "preempt", "pre-empt", "deter", "preclude"}
PROTECTING_VERBS = {"protect", "shield", "safeguard", "guard", "insulate"}


# verbs that look into or judge an act that has happened ("will investigate the detention", "would
# condemn the killings", "will review the restrictions"): their object keeps its own status
EXAMINING_VERBS = {"investigate", "probe", "examine", "condemn", "denounce", "deplore", "criticize", "criticise", "mourn",
                   "commemorate", "document", "review", "revise",
                   # what is protested has happened ("a fast *to protest* the beating of a pupil")
                   "protest", "decry", "lament",
                   # what a party will (not) recognize as valid has been done ("will not recognize the indictment")
                   "recognize", "recognise"}
# what is only foreseen even as the object of such a verb ("would condemn *any* attack")
FORESEEN_WORDS = {"any", "possible", "potential", "future", "further", "eventual"}


def foreseen(word: Token) -> bool:
    """Whether an object (or a preposition's) is only foreseen: "any attack", "a possible strike"."""
    nouns = [word] if word.dep_ != "prep" else [c for c in word.children if c.dep_ == "pobj"]
    return any(c.lower_ in FORESEEN_WORDS for n in nouns for c in n.children if c.dep_ in ("det", "amod"))


def examines_what_happened(verb: Token, obj: Token) -> bool:
    """Whether a verb looks into or judges the act it takes as object ("will investigate the
    detention"): that act has happened, whatever the verb's own mood (not "would condemn any attack")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in EXAMINING_VERBS and not foreseen(obj)


# modal verbs whose perfect ("would have", "could have") tells, in a past counterfactual, what did
# not happen; "would have" does so alone ("we would have escorted it out"), the others only beside
# a condition ("could have caused more damage had Iran not warned"; "the missile could have been
# fired by Russia" only guesses at what may have happened)
COUNTERFACTUAL_MODALS = {"would", "could", "might", "should", "'d"}
CONDITION_MARKS = {"if", "unless"}


def _definite(noun: Token) -> bool:
    """Whether a noun names something known: owned ("*its* raid") or pointed back at ("*the* raid")."""
    return points_back(noun) or any(c.dep_ == "poss" for c in noun.children)


def _perfect_modal(verb: Token) -> str | None:
    """The modal of a verb in the modal perfect ("*would* have escorted"), or None."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = next((a for a in aux if a in COUNTERFACTUAL_MODALS), None)
    return modal if modal and "have" in aux and verb.tag_ == "VBN" else None


def _past_condition(verb: Token) -> bool:
    """Whether a verb heads the condition of a past counterfactual: "*if* we *had been* able",
    "*had* Iran not *warned*" (the "had" put before its subject), with a modal perfect above it."""
    if verb.dep_ != "advcl" or _perfect_modal(verb.head) is None:
        return False
    if verb.lower_ in PAST_PERFECT_AUX and verb.i == verb.sent.start:
        return True     # ("*Had* the talks collapsed, …": the parser may make the fronted "had" the clause's head)
    had = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in PAST_PERFECT_AUX), None)
    if had is None:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)
    inverted = any(c.dep_ in ("nsubj", "nsubjpass") and had.i < c.i for c in verb.children)
    return marked and verb.tag_ == "VBN" or inverted and not any(c.dep_ == "mark" for c in verb.children)


def counterfactual(verb: Token) -> bool:
    """Whether a verb's clause tells what did not happen, in a past counterfactual: its consequence
    ("hundreds *would have died*", "we *could have stopped* it if …") or its condition ("if the army
    *had attacked* the town, …"). What such a clause denies ("had Iran *not* warned") did happen."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    modal = _perfect_modal(verb)
    if modal is not None:
        return modal in ("would", "'d") or any(_past_condition(c) for c in verb.children)
    return _past_condition(verb)


def counterfactual_status(st: Status, below: Token) -> Status:
    """The status of an act in a past counterfactual clause: what the clause says did not happen
    (negated, hypothetical), what it denies did (asserted). A definite subject is there whatever is
    imagined of it ("*the* missile strikes could have caused more damage had …": the strikes hit)."""
    if below.dep_ in ("nsubj", "nsubjpass") and below.pos_ in ("NOUN", "PROPN", "VERB") and \
            (below.left_edge.lower_ in REFERRING_DETERMINERS or any(c.dep_ == "poss" for c in below.children)):
        return st
    st.negated = not st.negated
    st.modality = "hypothetical" if st.negated else "asserted"
    st.counterfactual = True
    return st


@dataclass
class Status:
    modality: str = "asserted"
    negated: bool = False
    attempt: Token | None = None   # the attempting word that governs the act ("tried to storm")
    decision: Token | None = None  # the deciding word that governs the act ("decided to expel")
    setting: bool = False          # the act is the time of another ("during the talks")
    purpose: Token | None = None   # the deed whose to-purpose the act is ("declared a truce *to allow* …")
    counterfactual: bool = False   # told in a past counterfactual ("if the navy had been able to *send* a frigate")


def _present_tense(verb: Token) -> bool:
    """Whether a verb (or its auxiliary) is in the present tense: "before the deal *is* signed",
    "until the troops *leave*"."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                               for c in verb.children)


def _mandative_clause(verb: Token) -> bool:
    """A that-clause whose verb is bare, with a subject of its own and no auxiliary: "(recommended)
    that the council *ban* the party"; a plural subject's bare verb looks present, and is told
    apart by the past tense above it ("suggested that both armies *withdraw*")."""
    bare = verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.head.tag_ in ("VBD", "VBN")
    return verb.dep_ == "ccomp" and bare and any(c.dep_ == "nsubj" for c in verb.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


class StatusRules:
    def __init__(self):
        data = load_data("status.yaml")
        self.aux = {w: m for m, words in data["aux"].items() for w in words}
        self.governors: dict[str, list[str]] = {}
        for modality, words in data["governors"].items():
            for w in words:
                self.governors.setdefault(w, []).append(modality)
        self.noun_modifiers = {w: m for m, words in data["noun_modifiers"].items() for w in words}
        self.hypothetical_markers = set(data["hypothetical_markers"])
        self.negating = [(g["lemma"], g.get("with"), bool(g.get("cancels"))) for g in data["negating_governors"]]
        self.standing_measures = set(data.get("standing_measures") or [])
        self.negators = set(data["negators"])
        self.historical_markers = set(data["historical_markers"])
        self.future_markers = set(data.get("future_markers") or [])
        self.backshift_verbs = set(data.get("backshift_verbs") or [])
        self.open_when_negated = set(data.get("open_when_negated") or [])
        self.attempts = set(data.get("attempts") or [])
        self.decisions = set(data.get("decisions") or [])
        self.mandative = set(data.get("mandative") or [])
        self.mandative_objects = set(data.get("mandative_objects") or [])

    # -- pieces ---------------------------------------------------------------
    def _negating_governor(self, tok: Token, below: Token | None = None) -> bool:
        """Whether a word denies the act below it ("failed to agree", "called off the strike"); a
        word of cancelling denies no standing measure it ends ("scrapped the tariffs")."""
        lemma = tok.lemma_.lower()
        for g, with_word, cancels in self.negating:
            if lemma == g and (with_word is None or any(c.lower_ == with_word for c in tok.children)):
                return not (cancels and below is not None and below.lemma_.lower() in self.standing_measures)
        return False

    def _cancels(self, tok: Token) -> bool:
        """Whether a word is one of calling off or cancelling, whose passive subject is what is
        called off ("the talks *were called off*")."""
        lemma = tok.lemma_.lower()
        return any(cancels and lemma == g and (w is None or any(c.lower_ == w for c in tok.children))
                   for g, w, cancels in self.negating)

    def _called_off(self, noun: Token) -> bool:
        """Whether a noun is what is called off, scrapped or backed away from ("scrapped *plans*
        to buy", "backed away from a *plan* to send", "called off *a planned strike*"): what it plans
        will not happen."""
        if noun.pos_ != "NOUN":
            return False
        if noun.dep_ in ("dobj", "nsubjpass"):
            return self._cancels(noun.head) and self._negating_governor(noun.head, noun)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        verb = noun.head.head
        if verb.dep_ == "advmod" and not self._cancels(verb):
            verb = verb.head     # ("backed *away* from a plan": the parser may hang "from" on "away")
        return self._cancels(verb) and self._negating_governor(verb, noun)

    def _governor_modality(self, tok: Token, below: Token) -> str | None:
        if tok.lemma_.lower() in self.mandative:
            return "requested" if below.dep_ == "dobj" and tok.lemma_.lower() in self.mandative_objects else None
        options = next((self.governors[f] for f in word_forms(tok) if f in self.governors), None)
        if not options:
            return None
        if tok.lemma_.lower() in ENDEAVOUR_NOUNS and below.dep_ in ("compound", "amod", "nmod", "poss"):
            return None
        if tok.lemma_.lower() in PROVIDING_VERBS and below.dep_ in ("nsubj", "nsubjpass"):
            return None      # the accord that stipulates a pull-out is made; only what it provides for is to come
        if tok.lemma_.lower() == "commitment" and not (below.dep_ in ("acl", "xcomp") or below.dep_ == "prep" and
                                                       any(c.dep_ == "pcomp" for c in below.children)):
            return None      # only a deed one is committed to is to come ("commitment to deepen ties"), not the
            #                  accord whose terms one keeps ("committed to the pact's terms")
        if below.dep_ == "nsubj" and tok.pos_ == "VERB" and not set(options) - {"intended", "requested"}:
            return None      # who plans or asks is no act planned or asked for: "the *talks* seek to end the
            #                  war", "the *protest* demanded his release", "the *project* is moving forward"
        if below.dep_ == "nsubjpass" and tok.lemma_.lower() == "call":
            return None      # "the summit *was called* to …": a meeting called is convened, no request
        if below.dep_ == "nsubjpass" and tok.lemma_.lower() in AIMED_DEEDS:
            return None      # "the talks *were aimed at* securing a truce": the talks are held; only their aim is not
        if below.dep_ == "conj":
            # a verb joined to a governor is a second act of its subject, not governed by it ("we
            # consider the raid unacceptable and *condemn* it")
            return None
        if below.dep_ == "prep" and below.lower_ in ADJUNCT_PREPS and \
                not any(g.lemma_.lower() in ("case", "event") for g in below.children) and \
                not (below.lower_ == "at" and (tok.lemma_.lower() in AIMING_WORDS or not any(
                    g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.tag_ != "VBG" for g in below.children))):
            # the time, place or occasion of a plan is not planned ("is determined in the
            # aftermath of the war to …"; "in case of an attack" stays open)
            return None
        if tok.lower_ == "about" and tok.dep_ == "prep":
            # "details about the blast" is a topic; only "is about to sign" is future
            return None
        if tok.lemma_.lower() == "due" and below.dep_ not in ("xcomp", "ccomp", "advcl"):
            # "due to the violence" gives a cause; only "is due to sign" is expected
            return None
        if any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" and tok.lemma_.lower() == "consider"
               for c in tok.children):
            # naming or judging an act ("called the attack a cowardly act", "considered the raid an
            # act of war") neither asks for it nor plans it
            return None
        if tok.lemma_.lower() in HELD_POWERS and tok.head.lemma_.lower() not in HOLDING_VERBS:
            # a power used is an act done ("used its authority to impose sanctions")
            return None
        if tok.lemma_.lower() == "go" and not (tok.tag_ == "VBG" and below.dep_ in ("xcomp", "advcl")):
            # only "is going to strike" is a plan; "went on strike", "went to war" happened
            return None
        if "requested" in options and len(options) > 1:
            # "want X to go" asks someone else; "want to go" is one's own intention
            asks_other = any(c.dep_ in ("dobj", "dative") for c in tok.children) or \
                any(c.dep_ in ("nsubj",) for c in below.children)
            options = ["requested"] if asks_other else [o for o in options if o != "requested"]
        return options[0]

    def _backshifted(self, verb: Token) -> bool:
        """Whether a past perfect is only the tense of indirect speech ("Riyadh *said* it *had
        delivered* supplies" tells "we delivered", "claims that officers *had beaten* them"): the
        news reported, not background. The date still makes an act of an earlier year historical."""
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.backshift_verbs or claim_clause(verb)

    def _own_marks(self, tok: Token) -> tuple[str | None, bool]:
        """(modality, negated) from a word's own auxiliaries, negators and subordinator."""
        modality, negated = None, False
        for c in tok.children:
            low = c.lower_
            if c.dep_ in ("aux", "auxpass"):
                if low in self.aux and modality is None:
                    modality = self.aux[low]
                elif low in PAST_PERFECT_AUX and tok.tag_ == "VBN" and modality is None and \
                        not self._backshifted(tok):
                    modality = "historical"
            elif c.dep_ == "neg" or (c.dep_ in ("det", "advmod", "preconj") and low in self.negators):
                negated = True
            elif c.dep_ == "advmod" and c.lemma_.lower() == "long" and any(
                    g.lower_ == "no" and g.dep_ in ("neg", "advmod", "det") for g in c.children):
                negated = True     # "will no longer be welcome": an end is stated, the act denied from now on
            elif c.dep_ == "mark" and low in self.hypothetical_markers:
                modality = "hypothetical"
            elif c.dep_ == "mark" and low in self.future_markers and tok.dep_ == "advcl" and _present_tense(tok):
                modality = "future"     # "demanded a pull-out before any deal *is signed*": not yet done
            elif c.dep_ == "advmod" and low in self.historical_markers and modality is None and \
                    not _recently_ago(c):
                modality = "historical"
            elif c.dep_ in ("amod", "acl") and tok.pos_ in ("NOUN", "PROPN"):
                m = self.noun_modifiers.get(low) or self.noun_modifiers.get(c.lemma_.lower())
                if m and modality is None:
                    modality = m
        # "is to visit": be + to-infinitive is a plan
        if modality is None and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            modality = "future"
        return modality, negated

    # -- the walk ---------------------------------------------------------------
    def status(self, trigger: Token) -> Status:
        """Negation and modality of the event whose trigger word is ``trigger``."""
        st = self._walk(trigger)
        if trigger.pos_ in ("NOUN", "PROPN") and (
                trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() == "fail" and fails_to_happen(trigger.head) or
                any(c.dep_ == "acl" and c.lemma_.lower() == "fail" and fails_to_happen(c) for c in trigger.children)):
            # "the planned summit then failed to take place", "blamed the host for the talks
            # failing to happen": it was never held
            st.negated, st.modality = True, "asserted"
        if st.setting and st.modality in ("hypothetical", "requested"):
            # what an act is said to happen during is no part of the hedge or the ask ("should not
            # say such things during a rally": the rally was held); a planned one stays planned
            st.modality = "asserted"
        return st

    def _walk(self, trigger: Token) -> Status:
        st = Status()
        tok, below, steps = trigger, trigger, 0
        own_tense = False   # walked up from a conjoined verb with its own tense
        enabled = False     # walked up through a verb of enabling ("to *allow* the arrest")
        while steps < 10:
            steps += 1
            denied_negator = False
            if tok != trigger:
                if below.dep_ == "nsubj" and tok.lemma_ == "be" and any(
                        c.dep_ == "xcomp" and c.lemma_.lower() in HAPPENING_VERBS and
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
                    # "where a march *was to begin* at noon", "the talks are to open": set, not yet held
                    st.modality = "future"
                    return st
                if below.dep_ in ("dobj", "nsubjpass") and (ends_what_exists(tok) or examines_what_happened(tok, below)):
                    # what is to be broken up or ended is under way ("tried to *break up* the sit-in",
                    # "hopes to end the fighting"), or looked into or judged ("will investigate the
                    # detention"): the act keeps its own status
                    return st
                if tok.pos_ == "VERB" and (
                        below.dep_ == "dobj" and tok.lemma_.lower() in IMPLEMENTING_VERBS and
                        below.lemma_.lower() in ACCORD_OBJECTS or
                        below.dep_ == "dobj" and tok.lemma_.lower() in ADDRESSING_VERBS or
                        below.dep_ in ("dobj", "prep") and tok.lemma_.lower() in RESPONDING_VERBS and
                        (below.dep_ == "dobj" or below.lower_ in ("with", "to")) and not foreseen(below)):
                    return st     # the accord implemented, what is dealt with or answered: already there
                if tok.pos_ == "VERB" and (
                        below.dep_ == "dobj" and tok.lemma_.lower() in PREVENTING_VERBS or
                        below.dep_ == "prep" and below.lower_ in ("from", "against") and
                        tok.lemma_.lower() in PROTECTING_VERBS and not any(
                            _definite(p) for p in below.children if p.dep_ == "pobj")) and \
                        not any(c.dep_ == "neg" for c in tok.children) and not self._negating_governor(tok.head):
                    # what is averted or guarded against has not happened: it is only possible ("failed
                    # to prevent the attack" reports it)
                    return Status(modality="hypothetical", negated=st.negated)
                if tok.pos_ == "VERB" and below.dep_ == "dobj" and tok.lemma_.lower() in PREVENTING_VERBS and \
                        (any(c.dep_ == "neg" for c in tok.children) or self._negating_governor(tok.head)):
                    return st     # "failed to prevent the attack", "did not avert the war": it happened
                if below.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "oprd" for c in tok.children):
                    # what is named or judged ("called *the attack* a cowardly act", "*attacks* on
                    # civilians could be considered war crimes") is reported, whatever the judging verb's mood
                    return st
                if below.dep_ in ("nsubj", "nsubjpass") and below != trigger and below.pos_ == "NOUN" and \
                        trigger.head == below and trigger.dep_ in ("acl", "xcomp") and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in trigger.children):
                    # an act in a to-clause on the subject noun ("the *decision to sign* the pact will
                    # not hurt the region"): what the subject's verb says of it is not the act's tense or denial
                    return st
                if tok.lemma_.lower() in self.open_when_negated and (any(c.dep_ == "neg" for c in tok.children) or
                                                                     refused_itself(tok)):
                    # "did not rule out sanctions", "would not exclude force": kept open
                    return Status(modality="hypothetical", negated=False)
                cancels = self._cancels(tok)
                negating = self._negating_governor(tok, below) and (
                    below.dep_ not in ("conj", "nsubj", "nsubjpass") or below.dep_ == "nsubjpass" and cancels) and \
                    not (cancels and below.dep_ == "advcl")     # ("shelved the bill *after* the ministry warned …")
                if negating:
                    # (not what is conjoined with it or its subject: "China abstained and Russia
                    # *vetoed* it", "the *talks* failed": the talks were held; but "the *visit* was
                    # called off")
                    # "will not hesitate to use force", "did not fail to pay": a denied negator
                    # affirms the act
                    denied_negator = any(c.dep_ == "neg" for c in tok.children)
                    st.negated = not denied_negator and not st.setting
                    if st.negated and cancels:
                        return Status(negated=True)     # called off: it did not happen ("called off the strike")
                # (calling off asks for nothing: "called off the strike")
                gov = None if negating and cancels else self._governor_modality(tok, below)
                if gov:
                    st.modality = gov
                    if tok.lemma_.lower() in self.attempts:
                        st.attempt = tok
                    if tok.lemma_.lower() in self.decisions:
                        st.decision = tok
                    # "did not plan to …", and a plan denied by "no" ("has no plans to withdraw":
                    # a declared refusal; "no hope of talks" is only an assessment)
                    if self._called_off(tok):
                        return Status(negated=True)     # a plan scrapped: "scrapped *plans* to buy helicopters"
                    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and tok.lemma_.lower() in DENIABLE_PLANS)
                           for c in tok.children):
                        st.negated = True
                    return st
            modality, negated = self._own_marks(tok)
            if not negated and tok.pos_ in ("VERB", "AUX") and (tok == trigger or below.dep_ == "dobj" or
                                                                 below is trigger and below.dep_ == "acomp") and \
                    any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ in NO_SUBJECT_DETS
                                                                 for g in c.children) for c in tok.children):
                negated = True     # "*neither* side reported any agreement", "*no* country imposed sanctions",
                #                    "*neither* party is *willing* to talk"
            # negators count on the verb chain up to the clause, not across a governor
            if negated and tok != trigger and not_denying_its_noun(tok, below):
                negated = False
            if negated and (tok == trigger or tok.pos_ in ("VERB", "AUX")) and not denied_negator and not own_tense and \
                    not st.setting:
                st.negated = True
            if counterfactual(tok):
                return counterfactual_status(st, below)
            if modality and tok is trigger and self._called_off(tok):
                return Status(negated=True)     # "called off *a planned strike*": planned, and now not to happen
            if modality:
                st.modality = modality
                if modality == "historical" and tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and \
                        tok.head.lemma_.lower() in DENYING_VERBS and tok.head.i < tok.i:
                    st.negated = True     # "denied that any search *had* occurred", as below
                return st
            if _mandative_clause(tok) and tok.head.lemma_.lower() in self.mandative:
                st.modality = "requested"     # "recommended that the council *ban* the party"
                return st
            if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in ACCORD_NOUNS and \
                    (tok is trigger or below is trigger and below.dep_ in ("dobj", "xcomp")) and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                st.modality = "intended"     # "an agreement *to withdraw* troops", "a deal to continue talks": agreed, not done
                return st
            if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in DENYING_VERBS and \
                    tok.head.i < tok.i:     # (not "…, something Lima denies": the parser's ccomp told before)
                # what a party denies it did is denied, as a denied verb already is ("denies it was
                # involved in the raids" like "denied that its troops fired"): not reported as done
                st.negated = True
                return st
            if operation_purpose(tok) and (tok is trigger or below is trigger and below.dep_ == "dobj"):
                # what an operation or a raid is mounted for is its aim ("mounted a raid *to free* the
                # hostages"): intended, or the deed's status for acts the deed carries out itself
                st.modality = "intended"
                st.purpose = tok.head.head if tok.head.head.pos_ == "VERB" else None
                return st
            if denied_claim(tok) and (tok is trigger or below is trigger and trigger.dep_ in ("dobj", "nsubjpass") and
                                      not names_doers(trigger)):
                # what a claim denied or rejected says ("rejected claims that officers *had beaten*
                # protesters", "denied allegations that he had ordered the arrests") is not reported as
                # done, as what a party denies it did is not; acts named deeper in it are another matter
                # ("denied reports that they had paid people *to join the protests*": the protests were held)
                st.negated = True
                return st
            if tok.dep_ not in CHAIN_DEPS or tok.head == tok:
                break
            if tok.dep_ == "conj" and tok.head.pos_ not in ("VERB", "AUX") and not governed_noun(tok.head, self.governors) and \
                    not (tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in OCCURRING_VERBS):
                break   # (conjoined subjects share a verb of occurring: "no seizure or *search* occurred")   # (objects conjoined under a governing verb share it: "demanded the restoration of order
                #        and the release of the minister", "pushed for a truce, access for aid and a dialogue")
            if tok.dep_ == "prep" and below.dep_ == "pobj" and tok.lower_ in AFTER_PREPS:
                break   # "vowed revenge *after the raid*": what a thing comes after has happened
            if tok.dep_ == "prep" and tok.lower_ == "of" and below is trigger and tok.head.lower_ == "ahead" and \
                    tok.head.head.tag_ not in ("VBD", "VBN"):
                st.modality = "future"     # "the meeting comes *ahead of* Saturday's summit" ("met ahead of" tells a past)
                return st
            if tok.dep_ == "prep" and tok.lower_ == "without" and below.dep_ in ("pobj", "pcomp") and \
                    (below is trigger or trigger.dep_ == "conj" and trigger.head is below):
                st.negated = True   # "entered the bay *without approval*", "met *without reaching* a deal": not done
            if tok.dep_ == "prep" and below is trigger and tok.lower_ in ("of", "to") and \
                    tok.head.lemma_.lower() in PAST_ACT_NOUNS and \
                    not any(c.lower_ in FORESEEN_WORDS for c in below.children if c.dep_ in ("det", "amod")):
                break   # "on the anniversary *of the attacks*", "the response *to the violence*"
            if tok.dep_ == "prep" and below.dep_ == "pobj" and below.lemma_.lower() not in FEARED_WORDS and \
                    (tok.lower_ in ("despite", "notwithstanding") or tok.lower_ == "of" and tok.head.lower_ == "spite"):
                break   # "will press on *despite the crackdown*": what one acts in spite of exists ("despite
                #        *fears* of attacks" does not)
            if tok.dep_ == "prep" and below.dep_ == "pobj" and tok.lower_ in SETTING_PREPS and \
                    below.lemma_.lower() not in FEARED_WORDS:
                st.setting = True     # ("amid *fears* of unrest": the unrest is only feared)
            if tok.dep_ == "prep" and below.dep_ == "pobj" and tok.lower_ in ("towards", "toward") and \
                    tok.head.lemma_.lower() in GOAL_WORDS:
                st.modality = "intended"     # "vowed to work towards freeing them", "a step toward a truce": an aim
                return st
            if tok.dep_ == "prep" and below.dep_ in ("pobj", "pcomp") and tok.lower_ in ("on", "for") and \
                    tok.head.lemma_.lower() in ACCORD_NOUNS and tok.head.pos_ == "NOUN":
                st.modality = "intended"     # "reached an agreement on a pull-out": agreed to, an aim
                return st
            if tok.lower_ in CAUSE_WORDS and below.dep_ in ("pobj", "prep", "pcomp"):
                break   # "failed to deliver aid *due to violence*": a cause has happened, whatever failed
            if tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN") and below.dep_ == "pobj" and \
                    (tok.lower_ in TOPIC_PREPS or (tok.lower_ in ("for", "against") and _definite(below))) and \
                    not any(f in self.governors for f in word_forms(tok.head)):
                # an act a noun is about ("an investigation *into the killing*", "revenge *for the
                # bombing*", "sanctions *over the shelling*", "their fight *against the invasion*") has
                # happened: it keeps its own status
                break
            # a participle modifier reports a done act ("the constitution, *approved* Sunday by
            # parliament, will reduce …"), and a conjoined verb with its own auxiliary has its own
            # tense ("will be the first, but the decision *has been slammed*"): neither takes the
            # modality of the clause it hangs from
            if tok.dep_ == "acl" and tok.tag_ == "VBN" or \
                    tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and \
                    tok.head.dep_ in ("dobj", "pobj") and tok.head.head.pos_ == "VERB" and \
                    not any(f in self.governors for f in word_forms(tok.head.head)) or \
                    tok.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                # (also an -ing modifier of an object: "an effort to recruit pastors *supporting* him")
                break
            # a conjoined verb with its own tense ("is not a lobby and *supports* candidates of both
            # parties") is not under the first verb's "not" ("did not meet or talk" shares it)
            if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and \
                    not any(c.lower_ in ("nor", "neither") for c in list(tok.children) + list(tok.head.children)):
                own_tense = True   # ("neither confirmed nor denied" shares it)
                if any(c.dep_ == "aux" and c.lower_ in self.aux for c in tok.head.children):
                    break     # nor the first verb's modal: "said it would not extend the deal and *demanded* …"
            if tok.lemma_.lower() in ENABLING_VERBS and tok.pos_ == "VERB" and tok != trigger:
                enabled = True
            stop = tok.dep_ in STOP_AFTER
            below, tok = tok, tok.head
            if stop:
                modality, _ = self._own_marks(tok)
                if modality is None and tok.lemma_.lower() in PURPOSE_PLANS and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                    # the purpose of a plan is planned too: "will seek approval *to outlaw* the
                    # party", "is trying hard *to close* the port" ("used tear gas to disperse" stays)
                    modality = "intended"
                if modality is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children) and \
                        any(c.dep_ == "dobj" and "intended" in self.governors.get(c.lemma_.lower(), ())
                            for c in tok.children):
                    # "announced plans on Monday to end …": a to-clause the parser hung on the verb
                    # completes the plan noun it announced
                    modality = "intended"
                if modality in (None, "historical") and tok.pos_ in ("VERB", "AUX") and below.tag_ == "VB" and \
                        below.lemma_.lower() != "help" and tok.lemma_.lower() not in SENDING_DEEDS and \
                        not any(f in self.governors for f in word_forms(tok)) and \
                        not any(c.dep_ == "neg" for c in tok.children) and \
                        not (below == trigger and below.lemma_.lower() in ENABLING_VERBS) and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children) and \
                        not any(c.dep_ == "mark" and c.lower_ not in ("in", "so") for c in below.children):
                    # the to-purpose of a deed is its aim, not yet done ("declared a truce *to allow*
                    # the evacuation", "signed accords *to expand* trade"); the coder gives acts a
                    # deed carries out itself ("used tear gas *to disperse*", "rallied *to demand*")
                    # the deed's status, unless the purpose only enables them; the deed itself
                    # allows what it allows ("opened the bridge *to allow* deliveries") and helps
                    # what it helps ("sent troops *to help* fight"), and a trip what it was made for
                    # ("dispatched ships *to deliver* fuel"); a deed told in the past perfect has
                    # its purpose still ahead of it
                    modality = "intended"
                    st.purpose = None if enabled else tok
                if counterfactual(tok) and not any(c.dep_ == "mark" for c in below.children):
                    # "would have sent troops *to protect* them"; a clause of its own time keeps its
                    # own status ("… *after* the ministry warned")
                    return counterfactual_status(st, below)
                if modality:
                    st.modality = modality
                break
        return st


# verbs whose "not" says an act did not happen when the act is their subject ("the talks did not
# take place"); any other verb's "not" denies only what is said of the act ("the talks have not made
# progress", "the attack did not kill anyone": held, done)
OCCURRING_VERBS = {"take", "happen", "occur", "materialize", "materialise", "go", "start", "begin", "resume", "proceed",
                   "convene", "open", "come", "exist"}
# verbs of telling whose "not" leaves what they would tell as it is ("state media did not report the
# agreement": it was reached)
TELLING_VERBS = {"report", "mention", "disclose", "specify", "detail", "reveal", "cite", "publicize", "publicise",
                 "describe", "name", "elaborate", "explain",
                 # nor does not owning up to it ("did not admit to the raids": they were carried out)
                 "acknowledge", "confirm"}


def not_denying_its_noun(verb: Token, below: Token) -> bool:
    """Whether a negated verb leaves the act named by the noun below it undenied: the noun is its
    subject and the verb no verb of occurring, or its object and the verb one of telling."""
    if verb.pos_ not in ("VERB", "AUX") or below.pos_ not in ("NOUN", "PROPN"):
        return False
    if below.dep_ == "nsubj":
        return verb.lemma_.lower() not in OCCURRING_VERBS and not any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children)     # ("the talks did not *seem to* start")
    return below.dep_ == "dobj" and verb.lemma_.lower() in TELLING_VERBS


def governed_noun(noun: Token, governors) -> bool:
    """Whether a noun (or the noun it is set beside or conjoined to) is what a governing word takes:
    its object ("demanded *the release*") or the object of its preposition ("pushed *for* a truce")."""
    t = noun
    while t.dep_ in ("appos", "conj") and t.head != t:
        t = t.head
    if t.dep_ == "dobj":
        verb = t.head
    elif t.dep_ == "pobj" and t.head.dep_ == "prep":
        verb = t.head.head
    else:
        return False
    # (or of a governing noun's: "possibilities *for* dialogue and mediation")
    return verb.pos_ in ("VERB", "NOUN") and verb.lemma_.lower() in governors


# nouns of what is said to have happened, whose that-clause is indirect speech ("claims that …")
CLAIM_NOUNS = {"claim", "allegation", "accusation", "charge", "report", "assertion", "suggestion", "rumour", "rumor",
               "insinuation", "contention"}
# verbs by which a party denies or rejects a claim ("rejected claims that …", "dismissed reports that …")
CLAIM_DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"}


def claim_clause(verb: Token) -> bool:
    """Whether a verb heads what a claim says ("allegations *that* he had ordered the arrests")."""
    return verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in CLAIM_NOUNS and \
        any(c.dep_ == "mark" and c.lower_ == "that" or c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# verbs whose passive subject is the deed done for an aim ("the talks were *aimed* at …", "the raid
# was *intended* to …")
AIMED_DEEDS = {"aim", "intend", "design", "mean", "gear", "target"}

# nouns of an operation mounted for a purpose ("a raid to free the hostages", "an operation to
# rescue them"): the purpose is its aim
OPERATION_NOUNS = {"operation", "raid", "mission", "offensive", "assault", "attack", "push", "drive", "incursion",
                   "expedition", "sortie", "strike"}


def operation_purpose(verb: Token) -> bool:
    """Whether a verb is the to-purpose of an operation noun ("a raid *to free* the hostages")."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in OPERATION_NOUNS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def names_doers(noun: Token) -> bool:
    """Whether a trigger noun names people by what they do ("the *protesters*", "*demonstrators*"):
    what is denied done to them does not deny that they are there."""
    return noun.tag_ == "NNS" and noun.lemma_.lower().endswith(("er", "or", "ist"))


def denied_claim(verb: Token) -> bool:
    """Whether a verb heads what a claim says that its party denies or rejects ("rejected claims
    that officers *had beaten* protesters"; not "did not deny reports that …")."""
    if not claim_clause(verb):
        return False
    claim = verb.head
    while claim.dep_ == "conj" and claim.head != claim:
        claim = claim.head
    denier = claim.head
    return claim.dep_ == "dobj" and denier.lemma_.lower() in CLAIM_DENYING_VERBS and \
        not any(c.dep_ == "neg" for c in denier.children)


# what a meeting or an act "failed to" do when it did not happen at all
COMING_ABOUT_VERBS = {"happen", "occur", "materialize", "materialise", "proceed", "convene", "go", "start", "begin"}


def fails_to_happen(verb: Token) -> bool:
    """Whether "fail" says its subject never happened ("the meeting *failed to take place*", "talks
    failed to materialize"), not that a held meeting failed ("the talks failed")."""
    for x in verb.children:
        if x.dep_ != "xcomp":
            continue
        if x.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in x.children):
            return True
        if x.lemma_.lower() in COMING_ABOUT_VERBS and (x.lemma_.lower() != "go" or any(c.lower_ == "ahead" for c in x.children)):
            return True
    return False


# spans of time an "ago" counts back that keep an act in the news ("two days ago", "a week ago")
RECENT_UNITS = {"minute", "hour", "day", "night", "week"}


def _recently_ago(word: Token) -> bool:
    """Whether an "ago" counts back only hours, days or weeks ("arrested two days ago"): the
    act is recent news, not history ("ten years ago" is)."""
    return word.lower_ == "ago" and any(c.lemma_.lower() in RECENT_UNITS for c in word.children)
