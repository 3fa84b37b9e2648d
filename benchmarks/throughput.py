"""Throughput of communique, as a ratio to the bare spaCy parse of the same texts in the same run.

    python benchmarks/throughput.py [--corpus DIR ...] [--limit N] [--workers N] [--repeat N] [--json]

Default corpus: the PolNeAR texts in ../shared/data/polnear/{dev,train}/text (read at run time,
never copied). In one process the script

1. parses the texts with the bare spaCy pipeline (``list(nlp.pipe(texts))``),
2. runs the full extraction (``Pipeline().extract_many``) on the same texts,

after one warm-up of each, and prints articles/s and words/s for both, the ratio of their
times (CPU time with one process, so that other load on the machine does not skew it; wall time
with workers), the CPU time spent in each stage besides the parse as a % of the parse (measured
by wrapping the stages' ``find`` functions here, so the library carries no timing code), and the
peak resident memory. ``--repeat N`` alternates the two N times and keeps the fastest of each.
``--json`` prints the same figures as one JSON object.
"""
from __future__ import annotations

import argparse
import functools
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_CORPORA = (SHARED / "data/polnear/dev/text", SHARED / "data/polnear/train/text")
WARMUP_TEXTS = 4

# Stages after the parse, as the benchmark reports them: label → where the callable lives.
# ("object", i, name): method `name` of pipeline.stages[i]; ("module", path, name): a module function.
STAGE_HOOKS = {
    "clean": [("module", "communique.pipeline", "clean_article")],
    "actors": [("object", 1, "find")],
    "quotes": [("object", 2, "find")],
    "events": [("object", 3, "find")],
    "stances + relations": [("module", "communique.stances", "find_stances"),
                            ("module", "communique.relations", "find_relations")],
}


