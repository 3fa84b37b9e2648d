"""store: Documents in an embedded DuckDB database, with event clusters across articles.

    from communique.store import open_database, write_documents
    con = open_database("news.duckdb")
    write_documents(con, docs)
    con.sql("SELECT event, count(*) FROM events_flat GROUP BY ALL").show()

The tables and the ``events_flat`` view are described in docs/store.md.
"""
from __future__ import annotations

from .connection import default_db_path, open_database
from .writer import StoreWriter, WriteStats, write_documents

__all__ = ["StoreWriter", "WriteStats", "default_db_path", "open_database", "write_documents"]
