"""A quote as the finder's passes find it, before ids are given, and how found quotes overlap or nest.

Each pass claims the text it explains: a later pass skips text most of which an earlier one
already holds (``_claimed``), unless one quote reports the other's report (``_nested``: 'X said
Y had told them that ...').
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class _Found:
    """A quote before ids are given: offsets of content and cue, the speaker phrase."""

    kind: str
    start: int
    end: int
    speaker_phrase: object = None      # spaCy Span, or None
    speaker_text: str | None = None
    speaker_id: str | None = None
    cue: tuple[int, int] | None = None
    nests: bool = False                # may stand inside another quote's content, or hold one


def _claimed(found: list[_Found], start: int, end: int, cue: tuple[int, int] | None = None) -> bool:
    """Whether most of [start, end) is already some quote's content. With the new quote's
    ``cue``, a quote nested in another (its cue inside the other's content, or the other's
    cue inside its own: 'X said Y had questioned why ...') does not count as claimed."""
    for q in found:
        if cue is not None and _nested(q, start, end, cue):
            continue
        overlap = min(q.end, end) - max(q.start, start)
        if overlap > 0.5 * min(end - start, q.end - q.start):
            return True
    return False


def _nested(q: _Found, start: int, end: int, cue: tuple[int, int]) -> bool:
    """Whether a quote (content [start, end), ``cue``) and a found one nest: one reports
    the other's report, its cue standing inside the other's content."""
    if q.cue is None:
        return False
    inner = q.start <= cue[0] and cue[1] <= q.end and (start, end) != (q.start, q.end)
    outer = start <= q.cue[0] and q.cue[1] <= end and (start, end) != (q.start, q.end)
    return inner or outer

