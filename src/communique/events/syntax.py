"""The words around a trigger, read from the parse: its objects and subjects, the parties it
names, whether it is done jointly, and :class:`Candidate`, the event a trigger word may report.
Shared by :mod:`.triggers` (matching), :mod:`.senses` (word senses that report no act) and the
argument and status readers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import TriggerRule

# dependency labels under which a word is the trigger's object or complement
OBJECT_DEPS = {"dobj", "attr", "oprd", "dative", "nsubjpass", "obj", "acomp"}
OBJECT_PREPS = {"for", "of", "on", "against", "to", "with", "over", "into", "from", "at", "upon", "onto"}
NOUN_MODIFIER_DEPS = {"compound", "amod", "nmod"}
PARTICLES = {"away", "out", "off", "back"}
# entities whose words are names, not acts (EVENT and LAW are left: "the Geneva talks")
GATHERING_NAMES = {"summit", "conference", "talks", "talk", "meeting", "forum", "march", "rally", "protest", "strike"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "DATE", "TIME"}


@dataclass
class Candidate:
    """One trigger word and the act it reports, before arguments and status are known."""
    token: Token
    start: int                      # token index range of the trigger words
    end: int
    rule: TriggerRule
    event: str
    mode: str | None
    context: list[str]
    confidence: float
    role: str | None
    reciprocal: bool
    objects: list[Token] = field(default_factory=list)
    object_matched: bool = False
    object_on_patient: bool = False  # the matched object is the passive subject ("a deal was signed")
    absorbed: bool = False           # folded into another candidate (its governor, or the verb it is the object of)
    negated: bool = False            # set by a refusal that governs it
    governor: "Candidate | None" = None
    governed: "Candidate | None" = None   # the act this governor is about
    promised: bool = False           # a concession promised by its governor: the promise is the act


# nouns that undo what their "of" names ("the lifting of the curfew", "an end of the blockade")
UNDOING_NOUNS = {"lifting", "easing", "end", "removal", "suspension", "relaxation", "loosening", "cancellation", "repeal",
                 "revocation", "halt", "cessation", "abolition", "scrapping", "rollback"}


# determiners of a noun that points back at something told before ("*the* seizure", "this raid")
REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def points_back(noun: Token) -> bool:
    """Whether a noun has a determiner that points back at something told before ("condemned *the* seizure")."""
    return any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in noun.children)


def object_tokens(token: Token) -> list[Token]:
    """The words a trigger acts on: direct/passive objects, prepositional objects, and their conjuncts."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in OBJECT_DEPS:
            out.append(c)
        elif c.dep_ == "prep" and (c.lower_ in OBJECT_PREPS or (c.lower_ == "in" and token.pos_ == "NOUN")):
            # a noun's "in" names what it is about ("a pause *in fighting*"); a verb's, where
            # (a clause with its own subject is another act: "expelled one, *with* Y throwing out another")
            out.extend(g for g in c.children if g.dep_ == "pobj" or
                       g.dep_ == "pcomp" and not any(k.dep_ == "nsubj" for k in g.children))
        elif c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN"):
            out.append(c)
        elif c.dep_ == "xcomp" and c.tag_ == "VBG":      # "stopped *fighting*", "ceased *firing*"
            out.append(c)
            # and what that doing handles: "suspended issuing *visas*", "halted supplying *gas*"
            # (not through a phrasal verb: "workers *end up* using more services")
            if not any(p.dep_ == "prt" for p in token.children):
                out.extend(g for g in c.children if g.dep_ == "dobj")
        elif c.dep_ == "ccomp" and token.pos_ == "VERB" and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or
                                                              token.lemma_.lower() == "let" and c.tag_ == "VB"):
            # "allow *women* to drive", "let *inspectors* return": the subject of an infinitive clause
            # is the verb's object
            out.extend(g for g in c.children if g.dep_ == "nsubj")
        elif token.pos_ in ("NOUN", "PROPN") and c.dep_ in NOUN_MODIFIER_DEPS:
            out.append(c)
        elif c.dep_ in ("advmod", "prt", "prep") and c.lower_ in PARTICLES:
            # "walked *out of* the talks", "walk *away from* the negotiations": the particle
            # carries the preposition
            out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
                       for g in p.children if g.dep_ in ("pobj", "pcomp"))
    if token.pos_ == "VERB" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        # "discussed the crisis *with Kagame*": the parser hangs the partner on the object
        out.extend(g for o in token.children if o.dep_ == "dobj" for p in o.children
                   if p.dep_ == "prep" and p.lower_ == "with"
                   for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    if patient_head(token):
        out.append(token.head)
    out.extend(shared_objects(token))
    if token.pos_ == "NOUN" and token.lemma_.lower() in UNDOING_NOUNS and token.dep_ == "dobj":
        # "put an *end* to the fighting", "called a *halt* to the shelling": the parse hangs "to"
        # on the verb, but it names what the noun ends
        out.extend(g for c in token.head.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj")
    if token.dep_ == "conj" and token.tag_ == "VBN" and token.head.lemma_.lower() != "treat" and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children):
        # a passive conjunct shares its patient: "she was arrested and *released* a day later"
        # ("was treated and released" is a hospital's discharge)
        out.extend(c for c in token.head.children if c.dep_ == "nsubjpass")
    for o in list(out):
        out.extend(o.conjuncts)
        out.extend(c for c in o.children if c.dep_ in ("nmod", "compound") and c.pos_ in ("NOUN", "PROPN"))
        # a name's appositive says what it is: "closed *Kelvar, a busy trade route*"
        if o.pos_ == "PROPN":
            out.extend(c for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        # "a list of sanctions", "the release of prisoners": look one step into "of" (not past a
        # word that undoes it: "announced the *lifting* of the curfew" imposes no curfew)
        if o.lemma_.lower() in UNDOING_NOUNS:
            continue
        for c in o.children:
            # "access to X" is access to X ("blocked access to social media")
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "to" and o.lemma_.lower() == "access"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def shared_objects(token: Token) -> list[Token]:
    """The objects a verb shares with the verb right after its "and" when it has none of its own:
    "the cutter *blocked* and rammed the supply boat" (not after "or", mostly denied or asked
    together: "does not back or fund the group")."""
    if token.pos_ != "VERB" or any(c.dep_ in OBJECT_DEPS or c.dep_ == "prep" for c in token.children):
        return []
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "and" or doc[token.i + 1].head != token:
        return []
    nxt = doc[token.i + 2]
    if nxt.dep_ != "conj" or nxt.head != token or nxt.pos_ != "VERB" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in nxt.children):
        return []
    out = [c for c in nxt.children if c.dep_ == "dobj"]
    out += [g for c in nxt.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for g in c.children if g.dep_ == "pobj"]
    out += [g for o in list(out) for c in o.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
            for g in c.children if g.dep_ == "pobj"]     # "shot flares *at the ferry*"
    return out


def name_words(doc: Doc) -> set[int]:
    """Indexes of the words that are part of a name or a date, where they report no act:
    "*Ban* Ki-moon", "the World *Trade* Organization", "in *March*"."""
    out: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for tok in ent:
            if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ") and tok.i == ent.end - 1 and len(ent) > 1:
                continue   # a main verb the recognizer ran into the name: "[Bosnia and Herzegovina *ended*]"
            if ent.label_ in ("DATE", "TIME", "PERSON"):
                out.add(tok.i)
            elif tok.i == ent.end - 1 and tok.lemma_.lower() in GATHERING_NAMES:
                continue   # "the Asia-Pacific *Summit*", "the Million Man *March*": a named gathering
            elif len(ent) > 1 or tok.pos_ == "PROPN":
                out.add(tok.i)
    return out


def patient_head(token: Token) -> bool:
    """Whether a participle's head noun is what it acts on: "a *newly formed* militia", "observers
    *expelled* last week" (not a bare descriptive "armed men": an adverb, agent or a post-nominal
    participle says an act happened)."""
    if token.tag_ != "VBN" or token.head is token or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "acl":
        return True
    return token.dep_ == "amod" and any(c.dep_ in ("advmod", "agent", "npadvmod") for c in token.children)


# a party acting with another: the adverbs, the prepositions and the partner words
JOINT_ADVERBS = {"jointly", "together"}
PARTNER_NOUNS = {"counterpart", "ally", "partner", "neighbor", "neighbour", "country", "nation", "government", "coalition", "alliance"}
PARTY_LABELS = {"GPE", "NORP", "ORG"}
FOLLOW_WINDOW = 4    # words after a trigger that not_followed_by looks at
# "a decade of conflict has ended": a stretch of time whose "of" names the subject
SPAN_NOUNS = {"decade", "year", "month", "week", "day", "hour", "period", "spell", "round",
              "campaign", "series", "string", "spate", "cycle"}   # and a run of acts: "their campaign of attacks will stop"
# "hundreds of police", "a batch of trainers": the subject is the word after "of"
QUANTITY_NOUNS = {"hundred", "thousand", "dozen", "score", "million", "batch", "group", "contingent", "number",
                  "team", "detachment", "column", "wave", "convoy", "squad", "unit", "company", "patch", "handful",
                  "platoon", "battalion", "brigade", "force"}


def _names_a_party(tok: Token) -> bool:
    """Whether a noun (an object of "with") names another party: a state, people or organization."""
    if tok.ent_type_ in PARTY_LABELS:
        return True
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
    near += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children]
    if any(w.ent_type_ in PARTY_LABELS for w in near):
        return True
    return tok.lemma_.lower() in ("counterpart", "ally", "partner")


