"""Which language an article body is in (ISO 639-1), with py3langid.

Identification runs on the cleaned body, never on the page furniture. Short English texts full
of names can be misread as another language; when English function words make up a large share
of the words, the text is English whatever the classifier's first guess.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import vocabulary

_WORDS = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.2     # function words in ordinary English prose are ~40% of the words
SAMPLE_CHARS = 5000     # enough text to decide; keeps identification cheap on long articles
MIN_WORDS = 6           # below this the classifier guesses from a few names: too little to judge
SENTENCE_WORDS = 25     # below this a text is a sentence or two: over all 97 languages names and numbers mislead


def english_share(text: str) -> float:
    """Share of the words in ``text`` that are common English function words."""
    words = [w.casefold() for w in _WORDS.findall(text)]
    if not words:
        return 0.0
    common = vocabulary().english_words
    return sum(w in common for w in words) / len(words)


SHORT_TEXT_CONFIDENCE = 0.5   # a headline-length text: the language only when the classifier is sure


@lru_cache(maxsize=1)
def _short_text_identifier():
    """py3langid with probabilities, choosing only among the languages news is mostly written in."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(vocabulary().short_text_languages))
    return identifier


def _short_text_language(text: str) -> str | None:
    """The language of a text of a few words, or None when even a narrowed choice is unsure.

    Over all 97 languages a few names read as Danish or Javanese; among the main news
    languages a headline like 'Ministers hold talks' is English with some confidence.
    """
    lang, prob = _short_text_identifier().classify(text)
    return lang if prob >= SHORT_TEXT_CONFIDENCE else None


def identify_language(text: str) -> str | None:
    """'en', 'de', ... for the text, or None when it is too short to judge with confidence."""
    sample = text[:SAMPLE_CHARS]
    if not _WORDS.search(sample):
        return None
    words = len(_WORDS.findall(sample))
    if words < MIN_WORDS:
        # in four words one "in" or "an" is no evidence of English: ask the narrowed classifier
        return _short_text_language(sample)
    if english_share(sample) >= ENGLISH_SHARE:
        return "en"
    if words < SENTENCE_WORDS:
        # one sentence of names and content words ("Rebels killed 30 students in northern Nigeria")
        # reads as Nigerian Pidgin or Shona over all 97 languages: ask the narrowed classifier
        return _short_text_language(sample)
    import py3langid  # loads its model on first use

    lang, _ = py3langid.classify(sample)
    return lang
