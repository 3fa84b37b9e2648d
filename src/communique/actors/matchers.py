"""spaCy PhraseMatchers built from the knowledge base, once per process.

Two matchers, because names and role words differ in case: proper names (states, demonyms,
capitals, organizations, known people) match case-sensitively on ORTH, so "US" is not "us";
role words and names of national bodies ("foreign minister", "police") match on LOWER.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.util import filter_spans

from .kb import KnowledgeBase

# kinds of a name entry, in order of preference when one surface has several meanings
COUNTRY, DEMONYM, SEAT, IGO, ORG, PERSON = "country", "demonym", "seat", "igo", "org", "person"
KIND_PREFERENCE = {ORG: 0, IGO: 1, PERSON: 2, COUNTRY: 3, DEMONYM: 4, SEAT: 5}
ROLE, BODY = "role", "body"

# the shape of a name written after a title: one to three capitalised proper nouns, a hyphenated one
# among them ("Kolar", "Jan Kolar", "Abu-Karim")
_NAME_WORD = {"POS": "PROPN", "IS_TITLE": True, "IS_ALPHA": True}
NAME_SHAPE = [[_NAME_WORD, {**_NAME_WORD, "OP": "{0,2}"}],
              [{**_NAME_WORD, "OP": "?"}, _NAME_WORD, {"ORTH": "-", "SPACY": False}, _NAME_WORD]]


@dataclass(frozen=True)
class Entry:
    kind: str     # one of the kinds above
    key: str      # ISO3 for country/demonym/seat, canonical name for igo/org/person


@dataclass
class Hit:
    """One matched phrase in a doc: tokens [start, end) and what they may mean."""
    start: int
    end: int
    entries: list[Entry] = field(default_factory=list)

    @property
    def best(self) -> Entry:
        return self.entries[0]


def plural(word: str) -> str:
    """English plural of a role phrase: "minister" → "ministers", "secretary of state" → "secretaries of state"."""
    head, sep, rest = word.partition(" of ")
    words = head.split()
    last = words[-1]
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last = last + "es"
    else:
        last = last + "s"
    return " ".join(words[:-1] + [last]) + (sep + rest if sep else "")


class KbMatchers:
    """Finds knowledge-base names, role words and body words in a Doc."""

    def __init__(self, kb: KnowledgeBase, nlp):
        self.kb = kb
        self.names: dict[str, list[Entry]] = {}
        self.phrases: dict[str, tuple[str, str, bool]] = {}   # lower text → (ROLE|BODY, sector|body name, plural)
        self._collect_names()
        self._collect_phrases()
        self.name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._surface: dict[int, str] = {}   # match id → the surface it was added under
        for surface, doc in zip(self.names, nlp.tokenizer.pipe(self.names)):
            self.name_matcher.add(surface, [doc])
            self._surface[get_string_id(surface)] = surface
        # tokenized as written and capitalised: "Sen." is one token, "sen." two
        capitalised = [p[:1].upper() + p[1:] for p in self.phrases]
        for surface, doc, cap in zip(self.phrases, nlp.tokenizer.pipe(self.phrases), nlp.tokenizer.pipe(capitalised)):
            self.phrase_matcher.add(surface, [doc, cap] if len(cap) != len(doc) else [doc])
            self._surface[get_string_id(surface)] = surface
        self.name_shape = Matcher(nlp.vocab)
        self.name_shape.add("NAME_SHAPE", NAME_SHAPE)

    # -- building ------------------------------------------------------------
    def _add_name(self, surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if not surface:
            return
        entries = self.names.setdefault(surface, [])
        if entry not in entries:
            entries.append(entry)
            entries.sort(key=lambda e: KIND_PREFERENCE[e.kind])

    def _collect_names(self) -> None:
        kb = self.kb
        for c in kb.countries.values():
            for n in c.names:
                self._add_name(n, Entry(COUNTRY, c.iso3))
            for n in c.demonyms:
                self._add_name(n, Entry(DEMONYM, c.iso3))
            for n in c.seats:
                self._add_name(n, Entry(SEAT, c.iso3))
        for org in kb.organizations.values():
            kind = IGO if org.is_igo else ORG
            for n in [org.name, *org.abbr, *org.aliases]:
                self._add_name(n, Entry(kind, org.name))
                if n.startswith("the "):
                    self._add_name(n[4:], Entry(kind, org.name))
            for n in org.seats:
                self._add_name(n, Entry(SEAT, org.name))
        for name in kb.person_names():
            for t in kb.tenures_of(name):
                self._add_name(name, Entry(PERSON, t.name))

    def _collect_phrases(self) -> None:
        for word, sector in self.kb.role_sectors.items():
            self.phrases.setdefault(word, (ROLE, sector, False))
            self.phrases.setdefault(plural(word), (ROLE, sector, True))
        for body in self.kb.bodies:
            for word in body.words:
                # a body word wins over a role word of the same spelling ("officials", "deputies")
                self.phrases[word] = (BODY, body.name, False)

    # -- matching --------------------------------------------------------------
    def _matched(self, matcher, doc) -> tuple[dict[tuple[int, int], str], list]:
        """((start, end) → surface, spans) of a matcher's matches."""
        keys: dict[tuple[int, int], str] = {}
        for mid, s, e in matcher(doc):
            keys.setdefault((s, e), self._surface[mid])
        return keys, [doc[s:e] for s, e in keys]

    def find_names(self, doc) -> list[Hit]:
        """Non-overlapping name hits (longest first), in text order."""
        keys, spans = self._matched(self.name_matcher, doc)
        return [Hit(sp.start, sp.end, list(self.names[keys[sp.start, sp.end]])) for sp in filter_spans(spans)]

    def find_phrases(self, doc) -> list[tuple[int, int, str, str, bool]]:
        """Non-overlapping role and body hits: (start, end, ROLE|BODY, sector|body name, plural)."""
        keys, spans = self._matched(self.phrase_matcher, doc)
        out = []
        for sp in filter_spans(spans):
            if len(sp) == 1 and len(sp.text) <= 2 and not sp.text.isupper():
                continue   # a two-letter role word is an abbreviation only in capitals: "PM", not "5 pm"
            kind, value, is_plural = self.phrases[keys[sp.start, sp.end]]
            out.append((sp.start, sp.end, kind, value, is_plural))
        return out

    def find_name_shapes(self, doc) -> dict[int, int]:
        """Token runs written as a person's name is ("Kolar", "Jan Kolar"), whatever the NER says:
        first token → one past the last token of the longest run from it."""
        out: dict[int, int] = {}
        for _, s, e in self.name_shape(doc):
            out[s] = max(e, out.get(s, e))
        return out
