"""`communique eval attribution DIR`: quote precision, recall and F1 on brat attribution standoff.

DIR is laid out like a PolNeAR split: ``DIR/text/NAME.txt`` holds an article and
``DIR/attributions/NAME_ANNOTATOR.ann`` its annotation (brat standoff: ``T`` lines label
``Source``, ``Cue`` and ``Content`` spans — possibly discontinuous, ``start end;start end`` —
and ``E`` lines join them into one attribution). When an article has several annotators'
files, the first by name is used.

The text file is the Document text as-is: it is parsed without the clean stage, so gold
offsets and predicted offsets refer to the same characters.

Matching rule (one-to-one, best overlap first):

* **content** — a predicted quote's content matches a gold attribution's content when
  their character overlap is at least half of the longer of the two, where the gold
  content is taken either whole or as any one of its fragments. Pairs are made one to one;
  a quote interrupted by ``said X`` is one gold attribution of two fragments, and a finder
  that reports the two halves as two quotes has both counted right (precision) while the
  gold attribution counts once (recall);
* **content + speaker** — the content matches and the speakers agree: the predicted
  speaker phrase (``speaker_text``) or a mention of the predicted speaker actor overlaps
  the gold Source span, or the two share a word (other than articles, "of" and
  possessive marks). A gold attribution without a Source matches only a prediction without
  a speaker.

The baseline is textacy's ``extract.triples.direct_quotations`` run on the same parse
(textacy is a dev extra; without it the baseline row is skipped with a note).
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path

_IGNORED_WORDS = {"the", "a", "an", "of", "'s", "’s", "s", "'", "’", ",", ".", "(", ")", "-", "—"}
_WORD = re.compile(r"[\w’']+")


# -- gold -------------------------------------------------------------------
@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""
    cue_text: str = ""


def read_brat(path: Path) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file (those with a Content span)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            frags = []
            for piece in offsets.split(";"):
                s, e = piece.split()
                frags.append((int(s), int(e)))
            spans[parts[0]] = (label, frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        out.append(GoldAttribution(content=content[1], source=source[1] if source else [],
                                   source_text=source[2] if source else "", cue_text=cue[2] if cue else ""))
    return out


def read_split(folder: Path, limit: int | None = None, sample: int | None = None,
               seed: int = 0) -> list[tuple[str, str, list[GoldAttribution]]]:
    """(name, text, gold attributions) for each article of a PolNeAR-style folder: all of
    them, the first ``limit``, or ``sample`` drawn at random with ``seed`` (the same
    articles for the same seed, so a sample can be re-measured after each change)."""
    from ..errors import CommuniqueError

    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise CommuniqueError(f"{folder} needs text/ and attributions/ folders (PolNeAR layout)")
    texts = sorted(text_dir.glob("*.txt"))
    if sample and sample < len(texts):
        import random

        texts = sorted(random.Random(seed).sample(texts, sample))
    out = []
    for txt in texts:
        anns = sorted(ann_dir.glob(f"{txt.stem}_*.ann")) or sorted(ann_dir.glob(f"{txt.stem}.ann"))
        if not anns:
            continue
        out.append((txt.stem, txt.read_text(encoding="utf-8"), read_brat(anns[0])))
        if limit and len(out) >= limit:
            break
    if not out:
        raise CommuniqueError(f"no annotated articles in {folder} (expected text/NAME.txt + attributions/NAME_*.ann)")
    return out


# -- predictions -------------------------------------------------------------
@dataclass
class Predicted:
    start: int
    end: int
    speaker_text: str | None = None
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)


def communique_predictions(doc, recognizer, finder) -> list[Predicted]:
    """Quotes from communique's actors and quotes stages on a parsed doc (no clean stage)."""
    from ..document import Meta

    actors = recognizer.find(doc, Meta())
    out = []
    for q in finder.find(doc, actors):
        actor = actors.get(q.speaker) if q.speaker else None
        spans = [(m.start, m.end) for m in actor.mentions] if actor else []
        out.append(Predicted(q.content.start, q.content.end, q.speaker_text, spans))
    return out


def textacy_predictions(doc) -> list[Predicted]:
    """Quotes from textacy's direct_quotations on the same parse (speaker: its tokens)."""
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quotation marks
        return out
    for triple in triples:
        content = triple.content
        start, end = content.start_char, content.end_char
        text = doc.text
        if end - start >= 2 and text[start] in '"“' and text[end - 1] in '"”':
            start, end = start + 1, end - 1
        speaker = " ".join(t.text for t in triple.speaker)
        spans = [(t.idx, t.idx + len(t.text)) for t in triple.speaker]
        out.append(Predicted(start, end, speaker or None, spans))
    return out


# -- matching --------------------------------------------------------------
def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def content_score(pred: Predicted, gold: GoldAttribution) -> float:
    """How well a predicted content fits a gold one: overlap / longer, best over the gold
    content whole and each of its fragments; 0.5 or more is a match."""
    p = (pred.start, pred.end)
    whole = (min(s for s, _ in gold.content), max(e for _, e in gold.content))
    best = 0.0
    gold_len = sum(e - s for s, e in gold.content)
    inside = sum(_overlap(p, f) for f in gold.content)
    if whole[1] > whole[0]:
        best = inside / max(p[1] - p[0], gold_len, 1)
    for f in gold.content:
        best = max(best, _overlap(p, f) / max(p[1] - p[0], f[1] - f[0], 1))
    return best


