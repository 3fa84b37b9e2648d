"""Span helpers of the quote finder: small questions and measures over the parse.

- where a clause or a stretch of text starts and ends: ``_before_clause``, ``_clause_before``,
  ``_clause_around``, ``_sentence_beside``, ``_after_full_stop``, ``_between_full_stops``,
  ``_clause_lead``, ``_noun_content``, ``_trim_span``, ``_without_appendix``;
- what a token or clause is: ``_tense``, ``_as_clause``, ``_asks_whether``, ``_wish_for_anonymity``,
  ``_with_instrument``, ``_only_time``, ``_detached_subject``, ``_unnamed_asker``, ``_has_subject``,
  ``_relative_clause``, ``_subordinated``, ``_is_clause``, ``_proper_name``, ``_names_person``,
  ``_colon_before``, ``_introduces_quote``;
- offsets: ``_token_at``, ``_tok_span``, ``_subtree_ids``, ``_quoted_token_ids``, ``_previous_sentence``.

The passes that use them are in ``finder.py`` (quoted passages, transcripts, continuations),
``reported.py`` (reported clauses) and ``sources.py`` (source phrases, cue nouns, attitudes).
"""
from __future__ import annotations

from .cues import CueLexicon, lemma_of, puts_it
from .marks import Passage
from .speakers import SUBJECT_DEPS, sentence_of

APPENDIX_MARKS = (",", "—", "–", "--", "-")
# how a reported clause hangs from its cue verb
CLAUSE_DEPS = ("ccomp",)


def _before_clause(tok, start: int) -> int:
    """Where the text before the clause of ``tok`` ends: before its first word and the
    commas, conjunctions or preposition ('with X adding') that join it."""
    doc = tok.doc
    inverted = _clause_before(tok)
    end = inverted.right_edge.i + 1 if inverted is not None else tok.left_edge.i
    ancestors = {a.i for a in tok.ancestors}
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc" or doc[end - 1].i in ancestors
                               and doc[end - 1].dep_ == "prep"):
        end -= 1
    return end


def _tense(verb) -> str | None:
    """'past' or 'present' of a finite verb (by its first auxiliary, else itself); 'modal'
    after a modal; None for an infinitive or participle alone."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    tag = (aux or verb).tag_
    if tag == "MD":
        return "modal"
    return "past" if tag == "VBD" else "present" if tag in ("VBZ", "VBP") else None


def _clause_before(tok):
    """The clause a speech verb reports before it and a comma when the parse hung the verb
    as a clause itself ('X said A, Y reported' with 'reported' what X said), else None."""
    if tok.dep_ != "ccomp":
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if clause is None or clause.right_edge.i + 1 >= tok.i or tok.doc[clause.right_edge.i + 1].text != ",":
        return None
    return clause


def _token_at(doc, offset: int | None):
    if offset is None:
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


NAMING_VERBS = {"name", "identify", "quote"}
INSTRUMENTS = {"stick", "stone", "rock", "knife", "gun", "rifle", "pole", "bat", "club", "hammer", "axe", "machete",
               "fist", "bottle", "brick", "baton", "missile", "rocket", "drone", "bomb", "grenade", "shell", "weapon",
               "firebomb", "petrol", "tear", "gas", "cannon", "bullet", "artillery", "mortar", "explosive"}


def _as_clause(verb) -> bool:
    """Whether a verb heads an 'as X said' clause that reports the clause it hangs from: 'as'
    opens it and the verb takes no object, clause or progressive auxiliary of its own ('as
    he said this', 'as he was speaking' are times, not reports)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and (puts_it(verb) or not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)) \
        and verb.tag_ != "VBG" and verb.head.pos_ in ("VERB", "AUX")


def _asks_whether(clause) -> bool:
    """Whether a clause after a verb of asking is the question ('asked the students if they
    were ready'): the parse hangs it as an adverbial clause opened by 'if' or 'whether'."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") and c.i == clause.left_edge.i for c in clause.children)


def _wish_for_anonymity(xcomp) -> bool:
    """'wanted to be named / identified / quoted': how someone speaks, not what they say."""
    return xcomp.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "auxpass" for c in xcomp.children)


def _with_instrument(verb) -> bool:
    """Whether a verb is done with a thing one strikes with ('with sticks and rocks')."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and
               any(o.dep_ == "pobj" and o.lemma_.lower() in INSTRUMENTS for o in [*c.children, *(
                   g for p in c.children for g in p.conjuncts)])
               for c in verb.children)


