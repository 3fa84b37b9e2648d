"""The Pipeline API: extract / extract_many, order, batching, workers, ids, schema-valid output."""
from __future__ import annotations

import itertools

import pytest

from communique import CommuniqueError, Document, InputProblem, Pipeline
from communique.ingest import RawArticle
from test_document import all_spans

# Short invented wire sentences; each carries one word that no other carries, to tell them apart.
STORIES = {
    "ferry": "Portugal and Morocco agreed on Monday to open a ferry line between Lisbon and Tangier, "
             "the Portuguese Foreign Ministry said.",
    "drought": "Kenyan President William Ruto appealed on Tuesday for international help against a drought "
               "that has left two million people short of food.",
    "envoy": "Poland summoned the Belarusian envoy in Warsaw on Wednesday to protest against repeated "
             "violations of its airspace, a ministry spokesman said.",
    "vaccine": "\"We will deliver the vaccines next week,\" Japanese Foreign Minister Yoko Kamikawa told "
               "reporters in Tokyo on Thursday.",
}


def raw(key: str, **kw) -> RawArticle:
    return RawArticle(input_id=key, text=STORIES[key], source=f"{key}.txt", **kw)


@pytest.fixture(scope="module")
def small_batches():
    """A Pipeline whose batches hold two articles, so a handful of records crosses batch boundaries."""
    return Pipeline(batch_size=2)


def test_extract_many_keeps_input_order_with_problems_interleaved(small_batches):
    bad_line = InputProblem("feed.jsonl", "not JSON", line=2)
    records = [raw("ferry"), bad_line, raw("drought"),
               RawArticle(input_id="blank", text="   \n  ", source="blank.txt"),
               raw("envoy"), raw("vaccine")]
    results = list(small_batches.extract_many(records))

    assert len(results) == len(records)
    assert results[1] is bad_line
    assert isinstance(results[3], InputProblem) and results[3].source == "blank.txt"
    for i, key in ((0, "ferry"), (2, "drought"), (4, "envoy"), (5, "vaccine")):
        assert isinstance(results[i], Document), results[i]
        assert results[i].meta.input_id == key
        assert key in results[i].text


def test_extract_many_streams_without_reading_all_input_first(small_batches):
    pulled = []

    def endless():
        for n in itertools.count():
            pulled.append(n)
            yield RawArticle(input_id=str(n), text=STORIES["ferry"], source=f"{n}.txt")

    first_two = list(itertools.islice(small_batches.extract_many(endless()), 2))
    assert [d.meta.input_id for d in first_two] == ["0", "1"]
    assert len(pulled) <= 3  # one batch of two, plus at most the look-ahead that ends it


def as_comparable(result):
    return result.to_dict() if isinstance(result, Document) else result


def test_two_workers_give_the_same_documents_as_one(small_batches):
    records = [raw(k) for k in STORIES]
    records.insert(2, InputProblem("feed.jsonl", "not JSON", line=7))
    one = [as_comparable(r) for r in small_batches.extract_many(records, workers=1)]
    two = [as_comparable(r) for r in small_batches.extract_many(records, workers=2)]
    assert two[2] == records[2]
    assert [d["meta"]["input_id"] for d in two if isinstance(d, dict)] == list(STORIES)
    assert two == one


def test_a_bad_record_in_a_jsonl_feed_is_named_by_line_and_id(small_batches):
    empty = RawArticle(input_id="rec-7", text="", source="feed.jsonl", line=3)
    (problem,) = small_batches.extract_many([empty])
    assert isinstance(problem, InputProblem)
    assert (problem.source, problem.line, problem.record_id) == ("feed.jsonl", 3, "rec-7")


def test_a_text_not_in_english_gives_a_document_with_a_warning_and_no_records(extract, validate):
    german = ("Die Aussenminister der beiden Staaten trafen sich am Dienstag in Berlin und vereinbarten, "
              "die Gespraeche ueber ein neues Handelsabkommen im Herbst fortzusetzen. Die Regierung "
              "erklaerte, man wolle die Zusammenarbeit in der Energiepolitik deutlich ausbauen.")
    doc = extract(german, published="2024-05-14")
    assert doc.meta.language == "de"
    assert any("language" in w for w in doc.warnings)
    assert doc.events == [] and doc.quotes == [] and doc.actors == []
    validate(doc.to_dict())


