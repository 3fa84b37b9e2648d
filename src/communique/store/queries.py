"""Questions people ask of the store, as SQL over its tables: events (as clusters or as
mentions), stances, quotes, and counts. Each returns a pyarrow Table for the CLI to print or
write.

Actor arguments (``--actor``, ``--recipient``, ``--holder``, ``--speaker``) name an actor by
ISO3 country code ("RUS"), by country name ("Russia", which then also means every Russian actor),
or by part of its name or an alias ("Putin"); names of three letters or fewer match whole words
only, so "UN" does not match "Tunisia".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .connection import arrow_result

_SEP = "chr(31)"  # joins aliases into one string that a search word cannot span


def country_codes(value: str) -> list[str]:
    """ISO3 codes a user's word stands for: the code itself, or countries whose name starts with it."""
    import pycountry

    v = value.strip()
    if re.fullmatch(r"[A-Za-z]{3}", v) and pycountry.countries.get(alpha_3=v.upper()):
        return [v.upper()]
    if len(v) < 4:
        return []
    low = v.lower()
    return sorted({c.alpha_3 for c in pycountry.countries
                   if any(getattr(c, attr, "").lower().startswith(low)
                          for attr in ("name", "common_name", "official_name"))})


def name_condition(value: str, alias: str = "ac") -> tuple[str, list]:
    """SQL (over actors table alias ``alias``) true for actors whose name contains ``value`` or
    who have it as an alias, case-insensitive; three letters or fewer must be a whole word of the
    name or a whole alias ("UN" is not in "Tunisia")."""
    v = value.strip().lower()
    aliases = f"lower(array_to_string({alias}.aliases, {_SEP}))"
    if len(v) <= 3:
        return (f"(regexp_matches({alias}.name, ?) OR (len({alias}.aliases) > 0 AND "
                f"contains({_SEP} || {aliases} || {_SEP}, {_SEP} || ? || {_SEP})))",
                [r"(?i)\b" + re.escape(v) + r"\b", v])
    return (f"(contains(lower({alias}.name), ?) OR (len({alias}.aliases) > 0 AND contains({aliases}, ?)))",
            [v, v])


def actor_condition(value: str, alias: str = "ac") -> tuple[str, list]:
    """SQL (over actors table alias ``alias``) true for the actors ``value`` names (see the module
    docstring), and its params."""
    sql, params = name_condition(value, alias)
    codes = country_codes(value)
    if codes:
        return f"({alias}.country IN (SELECT unnest(?)) OR {sql})", [codes, *params]
    return sql, params


def words_condition(column: str, words: str | None) -> tuple[str, list]:
    """All of the words occur in the column (case-insensitive)."""
    parts = (words or "").split()
    return " AND ".join([f"contains(lower({column}), ?)"] * len(parts)) or "TRUE", [w.lower() for w in parts]


@dataclass
class EventFilter:
    """What ``query`` and ``stats`` can ask about event mentions; None means any."""

    actor: str | None = None
    recipient: str | None = None
    events: list[str] = field(default_factory=list)
    mode: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    country: str | None = None
    text: str | None = None
    min_confidence: float | None = None

    def where(self, e: str = "e") -> tuple[str, list]:
        """SQL condition over events alias ``e``, and its params."""
        conds: list[str] = []
        params: list = []

        def add(sql: str, *values) -> None:
            conds.append(sql)
            params.extend(values)

        for side, countries, value in (("event_actors", "actor_countries", self.actor),
                                       ("event_recipients", "recipient_countries", self.recipient)):
            if value:
                # countries from the event's own list (no join); names through its actors
                match, match_params = name_condition(value)
                by_name = (f"EXISTS (SELECT 1 FROM {side} x JOIN actors ac ON ac.article_id = x.article_id "
                           f"AND ac.actor_id = x.actor_id WHERE x.article_id = {e}.article_id "
                           f"AND x.event_id = {e}.event_id AND {match})")
                codes = country_codes(value)
                if codes:
                    add(f"(list_has_any({e}.{countries}, ?) OR {by_name})", codes, *match_params)
                else:
                    add(by_name, *match_params)
        if self.events:
            add(f"{e}.event IN (SELECT unnest(?))", [x.upper() for x in self.events])
        if self.mode:
            add(f"lower({e}.mode) = ?", self.mode.lower())
        if self.since:
            add(f"{e}.day >= ?", str(self.since))
        if self.until:
            add(f"{e}.day <= ?", str(self.until))
        if self.country:
            code = self.country.upper()
            add(f"(list_contains({e}.actor_countries, ?) OR list_contains({e}.recipient_countries, ?) "
                f"OR {e}.location_country = ?)", code, code, code)
        if self.text:
            sql, words = words_condition(f"{e}.sentence_text", self.text)
            add(sql, *words)
        if self.min_confidence:
            add(f"{e}.confidence >= ?", self.min_confidence)
        return (" AND ".join(conds) or "TRUE"), params


