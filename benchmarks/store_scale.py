"""The store at scale: write cost per article against extraction time, and query latency over
a million event mentions.

    python benchmarks/store_scale.py [--events 1000000] [--per-article 5] [--batch-size 256]
                                     [--extraction-texts N] [--db FILE] [--json]

In one process the script

1. generates synthetic Documents (random countries, categories, days, publishers, quotes and
   stances; no NLP) and ingests them with StoreWriter, timing the write per article;
2. times the real extraction (``Pipeline().extract_many``) and the bare spaCy parse of N
   invented news-like texts (or of the .txt files in --extraction-corpus) and prints the write
   time as a % of each (the budget is 5% of extraction);
3. times each query filter (clusters and mentions), stats, and the export of events_flat to
   Parquet, over the generated database (best of three runs each, after one warm-up).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from communique.document import (Actor, Document, Event, Location, Meta, Quote, Span,  # noqa: E402
                                 Stance, document_id)
from communique.store import StoreWriter, open_database  # noqa: E402
from communique.store.queries import (EventFilter, query_clusters, query_mentions, query_quotes,  # noqa: E402
                                      query_stances, stats)

COUNTRIES = ["RUS", "CHN", "USA", "FRA", "DEU", "GBR", "IND", "BRA", "JPN", "IRN", "ISR", "TUR", "UKR",
             "SYR", "EGY", "ZAF", "NGA", "MEX", "CAN", "AUS", "KOR", "PRK", "PAK", "AFG", "IRQ", "SAU",
             "ITA", "ESP", "POL", "VNM"]
CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SECTORS = ["GOV", "MIL", "LEG", "OPP", "BUS", "MED", "CVL"]
WORDS = ("talks trade gas pipeline border troops sanctions aid grain port election summit ceasefire "
         "envoy treaty protest budget oil visit minister").split()
PUBLISHERS = [f"Publisher {i}" for i in range(60)]
DAYS = 730


def synthetic_document(rng: random.Random, n: int, per_article: int) -> Document:
    """An invented article with ``per_article`` events among 4 actors."""
    words = " ".join(rng.choice(WORDS) for _ in range(12))
    text = f"Article {n}: officials discussed {words}. " * per_article
    countries = rng.sample(COUNTRIES, 3)
    actors = [Actor(f"a{i}", f"Person {rng.randrange(5000)} of {c}", "person", c, rng.choice(SECTORS),
                    role="Minister", aliases=[f"P{i}"], mentions=[Span.of(text, 0, 7)])
              for i, c in enumerate(countries)]
    actors.append(Actor("a3", "United Nations", "organization", None, "IGO", aliases=["UN"]))
    published = 18000 + rng.randrange(DAYS)   # days since 1970
    pub = time.strftime("%Y-%m-%d", time.gmtime(published * 86400))
    sentence_len = len(text) // per_article
    events = []
    for k in range(per_article):
        who = rng.sample(actors, 2)
        s = Span.of(text, k * sentence_len, (k + 1) * sentence_len)
        events.append(Event(f"e{k}", rng.choice(CATEGORIES), s, Span.of(text, s.start + 12, s.start + 21),
                            actor=[who[0].id], recipient=[who[1].id] if rng.random() < 0.8 else [],
                            mode=rng.choice([None, "visit", "phone"]), context=[rng.choice(WORDS)],
                            cameo="040", intensity=2.5, negated=rng.random() < 0.05,
                            modality=rng.choice(["asserted"] * 6 + ["future", "expected", "hypothetical"]),
                            date=None, location=Location("Somewhere", rng.choice(COUNTRIES), 1.0, 2.0, 42),
                            confidence=0.7))
    url = f"https://site{rng.randrange(80)}.example/{n}"
    quotes = [Quote("q1", "direct", Span.of(text, 0, 30), "a0", actors[0].name, Span.of(text, 31, 40))]
    stances = [Stance("s1", ["a0"], rng.choice(["support", "oppose"]), " ".join(rng.sample(WORDS, 3)), ["a1"],
                      ["e0", "q1"])]
    return Document(document_id(text, url), Meta(title=f"Story {n}", published=pub, url=url, urls=[url],
                                                 publisher=rng.choice(PUBLISHERS), language="en"),
                    text, actors, events, quotes, stances)


def ingest(db: Path, n_events: int, per_article: int, batch_size: int) -> dict:
    rng = random.Random(7)
    con = open_database(db)
    n_articles = n_events // per_article
    gen_seconds = 0.0
    writer = StoreWriter(con, batch_size=batch_size, max_wait=1e9)
    start = time.perf_counter()
    for n in range(n_articles):
        t = time.perf_counter()
        doc = synthetic_document(rng, n, per_article)
        gen_seconds += time.perf_counter() - t
        writer.add(doc)
        if n and n % 20000 == 0:
            rate = n / (time.perf_counter() - start)
            print(f"  {n} articles, {rate:.0f}/s, write {1000 * writer.stats.seconds / n:.2f} ms/article",
                  file=sys.stderr, flush=True)
    writer.flush()
    con.close()
    s = writer.stats
    return {"articles": s.articles, "events": s.events, "write_seconds": round(s.seconds, 2),
            "write_ms_per_article": round(1000 * s.seconds / max(s.articles, 1), 3),
            "generate_seconds": round(gen_seconds, 2)}


SENTENCES = [
    "The foreign minister of {a} met his counterpart from {b} in the capital on {day} to discuss {w1} and {w2}.",
    "Officials in {a} said the talks on {w1} had been useful, according to a statement released after the meeting.",
    "\"We will not accept any interference in our {w1},\" the spokesman for the {a} government told reporters.",
    "{b} accused {a} of blocking a deal on {w2} and said it would consider new measures next month.",
    "Hundreds of people protested outside the embassy of {b} on {day}, calling for an end to the {w1} dispute.",
    "The two sides agreed to set up a working group on {w2} and to meet again before the end of the year.",
    "Analysts said the visit was the first by a senior official from {a} since the {w1} crisis began.",
    "The United Nations called on both countries to show restraint and to return to negotiations on {w2}.",
]
NAMES = ["Norway", "Peru", "Vietnam", "Ghana", "Ecuador", "Latvia", "Chile", "Kenya", "Mongolia", "Portugal"]


def invented_article(rng: random.Random, n_sentences: int = 18) -> str:
    """A news-like text of invented sentences (about 500 words), for timing the real extraction."""
    out = []
    for _ in range(n_sentences):
        a, b = rng.sample(NAMES, 2)
        out.append(rng.choice(SENTENCES).format(a=a, b=b, w1=rng.choice(WORDS), w2=rng.choice(WORDS),
                                                day=rng.choice(["Monday", "Tuesday", "Friday"])))
    return "\n\n".join(" ".join(out[i:i + 3]) for i in range(0, len(out), 3))


def extraction_ms_per_article(limit: int, corpus: Path | None) -> dict:
    """Milliseconds per article of the real extraction and of the bare spaCy parse, same texts."""
    from communique import Pipeline
    from communique.ingest import RawArticle

    if corpus:
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.iterdir())[:limit]]
        source = f"{len(texts)} texts from {corpus}"
    else:
        rng = random.Random(3)
        texts = [invented_article(rng) for _ in range(limit)]
        source = f"{len(texts)} invented texts of ~{sum(len(t.split()) for t in texts) // len(texts)} words"
    pipe = Pipeline()
    list(pipe.extract_many([RawArticle(input_id="warm", text=texts[0])]))
    raws = [RawArticle(input_id=str(i), text=t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    n = sum(1 for _ in pipe.extract_many(raws))
    extract = 1000 * (time.perf_counter() - start) / max(n, 1)
    start = time.perf_counter()
    list(pipe.nlp.pipe(texts))
    parse = 1000 * (time.perf_counter() - start) / len(texts)
    return {"extraction_ms_per_article": round(extract, 2), "parse_ms_per_article": round(parse, 2),
            "extraction_corpus": source}


def timed(fn, runs: int = 3) -> tuple[float, int]:
    fn()
    best, rows = float("inf"), 0
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
        rows = getattr(result, "num_rows", 0)
    return best, rows


def query_latencies(db: Path) -> dict:
    con = open_database(db, read_only=True)
    filters = {
        "all": EventFilter(),
        "--actor RUS": EventFilter(actor="RUS"),
        "--actor Russia": EventFilter(actor="Russia"),
        "--actor 'Person 42'": EventFilter(actor="Person 42 "),
        "--actor UN": EventFilter(actor="UN"),
        "--recipient CHN": EventFilter(recipient="CHN"),
        "--event CONSULT": EventFilter(events=["CONSULT"]),
        "--mode visit": EventFilter(mode="visit"),
        "--since/--until (one month)": EventFilter(since="2019-06-01", until="2019-06-30"),
        "--country IRN": EventFilter(country="IRN"),
        "--text 'gas pipeline'": EventFilter(text="gas pipeline"),
        "--actor RUS --recipient CHN --event CONSULT --since": EventFilter(actor="RUS", recipient="CHN",
                                                                           events=["CONSULT"], since="2019-01-01"),
    }
    out = {}
    for name, f in filters.items():
        out[f"query {name}"] = timed(lambda: query_clusters(con, f, 100))
        out[f"query --mentions {name}"] = timed(lambda: query_mentions(con, f, 100))
    out["stances --holder USA --issue gas"] = timed(lambda: query_stances(con, holder="USA", issue="gas"))
    out["quotes --speaker FRA"] = timed(lambda: query_quotes(con, speaker="FRA"))
    for by in ("day", "category", "dyad"):
        out[f"stats --by {by}"] = timed(lambda: stats(con, EventFilter(), by), runs=1)
    with tempfile.TemporaryDirectory() as tmp:
        from communique.store.exports import export
        out["export --format parquet"] = timed(lambda: export(con, "parquet", f"{tmp}/x.parquet"), runs=1)
    con.close()
    return {k: {"seconds": round(s, 4), "rows": r} for k, (s, r) in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--per-article", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--extraction-texts", type=int, default=40, help="texts to time the extraction on")
    ap.add_argument("--extraction-corpus", type=Path, help="a folder of .txt articles to time the extraction on "
                                                           "(default: invented texts)")
    ap.add_argument("--db", help="keep the generated database here (default: a temporary file)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "scale.duckdb"
        if db.exists():
            sys.exit(f"{db} exists: give a new --db")
        print(f"ingesting {args.events} synthetic events ...", file=sys.stderr, flush=True)
        written = ingest(db, args.events, args.per_article, args.batch_size)
        timing = extraction_ms_per_article(args.extraction_texts, args.extraction_corpus)
        latencies = query_latencies(db)
        result = {**written, **timing,
                  "write_over_extraction": round(written["write_ms_per_article"]
                                                 / timing["extraction_ms_per_article"], 4),
                  "write_over_parse": round(written["write_ms_per_article"] / timing["parse_ms_per_article"], 4),
                  "db_megabytes": round(db.stat().st_size / 1e6, 1), "queries": latencies}
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"stored {result['articles']} articles, {result['events']} events; database {result['db_megabytes']} MB")
    print(f"write: {result['write_ms_per_article']} ms/article; extraction ({result['extraction_corpus']}): "
          f"{result['extraction_ms_per_article']} ms/article, bare parse {result['parse_ms_per_article']} ms/article")
    print(f"write/extraction = {100 * result['write_over_extraction']:.2f}% (budget 5%); "
          f"write/bare parse = {100 * result['write_over_parse']:.2f}%")
    print(f"{'query':58} {'seconds':>8} {'rows':>6}")
    for name, r in latencies.items():
        print(f"{name:58} {r['seconds']:8.3f} {r['rows']:6}")


if __name__ == "__main__":
    main()
