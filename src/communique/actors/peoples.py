"""Peoples as actors: "Moroccans marched", "Syrian Kurds demonstrated", "ethnic Russians in Latvia".

A plural demonym used as a noun names the people, not the state, so it is a `group` actor of its
own (sector CVL): a protest by Moroccans against their government then has both sides. Which
state a people belongs to (PLOVER codes the state where a group lives and acts):

- a state named on it: "*Croatian* Serbs", "*Syrian* Kurds", "Hungarians *of northern Romania*";
- for a minority ("*ethnic* Russians"), the state the article is mostly about;
- for a people without a state of its own (data/kb/peoples.yaml), the article's state when it is
  one they live in, else the only state they live in, else none;
- else the demonym's own state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from .kb import _data_text

PLURAL_TAGS = ("NNS", "NNPS")
# a people named with "the" and no noun after it: "the Chinese said"
NOUN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent")
PLACE_PREPS = ("of", "in", "from", "inside", "across")


@dataclass
class PeopleLexicon:
    minority_words: set[str] = field(default_factory=set)
    stateless: dict[str, list[str]] = field(default_factory=dict)   # "Kurds" → [TUR, IRQ, IRN, SYR]


@lru_cache(maxsize=1)
def people_lexicon() -> PeopleLexicon:
    d = yaml.safe_load(_data_text("peoples.yaml")) or {}
    return PeopleLexicon(minority_words={w.lower() for w in d.get("minority_words") or []},
                         stateless={k: list(v) for k, v in (d.get("stateless") or {}).items()})


def is_people_noun(tok) -> bool:
    """Whether a demonym or ethnonym token names a people: a plural noun ("Palestinians"), or
    "the" + demonym heading a noun phrase ("the Chinese")."""
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        return False
    if tok.tag_ in PLURAL_TAGS:
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and tok.dep_ in NOUN_DEPS and tok.pos_ in ("PROPN", "NOUN")


def home_state(own: list[str], given: str | None, minority: bool, main: str | None) -> str | None:
    """The state a people is coded with, from its own states, a state the text gives, whether it is
    named as a minority, and the state the article is mostly about."""
    if given:
        return given
    if minority and main and main not in own:
        return main
    if main and main in own:
        return main
    return own[0] if len(own) == 1 else None
