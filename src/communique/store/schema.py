"""The database layout: every table's columns defined once, as data.

``TABLES`` maps a table name to its ``(column, DuckDB type)`` pairs. The DDL, the Arrow
schemas the writer builds its batches with, and docs/store.md all follow from it, so a
column is added in one place. Child tables carry ``article_id`` (the Document id) and an
``ord`` column (the position in the Document) so a Document can be rebuilt exactly.
"""
from __future__ import annotations

from functools import lru_cache

import pyarrow as pa

STORE_VERSION = "1"

IMAGE = "STRUCT(caption VARCHAR, credit VARCHAR, src VARCHAR)"

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "VARCHAR"), ("url", "VARCHAR"), ("urls", "VARCHAR[]"), ("title", "VARCHAR"),
        ("published", "DATE"), ("publisher", "VARCHAR"), ("authors", "VARCHAR[]"),
        ("wire_sources", "VARCHAR[]"), ("language", "VARCHAR"), ("section", "VARCHAR"),
        ("images", f"{IMAGE}[]"), ("text", "VARCHAR"), ("warnings", "VARCHAR[]"),
        ("schema_version", "VARCHAR"), ("input_id", "VARCHAR"), ("input_key", "VARCHAR"),
        ("ingested_at", "TIMESTAMP"),
    ],
    "actors": [
        ("article_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("ord", "INTEGER"), ("name", "VARCHAR"),
        ("kind", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"), ("role", "VARCHAR"),
        ("aliases", "VARCHAR[]"), ("members", "VARCHAR[]"),
    ],
    "mentions": [
        ("article_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("ord", "INTEGER"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("text", "VARCHAR"),
    ],
    "events": [
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("ord", "INTEGER"), ("event", "VARCHAR"),
        ("mode", "VARCHAR"), ("context", "VARCHAR[]"), ("cameo", "VARCHAR"), ("intensity", "DOUBLE"),
        ("negated", "BOOLEAN"), ("modality", "VARCHAR"), ("date", "VARCHAR"), ("day", "DATE"),
        ("location_name", "VARCHAR"), ("location_country", "VARCHAR"), ("location_lat", "DOUBLE"),
        ("location_lon", "DOUBLE"), ("location_geonames_id", "BIGINT"),
        ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"), ("sentence_text", "VARCHAR"),
        ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"), ("trigger_text", "VARCHAR"),
        ("confidence", "DOUBLE"), ("quote_id", "VARCHAR"),
        ("actor_countries", "VARCHAR[]"), ("recipient_countries", "VARCHAR[]"),
        ("actor_keys", "VARCHAR[]"), ("recipient_keys", "VARCHAR[]"), ("cluster_id", "BIGINT"),
    ],
    "event_actors": [
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("ord", "INTEGER"), ("actor_id", "VARCHAR"),
    ],
    "event_recipients": [
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("ord", "INTEGER"), ("actor_id", "VARCHAR"),
    ],
    "quotes": [
        ("article_id", "VARCHAR"), ("quote_id", "VARCHAR"), ("ord", "INTEGER"), ("kind", "VARCHAR"),
        ("speaker", "VARCHAR"), ("speaker_text", "VARCHAR"),
        ("cue_start", "INTEGER"), ("cue_end", "INTEGER"), ("cue_text", "VARCHAR"),
        ("content_start", "INTEGER"), ("content_end", "INTEGER"), ("content_text", "VARCHAR"),
    ],
    "stances": [
        ("article_id", "VARCHAR"), ("stance_id", "VARCHAR"), ("ord", "INTEGER"), ("polarity", "VARCHAR"),
        ("issue", "VARCHAR"),
    ],
    "stance_holders": [
        ("article_id", "VARCHAR"), ("stance_id", "VARCHAR"), ("ord", "INTEGER"), ("actor_id", "VARCHAR"),
    ],
    "stance_targets": [
        ("article_id", "VARCHAR"), ("stance_id", "VARCHAR"), ("ord", "INTEGER"), ("actor_id", "VARCHAR"),
    ],
    "stance_evidence": [
        ("article_id", "VARCHAR"), ("stance_id", "VARCHAR"), ("ord", "INTEGER"), ("evidence_id", "VARCHAR"),
    ],
    "relations": [
        ("article_id", "VARCHAR"), ("ord", "INTEGER"), ("type", "VARCHAR"), ("subject", "VARCHAR"),
        ("object", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
        ("evidence_text", "VARCHAR"),
    ],
    "cluster_keys": [
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("day", "DATE"), ("pair", "VARCHAR"),
        ("cluster_id", "BIGINT"),
    ],
    "clusters": [
        ("cluster_id", "BIGINT"), ("event", "VARCHAR"), ("first_seen", "DATE"), ("first_day", "DATE"),
        ("last_day", "DATE"), ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"),
        ("num_sources", "INTEGER"), ("actor_countries", "VARCHAR[]"), ("recipient_countries", "VARCHAR[]"),
        ("rep_article_id", "VARCHAR"), ("rep_event_id", "VARCHAR"),
    ],
}

# Tables whose rows belong to one article: written with it, in the same transaction.
ARTICLE_TABLES = [name for name in TABLES if name != "clusters"]
# ... of which these get their cluster ids at write time
CLUSTERED_TABLES = ("events", "cluster_keys")

_ARROW_SCALARS = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
    IMAGE: pa.struct([("caption", pa.string()), ("credit", pa.string()), ("src", pa.string())]),
}


def arrow_type(sql_type: str) -> pa.DataType:
    """The Arrow type a DuckDB column type is written from (``X[]`` is a list of X)."""
    if sql_type.endswith("[]"):
        return pa.list_(arrow_type(sql_type[:-2]))
    return _ARROW_SCALARS[sql_type]


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, arrow_type(t)) for name, t in TABLES[table]])


