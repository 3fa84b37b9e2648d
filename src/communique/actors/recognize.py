"""ActorRecognizer: spaCy Doc → ActorIndex. (Stub: filled by the actors stage.)"""
from __future__ import annotations

from ..document import Meta
from ..settings import Settings
from .index import ActorIndex


class ActorRecognizer:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def find(self, doc, meta: Meta) -> ActorIndex:
        return ActorIndex()
