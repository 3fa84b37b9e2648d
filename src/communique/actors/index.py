"""ActorIndex: the actors of one document and where each is mentioned.

The actors stage builds it; later stages (events, quotes, stances, relations) ask it
"which actor is mentioned here?" by character offsets or by spaCy token, and may add a
mention when they resolve a reference (a pronoun that names a quote's speaker).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from ..document import Actor, Span


class ActorIndex:
    def __init__(self, actors: Iterable[Actor] = ()):
        self.actors: list[Actor] = []
        self._by_id: dict[str, Actor] = {}
        self._mentions: list[tuple[int, int, str]] = []  # (start, end, actor id), sorted
        for a in actors:
            self.add(a)

    # -- building --------------------------------------------------------
    def add(self, actor: Actor) -> Actor:
        """Adds an actor (and indexes its mentions); returns it."""
        if actor.id in self._by_id:
            raise ValueError(f"duplicate actor id {actor.id}")
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        for m in actor.mentions:
            self._index_mention(m, actor.id)
        return actor

    def add_mention(self, actor_id: str, span: Span) -> None:
        """Records one more mention of an existing actor (no-op when already there)."""
        actor = self._by_id[actor_id]
        if any(m.start == span.start and m.end == span.end for m in actor.mentions):
            return
        actor.mentions.append(span)
        actor.mentions.sort(key=lambda m: m.start)
        self._index_mention(span, actor_id)

    def new_id(self, prefix: str = "a") -> str:
        n = len(self.actors) + 1
        while f"{prefix}{n}" in self._by_id:
            n += 1
        return f"{prefix}{n}"

    def _index_mention(self, span: Span, actor_id: str) -> None:
        item = (span.start, span.end, actor_id)
        i = bisect_right(self._mentions, item)
        self._mentions.insert(i, item)

    # -- asking ----------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def __iter__(self):
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions (start, end, actor id) that overlap characters [start, end), in text order."""
        out = []
        # mentions are short; scan back from the first mention starting at/after `end`
        i = bisect_right(self._mentions, (end, -1, ""))
        for item in reversed(self._mentions[:i]):
            if item[1] > start:
                out.append(item)
            elif item[0] < start - 200:  # no mention is this long; stop scanning
                break
        return sorted(out)

    def actors_in(self, start: int, end: int) -> list[str]:
        """Ids of actors mentioned within [start, end), in order of first mention, no repeats."""
        seen: list[str] = []
        for _, _, aid in self.mentions_in(start, end):
            if aid not in seen:
                seen.append(aid)
        return seen

    def actor_at(self, start: int, end: int | None = None) -> str | None:
        """The actor whose mention covers the characters [start, end) (the longest one), or None."""
        end = start + 1 if end is None else end
        best = None
        for s, e, aid in self.mentions_in(start, end):
            if s <= start and e >= end and (best is None or e - s > best[1] - best[0]):
                best = (s, e, aid)
        return best[2] if best else None

    def actor_for_token(self, token) -> str | None:
        """The actor a spaCy token is part of a mention of, or None."""
        return self.actor_at(token.idx, token.idx + len(token.text))

    def actors_for_span(self, span) -> list[str]:
        """Actors mentioned within a spaCy Span (or Token)."""
        if hasattr(span, "start_char"):
            return self.actors_in(span.start_char, span.end_char)
        return self.actors_in(span.idx, span.idx + len(span.text))

    def countries(self, actor_ids: Iterable[str]) -> set[str]:
        """ISO3 codes of these actors, following group members."""
        out: set[str] = set()
        stack, seen = list(actor_ids), set()
        while stack:
            aid = stack.pop()
            if aid in seen or aid not in self._by_id:
                continue
            seen.add(aid)
            a = self._by_id[aid]
            if a.country:
                out.add(a.country)
            stack.extend(a.members)
        return out
