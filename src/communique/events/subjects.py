"""The subject word of a verb, as the one who does (or, passive, undergoes) the act it names.

:func:`subject_token` follows the ways a clause borrows its subject from another: control ("agreed
to *expand*" → the subject of "agreed"; "urged Iran to *stop*" → Iran), raising ("X is expected to
*meet*"), coordination, relative clauses (a relative pronoun stands for the noun it describes) and
"accused X of *doing*"; and it mends parses that hang the subject elsewhere (on an auxiliary, as the
object of a conjunction of time, a finite verb joined to the wrong one). It answers with words, not
parties: who a word names is :mod:`.phrases`' business, actor and recipient :mod:`.arguments`'.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import load_data
from .phrases import SAY_VERBS, SUBJECT_DEPS

PATIENT_DEPS = ("nsubjpass", "csubjpass")
_WORDS = load_data("arguments.yaml")
OBJECT_CONTROL = frozenset(_WORDS["object_control"])
OBJECT_OF_GERUND_VERBS = frozenset(_WORDS["object_of_gerund_verbs"])
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


def subject_token(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(the subject word of a verb, whether it is a passive patient) following control and
    coordination: "agreed to *expand*" → the subject of "agreed"; "urged Iran to *stop*" → Iran."""
    # a relative pronoun stands for the noun its clause describes ("students *who* threw stones")
    described = verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        # "X had late on Monday accused Y" parsed with X as the subject of its auxiliary
        subjects = [c for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i
                    for c in a.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "ROOT":
        # "X, still reeling from …, has kept up fire" parsed with X as the subject of the participle
        subjects = [c for a in verb.children if a.dep_ == "advcl" and a.i < verb.i and a.tag_ in ("VBG", "VBN")
                    for c in a.children if c.dep_ == "nsubj" and c.i < a.i and c.pos_ in ("PROPN", "NOUN")
                    and any(t.text == "," for t in c.doc[c.i + 1:a.i])]
    if len(subjects) > 1 and subjects[-1].pos_ == "PROPN" and subjects[-1].i < verb.i and \
            any(c.dep_ == "poss" for c in subjects[0].children):
        # "Syria's ally Russia accused …" parsed as two subjects: the name nearest the verb acts
        return subjects[-1], False
    for c in subjects:
        return (described if described is not None and c.lower_ in RELATIVE_PRONOUNS else c), False
    for c in verb.children:
        if c.dep_ in PATIENT_DEPS:
            return (described if described is not None and c.lower_ in RELATIVE_PRONOUNS else c), True
    if depth > 5 or verb.head == verb:
        return None, False
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and \
            head.dep_ == "acl" and head.tag_ == "VB":
        # "stressed its opposition to any attempt to move them, *rejecting* the plan": the participle
        # after the comma goes with the clause, not with the infinitive modifying "attempt"
        clause = head
        while clause.dep_ in ("acl", "xcomp", "dobj", "pobj", "prep") and clause.head != clause:
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX"):
            return subject_token(clause, depth + 1)
    head = verb.head
    if verb.dep_ in ("advcl", "conj") and verb.tag_ in FINITE_TAGS:
        stranded = _subordinator_object(verb)
        if stranded is not None:
            return stranded, False
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ != "advcl" and head.lemma_.lower() in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is None:   # "called *on* Israel to release", "appealed *to* Iran to stop"
                obj = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
                            for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, False
        if verb.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS:
            return None, False
        # a raised subject ("X is expected to meet", "X was urged to leave") acts in the clause below
        return subject_token(head, depth + 1)[0], False
    if verb.dep_ == "conj":
        if verb.tag_ in FINITE_TAGS and head.tag_ == "VBG" and head.dep_ == "pcomp" and \
                head.head.head.pos_ == "VERB" and head.head.head.tag_ in FINITE_TAGS:
            # "X accused Y of failing to … and *called for* …": a finite verb is not joined to the
            # gerund but to the finite verb above it, and shares that one's subject
            return subject_token(head.head.head, depth + 1)
        if _second_predicate_of_sayer(verb):
            # "X says the strikes were a reply and *has called on* Y": X's second act, not the strikes'
            return subject_token(head.head, depth + 1)
        finite = _finite_verb_joined(verb)
        if finite is not None:
            return subject_token(finite, depth + 1)
        subj, passive = subject_token(head, depth + 1)
        if subj is not None and not passive and any(c.dep_ == "auxpass" for c in verb.children):
            return subj, True   # "came out and *was arrested*": the shared subject is the one it is done to
        return subj, passive
    if verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and head.head.lemma_ == "be" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "X and Y were the only ones *to vote* against it", "X was the first state to recognize it": X
        return subject_token(head.head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # a participle after its noun is done to it ("rifles *seized* from the army", "protesters
        # *arrested* by police")
        done_to = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
            c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children)
        return head, done_to
    if verb.dep_ in ("pcomp",) and head.dep_ == "prep":
        if head.head.pos_ in ("NOUN", "PROPN") and head.lower_ in ("of", "for") and head.head.dep_ in ("dobj", "obj") \
                and head.head.head.lemma_.lower() in OBJECT_OF_GERUND_VERBS:
            return head.head, False     # "accused [Chile's coastguard of using …]": the parser hung "of" on the accused
        if head.head.pos_ not in ("VERB", "AUX"):
            return None, False
        if head.lower_ in ("of", "for") and head.head.lemma_.lower() in OBJECT_OF_GERUND_VERBS:
            # "accused Kenya of supporting the rebels": Kenya supports
            obj = next((c for c in head.head.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj, False
            subj, passive = subject_token(head.head, depth + 1)
            if passive:   # "Iran was accused of attacking the tanker": Iran attacks
                return subj, False
        return subject_token(head.head, depth + 1)
    if verb.dep_ == "acomp" or head.pos_ == "ADJ":
        return subject_token(head, depth + 1)
    return None, False


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# conjunctions of time or cause the parser may read as a preposition taking the clause's subject
SUBORDINATORS = {"after", "before", "since", "until", "because"}


def _subordinator_object(verb: Token) -> Token | None:
    """The subject of a finite clause the parser hung as the object of its conjunction ("… after
    *Peru* this spring cancelled the deal" read as "after Peru"): the noun right before the
    clause, with only the clause's own words between them."""
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and (doc[i] in verb.subtree or doc[i].dep_ in ("aux", "neg")):
        i -= 1
    if i < verb.sent.start:
        return None
    p = doc[i]
    while p.dep_ in ("compound", "flat") and p.head.i > p.i:
        p = p.head
    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.head.lower_ in SUBORDINATORS and p.right_edge.i == i:
        return p
    return None


# present auxiliaries by the tense of the saying verb they agree with
PRESENT_AUXILIARIES = {"VBZ": {"has", "is"}, "VBP": {"have", "are"}}


def _second_predicate_of_sayer(verb: Token) -> bool:
    """Whether a verb the parser joined to a past copula in a reported clause is the saying verb's own
    second predicate, told by its present auxiliary ("says the raids were a reply and *has* called …")."""
    head = verb.head
    if head.lemma_ != "be" or head.tag_ != "VBD" or head.dep_ != "ccomp":
        return False
    say = head.head
    if say.lemma_.lower() not in SAY_VERBS or say.tag_ not in PRESENT_AUXILIARIES:
        return False
    return any(c.dep_ == "aux" and c.lower_ in PRESENT_AUXILIARIES[say.tag_] for c in verb.children)


# subordinators of a clause of time or cause ("after soldiers ousted him, and has called …")
TIME_MARKS = {"after", "before", "when", "since", "as", "because", "while", "once"}


def _finite_verb_joined(verb: Token) -> Token | None:
    """The verb a finite verb the parser joined to the wrong one is really joined to: to an infinitive
    ("pledged to help X *strengthen* … and *offered* to send"), a finite verb goes with the finite verb
    above it; to a saying verb after the clause it reports ("X arrested …, a spokesman said, and
    *seized* …"), with the reported verb; with a present perfect, to a past clause of time ("suspended
    aid after soldiers *ousted* him, and *has called* for …"), with the main verb."""
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children):
        return None
    head = verb.head
    if head.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in head.children):
        t = head
        while t.head != t and t.dep_ in ("xcomp", "ccomp", "conj") and t.tag_ not in FINITE_TAGS:
            t = t.head
        return t if t != head and t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") else None
    if head.lemma_.lower() in SAY_VERBS and verb.lemma_.lower() not in SAY_VERBS:
        reported = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i and c.tag_ in FINITE_TAGS), None)
        if reported is not None and any(c.dep_ == "nsubj" and c.i > reported.i for c in head.children):
            return reported
    if head.dep_ == "advcl" and head.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None
