"""Readers for every input form: which reader a path needs, and a problem line when it has none.

``read_inputs(paths)`` takes files (.html/.htm, .txt, .jsonl, .warc/.warc.gz, and any of them
gzipped), directories (searched recursively, in sorted order, by extension) and ``-`` for stdin,
whose form is sniffed from its content. It yields RawArticles and InputProblems in input order
and never raises for a bad input.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import InputProblem
from . import RawArticle
from .decode import NotText, decode_bytes
from .jsonl import read_jsonl
from .warc import read_warc

Record = RawArticle | InputProblem

FORMS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc"}
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b",
                         re.IGNORECASE | re.DOTALL)
_GZIP_MAGIC = b"\x1f\x8b"


def form_of(path: Path) -> tuple[str | None, bool]:
    """(form, gzipped) from a file name: 'a.warc.gz' → ('warc', True); an unknown suffix → (None, …)."""
    suffixes = [s.lower() for s in path.suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    if gzipped:
        suffixes = suffixes[:-1]
    return (FORMS.get(suffixes[-1]) if suffixes else None), gzipped


def sniff_form(data: bytes) -> str:
    """The form of content with no telling name (stdin, odd suffixes): warc, jsonl, html or text."""
    head = data.lstrip()[:2048]
    if head.startswith(b"WARC/"):
        return "warc"
    first_line = head.split(b"\n", 1)[0].strip()
    if first_line.startswith(b"{"):
        try:
            if isinstance(json.loads(data.lstrip().split(b"\n", 1)[0]), dict):
                return "jsonl"
        except ValueError:
            pass
    return "html" if _HTML_START.match(head) else "text"


def read_bytes(data: bytes, source: str, form: str | None) -> Iterator[Record]:
    """Records from the whole content of one input whose form is known (or sniffed when None)."""
    if data.startswith(_GZIP_MAGIC) and form != "warc":
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error) as ex:
            yield InputProblem(source, f"the gzip file is truncated or damaged ({ex})")
            return
    form = form or sniff_form(data)
    if form == "warc":
        yield from read_warc(io.BytesIO(data), source)
        return
    if form == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source)
        return
    try:
        text = decode_bytes(data, html=form == "html")
    except NotText as ex:
        yield InputProblem(source, str(ex))
        return
    if form == "html":
        yield RawArticle(input_id=source, html=text, source=source)
    else:
        yield RawArticle(input_id=source, text=text, source=source)


def _open_problem(path: Path, ex: OSError) -> InputProblem:
    if isinstance(ex, FileNotFoundError):
        return InputProblem(str(path), "no such file or directory")
    if isinstance(ex, PermissionError):
        return InputProblem(str(path), "cannot read it: permission denied")
    if isinstance(ex, IsADirectoryError):
        return InputProblem(str(path), "is a directory that cannot be read")
    return InputProblem(str(path), f"cannot read it: {ex.strerror or ex}")


def read_file(path: Path) -> Iterator[Record]:
    """Records from one file; its form comes from its name, or from its content when the name says nothing.

    WARC and JSONL files are streamed record by record; pages and texts are read whole.
    """
    source = str(path)
    form, gzipped = form_of(path)
    try:
        if form in ("warc", "jsonl"):
            with open(path, "rb") as raw:
                if form == "warc":
                    yield from read_warc(raw, source)
                else:
                    yield from read_jsonl(gzip.GzipFile(fileobj=raw) if gzipped else raw, source)
            return
        data = path.read_bytes()
    except OSError as ex:
        yield _open_problem(path, ex)
        return
    yield from read_bytes(data, source, form)


def files_under(directory: Path) -> Iterator[Path | InputProblem]:
    """Article files below ``directory`` (recursively, hidden ones skipped), by extension, sorted by
    path as ``find | sort`` would. Subdirectories that cannot be listed become InputProblems.
    """
    problems: list[InputProblem] = []

    def note(ex: OSError) -> None:
        problems.append(_open_problem(Path(ex.filename or directory), ex))

    found: list[Path] = []
    for root, dirs, files in os.walk(directory, onerror=note):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / name for name in files
                  if not name.startswith(".") and form_of(Path(name))[0]]
    yield from problems
    yield from sorted(found, key=lambda p: p.parts)
    if not found:
        yield InputProblem(str(directory), "no article files here (.html, .htm, .txt, .jsonl, .warc, .warc.gz)")


def _with_date_hint(records: Iterable[Record], published: str | None) -> Iterator[Record]:
    for r in records:
        if published and isinstance(r, RawArticle) and not r.date_hint:
            r.date_hint = published
        yield r


def read_inputs(paths: Iterable[str], published: str | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Record]:
    """RawArticles (or InputProblems in their place) for every input, in input order.

    ``paths``: files, directories, or ``-`` for standard input (``stdin``: a binary stream to
    read instead of ``sys.stdin``). ``published``: the date to assume for articles that give none.
    """
    for p in paths:
        if p == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _with_date_hint(read_bytes(stream.read(), "<stdin>", None), published)
            continue
        path = Path(p)
        if path.is_dir():
            for item in files_under(path):
                records = [item] if isinstance(item, InputProblem) else read_file(item)
                yield from _with_date_hint(records, published)
        else:
            yield from _with_date_hint(read_file(path), published)
