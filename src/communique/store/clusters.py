"""Event clusters: the same event reported by several articles, as one record.

Two event mentions report the same event when they have the same category and negation,
their days are at most one day apart, their actors share a party key (country, or name for
state-less actors) and their recipients do too. An event without recipients (a meeting of
equals, "China and Russia signed ...") counts its actors as its recipients, so it matches
"Russia signed ... with China". Clusters are the connected components of that relation, so
they do not depend on the order articles arrive in: a batch's new mentions are linked to the
mentions already stored (and to each other) and the clusters they touch are merged. This runs
inside the batch's transaction, so clusters are always in step with the stored events.
"""
from __future__ import annotations

import pyarrow as pa

from .connection import scalar

# The matching rule, once, over two relations ``a`` and ``b``.
_RECIPIENTS = "CASE WHEN len({t}.recipient_keys) = 0 THEN {t}.actor_keys ELSE {t}.recipient_keys END"
_SAME_EVENT = (f"a.event = b.event AND a.negated = b.negated "
               f"AND list_has_any(a.actor_keys, b.actor_keys) "
               f"AND list_has_any({_RECIPIENTS.format(t='a')}, {_RECIPIENTS.format(t='b')})")
# new mentions, each probed at day-1, day and day+1 so that the join stays an equality join
_PROBES = ("(SELECT n.*, n.day + o.off AS probe_day FROM new_events n "
           "CROSS JOIN (VALUES (-1), (0), (1)) o(off) WHERE n.day IS NOT NULL)")


class _Components:
    """Union-find over hashable nodes."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def assign_clusters(con, new_events: pa.Table) -> tuple[list[int], set[int]]:
    """Cluster ids for the rows of ``new_events`` (an Arrow table of the events table's columns,
    not yet inserted), merging stored clusters they bridge.

    Returns (one cluster id per new row, the ids of clusters whose summary must be rebuilt).
    Stored events of merged clusters are moved to the surviving (smallest) id here.
    """
    n_new = new_events.num_rows
    if n_new == 0:
        return [], set()
    con.register("new_events", new_events.append_column("n", pa.array(range(n_new), pa.int64())))
    try:
        to_stored = con.execute(
            f"SELECT DISTINCT a.n, b.cluster_id FROM {_PROBES} a "
            f"JOIN events b ON b.day = a.probe_day AND {_SAME_EVENT}").fetchall()
        to_new = con.execute(
            f"SELECT DISTINCT a.n, b.n FROM {_PROBES} a "
            f"JOIN new_events b ON b.day = a.probe_day AND a.n < b.n AND {_SAME_EVENT}").fetchall()
    finally:
        con.unregister("new_events")

    parts = _Components()
    for i in range(n_new):
        parts.find(("new", i))
    for i, cluster in to_stored:
        parts.union(("new", i), ("stored", cluster))
    for i, j in to_new:
        parts.union(("new", i), ("new", j))

    stored_by_root: dict = {}
    for node in list(parts.parent):
        if node[0] == "stored":
            stored_by_root.setdefault(parts.find(node), []).append(node[1])
    next_id = (scalar(con, "SELECT max(cluster_id) FROM events") or 0) + 1
    id_of_root: dict = {}
    touched: set[int] = set()
    for root, stored in stored_by_root.items():
        survivor = min(stored)
        id_of_root[root] = survivor
        touched.update(stored)
        merged = [c for c in stored if c != survivor]
        if merged:
            con.execute("UPDATE events SET cluster_id = ? WHERE cluster_id IN (SELECT unnest(?))",
                        [survivor, merged])
    ids = []
    for i in range(n_new):
        root = parts.find(("new", i))
        if root not in id_of_root:
            id_of_root[root] = next_id
            next_id += 1
        ids.append(id_of_root[root])
    touched.update(ids)
    return ids, touched


_HOST = r"nullif(regexp_extract(a.url, '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1), '')"


def refresh_clusters(con, cluster_ids: set[int]) -> None:
    """Rebuilds the ``clusters`` rows of these ids from their events (deleting ids left empty)."""
    if not cluster_ids:
        return
    ids = sorted(cluster_ids)
    con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?))", [ids])
    con.execute(f"""
        INSERT INTO clusters BY NAME
        SELECT e.cluster_id,
               any_value(e.event) AS event,
               min(a.published) AS first_seen,
               min(e.day) AS first_day,
               max(e.day) AS last_day,
               count(*) AS num_mentions,
               count(DISTINCT e.article_id) AS num_articles,
               count(DISTINCT coalesce(a.publisher, {_HOST}, 'unknown')) AS num_sources,
               list_sort(list_distinct(flatten(list(e.actor_countries)))) AS actor_countries,
               list_sort(list_distinct(flatten(list(e.recipient_countries)))) AS recipient_countries,
               arg_min(e.article_id, (a.published, e.day, e.article_id, e.ord)) AS rep_article_id,
               arg_min(e.event_id, (a.published, e.day, e.article_id, e.ord)) AS rep_event_id
        FROM events e JOIN articles a ON a.article_id = e.article_id
        WHERE e.cluster_id IN (SELECT unnest(?))
        GROUP BY e.cluster_id""", [ids])
