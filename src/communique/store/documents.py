"""Stored rows → Documents again (for ``export --format jsonl`` and for library users).

The inverse of :func:`.rows.document_rows`: ``Document.from_dict(doc.to_dict())`` of a read
Document equals the Document that was written.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..document import (Actor, Document, Event, Image, Location, Meta, Quote, Relation, Span,
                        Stance)


def records(con, sql: str, params: list | None = None) -> list[dict]:
    """The rows of a query as dicts (column name → value)."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _span(row: dict, prefix: str) -> Span | None:
    if row[f"{prefix}_start"] is None:
        return None
    return Span(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def read_documents(con, chunk: int = 500) -> Iterator[Document]:
    """Every stored Document, in the order they were ingested."""
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY rowid").fetchall()]
    for i in range(0, len(ids), chunk):
        yield from _documents(con, ids[i:i + chunk])


def _children(con, table: str, ids: list[str], order: str = "ord") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in records(con, f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest(?)) "
                            f"ORDER BY article_id, {order}", [ids]):
        out[row["article_id"]].append(row)
    return out


def _grouped_ids(con, table: str, key: str, value: str, ids: list[str]) -> dict[tuple, list[str]]:
    out: dict[tuple, list[str]] = defaultdict(list)
    for row in records(con, f"SELECT article_id, {key}, {value} FROM {table} "
                            f"WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, {key}, ord", [ids]):
        out[(row["article_id"], row[key])].append(row[value])
    return out


def _documents(con, ids: list[str]) -> list[Document]:
    articles = {r["article_id"]: r for r in records(
        con, "SELECT * FROM articles WHERE article_id IN (SELECT unnest(?))", [ids])}
    actors, events = _children(con, "actors", ids), _children(con, "events", ids)
    quotes, stances = _children(con, "quotes", ids), _children(con, "stances", ids)
    relations = _children(con, "relations", ids)
    mentions = defaultdict(list)
    for row in records(con, "SELECT * FROM mentions WHERE article_id IN (SELECT unnest(?)) "
                            "ORDER BY article_id, actor_id, ord", [ids]):
        mentions[(row["article_id"], row["actor_id"])].append(Span(row["start_char"], row["end_char"], row["text"]))
    links = {t: _grouped_ids(con, t, key, value, ids) for t, key, value in (
        ("event_actors", "event_id", "actor_id"), ("event_recipients", "event_id", "actor_id"),
        ("stance_holders", "stance_id", "actor_id"), ("stance_targets", "stance_id", "actor_id"),
        ("stance_evidence", "stance_id", "evidence_id"))}

    docs = []
    for aid in ids:
        a = articles[aid]
        meta = Meta(title=a["title"], authors=a["authors"], published=_iso(a["published"]), url=a["url"],
                    urls=a["urls"], publisher=a["publisher"], wire_sources=a["wire_sources"],
                    language=a["language"], section=a["section"],
                    images=[Image(**i) for i in a["images"]], input_id=a["input_id"])
        doc = Document(id=aid, meta=meta, text=a["text"], warnings=a["warnings"],
                       schema_version=a["schema_version"])
        doc.actors = [Actor(id=r["actor_id"], name=r["name"], kind=r["kind"], country=r["country"],
                            sector=r["sector"], role=r["role"], aliases=r["aliases"], members=r["members"],
                            mentions=mentions[(aid, r["actor_id"])]) for r in actors[aid]]
        doc.events = [_event(r, links) for r in events[aid]]
        doc.quotes = [Quote(id=r["quote_id"], kind=r["kind"], content=_span(r, "content"), speaker=r["speaker"],
                            speaker_text=r["speaker_text"], cue=_span(r, "cue")) for r in quotes[aid]]
        doc.stances = [Stance(id=r["stance_id"], holder=links["stance_holders"][(aid, r["stance_id"])],
                              polarity=r["polarity"], issue=r["issue"],
                              target=links["stance_targets"][(aid, r["stance_id"])],
                              evidence=links["stance_evidence"][(aid, r["stance_id"])]) for r in stances[aid]]
        doc.relations = [Relation(type=r["type"], subject=r["subject"], object=r["object"],
                                  evidence=_span(r, "evidence")) for r in relations[aid]]
        docs.append(doc)
    return docs


def _event(r: dict, links: dict) -> Event:
    key = (r["article_id"], r["event_id"])
    location = None
    if r["location_name"] is not None:
        location = Location(name=r["location_name"], country=r["location_country"], lat=r["location_lat"],
                            lon=r["location_lon"], geonames_id=r["location_geonames_id"])
    return Event(id=r["event_id"], event=r["event"], sentence=_span(r, "sentence"), trigger=_span(r, "trigger"),
                 actor=links["event_actors"][key], recipient=links["event_recipients"][key], mode=r["mode"],
                 context=r["context"], cameo=r["cameo"], intensity=r["intensity"], negated=r["negated"],
                 modality=r["modality"], date=r["date"], location=location, confidence=r["confidence"],
                 quote=r["quote_id"])
