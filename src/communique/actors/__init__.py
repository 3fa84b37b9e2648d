"""actors: who is who — states, people, organizations and groups, with country, sector and role."""
from __future__ import annotations

from .index import ActorIndex
from .recognize import ActorRecognizer

__all__ = ["ActorIndex", "ActorRecognizer"]
