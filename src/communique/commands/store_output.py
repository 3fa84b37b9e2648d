"""What the store commands (query, stances, quotes, stats, export) share: the --db option,
opening the database for reading, and printing result tables for people or files for programs."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime

from ..errors import CommuniqueError

OUTPUT_FORMATS = ("table", "csv", "json", "parquet")


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", default=None,
                   help="the database (default: $COMMUNIQUE_DB, else ./communique.duckdb)")


def limit_arg(value: str) -> int:
    """argparse type: a row limit; 0 means no limit."""
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 for no limit: {value!r}")
    return n


def add_output_options(p: argparse.ArgumentParser, limit: bool = True) -> None:
    add_db_option(p)
    if limit:
        p.add_argument("--limit", type=limit_arg, default=100, metavar="N",
                       help="at most N rows (default 100; 0 for all)")
    p.add_argument("--format", choices=OUTPUT_FORMATS, default=None,
                   help="table for people (default on a terminal); csv or json (default csv when piped, "
                        "or taken from --out's extension); parquet needs --out")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")


def open_for_reading(args):
    from ..store import default_db_path, open_database

    return open_database(args.db or default_db_path(), read_only=True)


def output_format(args) -> str:
    if args.format:
        return args.format
    if args.out:
        suffix = args.out.rsplit(".", 1)[-1].lower()
        return suffix if suffix in ("csv", "json", "parquet") else "csv"
    return "table" if sys.stdout.isatty() else "csv"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def emit(table, args, title: str = "", columns_for_people: list[str] | None = None) -> None:
    """Writes a pyarrow Table as args.format says: a rich table, CSV, JSON (an array of
    objects) or Parquet."""
    fmt = output_format(args)
    if fmt == "parquet":
        if not args.out:
            raise CommuniqueError("--format parquet needs --out FILE")
        import pyarrow.parquet as pq

        from ..store.exports import check_out_path
        from .common import write_problem
        check_out_path(args.out)
        try:
            pq.write_table(table, args.out)
        except OSError as ex:
            raise CommuniqueError(f"cannot write {args.out}: {write_problem(ex)}") from None
        return
    from .common import open_output

    with open_output(args.out) as out:
        if fmt == "csv":
            w = csv.writer(out, lineterminator="\n")
            w.writerow(table.column_names)
            for row in table.to_pylist():
                w.writerow([_cell(v) for v in row.values()])
        elif fmt == "json":
            json.dump(table.to_pylist(), out, ensure_ascii=False, indent=1,
                      default=lambda v: v.isoformat() if isinstance(v, (date, datetime)) else str(v))
            out.write("\n")
        else:
            _print_table(table, out, title, columns_for_people)


def _print_table(table, out, title: str, columns: list[str] | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    names = [c for c in (columns or table.column_names) if c in table.column_names]
    view = Table(title=f"{title} ({table.num_rows} rows)" if title else None, show_lines=False)
    for name in names:
        view.add_column(name, overflow="fold", max_width=60 if name in ("sentence", "content", "issue") else 30)
    for row in table.select(names).to_pylist():
        view.add_row(*(_cell(v) for v in row.values()))
    console.print(view)
