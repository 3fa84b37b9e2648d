"""Readable summaries of Documents for people (rich tables)."""
from __future__ import annotations

from typing import TextIO

from .document import Document


def _names(doc: Document, ids: list[str]) -> str:
    by_id = {a.id: a for a in doc.actors}
    return ", ".join(by_id[i].name if i in by_id else i for i in ids)


def print_document_table(doc: Document, out: TextIO) -> None:
    """Title, date, actors, events and quotes of one Document, as rich tables."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(100, Console(file=out).width))
    m = doc.meta
    console.rule(f"[bold]{m.title or '(untitled)'}")
    console.print(f"published {m.published or '?'}  ·  {m.publisher or ''}  ·  "
                  f"{', '.join(m.authors) or 'no byline'}  ·  wires: {', '.join(m.wire_sources) or '-'}")
    for w in doc.warnings:
        console.print(f"[yellow]warning:[/] {w}")

    actors = Table(title="Actors", show_lines=False)
    for col in ("name", "kind", "country", "sector", "role", "mentions"):
        actors.add_column(col)
    for a in doc.actors:
        actors.add_row(a.name, a.kind, a.country or "", a.sector or "", a.role or "", str(len(a.mentions)))
    console.print(actors)

    events = Table(title="Events")
    for col in ("event", "mode", "actor", "recipient", "status", "date", "where", "trigger"):
        events.add_column(col)
    for e in doc.events:
        status = ("not " if e.negated else "") + e.modality
        events.add_row(e.event, e.mode or "", _names(doc, e.actor), _names(doc, e.recipient), status,
                       e.date or "", e.location.name if e.location else "", e.trigger.text)
    console.print(events)

    quotes = Table(title="Quotes")
    for col in ("speaker", "kind", "content"):
        quotes.add_column(col)
    for q in doc.quotes:
        speaker = _names(doc, [q.speaker]) if q.speaker else (q.speaker_text or "?")
        text = q.content.text
        quotes.add_row(speaker, q.kind, text if len(text) < 160 else text[:157] + "...")
    console.print(quotes)