def _only_time(tok) -> bool:
    """Whether the phrase ``tok`` heads is only a date, time or duration ('Monday', 'for nearly
    three years'): when or how long, never what someone said or wants."""
    # a preposition heading it does not count ('on Sunday' is a time as 'Sunday' is)
    words = [t for t in tok.subtree if not t.is_punct and not (t.i == tok.i and t.dep_ == "prep")]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _past_lead_time(clause, start: int) -> int:
    """Where a reported clause starts past a time that opens it with no 'that' before ('said on
    Tuesday it was ending ...', 'said Thursday he would ...'): the parse hangs the time on the
    clause, but it tells when it was said. A time after 'that' is the clause's own."""
    lead = next((c for c in clause.lefts if c.left_edge.i == start and c.dep_ in ("prep", "npadvmod")), None)
    if lead is None or not _only_time(lead):
        return start
    if not any(c.dep_ in SUBJECT_DEPS and c.i > lead.right_edge.i for c in clause.children):
        return start
    end = lead.right_edge.i + 1
    while end < clause.i and clause.doc[end].is_punct:
        end += 1
    return end


def _tok_span(tok) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def _subtree_ids(tok) -> set[int]:
    return {t.i for t in tok.subtree}


def _quoted_token_ids(doc, passages: list[Passage]) -> set[int]:
    """Indices of the tokens inside quoted passages (a cue there is someone else's)."""
    out: set[int] = set()
    for p in passages:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        out.update(range(span.start, span.end))
    return out


def _clause_around(doc, first, phrase_end: int) -> tuple[int, int] | None:
    """The clause a source phrase ('according to X', starting at token ``first``, ending
    before token ``phrase_end``) hangs from, without the phrase: the verb's subtree on
    the phrase's longer side."""
    head = first.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if not lo <= first.i < hi:
        lo, hi = sentence_of(first).start, sentence_of(first).end
    left = _trim_span(doc, lo, first.i)
    right = _trim_span(doc, phrase_end, hi)
    if left is None or (right is not None and right[1] - right[0] > left[1] - left[0]):
        return right
    return left


def _sentence_beside(doc, first, phrase_end: int) -> tuple[int, int] | None:
    """The rest of the sentence when a source phrase ('according to X', tokens ``first``
    to ``phrase_end``) opens or closes it ('A rose and B fell, according to X.'), else
    None: the source speaks for all of it, not only for the clause the parse hangs it on."""
    lo, hi = _between_full_stops(first)
    if all(t.is_punct or t.is_space for t in doc[phrase_end:hi]):
        return _trim_span(doc, lo, first.i)
    if all(t.is_punct or t.is_space for t in doc[lo:first.i]):
        return _trim_span(doc, phrase_end, hi)
    return None


def _after_full_stop(doc, start: int, end: int) -> int:
    """The first token after the last full stop or paragraph break in [start, end): the
    parser may run a sentence on past its end."""
    for t in doc[start:end]:
        if t.text in (".", "?", "!") or "\n" in t.text_with_ws:
            start = t.i + 1
    return start


def _between_full_stops(tok) -> tuple[int, int]:
    """Token range [start, end) of the stretch around ``tok`` that no full stop or
    paragraph break cuts, inside its parser sentence."""
    doc, sent = tok.doc, sentence_of(tok)
    start = _after_full_stop(doc, sent.start, tok.i)
    end = sent.end
    for t in doc[tok.i + 1: sent.end]:
        if t.text in (".", "?", "!") or "\n" in t.text_with_ws:
            end = t.i + 1
            break
    return start, end


def _colon_before(text: str, offset: int) -> bool:
    """Whether the last non-space character before ``offset`` is a colon."""
    i = offset - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ":"


def _clause_lead(doc, text: str, p: Passage) -> int | None:
    """Where the sentence starts when a passage closes it but opens mid-sentence after
    several words of the writer's own (not after a colon), else None."""
    opening = _token_at(doc, p.open_at)
    if opening is None:
        return None
    start = _after_full_stop(doc, sentence_of(opening).start, opening.i)
    lead = [t for t in doc[start: opening.i] if not t.is_punct and not t.is_space]
    if len(lead) < 3 or _colon_before(text, p.open_at):
        return None
    return lead[0].idx


def _introduces_quote(sent, cues: CueLexicon) -> bool:
    """Whether a sentence ends by introducing what follows: 'X continued:' or a parse that
    split 'Liu said | "Both sides ..."' after the verb."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    return words[-1].text == ":" or cues.is_speech_verb(words[-1])


def _previous_sentence(doc, sent):
    if sent.start == 0:
        return None
    return sentence_of(doc[sent.start - 1])


def _detached_subject(verb, clause) -> bool:
    """Whether the parser left the clause's subject hanging from the verb ('said [the
    situation in X] after ... was likely to ...' with 'situation' as dep)."""
    return any(c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN", "PRON") and verb.i < c.i < clause.i
               for c in verb.children)


