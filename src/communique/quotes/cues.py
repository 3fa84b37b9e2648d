"""The cue lexicon (``data/quotes/cues.yaml``): words that introduce reported speech."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

# what 'make' makes of a that-clause when it says it: "made (it) clear that ..."
PLAIN = ("clear", "plain", "known")
CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.yaml"


@dataclass(frozen=True)
class CueLexicon:
    speech_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    describe_verbs: frozenset[str]
    min_direct_words: int
    intention_verbs: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    object_particles: dict | None = None
    evidential_verbs: frozenset[str] = frozenset()
    noun_cues: dict | None = None
    noun_cue_verbs: frozenset[str] = frozenset()
    noun_cue_alone: bool = False
    addressee_verbs: frozenset[str] = frozenset()
    evidential_adverbs: frozenset[str] = frozenset()
    bare_speech_verbs: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    attitude_adjectives: dict | None = None
    agent_object_verbs: frozenset[str] = frozenset()
    audience_verbs: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    manner_objects: frozenset[str] = frozenset()
    manner_terms: frozenset[str] = frozenset()
    description_roles: dict = field(default_factory=dict)
    body_nouns: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()

    def says_nothing_of(self, lemma: str, obj) -> bool:
        """Whether the object ``obj`` of a position verb tells whom or how someone spoke, not
        what about: "addressing a crowd", "addressed Congress", "requested anonymity"."""
        if obj.lemma_.lower() in self.manner_objects:
            return True
        return lemma in self.audience_verbs and (
            obj.lemma_.lower() in self.audience_nouns or obj.lower_ in self.audience_nouns
            or obj.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"))

    def particles(self, lemma: str) -> frozenset[str]:
        """Prepositions that carry the object of ``lemma`` ("call" → {"for"})."""
        return frozenset((self.object_particles or {}).get(lemma, ()))

    def noun_cue(self, token) -> frozenset[str]:
        """The words that carry what a cue noun is about ("criticism" → {"of"}, "claim" →
        {"that"}); empty for any other token."""
        if token.pos_ != "NOUN":
            return frozenset()
        return frozenset((self.noun_cues or {}).get(token.lemma_.lower(), ()))

    def attitude(self, token) -> frozenset[str] | None:
        """The words that carry what an adjective of attitude is about ("critical" → {"of"});
        None for a token that is no such adjective."""
        words = (self.attitude_adjectives or {}).get(token.lower_)
        return frozenset(words) if words is not None and token.pos_ in ("ADJ", "VERB") else None

    def is_speech_verb(self, token) -> bool:
        """True for a verb token whose lemma reports speech ("said", "told", "adding")."""
        return token.pos_ in ("VERB", "AUX") and (lemma_of(token, self.speech_verbs) is not None or puts_it(token)
                                                  or makes_plain(token)) \
            and not self.bare_with_object(token)

    def bare_with_object(self, token) -> bool:
        """A bare speech verb with an object or a verb of its own ("continued the talks",
        "continues ruining ties"): it reports nothing. A quotation the parser took for its
        object ('continued: "..."') does not count."""
        return lemma_of(token, self.bare_speech_verbs) is not None and any(
            c.dep_ in ("dobj", "xcomp") and c.i > token.i and not c.left_edge.is_punct and not any(
                t.is_punct for t in token.doc[token.i + 1: c.left_edge.i]) for c in token.children)

    def is_cue_verb(self, token) -> bool:
        """A verb that can report what someone says, thinks, intends or takes a position
        on ("said", "believes", "hopes to", "endorsed")."""
        return token.pos_ == "VERB" and (self.cue_lemma(token) is not None or puts_it(token) or makes_plain(token)) \
            and not self.bare_with_object(token)

    def cue_lemma(self, token) -> str | None:
        """The lexicon's lemma for a cue verb token, or None."""
        for words in (self.speech_verbs, self.cognition_verbs, self.intention_verbs, self.object_verbs,
                      self.evidential_verbs, self.describe_verbs, frozenset(self.object_particles or ())):
            lemma = lemma_of(token, words)
            if lemma is not None:
                return lemma
        return None

    def is_report_verb(self, token) -> bool:
        """A speech verb or a verb of belief (not a position or intention verb)."""
        return token.pos_ == "VERB" and (lemma_of(token, self.speech_verbs) or lemma_of(token, self.cognition_verbs)) is not None

    def is_speech_noun(self, token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.speech_nouns


def makes_plain(token) -> bool:
    """'X made (it) clear that ...', 'made it known that ...': 'make' with one of ``PLAIN`` and a
    that-clause says something."""
    return plain_clause(token) is not None


def plain_clause(token):
    """The that-clause of 'made (it) clear that ...', hung on the verb or on the adjective; else None."""
    if token.lemma_.lower() != "make":
        return None
    plain = next((c for c in token.children if c.lower_ in PLAIN and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")), None)
    if plain is None:
        return None
    for head in (token, plain):
        for c in head.children:
            if c.dep_ in ("ccomp", "advcl") and c.i > plain.i and c.pos_ in ("VERB", "AUX") \
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                return c
    return None


def puts_it(token) -> bool:
    """'as one diplomat put it', 'she put it bluntly: ...': 'put' whose only object is 'it',
    with no place or particle ('put it on the table', 'put it off'), says something."""
    return token.lemma_.lower() == "put" and [c.lower_ for c in token.children if c.dep_ == "dobj"] == ["it"] \
        and not any(c.dep_ in ("prt", "dative", "oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children)) for c in token.children)


def lemma_of(token, words: frozenset[str]) -> str | None:
    """The member of ``words`` that ``token`` is a form of, or None. Besides the parser's
    lemma, tries the word with its inflection cut off: the small English model lemmatizes
    some verbs wrongly ("hopes" → "hop")."""
    lemma = token.lemma_.lower()
    if lemma in words:
        return lemma
    w = token.lower_
    for cut, add in (("ies", "y"), ("ied", "y"), ("es", "e"), ("ed", "e"), ("ing", "e"), ("s", ""),
                     ("es", ""), ("ed", ""), ("ing", "")):
        if w.endswith(cut) and w[: len(w) - len(cut)] + add in words:
            return w[: len(w) - len(cut)] + add
    return None


def _words(items) -> frozenset[str]:
    return frozenset(_word(x) for x in items or ())


def _word(item) -> str:
    """A lexicon word as written: YAML 1.1 reads a bare on/off/yes/no as a boolean
    ('attack: [on, against]' would give True), so booleans are turned back into 'on'/'off'."""
    if isinstance(item, bool):
        return "on" if item else "off"
    return str(item).lower()


@lru_cache(maxsize=None)
def load_cues() -> CueLexicon:
    """The packaged cue lexicon, read once per process."""
    raw = yaml.safe_load(CUES_FILE.read_text("utf-8"))
    return CueLexicon(
        speech_verbs=_words(raw.get("speech_verbs")),
        cognition_verbs=_words(raw.get("cognition_verbs")),
        speech_nouns=_words(raw.get("speech_nouns")),
        source_phrases=tuple(tuple(w.lower() for w in p) for p in raw.get("source_phrases") or ()),
        describe_verbs=_words(raw.get("describe_verbs")),
        min_direct_words=int(raw.get("min_direct_words", 4)),
        intention_verbs=_words(raw.get("intention_verbs")),
        object_verbs=_words(raw.get("object_verbs")),
        evidential_verbs=_words(raw.get("evidential_verbs")),
        noun_cues={str(k).lower(): tuple(_word(p) for p in v)
                   for k, v in (raw.get("noun_cues") or {}).items()},
        noun_cue_verbs=_words(raw.get("noun_cue_verbs")),
        addressee_verbs=_words(raw.get("addressee_verbs")),
        evidential_adverbs=_words(raw.get("evidential_adverbs")),
        bare_speech_verbs=_words(raw.get("bare_speech_verbs")),
        occasion_nouns=_words(raw.get("occasion_nouns")),
        question_verbs=_words(raw.get("question_verbs")),
        noun_cue_alone=bool(raw.get("noun_cue_alone", False)),
        agent_object_verbs=_words(raw.get("agent_object_verbs")),
        audience_verbs=_words(raw.get("audience_verbs")),
        audience_nouns=_words(raw.get("audience_nouns")),
        manner_objects=_words(raw.get("manner_objects")),
        manner_terms=_words(raw.get("manner_terms")),
        body_nouns=_words(raw.get("body_nouns")),
        source_nouns=_words(raw.get("source_nouns")),
        description_roles={str(k).lower(): tuple(_word(t) for t in v or ())
                           for k, v in (raw.get("description_roles") or {}).items()},
        attitude_adjectives={str(k).lower(): tuple(_word(p) for p in v or ())
                             for k, v in (raw.get("attitude_adjectives") or {}).items()},
        object_particles={str(k).lower(): tuple(_word(p) for p in v)
                          for k, v in (raw.get("object_particles") or {}).items()},
    )
