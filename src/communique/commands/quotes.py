"""`communique quotes`: who said what, from the database."""
from __future__ import annotations

from .common import iso_date
from .store_output import add_output_options, emit, open_for_reading

COLUMNS = ["published", "speaker", "kind", "content", "publisher"]


def add_parser(sub) -> None:
    p = sub.add_parser("quotes", help="find quotes in the database",
                       description="Find quotes (speaker, content) in the database.")
    p.add_argument("--speaker", metavar="NAME|ISO3",
                   help="ISO3 code, country name, or part of the speaker's name or of the words naming them")
    p.add_argument("--text", metavar="WORDS", help="quotes containing all these words")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="articles published on or after")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="articles published on or before")
    add_output_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store.queries import query_quotes

    con = open_for_reading(args)
    try:
        table = query_quotes(con, speaker=args.speaker, text=args.text, since=args.since, until=args.until,
                             limit=args.limit)
    finally:
        con.close()
    emit(table, args, "quotes", COLUMNS)
    return 0
