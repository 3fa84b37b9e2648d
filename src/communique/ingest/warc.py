"""WARC archives (.warc, .warc.gz) → one RawArticle per HTML page captured in them.

Only ``response`` and ``resource`` records with an HTML content type and a 2xx status become
articles. The record's target URI is its id and URL; its capture date (WARC-Date) is only a
hint for the publication date, used when the page gives none. An archive that breaks off
yields every record read before the break, then one InputProblem.
"""
from __future__ import annotations

import re
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


def _checked_iterator(stream: IO[bytes]):
    """warcio's ArchiveIterator, noting whether the last gzip member really ended.

    warcio stops without a word when a .warc.gz is cut off; the last member's decompressor
    not having reached its end is how we know.
    """
    from warcio.archiveiterator import ArchiveIterator

    class CheckedIterator(ArchiveIterator):
        cut_off = False

        def close(self):
            decompressor = self.reader.decompressor if self.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.cut_off = True
            super().close()

    return CheckedIterator(stream)


def _cut_off(complete: int) -> str:
    """The message for an archive that ends inside a record, after ``complete`` whole records."""
    where = f"after record {complete}" if complete else "in its first record"
    return f"the archive breaks off {where} (truncated or damaged)"


def read_warc(stream: IO[bytes], source: str) -> Iterator[RawArticle | InputProblem]:
    """The HTML pages of a WARC byte stream (plain or gzipped), in archive order."""
    from warcio.exceptions import ArchiveLoadFailed

    number = pages = 0
    records = _checked_iterator(stream)
    try:
        for number, record in enumerate(records, 1):
            if record.format != "warc":   # warcio reads any line as a legacy ARC header
                yield InputProblem(source, "not a WARC archive (its records have no WARC headers)")
                return
            if not _is_ok_page(record):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0) > 0:   # fewer bytes than its Content-Length
                yield InputProblem(source, _cut_off(number - 1), line=number, record_id=uri)
                return
            m = _CHARSET.search(_content_type(record))
            try:
                html = decode_bytes(data, html=True, charset=m.group(1) if m else None)
            except NotText as ex:
                yield InputProblem(source, str(ex), line=number, record_id=uri)
                continue
            pages += 1
            captured = record.rec_headers.get_header("WARC-Date") or ""
            yield RawArticle(input_id=uri or f"{source}#{number}", html=html, url=uri,
                             date_hint=captured[:10] or None, source=source, line=number)
    except ArchiveLoadFailed as ex:
        if number:
            yield InputProblem(source, f"{_cut_off(number)}: {_first_line(ex)}")
        else:
            yield InputProblem(source, f"not a readable WARC archive: {_first_line(ex)}")
        return
    except Exception as ex:  # noqa: BLE001 - warcio fails in many ways on damaged bytes; report, never crash
        yield InputProblem(source, f"{_cut_off(number)}: {_first_line(ex) or type(ex).__name__}")
        return
    if records.cut_off:
        yield InputProblem(source, _cut_off(number))
        return
    if number == 0:
        yield InputProblem(source, "no WARC records in it (not a WARC archive, or damaged at its start)")
    elif pages == 0:
        yield InputProblem(source, "no HTML pages in this archive (no text/html response records)")


def _first_line(ex: Exception) -> str:
    return str(ex).strip().split("\n")[0][:200]
