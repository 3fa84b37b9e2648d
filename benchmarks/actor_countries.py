"""How often the actors stage gives a gold actor's state, on the PLOVER gold-standard sentences.

    .venv/bin/python benchmarks/actor_countries.py [../shared/data/plover-gsr/dev.json] [-v] [--cost DIR]

For every source/target actor whose code is an ISO 3166 alpha-3 country code, it counts a hit
when an actor found in that sentence has that country and a mention overlapping the gold
actorText. Prints the share of hits (goal: at least 85%), and with -v every miss.
Also reports the actors stage's time as a share of the bare spaCy parse of the same sentences,
and with --cost DIR (e.g. ../shared/data/polnear/dev/text) the same share on whole articles (*.txt).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pycountry

from communique.actors import ActorRecognizer
from communique.document import Meta
from communique.nlp import load_nlp

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover-gsr" / "dev.json"


def cost_on_articles(folder: Path, nlp, recognizer) -> tuple[float, float, int]:
    """(actors stage seconds, bare parse seconds, articles) over the *.txt files of a folder."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        recognizer.find(doc, Meta())
    return time.perf_counter() - t0, parse, len(docs)


def gold_actors(record: dict):
    """(actorText, ISO3) of the record's source and target actors that are coded with a state."""
    for side in ("source", "target"):
        for a in record.get(side) or []:
            code, text = a.get("code") or "", (a.get("actorText") or "").strip()
            if len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None and text:
                yield text, code


def gold_offsets(text: str, actor_text: str) -> tuple[int, int] | None:
    """Where the gold actor text stands in the sentence ("A ... B" markups: first to last part)."""
    parts = [p.strip() for p in actor_text.split("...") if p.strip()]
    start = text.find(parts[0]) if parts else -1
    if start < 0:
        start = text.lower().find(parts[0].lower()) if parts else -1
    if start < 0:
        return None
    last = text.find(parts[-1], start)
    end = (last + len(parts[-1])) if last >= 0 else start + len(parts[0])
    return start, end


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    ap.add_argument("--cost", metavar="DIR", help="also time the stage on the articles (*.txt) in DIR")
    args = ap.parse_args(argv)
    records = [r for r in json.loads(Path(args.path).read_text()) if r.get("text")]
    nlp = load_nlp()
    recognizer = ActorRecognizer()
    recognizer.matchers()  # built once per process: not part of the per-document cost
    texts = [r["text"] for r in records]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    recognizer.find(docs[0], Meta())  # warm-up: what the stage loads on its first call (the relations' tables)
    hits = total = 0
    actors_time = 0.0
    for record, doc in zip(records, docs):
        meta = Meta(published=record.get("date"))
        t0 = time.perf_counter()
        index = recognizer.find(doc, meta)
        actors_time += time.perf_counter() - t0
        for actor_text, code in gold_actors(record):
            where = gold_offsets(record["text"], actor_text)
            if where is None:
                continue
            total += 1
            found = {index.get(aid).country for aid in index.actors_in(*where)}
            found |= index.countries(index.actors_in(*where))
            if code in found:
                hits += 1
            elif args.verbose:
                print(f"MISS {code} {actor_text!r} found={sorted(x for x in found if x)} in: {record['text'][:160]!r}")
    share = hits / total if total else 0.0
    print(f"actor countries: {hits}/{total} = {share:.1%} (goal 85%)")
    print(f"actors stage time: {actors_time:.2f}s = {actors_time / parse:.1%} of the bare parse ({parse:.2f}s)")
    if args.cost:
        spent, parse, n = cost_on_articles(Path(args.cost), nlp, recognizer)
        print(f"on {n} articles of {args.cost}: {spent:.2f}s = {spent / parse:.1%} of the bare parse ({parse:.2f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
