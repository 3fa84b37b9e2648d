"""The events coded on real news, for reading them and for seeing what a lexicon change adds or removes.

    .venv/bin/python benchmarks/news_events.py ../shared/data/polnear/train/text --out after.jsonl [--limit 250]
    .venv/bin/python benchmarks/news_events.py --diff before.jsonl after.jsonl [--event ASSAULT]

The first form codes every third article of a folder of .txt files (PolNeAR: US political news,
where true PLOVER events are rare, so most of what a too-eager rule fires there is wrong), writes
one JSON line per event (article, folded category, trigger, sentence, modality, negation,
confidence) and prints the count per category. The second lists the events one run has and the
other has not: read them, judge them by the PLOVER manual, and say the counts in the commit.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def code_folder(folder: Path, out: Path, limit: int) -> Counter:
    from communique.events.plover import fold_event
    from communique.ingest import RawArticle
    from communique.pipeline import Pipeline

    files = sorted(folder.glob("*.txt"))[::3][:limit]
    raws = [RawArticle(input_id=f.stem, text=f.read_text(encoding="utf-8"), source="news") for f in files]
    counts: Counter = Counter()
    with open(out, "w", encoding="utf-8") as fo:
        for f, doc in zip(files, Pipeline().extract_many(raws, workers=1)):
            for e in doc.events:
                folded = fold_event(e)
                counts[folded] += 1
                fo.write(json.dumps({"doc": f.stem, "event": e.event, "fold": folded, "mode": e.mode,
                                     "trigger": e.trigger.text if e.trigger else None,
                                     "sentence": e.sentence.text if e.sentence else None,
                                     "negated": e.negated, "modality": e.modality,
                                     "confidence": e.confidence}) + "\n")
    return counts


def _keys(path: Path) -> set[tuple]:
    with open(path, encoding="utf-8") as f:
        return {(r["doc"], r["sentence"], r["trigger"], r["fold"]) for r in map(json.loads, f)}


def diff(before: Path, after: Path, event: str | None) -> tuple[int, int]:
    a, b = _keys(before), _keys(after)
    for sign, rows in (("+", b - a), ("-", a - b)):
        for _, sentence, trigger, fold in sorted(rows, key=lambda k: (k[3], k[0])):
            if event is None or fold == event:
                print(sign, fold, f"[{trigger}]", (sentence or "").replace("\n", " ")[:240])
    return len(b - a), len(a - b)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", help="a folder of .txt articles")
    ap.add_argument("--out", help="where to write the events (JSONL)")
    ap.add_argument("--limit", type=int, default=250, help="articles (every third file; default 250)")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two runs instead")
    ap.add_argument("--event", help="with --diff: only this (folded) category")
    args = ap.parse_args(argv)
    if args.diff:
        added, removed = diff(Path(args.diff[0]), Path(args.diff[1]), args.event)
        print(f"{added} added, {removed} removed", file=sys.stderr)
        return 0
    if not args.folder or not args.out:
        ap.error("give a folder and --out, or --diff BEFORE AFTER")
    counts = code_folder(Path(args.folder), Path(args.out), args.limit)
    print(f"{sum(counts.values())} events:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
