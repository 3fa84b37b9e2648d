"""EventCoder: spaCy Doc + actors → events. (Stub: filled by the events stage.)"""
from __future__ import annotations

from ..actors import ActorIndex
from ..document import Event, Meta, Quote
from ..settings import Settings


class EventCoder:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def find(self, doc, actors: ActorIndex, meta: Meta, quotes: list[Quote]) -> list[Event]:
        return []
