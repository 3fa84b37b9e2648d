"""`communique query`: events from the database — clusters (one row per real-world event, with
how many articles and sources reported it) or, with --mentions, every report of it."""
from __future__ import annotations

from ..document import PLOVER_CATEGORIES
from .common import confidence_arg, iso_date
from .store_output import add_output_options, emit, open_for_reading

CLUSTER_COLUMNS = ["first_seen", "event", "actors", "recipients", "num_articles", "num_sources", "location",
                   "sentence"]
MENTION_COLUMNS = ["day", "event", "mode", "modality", "negated", "actors", "recipients", "location",
                   "sentence", "publisher"]


def event_type(value: str) -> list[str]:
    import argparse

    names = [v.strip().upper() for v in value.split(",") if v.strip()]
    bad = [n for n in names if n not in PLOVER_CATEGORIES]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"not a PLOVER category: {', '.join(bad) or value!r} "
                                         f"(one of {', '.join(PLOVER_CATEGORIES)})")
    return names


def add_event_filters(p) -> None:
    """The event filters `query` and `stats` share."""
    p.add_argument("--actor", metavar="NAME|ISO3", help="an actor of the event: ISO3 code, country name, "
                                                        "or part of a name or alias")
    p.add_argument("--recipient", metavar="NAME|ISO3", help="a recipient of the event, as --actor")
    p.add_argument("--event", type=event_type, metavar="TYPE[,TYPE]", help="PLOVER categories")
    p.add_argument("--mode", metavar="MODE", help="PLOVER mode, e.g. visit")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="events on or after this day")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="events on or before this day")
    p.add_argument("--country", metavar="ISO3", help="events with this country as actor, recipient or place")
    p.add_argument("--text", metavar="WORDS", help="sentences containing all these words")
    p.add_argument("--min-confidence", type=confidence_arg, metavar="X",
                   help="only events coded with at least this confidence (0-1; see docs/events.md)")


def event_filter(args):
    from ..store.queries import EventFilter

    return EventFilter(actor=args.actor, recipient=args.recipient, events=args.event or [], mode=args.mode,
                       since=args.since, until=args.until, country=args.country, text=args.text,
                       min_confidence=args.min_confidence)


def add_parser(sub) -> None:
    p = sub.add_parser("query", help="find events in the database",
                       description="Find events in the database. Default: one row per event cluster (the "
                                   "same event reported by several articles); --mentions: one row per report.")
    add_event_filters(p)
    p.add_argument("--mentions", action="store_true", help="one row per event mention instead of per cluster")
    add_output_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store.queries import query_clusters, query_mentions

    con = open_for_reading(args)
    try:
        if args.mentions:
            table = query_mentions(con, event_filter(args), args.limit)
            emit(table, args, "event mentions", MENTION_COLUMNS)
        else:
            table = query_clusters(con, event_filter(args), args.limit)
            emit(table, args, "events", CLUSTER_COLUMNS)
    finally:
        con.close()
    return 0
