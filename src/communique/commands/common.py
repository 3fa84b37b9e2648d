"""What several commands share: input options, settings, output files, progress, problem lines."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from ..errors import CommuniqueError, InputProblem
from ..settings import Settings


def iso_date(value: str) -> str:
    """argparse type: a YYYY-MM-DD date."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}")


def confidence_arg(value: str) -> float:
    """argparse type: a confidence between 0 and 1."""
    try:
        x = float(value)
    except ValueError:
        x = -1.0
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1: {value!r}")
    return x


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1: {value!r}")
    return n


def add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, directories, or - for stdin")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date to assume where an article gives none")
    p.add_argument("--workers", type=positive_int, default=1, metavar="N", help="processes (default 1)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE.yaml",
                   help="your own actors, in the knowledge-base format (repeatable)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def settings_from_args(args) -> Settings:
    actor_files = [Path(f) for f in getattr(args, "actors", [])]
    for f in actor_files:
        if not f.is_file():
            raise CommuniqueError(f"--actors {f}: no such file")
    if actor_files:
        from ..actors.kb import check_user_file

        for f in actor_files:
            check_user_file(f)
    return Settings(published=getattr(args, "published", None), actor_files=actor_files,
                    workers=getattr(args, "workers", 1))


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        f = open(path, "w", encoding="utf-8")
    except OSError as ex:
        raise CommuniqueError(f"cannot write {path}: {ex.strerror}")
    try:
        with f:
            yield f
    except OSError as ex:   # a full disk, a vanished mount: say so, keep what was written
        raise CommuniqueError(f"cannot write {path}: {write_problem(ex)}") from None


def write_problem(ex: Exception) -> str:
    """Why a file could not be written, in words: the OS reason, or the end of DuckDB's message
    ('IO Error: Cannot open file "x": Permission denied' → 'Permission denied')."""
    if isinstance(ex, OSError) and ex.errno:
        return os.strerror(ex.errno)
    return str(ex).strip().split("\n")[0].rsplit(": ", 1)[-1]


def report_problem(problem: InputProblem) -> None:
    print(f"communique: {problem}", file=sys.stderr, flush=True)


def progress_over(results: Iterable, quiet: bool = False) -> Iterator:
    """Passes results through, showing articles/s and failures on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    done = failed = 0
    start = time.monotonic()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=False) as bar:
        task = bar.add_task("starting")
        for r in results:
            if isinstance(r, InputProblem):
                failed += 1
            else:
                done += 1
            rate = done / max(time.monotonic() - start, 1e-9)
            bar.update(task, description=f"{done} articles, {failed} failed, {rate:.1f} articles/s")
            yield r
