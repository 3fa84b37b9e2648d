"""The Document: what communique extracts from one news article.

Plain dataclasses that mirror ``document.schema.json`` (schema_version "1"). Every
extracted field carries a :class:`Span` — character offsets into ``Document.text``
(Python string indices, end exclusive) plus the text they cover — so each record
can be traced back to the words it came from.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1"

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "future", "intended", "expected", "hypothetical", "historical", "requested")
ACTOR_KINDS = ("person", "country", "organization", "group")
QUOTE_KINDS = ("direct", "indirect", "mixed")
RELATION_TYPES = ("member_of", "observer_of", "leader_of", "part_of", "represents")


@dataclass
class Span:
    """Characters ``text[start:end]`` of the Document's text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def stripped(self) -> "Span":
        """The same span without the white space at its ends (spaCy sentences keep trailing newlines)."""
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text) - len(self.text.rstrip())
        if not lead and not trail:
            return self
        return Span(self.start + lead, self.end - trail, self.text.strip())

    @classmethod
    def from_spacy(cls, span) -> "Span":
        """From a spaCy Token or Span (its character offsets into the Doc's text)."""
        if hasattr(span, "start_char"):
            return cls(span.start_char, span.end_char, span.text)
        return cls(span.idx, span.idx + len(span.text), span.text)


@dataclass
class Image:
    caption: str
    credit: str | None = None
    src: str | None = None


@dataclass
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    urls: list[str] = field(default_factory=list)
    publisher: str | None = None
    wire_sources: list[str] = field(default_factory=list)
    language: str | None = None
    section: str | None = None
    images: list[Image] = field(default_factory=list)
    input_id: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass
class Event:
    id: str
    event: str
    sentence: Span
    trigger: Span
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    intensity: float | None = None
    negated: bool = False
    modality: str = "asserted"
    date: str | None = None
    location: Location | None = None
    confidence: float = 0.5
    quote: str | None = None


@dataclass
class Quote:
    id: str
    kind: str
    content: Span
    speaker: str | None = None
    speaker_text: str | None = None
    cue: Span | None = None


@dataclass
class Stance:
    id: str
    holder: list[str]
    polarity: str
    issue: str
    target: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass
class Relation:
    type: str
    subject: str
    object: str
    evidence: Span | None = None


@dataclass
class Document:
    id: str
    meta: Meta
    text: str
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The Document as JSON-ready dicts and lists, in the schema's shape."""
        out = asdict(self)
        for rel in out["relations"]:  # the schema allows a relation without evidence, not a null one
            if rel["evidence"] is None:
                del rel["evidence"]
        order = ["id", "schema_version", "meta", "text", "actors", "events", "quotes",
                 "stances", "relations", "warnings"]
        return {k: out[k] for k in order}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        """Rebuilds a Document from :meth:`to_dict` output (e.g. a JSONL line)."""
        def span(x):
            return Span(**x) if x else None

        meta_d = dict(d.get("meta") or {})
        meta_d["images"] = [Image(**i) for i in meta_d.get("images") or []]
        meta = Meta(**{k: v for k, v in meta_d.items() if k in _field_names(Meta)})
        actors = [Actor(**{**a, "mentions": [Span(**m) for m in a.get("mentions") or []]})
                  for a in d.get("actors") or []]
        events = []
        for e in d.get("events") or []:
            e = dict(e)
            e["sentence"], e["trigger"] = span(e["sentence"]), span(e["trigger"])
            e["location"] = Location(**e["location"]) if e.get("location") else None
            events.append(Event(**{k: v for k, v in e.items() if k in _field_names(Event)}))
        quotes = [Quote(**{**q, "content": span(q["content"]), "cue": span(q.get("cue"))})
                  for q in d.get("quotes") or []]
        stances = [Stance(**s) for s in d.get("stances") or []]
        relations = [Relation(**{**r, "evidence": span(r.get("evidence"))})
                     for r in d.get("relations") or []]
        return cls(id=d["id"], meta=meta, text=d["text"], actors=actors, events=events,
                   quotes=quotes, stances=stances, relations=relations,
                   warnings=list(d.get("warnings") or []))


def _field_names(cls) -> set[str]:
    return {f.name for f in fields(cls)}


def document_id(text: str, url: str | None) -> str:
    """Stable content hash of the cleaned text plus url: same article, same id."""
    h = hashlib.sha1()
    h.update((url or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return h.hexdigest()[:20]
