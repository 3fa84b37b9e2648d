"""The shared spaCy pipeline: loaded once, and its tokenizer mends conjunctions glued to names
and keeps a site named by its web address whole."""
from __future__ import annotations

import pytest


def test_load_nlp_is_shared_within_a_process(nlp):
    from communique.nlp import load_nlp

    assert load_nlp() is nlp


def test_conjunction_glued_to_a_state_name_becomes_its_own_token(nlp):
    doc = nlp("Peru, Chileand Bolivia signed a border treaty.")
    words = [t.text for t in doc]
    assert words[2:5] == ["Chile", "and", "Bolivia"]
    assert doc.text == "Peru, Chileand Bolivia signed a border treaty."  # text is never changed
    chile = doc[2]
    assert chile.idx == doc.text.index("Chileand") and chile.whitespace_ == ""


def test_coordination_is_parsed_after_the_split(nlp):
    doc = nlp("Indiaand Pakistan exchanged prisoners on Monday.")
    pakistan = [t for t in doc if t.text == "Pakistan"][0]
    assert pakistan.dep_ == "conj" and pakistan.head.text == "India"


def test_words_that_merely_end_like_a_conjunction_are_left_alone(nlp):
    doc = nlp("Poland, Thailand and Iceland voted. Sandor and Orlando came too.")
    assert {"Poland", "Thailand", "Iceland", "Orlando"} <= {t.text for t in doc}


def test_glued_word_that_is_not_a_known_name_is_left_alone(nlp):
    doc = nlp("Zanzibarand Pemba are islands.")
    assert doc[0].text == "Zanzibarand"


@pytest.mark.parametrize("text, site", [
    ("Gazeta.Az reports that the envoys met.", "Gazeta.Az"),
    ("According to Vesti.NET, the talks ended.", "Vesti.NET"),
])
def test_a_site_named_by_its_web_address_stays_one_token(nlp, text, site):
    assert site in [t.text for t in nlp(text)]


@pytest.mark.parametrize("text", [
    "The envoys met in Rome.It was their first meeting.",
    "The talks ended.The ministers left.",
])
def test_glued_sentences_still_split_at_the_dot(nlp, text):
    assert "." in [t.text for t in nlp(text)]
