"""Source phrases, cue nouns and adjectives of attitude: reports that no speech verb carries.

A mixin of the quote finder (:mod:`.finder`), pass 4: 'according to X' and the other source
phrases of the cue lexicon, evidential adverbs ('X reportedly considered a run'); cue nouns with
what they are about and whose position they state ('X's criticism of Y', 'a pledge by X to ...',
'X voiced support for Y'); adjectives of attitude ('X is confident that ...', 'X was critical of
Y'). It reads the doc's quotation marks and the cue lexicon through the finder's own state
(``_quoted``, ``cues``).
"""
from __future__ import annotations

from ..actors import ActorIndex
from .cues import lemma_of
from .found import _claimed, _Found
from .spans import (_between_full_stops, _clause_around, _is_clause, _noun_content, _only_time, _sentence_beside,
                    _tok_span, _trim_span)
from .speakers import EXPLETIVES, speaker_phrase, subject_of

HOLDER_PRONOUNS = ("i", "we", "you", "he", "she", "they")
# cue nouns that also name a deed of force, which a state or an 'it' does rather than says
DEED_NOUNS = ("attack",)
# what 'according to' names when it tells how something is done, not who says so ('act
# according to the constitution')
RULE_NOUNS = ("constitution", "law", "rule", "procedure", "regulation", "protocol", "principle", "schedule",
              "charter", "tradition", "custom")


