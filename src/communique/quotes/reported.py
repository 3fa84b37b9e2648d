"""Reported clauses without quotation marks: what a cue verb reports, and who reports it.

A mixin of the quote finder (:mod:`.finder`), pass 3: 'X said (that) ...', 'X told reporters ...',
'X described Y as ...'; inverted reports ('..., stressed X.') and passive ones ('It was announced by
X that ...', 'This was stated by X.'); what an intention verb aims at ('urged Iran to stop') or a
position verb is about ('accused X of Y', 'called for talks'); and where the reported span starts and
ends (a second report beside it, a second act of the speaker, a run-on 'and would ...'). The
quoted-passage pass uses the same span rules for the end of a mixed quote. It reads the doc's text,
its quotation marks and the cue lexicon through the finder's own state (``_text``, ``_quoted``,
``cues``).
"""
from __future__ import annotations

from .cues import lemma_of, plain_clause, puts_it
from .found import _claimed, _Found
from .marks import QUOTE_TOKENS
from .spans import (CLAUSE_DEPS, _as_clause, _asks_whether, _before_clause, _between_full_stops, _clause_before,
                    _detached_subject, _has_subject, _is_clause, _only_time, _past_lead_time, _relative_clause,
                    _subordinated, _subtree_ids, _tense, _tok_span, _trim_span, _unnamed_asker, _wish_for_anonymity,
                    _with_instrument, _without_appendix)
from .speakers import EXPLETIVES, SUBJECT_DEPS, _dateline_dash, sentence_of, speaker_phrase, subject_of

LOOSE_CLAUSE_DEPS = ("ccomp", "dep", "advcl", "parataxis", "xcomp", "conj")
SPEAKER_PRONOUNS = ("i", "we", "you")
OBJECT_PREPS = ("of", "for", "as", "against")
# how a report with a speaker of its own hangs beside another ('X said A, while Y said B')
OTHER_REPORT_DEPS = ("advcl", "conj", "parataxis", "pcomp")
CONTRAST_MARKS = ("while", "whereas", "though", "although")
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


class ReportedClauses:
    """Finds the clauses cue verbs report without quotation marks, and the span each reports."""

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
        plain = plain_clause(verb)
        if plain is not None:   # 'made it clear that ...': the that-clause, wherever the parse hung it
            return self._before_next_cue(verb, plain.left_edge.i, plain.right_edge.i + 1)
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
        copula = tok.head.lemma_.lower() == "be" and tok.head.pos_ == "AUX" and self.cues.is_cue_verb(tok)
        # a simple past beside a past perfect ('said the army had withdrawn and promised aid'): the speaker's
        perfect = _backshifted(verb, tok.head) and not _backshifted(verb, tok)
        return copula or perfect or _tense(tok) != _tense(tok.head)

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
                if pobj is not None and child.lower_ == "on" and pobj.lemma_.lower() in self.cues.manner_terms:
                    return None   # "spoke on condition of anonymity", "on the record": how, not what, someone spoke
                if pobj is not None and not _only_time(pobj):   # 'campaigning for three years for X': X
                    return _trim_span(doc, pobj.left_edge.i, pobj.right_edge.i + 1, shortest=1)
            if child.dep_ in ("advcl", "ccomp") and child.left_edge.lower_ in particles \
                    and child.left_edge.dep_ == "mark":
                # "called for the US to step up ...": the parse makes 'for' open a clause
                return _trim_span(doc, child.left_edge.i, child.right_edge.i + 1)
        return None


def _run_on_end(verb, clause) -> int:
    """Where a reported clause ends, with a conjunct the parse hung on the speech verb that goes
    on with the clause in the report's 'would' or 'had' ('said Israel was "prepared" and would
    respond ...', 'telling X that the economy had "hit bottom" and would soon recover', 'said A had
    "shared evidence" but had seen no action'): no subject of its own, a modal or a past perfect
    after a simple past, and only 'and'/'but' or commas between the clause and it. A second act
    of the speaker is in the speech verb's tense ('said A and promised B')."""
    end = clause.right_edge.i + 1
    doc = verb.doc
    for c in verb.rights:
        if c.dep_ == "conj" and c.i > end and (_tense(c) == "modal" or _backshifted(verb, c)) \
                and not any(x.dep_ in SUBJECT_DEPS for x in c.children) \
                and all(t.is_punct or t.dep_ == "cc" for t in doc[end: c.left_edge.i]):
            return c.right_edge.i + 1
    return end


def _backshifted(verb, conj) -> bool:
    """Whether a conjunct is in the past perfect ('had seen') after a speech verb in the simple
    past ('said'): the tense of what was reported, not of a second act of the speaker."""
    aux = [c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.i < conj.i]
    return bool(aux) and aux[0].lower_ == "had" and conj.tag_ == "VBN" and verb.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
