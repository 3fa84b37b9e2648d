"""`communique eval plover FILE.json` and `communique eval attribution DIR`: scores against gold data."""
from __future__ import annotations

import importlib


def add_parser(sub) -> None:
    p = sub.add_parser("eval", help="score communique on gold annotations",
                       description="Score communique on gold annotations.")
    evsub = p.add_subparsers(dest="eval_kind", metavar="KIND")
    for kind in ("plover", "attribution"):
        module = importlib.import_module(f"..evaluate.{kind}", __package__)
        module.add_parser(evsub)
    p.set_defaults(run=lambda args: (p.print_help(), 2)[1])
