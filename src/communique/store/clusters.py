"""Event clusters: the same event reported by several articles, as one record.

Two event mentions report the same event when they have the same category and negation,
their days are at most one day apart, their actors share a party key (country, or name for
state-less actors) and their recipients do too. An event without recipients (a meeting of
equals, "China and Russia signed ...") counts its actors as its recipients, so it matches
"Russia signed ... with China". Clusters are the connected components of that relation, so
they do not depend on the order articles arrive in: a batch's new mentions are linked to the
mentions already stored (and to each other) and the clusters they touch are merged. This runs
inside the batch's transaction, so clusters are always in step with the stored events.

Matching is an equality join: each mention is stored in ``cluster_keys`` once per
(actor key, recipient key) pair, as ``EVENT|negated|actor|recipient`` with its day; two mentions
share an actor key and a recipient key exactly when they share such a pair. A new mention is
probed at day-1, day and day+1.
"""
from __future__ import annotations

import pyarrow as pa

from .connection import scalar

_PROBES = ("(SELECT k.n, k.pair, k.day + o.off AS probe_day FROM new_keys k "
           "CROSS JOIN (VALUES (-1), (0), (1)) o(off))")


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


def assign_clusters(con, new_keys: pa.Table, n_new: int) -> tuple[list[int], set[int]]:
    """Cluster ids for ``n_new`` new event mentions (not yet stored), merging stored clusters
    they bridge. ``new_keys`` has their match keys: columns ``n`` (the mention's index), ``day``
    and ``pair`` (see the module docstring).

    Returns (one cluster id per new mention, the ids of clusters whose summary must be rebuilt).
    Stored events of merged clusters are moved to the surviving (smallest) id here.
    """
    if n_new == 0:
        return [], set()
    con.register("new_keys", new_keys)
    try:
        to_stored = con.execute(
            f"SELECT DISTINCT a.n, b.cluster_id FROM {_PROBES} a "
            f"JOIN cluster_keys b ON b.day = a.probe_day AND b.pair = a.pair").fetchall()
        to_new = con.execute(
            f"SELECT DISTINCT a.n, b.n FROM {_PROBES} a "
            f"JOIN new_keys b ON b.day = a.probe_day AND b.pair = a.pair AND a.n < b.n").fetchall()
    finally:
        con.unregister("new_keys")

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
    next_id = (scalar(con, "SELECT max(cluster_id) FROM clusters") or 0) + 1
    id_of_root: dict = {}
    touched: set[int] = set()
    merged: dict[int, int] = {}    # stored cluster id → the id it merges into
    for root, stored in stored_by_root.items():
        survivor = min(stored)
        id_of_root[root] = survivor
        touched.update(stored)
        merged.update((c, survivor) for c in stored if c != survivor)
    if merged:
        _move_events(con, merged)
    ids = []
    for i in range(n_new):
        root = parts.find(("new", i))
        if root not in id_of_root:
            id_of_root[root] = next_id
            next_id += 1
        ids.append(id_of_root[root])
    touched.update(ids)
    return ids, touched


def _move_events(con, merged: dict[int, int]) -> None:
    """Moves the stored events (and their keys) of merged clusters to the surviving cluster:
    one UPDATE per table, however many clusters merge."""
    mapping = pa.table({"old_id": pa.array(list(merged), pa.int64()),
                        "new_id": pa.array(list(merged.values()), pa.int64())})
    con.register("merged_clusters", mapping)
    try:
        for table in ("events", "cluster_keys"):
            con.execute(f"UPDATE {table} SET cluster_id = m.new_id FROM merged_clusters m "
                        f"WHERE {table}.cluster_id = m.old_id")
    finally:
        con.unregister("merged_clusters")


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
        FROM (SELECT * FROM events WHERE cluster_id IN (SELECT unnest(?))) e
        JOIN (SELECT article_id, published, publisher, url FROM articles WHERE article_id IN
              (SELECT article_id FROM events WHERE cluster_id IN (SELECT unnest(?)))) a
          ON a.article_id = e.article_id
        GROUP BY e.cluster_id""", [ids, ids])
