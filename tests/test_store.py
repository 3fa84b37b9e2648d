"""The store's writer: every field kept, one article once, whole batches or nothing, and event
clusters across articles. Documents are built by hand (invented content), not extracted."""
from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from communique.document import (Actor, Document, Event, Image, Location, Meta, Quote, Relation, Span,
                                 Stance)
from communique.errors import CommuniqueError
from communique.store import StoreWriter, open_database, write_documents
from communique.store.documents import read_documents

COUNTRIES = {"RUS": "Russia", "CHN": "China", "USA": "United States", "FRA": "France", "TUN": "Tunisia"}


def make_document(doc_id: str, *, published: str | None = "2012-06-05", url: str | None = None,
                  publisher: str | None = None, event: str = "CONSULT", actor=("RUS",), recipient=("CHN",),
                  date: str | None = None, negated: bool = False, modality: str = "asserted",
                  mode: str | None = None, location: Location | None = None, extras: bool = True,
                  confidence: float = 0.8) -> Document:
    """An invented article about one event between countries (ISO3 codes) with a quote, a stance
    and a relation. Parties may also be 'UN' (an organisation without a country) or 'GROUP' (a
    group whose members are the other parties)."""
    text = (f"Officials from several capitals held talks on grain exports, report {doc_id} says. "
            f"The ministers said the talks were useful.")
    actors: dict[str, Actor] = {}

    def actor_id(code: str) -> str:
        if code not in actors:
            if code == "UN":
                actors[code] = Actor(f"a{len(actors)}", "United Nations", "organization", None, "IGO",
                                     aliases=["UN"])
            elif code == "GROUP":
                actors[code] = Actor(f"a{len(actors)}", "both sides", "group")
            else:
                actors[code] = Actor(f"a{len(actors)}", COUNTRIES[code], "country", code, "GOV",
                                     role="Foreign Minister", aliases=[code[:2]],
                                     mentions=[Span.of(text, 0, 9), Span.of(text, 15, 24)])
        return actors[code].id

    act, rec = [actor_id(c) for c in actor], [actor_id(c) for c in recipient]
    if "GROUP" in actors:
        actors["GROUP"].members = [a.id for k, a in actors.items() if k != "GROUP"]
    sentence = Span.of(text, 0, text.index(".") + 1)
    ev = Event("e1", event, sentence, Span.of(text, 44, 49), actor=act, recipient=rec, mode=mode,
               context=["economic"], cameo="040", intensity=2.5, negated=negated, modality=modality,
               date=date, location=location, confidence=confidence, quote="q1" if extras else None)
    doc = Document(doc_id, Meta(title=f"Talks {doc_id}", authors=["A. Writer"], published=published, url=url,
                                urls=[url] if url else [], publisher=publisher, wire_sources=["Reuters"],
                                language="en", section="World", images=[Image("A caption", "Photo: X")],
                                input_id=f"{doc_id}.txt"),
                   text, actors=list(actors.values()), events=[ev], warnings=["an invented warning"])
    if extras:
        second = text.index("The ministers")
        doc.quotes = [Quote("q1", "indirect", Span.of(text, second + 23, len(text) - 1), act[0], "The ministers",
                            Span.of(text, second + 14, second + 18))]
        doc.stances = [Stance("s1", act, "support", "grain exports", rec, ["e1", "q1"])]
        doc.relations = [Relation("member_of", act[0], rec[0] if rec else act[0], Span.of(text, 0, 9)),
                         Relation("part_of", act[0], act[0])]
    return doc


@pytest.fixture
def db(tmp_path):
    con = open_database(tmp_path / "test.duckdb")
    yield con
    con.close()


def count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def clusters_of(con) -> set[frozenset[str]]:
    """The partition of stored event mentions into clusters, as sets of article ids."""
    rows = con.execute("SELECT cluster_id, list(article_id) FROM events GROUP BY cluster_id").fetchall()
    return {frozenset(ids) for _, ids in rows}


def test_documents_read_back_equal_what_was_written(db):
    docs = [make_document("d1", url="https://example.org/1", location=Location("Geneva", "CHE", 46.2, 6.1, 2660646)),
            make_document("d2", published=None, actor=("GROUP", "RUS", "CHN"), recipient=(), extras=False,
                          date="2012-06")]
    write_documents(db, docs)
    back = {d.id: d for d in read_documents(db)}
    assert [d.to_dict() for d in docs] == [back[d.id].to_dict() for d in docs]
    assert Document.from_dict(back["d1"].to_dict()).to_dict() == docs[0].to_dict()


def test_same_article_is_stored_once(db):
    stats = write_documents(db, [make_document("d1"), make_document("d1")])
    assert (stats.articles, stats.duplicates) == (1, 1)
    stats = write_documents(db, [make_document("d1"), make_document("d2")])
    assert (stats.articles, stats.duplicates) == (1, 1)
    assert count(db, "articles") == 2
    assert count(db, "events") == 2
    assert count(db, "actors") == 4


def test_a_failed_batch_leaves_nothing_behind(db, monkeypatch):
    write_documents(db, [make_document("d1")])
    tables = ("articles", "events", "actors", "mentions", "quotes", "stances", "relations", "clusters")
    before = {t: count(db, t) for t in tables}
    import communique.store.writer as writer

    def broken(con, ids):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "refresh_clusters", broken)
    with pytest.raises(RuntimeError):
        write_documents(db, [make_document("d2"), make_document("d3")])
    assert {t: count(db, t) for t in tables} == before


