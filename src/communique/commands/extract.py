"""`communique extract PATH...`: articles in, Documents out (JSON, JSONL or a table for people)."""
from __future__ import annotations

import os
import sys

from ..errors import CommuniqueError, InputProblem
from .common import add_input_options, open_output, progress_over, report_problem, settings_from_args


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract actors, events, quotes from articles",
                       description="Extract a Document from each article. PATH: .html/.htm, .txt, .jsonl, "
                                   ".warc/.warc.gz, a directory (recursively), or - for stdin.")
    add_input_options(p)
    p.add_argument("--format", choices=("json", "jsonl", "table"), default=None,
                   help="json: one Document (one input only); jsonl: one per line (default for several); "
                        "table: a summary for people")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..ingest import read_inputs
    from ..pipeline import Pipeline

    if args.format == "json" and (len(args.paths) > 1 or any(os.path.isdir(p) for p in args.paths)):
        raise CommuniqueError("--format json takes one input; this run has several (use --format jsonl)")
    settings = settings_from_args(args)
    pipe = Pipeline(settings)
    records = read_inputs(args.paths, published=settings.published)
    fmt = args.format or "jsonl"
    n_ok = n_bad = 0
    single = None     # --format json: the one Document, written once the input is known to hold no other
    with open_output(args.out) as out:
        for result in progress_over(pipe.extract_many(records), quiet=args.quiet):
            if isinstance(result, InputProblem):
                report_problem(result)
                n_bad += 1
                continue
            n_ok += 1
            if fmt == "json":
                if single is not None:
                    raise CommuniqueError(f"--format json takes one article; {args.paths[0]} holds several "
                                          "(use --format jsonl)")
                single = result
            elif fmt == "jsonl":
                out.write(result.to_json() + "\n")
            else:
                from ..report import print_document_table
                print_document_table(result, out)
        if single is not None:
            out.write(single.to_json(indent=1) + "\n")
    if n_ok == 0 and n_bad == 0:
        print("communique extract: no inputs found", file=sys.stderr)
        return 3
    return 3 if n_bad else 0

