"""`communique eval plover FILE.json`: event coding scored on PLOVER-style gold records.

Each gold record is one sentence with its PLOVER category and source/target actors (ISO3 or
sector codes; CAMEO-era country codes like "JAP" are read as ISO3). Records without text (the
DOCUMENT record) are skipped; category names of older drafts are mapped to today's (DEMAND →
REQUEST, ...). Predictions are folded PLOVER-strict (:func:`communique.events.plover.fold`)
before comparing. Reports:

- type recall: the gold category is among the predicted events of the sentence;
- top-1 accuracy: the most confident predicted event has the gold category;
- dyad accuracy, over records whose type is recalled and that code their source: the matching
  event's actor side includes every source code, and its recipient side every target code
  (checked when the record has a target). A side's codes are its actors' countries (ISO3) and
  sectors, following group members: gold records code states by ISO3 and non-state parties by
  sector ("IGO" for the United Nations, "NGO"), and an intergovernmental actor has no country.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ISO3 = re.compile(r"^[A-Z]{3}$")
GOLD_DATE = "2000-01-01"
# country codes PLOVER/CAMEO gold writes otherwise than ISO 3166: the CAMEO-era "JAP" and "VTN"
# (the PLOVER manual's own examples code Japan "JAP") and the manual's "KOS" for Kosovo
GOLD_CODE_ALIASES = {"JAP": "JPN", "VTN": "VNM", "KOS": "XKX"}


def add_parser(sub) -> None:
    p = sub.add_parser("plover", help="type recall, accuracy and dyad accuracy on PLOVER gold records",
                       description="Score event coding on PLOVER gold records (a JSON list of objects with "
                                   "text, event, source and target).")
    p.add_argument("file", help="JSON file of PLOVER gold records")
    p.add_argument("--misses", action="store_true", help="also list the sentences whose category was missed")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(run=run)


@dataclass
class GoldRecord:
    id: str
    text: str
    event: str
    source: list[str]
    target: list[str]


@dataclass
class Scores:
    total: int = 0
    recalled: int = 0
    top1: int = 0
    dyad_total: int = 0
    dyad_ok: int = 0
    per_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    misses: list[tuple[str, str, list[str]]] = field(default_factory=list)
    skipped: int = 0   # gold records that could not be scored (each reported on stderr)

    def as_dict(self) -> dict:
        def ratio(a, b):
            return round(a / b, 4) if b else None
        return {"records": self.total, "type_recall": ratio(self.recalled, self.total),
                "top1_accuracy": ratio(self.top1, self.total),
                "dyad_accuracy": ratio(self.dyad_ok, self.dyad_total), "dyad_records": self.dyad_total,
                "per_category": {k: {"records": v[0], "recall": ratio(v[1], v[0]), "top1": ratio(v[2], v[0])}
                                 for k, v in sorted(self.per_category.items())}}


def load_gold(path: str | Path, problems: list | None = None) -> list[GoldRecord]:
    """The scorable records of a PLOVER gold file (text present; category names made current).

    A record that cannot be scored (not an object, no text or event, a category PLOVER lacks)
    is skipped and, when ``problems`` is a list, noted there as an InputProblem; the DOCUMENT
    record, which documents the file, is skipped without a word.
    """
    from ..errors import CommuniqueError, InputProblem
    from ..events.plover import canonical_category, tables

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as ex:
        raise CommuniqueError(f"cannot read PLOVER gold records from {path}: {ex.strerror or ex}") from None
    except UnicodeDecodeError:
        raise CommuniqueError(f"cannot read PLOVER gold records from {path}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except ValueError as ex:
        raise CommuniqueError(f"{path}: not valid JSON ({ex}); expected a JSON list of records") from None
    if not isinstance(data, list):
        raise CommuniqueError(f"{path}: expected a JSON list of records, not {type(data).__name__}")
    out = []
    for i, r in enumerate(data):
        reason = _unscorable(r, canonical_category, tables()["categories"])
        if reason:
            if problems is not None and reason != "documentation":
                rid = str(r.get("id")) if isinstance(r, dict) and r.get("id") is not None else f"#{i + 1}"
                problems.append(InputProblem(str(path), reason, record_id=rid))
            continue
        codes = lambda side: [_gold_code(a.get("code")) for a in _as_list(r.get(side)) if isinstance(a, dict)]
        out.append(GoldRecord(id=str(r.get("id") or i), text=r["text"].strip(),
                              event=canonical_category(r["event"]), source=codes("source"), target=codes("target")))
    return out


def _unscorable(r, canonical_category, categories) -> str | None:
    """Why a gold record cannot be scored ("documentation" for the DOCUMENT record), or None."""
    if not isinstance(r, dict):
        return f"not a JSON object but {type(r).__name__}: skipped"
    event, text = r.get("event"), r.get("text")
    if isinstance(event, str) and event.strip().upper() == "DOCUMENT":
        return "documentation"
    if not isinstance(text, str) or not text.strip():
        return "no 'text' (a string): skipped" if text is None or isinstance(text, str) else \
            f"'text' must be a string, not {type(text).__name__}: skipped"
    if not isinstance(event, str) or not event.strip():
        return "no 'event' (a PLOVER category name): skipped"
    if canonical_category(event) not in categories:
        return f"'event' is not a PLOVER category: {event!r}: skipped"
    return None


def _as_list(value) -> list:
    """A gold side as a list of actor objects (one object alone counts as a list of one)."""
    return value if isinstance(value, list) else [value] if isinstance(value, dict) else []


def _gold_code(code) -> str:
    """A gold actor code as the knowledge base writes it (CAMEO-era country codes made ISO3)."""
    code = str(code or "").strip().upper()
    return GOLD_CODE_ALIASES.get(code, code)


def score(records: list[GoldRecord], documents) -> Scores:
    """Scores the Documents extracted from the records' texts (same order)."""
    from ..actors import ActorIndex
    from ..events.plover import fold_event

    s = Scores()
    for rec, doc in zip(records, documents):
        index = ActorIndex(doc.actors)
        events = [(fold_event(e), e) for e in doc.events]
        s.total += 1
        cat = s.per_category[rec.event]
        cat[0] += 1
        matching = [e for c, e in events if c == rec.event]
        if matching:
            s.recalled += 1
            cat[1] += 1
        else:
            s.misses.append((rec.event, rec.text, sorted({c for c, _ in events})))
        if events:
            best = max(events, key=lambda ce: ce[1].confidence)
            if best[0] == rec.event:
                s.top1 += 1
                cat[2] += 1
        src = [c for c in rec.source if ISO3.match(c)]
        tgt = [c for c in rec.target if ISO3.match(c)]
        if matching and src:
            s.dyad_total += 1
            if any(set(src) <= party_codes(index, e.actor) and (not tgt or set(tgt) <= party_codes(index, e.recipient))
                   for e in matching):
                s.dyad_ok += 1
    return s