def test_writer_commits_every_batch_size_documents(db):
    writer = StoreWriter(db, batch_size=2)
    for n in range(5):
        writer.add(make_document(f"d{n}"))
    assert count(db, "articles") == 4          # two full batches written, one document waiting
    writer.flush()
    assert count(db, "articles") == 5
    assert writer.stats.batches == 3


def test_two_reports_of_one_event_form_one_cluster(db):
    write_documents(db, [
        make_document("d1", published="2012-06-05", publisher="Wire A", url="https://a.example/1"),
        make_document("d2", published="2012-06-06", publisher="Paper B", url="https://b.example/2",
                      date="2012-06-05"),
        make_document("d3", published="2012-06-06", publisher="Wire A", url="https://a.example/3")])
    assert clusters_of(db) == {frozenset({"d1", "d2", "d3"})}
    (row,) = db.execute("SELECT num_articles, num_sources, num_mentions, first_seen::VARCHAR, "
                        "rep_article_id FROM clusters").fetchall()
    assert row == (3, 2, 3, "2012-06-05", "d1")


@pytest.mark.parametrize("other", [
    dict(event="ACCUSE"),                       # another kind of act
    dict(published="2012-06-08"),               # three days later
    dict(recipient=("USA",)),                   # another recipient
    dict(actor=("FRA",)),                       # another actor
    dict(negated=True),                         # "did not meet"
    dict(date="2010"),                          # background from years before
])
def test_different_events_stay_apart(db, other):
    write_documents(db, [make_document("d1"), make_document("d2", **other)])
    assert clusters_of(db) == {frozenset({"d1"}), frozenset({"d2"})}


def test_meeting_of_equals_matches_a_directed_report_of_it(db):
    write_documents(db, [make_document("d1", actor=("RUS", "CHN"), recipient=()),
                         make_document("d2", actor=("CHN",), recipient=("RUS",)),
                         make_document("d3", actor=("GROUP", "RUS", "CHN"), recipient=())])
    assert clusters_of(db) == {frozenset({"d1", "d2", "d3"})}


def test_state_less_actors_match_by_name(db):
    write_documents(db, [make_document("d1", actor=("UN",)), make_document("d2", actor=("UN",)),
                         make_document("d3", actor=("RUS",))])
    assert clusters_of(db) == {frozenset({"d1", "d2"}), frozenset({"d3"})}


def test_a_report_in_between_merges_two_clusters(db):
    write_documents(db, [make_document("d1", published="2012-06-05")])
    write_documents(db, [make_document("d3", published="2012-06-07")])
    assert len(clusters_of(db)) == 2
    write_documents(db, [make_document("d2", published="2012-06-06")])
    assert clusters_of(db) == {frozenset({"d1", "d2", "d3"})}
    assert db.execute("SELECT num_articles, first_seen::VARCHAR FROM clusters").fetchall() == [(3, "2012-06-05")]


def test_clusters_do_not_depend_on_arrival_order(tmp_path):
    docs = [make_document("d1", published="2012-06-05"), make_document("d2", published="2012-06-06"),
            make_document("d3", published="2012-06-07"), make_document("d4", published="2012-06-07", event="AID"),
            make_document("d5", published="2012-06-20")]
    partitions = set()
    for n, order in enumerate(itertools.islice(itertools.permutations(docs), 0, 120, 17)):
        con = open_database(tmp_path / f"p{n}.duckdb")
        for doc in order:              # one batch per article: the incremental path each time
            write_documents(con, [doc])
        partitions.add(frozenset(clusters_of(con)))
        assert count(con, "clusters") == 3
        con.close()
    assert len(partitions) == 1


def test_sources_fall_back_to_the_url_host(db):
    write_documents(db, [make_document("d1", url="https://www.site-a.example/x"),
                         make_document("d2", url="http://site-a.example/y"),
                         make_document("d3", url="https://site-b.example/z")])
    assert db.execute("SELECT num_articles, num_sources FROM clusters").fetchall() == [(3, 2)]


def test_a_second_process_gets_a_clear_message(tmp_path):
    path = tmp_path / "held.duckdb"
    open_database(path).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(CommuniqueError) as err:
                open_database(path, read_only=read_only)
            assert f"in use by another process (pid {holder.pid}?)" in str(err.value)
            assert "another --db" in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_reading_a_missing_database_says_to_ingest_first(tmp_path):
    with pytest.raises(CommuniqueError, match="communique ingest"):
        open_database(tmp_path / "none.duckdb", read_only=True)


def test_every_table_and_column_is_documented():
    import re
    from pathlib import Path

    from communique.store.schema import TABLES

    doc = (Path(__file__).resolve().parent.parent / "docs/store.md").read_text(encoding="utf-8")
    headings = " ".join(re.findall(r"^### (.+)$", doc, flags=re.M))
    assert not [t for t in TABLES if not re.search(rf"\b{t}\b", headings)]
    assert not [f"{t}.{c}" for t, cols in TABLES.items() for c, _ in cols if not re.search(rf"\b{c}\b", doc)]
