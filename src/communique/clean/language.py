"""Which language an article body is in (ISO 639-1), with py3langid.

Identification runs on the cleaned body, never on the page furniture. Short English texts full
of names can be misread as another language; when English function words make up a large share
of the words, the text is English whatever the classifier's first guess.
"""
from __future__ import annotations

import re
from .vocabulary import vocabulary

_WORDS = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.2     # function words in ordinary English prose are ~40% of the words
SAMPLE_CHARS = 5000     # enough text to decide; keeps identification cheap on long articles
MIN_WORDS = 6           # below this the classifier guesses from a few names: too little to judge


def english_share(text: str) -> float:
    """Share of the words in ``text`` that are common English function words."""
    words = [w.casefold() for w in _WORDS.findall(text)]
    if not words:
        return 0.0
    common = vocabulary().english_words
    return sum(w in common for w in words) / len(words)


def identify_language(text: str) -> str | None:
    """'en', 'de', ... for the text, or None when it has too few words to judge by."""
    sample = text[:SAMPLE_CHARS]
    if not _WORDS.search(sample):
        return None
    share = english_share(sample)
    if share >= ENGLISH_SHARE:
        return "en"
    if len(_WORDS.findall(sample)) < MIN_WORDS:
        return None
    import py3langid  # loads its model on first use

    lang, _ = py3langid.classify(sample)
    return lang
