"""The Document dataclasses: schema shape, JSON round trip, stable ids, spans that point into the text."""
from __future__ import annotations

import json

import pytest

from communique.document import (
    SCHEMA_VERSION, Actor, Document, Event, Image, Location, Meta, Quote, Relation, Span, Stance, document_id,
)

TEXT = ("Foreign Minister Ana Lopes of Portugal met her Moroccan counterpart in Rabat on Monday. "
        "\"We agreed to open a new ferry line,\" Lopes said.")

LIST_FIELDS = ("actors", "events", "quotes", "stances", "relations", "warnings")


def span_of(words: str, text: str = TEXT) -> Span:
    start = text.index(words)
    return Span.of(text, start, start + len(words))


def full_document() -> Document:
    """A Document with every kind of record and every optional field set (written by hand)."""
    meta = Meta(title="Portugal and Morocco agree ferry line", authors=["Rita Sousa"], published="2024-02-05",
                url="https://news.example/pt-ma", urls=["https://news.example/pt-ma", "https://sho.rt/x"],
                publisher="News Example", wire_sources=["Lusa"], language="en", section="World",
                images=[Image(caption="The port of Tangier", credit="Photo: J. Silva", src="/img/tanger.jpg"),
                        Image(caption="Ferry at dawn")],
                input_id="pt-ma.txt")
    lopes = Actor(id="a1", name="Ana Lopes", kind="person", country="PRT", sector="GOV", role="Foreign Minister",
                  aliases=["Lopes"], mentions=[span_of("Ana Lopes"), span_of("Lopes said")])
    portugal = Actor(id="a2", name="Portugal", kind="country", country="PRT", sector="GOV",
                     mentions=[span_of("Portugal")])
    morocco = Actor(id="a3", name="Morocco", kind="country", country="MAR", mentions=[span_of("Moroccan")])
    both = Actor(id="a4", name="both sides", kind="group", members=["a2", "a3"], mentions=[span_of("We")])
    quote = Quote(id="q1", kind="direct", content=span_of("We agreed to open a new ferry line,"), speaker="a1",
                  speaker_text="Lopes", cue=span_of("said"))
    meeting = Event(id="e1", event="CONSULT", sentence=span_of(TEXT.split(". ")[0] + "."), trigger=span_of("met"),
                    actor=["a1"], recipient=["a3"], mode="visit", context=["economic"], cameo="042",
                    intensity=1.9, date="2024-02-05",
                    location=Location(name="Rabat", country="MAR", lat=34.02, lon=-6.83, geonames_id=2538475),
                    confidence=0.8)
    deal = Event(id="e2", event="AGREE", sentence=span_of("\"We agreed to open a new ferry line,\" Lopes said."),
                 trigger=span_of("agreed"), actor=["a4"], modality="asserted", quote="q1")
    stance = Stance(id="s1", holder=["a2"], polarity="support", issue="a new ferry line", target=["a3"],
                    evidence=["e2", "q1"])
    relation = Relation(type="represents", subject="a1", object="a2", evidence=span_of("Ana Lopes of Portugal"))
    return Document(id=document_id(TEXT, meta.url), meta=meta, text=TEXT, actors=[lopes, portugal, morocco, both],
                    events=[meeting, deal], quotes=[quote], stances=[stance],
                    relations=[relation, Relation(type="member_of", subject="a2", object="a3")],
                    warnings=["an invented warning"])


def all_spans(node):
    """Every {start, end, text} dict anywhere inside a to_dict() tree."""
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            yield node
        else:
            for v in node.values():
                yield from all_spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from all_spans(v)


def test_empty_document_has_every_list_and_meta_field(validate):
    d = Document(id="x", meta=Meta(), text="").to_dict()
    for key in LIST_FIELDS:
        assert d[key] == [], key
    for key in ("authors", "urls", "wire_sources", "images"):
        assert d["meta"][key] == [], key
    assert d["schema_version"] == SCHEMA_VERSION
    validate(d)


def test_to_dict_puts_the_schema_keys_in_order():
    assert list(full_document().to_dict()) == ["id", "schema_version", "meta", "text", *LIST_FIELDS]


def test_full_document_validates(validate):
    validate(full_document().to_dict())


def test_round_trip_through_dict_and_json_is_lossless():
    doc = full_document()
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_dict(json.loads(doc.to_json())) == doc


def test_round_trip_keeps_nested_types():
    back = Document.from_dict(json.loads(full_document().to_json()))
    assert isinstance(back.meta.images[0], Image)
    assert isinstance(back.events[0].location, Location)
    assert isinstance(back.events[0].trigger, Span) and isinstance(back.quotes[0].cue, Span)
    assert isinstance(back.actors[0].mentions[1], Span)
    assert back.events[1].location is None and back.relations[1].evidence is None


def test_from_dict_ignores_fields_it_does_not_know_in_meta_and_events():
    d = full_document().to_dict()
    d["meta"]["fetched_by"] = "a crawler"
    d["events"][0]["annotator_note"] = "added downstream"
    assert Document.from_dict(d) == full_document()


def test_to_json_keeps_non_ascii_characters_readable():
    doc = Document(id="x", meta=Meta(title="Sommet à Genève"), text="Der Außenminister sprach in Zürich.")
    out = doc.to_json()
    assert "à Genève" in out and "Zürich" in out
    assert json.loads(out) == doc.to_dict()


def test_every_span_of_the_document_covers_its_own_text():
    doc = full_document().to_dict()
    spans = list(all_spans(doc))
    assert len(spans) >= 10
    for s in spans:
        assert doc["text"][s["start"]:s["end"]] == s["text"]


def test_span_of_takes_the_characters_it_names():
    s = Span.of("Kenya and Germany", 10, 17)
    assert (s.start, s.end, s.text) == (10, 17, "Germany")


def test_span_from_spacy_token_and_span(nlp):
    text = "The envoy of Chile arrived in Oslo on Friday."
    sdoc = nlp(text)
    token, span = sdoc[3], sdoc[6:8]
    for spacy_obj in (token, span):
        s = Span.from_spacy(spacy_obj)
        assert text[s.start:s.end] == s.text == spacy_obj.text


def test_document_id_is_stable_and_short():
    first = document_id(TEXT, "https://news.example/a")
    assert first == document_id(TEXT, "https://news.example/a")
    assert len(first) == 20 and all(c in "0123456789abcdef" for c in first)


@pytest.mark.parametrize("other_text, other_url", [
    (TEXT + " More.", "https://news.example/a"),   # text changed
    (TEXT, "https://news.example/b"),             # url changed
    (TEXT, None),                                 # url missing
])
def test_document_id_changes_with_text_or_url(other_text, other_url):
    assert document_id(other_text, other_url) != document_id(TEXT, "https://news.example/a")


def test_document_id_does_not_confuse_url_and_text_boundaries():
    # "ab" + "c" and "a" + "bc" must not hash alike
    assert document_id("c", "ab") != document_id("bc", "a")


def test_span_stripped_drops_surrounding_white_space_and_keeps_offsets():
    from communique.document import Span

    text = "First.\n\n  Second sentence. \n"
    span = Span.of(text, 6, len(text)).stripped()
    assert span.text == "Second sentence."
    assert text[span.start:span.end] == span.text
    already = Span.of(text, 0, 6)
    assert already.stripped() == already
