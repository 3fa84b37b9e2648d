"""Opening the database file: where it is, and what to say when another process holds it.

DuckDB lets one process open a file read-write; while it does, no other process can open that
file at all, not even read-only. The messages here say so in words, with the holder's pid.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import CommuniqueError

DEFAULT_DB = "communique.duckdb"
DB_ENV = "COMMUNIQUE_DB"

_LOCK_HOLDER = re.compile(r"PID (\d+)")


def default_db_path() -> str:
    """$COMMUNIQUE_DB, else ./communique.duckdb."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


def open_database(path: str | os.PathLike, read_only: bool = False):
    """A DuckDB connection to ``path``; the schema is created when opened for writing.

    Raises CommuniqueError when the file is missing (read-only), held by another process,
    or not a DuckDB database.
    """
    import duckdb

    from .schema import ensure_schema

    path = str(path)
    if read_only and not Path(path).is_file():
        raise CommuniqueError(f"no database at {path}: run 'communique ingest PATH... --db {path}' first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as ex:
        raise CommuniqueError(_explain_io_error(path, str(ex))) from None
    except duckdb.Error as ex:
        raise CommuniqueError(f"cannot open {path} as a DuckDB database: {ex}") from None
    if read_only:
        if not scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'store_info'"):
            con.close()
            raise CommuniqueError(f"{path} is a DuckDB file but not a communique database")
    else:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        if tables and "store_info" not in tables:
            con.close()
            raise CommuniqueError(f"{path} is a DuckDB database of something else (tables: "
                                  f"{', '.join(sorted(tables)[:5])}): communique will not add its tables to it; "
                                  f"use another --db")
        try:
            ensure_schema(con)
        except CommuniqueError as ex:
            con.close()
            raise CommuniqueError(f"{path}: {ex}") from None
    return con


def _explain_io_error(path: str, message: str) -> str:
    if "lock" in message.lower():
        pid = _LOCK_HOLDER.search(message)
        holder = f"pid {pid.group(1)}?" if pid else "pid unknown"
        return (f"the database {path} is in use by another process ({holder}): wait for it to "
                f"finish or use another --db")
    if Path(path).is_dir():
        return f"cannot open {path}: it is a directory, not a database file"
    if not Path(path).resolve().parent.is_dir():
        return f"cannot create the database {path}: no folder {Path(path).resolve().parent}"
    if "not a valid duckdb database" in message.lower():
        return f"{path} is not a DuckDB database (some other file is there: use another --db)"
    reason = message.strip().split("\n")[0].rsplit(": ", 1)[-1]
    return f"cannot open {path}: {reason}"


def scalar(con, sql: str, params: list | None = None):
    """The first value of the first row (None when no row), with the result read to its end
    (DuckDB refuses new work on a connection while a result is half read)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def arrow_result(con, sql: str, params: list | None = None):
    """The result of a query as a pyarrow Table (DuckDB 1.x and 2.x spell this differently)."""
    rel = con.sql(sql, params=params or None)
    to_table = getattr(rel, "to_arrow_table", None) or rel.arrow
    return to_table()
