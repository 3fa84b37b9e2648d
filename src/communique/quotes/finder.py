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
from dataclasses import dataclass

from ..actors import ActorIndex
from ..document import Quote, Span
from ..settings import Settings
from .cues import CueLexicon, lemma_of, load_cues, puts_it
from .marks import Passage, find_passages
from .spans import (_after_full_stop, _as_clause, _asks_whether, _before_clause, _between_full_stops, _clause_around,
                    _clause_before, _clause_lead, _colon_before, _detached_subject, _has_subject, _introduces_quote,
                    _is_clause, _names_person, _noun_content, _only_time, _past_lead_time, _previous_sentence,
                    _proper_name,
                    _quoted_token_ids, _relative_clause, _sentence_beside, _subordinated, _subtree_ids, _tense,
                    _tok_span, _token_at, _trim_span, _unnamed_asker, _wish_for_anonymity, _with_instrument,
                    _without_appendix)
from .speakers import (SUBJECT_DEPS, _dateline_dash, inverted_subject, noun_speaker, quoted_as_saying, sentence_of, speaker_actor,
                       speaker_phrase, subject_of)

KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2}
QUOTE_TOKENS = ('"', "“", "”", "''", "„", "«", "»")
CLAUSE_DEPS = ("ccomp",)
LOOSE_CLAUSE_DEPS = ("ccomp", "dep", "advcl", "parataxis", "xcomp", "conj")
EXPLETIVES = ("it", "there")
SPEAKER_PRONOUNS = ("i", "we", "you")
HOLDER_PRONOUNS = ("i", "we", "you", "he", "she", "they")
# a cue verb's dependents that say where, when, how or to whom something was said, not what
SETTING_DEPS = ("prep", "npadvmod", "advmod", "dative", "agent", "nsubj", "nsubjpass", "punct", "aux", "neg", "prt")
OBJECT_PREPS = ("of", "for", "as", "against")
# how a report with a speaker of its own hangs beside another ('X said A, while Y said B')
OTHER_REPORT_DEPS = ("advcl", "conj", "parataxis", "pcomp")
CONTRAST_MARKS = ("while", "whereas", "though", "although")
# cue nouns that also name a deed of force, which a state or an 'it' does rather than says
DEED_NOUNS = ("attack",)
# what a position verb that also names a deed of force ('attacked the plan' / 'attacked soldiers')
# strikes when it is a deed: people under arms or in the street, and places
DEED_VERBS = ("attack",)
DEED_TARGETS = ("soldier", "troop", "civilian", "citizen", "police", "policeman", "guard", "convoy", "base",
                "village", "town", "city", "checkpoint", "post", "position", "vessel", "ship", "tanker",
                "embassy", "station", "facility", "patrol", "protester", "worker", "settler", "hostage")
# measures whose announcement is the deed itself ('announced fresh sanctions against X')
MEASURE_NOUNS = ("sanction", "tariff", "embargo", "blockade", "curfew")
# participles that give what a report answers or points at ('..., he said, responding to
# questions', '..., she added, referring to the embargo'): its topic, no report of their own
TOPIC_PARTICIPLES = ("refer", "respond")
# what 'according to' names when it tells how something is done, not who says so ('act
# according to the constitution')
RULE_NOUNS = ("constitution", "law", "rule", "procedure", "regulation", "protocol", "principle", "schedule",
              "charter", "tradition", "custom")
# how far back (characters) a quote may be whose speaker issued "the statement" that speaks next
STATEMENT_REACH = 600
# how many tokens after a closing mark the speech verb may stand ('"...," X, <a long title>, told Y');
# everything in between must belong to its subject
SPEAKER_REACH = 25
NEAR_SPEAKER = 12
_TRANSCRIPT = re.compile(r"^[ \t]*([A-Z][A-Za-z.'\- ]{1,40}?)[ \t]*:[ \t]+(\S.*)$", re.M)


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


