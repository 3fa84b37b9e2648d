"""QuoteFinder: spaCy Doc + actors → quotes. (Stub: filled by the quotes stage.)"""
from __future__ import annotations

from ..actors import ActorIndex
from ..document import Quote
from ..settings import Settings


class QuoteFinder:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def find(self, doc, actors: ActorIndex) -> list[Quote]:
        return []