def party_codes(index, actor_ids) -> set[str]:
    """The codes one side of an event answers to: its actors' countries and sectors, members included."""
    codes = set(index.countries(actor_ids))
    stack, seen = list(actor_ids), set()
    while stack:
        actor = index.get(stack.pop())
        if actor is None or actor.id in seen:
            continue
        seen.add(actor.id)
        if actor.sector:
            codes.add(actor.sector)
        stack.extend(actor.members)
    return codes


def evaluate_file(path: str | Path, pipeline=None) -> Scores:
    """Runs the pipeline on every gold sentence of a file and scores it."""
    from ..errors import CommuniqueError
    from ..pipeline import Pipeline

    problems: list = []
    records = load_gold(path, problems)
    for problem in problems:
        print(f"communique: {problem}", file=sys.stderr, flush=True)
    if not records:
        raise CommuniqueError(f"{path}: no gold record has a 'text' and an 'event' to score")
    pipeline = pipeline or Pipeline()
    scored, docs = [], []
    for r in records:
        try:
            docs.append(pipeline.extract(text=r.text, published=GOLD_DATE, input_id=r.id))
        except CommuniqueError as ex:   # a text with nothing left to read: reported, skipped
            problems.append(ex)
            print(f"communique: {path} (record {r.id}): {ex}: skipped", file=sys.stderr, flush=True)
            continue
        scored.append(r)
    scores = score(scored, docs)
    scores.skipped = len(problems)
    return scores


def run(args) -> int:
    from rich.console import Console
    from rich.table import Table

    scores = evaluate_file(args.file)
    result = scores.as_dict()
    console = Console()
    if args.json:
        console.print_json(json.dumps(result))
        return 3 if scores.skipped else 0
    table = Table(title=f"PLOVER event coding: {args.file}")
    for col in ("category", "records", "type recall", "top-1"):
        table.add_column(col, justify="left" if col == "category" else "right")
    fmt = lambda v: "–" if v is None else f"{v:.2f}"
    for name, row in result["per_category"].items():
        table.add_row(name, str(row["records"]), fmt(row["recall"]), fmt(row["top1"]))
    table.add_section()
    table.add_row("all", str(result["records"]), fmt(result["type_recall"]), fmt(result["top1_accuracy"]))
    console.print(table)
    console.print(f"type recall {fmt(result['type_recall'])}   top-1 accuracy {fmt(result['top1_accuracy'])}   "
                  f"dyad accuracy {fmt(result['dyad_accuracy'])} (of {result['dyad_records']} recalled records "
                  f"with coded sources)")
    if args.misses:
        for event, text, predicted in scores.misses:
            console.print(f"[bold]{event}[/bold] missed (predicted {', '.join(predicted) or 'nothing'}): {text}",
                          highlight=False)
    return 3 if scores.skipped else 0