def test_document_id_is_stable_across_runs_and_differs_between_texts(extract):
    first, again = extract(STORIES["ferry"]), extract(STORIES["ferry"])
    other = extract(STORIES["drought"])
    assert first.id == again.id
    assert other.id != first.id
    assert extract(STORIES["ferry"], url="https://news.example/ferry").id != first.id


@pytest.mark.parametrize("key", list(STORIES))
def test_extracted_documents_validate_against_the_schema(extract, validate, key):
    validate(extract(STORIES[key], published="2024-05-14").to_dict())


def test_round_trip_of_an_extracted_document(extract):
    doc = extract(STORIES["vaccine"], published="2024-05-16", url="https://news.example/v", title="Vaccines")
    assert Document.from_dict(doc.to_dict()) == doc


def test_spans_of_an_extracted_document_point_into_its_text(extract):
    doc = extract(" ".join(STORIES.values()), published="2024-05-14").to_dict()
    for s in all_spans(doc):
        assert doc["text"][s["start"]:s["end"]] == s["text"], s


def test_a_text_with_nothing_political_still_has_every_list(extract, validate):
    d = extract("The weather stayed mild all week, and the village fair went ahead as planned.").to_dict()
    for key in ("actors", "events", "quotes", "stances", "relations", "warnings"):
        assert isinstance(d[key], list), key
    for key in ("authors", "urls", "wire_sources"):
        assert isinstance(d["meta"][key], list), key
    validate(d)


def test_extract_passes_the_caller_metadata_through(extract):
    doc = extract(STORIES["envoy"], published="2024-05-15", title="Poland summons envoy",
                  url="https://news.example/envoy")
    assert doc.meta.published == "2024-05-15"
    assert doc.meta.title == "Poland summons envoy"
    assert doc.meta.url == "https://news.example/envoy"


def test_extract_reads_an_html_page(extract):
    page = ("<html><head><title>Ferry deal</title></head><body><nav>Home | World</nav><article>"
            f"<p>{STORIES['ferry']}</p><p>{STORIES['drought']}</p></article></body></html>")
    doc = extract(html=page, published="2024-05-13")
    assert "Lisbon and Tangier" in doc.text and "drought" in doc.text


@pytest.mark.parametrize("kwargs", [{}, {"text": ""}, {"text": "  \n\t "}])
def test_extract_refuses_input_without_text(pipeline, kwargs):
    with pytest.raises(CommuniqueError):
        pipeline.extract(**kwargs)


def test_robust11_a_text_too_long_to_parse_costs_only_its_own_record():
    pipe = Pipeline()
    pipe.nlp.max_length  # loaded
    limit = pipe.nlp.max_length
    pipe.nlp.max_length = 400
    try:
        long_text = "The two port authorities signed a dredging agreement on Monday. " * 20
        records = [RawArticle(input_id="long", text=long_text, source="feed.jsonl", line=1),
                   RawArticle(input_id="short", text="The two port authorities met on Monday.",
                              source="feed.jsonl", line=2)]
        results = list(pipe.extract_many(records))
    finally:
        pipe.nlp.max_length = limit
    assert isinstance(results[0], InputProblem) and "too long" in results[0].reason
    assert results[0].line == 1 and isinstance(results[1], Document)


def test_lead11_a_failure_of_our_own_code_on_one_article_costs_only_that_article(small_batches, monkeypatch):
    from communique.events import EventCoder
    real_find = EventCoder.find

    def find_failing_on_drought(self, sdoc, *args):
        if "drought" in sdoc.text:
            raise KeyError("no such rule")
        return real_find(self, sdoc, *args)
    monkeypatch.setattr(EventCoder, "find", find_failing_on_drought)
    monkeypatch.delenv("COMMUNIQUE_DEBUG", raising=False)
    results = list(small_batches.extract_many([raw("ferry"), raw("drought"), raw("envoy")]))
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert isinstance(results[1], InputProblem) and results[1].source == "drought.txt"
    assert "internal error" in results[1].reason and "KeyError" in results[1].reason
    monkeypatch.setenv("COMMUNIQUE_DEBUG", "1")
    with pytest.raises(KeyError):
        list(small_batches.extract_many([raw("drought")]))
