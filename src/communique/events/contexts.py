"""PLOVER general contexts of an event, from words in its sentence (``data/events/contexts.yaml``)."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .lexicon import load_data


class ContextLexicon:
    def __init__(self):
        self.by_lemma: dict[str, list[str]] = {}
        phrases: list[tuple[str, str]] = []
        for context, words in load_data("contexts.yaml").items():
            for w in words:
                w = str(w).lower()
                if " " in w:
                    phrases.append((w, context))
                else:
                    self.by_lemma.setdefault(w, []).append(context)
        self.phrases = [(re.compile(r"\b" + re.escape(p) + r"s?\b"), c) for p, c in phrases]

    def contexts(self, sent: Span) -> list[str]:
        """Contexts the sentence's words signal, in a stable order."""
        found: list[str] = []
        for tok in sent:
            for c in self.by_lemma.get(tok.lemma_.lower(), ()):
                if c not in found:
                    found.append(c)
        low = sent.text.lower()
        for regex, c in self.phrases:
            if c not in found and regex.search(low):
                found.append(c)
        return found
