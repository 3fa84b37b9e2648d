"""Exports: events_flat as Parquet/CSV, Documents as JSONL, GDELT-like TSV, PLOVER JSONL."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from communique.document import Document, Location
from communique.store import open_database, write_documents
from communique.store.exports import export
from test_store import make_document


@pytest.fixture(scope="module")
def docs():
    return [make_document("meet1", published="2012-06-05", publisher="Wire A", url="https://a.example/1",
                          location=Location("Beijing", "CHN", 39.9, 116.4, 1816670)),
            make_document("meet2", published="2012-06-06", publisher="Paper B", date="2012-06-05"),
            make_document("plan", published="2012-06-01", modality="future", date="2012-06-20", mode="visit"),
            make_document("strike", published="2014-01-02", event="ASSAULT", actor=("USA",), recipient=("FRA",),
                          modality="hypothetical"),
            make_document("nodeal", published="2014-01-03", event="AGREE", negated=True)]


@pytest.fixture(scope="module")
def con(tmp_path_factory, docs):
    con = open_database(tmp_path_factory.mktemp("x") / "x.duckdb")
    write_documents(con, docs)
    yield con
    con.close()


def test_parquet_is_events_flat(con, tmp_path):
    n = export(con, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == n == 5
    rows = {r["article_id"]: r for r in table.to_pylist()}
    assert rows["meet1"]["actor_names"] == ["Russia"] and rows["meet1"]["recipient_countries"] == ["CHN"]
    assert rows["meet1"]["location_name"] == "Beijing" and rows["meet1"]["publisher"] == "Wire A"
    assert rows["meet1"]["cluster_id"] == rows["meet2"]["cluster_id"] != rows["plan"]["cluster_id"]


def test_csv_joins_lists(con, tmp_path):
    export(con, "csv", tmp_path / "e.csv")
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert len(rows) == 5
    strike = next(r for r in rows if r["article_id"] == "strike")
    assert strike["actor_names"] == "United States" and strike["actor_sectors"] == "GOV"
    assert strike["event"] == "ASSAULT" and strike["sentence_text"].startswith("Officials")


def test_jsonl_gives_the_documents_back(con, docs, tmp_path):
    assert export(con, "jsonl", tmp_path / "d.jsonl") == len(docs)
    back = [Document.from_dict(json.loads(line)) for line in open(tmp_path / "d.jsonl", encoding="utf-8")]
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]


def test_gdelt_one_row_per_clustered_event(con, tmp_path):
    n = export(con, "gdelt", tmp_path / "g.tsv")
    rows = list(csv.DictReader(open(tmp_path / "g.tsv", encoding="utf-8"), delimiter="\t"))
    assert len(rows) == n == 3                 # meet1+meet2 one event; plan; strike; the negated deal left out
    meeting = next(r for r in rows if r["SOURCEURL"] == "https://a.example/1")
    assert (meeting["NumArticles"], meeting["NumSources"], meeting["NumMentions"]) == ("2", "2", "2")
    assert meeting["SQLDATE"] == "20120605" and meeting["QuadClass"] == "1"
    assert meeting["Actor1CountryCode"] == "RUS" and meeting["Actor2CountryCode"] == "CHN"
    assert meeting["Actor1Code"] == "RUSGOV" and meeting["Actor1Type1Code"] == "GOV"
    assert meeting["EventRootCode"] == "04" and meeting["GoldsteinScale"] == "2.5"
    assert meeting["ActionGeo_FeatureID"] == "1816670" and meeting["IsRootEvent"] == "1"
    strike = next(r for r in rows if r["Actor1CountryCode"] == "USA")
    assert strike["QuadClass"] == "4"


def test_plover_records_are_plover_strict(con, tmp_path):
    n = export(con, "plover", tmp_path / "p.jsonl")
    records = {r["id"].split("-")[0]: r for r in map(json.loads, open(tmp_path / "p.jsonl", encoding="utf-8"))}
    assert n == len(records) == 4                              # the negated deal is not a PLOVER event
    assert records["plan"]["event"] == ["AGREE"] and records["plan"]["mode"] == []  # a future visit
    assert records["plan"]["date"] == "2012-06-20"
    assert records["strike"]["event"] == ["THREATEN"]          # hypothetical force
    assert records["strike"]["quad_code"] == 3
    meet = records["meet1"]
    assert meet["event"] == ["CONSULT"] and meet["quad_code"] == 1
    assert meet["actor"] == [{"code": "RUS", "sector": "GOV", "identifier_text": "Russia", "office": "Foreign Minister"}]
    assert meet["recipient"][0]["code"] == "CHN"
    assert meet["cite_info"]["publication"] == "Wire A" and meet["event_loc"]["geonameid"] == 1816670
    assert meet["link"] == records["meet2"]["link"]
    assert meet["text"].startswith("Officials") and meet["event_text"] == [meet["text"][44:49]]


def test_min_confidence_keeps_only_events_coded_at_least_that_sure(tmp_path):
    con = open_database(tmp_path / "c.duckdb")
    write_documents(con, [make_document("sure", confidence=0.9),
                          make_document("unsure", event="ASSAULT", actor=("USA",), recipient=("FRA",), confidence=0.3)])
    try:
        assert export(con, "parquet", tmp_path / "all.parquet") == 2
        assert export(con, "parquet", tmp_path / "e.parquet", min_confidence=0.5) == 1
        assert [r["article_id"] for r in pq.read_table(tmp_path / "e.parquet").to_pylist()] == ["sure"]
        export(con, "plover", tmp_path / "p.jsonl", min_confidence=0.5)
        assert [json.loads(line)["id"].split("-")[0] for line in open(tmp_path / "p.jsonl")] == ["sure"]
        export(con, "gdelt", tmp_path / "g.tsv", min_confidence=0.5)
        rows = list(csv.DictReader(open(tmp_path / "g.tsv", encoding="utf-8"), delimiter="\t"))
        assert [r["Actor1CountryCode"] for r in rows] == ["RUS"]
    finally:
        con.close()
