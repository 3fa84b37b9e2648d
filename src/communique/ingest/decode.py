"""Bytes → text: the right character encoding, and a plain-words reason when there is no text.

Order of evidence: a byte-order mark; a charset the transport declared (HTTP header in a WARC);
for pages, the <meta charset> the page declares; strict UTF-8; then charset-normalizer's guess.
Latin-1 declarations are read as windows-1252, as browsers do (WHATWG), so curly quotes and
euro signs in "latin-1" pages come out right.
"""
from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
SNIFF_BYTES = 4096  # a page's <meta charset> must stand in its first bytes (HTML spec says 1024)


class NotText(Exception):
    """The bytes are not usable text; the message says why in plain words."""


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _BROWSER_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top, as a Python codec name."""
    m = _META_CHARSET.search(data[:SNIFF_BYTES])
    return _codec(m.group(1).decode("ascii", "ignore")) if m else None


def _looks_binary(text: str) -> bool:
    sample = text[:SNIFF_BYTES]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.01 * len(sample)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text without a byte-order mark
    (mostly Latin script: a NUL in every other byte), else None."""
    sample = data[:SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) < 8:
        return None
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            return codec
    return None


def decode_bytes(data: bytes, *, html: bool = False, charset: str | None = None) -> str:
    """The text in ``data``. Raises NotText for empty, binary or undecodable content.

    ``html``: honour the page's own <meta charset>. ``charset``: what the transport declared.
    """
    if not data.strip():
        raise NotText("empty file" if not data else "empty file (only whitespace)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise NotText(f"bytes do not decode as the {codec} its byte-order mark announces") from None
    if b"\x00" in data[:SNIFF_BYTES]:
        codec = _bomless_utf16(data)
        if codec is None:
            raise NotText("binary content (NUL bytes), not text")
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise NotText("binary content (NUL bytes), not text") from None
        if _looks_binary(text):
            raise NotText("binary content (control bytes), not text")
        return text
    candidates = [_codec(charset), declared_charset(data) if html else None, "utf-8"]
    for codec in dict.fromkeys(c for c in candidates if c):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_binary(text):
            raise NotText("binary content (control bytes), not text")
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText("undecodable bytes: no character encoding fits this content")
    text = str(best)
    if _looks_binary(text):
        raise NotText("binary content (control bytes), not text")
    return text