def _several_parties(tok: Token) -> bool:
    """Whether a noun phrase names more than one party: "Ghana and Togo", "15 countries",
    "troops from Ghana and Togo"."""
    if any(x.dep_ == "conj" for x in tok.children) and (tok.ent_type_ in PARTY_LABELS or tok.pos_ == "PROPN"):
        return True
    if tok.lemma_.lower() in PARTNER_NOUNS and tok.tag_ in ("NNS", "NNPS"):
        return True
    return any(g.dep_ == "pobj" and _several_parties(g)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for g in p.children)


def acts_jointly(token: Token) -> bool:
    """Whether the act a word reports is done by two parties together: "jointly held drills",
    "drills *with* Japan", "*Albania and Belarus* held an exercise", "the *two navies* held",
    "*joined* the exercise", "*took part in* drills"."""
    clauses = [token]
    if token.pos_ in ("NOUN", "PROPN"):
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if head is not token and head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in ("join", "participate") or \
                    (head.lemma_.lower() == "take" and any(c.lower_ == "part" for c in head.children)):
                return True
            clauses.append(head)
    else:       # "held drills *with* the Russian navy": the object carries the partner
        clauses += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        # the purpose of a joint act: "spoke *with* his counterpart to discuss", "calls with both to discuss"
        if token.dep_ in ("advcl", "xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
            clauses.append(token.head)
    # "an exercise *involving* troops from Ghana and Togo", "drills including 15 countries"
    for clause in list(clauses):
        for c in clause.children:
            if c.dep_ in ("acl", "prep") and c.lemma_.lower() in ("involve", "include", "between", "among"):
                for o in c.children:
                    if o.dep_ in ("dobj", "pobj") and _several_parties(o):
                        return True
    for clause in clauses:
        for c in clause.children:
            if c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS:
                return True
            if c.dep_ == "prep" and c.lower_ in ("with", "alongside") and \
                    any(g.dep_ == "pobj" and _names_a_party(g) for g in c.children):
                return True
            if c.dep_ == "nsubj" and clause.pos_ in ("VERB", "AUX"):
                if any(x.dep_ == "conj" for x in c.children):
                    return True
                # "Peruvian and Chilean frigates held drills"
                if any(x.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in x.children) for x in c.children):
                    return True
                # "the leaders of Peru and Greece broke ground"
                if any(g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children)
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                    return True
                if c.tag_ in ("NNS", "NNPS") and any(x.lower_ in ("both", "two", "three") for x in c.children):
                    return True
    return False


