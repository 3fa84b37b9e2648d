"""The trigger lexicon: data files of trigger words → rules the coder applies.

``data/events/triggers.yaml`` plus any ``Settings.trigger_files`` (same format; see the comment
at the top of the data file). One word may have several rules; the coder picks among them
with the words around it (:mod:`communique.events.triggers`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

import yaml

from ..document import PLOVER_CATEGORIES
from ..errors import CommuniqueError

POS_TAGS = {"VERB": ("VERB",), "NOUN": ("NOUN", "PROPN"), "ADJ": ("ADJ",)}


@dataclass(frozen=True)
class ObjectRule:
    """"When the object is one of these words, the event is this one"."""
    words: frozenset[str]
    event: str | None
    mode: str | None
    set_mode: bool                      # the entry names a mode (possibly null = no mode)
    context: tuple[str, ...] = ()
    joint: "ObjectRule | None" = None   # the act done jointly with another party is this one instead


@dataclass(frozen=True)
class TriggerRule:
    words: tuple[str, ...]              # lemmas; several = a phrase
    pos: tuple[str, ...]                # spaCy coarse tags the head word may have
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    objects: tuple[ObjectRule, ...] = ()
    subjects: tuple[ObjectRule, ...] = ()   # the same, matched against the trigger's subject
    needs_object: bool = False
    needs_complement: bool = False
    not_opinion: bool = False   # not when the verb only shares a view ("agreed *that it was late*", "agreed *with him*")
    needs_governed: bool = False   # an intent word that is an act only about another act we code ("ready *to talk*")
    not_subjects: frozenset[str] = frozenset()   # the rule does not apply when its subject is one of these
    not_followed_by: frozenset[str] = frozenset()   # ... or when one of these lemmas follows within four words
    not_compound_of: frozenset[str] = frozenset()   # ... or when it modifies one of these nouns ("*ceasefire* talks")
    object_preps: frozenset[str] = frozenset()   # objects count only after these prepositions ("fired *on* the crowd")
    not_topic: bool = False   # not when it is another noun's topic: "an approach *to the use of force*"
    plural_only: bool = False   # a noun that reports the act only in the plural ("held *talks*", not "all the *talk*")
    not_modified_by: frozenset[str] = frozenset()   # ... or when one of these modifies it ("a *news* conference")
    needs_ask: bool = False   # only when it says what is asked: a to/that-clause or a "for" phrase ("appealed *for calm*")
    intransitive: bool = False   # unless an object matched, not with a direct object or clause ("*demonstrated* his resolve")
    actor_subject: bool = False   # only when a party (a name or a ruling body) does it: "the *authorities* allowed …"
    needs_denial: bool = False    # only denied with will/would/can ("will not tolerate"): the denial is the act
    said_of: bool = False   # the doer is the one accused; the actor is who says it ("Lima said the raid *violates* the truce")
    not_naming: bool = False   # not when it only describes a named group ("the Wagner *paramilitary group*")
    not_describing: bool = False   # not as a participle describing its noun ("troops *stationed* abroad")
    role: str | None = None
    reciprocal: bool = False
    confidence: float = 0.6
    joint: ObjectRule | None = None      # done jointly ("jointly held", "with Japan", "X and Y held"): this act


@dataclass
class TriggerLexicon:
    single: dict[str, list[TriggerRule]] = field(default_factory=dict)   # lemma → rules
    phrases: list[TriggerRule] = field(default_factory=list)            # multiword rules

    def add(self, rule: TriggerRule) -> None:
        if len(rule.words) == 1:
            self.single.setdefault(rule.words[0], []).append(rule)
        else:
            self.phrases.append(rule)


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _word_set(entry: dict, key: str) -> frozenset[str]:
    """An entry's list of words under ``key``, lower-cased; a list inside the list is read as its
    words, so a YAML alias of a list named once can join others (``[*natural_forces, deal]``)."""
    words = []
    for w in _as_list(entry.get(key)):
        words.extend(w if isinstance(w, list) else [w])
    return frozenset(str(w).lower() for w in words)


def _check_category(name, where: str) -> str:
    if name not in PLOVER_CATEGORIES:
        raise CommuniqueError(f"{where}: {name!r} is not a PLOVER category (one of {', '.join(PLOVER_CATEGORIES)})")
    return name


def parse_rules(entries: list[dict], where: str) -> Iterable[TriggerRule]:
    """TriggerRules from the entries of one trigger file (one rule per lemma of each entry)."""
    if not isinstance(entries, list):
        raise CommuniqueError(f"{where}: a trigger file is a YAML list of entries")
    for n, e in enumerate(entries, 1):
        here = f"{where} entry {n}"
        if not isinstance(e, dict) or "lemma" not in e or "event" not in e:
            raise CommuniqueError(f"{here}: each entry needs 'lemma' and 'event'")
        event = _check_category(e["event"], here)
        pos = tuple(t for p in _as_list(e.get("pos")) for t in POS_TAGS.get(str(p).upper(), (str(p).upper(),)))
        def word_rule(o, joint=None):
            return ObjectRule(words=_word_set(o, "lemma"),
                              event=_check_category(o["event"], here) if o.get("event") else None,
                              mode=o.get("mode"), set_mode="mode" in o,
                              context=tuple(_as_list(o.get("context"))), joint=joint)

        def joint_rule(o):
            return word_rule(o["joint"]) if isinstance(o.get("joint"), dict) else None

        def word_rules(key):
            return tuple(word_rule(o, joint_rule(o)) for o in _as_list(e.get(key)))
        objects, subjects = word_rules("objects"), word_rules("subjects")
        common = dict(event=event, mode=e.get("mode"), context=tuple(_as_list(e.get("context"))), joint=joint_rule(e),
                      objects=objects, subjects=subjects, needs_object=bool(e.get("needs_object")),
                      needs_complement=bool(e.get("needs_complement")), needs_governed=bool(e.get("needs_governed")),
                      not_opinion=bool(e.get("not_opinion")),
                      not_subjects=_word_set(e, "not_subjects"), not_followed_by=_word_set(e, "not_followed_by"),
                      not_compound_of=_word_set(e, "not_compound_of"), object_preps=_word_set(e, "object_preps"),
                      actor_subject=bool(e.get("actor_subject")), not_topic=bool(e.get("not_topic")),
                      plural_only=bool(e.get("plural_only")), intransitive=bool(e.get("intransitive")), needs_ask=bool(e.get("needs_ask")),
                      not_modified_by=_word_set(e, "not_modified_by"), needs_denial=bool(e.get("needs_denial")),
                      not_naming=bool(e.get("not_naming")), said_of=bool(e.get("said_of")),
                      not_describing=bool(e.get("not_describing")),
                      role=e.get("role"),
                      reciprocal=bool(e.get("reciprocal")), confidence=float(e.get("confidence", 0.6)))
        for lemma in _as_list(e["lemma"]):
            words = tuple(str(lemma).lower().split())
            if len(words) == 1 and "-" in words[0].strip("-"):
                # the tokenizer splits "cease-fire" into "cease", "-", "fire": match that phrase too
                parts = tuple(w for part in words[0].split("-") for w in (part, "-"))[:-1]
                yield TriggerRule(words=parts, pos=(), **common)
            yield TriggerRule(words=words, pos=pos if len(words) == 1 else (), **common)


def load_lexicon(extra_files: Iterable[Path] = ()) -> TriggerLexicon:
    """The built-in trigger lexicon plus the user's trigger files."""
    lex = TriggerLexicon()
    builtin = resources.files("communique").joinpath("data/events/triggers.yaml").read_text(encoding="utf-8")
    for rule in parse_rules(yaml.safe_load(builtin), "data/events/triggers.yaml"):
        lex.add(rule)
    for path in extra_files:
        path = Path(path)
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as ex:
            raise CommuniqueError(f"cannot read trigger file {path}: {ex}") from ex
        for rule in parse_rules(entries, str(path)):
            lex.add(rule)
    return lex


def load_data(name: str) -> dict:
    """One YAML file of ``data/events/`` (status words, governors, contexts)."""
    text = resources.files("communique").joinpath(f"data/events/{name}").read_text(encoding="utf-8")
    return yaml.safe_load(text)
