"""`communique export --format FMT --out FILE`: the whole database as one file."""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    from ..store.exports import EXPORT_FORMATS
    from .common import confidence_arg
    from .store_output import add_db_option

    p = sub.add_parser("export", help="write the database to a file",
                       description="Write the database to a file. parquet, csv: the events_flat view (one row "
                                   "per event mention); jsonl: the Documents, one per line; gdelt: one row per "
                                   "event cluster with GDELT 2.0 column names, tab-separated with a header; "
                                   "plover: PLOVER JSONL records, PLOVER-strict (a future meeting is AGREE).")
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--min-confidence", type=confidence_arg, default=0.0, metavar="X",
                   help="event formats: only events coded with at least this confidence (0-1)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    import duckdb

    from ..errors import CommuniqueError
    from ..store.exports import check_out_path, export
    from .common import write_problem
    from .store_output import open_for_reading

    check_out_path(args.out)
    con = open_for_reading(args)
    try:
        n = export(con, args.format, args.out, args.min_confidence)
    except (OSError, duckdb.IOException) as ex:
        raise CommuniqueError(f"cannot write {args.out}: {write_problem(ex)}") from None
    finally:
        con.close()
    print(f"communique export: {n} rows to {args.out}", file=sys.stderr)
    return 0