# who can grant or withhold a permission: a named party, or a ruling body or office
ACTOR_LABELS = PARTY_LABELS | {"PERSON"}
RULER_NOUNS = frozenset({
    "government", "authority", "regime", "junta", "ministry", "minister", "police", "army", "military", "court", "judge",
    "president", "king", "queen", "prince", "emir", "sultan", "monarch", "parliament", "council", "state", "country",
    "leader", "administration", "official", "governor", "mayor", "cabinet", "legislature", "congress", "senate",
    "assembly", "commission", "premier", "chancellor", "management", "university", "city", "municipality", "province",
    "nation", "kingdom", "republic", "rebel", "insurgent", "militant", "side", "coalition", "prosecutor", "warden",
    "prison", "commander", "general", "troop", "force", "guard", "organizer", "organiser", "employer", "company",
    "union", "party", "opposition", "movement", "group", "bloc", "alliance", "body", "agency", "department"})


def acting_subject(token: Token) -> Token | None:
    """Who does what a verb says: its subject, the agent of a passive ("allowed *by the police*"),
    or the subject of the verb it completes or is coordinated with ("Russia is ready to allow …",
    "would send aid and allow …"); for a relative clause, the noun it describes."""
    t = token
    for _ in range(5):
        for c in t.children:
            if c.dep_ == "nsubj":
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if t.dep_ == "relcl":
            return t.head
        if t.dep_ not in ("xcomp", "conj", "acomp"):
            return None
        t = t.head
    return None


