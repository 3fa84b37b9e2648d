"""stances: who supports or opposes what, from events and quotes. (Stub.)"""
from __future__ import annotations

from .actors import ActorIndex
from .document import Event, Quote, Stance


def find_stances(doc, events: list[Event], quotes: list[Quote], actors: ActorIndex) -> list[Stance]:
    return []
