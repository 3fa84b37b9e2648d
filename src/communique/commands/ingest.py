"""`communique ingest PATH... [--db FILE]`: extract articles and store them in a DuckDB database.

Batches are committed one transaction each, so an ingest killed at any point can be run again
with the same command: inputs already stored are skipped without being extracted again, and an
article (Document id) is never stored twice.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque

from ..errors import InputProblem
from .common import add_input_options, positive_int, progress_over, report_problem, settings_from_args
from .store_output import add_db_option


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="extract articles into a DuckDB database",
                       description="Extract each article and store the Documents in a DuckDB database "
                                   "(tables described in docs/store.md). Safe to interrupt and run again: "
                                   "what is stored stays, what is missing is added, nothing is doubled.")
    add_input_options(p)
    add_db_option(p)
    p.add_argument("--batch-size", type=positive_int, default=256, metavar="N",
                   help="articles per transaction (default 256; a batch is also written every 5 s)")
    p.add_argument("--reread", action="store_true",
                   help="extract inputs already stored again (default: skip files and records whose "
                        "article is stored; an article already stored is never stored twice)")
    p.set_defaults(run=run)


def input_key(record) -> str | None:
    """What identifies an input across runs: its absolute file path, plus the line or record
    number inside a JSONL or WARC file. None for stdin and for problems."""
    if isinstance(record, InputProblem):
        return None
    source = record.source
    if not source or source in ("-", "<stdin>") or not os.path.exists(source):
        return None
    key = os.path.abspath(source)
    return key if record.line is None else f"{key}:{record.line}"


def run(args) -> int:
    from ..ingest import read_inputs
    from ..pipeline import Pipeline
    from ..store import StoreWriter, default_db_path, open_database

    settings = settings_from_args(args)
    db = args.db or default_db_path()
    con = open_database(db)
    started = time.perf_counter()
    writer = StoreWriter(con, batch_size=args.batch_size)
    stored_inputs = set() if args.reread else writer.stored_input_keys()
    keys: deque = deque()   # input keys of the records handed to the pipeline, in order
    skipped = 0

    def records():
        nonlocal skipped
        for record in read_inputs(args.paths, published=settings.published):
            key = input_key(record)
            if key is not None and key in stored_inputs:
                skipped += 1
                continue
            keys.append(key)
            yield record

    n_bad = 0
    try:
        for result in progress_over(Pipeline(settings).extract_many(records()), quiet=args.quiet):
            key = keys.popleft()
            if isinstance(result, InputProblem):
                report_problem(result)
                n_bad += 1
                continue
            writer.add(result, key)
    finally:
        # what was extracted before an interruption is complete: keep it
        try:
            writer.flush()
        finally:
            con.close()
    s = writer.stats
    if not args.quiet:
        total = time.perf_counter() - started
        print(f"communique ingest: stored {s.articles} articles ({s.events} events) in {db}; "
              f"{s.duplicates + skipped} already stored; {n_bad} failed; writing took {s.seconds:.2f} s "
              f"({100 * s.seconds / max(total, 1e-9):.1f}% of {total:.1f} s)", file=sys.stderr)
    if s.articles + s.duplicates + skipped + n_bad == 0:
        print("communique ingest: no inputs found", file=sys.stderr)
        return 3
    return 3 if n_bad else 0