# people whom an unnamed authority lets do something ("relatives *will be allowed* to visit")
PEOPLE_NOUNS = frozenset({
    "relative", "family", "resident", "citizen", "voter", "woman", "man", "child", "schoolchild", "student", "journalist",
    "reporter", "prisoner", "detainee", "refugee", "migrant", "asylum", "seeker", "worker", "protester", "demonstrator",
    "candidate", "opposition", "party", "foreigner", "observer", "monitor", "inspector", "people", "civilian", "villager",
    "pilgrim", "activist", "minority", "believer", "farmer", "trader", "fisherman", "athlete", "priest", "cleric",
    "group", "organization", "organisation", "company", "firm", "movement", "union", "delegation", "those"})
# personal pronouns stand for parties that act ("*We* are going to allow them to leave"); "it" as
# often stands for a law or a situation
PARTY_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def people_let(token: Token) -> bool:
    """Whether a passive permission with no agent names people as the ones let to do something
    ("detainees were allowed to …"): the authority is left unnamed, the act is still a concession
    to them ("she is assured of winning" lets no one do anything)."""
    if any(c.dep_ == "agent" for c in token.children):
        return False
    kids = list(token.children)
    return any(c.dep_ == "xcomp" for c in kids) and \
        any(c.dep_ == "nsubjpass" and (c.ent_type_ in ACTOR_LABELS or c.lemma_.lower() in PEOPLE_NOUNS) for c in kids)


def is_party(token: Token | None) -> bool:
    """Whether a word names a party that can act: a named person, organization, state or people,
    or a ruling body or office ("the authorities", "the junta"), or a personal pronoun; not a text
    or a thing."""
    if token is None:
        return False
    words = [token] + list(token.conjuncts)
    return any(w.ent_type_ in ACTOR_LABELS or w.lemma_.lower() in RULER_NOUNS or w.lower_ in PARTY_PRONOUNS
               for w in words)


