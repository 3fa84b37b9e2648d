"""QuoteFinder: spaCy Doc + actors → quotes (direct, mixed, indirect) with speaker, cue, content.

The finder works in passes, each claiming the text it explains so that later passes do
not report it twice:

1. quoted passages with a cue beside them — ``"...," Putin said``, ``Liu said: "..."``,
   ``X issued a statement ...: "..."`` (direct) and ``Hu said cooperation would "..."`` (mixed);
2. transcripts — a paragraph opening with a speaker's name and a colon (``WALLACE: ...``);
3. reported clauses of speech verbs — ``X said (that) ...``, ``X told reporters ...``,
   ``X described Y as ...`` (indirect; mixed when the clause holds a quoted passage);
4. ``according to X`` and the other source phrases of the cue lexicon; cue nouns
   (``X's criticism of Y``, ``a pledge by X to ...``); adjectives of attitude
   (``X is confident that ...``, ``X was critical of Y``);
5. quoted passages with no cue of their own that continue the previous speaker
   (a quote running on after ``said X.``, or a paragraph after ``X continued:``).

This module holds ``find()``, passes 1, 2 and 5 (the quoted passages), the merging of what the
passes found and the output; pass 3 is the mixin in ``reported.py``, pass 4 the mixin in
``sources.py``; a found quote and the rules for text already claimed are in ``found.py``.

Wire-copy conventions the passes keep apart from what was said: a time right after the
speech verb ('said on Tuesday it ...', 'vowed on Sunday to ...') is when it was said; to
whom or how ('addressing a crowd', 'requested anonymity', 'when asked to comment on X')
gives no quote; the relative clause of an 'according to' source tells who it is. A mixed
quote whose quoted words end the sentence keeps its closing mark; what a speech verb
reports wholly inside the marks is direct.

The small helpers over the parse these passes share (clause edges, span trimming, token
offsets) are in ``spans.py``.
"""
from __future__ import annotations

import re

from ..actors import ActorIndex
from ..document import Quote, Span
from ..settings import Settings
from .cues import CueLexicon, lemma_of, load_cues
from .found import _claimed, _Found
from .marks import QUOTE_TOKENS, Passage, find_passages
from .reported import ReportedClauses, _run_on_end
from .sources import SourcePhrases
from .spans import (CLAUSE_DEPS, _after_full_stop, _before_clause, _clause_lead, _colon_before, _introduces_quote,
                    _names_person, _past_lead_time, _previous_sentence, _proper_name, _quoted_token_ids, _subtree_ids,
                    _tok_span, _token_at, _trim_span, _without_appendix)
from .speakers import (EXPLETIVES, inverted_subject, noun_speaker, quoted_as_saying, sentence_of, speaker_actor,
                       speaker_phrase, subject_of)

KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2}
# a cue verb's dependents that say where, when, how or to whom something was said, not what
SETTING_DEPS = ("prep", "npadvmod", "advmod", "dative", "agent", "nsubj", "nsubjpass", "punct", "aux", "neg", "prt")
# how far back (characters) a quote may be whose speaker issued "the statement" that speaks next
STATEMENT_REACH = 600
# how many tokens after a closing mark the speech verb may stand ('"...," X, <a long title>, told Y');
# everything in between must belong to its subject
SPEAKER_REACH = 25
NEAR_SPEAKER = 12
# marks that open and close a quoted turn or headline ('Merkel: "..."', "Trump: ‘...’")
OPENING_MARKS = ('"', "“", "‘", "'")
CLOSING_MARKS = ('"', "”", "’", "'")
_TRANSCRIPT = re.compile(r"^[ \t]*([A-Z][A-Za-z.'\- ]{1,40}?)[ \t]*:[ \t]+(\S.*)$", re.M)