def read_corpus(dirs: list[Path], limit: int | None) -> list[str]:
    """The non-empty .txt files under ``dirs`` (sorted by path), at most ``limit`` of them."""
    texts = []
    for d in dirs:
        for path in sorted(d.rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                texts.append(text)
            if limit and len(texts) >= limit:
                return texts
    return texts


class Clock:
    """Wall-clock and CPU seconds of a block (CPU: this process only, so it ignores other load on the
    machine but not the work of worker processes)."""

    def __enter__(self) -> "Clock":
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


class StageTimers:
    """Wraps the pipeline's stage callables with CPU timers; CPU seconds spent per stage label."""

    def __init__(self, pipeline):
        self.seconds: dict[str, float] = defaultdict(float)
        self._install(pipeline)

    def _install(self, pipeline) -> None:
        import importlib

        stages = pipeline.stages
        for label, hooks in STAGE_HOOKS.items():
            for kind, where, name in hooks:
                owner = stages[where] if kind == "object" else importlib.import_module(where)
                setattr(owner, name, self._timed(label, getattr(owner, name)))

    def _timed(self, label: str, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[label] += time.process_time() - start
        return timed

    def reset(self) -> None:
        self.seconds.clear()


def time_bare_parse(nlp, texts: list[str], batch_size: int, workers: int) -> Clock:
    """The time of the bare spaCy parse of ``texts``."""
    with Clock() as clock:
        list(nlp.pipe(texts, batch_size=batch_size, n_process=workers))
    return clock


def time_extraction(pipeline, texts: list[str], workers: int) -> tuple[Clock, int, int]:
    """The time of the full extraction of ``texts``; also how many Documents and InputProblems came out."""
    from communique import InputProblem
    from communique.ingest import RawArticle

    records = (RawArticle(input_id=f"bench-{i}", text=t, source=f"bench-{i}") for i, t in enumerate(texts))
    with Clock() as clock:
        results = list(pipeline.extract_many(records, workers=workers))
    problems = sum(isinstance(r, InputProblem) for r in results)
    return clock, len(results) - problems, problems


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished worker process, in MB."""
    def mb(maxrss: int) -> float:  # ru_maxrss is in bytes on macOS, in kilobytes on Linux
        return round(maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024, 1)

    return {"self": mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
            "largest_worker": mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}


def run(texts: list[str], workers: int, batch_size: int | None, repeat: int = 1) -> dict:
    """All the figures of one benchmark run, as a dict (the --json output).

    With ``repeat > 1`` the parse and the extraction alternate that many times and each figure is
    the fastest of its runs: the machine's other load only ever slows a run down.
    """
    from communique import Pipeline

    pipeline = Pipeline(workers=workers, **({"batch_size": batch_size} if batch_size else {}))
    batch_size = pipeline.settings.batch_size
    nlp = pipeline.nlp
    timers = StageTimers(pipeline) if workers == 1 else None

    warm = texts[:WARMUP_TEXTS]
    list(nlp.pipe(warm))
    time_extraction(pipeline, warm, workers=1)

    parses, extractions, stage_runs = [], [], []
    for _ in range(repeat):
        parses.append(time_bare_parse(nlp, texts, batch_size, workers))
        if timers:
            timers.reset()
        clock, n_docs, n_problems = time_extraction(pipeline, texts, workers)
        extractions.append(clock)
        if timers:
            stage_runs.append(dict(timers.seconds))

    parse_wall, extract_wall = min(c.wall for c in parses), min(c.wall for c in extractions)
    parse_cpu, extract_cpu = min(c.cpu for c in parses), min(c.cpu for c in extractions)
    cpu_figures = workers == 1  # with workers, the work is done in other processes
    # one process: CPU time is the fairer ratio on a shared machine; with workers only wall time sees the work
    ratio = extract_cpu / parse_cpu if cpu_figures else extract_wall / parse_wall
    n, words = len(texts), sum(len(t.split()) for t in texts)
    out = {
        "articles": n, "words": words, "workers": workers, "batch_size": batch_size, "repeat": repeat,
        "bare_parse": {"seconds": round(parse_wall, 3), "cpu_seconds": round(parse_cpu, 3) if cpu_figures else None,
                       "articles_per_s": round(n / parse_wall, 2), "words_per_s": round(words / parse_wall)},
        "extraction": {"seconds": round(extract_wall, 3), "cpu_seconds": round(extract_cpu, 3) if cpu_figures else None,
                       "articles_per_s": round(n / extract_wall, 2), "words_per_s": round(words / extract_wall),
                       "documents": n_docs, "input_problems": n_problems},
        "ratio": round(ratio, 3),
        "ratio_basis": "cpu" if cpu_figures else "wall",
        "stages": None,
        "peak_rss_mb": peak_rss_mb(),
    }
    if timers:
        out["stages"] = {}
        for label in STAGE_HOOKS:
            cpu = min(run_.get(label, 0.0) for run_ in stage_runs)
            out["stages"][label] = {"cpu_seconds": round(cpu, 3),
                                    "percent_of_parse": round(100 * cpu / parse_cpu, 1)}
    return out


def _row(run_: dict) -> str:
    cpu = "n/a" if run_["cpu_seconds"] is None else f"{run_['cpu_seconds']:.2f}"
    return f"{run_['seconds']:.2f} | {cpu} | {run_['articles_per_s']:.1f} | {run_['words_per_s']:,}"


def markdown(r: dict) -> str:
    """The figures as markdown tables that the README can paste."""
    p, e = r["bare_parse"], r["extraction"]
    lines = [
        f"{r['articles']} articles, {r['words']:,} words; workers={r['workers']}, batch_size={r['batch_size']}"
        + (f"; fastest of {r['repeat']} runs" if r["repeat"] > 1 else ""),
        "",
        "| run | wall seconds | CPU seconds | articles/s | words/s | "
        f"{'CPU' if r['ratio_basis'] == 'cpu' else 'wall'} time ÷ bare parse |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| bare spaCy parse (`nlp.pipe`) | {_row(p)} | 1.00 |",
        f"| full extraction (`Pipeline.extract_many`) | {_row(e)} | {r['ratio']:.2f} |",
    ]
    if r["stages"]:
        lines += ["", "| stage (besides the parse) | CPU seconds | % of bare parse |", "| --- | ---: | ---: |"]
        lines += [f"| {label} | {s['cpu_seconds']:.2f} | {s['percent_of_parse']:.1f}% |"
                  for label, s in r["stages"].items()]
    else:
        lines += ["", "(per-stage times are measured with --workers 1 only: the stages run in worker processes)"]
    if r["ratio_basis"] == "cpu":
        lines += ["", "(articles/s and words/s: wall time; the ratio and stage shares: CPU time of this process, "
                      "which other load on the machine does not inflate)"]
    rss = r["peak_rss_mb"]
    lines += ["", f"Peak RSS: {rss['self']:.0f} MB" +
              (f" (largest worker: {rss['largest_worker']:.0f} MB)" if r["workers"] > 1 else "")]
    if e["input_problems"]:
        lines += [f"{e['input_problems']} texts gave no Document (InputProblem)"]
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=Path, metavar="DIR",
                    help="directory of .txt articles, read recursively (repeatable; default: PolNeAR dev+train "
                         "texts in ../shared)")
    ap.add_argument("--limit", type=int, metavar="N", help="use at most N articles")
    ap.add_argument("--workers", type=int, default=1, metavar="N", help="processes (default 1)")
    ap.add_argument("--batch-size", type=int, metavar="N", help="texts per nlp.pipe batch (default: Settings)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="alternate parse and extraction N times and keep the fastest of each (default 1)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpora = args.corpus or list(DEFAULT_CORPORA)
    missing = [d for d in corpora if not d.is_dir()]
    if missing:
        hint = (" (the default corpus is the PolNeAR texts in ../shared; pass --corpus DIR to use other "
                "articles)" if not args.corpus else "")
        print(f"throughput: no such directory: {', '.join(map(str, missing))}{hint}", file=sys.stderr)
        return 2
    if min(args.workers, args.repeat, args.limit or 1) < 1:
        print("throughput: --workers, --repeat and --limit must be at least 1", file=sys.stderr)
        return 2
    texts = read_corpus(corpora, args.limit)
    if not texts:
        print(f"throughput: no .txt articles under {', '.join(map(str, corpora))}", file=sys.stderr)
        return 2
    result = run(texts, args.workers, args.batch_size, args.repeat)
    print(json.dumps(result, indent=1) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
