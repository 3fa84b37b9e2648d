"""Label recall of event coding on whole stories (PLOVER synthetic stories: text,label,mode).

    .venv/bin/python benchmarks/event_labels.py ../shared/data/plover-synthetic/train.csv [--limit N] [--json]

Label recall = the story's gold label is among the categories of its predicted events, after
PLOVER-strict folding; "unfolded" counts communique's own categories (the stories follow the
manual, which codes a promised concession as CONCEDE where design.md's folding makes it AGREE). Also prints recall per label and how many categories a story gets on
average (a recall bought with many categories per story is cheap: read both numbers).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int, default=None, help="only the first N stories")
    ap.add_argument("--every", type=int, default=1, help="only every Nth story (a quick sample)")
    ap.add_argument("--workers", type=int, default=1, help="processes (the label recall does not depend on it)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from communique.events.plover import canonical_category, fold_event
    from communique.ingest import RawArticle
    from communique.pipeline import Pipeline

    csv.field_size_limit(sys.maxsize)
    with open(args.csv, newline="", encoding="utf-8") as f:
        rows = [r for i, r in enumerate(csv.DictReader(f)) if i % args.every == 0]
    rows = rows[: args.limit] if args.limit else rows
    # the stories carry no publication date, and none is assumed: a made-up one would turn every
    # dated act after it into a future one
    pipe = Pipeline()
    raws = [RawArticle(input_id=str(i), text=r["text"], source="synthetic") for i, r in enumerate(rows)]
    t0 = time.perf_counter()
    per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    n_categories, hit, hit_unfolded = 0, 0, 0
    for row, doc in zip(rows, pipe.extract_many(raws, workers=args.workers)):
        gold = canonical_category(row["label"])
        events = getattr(doc, "events", [])
        predicted = {fold_event(e) for e in events}
        hit_unfolded += gold in {e.event for e in events}
        n_categories += len(predicted)
        per_label[gold][0] += 1
        if gold in predicted:
            per_label[gold][1] += 1
            hit += 1
    seconds = time.perf_counter() - t0
    result = {"stories": len(rows), "label_recall": round(hit / max(1, len(rows)), 4),
              "label_recall_unfolded": round(hit_unfolded / max(1, len(rows)), 4),
              "categories_per_story": round(n_categories / max(1, len(rows)), 2), "seconds": round(seconds, 1),
              "per_label": {k: round(v[1] / v[0], 3) for k, v in sorted(per_label.items())}}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{result['stories']} stories  label recall {result['label_recall']:.3f} "
              f"(unfolded {result['label_recall_unfolded']:.3f})  "
              f"categories/story {result['categories_per_story']}  ({result['seconds']} s)")
        for k, v in result["per_label"].items():
            print(f"  {k:10s} {v:.3f}  (n={per_label[k][0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