def _party_names(side: str, keys: str) -> str:
    """SQL: per (article_id, event_id) of relation ``keys``, the names and countries on one side."""
    return (f"SELECT x.article_id, x.event_id, "
            f"string_agg(ac.name, '; ' ORDER BY x.ord) AS names, "
            f"string_agg(coalesce(ac.country, '-'), '; ' ORDER BY x.ord) AS countries "
            f"FROM {side} x JOIN {keys} k ON k.article_id = x.article_id AND k.event_id = x.event_id "
            f"JOIN actors ac ON ac.article_id = x.article_id AND ac.actor_id = x.actor_id "
            f"GROUP BY x.article_id, x.event_id")


def _limit(limit: int | None) -> str:
    return f"LIMIT {int(limit)}" if limit else ""


def query_mentions(con, f: EventFilter, limit: int | None = 100):
    """One row per matching event mention, latest day first."""
    where, params = f.where("e")
    return arrow_result(con, f"""
        WITH hits AS (
            SELECT * FROM events e WHERE {where}
            ORDER BY e.day DESC NULLS LAST, e.article_id, e.ord {_limit(limit)}),
        acts AS ({_party_names('event_actors', 'hits')}),
        recs AS ({_party_names('event_recipients', 'hits')})
        SELECT h.day, h.event, h.mode, h.modality, h.negated,
               acts.names AS actors, acts.countries AS actor_countries,
               recs.names AS recipients, recs.countries AS recipient_countries,
               h.location_name AS location, h.trigger_text AS trigger, h.sentence_text AS sentence,
               a.published, a.publisher, a.url, h.cluster_id, h.article_id, h.event_id
        FROM hits h JOIN articles a ON a.article_id = h.article_id
        LEFT JOIN acts ON acts.article_id = h.article_id AND acts.event_id = h.event_id
        LEFT JOIN recs ON recs.article_id = h.article_id AND recs.event_id = h.event_id
        ORDER BY h.day DESC NULLS LAST, h.article_id, h.ord""", params)


def query_clusters(con, f: EventFilter, limit: int | None = 100):
    """One row per cluster with at least one matching mention, latest first; the actors and the
    sentence shown are those of the cluster's first report."""
    where, params = f.where("e")
    return arrow_result(con, f"""
        WITH matched AS (SELECT DISTINCT e.cluster_id FROM events e WHERE {where}),
        top AS (
            SELECT c.* FROM clusters c WHERE c.cluster_id IN (SELECT cluster_id FROM matched)
            ORDER BY c.first_seen DESC NULLS LAST, c.num_articles DESC, c.cluster_id {_limit(limit)}),
        reps AS (SELECT rep_article_id AS article_id, rep_event_id AS event_id FROM top),
        acts AS ({_party_names('event_actors', 'reps')}),
        recs AS ({_party_names('event_recipients', 'reps')})
        SELECT t.first_seen, t.event, e.mode, acts.names AS actors,
               array_to_string(t.actor_countries, '; ') AS actor_countries,
               recs.names AS recipients, array_to_string(t.recipient_countries, '; ') AS recipient_countries,
               t.num_articles, t.num_sources, t.num_mentions, t.first_day, t.last_day,
               e.location_name AS location, e.sentence_text AS sentence, a.url, t.cluster_id
        FROM top t
        JOIN events e ON e.article_id = t.rep_article_id AND e.event_id = t.rep_event_id
        JOIN articles a ON a.article_id = t.rep_article_id
        LEFT JOIN acts ON acts.article_id = t.rep_article_id AND acts.event_id = t.rep_event_id
        LEFT JOIN recs ON recs.article_id = t.rep_article_id AND recs.event_id = t.rep_event_id
        ORDER BY t.first_seen DESC NULLS LAST, t.num_articles DESC, t.cluster_id""", params)


def _published_range(since, until, a: str = "a") -> tuple[list[str], list]:
    conds, params = [], []
    if since:
        conds.append(f"{a}.published >= ?")
        params.append(str(since))
    if until:
        conds.append(f"{a}.published <= ?")
        params.append(str(until))
    return conds, params


def _names_of(table: str, key: str) -> str:
    return (f"(SELECT string_agg(ac.name, '; ' ORDER BY x.ord) FROM {table} x JOIN actors ac "
            f"ON ac.article_id = x.article_id AND ac.actor_id = x.actor_id "
            f"WHERE x.article_id = s.article_id AND x.{key} = s.{key})")


