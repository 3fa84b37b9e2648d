"""StoreWriter: Documents → the database, in batches, one transaction per batch.

Everything an article contributes (its article row, actors, mentions, events, quotes, stances,
relations, and the cluster updates its events cause) is committed together, so a run killed at
any point leaves whole articles or none: running the same ingest again stores the rest.

An article whose Document id is already stored is skipped (not replaced): the id is a hash of
the cleaned text and the url, so the same id means the same article.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import pyarrow as pa

from ..document import Document
from .clusters import assign_clusters, refresh_clusters
from .rows import TableRows, document_rows
from .schema import ARTICLE_TABLES, CLUSTERED_TABLES

# A documented test hook: seconds to wait inside each batch's transaction before it commits
# (announced on stderr), so that tests can kill an ingest while a batch is half written.
SLOW_BATCH_ENV = "COMMUNIQUE_TEST_SLOW_BATCH"


@dataclass
class WriteStats:
    articles: int = 0          # new articles stored
    duplicates: int = 0        # Documents whose id was already stored (or twice in the input)
    events: int = 0
    batches: int = 0
    seconds: float = 0.0       # time spent writing (building rows, inserting, clustering, committing)


class StoreWriter:
    """Buffers Documents and writes them in batches.

    >>> with StoreWriter(con) as w:
    ...     for doc in docs:
    ...         w.add(doc)

    A batch is written when ``batch_size`` Documents are waiting or ``max_wait`` seconds have
    passed since the last write (so a slow extraction still commits often).
    """

    def __init__(self, con, batch_size: int = 256, max_wait: float = 5.0):
        self.con = con
        self.batch_size = batch_size
        self.max_wait = max_wait
        self.stats = WriteStats()
        self._pending: list[tuple[Document, str | None]] = []
        self._last_write = time.monotonic()
        self._pause = float(os.environ.get(SLOW_BATCH_ENV) or 0)

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.flush()

    def stored_input_keys(self) -> set[str]:
        """Input keys (file, line) of every stored article: inputs a resumed run need not read."""
        rows = self.con.execute("SELECT input_key FROM articles WHERE input_key IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    def add(self, doc: Document, input_key: str | None = None) -> None:
        self._pending.append((doc, input_key))
        if len(self._pending) >= self.batch_size or time.monotonic() - self._last_write >= self.max_wait:
            self.flush()

    def flush(self) -> None:
        """Writes the waiting Documents in one transaction."""
        if not self._pending:
            return
        start = time.perf_counter()
        pending, self._pending = self._pending, []
        fresh = self._not_stored(pending)
        self.stats.duplicates += len(pending) - len(fresh)
        if fresh:
            self._write(fresh)
            self.stats.articles += len(fresh)
            self.stats.batches += 1
        self._last_write = time.monotonic()
        self.stats.seconds += time.perf_counter() - start

    def _not_stored(self, pending: list[tuple[Document, str | None]]) -> list[tuple[Document, str | None]]:
        ids = list(dict.fromkeys(d.id for d, _ in pending))
        stored = {r[0] for r in self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()}
        fresh, seen = [], set(stored)
        for doc, key in pending:
            if doc.id not in seen:
                seen.add(doc.id)
                fresh.append((doc, key))
        return fresh

    def _write(self, docs: list[tuple[Document, str | None]]) -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        rows = {t: TableRows(t) for t in ARTICLE_TABLES}
        for doc, key in docs:
            document_rows(doc, key, now, rows)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ARTICLE_TABLES:
                if table not in CLUSTERED_TABLES and len(rows[table]):
                    _insert(con, table, rows[table].to_arrow())
            events, keys = rows["events"].to_arrow(), rows["cluster_keys"].to_arrow()
            key_rows = _event_rows_of_keys(events, keys)
            numbered = pa.table({"n": pa.array(key_rows, pa.int64()), "day": keys.column("day"),
                                 "pair": keys.column("pair")})
            cluster_ids, touched = assign_clusters(con, numbered, events.num_rows)
            if events.num_rows:
                _insert(con, "events", _with_cluster_ids(events, cluster_ids))
            if keys.num_rows:
                _insert(con, "cluster_keys", _with_cluster_ids(keys, [cluster_ids[n] for n in key_rows]))
            refresh_clusters(con, touched)
            if self._pause:
                print(f"communique: {SLOW_BATCH_ENV}: batch {self.stats.batches + 1} written, "
                      f"committing in {self._pause} s", file=sys.stderr, flush=True)
                time.sleep(self._pause)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.stats.events += events.num_rows


def _event_rows_of_keys(events: pa.Table, keys: pa.Table) -> list[int]:
    """For each cluster key row, the row of its event in ``events``."""
    index = {k: n for n, k in enumerate(zip(events.column("article_id").to_pylist(),
                                           events.column("event_id").to_pylist()))}
    return [index[k] for k in zip(keys.column("article_id").to_pylist(), keys.column("event_id").to_pylist())]


def _with_cluster_ids(table: pa.Table, ids: list[int]) -> pa.Table:
    return table.set_column(table.schema.get_field_index("cluster_id"), "cluster_id", pa.array(ids, pa.int64()))


def _insert(con, table: str, data) -> None:
    name = f"new_{table}"
    con.register(name, data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
    finally:
        con.unregister(name)


def write_documents(con, docs, batch_size: int = 256) -> WriteStats:
    """Stores Documents (skipping ids already stored); the library entry point."""
    with StoreWriter(con, batch_size=batch_size) as writer:
        for doc in docs:
            writer.add(doc)
    return writer.stats
