"""`communique stances`: positions actors hold (support/oppose an issue) from the database."""
from __future__ import annotations

from .common import iso_date
from .store_output import add_output_options, emit, open_for_reading

COLUMNS = ["published", "holders", "polarity", "issue", "targets", "publisher"]


def add_parser(sub) -> None:
    p = sub.add_parser("stances", help="find stances in the database",
                       description="Find stances (holder, polarity, issue, target) in the database.")
    p.add_argument("--holder", metavar="NAME|ISO3", help="who holds it: ISO3 code, country name, or part of a name")
    p.add_argument("--target", metavar="NAME|ISO3", help="whom it is about, as --holder")
    p.add_argument("--issue", metavar="WORDS", help="issues containing all these words")
    p.add_argument("--polarity", choices=("support", "oppose"))
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="articles published on or after")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="articles published on or before")
    add_output_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store.queries import query_stances

    con = open_for_reading(args)
    try:
        table = query_stances(con, holder=args.holder, target=args.target, issue=args.issue,
                              polarity=args.polarity, since=args.since, until=args.until, limit=args.limit)
    finally:
        con.close()
    emit(table, args, "stances", COLUMNS)
    return 0
