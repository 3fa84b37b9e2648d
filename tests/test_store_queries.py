"""Queries over the store: every event filter, clusters vs mentions, stances, quotes, stats."""
from __future__ import annotations

import pytest

from communique.document import Location
from communique.store import open_database, write_documents
from communique.store.queries import (EventFilter, country_codes, query_clusters, query_mentions, query_quotes,
                                      query_stances, stats)
from test_store import make_document


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    con = open_database(tmp_path_factory.mktemp("q") / "q.duckdb")
    write_documents(con, [
        # one meeting reported twice, one visit, one sanction, a UN request, a Tunisian protest
        make_document("meet1", published="2012-06-05", publisher="Wire A", mode="visit"),
        make_document("meet2", published="2012-06-05", publisher="Paper B", mode="visit"),
        make_document("sanc", published="2014-04-14", event="SANCTION", actor=("USA",), recipient=("RUS",),
                      location=Location("Brussels", "BEL")),
        make_document("unreq", published="2015-11-14", event="REQUEST", actor=("UN",), recipient=("FRA",)),
        make_document("tun", published="2015-11-15", event="PROTEST", actor=("TUN",), recipient=()),
    ])
    yield con
    con.close()


def mention_ids(con, **kw) -> set[str]:
    return {r["article_id"] for r in query_mentions(con, EventFilter(**kw), limit=None).to_pylist()}


@pytest.mark.parametrize("kw, expected", [
    (dict(), {"meet1", "meet2", "sanc", "unreq", "tun"}),
    (dict(actor="RUS"), {"meet1", "meet2"}),
    (dict(actor="rus"), {"meet1", "meet2"}),              # a code in any case
    (dict(actor="Russia"), {"meet1", "meet2"}),           # a country name means its actors
    (dict(actor="united"), {"sanc", "unreq"}),            # part of a name: United States, United Nations
    (dict(actor="UN"), {"unreq"}),                        # an alias, as a whole word: not Tunisia
    (dict(actor="TUN"), {"tun"}),
    (dict(recipient="RUS"), {"sanc"}),
    (dict(recipient="France"), {"unreq"}),
    (dict(actor="RUS", events=["CONSULT"]), {"meet1", "meet2"}),
    (dict(actor="RUS", events=["SANCTION"]), set()),
    (dict(events=["SANCTION", "PROTEST"]), {"sanc", "tun"}),
    (dict(mode="VISIT"), {"meet1", "meet2"}),
    (dict(since="2014-04-14"), {"sanc", "unreq", "tun"}),
    (dict(until="2014-04-14"), {"meet1", "meet2", "sanc"}),
    (dict(since="2014-01-01", until="2015-11-14"), {"sanc", "unreq"}),
    (dict(country="RUS"), {"meet1", "meet2", "sanc"}),    # as actor or recipient
    (dict(country="BEL"), {"sanc"}),                      # as the place
    (dict(text="GRAIN report sanc"), {"sanc"}),           # all the words, any case
    (dict(text="grain nowhere"), set()),
])
def test_event_filters(con, kw, expected):
    assert mention_ids(con, **kw) == expected


def test_clusters_by_default_mentions_on_request(con):
    clusters = query_clusters(con, EventFilter(actor="RUS", events=["CONSULT"])).to_pylist()
    assert len(clusters) == 1
    (c,) = clusters
    assert (c["num_articles"], c["num_sources"], c["num_mentions"]) == (2, 2, 2)
    assert c["actors"] == "Russia" and c["recipients"] == "China" and c["event"] == "CONSULT"
    assert len(query_mentions(con, EventFilter(actor="RUS", events=["CONSULT"])).to_pylist()) == 2


def test_latest_first_and_limit(con):
    rows = query_mentions(con, EventFilter(), limit=2).to_pylist()
    assert [r["article_id"] for r in rows] == ["tun", "unreq"]
    assert [r["first_seen"].isoformat() for r in query_clusters(con, EventFilter(), limit=2).to_pylist()] == \
        ["2015-11-15", "2015-11-14"]


def test_country_codes_from_words():
    assert country_codes("chn") == ["CHN"]
    assert country_codes("Russia") == ["RUS"]
    assert set(country_codes("Korea")) == {"KOR", "PRK"}
    assert country_codes("Putin") == [] and country_codes("UN") == []


@pytest.mark.parametrize("kw, expected", [
    (dict(), {"meet1", "meet2", "sanc", "unreq", "tun"}),
    (dict(holder="USA"), {"sanc"}),
    (dict(holder="United Nations"), {"unreq"}),
    (dict(target="China"), {"meet1", "meet2"}),
    (dict(issue="GRAIN exports"), {"meet1", "meet2", "sanc", "unreq", "tun"}),
    (dict(issue="oil"), set()),
    (dict(polarity="oppose"), set()),
    (dict(since="2015-01-01", until="2015-11-14"), {"unreq"}),
])
def test_stance_filters(con, kw, expected):
    assert {r["article_id"] for r in query_stances(con, limit=None, **kw).to_pylist()} == expected


@pytest.mark.parametrize("kw, expected", [
    (dict(speaker="RUS"), {"meet1", "meet2"}),
    (dict(speaker="ministers"), {"meet1", "meet2", "sanc", "unreq", "tun"}),   # the words naming the speaker
    (dict(text="talks USEFUL"), {"meet1", "meet2", "sanc", "unreq", "tun"}),
    (dict(text="useless"), set()),
    (dict(since="2015-11-15"), {"tun"}),
    (dict(until="2012-06-05"), {"meet1", "meet2"}),
])
def test_quote_filters(con, kw, expected):
    rows = query_quotes(con, limit=None, **kw).to_pylist()
    assert {r["article_id"] for r in rows} == expected
    assert all(r["content"] for r in rows)


def test_stats_by_day_category_and_dyad(con):
    by_category = {r["event"]: (r["events"], r["clusters"]) for r in stats(con, EventFilter(), "category").to_pylist()}
    assert by_category == {"CONSULT": (2, 1), "SANCTION": (1, 1), "REQUEST": (1, 1), "PROTEST": (1, 1)}
    by_day = {r["day"].isoformat(): r["events"] for r in stats(con, EventFilter(), "day").to_pylist()}
    assert by_day == {"2012-06-05": 2, "2014-04-14": 1, "2015-11-14": 1, "2015-11-15": 1}
    dyads = {(r["actor_country"], r["recipient_country"]): r["events"]
             for r in stats(con, EventFilter(), "dyad").to_pylist()}
    assert dyads[("RUS", "CHN")] == 2 and dyads[("USA", "RUS")] == 1 and dyads[(None, "FRA")] == 1
    assert dyads[("TUN", None)] == 1
    filtered = stats(con, EventFilter(actor="RUS"), "category").to_pylist()
    assert [(r["event"], r["events"]) for r in filtered] == [("CONSULT", 2)]


def test_min_confidence_filters_mentions(tmp_path):
    con = open_database(tmp_path / "c.duckdb")
    write_documents(con, [make_document("sure", confidence=0.9), make_document("unsure", confidence=0.3)])
    try:
        assert mention_ids(con) == {"sure", "unsure"}
        assert mention_ids(con, min_confidence=0.5) == {"sure"}
    finally:
        con.close()
