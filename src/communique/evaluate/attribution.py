"""`communique eval attribution DIR`. (Not built yet.)"""
from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("attribution", help="quote precision/recall/F1 on brat attribution annotations")
    p.add_argument("dir")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..errors import CommuniqueError
    raise CommuniqueError("'eval attribution' is not built yet")
