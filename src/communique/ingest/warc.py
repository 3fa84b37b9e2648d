"""WARC archives (.warc, .warc.gz) → one RawArticle per HTML page captured in them.

Only ``response`` and ``resource`` records with an HTML content type and a 2xx status become
articles. The record's target URI is its id and URL; its capture date (WARC-Date) is only a
hint for the publication date, used when the page gives none. An archive that breaks off
yields every record read before the break, then one InputProblem.
"""
from __future__ import annotations

import re
import zlib
from typing import IO, Iterator

from ..errors import InputProblem
from . import RawArticle
from .decode import NotText, decode_bytes

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def _content_type(record) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return (headers.get_header("Content-Type") or "").strip()


def _is_ok_page(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if not _content_type(record).lower().startswith(_HTML_TYPES):
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        return status.startswith("2")
    return True


def read_warc(stream: IO[bytes], source: str) -> Iterator[RawArticle | InputProblem]:
    """The HTML pages of a WARC byte stream (plain or gzipped), in archive order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), 1):
            if not _is_ok_page(record):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read()
            m = _CHARSET.search(_content_type(record))
            try:
                html = decode_bytes(data, html=True, charset=m.group(1) if m else None)
            except NotText as ex:
                yield InputProblem(source, f"record {number}: {ex}", line=number, record_id=uri)
                continue
            pages += 1
            captured = record.rec_headers.get_header("WARC-Date") or ""
            yield RawArticle(input_id=uri or f"{source}#{number}", html=html, url=uri,
                             date_hint=captured[:10] or None, source=source, line=number)
    except ArchiveLoadFailed as ex:
        where = f"after record {number}" if number else "at its start"
        yield InputProblem(source, f"not a readable WARC archive {where}: {_first_line(ex)}")
        return
    except (EOFError, zlib.error, OSError, ValueError) as ex:
        yield InputProblem(source, f"the archive breaks off after record {number} (truncated or damaged: "
                                   f"{_first_line(ex) or type(ex).__name__})")
        return
    if pages == 0:
        yield InputProblem(source, "no HTML pages in this archive (no text/html response records)")


def _first_line(ex: Exception) -> str:
    return str(ex).strip().split("\n")[0][:200]