class QuoteFinder(ReportedClauses, SourcePhrases):
    """Finds the quotations of one parsed document.

    >>> QuoteFinder().find(doc, actors)   # doc: spaCy Doc; actors: ActorIndex
    [Quote(id='q1', kind='direct', ...), ...]
    """

    def __init__(self, settings: Settings | None = None, cues: CueLexicon | None = None):
        self.settings = settings or Settings()
        self.cues = cues or load_cues()

    def find(self, doc, actors: ActorIndex) -> list[Quote]:
        """Quotes of ``doc`` (a spaCy Doc of the Document's text), ids q1… in text order."""
        self._text = doc.text  # Doc.text joins every token on each access: read it once
        passages = [p for p in find_passages(self._text) if doc.char_span(p.start, p.end, alignment_mode="expand")]
        self._quoted = _quoted_token_ids(doc, passages)
        self._passages = passages
        found: list[_Found] = []
        used_cues: set[int] = set()
        attributed: set[Passage] = set()
        for p in passages:
            if any(f.kind == "mixed" and f.start <= p.open_at and p.end <= f.end for f in found):
                attributed.add(p)
                continue   # 'said A was "x" and would respond "y"': "y" is already part of the mixed quote
            q = self._attribute_passage(doc, p, used_cues)
            if q is not None:
                found.append(q)
                attributed.add(p)
        found.extend(self._transcripts(doc, found, actors))
        found.extend(self._reported_clauses(doc, passages, attributed, used_cues, found))
        found.extend(self._source_phrases(doc, found))
        found.extend(self._noun_cues(doc, found))
        found.extend(self._attitudes(doc, found, actors))
        found.extend(self._continuations(doc, passages, attributed, found))
        return self._to_quotes(doc, _without_overlaps(found), actors)

    # -- pass 1: quoted passages with a cue beside them -----------------
    def _attribute_passage(self, doc, p: Passage, used_cues: set[int]) -> _Found | None:
        if p.words(self._text) < 1:
            return None
        after = self._cue_after(doc, p) if p.close_at is not None else None
        if after is not None and self._continues_cue_before(doc, p, after[0]):
            after = None   # 'X pointed out "...", adding "..."': "adding" opens the next quote
        if after is not None:
            verb, subj = after
            used_cues.add(verb.i)
            lead = _clause_lead(doc, self._text, p)
            if lead is not None:  # 'Republicans are engaged in "mischief," said X': mixed
                return _Found("mixed", lead, p.end, speaker_phrase(subj), cue=_tok_span(verb))
            return _Found("direct", p.start, p.end, speaker_phrase(subj), cue=_tok_span(verb))
        before = self._cue_before(doc, p, used_cues)
        if before is None:
            return None
        cue, subj, mixed_from = before
        used_cues.add(cue.i)
        phrase = speaker_phrase(subj) if subj is not None else None
        if mixed_from is not None:
            return _Found("mixed", mixed_from, self._mixed_end(doc, cue, p), phrase, cue=_tok_span(cue))
        if p.words(self._text) < self.cues.min_direct_words and not self._set_off(cue, p):
            return None
        return _Found("direct", p.start, p.end, phrase, cue=_tok_span(cue))

    def _set_off(self, cue, p: Passage) -> bool:
        """Whether a short passage is set off after its speech verb by a comma or colon
        ('said, "No."', 'yelled: "Out!"'): words said, not a scare quote or a title."""
        between = self._text[cue.idx + len(cue.text): p.open_at].strip()
        return between in (",", ":") and self.cues.is_speech_verb(cue)

    def _continues_cue_before(self, doc, p: Passage, verb) -> bool:
        """Whether a speech participle after the passage hangs from a speech verb before it."""
        opening = _token_at(doc, p.open_at)
        if opening is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
            return False
        # the participle may hang from the quoted clause the verb before reports ('pointed out "we regard ...", adding')
        return any(head.i < opening.i and self.cues.is_speech_verb(head) and head.i not in self._quoted
                   for head in list(verb.ancestors)[:3])

    def _cue_after(self, doc, p: Passage):
        """(verb, subject) for '"...," Putin said' / '"...," said X': a speech verb right
        after the closing mark, with nothing but its subject in between."""
        close = _token_at(doc, p.close_at)
        if close is None:
            return None
        sent_end = sentence_of(close).end
        next_sentence = close.i == sent_end - 1 and sent_end < len(doc) and "\n" not in close.text_with_ws
        if next_sentence:  # '?" Todd asked.' — the parser ended the sentence at the mark
            sent_end = sentence_of(doc[sent_end]).end
        # a short passage ('on "Fox Hour," host X said') is a title or a scare quote unless its verb is near
        reach = SPEAKER_REACH if p.words(self._text) >= self.cues.min_direct_words else NEAR_SPEAKER
        for tok in doc[close.i + 1: min(sent_end, close.i + reach)]:
            if tok.text in QUOTE_TOKENS:
                return None
            if not self.cues.is_speech_verb(tok):
                continue
            if next_sentence and any(c.dep_ in CLAUSE_DEPS and c.i > tok.i for c in tok.children):
                return None  # 'He said the plan would fail.' starts a report of its own
            subj = subject_of(tok)
            if subj is not None and subj.i <= close.i:
                # the parser took a word of the quotation for the subject ('"... Ohio," said
                # X'): the speaker is the name after the verb
                subj = inverted_subject(tok)
            if subj is None:
                return None
            between = [t for t in doc[close.i + 1: tok.i] if not t.is_punct]
            if all(t.i in _subtree_ids(subj) for t in between) or not between:
                return tok, subj
            if quoted_as_saying(tok) == subj and all(t.i in _subtree_ids(tok.head.head) for t in between):
                return tok, subj   # '"...," the agency quoted the minister as saying'
            return None
        return None

    def _cue_before(self, doc, p: Passage, used_cues: set[int]):
        """(cue, subject, mixed_from) for 'X said: "..."', 'X said "..."', 'X issued a
        statement ...: "..."' and, when the passage only ends a reported clause
        ('Hu said cooperation would "..."'), the offset where that clause starts."""
        opening = _token_at(doc, p.open_at)
        if opening is None:
            return None
        sent = sentence_of(opening)
        cut = _after_full_stop(doc, sent.start, opening.i)
        region = doc[cut: opening.i]
        if not any(not t.is_punct and not t.is_space for t in region):
            prev = doc[sent.start: cut] if cut > sent.start else _previous_sentence(doc, sent)
            if prev is None or not _introduces_quote(prev, self.cues):
                return None
            region = prev
        colon = _colon_before(self._text, p.open_at)
        for tok in reversed(list(region)):
            if tok.text in QUOTE_TOKENS and tok.i != opening.i:
                return None  # a cue before another quote's marks is that quote's
            if tok.i in self._quoted:
                continue
            if tok.i in used_cues:
                return None  # '"...," said X. "..."' — X's verb belongs to the first quote
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i:
                continue   # 'a truce announced by X was "cynical"': the noun's, said of it by someone else
            if self.cues.is_speech_verb(tok) or (colon and self.cues.is_report_verb(tok)):
                if colon and tok.dep_ == "ccomp" and self.cues.is_speech_verb(tok.head) and tok.head.i not in used_cues:
                    tok = tok.head  # 'X says he agrees, up to a point: "..."' — X speaks
                subj = subject_of(tok)
                if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass" and subj.head.i == tok.i:
                    # 'it was announced (by X) that "..."': X, or no one named
                    return tok, self._passive_speaker(tok), None if colon else self._mixed_start(doc, tok, opening)
                if subj is None or (subj.lower_ in EXPLETIVES and not self._pronoun_speaks(tok, subj)):
                    return None
                if not colon and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children) \
                        and any(c.dep_ == "advcl" and c.tag_ == "VBG" and tok.i < c.i < opening.i for c in tok.children):
                    return None   # 'A has yet to reply, he noted, citing "..."': the verb reports A, before it
                if colon and tok.dep_ == "acl" and self.cues.is_speech_noun(tok.head):
                    tok = tok.head  # 'issued a statement confirming ...: "..."' — the statement speaks
                return tok, subj, None if colon else self._mixed_start(doc, tok, opening)
            if colon and self.cues.is_speech_noun(tok):
                subj = noun_speaker(tok)
                return (tok, subj, None) if subj is not None else None
        return None

    def _mixed_start(self, doc, verb, opening) -> int | None:
        """Where a reported clause starts when the quote opens mid-clause ('said the pact
        would help both ports "grow ..."'), else None (the quote is the clause)."""
        between = [t for t in doc[verb.i + 1: opening.i] if not t.is_punct and t.dep_ != "mark"]
        clause = any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass") for t in between)
        if between and lemma_of(verb, self.cues.describe_verbs):
            return between[0].idx  # 'described the drought as "the worst ..."'
        if not clause:
            # 'said in an interview that in her state, "..."': the report opens at 'that'
            that = next((t for t in doc[verb.i + 1: opening.i] if t.lower_ == "that" and t.dep_ == "mark"), None)
            if that is not None:
                return doc[that.i + 1].idx if that.i + 1 < opening.i else None
            # 'said the "stakes are high"': words of the report itself stand before the mark;
            # where, when and to whom it was said ('told reporters on Friday "..."') do not
            addressee = ("dobj",) if lemma_of(verb, self.cues.addressee_verbs) else ()
            setting = {t.i for c in verb.children if c.dep_ in SETTING_DEPS + addressee for t in c.subtree}
            lead = [t for t in between if t.i not in setting]
            return lead[0].idx if lead else None
        ccomp = next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i < opening.i), None)
        if ccomp is not None:
            span = _trim_span(doc, _past_lead_time(ccomp, ccomp.left_edge.i), opening.i + 1)
            if span is not None:
                return doc[span[0]].idx
        # 'adding at a meeting that X are "..."' (the clause parsed as the meeting's): the
        # report opens after 'that' when only where and when it was said stand before it
        that = next((t for t in doc[verb.i + 1: opening.i] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if that is not None and that.i + 1 < opening.i:
            setting = {t.i for c in verb.children if c.dep_ in SETTING_DEPS for t in c.subtree}
            if all(t.i in setting for t in between if t.i < that.i):
                return doc[that.i + 1].idx
        return between[0].idx

    def _mixed_end(self, doc, verb, p: Passage) -> int:
        """Where a mixed quote ends: its passage, or the reported clause when that runs on
        ('that drafting "is open" and that the convention "will be ..."')."""
        ccomp = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        hung = self._clause_on_speech_noun(verb) if ccomp is None and self.cues.is_speech_verb(verb) else None
        if ccomp is not None:
            span = _trim_span(doc, ccomp.left_edge.i, _run_on_end(verb, ccomp))
        elif hung is not None:
            span = hung   # 'said in a statement that X was "sabotaging" the talks': the clause on the noun
        else:
            # 'accused X of seeking to "fuel" conflict in Y', 'called for a halt to "A" to avoid
            # "B"': the verb's object with its charge, past the first passage
            span = self._intention_or_object(verb, self.cues.cue_lemma(verb) or verb.lemma_.lower())
            if span is None or span[0] < verb.i:
                return p.end
            # what follows a comma after the last passage is the writer's ('..., leaving X excited')
            span_end = doc[span[1] - 1].idx
            last = max((q.close_at for q in self._passages
                        if q.close_at is not None and p.open_at <= q.close_at <= span_end), default=p.end)
            comma = next((t for t in doc[span[0]: span[1]] if t.idx > last and t.text == ","), None)
            if self._text[last - 1: last] == ",":   # '"an inversion," in which ...': the comma inside the marks
                comma = _token_at(doc, last)
            span = _trim_span(doc, span[0], comma.i) if comma is not None else span
        if span:
            cut = next((t for t in doc[span[0]: span[1]] if self._other_report(t, span[0])
                        or (t.i > span[0] + 1 and self._second_act(verb, t))), None)
            span = _trim_span(doc, span[0], _before_clause(cut, span[0])) if cut is not None else span
        span = _without_appendix(doc, *span, self.cues) if span else None
        last = doc[span[1] - 1] if span else None
        return max(p.end, last.idx + len(last.text)) if last is not None else p.end

    # -- pass 2: transcripts -------------------------------------------
    def _transcripts(self, doc, found: list[_Found], actors: ActorIndex) -> list[_Found]:
        """'WALLACE: Do you ...' — a paragraph that opens with a speaker name and a colon; so does a
        headline 'Merkel: Europe must ...' when the name is a person's the article names."""
        out = []
        matches = list(_TRANSCRIPT.finditer(self._text))
        # a transcript takes turns: a capitals label of several words alone, or one before another
        # 'Name:', is a headline's kicker ('LATEST WORLD NEWS: Minister X: ...'), not a speaker
        turns = sum(1 for m in matches if m.group(1).strip().isupper()) > 1
        for m in matches:
            name = m.group(1).strip()
            quoted = m.group(2)[:1] in OPENING_MARKS and _proper_name(doc, m.start(1), m.start(1) + len(name))
            if name.isupper() and not turns and not quoted and (
                    len(name.split()) > 2 or _TRANSCRIPT.match(m.group(2))):
                continue
            if not (name.isupper() and len(name) > 1) and not quoted and not _names_person(doc, m.start(1), m.end(1)) \
                    and not _person_named(actors, name):
                continue   # 'Merkel: "I never ..."' names its speaker even when the parser tags no entity
            if _claimed(found, m.start(2), m.end(2)):
                continue
            phrase = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="expand")
            colon = m.group(0).index(":", m.end(1) - m.start(0))
            cue = (m.start(0) + colon, m.start(0) + colon + 1)
            start, end = m.start(2), m.end(2)
            if quoted:   # the quotation marks are no part of what was said
                start += 1
                end -= 1 if self._text[end - 1] in CLOSING_MARKS else 0
            out.append(_Found("direct", start, end, phrase, cue=cue))
        return out


    # -- pass 5: passages continuing the previous speaker ---------------
    def _continuations(self, doc, passages, attributed, found) -> list[_Found]:
        """A quoted passage with no cue of its own, in the same or the next paragraph as an
        attributed quote with nothing else between them, is that speaker's too."""
        out = []
        for p in passages:
            if p in attributed or p.words(self._text) < self.cues.min_direct_words:
                continue
            if _claimed(found + out, p.start, p.end):
                continue
            prev = max((q for q in found + out if q.end <= p.open_at and q.speaker_phrase is not None),
                       key=lambda q: q.end, default=None)
            if prev is None or not _adjacent(self._text, prev.end, p.open_at):
                continue
            out.append(_Found("direct", p.start, p.end, prev.speaker_phrase, speaker_text=prev.speaker_text))
        return out

    # -- output ---------------------------------------------------------
    def _issued_text(self, phrase) -> bool:
        """'the statement', 'the letter': a definite speech noun that speaks for whoever issued it."""
        head = phrase.root
        return self.cues.is_speech_noun(head) and head.pos_ == "NOUN" \
            and any(c.lower_ in ("the", "this", "that") for c in head.lefts) and len(phrase) <= 3

    def _source_phrase(self, cue_text: str) -> bool:
        """Whether a cue is a source phrase ("according to"), not a verb of speech."""
        return tuple(cue_text.lower().split()) in self.cues.source_phrases

    def _thing_holds_position(self, doc, phrase, cue) -> bool:
        """'a renewal that addressed the elections', 'the trade that supports our economy': a
        position verb whose subject is 'that'/'which' standing for a thing that is no actor
        nor a text (a statement, a report): what it does, not what anyone holds."""
        root = phrase.root
        if len(phrase) != 1 or root.tag_ != "WDT" or root.head.dep_ != "relcl" or cue is None:
            return False
        verb = _token_at(doc, cue[0])
        if verb is None or self.cues.is_report_verb(verb):
            return False
        antecedent = root.head.head
        return antecedent.pos_ == "NOUN" and not antecedent.ent_type_ and not self.cues.is_speech_noun(antecedent)

    def _to_quotes(self, doc, found: list[_Found], actors: ActorIndex) -> list[Quote]:
        quotes = []
        text = self._text
        # what speakers were quoted or reported saying, after a speech verb or in marks: no pronoun's
        # antecedent there ('according to X' reports a whole sentence of the narrative: not that, nor a
        # clause no one is said to voice, 'X's trip is widely seen as friendly')
        quoted = tuple((q.start, q.end) for q in found if q.kind != "indirect" or (
            q.cue is not None and not self._source_phrase(text[q.cue[0]:q.cue[1]]) and q.speaker_phrase is not None))
        for q in sorted(found, key=lambda q: q.start):
            speaker = None
            speaker_text = q.speaker_text
            if q.speaker_phrase is not None:
                phrase = q.speaker_phrase
                speaker = speaker_actor(phrase, actors, quoted)
                if speaker is None and self._issued_text(phrase):
                    # '"...," the statement stresses': the statement of the one quoted just before
                    speaker = next((p.speaker for p in reversed(quotes)
                                    if p.speaker and q.start - p.content.end < STATEMENT_REACH), None)
                if speaker is None and self._thing_holds_position(doc, phrase, q.cue):
                    continue
                speaker_text = speaker_text or phrase.text
                if speaker and phrase.root.pos_ == "PRON" and len(phrase) == 1:
                    actors.add_mention(speaker, Span.from_spacy(phrase))
            quotes.append(Quote(
                id=f"q{len(quotes) + 1}", kind=q.kind, content=Span.of(text, q.start, self._closing_mark(q)), speaker=speaker,
                speaker_text=speaker_text, cue=Span.of(text, *q.cue) if q.cue else None))
        return quotes

    def _closing_mark(self, q: _Found) -> int:
        """Where a quote's content ends with the closing mark of a quotation it opened: a mixed
        quote whose quoted words end it ('reached "a very delicate stage".') keeps both marks,
        not the opening one alone. (A comma before the mark is no end of what was said: there the
        content stays as it was.)"""
        for p in self._passages:
            if p.close_at is not None and q.start <= p.open_at < q.end <= p.close_at \
                    and not self._text[q.end:p.close_at].strip(" .!?"):
                return p.close_at + (2 if self._text.startswith("''", p.close_at) else 1)
        return q.end


# -- between the passes: continuing a speaker, dropping what repeats ------------
def _person_named(actors: ActorIndex, name: str) -> bool:
    """Whether ``name`` ('Merkel', 'Angela Merkel') is a person's the actors stage found: the whole
    name, or its last word."""
    words = name.split()
    return any(a.kind == "person" and (a.name == name or (len(words) == 1 and a.name.split()[-1:] == words))
               for a in actors)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether only an attribution ('," said X. ') or one paragraph break separates two quotes."""
    between = text[end:start]
    return between.count("\n\n") <= 1 and len(between) < 160 and len(re.findall(r"[a-z]{3}[.?!] ", between)) <= 1


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Drops quotes whose content mostly repeats one found by a more specific pass."""
    keep: list[_Found] = []
    for q in sorted(found, key=lambda q: KIND_RANK[q.kind]):
        if not _claimed(keep, q.start, q.end, q.cue if q.nests else None):
            keep.append(q)
    return keep