def _noun_content(noun, words: frozenset[str]) -> tuple[int, int] | None:
    """Token range of what a cue noun is about: the object of its preposition ('attacks
    on X'), its 'that' clause ('the claim that X') or its infinitive ('the plan to X'), or None."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in words:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _trim_span(noun.doc, obj.left_edge.i, obj.right_edge.i + 1, shortest=1)
        if "that" in words and child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ == "that" and child.left_edge.dep_ == "mark" \
                and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ == "that" for c in child.children):
            return _trim_span(noun.doc, child.left_edge.i, child.right_edge.i + 1)
        if "infinitive" in words and child.dep_ == "acl" and child.pos_ in ("VERB", "AUX") and child.left_edge.tag_ == "TO" \
                and not child.left_edge.i <= child.sent.root.i <= child.right_edge.i and _right_after(noun, child.left_edge):
            return _trim_span(noun.doc, child.left_edge.i, child.right_edge.i + 1)   # 'X's plan to build Y'
    return None


def _right_after(noun, tok) -> bool:
    """Whether ``tok`` follows ``noun`` with nothing between but the noun's holder ('a pledge by
    X to ...'); not after another phrase of it ('promises of aid to poor nations to ...')."""
    return all(any(a.head.i == noun.i and a.lower_ in ("by", "from") for a in [t, *t.ancestors])
               for t in noun.doc[noun.i + 1: tok.i])


def _without_appendix(doc, start: int, end: int, cues: CueLexicon) -> tuple[int, int]:
    """[start, end) without what the writer appends after a comma or dash at its end: a
    relative clause ('..., which is spread by mosquitoes') or an apposition ('..., a think
    tank known for ...') or a source ('..., according to X', '..., citing X'). What was said
    ends before it. (Any other participle or a concession after the comma, '..., calling
    them boring', '..., though ...', and an apposition after a dash are as often part of
    what was said: on PolNeAR train, cutting them loses.)"""
    for t in doc[start + 2: end - 1]:
        if t.text not in APPENDIX_MARKS:
            continue
        n = doc[t.i + 1]
        head = n
        while head.head.i != head.i and head.head.left_edge.i > t.i:
            head = head.head
        if head.right_edge.i < end - 1 and not all(x.is_punct for x in doc[head.right_edge.i + 1: end]):
            continue  # not at the end: 'the bill, which passed, would fail'
        relative = head.dep_ == "relcl" and any(x.tag_ in ("WDT", "WP", "WP$") for x in doc[t.i + 1: t.i + 3]) \
            and not any(x.pos_ == "VERB" and lemma_of(x, cues.speech_verbs) for x in head.subtree)
        # a described noun ('a think tank known for ...', 'the latest in a series of ...'), not the
        # next name of a list
        apposition = head.dep_ == "appos" and head.head.i < t.i and head.pos_ in ("NOUN", "ADJ") \
            and any(c.dep_ == "det" for c in head.children)
        # '..., according to X': the source, not what it says; '..., citing X': where the speaker had it from
        source = t.text == "," and ((n.lower_ == "according" and not any(x.pos_ == "VERB" for x in doc[n.i + 2: end]))
                                    or (n.lower_ == "citing" and n.i + 1 < end))
        if relative or (apposition and t.text == ",") or source:
            trimmed = _trim_span(doc, start, t.i)
            return trimmed if trimmed is not None else (start, end)
    return start, end


def _unnamed_asker(verb, cues: CueLexicon) -> bool:
    """Whether a cue is a passive participle of asking with no subject or agent of its own
    ('Asked about the vote, X declined ...')."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and lemma_of(verb, cues.addressee_verbs) is not None
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children))


def _has_subject(clause) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children)


def _relative_clause(tok) -> bool:
    """Whether a clause's subject is a relative pronoun ('who sits on ...')."""
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in tok.children)


def _subordinated(tok) -> bool:
    """Whether a clause is opened by a subordinating word other than that/if/whether."""
    return any(c.dep_ == "mark" and c.lower_ not in ("that", "if", "whether") and c.i == tok.left_edge.i
               for c in tok.children)


def _is_clause(tok) -> bool:
    """Whether a dependent heads a clause (has a verb or is one)."""
    return tok.pos_ in ("VERB", "AUX") or any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


def _trim_span(doc, start: int, end: int, shortest: int = 2) -> tuple[int, int] | None:
    """[start, end) without leading 'that'/punctuation and trailing punctuation; None when
    fewer than ``shortest`` tokens are left."""
    while start < end and (doc[start].is_punct or doc[start].dep_ == "mark" or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < shortest:
        return None
    return start, end


def _proper_name(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and 0 < len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in span)


def _names_person(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    # by token: the parser's entity may run on from a heading above ('Stance on Iraq\n\nMerkel')
    return span is not None and any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span)