def query_stances(con, holder: str | None = None, target: str | None = None, issue: str | None = None,
                  polarity: str | None = None, since=None, until=None, limit: int | None = 100):
    """Stances (holder, polarity, issue, target), latest article first."""
    conds, params = _published_range(since, until)
    for table, value in (("stance_holders", holder), ("stance_targets", target)):
        if value:
            match, match_params = actor_condition(value)
            conds.append(f"EXISTS (SELECT 1 FROM {table} x JOIN actors ac ON ac.article_id = x.article_id "
                         f"AND ac.actor_id = x.actor_id WHERE x.article_id = s.article_id "
                         f"AND x.stance_id = s.stance_id AND {match})")
            params.extend(match_params)
    if issue:
        sql, words = words_condition("s.issue", issue)
        conds.append(sql)
        params.extend(words)
    if polarity:
        conds.append("s.polarity = ?")
        params.append(polarity.lower())
    return arrow_result(con, f"""
        SELECT a.published, {_names_of('stance_holders', 'stance_id')} AS holders, s.polarity, s.issue,
               {_names_of('stance_targets', 'stance_id')} AS targets,
               (SELECT string_agg(x.evidence_id, '; ' ORDER BY x.ord) FROM stance_evidence x
                WHERE x.article_id = s.article_id AND x.stance_id = s.stance_id) AS evidence,
               a.publisher, a.url, s.article_id, s.stance_id
        FROM stances s JOIN articles a ON a.article_id = s.article_id
        WHERE {' AND '.join(conds) or 'TRUE'}
        ORDER BY a.published DESC NULLS LAST, s.article_id, s.ord {_limit(limit)}""", params)


def query_quotes(con, speaker: str | None = None, text: str | None = None, since=None, until=None,
                 limit: int | None = 100):
    """Quotes with their speakers, latest article first."""
    conds, params = _published_range(since, until)
    if speaker:
        match, match_params = actor_condition(speaker)
        conds.append(f"(({match}) OR contains(lower(q.speaker_text), ?))")
        params.extend([*match_params, speaker.strip().lower()])
    if text:
        sql, words = words_condition("q.content_text", text)
        conds.append(sql)
        params.extend(words)
    return arrow_result(con, f"""
        SELECT a.published, coalesce(ac.name, q.speaker_text) AS speaker, ac.country AS speaker_country,
               q.speaker_text, q.kind, q.cue_text AS cue, q.content_text AS content,
               a.publisher, a.url, q.article_id, q.quote_id
        FROM quotes q JOIN articles a ON a.article_id = q.article_id
        LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.actor_id = q.speaker
        WHERE {' AND '.join(conds) or 'TRUE'}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.ord {_limit(limit)}""", params)


STAT_GROUPS = ("day", "category", "dyad")


def stats(con, f: EventFilter, by: str):
    """Counts of event mentions, clusters and articles grouped ``by`` day, category or dyad."""
    where, params = f.where("e")
    counts = ("count(*) AS events, count(DISTINCT e.cluster_id) AS clusters, "
              "count(DISTINCT e.article_id) AS articles")
    if by == "day":
        sql = f"SELECT e.day, {counts} FROM events e WHERE {where} GROUP BY e.day ORDER BY e.day"
    elif by == "category":
        sql = (f"SELECT e.event, {counts} FROM events e WHERE {where} "
               f"GROUP BY e.event ORDER BY events DESC, e.event")
    elif by == "dyad":
        # one row per (actor country, recipient country) of each mention; an empty side is null
        one_side = "unnest(CASE WHEN len({0}) = 0 THEN [NULL::VARCHAR] ELSE {0} END)"
        sql = (f"SELECT actor_country, recipient_country, count(*) AS events, "
               f"count(DISTINCT cluster_id) AS clusters, count(DISTINCT article_id) AS articles "
               f"FROM (SELECT cluster_id, article_id, actor_country, "
               f"{one_side.format('recipient_countries')} AS recipient_country "
               f"FROM (SELECT e.cluster_id, e.article_id, e.recipient_countries, "
               f"{one_side.format('e.actor_countries')} AS actor_country FROM events e WHERE {where})) "
               f"GROUP BY ALL ORDER BY events DESC, actor_country, recipient_country")
    else:
        raise ValueError(f"stats by {by!r}: one of {STAT_GROUPS}")
    return arrow_result(con, sql, params)


def totals(con) -> dict[str, int]:
    """How many rows each main table holds."""
    out = {}
    for table in ("articles", "actors", "events", "clusters", "quotes", "stances", "relations"):
        out[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    return out
