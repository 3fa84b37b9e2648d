"""`communique stats`: how many events, clusters and articles by day, category and dyad."""
from __future__ import annotations

from .query import add_event_filters, event_filter
from .store_output import add_output_options, emit, open_for_reading, output_format


def add_parser(sub) -> None:
    p = sub.add_parser("stats", help="counts of events by day, category and dyad",
                       description="Counts of event mentions, clusters and articles by day, by PLOVER category "
                                   "and by dyad (actor country → recipient country). The event filters of "
                                   "`query` narrow what is counted.")
    p.add_argument("--by", choices=("all", "day", "category", "dyad"), default="all",
                   help="which count (default all; csv and parquet need one)")
    add_event_filters(p)
    add_output_options(p, limit=False)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..errors import CommuniqueError
    from ..store.queries import STAT_GROUPS, stats, totals

    groups = STAT_GROUPS if args.by == "all" else (args.by,)
    fmt = output_format(args)
    if len(groups) > 1 and fmt == "csv" and not args.format and not args.out:
        fmt = "json"   # piped with every count: csv holds one table, json holds them all
    if len(groups) > 1 and fmt in ("csv", "parquet"):
        raise CommuniqueError(f"--format {fmt} writes one table: choose --by day, category or dyad")
    con = open_for_reading(args)
    try:
        f = event_filter(args)
        tables = {by: stats(con, f, by) for by in groups}
        counts = totals(con)
    finally:
        con.close()
    if fmt == "json" and len(groups) > 1:
        import json

        from .common import open_output
        with open_output(args.out) as out:
            json.dump({"totals": counts, **{by: t.to_pylist() for by, t in tables.items()}}, out,
                      indent=1, default=str)
            out.write("\n")
        return 0
    if fmt == "table":
        print("  ".join(f"{name}: {n}" for name, n in counts.items()))
    for by, table in tables.items():
        emit(table, args, f"by {by}")
    return 0
