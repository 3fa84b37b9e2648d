"""relations: member_of, observer_of, leader_of, represents. (Stub.)"""
from __future__ import annotations

from .actors import ActorIndex
from .document import Relation


def find_relations(doc, actors: ActorIndex) -> list[Relation]:
    return []