class SourcePhrases:
    """Finds the reports told by a source phrase, a cue noun or an adjective of attitude."""

    # -- pass 4: according to X -----------------------------------------
    def _source_phrases(self, doc, found) -> list[_Found]:
        out = []
        for tok in doc:
            for phrase in self.cues.source_phrases:
                if tok.lower_ != phrase[0] or tok.i + len(phrase) > len(doc):
                    continue
                words = doc[tok.i: tok.i + len(phrase)]
                if tuple(t.lower_ for t in words) != phrase:
                    continue
                q = self._according_to(doc, words, found + out)
                if q is not None:
                    out.append(q)
            if tok.lower_ == "in" and self._in_source(doc, tok):
                q = self._according_to(doc, doc[tok.i: tok.i + 1], found + out)
                if q is not None:
                    out.append(q)
            if tok.lower_ in self.cues.evidential_adverbs and tok.dep_ == "advmod":
                q = self._reportedly(doc, tok, found + out)
                if q is not None:
                    out.append(q)
        return out

    def _in_source(self, doc, prep) -> bool:
        """'In a new poll, X leads Y', '..., in the latest survey': 'in' a source noun of the cue lexicon
        (a poll, a study) that opens or closes the sentence beside a comma: the source says the rest."""
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in self.cues.source_nouns:
            return False
        phrase_end = noun.right_edge.i + 1
        lo, hi = _between_full_stops(prep)
        opens = prep.i == lo and phrase_end < hi and doc[phrase_end].text == ","
        closes = prep.i > lo and doc[prep.i - 1].text == "," and all(t.is_punct or t.is_space for t in doc[phrase_end:hi])
        return opens or closes

    def _reportedly(self, doc, adverb, found) -> _Found | None:
        """'X reportedly considered a run': the clause the adverb qualifies, said by no one named."""
        head = adverb.head
        lo, hi = _between_full_stops(adverb)
        span = _trim_span(doc, max(head.left_edge.i, lo), min(head.right_edge.i + 1, hi), shortest=3)
        if span is None:
            return None
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        if _claimed(found, start, end):
            return None
        return _Found("indirect", start, end, None, cue=_tok_span(adverb))

    def _according_to(self, doc, words, found) -> _Found | None:
        last = words[-1]
        source = next((c for c in last.children if c.dep_ == "pobj"), None)
        if source is None:
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            source = nxt.head if nxt is not None and nxt.head.i > last.i else nxt
        if source is None or source.is_punct:
            return None
        if source.lemma_.lower() in RULE_NOUNS and not source.ent_type_ and words[0].i > 0 \
                and not doc[words[0].i - 1].is_punct and words[0].head.pos_ == "VERB":
            return None   # "govern according to the charter": how it is done, not who says so
        phrase = speaker_phrase(source)
        source_end = max(phrase.end, words.end)
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[phrase.end: source.right_edge.i + 1]):
            # 'according to a survey by a think tank, ...': who made the source is no part of what it says
            source_end = max(source_end, source.right_edge.i + 1)
        # 'According to a senior official who asked not to be named, the cabinet was divided': the
        # relative clause tells who the source is, not what it says
        relative = next((c for c in source.rights if c.dep_ == "relcl"
                         and (c.right_edge.i + 1 >= len(doc) or doc[c.right_edge.i + 1].is_punct)), None)
        if relative is not None:
            source_end = max(source_end, relative.right_edge.i + 1)
        elif _relative_to_the_end(source):
            # '..., according to sources who spoke to X but were not authorized to ...': the parse
            # hung the second half of the relative clause elsewhere; it still tells who the source is
            source_end = _between_full_stops(source)[1]
        span = _sentence_beside(doc, words[0], source_end) or _clause_around(doc, words[0], source_end)
        if span is None:
            return None
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        cue = (words[0].idx, last.idx + len(last))
        if _claimed(found, start, end):
            speakerless = [q for q in found if q.speaker_phrase is None and q.speaker_text is None
                           and q.start < end and start < q.end]
            for q in speakerless:  # "X seems to ..., according to Y": Y is who says so, by these words
                q.speaker_phrase, q.cue = phrase, cue
            # "X said ..., according to Y": Y reports X's report, a quote around X's
            if speakerless or _claimed(found, start, end, cue):
                return None
            return _Found("indirect", start, end, phrase, cue=cue, nests=True)
        return _Found("indirect", start, end, phrase, cue=cue)

    # -- pass 4b: cue nouns ------------------------------------------------
    def _noun_cues(self, doc, found) -> list[_Found]:
        """'Trump's attacks on Clinton', 'X voiced support for Y', 'the claim that ...': a
        cue noun of the lexicon with what it is about."""
        out = []
        for tok in doc:
            words = self.cues.noun_cue(tok)
            if not words or tok.i in self._quoted:
                continue
            if tok.dep_ == "dobj" and self.cues.is_cue_verb(tok.head) and any(q.cue == _tok_span(tok.head) for q in found):
                continue  # "reiterated his support for X": the verb's report holds the noun's
            span = _noun_content(tok, words)
            if span is None:
                continue
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            if _claimed(found + out, start, end):
                continue
            source = self._noun_source(tok)
            if source is None and not self.cues.noun_cue_alone:
                continue
            cue_end = doc[span[0] - 1] if span[0] - 1 > tok.i else tok
            if source is not None and tok.i < source.i <= cue_end.i:
                cue_end = tok   # "a pledge by X to ...": the noun alone, its holder named between
            out.append(_Found("indirect", start, end, speaker_phrase(source) if source is not None else None,
                              cue=(tok.idx, cue_end.idx + len(cue_end))))
        return out

    def _noun_source(self, noun):
        """Whose position a cue noun states: its possessor, the object of its 'by'/'from', or
        the subject of a verb that voices it ('X voiced support'), else None."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None and noun.lemma_.lower() in DEED_NOUNS and (poss.lower_ == "its" or poss.ent_type_ == "GPE"):
            return None   # "its attack on the border towns", "Ruritania's attacks on X": a strike, not words
        if poss is not None:
            return poss
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if holder is not None and holder.pos_ in ("PROPN", "NOUN") and holder.ent_type_ not in ("DATE", "TIME") \
                and noun.lemma_.lower() not in DEED_NOUNS:
            return holder   # "a pledge by Ruritania to ...", "criticism from rights groups of X"
        verb = noun.head
        if noun.dep_ == "dobj" and lemma_of(verb, self.cues.noun_cue_verbs):
            subj = subject_of(verb)
            return subj if subj is not None and subj.lower_ not in EXPLETIVES else None
        return None

    # -- pass 4c: adjectives of attitude -----------------------------------
    def _attitudes(self, doc, found, actors: ActorIndex) -> list[_Found]:
        """'X is confident that ...', 'X was critical of Y', 'X is eager to ...': an adjective of
        attitude after a linking verb, with its clause or the object of its preposition; the
        subject of the linking verb holds the attitude when it is an actor or a personal pronoun
        ('The bridge is ready to open' holds none)."""
        out = []
        for tok in doc:
            words = self.cues.attitude(tok)
            if words is None or tok.dep_ != "acomp" or tok.i in self._quoted:
                continue
            span = self._attitude_content(tok, words)
            subj = subject_of(tok.head)
            if span is None or subj is None or not (subj.lower_ in HOLDER_PRONOUNS or subj.tag_ == "WP"
                                                    or actors.actor_for_token(subj)):
                continue
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            if _claimed(found + out, start, end):
                continue
            out.append(_Found("indirect", start, end, speaker_phrase(subj), cue=_tok_span(tok)))
        return out

    def _attitude_content(self, adj, words: frozenset[str]) -> tuple[int, int] | None:
        """Token range of what an adjective of attitude is about: its that-clause or
        to-infinitive ('confident that X', 'eager to X'), else the object of one of its
        prepositions ('critical of X'), or None."""
        doc = adj.doc
        for child in adj.rights:
            if child.dep_ in ("ccomp", "xcomp") and _is_clause(child) and (
                    child.dep_ == "xcomp" or "that" in words or not any(c.dep_ == "mark" for c in child.children)):
                return _trim_span(doc, child.left_edge.i, child.right_edge.i + 1)
            if child.dep_ == "prep" and child.lower_ in words:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and not _only_time(obj):
                    return _trim_span(doc, obj.left_edge.i, obj.right_edge.i + 1, shortest=1)
        return None


def _relative_to_the_end(source) -> bool:
    """Whether a relative clause opens right after a source ('sources who ...') and no comma
    stands between it and the end of the sentence: all of it tells who the source is."""
    rel = next((c for c in source.rights if c.dep_ == "relcl"), None)
    if rel is None or not any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass") for c in rel.children):
        return False
    doc = source.doc
    hi = _between_full_stops(source)[1]
    return not any(t.text in (",", ";", ":") or t.text in ("—", "--") for t in doc[rel.left_edge.i: hi])