class QuoteFinder:
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
        found.extend(self._transcripts(doc, found))
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
        if ccomp is not None:
            span = _trim_span(doc, ccomp.left_edge.i, _run_on_end(verb, ccomp))
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
    def _transcripts(self, doc, found: list[_Found]) -> list[_Found]:
        """'WALLACE: Do you ...' — a paragraph that opens with a speaker name and a colon."""
        out = []
        matches = list(_TRANSCRIPT.finditer(self._text))
        # a transcript takes turns: a capitals label of several words alone, or one before another
        # 'Name:', is a headline's kicker ('LATEST WORLD NEWS: Minister X: ...'), not a speaker
        turns = sum(1 for m in matches if m.group(1).strip().isupper()) > 1
        for m in matches:
            name = m.group(1).strip()
            quoted = m.group(2)[:1] in ('"', "“") and _proper_name(doc, m.start(1), m.start(1) + len(name))
            if name.isupper() and not turns and not quoted and (
                    len(name.split()) > 2 or _TRANSCRIPT.match(m.group(2))):
                continue
            if not (name.isupper() and len(name) > 1) and not quoted and not _names_person(doc, m.start(1), m.end(1)):
                continue   # 'Merkel: "I never ..."' names its speaker even when the parser tags no entity
            if _claimed(found, m.start(2), m.end(2)):
                continue
            phrase = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="expand")
            colon = m.group(0).index(":", m.end(1) - m.start(0))
            cue = (m.start(0) + colon, m.start(0) + colon + 1)
            start, end = m.start(2), m.end(2)
            if quoted:   # the quotation marks are no part of what was said
                start += 1
                end -= 1 if self._text[end - 1] in ('"', "”") else 0
            out.append(_Found("direct", start, end, phrase, cue=cue))
        return out

    # -- pass 3: reported clauses ---------------------------------------
    def _reported_clauses(self, doc, passages, attributed, used_cues, found) -> list[_Found]:
        """'X said (that) ...', 'X told reporters ...', 'X described Y as ...'."""
        out, passives = [], []
        for tok in doc:
            if not self.cues.is_cue_verb(tok) or tok.i in self._quoted:
                continue  # a verb inside a quotation is the quoted speaker's own report
            if tok.i in used_cues and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
                continue  # already the cue of a quoted passage, with no clause of its own
            inverted = self._inverted_report(doc, tok, found + out)
            if inverted is not None:
                used_cues.add(tok.i)
                out.append(inverted)
                continue
            passive = self._passive_report(doc, tok, found + out)
            if passive is not None:
                used_cues.add(tok.i)
                passives.append(passive)
                continue
            span = self._reported_span(tok)
            if span is None or _only_time(doc[span[0]: span[1]].root):
                continue  # 'speaking Monday': when someone spoke, not what
            subj = subject_of(tok)
            clause = next((c for c in tok.rights if c.dep_ == "ccomp" and _has_subject(c)), None)
            if subj is not None and subj.lower_ == "it" and subj.i < tok.i and clause is not None \
                    and lemma_of(tok, self.cues.evidential_verbs):
                # "It appears (that) the talks failed": the clause, seen so by no one named
                span = _trim_span(doc, clause.left_edge.i, clause.right_edge.i + 1, shortest=3)
                start, end = (doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])) if span else (0, 0)
                if span and not _claimed(found + out, start, end):
                    used_cues.add(tok.i)
                    out.append(_Found("indirect", start, end, None, cue=_tok_span(tok)))
                continue
            if subj is None or (subj.lower_ in EXPLETIVES and not self._pronoun_speaks(tok, subj)):
                continue
            if subj.lower_ in ("i", "we") and any(a.i > tok.i and self.cues.is_speech_verb(a) for a in tok.ancestors):
                continue  # '"We want to ...," the spokesman said': the spokesman's words, with no opening mark
            phrase = speaker_phrase(subj)
            if _unnamed_asker(tok, self.cues):
                asked = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
                if asked:
                    used_cues.update(c.i for c in asked)
                    continue   # "when asked to comment on X": what was asked of the speaker, no one's words
                phrase = None  # "Asked whether ..., X said": X answers; who asked is not named
            elif lemma_of(tok, self.cues.evidential_verbs):
                if subj.tag_ in ("WDT", "WP"):
                    continue   # "a plan that seems likely to fail": the relative clause tells what the plan is
                span = (min(span[0], subj.left_edge.i), span[1])  # "X seemed to ...": no one named sees it
                phrase = None
            elif subj.dep_ == "nsubjpass" and subj.head.i == tok.i:
                # "She is expected to win": what is expected includes its subject, and the
                # one who expects is the agent ("by analysts") or nobody named; "X was asked
                # whether ...": X is only the one spoken to
                if not lemma_of(tok, self.cues.addressee_verbs):
                    span = (min(span[0], subj.left_edge.i), span[1])
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                phrase = speaker_phrase(pobj) if pobj is not None else None
            elif span[0] <= subj.i < span[1] and subj.i not in _subtree_ids(tok):
                continue  # the "content" is the clause the speaker is subject of
            span = _without_appendix(doc, *span, self.cues)
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            kind = "indirect"
            for p in passages:
                if p.end > start and p.start < end:
                    # what a speech verb reports wholly inside the marks is a quotation ('"...," X said,
                    # "but we ..."'): direct; a clause that only holds quoted words is mixed
                    whole = p.start <= start and end <= p.end and self.cues.is_speech_verb(tok)
                    kind = "direct" if whole and kind == "indirect" else "mixed"
                    end = max(end, p.end)
                    attributed.add(p)
            # a speech verb with a subject of its own, not the quoted speaker's 'I' or 'we',
            # reports again inside another report ('X said Y had told them that ...')
            own_report = self.cues.is_speech_verb(tok) and subj.head.i == tok.i and subj.lower_ not in SPEAKER_PRONOUNS
            if _claimed(found + out, start, end, _tok_span(tok) if own_report else None):
                continue
            used_cues.add(tok.i)
            out.append(_Found(kind, start, end, phrase, cue=_tok_span(tok), nests=own_report))
        # "It is said that X decided to stay": what X decided is a report of its own inside
        out.extend(p for p in passives if not _claimed(found + out, p.start, p.end, p.cue))
        return out

    def _inverted_report(self, doc, verb, found) -> _Found | None:
        """'S, assured X.' with no quotation marks, where the parse took the speaker after the verb for
        its object ('..., stressed Aliyev.'): S, said by X. Only at the end of a sentence, a speech
        verb right after a comma, followed by nothing but the speaker's noun phrase."""
        if verb.i < 2 or doc[verb.i - 1].text != "," or lemma_of(verb, self.cues.speech_verbs) is None \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        lo, hi = _between_full_stops(verb)
        if hi - 1 <= verb.i + 1 or doc[hi - 1].text != ".":
            return None
        words = doc[verb.i + 1: hi - 1]
        heads = [t for t in words if not (verb.i < t.head.i < hi - 1) or t.head.i == t.i]
        if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN") or heads[0].dep_ not in ("dobj", "attr", "npadvmod", "appos") \
                or any(t.pos_ in ("VERB", "AUX") for t in words) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None   # '..., slamming the door.' is no report
        if lemma_of(verb, self.cues.addressee_verbs) and heads[0].pos_ != "PROPN":
            return None   # '..., told reporters.': the one spoken to, not who speaks
        if heads[0].pos_ != "PROPN" and not any(c.dep_ == "det" for c in heads[0].children):
            return None   # '..., declared bankruptcy.': a deed's object, not someone who speaks
        span = _trim_span(doc, lo, verb.i - 1, shortest=4)
        if span is None or any(t.text in QUOTE_TOKENS or t.i in self._quoted for t in doc[span[0]: span[1]]) \
                or not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[span[0]: span[1]]) \
                or any(self.cues.is_speech_verb(t) for t in doc[span[0]: span[1]]
                        if t.head.i == t.i or not span[0] <= t.head.i < span[1]):
            return None   # 'This was stated by X, Y informs.': a report of a report
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        if _claimed(found, start, end):
            return None
        return _Found("indirect", start, end, speaker_phrase(heads[0]), cue=_tok_span(verb), nests=True)

    def _passive_report(self, doc, verb, found) -> _Found | None:
        """A speech verb in the passive with an empty or pointing subject: "It was announced (by X)
        that S" reports S; "This was stated by X." reports the sentence before, said by X. Without
        an agent no one is named; "this" with no agent is not taken (who said it is not told)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lower_ not in ("it", "this") or lemma_of(verb, self.cues.speech_verbs) is None:
            return None
        pobj = self._passive_speaker(verb)
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and _has_subject(c)), None)
        if subj.lower_ == "it" and clause is not None:
            span = _trim_span(doc, clause.left_edge.i, clause.right_edge.i + 1, shortest=3)
        elif subj.lower_ == "this" and pobj is not None and clause is None and subj.i == sentence_of(verb).start:
            span = self._sentence_before(doc, sentence_of(verb).start)
        else:
            return None
        if span is None:
            return None
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        # "X plans to go. This was announced by Y.": Y's report holds X's intention, nested in it
        if _claimed(found, start, end, _tok_span(verb) if subj.lower_ == "this" else None) \
                or any(t.i in self._quoted for t in doc[span[0]: span[1]]):
            return None
        return _Found("indirect", start, end, speaker_phrase(pobj) if pobj is not None else None, cue=_tok_span(verb),
                      nests=True)

    def _passive_speaker(self, verb):
        """Who speaks through a passive speech verb: its agent ("was stated by X"), or the issuer of
        the memo it is in ("In a memo sent out by X, it was announced that ..."); else None."""
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                noun = next((c for c in child.children if c.dep_ == "pobj"), None)
                if noun is None or not self.cues.is_speech_noun(noun):
                    continue
                issued = [a for a in noun.children if a.dep_ == "acl"] + [noun]
                agent = next((c for a in issued for c in a.children if c.dep_ in ("agent", "poss")), None)
                if agent is not None and agent.dep_ == "poss":
                    return agent
                if agent is not None:
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
        return None

    def _sentence_before(self, doc, start: int) -> tuple[int, int] | None:
        """The statement right before token ``start``: a full sentence ending in a full stop, not a question."""
        if start < 2 or doc[start - 1].text == "?":
            return None
        prev = sentence_of(doc[start - 1])
        last = next((t for t in reversed(prev) if not t.is_space), None)
        if last is None or last.text != "." or not any(t.dep_ in ("nsubj", "nsubjpass") for t in prev) \
                or self.cues.is_speech_verb(prev.root):
            return None   # "X said Y. This was reported by Z.": Z's report is of a report
        return _trim_span(doc, prev.start, prev.end, shortest=4)

    def _pronoun_speaks(self, verb, subj) -> bool:
        """Whether 'it' is who speaks, not an empty subject: the active subject of a speech
        verb ('The ministry issued a statement. It said ...'), never of a verb of belief or
        seeming ('it seems', 'it is said') nor 'there'."""
        return subj.lower_ == "it" and subj.dep_ == "nsubj" and subj.head.i == verb.i \
            and lemma_of(verb, self.cues.speech_verbs) is not None and not self.cues.bare_with_object(verb)

    def _reported_span(self, verb) -> tuple[int, int] | None:
        """Token range [start, end) of what ``verb`` reports, or None."""
        lemma = self.cues.cue_lemma(verb) or verb.lemma_.lower()
        speech = lemma in self.cues.speech_verbs or puts_it(verb)
        if lemma in self.cues.describe_verbs:
            objs = [c for c in verb.rights if c.dep_ == "dobj"]
            as_ = [c for c in verb.rights if (c.lower_ == "as" and c.dep_ == "prep") or c.dep_ in ("oprd", "xcomp")]
            if objs and as_ and as_[-1].i > objs[0].i:   # 'described Y as Z', 'called Y a Z'
                return _trim_span(verb.doc, objs[0].left_edge.i, as_[-1].right_edge.i + 1)
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            what = next((c for c in as_[-1].children if c.dep_ in ("pobj", "pcomp")), None) if as_ else None
            if passive and not objs and what is not None:  # 'Y is seen as Z': Z here, Y added by the caller
                return _trim_span(verb.doc, what.left_edge.i, what.right_edge.i + 1, shortest=1)
        if lemma in self.cues.evidential_verbs:
            xcomp = next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd")), None)
            return _trim_span(verb.doc, verb.i, xcomp.right_edge.i + 1) if xcomp is not None else None
        if speech and _as_clause(verb) and not any(c.lower_ in self.cues.particles(lemma) for c in verb.children):
            # "As the agency reported, the talks failed", "..., as X said.": what is reported is
            # the clause the "as" clause opens or closes, without it
            doc, head = verb.doc, verb.head
            lo, hi = _between_full_stops(verb)
            lo, hi = max(head.left_edge.i, lo), min(head.right_edge.i + 1, hi)
            last = verb.right_edge.i
            while last > verb.i and doc[last].is_punct:
                last -= 1
            if verb.left_edge.i <= lo and last + 1 < hi and doc[last + 1].text == ",":
                return _trim_span(doc, last + 1, hi, shortest=3)
            if doc[verb.left_edge.i - 1].text == "," and all(t.is_punct or t.is_space for t in doc[last + 1: hi]):
                return _trim_span(doc, lo, verb.left_edge.i, shortest=3)
            return None
        if speech and self._report_tag(verb):
            # '"...," X said at a briefing, state radio reported.': the radio reports X's report
            lo, hi = _between_full_stops(verb)
            return _trim_span(verb.doc, lo, verb.left_edge.i)
        if verb.dep_ == "parataxis" and speech:
            # "It disbanded in 2008, Politico reported" / "Those who vote, he said, must ..."
            head = verb.head
            end = verb.left_edge.i if verb.right_edge.i + 2 >= sentence_of(verb).end else head.right_edge.i + 1
            # never across a full stop: the parser may run two sentences into one
            lo, hi = _between_full_stops(verb)
            return _trim_span(verb.doc, max(head.left_edge.i, lo), min(end, hi))
        deps = LOOSE_CLAUSE_DEPS if speech and lemma == "say" else CLAUSE_DEPS
        # a speech verb hanging from this one ("said, adding that ...") reports its own clause;
        # a clause opened by "after", "because", ... is the writer's, not what was said;
        # a gerund is a clause too ("reported raising $9 million")
        clauses = [c for c in verb.children
                   if (c.dep_ in deps or (speech and c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i)
                       or (lemma in self.cues.question_verbs and _asks_whether(c)))
                   and _is_clause(c) and (c.dep_ == "ccomp" or not self.cues.is_speech_verb(c)) and not self._report_tag(c)
                   and (c.dep_ == "ccomp" or not _subordinated(c) or _detached_subject(verb, c))]
        if not clauses:
            hung = self._clause_on_speech_noun(verb) if speech else None
            return hung if hung is not None else self._intention_or_object(verb, lemma)
        # a clause after the verb is what it reports; one before it only when there is none
        # after ("The economy is weak, he said."), and never a relative clause of the speaker
        # the parser took for one ("Sanders, who sits ..., said that ...")
        # (a clause after a verb that itself stands in a relative clause has the antecedent's
        # pronoun for its subject: 'an event that X says changed his life' reports 'changed his life')
        clauses = sorted((c for c in clauses if not _relative_clause(c) or (verb.dep_ == "relcl" and c.i > verb.i)),
                         key=lambda c: (c.dep_ != "ccomp", c.i < verb.i))
        if not clauses:
            return self._intention_or_object(verb, lemma)
        clause = clauses[0]
        before = next((c for c in clauses if c.i < verb.i and c.dep_ == "ccomp" and _has_subject(c)), None)
        if clause.i > verb.i and clause.tag_ == "VBN" and not _has_subject(clause) and before is not None:
            clause = before   # 'A has yet to reply, he noted, citing "X" often voiced': 'voiced' is no clause of his
        if clause.i < verb.i:
            lo = _between_full_stops(verb)[0]
            if clause.left_edge.i < lo:
                # the parser ran two paragraphs into one sentence: what is reported is what
                # stands before the speaker in the verb's own stretch ("A and B are partners, X said")
                subj = subject_of(verb)
                if subj is not None and subj.i > verb.i and verb.i > lo + 2 and verb.doc[verb.i - 1].text == ",":
                    return _trim_span(verb.doc, lo, verb.i)   # '..., said X' after the run-on
                return _trim_span(verb.doc, lo, subj.left_edge.i) if subj is not None and subj.i < verb.i \
                    and subj.left_edge.i > lo + 2 else None
            if _clause_before(verb) is not None and verb.head.i < clause.i:
                # 'X said A, Y reported' parsed with 'Y reported' as what X said: Y reports X's report
                # (after a dateline, 'CITY (Wire) – X said ...')
                lo = max(lo, verb.head.left_edge.i)
                lo = max([t.i + 1 for t in verb.doc[lo: verb.head.i] if _dateline_dash(t)], default=lo)
                return _trim_span(verb.doc, lo, clause.right_edge.i + 1)
            return _trim_span(verb.doc, clause.left_edge.i, clause.right_edge.i + 1)
        if clause.dep_ != "ccomp" and not (lemma in self.cues.question_verbs and _asks_whether(clause)):
            # a parse that hung the clause off the verb loosely: take the rest of the sentence
            return self._before_next_cue(verb, verb.i + 1, sentence_of(verb).end)
        # a relative pronoun the clause took as its object stands before the verb ('a territory
        # that X says it owns'): what was said starts after the verb
        start = _past_lead_time(clause, max(clause.left_edge.i, verb.i + 1))
        that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > start), None)
        if that is not None and any(t.text == "," for t in verb.doc[start: that.i]):
            start = that.i   # 'reported, citing X, that S': the source cited is no part of what was reported
        addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        named = next((c for c in addressee.children if c.dep_ == "appos"), None) if addressee is not None else None
        if named is not None and named.right_edge.i + 1 == start and not _has_subject(clause):
            start = named.left_edge.i   # 'told the leaders Crimea was Russian': the name opens the clause
        return self._before_next_cue(verb, start, _run_on_end(verb, clause))

    def _report_tag(self, verb) -> bool:
        """Whether a speech verb parsed as the clause of a speech verb before it only tags that
        report with its source: after a comma, with a subject and nothing else of its own, ending
        the sentence ('X said at a briefing, state radio reported.')."""
        doc = verb.doc
        if verb.dep_ != "ccomp" or verb.head.i > verb.i or not self.cues.is_speech_verb(verb.head) \
                or lemma_of(verb, self.cues.speech_verbs) is None \
                or not any(t.text == "," for t in doc[max(verb.left_edge.i - 1, 0): verb.left_edge.i + 1]):
            return False
        if not any(c.dep_ == "nsubj" for c in verb.children) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl", "conj") for c in verb.children):
            return False
        hi = _between_full_stops(verb)[1]
        return all(t.is_punct or t.is_space for t in doc[verb.i + 1: hi])

    def _clause_on_speech_noun(self, verb) -> tuple[int, int] | None:
        """'X said in a memo that ...': the parse hangs the that-clause on the speech noun
        of the verb's preposition; it is what the verb reports."""
        for prep in verb.rights:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if noun is None or not self.cues.is_speech_noun(noun):
                continue
            clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl", "ccomp") and _has_subject(c)
                           and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)
            if clause is not None:
                return self._before_next_cue(verb, clause.left_edge.i, clause.right_edge.i + 1)
        return None

    def _before_next_cue(self, verb, start: int, end: int) -> tuple[int, int] | None:
        """[start, end) cut before a speech verb of the same speaker that opens a report of
        its own inside it: 'said he saw no need, telling X that ...', 'said A, adding B'."""
        doc = verb.doc
        lo, hi = _between_full_stops(verb)
        start, end = max(start, lo), min(end, hi)
        for tok in doc[start:end]:
            if tok.text == ":" and tok.i > start + 1:
                end = tok.i  # 'says he agrees, up to a point: "..."' — the quote is reported apart
                break
            if (tok.i > start + 1 and tok.dep_ in ("advcl", "conj") and self.cues.is_speech_verb(tok)
                    and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)):
                end = tok.left_edge.i
                while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                    end -= 1
                break
            if self._other_report(tok, start):
                end = _before_clause(tok, start)
                break
            if tok.i > start + 1 and self._second_act(verb, tok):
                end = _before_clause(tok, start)
                break
        return _trim_span(doc, start, end)

    def _second_act(self, verb, tok) -> bool:
        """Whether ``tok`` is a second cue verb of the speaker joined to the reported clause by
        the parse: a conjunct with no subject of its own, in the tense of the speech verb and not
        of the clause ('said it wants a base there and offered X', 'says A were B and has called
        on C to ...')."""
        if tok.dep_ != "conj" or tok.head.dep_ != "ccomp" or tok.head.head.i != verb.i:
            return False
        if any(c.dep_ in SUBJECT_DEPS for c in tok.children) or not self.cues.is_cue_verb(tok):
            return False
        if lemma_of(tok, self.cues.cognition_verbs):
            return False   # 'said the rebels "defend ourselves" and wanted to ...': the rebels want, as said
        if _tense(tok) is None or _tense(tok) != _tense(verb):
            return False
        # a speech act joined to a clause of being ('said the expulsion was "an unfriendly step" and
        # promised reciprocal measures'): what is described does not promise; the speaker does
        copula = tok.head.lemma_.lower() == "be" and tok.head.pos_ == "AUX" and self.cues.is_speech_verb(tok)
        return copula or _tense(tok) != _tense(tok.head)

    def _other_report(self, tok, start: int) -> bool:
        """Whether ``tok`` opens a report of its own with its own speaker, hung beside what
        is reported rather than inside it ('..., while Y accused Z of ...', '..., Y reported',
        'with Y adding that ...'): what was said ends before it."""
        # ('X said A, Y reported' may be parsed with 'reported' as what X said, and A as its clause)
        if tok.dep_ == "advcl":   # not a clause of time or condition: 'after X proposed', 'when they conclude'
            marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
            beside = any(m in CONTRAST_MARKS for m in marks) or (not marks and tok.doc[tok.left_edge.i - 1].text == ",")
        elif tok.dep_ == "pcomp":  # 'with Y adding that ...', not 'focused on whether it disclosed ...'
            beside = tok.head.lower_ == "with"
        else:
            beside = tok.dep_ in OTHER_REPORT_DEPS or _clause_before(tok) is not None
        # its own active subject ('and those requests were denied' reports nothing), no 'that' of a
        # second clause of the same report ('but that X denied ...'), not in parentheses
        return tok.i > start + 2 and beside and self.cues.is_speech_verb(tok) and tok.i not in self._quoted \
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
            and not any(t.text == "(" for t in tok.doc[tok.left_edge.i - 1: tok.i]) and _before_clause(tok, start) > start + 1

    def _intention_or_object(self, verb, lemma: str) -> tuple[int, int] | None:
        """What an intention verb aims at ('hopes to sign a deal', 'urged Iran to stop') or
        a position verb is about ('endorsed the plan', 'called for talks'), or None."""
        doc = verb.doc
        if lemma in self.cues.intention_verbs:
            xcomp = next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
            if xcomp is not None and _wish_for_anonymity(xcomp):
                return None   # "a clerk who did not wish to be identified": no words of theirs
            if xcomp is not None:
                # the one urged: "urged Iran to stop", "called on the US to act"
                obj = next((c for c in verb.rights if c.i < xcomp.i and (c.dep_ in ("dobj", "dative") or (
                    c.dep_ == "prep" and c.lower_ in ("on", "upon"))) and not _only_time(c)), None)
                if obj is not None and obj.dep_ == "prep":
                    obj = next((c for c in obj.children if c.dep_ == "pobj"), None)
                start = obj.left_edge.i if obj is not None else xcomp.left_edge.i
                return _trim_span(doc, start, xcomp.right_edge.i + 1)
        if verb.dep_ in ("amod", "acl") and verb.head.i < verb.i:
            return None  # "the candidate supported by X": the noun is not what X said
        subj = subject_of(verb)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.cues.occasion_nouns:
            return None  # "Talks focused on trade": an occasion has a topic, not a position
        particles = self.cues.particles(lemma)
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and (verb.i < verb.head.i or lemma in TOPIC_PARTICIPLES) \
                and self.cues.is_speech_verb(verb.head):
            # "Referring to X, he said ...", "..., he said, responding to questions": the topic of the
            # report beside it, not one of its own
            # (a participle with an object, "Citing X, he said", does report: PolNeAR marks it)
            particles = frozenset()
        if _with_instrument(verb):
            return None   # "hit the vans with clubs", "slammed the door with his fist": a deed
        subjpass = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        if subjpass is not None and subjpass.tag_ not in ("WDT", "WP") and lemma in self.cues.agent_object_verbs \
                and any(c.dep_ == "agent" for c in verb.rights):
            # "The plan was criticized by X": the caller takes the agent as the one who holds it
            return _trim_span(doc, max(subjpass.left_edge.i, _between_full_stops(verb)[0]), subjpass.right_edge.i + 1, shortest=1)
        for child in verb.rights:
            if lemma in DEED_VERBS and child.dep_ == "dobj" and (
                    child.lemma_.lower() in DEED_TARGETS or child.ent_type_ in ("LOC", "FAC")):
                return None   # "the militants attacked soldiers": a strike, not words
            if lemma == "announce" and child.dep_ == "dobj" and child.lemma_.lower() in MEASURE_NOUNS:
                return None   # "X announced fresh sanctions": a measure taken, coded as an event
            if lemma in self.cues.object_verbs and child.dep_ == "dobj" and self.cues.says_nothing_of(lemma, child):
                return None   # "addressing a crowd", "requested anonymity": to whom or how, not what
            if lemma in self.cues.object_verbs and child.dep_ == "dobj":
                # "accused X of Y", "criticized X for Y": the charge belongs with its object
                # "dismissed him as an actor", "defended X against Y" alike
                charge = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i > child.i]
                if not charge and child.lower_ in ("it", "this", "that") and child.left_edge.i == child.right_edge.i:
                    return None   # "when X announced it": what 'it' stands for was told before, not here
                end = (charge[-1] if charge else child).right_edge.i + 1
                return _trim_span(doc, child.left_edge.i, end, shortest=1)
            if child.dep_ in ("prep", "prt") and child.lower_ in particles:
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and child.lower_ == "on" and pobj.lower_ == "condition":
                    return None   # "spoke on condition of anonymity": how, not what, someone spoke
                if pobj is not None and not _only_time(pobj):   # 'campaigning for three years for X': X
                    return _trim_span(doc, pobj.left_edge.i, pobj.right_edge.i + 1, shortest=1)
            if child.dep_ in ("advcl", "ccomp") and child.left_edge.lower_ in particles \
                    and child.left_edge.dep_ == "mark":
                # "called for the US to step up ...": the parse makes 'for' open a clause
                return _trim_span(doc, child.left_edge.i, child.right_edge.i + 1)
        return None

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
            if tok.lower_ in self.cues.evidential_adverbs and tok.dep_ == "advmod":
                q = self._reportedly(doc, tok, found + out)
                if q is not None:
                    out.append(q)
        return out

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
        # 'According to a senior official who asked not to be named, the cabinet was divided': the
        # relative clause tells who the source is, not what it says
        relative = next((c for c in source.rights if c.dep_ == "relcl"
                         and (c.right_edge.i + 1 >= len(doc) or doc[c.right_edge.i + 1].is_punct)), None)
        if relative is not None:
            source_end = max(source_end, relative.right_edge.i + 1)
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


def _run_on_end(verb, clause) -> int:
    """Where a reported clause ends, with a conjunct the parse hung on the speech verb that goes
    on with the clause in the report's 'would' ('said Israel was "prepared" and would respond
    ...', 'telling X that the economy had "hit bottom" and would soon recover'): no subject of
    its own, a modal, and only 'and' or commas between the clause and it. A second act of the
    speaker is in the speech verb's tense ('said A and promised B')."""
    end = clause.right_edge.i + 1
    doc = verb.doc
    for c in verb.rights:
        if c.dep_ == "conj" and c.i > end and _tense(c) == "modal" \
                and not any(x.dep_ in SUBJECT_DEPS for x in c.children) \
                and all(t.is_punct or t.dep_ == "cc" for t in doc[end: c.left_edge.i]):
            return c.right_edge.i + 1
    return end


# -- what the passes found: overlaps and nesting --------------------------------
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
