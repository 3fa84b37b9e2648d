"""The store → files: events_flat as CSV or Parquet, Documents as JSONL, clustered events as a
GDELT-2.0-like table (TSV), and event mentions as PLOVER JSONL records.

Each writer streams (DuckDB COPY, or rows fetched in chunks), so exports of millions of events
do not hold them in memory.
"""
from __future__ import annotations

import csv
import json
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .. import __version__
from .documents import read_documents

EXPORT_FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")
CHUNK = 10_000


@lru_cache(maxsize=None)
def gdelt_spec() -> dict:
    """``data/store/gdelt.yaml``: QuadClass per category and the columns written."""
    text = resources.files("communique").joinpath("data/store/gdelt.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def quad_class(category: str) -> int | None:
    return gdelt_spec()["quad_class"].get(category)


def export(con, fmt: str, out: str, min_confidence: float = 0.0) -> int:
    """Writes the store to ``out`` in ``fmt`` (one of EXPORT_FORMATS); returns the rows written.
    The event formats keep only events coded with at least ``min_confidence`` (jsonl writes whole
    Documents)."""
    if fmt == "jsonl":
        return export_jsonl(con, out)
    if fmt in ("parquet", "csv"):
        return export_events_flat(con, out, fmt, min_confidence)
    return {"gdelt": export_gdelt, "plover": export_plover}[fmt](con, out, min_confidence)


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def export_events_flat(con, out: str, fmt: str, min_confidence: float = 0.0) -> int:
    """The events_flat view; in CSV, list columns are joined with '; '."""
    cols = con.execute("DESCRIBE events_flat").fetchall()
    select = ", ".join(
        f"array_to_string({name}, '; ') AS {name}" if fmt == "csv" and kind.endswith("[]") else name
        for name, kind, *_ in cols)
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    keep = f"confidence >= {float(min_confidence)!r}"
    con.execute(f"COPY (SELECT {select} FROM events_flat WHERE {keep} ORDER BY day, article_id, event_id) "
                f"TO {_sql_string(str(out))} ({options})").fetchall()
    return con.execute(f"SELECT count(*) FROM events WHERE {keep}").fetchall()[0][0]


def export_jsonl(con, out: str) -> int:
    """Every stored Document, one JSON object per line (``Document.from_dict`` reads them back)."""
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for doc in read_documents(con):
            f.write(doc.to_json() + "\n")
            n += 1
    return n


def _chunks(cursor):
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(CHUNK):
        for row in rows:
            yield dict(zip(names, row))


# The parties of an event as lists of actor structs, in the event's order.
def _parties(side: str) -> str:
    return (f"(SELECT list({{'name': ac.name, 'country': ac.country, 'sector': ac.sector, 'role': ac.role}} "
            f"ORDER BY x.ord) FROM {side} x JOIN actors ac ON ac.article_id = x.article_id "
            f"AND ac.actor_id = x.actor_id WHERE x.article_id = e.article_id AND x.event_id = e.event_id)")


def _compact(day) -> str | None:
    return day.strftime("%Y%m%d") if day else None


def _actor_code(actor: dict | None) -> str | None:
    """CAMEO-style actor code: country then sector ('RUSGOV'); 'IGO' alone for a state-less IGO."""
    if not actor:
        return None
    return ((actor["country"] or "") + (actor["sector"] or "")) or None


def export_gdelt(con, out: str, min_confidence: float = 0.0) -> int:
    """One row per clustered event (negated ones left out: GDELT has no negation; with
    ``min_confidence``, clusters none of whose reports reaches it), tab-separated with a header
    row, GDELT 2.0 column names; country codes are ISO3 (GDELT uses FIPS for ActionGeo_CountryCode)."""
    from ..events.plover import cameo_code

    columns = gdelt_spec()["columns"]
    cursor = con.execute(f"""
        SELECT c.cluster_id, coalesce(c.first_day, c.first_seen) AS day, c.num_mentions, c.num_articles,
               c.num_sources, e.event, e.mode, e.cameo, e.intensity, e.location_name, e.location_country,
               e.location_lat, e.location_lon, e.location_geonames_id, a.url, a.ingested_at,
               e.sentence_start < coalesce(nullif(strpos(a.text, chr(10)), 0), length(a.text) + 1) AS in_lead,
               {_parties('event_actors')} AS actors, {_parties('event_recipients')} AS recipients
        FROM clusters c
        JOIN events e ON e.article_id = c.rep_article_id AND e.event_id = c.rep_event_id
        JOIN articles a ON a.article_id = c.rep_article_id
        WHERE NOT e.negated AND EXISTS (SELECT 1 FROM events m WHERE m.cluster_id = c.cluster_id
                                        AND m.confidence >= ?)
        ORDER BY c.cluster_id""", [float(min_confidence)])
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(columns)
        for r in _chunks(cursor):
            actors, recipients = r["actors"] or [], r["recipients"] or []
            others = recipients or actors[1:]
            a1 = actors[0] if actors else None
            a2 = others[0] if others else None
            code = r["cameo"] or cameo_code(r["event"], r["mode"])
            day: date | None = r["day"]
            row = {
                "GLOBALEVENTID": r["cluster_id"], "SQLDATE": _compact(day),
                "MonthYear": day.strftime("%Y%m") if day else None, "Year": day.year if day else None,
                "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else None,
                "Actor1Code": _actor_code(a1), "Actor1Name": a1 and a1["name"].upper(),
                "Actor1CountryCode": a1 and a1["country"], "Actor1Type1Code": a1 and a1["sector"],
                "Actor2Code": _actor_code(a2), "Actor2Name": a2 and a2["name"].upper(),
                "Actor2CountryCode": a2 and a2["country"], "Actor2Type1Code": a2 and a2["sector"],
                "IsRootEvent": int(bool(r["in_lead"])), "EventCode": code,
                "EventBaseCode": code and code[:3], "EventRootCode": code and code[:2],
                "QuadClass": quad_class(r["event"]), "GoldsteinScale": r["intensity"],
                "NumMentions": r["num_mentions"], "NumSources": r["num_sources"],
                "NumArticles": r["num_articles"], "ActionGeo_FullName": r["location_name"],
                "ActionGeo_CountryCode": r["location_country"], "ActionGeo_Lat": r["location_lat"],
                "ActionGeo_Long": r["location_lon"], "ActionGeo_FeatureID": r["location_geonames_id"],
                "DATEADDED": r["ingested_at"].strftime("%Y%m%d%H%M%S") if r["ingested_at"] else None,
                "SOURCEURL": r["url"],
            }
            w.writerow(["" if row[c] is None else row[c] for c in columns])
            n += 1
    return n


def _plover_entity(actor: dict) -> dict:
    out = {"code": actor["country"], "sector": actor["sector"], "identifier_text": actor["name"]}
    if actor["role"]:
        out["office"] = actor["role"]
    return out


def plover_record(r: dict) -> dict:
    """One event mention (a row of the export query) as a PLOVER JSON record, PLOVER-strict:
    the category folded by modality (a future meeting is AGREE, threatened force THREATEN)."""
    from ..events.plover import fold, intensity

    category = fold(r["event"], r["modality"])
    folded = category != r["event"]
    scale = intensity(category) if folded else r["intensity"]
    record = {
        "id": f"{r['article_id']}-{r['event_id']}",
        "date": (r["day"] or r["published"]).isoformat() if (r["day"] or r["published"]) else r["date"],
        "actor": [_plover_entity(a) for a in r["actors"] or []],
        "recipient": [_plover_entity(a) for a in r["recipients"] or []],
        "event": [category],
        "mode": [] if folded or not r["mode"] else [r["mode"]],
        "context": list(r["context"] or []),
        "quad_code": quad_class(category),
        "event_scale": scale,
        "event_text": [r["trigger_text"]],
        "text": r["sentence_text"],
        "text_info": {"start": r["sentence_start"], "end": r["sentence_end"]},
        "cite_info": {"url": r["url"], "title": r["title"], "language": r["language"],
                      "publication": r["publisher"], "coder": f"communique {__version__}"},
        "link": r["cluster_id"],
        "coded_date": r["ingested_at"].date().isoformat() if r["ingested_at"] else None,
        "communique": {"event": r["event"], "modality": r["modality"], "confidence": r["confidence"]},
    }
    if r["location_name"]:
        record["event_loc"] = {"extracted_place": r["location_name"], "country_code": r["location_country"],
                               "lat": r["location_lat"], "lon": r["location_lon"],
                               "geonameid": r["location_geonames_id"]}
    return record


def export_plover(con, out: str, min_confidence: float = 0.0) -> int:
    """Every event mention that is not negated (PLOVER codes what happened or is said to come),
    as PLOVER JSONL records; ``link`` is the event's cluster id."""
    cursor = con.execute(f"""
        SELECT e.*, a.published, a.url, a.title, a.language, a.publisher, a.ingested_at,
               {_parties('event_actors')} AS actors, {_parties('event_recipients')} AS recipients
        FROM events e JOIN articles a ON a.article_id = e.article_id
        WHERE NOT e.negated AND e.confidence >= ?
        ORDER BY e.day, e.article_id, e.ord""", [float(min_confidence)])
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for r in _chunks(cursor):
            f.write(json.dumps(plover_record(r), ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def check_out_path(out: str) -> None:
    """Raises CommuniqueError when ``out`` cannot be written (its folder is missing)."""
    from ..errors import CommuniqueError

    parent = Path(out).resolve().parent
    if not parent.is_dir():
        raise CommuniqueError(f"cannot write {out}: no folder {parent}")
    if Path(out).is_dir():
        raise CommuniqueError(f"cannot write {out}: it is a directory (give a file name)")
