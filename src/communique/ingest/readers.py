"""Readers for every input form. (Minimal first version: .txt, .html and .jsonl.)"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputProblem
from . import RawArticle


def read_inputs(paths: Iterable[str], published: str | None = None) -> Iterator[RawArticle | InputProblem]:
    for p in paths:
        path = Path(p)
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text().splitlines(), 1):
                rec = json.loads(line)
                yield RawArticle(input_id=str(rec.get("id")), html=rec.get("html"), text=rec.get("text"),
                                 url=rec.get("url"), published=rec.get("published"), title=rec.get("title"),
                                 source=str(path), line=n)
        elif path.suffix in (".html", ".htm"):
            yield RawArticle(input_id=str(path), html=path.read_text(), source=str(path))
        else:
            yield RawArticle(input_id=str(path), text=path.read_text(), source=str(path))
