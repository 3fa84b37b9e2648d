"""`communique eval plover FILE.json`. (Not built yet.)"""
from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("plover", help="type recall, accuracy and dyad accuracy on PLOVER gold records")
    p.add_argument("file")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..errors import CommuniqueError
    raise CommuniqueError("'eval plover' is not built yet")