def subject_lemma(token: Token) -> str | None:
    """The lemma of a trigger's subject; for a relative clause, of the noun it describes
    ("a law *that* allows …" → law); for a participle that adds to a clause, of that clause's
    subject ("a typhoon struck the city, *killing* nine" → typhoon)."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.dep_ == "relcl" and (subj is None or subj.tag_ in ("WDT", "WP")):
        subj = token.head
    elif subj is None and token.dep_ == "advcl" and token.tag_ == "VBG":
        subj = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subj.lemma_.lower() if subj is not None else None


# pronouns that, as the subject of a reported or joined clause, repeat the subject above it
REPEATING_PRONOUNS = {"they", "it"}


def repeated_subject(pronoun: Token) -> list[Token]:
    """The noun a pronoun subject stands for when it repeats the subject of the clause above: of the
    verb reporting it ("the rebels said *they* had pulled out") or joined to it ("troops left Kidal,
    and *they* also pulled out of Gao"); none for any other pronoun or clause."""
    if pronoun.lower_ not in REPEATING_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = pronoun.head
    if clause.dep_ not in ("ccomp", "conj") or clause.head is clause or clause.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def clause_subjects(token: Token) -> list[Token]:
    """A verb's own subjects; a verb without one takes them from the verb it completes or is
    coordinated with ("troops *began* to withdraw", "the rebels *were forced* to pull back"), or
    that verb's object when the object is the one made to act ("*ordered* the troops to withdraw")."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        return [token.head]      # "peacekeepers *arriving* in the capital"
    if token.dep_ == "acl" and token.tag_ == "VBD" and token.sent.root.pos_ == "NOUN":
        return [token.sent.root]   # a main verb parsed as a modifier in a verbless sentence: "a curfew in the town *ended* Friday"
    t = token
    for _ in range(4):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or t.dep_ not in ("xcomp", "conj") or t.head is t or t.head.pos_ not in ("VERB", "AUX"):
            return subjects
        if t.dep_ == "xcomp":
            controller = [c for c in t.head.children if c.dep_ == "dobj"]
            if controller:
                return controller
        t = t.head
    return []


def agent_lemma(token: Token) -> str | None:
    """The lemma of a passive verb's agent ("was backed *by a majority* of voters" → majority)."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    return pobj.lemma_.lower() if pobj is not None else None


def word_keys(token: Token) -> set[str]:
    """The strings an object word matches in the lexicon: lemma, lower form, "compound head" phrase."""
    lemma = token.lemma_.lower()
    keys = {lemma, token.lower_, "<any>"}     # "<any>": whatever word fills the slot (with object_preps)
    if token.tag_ == "NNPS" and lemma.endswith("s"):    # the tagger keeps capitalised plurals whole ("U.S. *Marines*")
        lemma = lemma[:-1]
        keys.add(lemma)
    # a named person: "<person>" in a rule ("expelled *Ivanov*"), not a name that only modifies
    # another noun ("released the *Clinton* emails")
    if token.ent_type_ == "PERSON" and not (token.dep_ == "compound" and token.head.ent_type_ != "PERSON"):
        keys.add("<person>")
    if token.ent_type_ in PARTY_LABELS and token.dep_ != "compound":
        keys.add("<party>")      # a named state, people or organization ("recognized *Kosovo*")
    if token.pos_ == "PROPN" and token.dep_ != "compound" and names_a_state(token):
        keys.add("<state>")      # a state or its capital ("travelled to *Cairo*"; not "to *Iowa*"), whatever the tagger's label
    modifiers = (w for m in token.lefts if m.dep_ in ("compound", "amod") for w in m.subtree)
    for w in modifiers:        # "tear gas", "joint (military) drill"
        keys.add(f"{w.lemma_.lower()} {lemma}")
        keys.add(f"{w.lower_} {lemma}")
    if token.i > 0:   # the word before, whatever the parser made of it ("water cannons")
        keys.add(f"{token.doc[token.i - 1].lemma_.lower()} {lemma}")
    hyphened = hyphenated_word(token)
    if hyphened:      # "cease-fire", split by the tokenizer into "cease", "-", "fire"
        keys.add(hyphened)
    return keys


@lru_cache(maxsize=1)
def _state_places() -> frozenset[str]:
    """The names of states and of their capitals or seats, lower-cased."""
    from ..actors.kb import load_kb
    return frozenset(n.lower() for c in load_kb().countries.values() for n in (*c.names, *c.seats))


def names_a_state(token: Token) -> bool:
    """Whether a place name names a state or its capital ("*Addis Ababa*", "*Saudi Arabia*"), not a
    province or a town."""
    words = [w for w in token.lefts if w.dep_ == "compound" and w.pos_ == "PROPN"] + [token]
    name = " ".join(w.text for w in sorted(words, key=lambda w: w.i)).lower()
    return name in _state_places() or (token.lower_ in _state_places() and len(words) == 1)


def hyphenated_word(token: Token) -> str | None:
    """The whole hyphenated word a token ends ("cease - fire" → "cease-fire"), or None."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return None


def has_complement(token: Token) -> bool:
    """Whether a word governs a clause or object (what an "agreed to …"/"threatened …" needs)."""
    return any(c.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") or
               (c.dep_ == "prep" and c.lower_ in ("to", "of", "with", "for")) or
               (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
               for c in token.children)


# what makes a that-clause a commitment rather than a view: "agreed that talks *would* resume"
COMMITTING_AUX = {"will", "would", "shall", "should", "must", "'ll", "wo", "to"}


def is_bare_subjunctive(verb: Token) -> bool:
    """Whether a clause verb is a bare base form with its own subject and no auxiliary: the
    mandative subjunctive of "demanded that the army *withdraw*" (also tagged as a present form
    after a singular noun: "insisted that the bill *include* a delay"), which names an act to be done."""
    kids = list(verb.children)
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    return verb.tag_ == "VB" or verb.tag_ == "VBP" and all(c.tag_ in ("NN", "NNP") for c in subjects)


def shares_a_view(token: Token) -> bool:
    """Whether an agreeing verb only shares a view: its complement is a that-clause stating how
    things are ("experts agree that the plan is flawed") or "with" someone or something ("agreed with
    the analysis"), and it names nothing to do (no to-clause, object, "to/on/upon/over" phrase, nor a
    will/would/should in the clause: "agreed that talks would resume" commits)."""
    kids = list(token.children)
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "over", "about"))
           for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if any(any(a.dep_ in ("aux", "auxpass") and a.lower_ in COMMITTING_AUX for a in c.children) for c in clauses):
        return False
    if any(is_bare_subjunctive(c) for c in clauses):      # "insisted that the troops leave" names an act
        return False
    return bool(clauses) or any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)


def says_what_is_asked(token: Token) -> bool:
    """Whether a request word says what it asks for: a to- or that-clause, or a "for" phrase
    ("appealed *for calm*", "appealed to both sides *to stop*", "an appeal *for help*")."""
    def to_clause(c: Token) -> bool:
        return c.dep_ in ("xcomp", "ccomp") or c.dep_ in ("advcl", "relcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    for c in token.children:
        if to_clause(c) or c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "prep" and c.lower_ == "to":     # "to the rebels [to lay down arms]" parsed inside the phrase
            if any(to_clause(g) for p in c.children for g in p.children):
                return True
    return False


# dependencies that keep a date or place word inside the clause of the word it hangs from
ATTACH_DEPS = {"prep", "pobj", "npadvmod", "tmod", "compound", "poss", "nmod", "appos", "amod", "nummod", "advmod",
               "dobj", "obl", "pcomp"}


def attached_to(word: Token, target: Token, limit: int = 6) -> bool:
    """Whether ``word`` hangs (through prepositions, modifiers) from ``target`` or from the verb
    whose clause ``target`` is in."""
    clause_head = target
    while clause_head.pos_ not in ("VERB", "AUX") and clause_head.head != clause_head and \
            clause_head.dep_ in ATTACH_DEPS | {"nsubj", "nsubjpass", "attr", "conj"}:
        clause_head = clause_head.head
    t = word
    for _ in range(limit):
        if t == target or t == clause_head:
            return True
        if t.head == t or t.dep_ not in ATTACH_DEPS or prepositional_clause(t):
            return False
        t = t.head
    return t == target or t == clause_head


def prepositional_clause(t: Token) -> bool:
    return t.dep_ == "pcomp" and t.pos_ == "VERB"


# what ends a sentence of running text; a sentence ending otherwise reads as a headline
SENTENCE_END = {".", "!", "?", '"', "'", "”", "’", ":"}


def headline(sent) -> bool:
    """Whether a sentence is written as a headline: no final punctuation ("Rebels seize town")."""
    return sent[-1].text not in SENTENCE_END


# words that open a phrase or clause of what came before or after the act it hangs on
SEQUENCE_WORDS = {"after", "following", "before"}


def sequence_phrase(tok: Token) -> tuple[Token, str] | None:
    """(the phrase or clause, its word) when the trigger is in a phrase or clause of "after",
    "following" or "before" ("after a mob had *burned* the mission", "following *airstrikes* that
    killed two", "before the *vote*"), the nearest one above it."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in SEQUENCE_WORDS and t.head.dep_ in ("prep", "advcl"):
            return t.head, t.head.lower_
        marker = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS), None)
        if marker is not None and t.dep_ in ("advcl", "ccomp", "conj"):
            return t, marker.lower_
        if t.head == t:
            return None
        t = t.head
    return None
