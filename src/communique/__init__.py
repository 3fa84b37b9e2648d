"""communique: news articles in, structured and verifiable records of international politics out.

    import communique
    doc = communique.extract(text=open("article.txt").read())
    for e in doc.events:
        print(e.event, e.actor, e.recipient, e.trigger.text)
"""
from __future__ import annotations

from .document import Actor, Document, Event, Meta, Quote, Relation, Span, Stance
from .errors import CommuniqueError, InputProblem
from .pipeline import Pipeline, extract
from .settings import Settings

__version__ = "0.1.0"

__all__ = ["Actor", "CommuniqueError", "Document", "Event", "InputProblem", "Meta", "Pipeline", "Quote",
           "Relation", "Settings", "Span", "Stance", "extract", "__version__"]
