"""Actor and recipient mechanisms of the events stage, on sentences written for these tests.

Actors are placed by hand (an ActorIndex at known offsets), so these tests exercise argument
resolution alone, whatever the actors stage finds.
"""
from __future__ import annotations

import re

import pytest

from communique.actors import ActorIndex
from communique.document import Actor, Meta, Span
from communique.events import EventCoder

COUNTRIES = {"Norway": ("country", "NOR"), "Chile": ("country", "CHL"), "Peru": ("country", "PER"),
             "Kenya": ("country", "KEN")}


@pytest.fixture(scope="module")
def code(nlp):
    coder = EventCoder()

    def run(text, actors=COUNTRIES, published="2019-03-06"):
        idx = ActorIndex()
        for n, (name, (kind, country)) in enumerate(actors.items(), 1):
            mentions = [Span.of(text, m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
            idx.add(Actor(id=f"a{n}", name=name, kind=kind, country=country, mentions=mentions))
        return coder.find(nlp(text), idx, Meta(published=published), []), idx
    return run


def by_trigger(events, word):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, f"no event on {word!r}: {[e.trigger.text for e in events]}"
    return found[0]


def test_of_names_the_patient_of_an_attack_noun(code):
    events, idx = code("The invasion of Chile by Norway began at dawn.")
    e = by_trigger(events, "invasion")
    assert idx.countries(e.actor) == {"NOR"} and idx.countries(e.recipient) == {"CHL"}


def test_of_still_names_the_actor_of_other_nouns(code):
    events, idx = code("The talks of Norway and Chile ended on Friday.")
    e = by_trigger(events, "talks")
    assert idx.countries(e.actor) == {"NOR", "CHL"}


def test_from_names_the_recipient_when_nothing_else_does(code):
    events, idx = code("Norway withdrew its last soldiers from Chile on Monday.")
    e = by_trigger(events, "withdrew")
    assert idx.countries(e.actor) == {"NOR"} and idx.countries(e.recipient) == {"CHL"}


def test_act_hanging_from_a_statement_is_the_issuers(code):
    events, idx = code("Norway released a statement condemning Chile for the raid.")
    e = by_trigger(events, "condemning")
    assert idx.countries(e.actor) == {"NOR"} and idx.countries(e.recipient) == {"CHL"}


def test_recipient_one_level_down_through_for(code):
    events, idx = code("Norway suspended part of a loan programme for Chile.")
    e = by_trigger(events, "suspended")
    assert idx.countries(e.recipient) == {"CHL"}