def _create_table(name: str) -> str:
    cols = ", ".join(f'"{c}" {t}' for c, t in TABLES[name])
    key = ", PRIMARY KEY (article_id)" if name == "articles" else ""
    return f"CREATE TABLE IF NOT EXISTS {name} ({cols}{key})"


# One row per event mention, with its article and its actors' names, countries and sectors
# as lists in the event's actor order: the table most users want (see docs/store.md).
EVENTS_FLAT = """
CREATE OR REPLACE VIEW events_flat AS
WITH parties AS (
    SELECT 'actor' AS side, x.article_id, x.event_id, x.ord, ac.name, ac.country, ac.sector
    FROM event_actors x JOIN actors ac ON ac.article_id = x.article_id AND ac.actor_id = x.actor_id
    UNION ALL
    SELECT 'recipient', x.article_id, x.event_id, x.ord, ac.name, ac.country, ac.sector
    FROM event_recipients x JOIN actors ac ON ac.article_id = x.article_id AND ac.actor_id = x.actor_id
), grouped AS (
    SELECT article_id, event_id,
           list(name ORDER BY ord) FILTER (WHERE side = 'actor') AS actor_names,
           list(country ORDER BY ord) FILTER (WHERE side = 'actor') AS actor_country_codes,
           list(sector ORDER BY ord) FILTER (WHERE side = 'actor') AS actor_sectors,
           list(name ORDER BY ord) FILTER (WHERE side = 'recipient') AS recipient_names,
           list(country ORDER BY ord) FILTER (WHERE side = 'recipient') AS recipient_country_codes,
           list(sector ORDER BY ord) FILTER (WHERE side = 'recipient') AS recipient_sectors
    FROM parties GROUP BY article_id, event_id
)
SELECT e.article_id, e.event_id, e.cluster_id, e.day, e.date AS event_date, a.published, a.url,
       a.publisher, a.title, e.event, e.mode, e.context, e.cameo, e.intensity, e.negated, e.modality,
       e.confidence,
       coalesce(g.actor_names, []) AS actor_names,
       coalesce(g.actor_country_codes, []) AS actor_countries,
       coalesce(g.actor_sectors, []) AS actor_sectors,
       coalesce(g.recipient_names, []) AS recipient_names,
       coalesce(g.recipient_country_codes, []) AS recipient_countries,
       coalesce(g.recipient_sectors, []) AS recipient_sectors,
       e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_geonames_id,
       e.trigger_text, e.sentence_text, e.quote_id
FROM events e
JOIN articles a ON a.article_id = e.article_id
LEFT JOIN grouped g ON g.article_id = e.article_id AND g.event_id = e.event_id
"""


def ensure_schema(con) -> None:
    """Creates the tables and views that are missing; refuses a database of another layout."""
    from ..errors import CommuniqueError
    from .connection import scalar

    con.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    version = scalar(con, "SELECT value FROM store_info WHERE key = 'store_version'")
    if version is not None and version != STORE_VERSION:
        raise CommuniqueError(f"this database has store layout {version}; this communique writes "
                              f"layout {STORE_VERSION}: use another --db")
    if version is not None:
        return
    con.execute("BEGIN TRANSACTION")
    for name in TABLES:
        con.execute(_create_table(name))
    con.execute(EVENTS_FLAT)
    con.execute("INSERT INTO store_info VALUES ('store_version', ?)", [STORE_VERSION])
    con.execute("COMMIT")
    # an empty write-ahead log from here on: its growth is a sign that articles were committed
    con.execute("CHECKPOINT")
