"""In-document coreference for actors: later names and pronouns that point back to someone.

- :func:`name_key_tokens` / :func:`same_person`: "Putin" and "President Putin" are the
  "Vladimir Putin" of the first paragraph; "Hu" and "Jintao" are "Hu Jintao".
- :func:`resolve_pronoun`: for the quotes stage, the person a "he"/"she" stands for.
- :func:`possessive_antecedent`: the party an "its"/"their" before a body or role stands for
  ("Russia urged Ukraine to withdraw *its* troops": Ukraine's).
"""
from __future__ import annotations

from .context import within_ranges
from .index import ActorIndex
from .kb import name_tokens, unaccented
from .titles import HONORIFICS

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
POSSESSIVE_PRONOUNS = {"its", "their"}
# subjects that count a part of what follows ("six of its soldiers", "some of their envoys")
PARTITIVE_WORDS = {"some", "many", "most", "several", "all", "none", "dozens", "hundreds", "scores", "thousands"}


def name_key_tokens(name: str) -> frozenset[str]:
    """The tokens of a person's name that can stand for the whole name, lower case and without
    accents ("Šebík" is the "Sebik" of another paragraph); words of address are no part of it ("Sheikh
    Jan" is the "Jan Novak" named before)."""
    return frozenset(unaccented(t.lower()) for t in name_tokens(name) if t.lower() not in HONORIFICS)


def same_person(said: frozenset[str], known: frozenset[str]) -> bool:
    """Whether a name as written ("Putin") can be a known person's name ("Vladimir Putin") or the reverse."""
    return bool(said) and bool(known) and (said <= known or known <= said)


def resolve_pronoun(doc, token, actors: ActorIndex, window_sentences: int = 3,
                    quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The id of the person a personal pronoun refers to, or None.

    The most recent person actor mentioned before ``token`` within ``window_sentences``
    sentences, preferring one mentioned as the subject of a clause. Mentions inside the
    character ranges ``quoted`` (what speakers said) are passed over: '"If Maduro leaves,
    Colombia would not say no," she said' is not Maduro speaking.
    """
    if token.lower_ not in PERSON_PRONOUNS:
        return None
    if quoted:
        return resolve_pronoun(doc, token, _outside(actors, quoted), window_sentences)
    sent_starts = [s.start_char for s in doc.sents if s.start_char <= token.idx]
    floor = sent_starts[-window_sentences] if len(sent_starts) >= window_sentences else 0
    wanted = PRONOUN_GENDER.get(token.lower_)
    candidates = []   # (actor id, mentioned as a subject), latest first
    for start, end, aid in reversed(actors.mentions_in(floor, token.idx)):
        if end > token.idx:
            continue
        actor = actors.get(aid)
        if actor is None or actor.kind != "person":
            continue
        gender = written_gender(actor)
        if gender is not None and gender != wanted:
            continue   # 'she' is not the 'spokesman', 'he' not the 'Mrs.' named before
        span = doc.char_span(start, end, alignment_mode="expand")
        candidates.append((aid, span is not None and span.root.dep_ in SUBJECT_DEPS))
    if wanted == "female" and any(written_gender(actors.get(aid)) == "female" for aid, _ in candidates):
        # a woman is usually marked where she is named ('spokeswoman', 'Ms.'), a man seldom: 'she'
        # takes the woman so marked before any person whose gender the text does not say
        candidates = [c for c in candidates if written_gender(actors.get(c[0])) == "female"]
    return next((aid for aid, subject in candidates if subject), candidates[0][0] if candidates else None)


PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}
# words in a person's name, title or description that say the gender ('chairman' is not one: it is said of women too)
FEMALE_WORDS = {"mrs", "ms", "madam", "madame", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
                "stateswoman", "councilwoman", "queen", "princess", "duchess", "countess", "empress", "lady",
                "actress", "mother", "wife", "daughter", "sister", "widow", "grandmother"}
MALE_WORDS = {"mr", "sir", "lord", "spokesman", "congressman", "businessman", "statesman", "councilman", "king",
              "prince", "duke", "count", "emperor", "father", "husband", "son", "brother", "widower", "grandfather"}


def written_gender(actor) -> str | None:
    """'female' or 'male' when the person's name, role or a mention written with words (not a
    pronoun: those may have been resolved wrongly) carries a gendered title or noun; else None."""
    texts = [actor.name, actor.role or ""] + [m.text for m in actor.mentions if m.text.lower() not in PERSON_PRONOUNS]
    words = {w.strip(".,'’").lower() for t in texts for w in t.split()}
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female == male:
        return None
    return "female" if female else "male"


class _outside:
    """An actor index seen without the mentions inside some character ranges."""

    def __init__(self, actors: ActorIndex, ranges: tuple[tuple[int, int], ...]):
        self.actors, self.ranges = actors, ranges

    def mentions_in(self, start: int, end: int):
        return [m for m in self.actors.mentions_in(start, end)
                if not within_ranges(self.ranges, m[0], m[1])]

    def get(self, aid):
        return self.actors.get(aid)


def possessive_antecedent(noun):
    """The token an "its"/"their" on ``noun`` refers to, or None.

    The subject of the clause the noun is in ("France pulled *its* soldiers out"); in a
    controlled infinitive, the controller: the object of the governing verb when it has one
    ("Russia urged Ukraine to withdraw *its* troops": Ukraine), else its subject ("Russia agreed
    to withdraw *its* troops": Russia). A pronoun subject ("they … *their* weapons") resolves to
    nothing here.
    """
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if poss is None:
        return None
    found = _possessive_clause_party(noun)
    if found is not None and poss.lower_ == "their" and found.tag_ == "NNP" and \
            not any(c.dep_ == "conj" for c in found.children):
        # "Ruritania said Valdoria was sending home three of *their* envoys": not Valdoria's, one state is no "they"
        return None
    return found


def opening_possessive_antecedent(noun):
    """The subject of the sentence before, for an "its"/"their" on ``noun`` that opens its sentence ("The
    Front dismissed the offer. *Its* spokesman said ..."), or None."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    sent = noun.sent
    if poss is None or poss.i != sent.start or sent.start == 0:
        return None
    before = noun.doc[sent.start - 1].sent.root
    return next((c for c in before.children if c.dep_ in SUBJECT_DEPS), None)


def _possessive_clause_party(noun):
    """The subject, or the controller of an infinitive, of the clause a noun is in."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX"):
        if verb.head is verb:
            return None
        verb = verb.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.left_edge.i <= noun.i <= subject.right_edge.i and \
                (subject.pos_ == "NUM" or subject.lower_ in PARTITIVE_WORDS):
            if verb.dep_ != "ccomp":
                return None
            verb = verb.head   # "Peru said six of *its* soldiers were hurt": the one who says it
            continue
        if subject is not None:
            return None if subject.pos_ == "PRON" else subject
        if verb.dep_ != "xcomp":
            return None
        verb = verb.head
        controller = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if controller is not None:
            return None if controller.pos_ == "PRON" else controller
    return None
