"""Peoples as actors (communique.actors.peoples). Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from communique.actors import ActorRecognizer
from communique.actors.peoples import home_state
from communique.document import Meta


@pytest.fixture(scope="module")
def find(nlp):
    recognizer = ActorRecognizer()

    def run(text):
        return list(recognizer.find(nlp(text), Meta()))
    return run


def by_mention(found, text):
    return [a for a in found if any(m.text == text for m in a.mentions)]


def test_plural_demonym_is_the_people_not_the_state(find):
    found = find("Hundreds of Moroccans marched through Rabat on Monday to demand lower bread prices.")
    people = by_mention(found, "Moroccans")
    assert people and people[0].kind == "group" and people[0].country == "MAR"
    assert not any(a.kind == "country" and any(m.text == "Moroccans" for m in a.mentions) for a in found)


def test_state_named_on_a_people_is_where_it_lives(find):
    found = find("Syrian Kurds blocked a highway on Tuesday.")
    people = by_mention(found, "Syrian Kurds")
    assert people and people[0].country == "SYR"
    found = find("The Croatian Serbs rejected the offer.")
    assert by_mention(found, "Croatian Serbs")[0].country == "HRV"


def test_people_of_a_place_take_that_state(find):
    found = find("Hungarians of northern Romania demanded schools in their language.")
    assert by_mention(found, "Hungarians")[0].country == "ROU"


def test_ethnic_minority_takes_the_article_state(find):
    found = find("Ethnic Russians rallied in Latvia, and Latvian police watched. Latvia said the rally was calm.")
    assert by_mention(found, "Ethnic Russians")[0].country == "LVA"


def test_stateless_people_is_not_given_an_unrelated_state(find):
    text = ("The United States said on Friday that Kurdish militants had attacked a convoy. "
            "Washington said the United States would respond. American officials agreed.")
    militants = [a for a in find(text) if any("militants" in m.text for m in a.mentions)]
    assert militants and militants[0].country != "USA"


def test_home_state_rules():
    assert home_state(["TUR", "IRQ"], "SYR", False, "TUR") == "SYR"
    assert home_state(["ALB"], None, True, "MKD") == "MKD"
    assert home_state(["ALB"], None, False, "MKD") == "ALB"
    assert home_state(["TUR", "IRQ"], None, False, "IRQ") == "IRQ"
    assert home_state(["TUR", "IRQ"], None, False, "USA") is None
    assert home_state(["MMR"], None, False, None) == "MMR"


def test_a_body_named_by_a_people_takes_its_state_not_the_articles(find):
    found = find("Thai officials said Karen villagers had crossed the river above the border post.")
    villagers = by_mention(found, "Karen villagers")
    assert villagers and villagers[0].country == "MMR"
    found = find("Karen students in Thailand marched against the new law on Sunday.")
    assert [a.country for a in found if any("students" in m.text for m in a.mentions)] == ["THA"]
