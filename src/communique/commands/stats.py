"""`communique stats`. (Not built yet.)"""
from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("stats", help="(not built yet)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..errors import CommuniqueError
    raise CommuniqueError("'stats' is not built yet")
