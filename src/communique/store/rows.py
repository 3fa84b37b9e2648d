"""Documents → column lists, one per table of :mod:`.schema`, ready to become Arrow tables.

Also derives the columns the store adds for querying and clustering: the event's ``day``,
its actor and recipient countries, and its party keys (see :func:`party_keys`).
"""
from __future__ import annotations

from datetime import date, datetime

import pyarrow as pa

from ..document import Actor, Document, Event, Span
from .schema import TABLES, arrow_schema


class TableRows:
    """Rows of one table, collected column by column (faster to turn into Arrow than dicts)."""

    def __init__(self, table: str):
        self.table = table
        self.columns: dict[str, list] = {name: [] for name, _ in TABLES[table]}

    def add(self, **values) -> None:
        for name, col in self.columns.items():
            col.append(values.get(name))

    def __len__(self) -> int:
        return len(next(iter(self.columns.values())))

    def to_arrow(self) -> pa.Table:
        return pa.table(self.columns, schema=arrow_schema(self.table))


def parse_day(value: str | None) -> date | None:
    """A full YYYY-MM-DD date, else None (a year or a month is not a day)."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def event_day(event: Event, published: date | None) -> date | None:
    """The day the event happened: its own full date, else (no date given) the publication date.

    An event dated only to a year or month (background, "in 2014") gets no day: it cannot be
    placed within a day of another report.
    """
    if event.date is None:
        return published
    return parse_day(event.date)


def _span_cols(prefix: str, span: Span | None) -> dict:
    if span is None:
        return {}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _countries_of(actor_id: str, actors: dict[str, Actor]) -> list[str]:
    """The countries an actor stands for: its own, else its members' (for groups like 'both sides')."""
    actor = actors.get(actor_id)
    if actor is None:
        return []
    if actor.country:
        return [actor.country]
    return [m.country for m in (actors.get(i) for i in actor.members) if m is not None and m.country]


def _unique(items) -> list:
    return list(dict.fromkeys(items))


def party_keys(actor_ids: list[str], actors: dict[str, Actor]) -> list[str]:
    """What identifies the parties of an event across articles: each actor's country (or its
    members' countries), else its lower-cased name (an IGO, a group without a state)."""
    keys = []
    for i in actor_ids:
        countries = _countries_of(i, actors)
        if countries:
            keys.extend(countries)
        elif i in actors:
            keys.append(actors[i].name.lower())
    return _unique(keys)


def cluster_pairs(event: str, negated: bool, actor_keys: list[str], recipient_keys: list[str]) -> list[str]:
    """The match keys of an event mention (see :mod:`.clusters`): one per (actor key, recipient
    key) pair; an event without recipients pairs its actors with each other (a meeting of equals)."""
    recipients = recipient_keys or actor_keys
    return [f"{event}|{int(bool(negated))}|{a}|{r}" for a in actor_keys for r in recipients]


def document_rows(doc: Document, input_key: str | None, ingested_at: datetime,
                  into: dict[str, TableRows]) -> None:
    """Appends every row of one Document to ``into`` (table name → TableRows)."""
    aid, m = doc.id, doc.meta
    published = parse_day(m.published)
    into["articles"].add(
        article_id=aid, url=m.url, urls=list(m.urls), title=m.title, published=published,
        publisher=m.publisher, authors=list(m.authors), wire_sources=list(m.wire_sources),
        language=m.language, section=m.section,
        images=[{"caption": i.caption, "credit": i.credit, "src": i.src} for i in m.images],
        text=doc.text, warnings=list(doc.warnings), schema_version=doc.schema_version,
        input_id=m.input_id, input_key=input_key, ingested_at=ingested_at)
    actors = {a.id: a for a in doc.actors}
    for n, a in enumerate(doc.actors):
        into["actors"].add(article_id=aid, actor_id=a.id, ord=n, name=a.name, kind=a.kind,
                           country=a.country, sector=a.sector, role=a.role, aliases=list(a.aliases),
                           members=list(a.members))
        for k, span in enumerate(a.mentions):
            into["mentions"].add(article_id=aid, actor_id=a.id, ord=k, start_char=span.start,
                                 end_char=span.end, text=span.text)
    for n, e in enumerate(doc.events):
        _event_rows(aid, n, e, actors, published, into)
    for n, q in enumerate(doc.quotes):
        into["quotes"].add(article_id=aid, quote_id=q.id, ord=n, kind=q.kind, speaker=q.speaker,
                           speaker_text=q.speaker_text, **_span_cols("cue", q.cue),
                           **_span_cols("content", q.content))
    for n, s in enumerate(doc.stances):
        into["stances"].add(article_id=aid, stance_id=s.id, ord=n, polarity=s.polarity, issue=s.issue)
        for table, ids, col in (("stance_holders", s.holder, "actor_id"), ("stance_targets", s.target, "actor_id"),
                                ("stance_evidence", s.evidence, "evidence_id")):
            for k, ref in enumerate(ids):
                into[table].add(article_id=aid, stance_id=s.id, ord=k, **{col: ref})
    for n, r in enumerate(doc.relations):
        into["relations"].add(article_id=aid, ord=n, type=r.type, subject=r.subject, object=r.object,
                              **_span_cols("evidence", r.evidence))


def _event_rows(aid: str, n: int, e: Event, actors: dict[str, Actor], published: date | None,
                into: dict[str, TableRows]) -> None:
    loc = e.location
    location = {} if loc is None else {
        "location_name": loc.name, "location_country": loc.country, "location_lat": loc.lat,
        "location_lon": loc.lon, "location_geonames_id": loc.geonames_id}
    into["events"].add(
        article_id=aid, event_id=e.id, ord=n, event=e.event, mode=e.mode, context=list(e.context),
        cameo=e.cameo, intensity=e.intensity, negated=bool(e.negated), modality=e.modality, date=e.date,
        day=event_day(e, published), confidence=e.confidence, quote_id=e.quote,
        actor_countries=_unique(c for i in e.actor for c in _countries_of(i, actors)),
        recipient_countries=_unique(c for i in e.recipient for c in _countries_of(i, actors)),
        actor_keys=party_keys(e.actor, actors), recipient_keys=party_keys(e.recipient, actors),
        **location, **_span_cols("sentence", e.sentence), **_span_cols("trigger", e.trigger))
    day = into["events"].columns["day"][-1]
    actor_keys, recipient_keys = into["events"].columns["actor_keys"][-1], into["events"].columns["recipient_keys"][-1]
    for pair in cluster_pairs(e.event, e.negated, actor_keys, recipient_keys) if day else ():
        into["cluster_keys"].add(article_id=aid, event_id=e.id, day=day, pair=pair)
    for table, ids in (("event_actors", e.actor), ("event_recipients", e.recipient)):
        for k, actor_id in enumerate(ids):
            into[table].add(article_id=aid, event_id=e.id, ord=k, actor_id=actor_id)
