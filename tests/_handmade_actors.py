"""Builds an ActorIndex by hand for tests of the stages after actors (quotes, stances,
relations), so they do not depend on what the actors stage recognizes."""
from __future__ import annotations

import re

from communique.actors import ActorIndex
from communique.document import Actor, Span


def index_of(text: str, spec: dict[str, dict]) -> ActorIndex:
    """``spec`` maps an actor name to its fields (kind, country, role, members, and
    ``say`` — the surface forms whose every occurrence in ``text`` is a mention)."""
    actors = ActorIndex()
    for n, (name, fields) in enumerate(spec.items(), start=1):
        fields = dict(fields)
        forms = fields.pop("say", [name])
        mentions = []
        for form in forms:
            for m in re.finditer(re.escape(form), text):
                mentions.append(Span.of(text, m.start(), m.end()))
        actors.add(Actor(id=fields.pop("id", f"a{n}"), name=name, kind=fields.pop("kind", "person"),
                         mentions=sorted(mentions, key=lambda s: s.start), **fields))
    return actors