def speaker_agrees(pred: Predicted, gold: GoldAttribution) -> bool:
    """Whether a prediction names the gold Source (see the module docstring)."""
    if not gold.source:
        return not pred.speaker_text
    if not pred.speaker_text and not pred.speaker_spans:
        return False
    if any(_overlap(p, g) for p in pred.speaker_spans for g in gold.source):
        return True
    words = _words(pred.speaker_text or "")
    return bool(words & _words(gold.source_text))


def _words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _IGNORED_WORDS}


def match(preds: list[Predicted], golds: list[GoldAttribution], with_speaker: bool) -> tuple[int, int]:
    """(predictions matched, gold attributions matched), pairing the best-overlapping
    ones first, one to one; a further prediction that matches another fragment of an
    already matched gold attribution also counts as right (but the gold only once)."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            score = content_score(p, g)
            if score >= 0.5 and (not with_speaker or speaker_agrees(p, g)):
                pairs.append((score, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    for _, i, j in pairs:
        if i not in used_p and j in used_g and len(golds[j].content) > 1:
            used_p.add(i)
    return len(used_p), len(used_g)


@dataclass
class Tally:
    """Counts over articles; ``content``/``content_speaker`` are (predictions matched,
    gold attributions matched)."""

    predicted: int = 0
    gold: int = 0
    content: tuple[int, int] = (0, 0)
    content_speaker: tuple[int, int] = (0, 0)

    def add(self, preds: list[Predicted], golds: list[GoldAttribution]) -> None:
        self.predicted += len(preds)
        self.gold += len(golds)
        self.content = _plus(self.content, match(preds, golds, with_speaker=False))
        self.content_speaker = _plus(self.content_speaker, match(preds, golds, with_speaker=True))

    def prf(self, matched: tuple[int, int]) -> tuple[float, float, float]:
        p = matched[0] / self.predicted if self.predicted else 0.0
        r = matched[1] / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _plus(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def evaluate(folder: Path, limit: int | None = None, baseline: bool = True, pipeline=None,
             sample: int | None = None, seed: int = 0) -> dict:
    """Scores communique (and textacy, when asked and installed) on a PolNeAR-style folder.

    Returns {"articles": n, "gold": n, "systems": {name: Tally}, "notes": [...]}."""
    from ..pipeline import Pipeline

    articles = read_split(Path(folder), limit, sample=sample, seed=seed)
    pipe = pipeline or Pipeline()
    nlp, recognizer, finder, _ = pipe.stages
    systems = {"communique": Tally()}
    notes = []
    use_textacy = baseline
    if baseline:
        try:
            importlib.import_module("textacy.extract.triples")
            systems["textacy direct_quotations"] = Tally()
        except ImportError:
            use_textacy = False
            notes.append("textacy is not installed (pip install communique[dev]): no baseline")
    docs = nlp.pipe((text for _, text, _ in articles), batch_size=pipe.settings.batch_size)
    for (_, _, gold), doc in zip(articles, docs):
        systems["communique"].add(communique_predictions(doc, recognizer, finder), gold)
        if use_textacy:
            systems["textacy direct_quotations"].add(textacy_predictions(doc), gold)
    return {"articles": len(articles), "gold": sum(len(g) for _, _, g in articles),
            "systems": systems, "notes": notes}


# -- command ---------------------------------------------------------------
def add_parser(sub) -> None:
    p = sub.add_parser("attribution", help="quote precision/recall/F1 on brat attribution annotations",
                       description="Score quotes on brat attribution standoff in the PolNeAR layout "
                                   "(DIR/text/NAME.txt, DIR/attributions/NAME_ANNOTATOR.ann).")
    p.add_argument("dir", help="a split folder, e.g. polnear/dev")
    p.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    p.add_argument("--sample", type=int, default=None, metavar="N",
                   help="score N articles drawn at random (reproducible with --seed)")
    p.add_argument("--seed", type=int, default=0, help="random seed of --sample (default 0)")
    p.add_argument("--no-baseline", action="store_true", help="skip textacy's direct_quotations")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    import json

    result = evaluate(Path(args.dir), limit=args.limit, baseline=not args.no_baseline,
                      sample=args.sample, seed=args.seed)
    rows = {}
    for name, t in result["systems"].items():
        rows[name] = {"quotes": t.predicted,
                      "content": dict(zip(("precision", "recall", "f1"), t.prf(t.content))),
                      "content+speaker": dict(zip(("precision", "recall", "f1"), t.prf(t.content_speaker)))}
    if args.json:
        print(json.dumps({"articles": result["articles"], "gold": result["gold"], "systems": rows,
                          "notes": result["notes"]}, indent=2))
        return 0
    print(f"{result['articles']} articles, {result['gold']} gold attributions")
    print(f"{'system':28} {'quotes':>6}   {'content P / R / F1':>20}   {'content+speaker P / R / F1':>26}")
    for name, r in rows.items():
        c, cs = r["content"], r["content+speaker"]
        print(f"{name:28} {r['quotes']:>6}   {c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f}"
              f"   {cs['precision']:.3f} / {cs['recall']:.3f} / {cs['f1']:.3f}")
    for note in result["notes"]:
        print(f"note: {note}")
    return 0
