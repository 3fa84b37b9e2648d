"""When an event happened: which date words of its sentence belong to the act, resolved against
the publication date (:mod:`.dates`), and the modality that date implies (after publication:
future; an earlier year: historical). :func:`date_and_modality` is what the coder asks.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span as SpacySpan, Token

from .dates import (BACKWARD_WORDS, FORWARD_WORDS, MONTH_DAY_YEAR as MONTH_DAY, MONTHS, NUMBER_WORDS, WEEKDAY, WEEKDAYS, YEAR, earlier_than, later_than, looks_forward,
                    names_month_without_year, resolve_date)
from .syntax import ATTACH_DEPS, attached_to, prepositional_clause, sequence_phrase


FORWARD_MODALITIES = {"future", "expected", "intended"}


# prepositions whose date opens a span of time instead of dating an act
SPAN_PREPS = {"since", "until", "till"}     # "until next week" ends a span ("adjourned until next week")


def date_and_modality(tok: Token, sent: SpacySpan, ents: list[SpacySpan], published,
                       modality: str) -> tuple[str | None, str]:
    """The event's date (publication date when the text gives none), and its modality corrected
    by that date: after publication is future, an earlier year historical."""
    expr, own = _date_expression(tok, sent, ents, published)
    # "are meeting on Friday": a present progressive dated by a day is an arrangement still to come
    arranged = own and modality == "asserted" and _present_progressive(tok) and bool(WEEKDAY.search(expr.lower()))
    # "takes place in August", "would meet in August": a month named without its year, for an act
    # not reported as past, is the next such month
    arranged = arranged or own and names_month_without_year(expr) and _still_to_come(tok)
    forward = modality in FORWARD_MODALITIES or arranged
    if expr and own and _attempted(tok):
        forward = False     # "tried to march on Monday": the attempt is done, on the Monday before publication
    elif expr and _scheduled_in_the_past(tok):
        forward = False     # "the alliance was due to hold its summit on Sunday": the Sunday before publication
    elif expr and _dated_by_a_past_clause_on(tok, ents, expr):
        forward = False     # "their accords, which ended a standoff in August": an August gone by
    elif expr and (not own or tok.pos_ in ("NOUN", "PROPN") and not _on_the_noun(tok, ents, expr)) and \
            _dates_a_past_verb_above(tok, sent, ents, expr):
        # (also for a noun the day seems to be its own: "on Monday postponed the expected signing of a truce")
        if modality in FORWARD_MODALITIES | {"hypothetical"} and not _ongoing(tok) and not _from_now(tok):
            return None, modality   # "said on Tuesday the leaders would meet": the meeting has no day of its own
        forward = False     # "said on Monday it will support …": the Monday it was said, before publication
    elif expr and _dated_by_a_clause_to_come(tok, sent, ents, expr):
        forward = True      # "a truce that will begin on Sunday"
    elif expr and not past_tense(tok) and _ahead_of(sent, ents, expr):
        forward = True      # "the meeting comes ahead of Saturday's summit"
    date = resolve_date(expr, published, forward=forward) if expr else None
    if expr and (m := SAME_TIME.search(expr.lower())):
        date = _same_time_as_before(m, tok, sent, published)
    if expr and (m := RELATIVE_DAY.search(expr.lower())):
        date = _next_to_another_day(m, expr, sent, ents, published)
    if date and published and later_than(date, published) and _done(tok) and not YEAR.search(expr):
        # "have agreed, ahead of the anniversary next year, …": a done act is not dated after
        # publication by words that do not name their year; they date something else
        # (a day or month named without its year is last year's: "forces *seized* the boats on June 17"
        # in an article of June 1)
        back = names_month_without_year(expr) and not set(re.findall(r"[a-z]+", expr.lower())) & FORWARD_WORDS and \
            (own or not _hangs_on_a_verb_to_come(ents, expr))
        date = f"{int(date[:4]) - 1:04d}{date[4:]}" if back else None     # ("by Jan. 23" is a deadline still)
    if expr and modality == "asserted" and not past_tense(tok) and (arranged or looks_forward(expr)):
        modality = "future"          # "next week", "starting Wednesday": whatever the publication date
    elif date and published and modality == "asserted":
        if later_than(date, published) and not past_tense(tok):
            modality = "future"
        elif len(date) == 4 and earlier_than(date, published):
            modality = "historical"
    if date and (seq := sequence_phrase(tok)) is not None and gap_clause(tok) is None and \
            not _dates_the_phrase(_date_words(ents, expr, sent), seq[0]):
        # "expelled two diplomats on Sunday after a mob had *burned* the mission", "recalled him on
        # Tuesday following *airstrikes*": the day is the act the phrase hangs on; what it came after was
        # earlier, that month as far as the text tells; what it came before has no day told
        date = date[:7] if seq[1] in ("after", "following") else None
    if date is None:
        date = _publication_day(published)
    return _shifted_by_a_gap(tok, sent, ents, expr, date), modality


def date_once_recoded(date: str | None, tok: Token, sent: SpacySpan, ents: list[SpacySpan], published,
                      told: str, modality: str) -> str | None:
    """The event's date once the coder has recoded the modality :func:`date_and_modality` told
    (``told``) to ``modality``. An act still to come that only the say-day dated has no day of its
    own (``date`` None): made asserted by the recoding ("said on Friday it will not meet …": the
    refusal is made when it is said), it is dated as an asserted act; else the publication day
    stands in."""
    if date is None and modality == "asserted" and told != "asserted":
        date = date_and_modality(tok, sent, ents, published, modality)[0]
    return date if date is not None else _publication_day(published)


def _publication_day(published) -> str | None:
    """The date of an act the text gives no day of its own: the publication date, if known."""
    return published.isoformat() if published is not None else None


# a time named by pointing back at a date the text gave ("on the same day", "that year")
SAME_TIME = re.compile(r"\b(?:the same|that) (day|night|morning|afternoon|evening|week|month|year)\b")
SAME_TIME_PRECISION = {"week": 7, "month": 7, "year": 4}
# how many sentences back such a pointer may look for its date
SAME_TIME_REACH = 2


def _same_time_as_before(m: re.Match, tok: Token, sent: SpacySpan, published) -> str | None:
    """The date a pointer back ("on the same day", "in that year") means: the last date named
    before it, in its sentence or the two before, at the pointer's precision; else None."""
    doc = tok.doc
    start = sent.start
    for _ in range(SAME_TIME_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    before = [e for e in doc.ents if e.label_ == "DATE" and start <= e.start and e.end <= tok.i + 1 and
              not SAME_TIME.search(e.text.lower())]
    for e in reversed(before):
        day = resolve_date(e.text, published)
        if day:
            size = SAME_TIME_PRECISION.get(m.group(1), 10)
            return day[:size]       # (at the precision the text gave: "last month … on that day")
    return None


# a day counted from another day the sentence names ("said Friday the convoy arrived the day before")
RELATIVE_DAY = re.compile(r"\b(?:the (?:day|night) (before|after)|the (previous|next|following) (?:day|night)|"
                          r"a day (earlier|later))\b")


def _next_to_another_day(m: re.Match, expr: str, sent: SpacySpan, ents: list[SpacySpan], published) -> str | None:
    """The day before or after the day another date of the sentence names ("expelled on Monday;
    troops had clashed the previous day": Sunday), else the last day the nearest of the sentences
    before names (up to :data:`RELATIVE_DAY_REACH`: "A plane crashed on December 29. The minister
    ordered checks the following day": December 30), else None."""
    if published is None:
        return None
    step = -1 if (m.group(1) or m.group(2) or m.group(3)) in ("before", "previous", "earlier") else 1
    others = [e.text for e in ents if e.label_ == "DATE" and e.text not in expr] + \
        [t.text for t in sent if t.lower_ in WEEKDAYS and t.text not in expr]
    for text in others:
        day = resolve_date(text, published)
        if day and len(day) == 10:
            return (_iso(day) + timedelta(days=step)).isoformat()
    before = sent
    for _ in range(RELATIVE_DAY_REACH):
        if before.start == 0:
            break
        before = sent.doc[before.start - 1].sent
        days = [d for e in before.ents if e.label_ == "DATE" and not RELATIVE_DAY.search(e.text.lower())
                and (d := resolve_date(e.text, published)) and len(d) == 10]
        if days:
            return (_iso(days[-1]) + timedelta(days=step)).isoformat()
    return None


# how many sentences back "a day earlier" may look for the day it counts from (the story's day is
# often named in the lede only: "X struck overnight, officials said on Friday. … A day earlier, …")
RELATIVE_DAY_REACH = 3


# how far a clause of "after/before" puts its act from the act it hangs on ("a day after", "two days before")
GAP_UNITS = {"day": 1, "week": 7}


def _shifted_by_a_gap(tok: Token, sent: SpacySpan, ents: list[SpacySpan], expr: str | None,
                      date: str | None) -> str | None:
    """The date of an act in a clause of "after/before" with a gap ("recalled its envoy on
    Tuesday, a day after troops *clashed*", "days after it was *attacked*"): not the date of the
    act it hangs on, but that date moved by the gap (a day back for "a day after"; a vague "days
    after" keeps only the month). An act the clause dates itself is left alone."""
    found = gap_clause(tok)
    if not found or not date:
        return date
    clause, word, gap, n = found
    # (the gap itself dates nothing: "a day" is no date of the clause, and its "day" is no part of
    # "Wednesday")
    if expr and any(re.search(rf"\b{re.escape(w.text)}\b", expr) and w.i in {t.i for t in clause.subtree} and
                    not _a_gap(w) for w in
                    [e.root for e in ents if e.label_ == "DATE"] + [t for t in sent if t.lower_ in WEEKDAYS]):
        return date         # "a day after the raid on Monday": the clause has its own date
    if word == "before" and not expr:
        return date         # nothing dates the act it comes before
    if gap == "hour":
        return date
    if n is None:
        return date[:7]     # "days after": the month of the act it hangs on
    if len(date) < 10:
        return date
    days = n * GAP_UNITS[gap] * (-1 if word == "after" else 1)
    return (_iso(date) + timedelta(days=days)).isoformat()


def _a_gap(word: Token) -> bool:
    """Whether a word is the gap of a clause of "after/before" ("*a day* after", "two *weeks* before")."""
    return word.dep_ == "npadvmod" and word.lemma_.lower() in GAP_UNITS.keys() | {"hour"} and \
        not _a_named_week(word) and \
        (any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in word.head.children) or
         word.head.lower_ in ("after", "before"))


# words that make "week", "day" a date rather than a gap ("*last* week after X", not "a week after X")
NAMING_WORDS = {"last", "this", "next", "past", "previous", "coming", "same"}


def _a_named_week(word: Token) -> bool:
    """Whether a unit of time names a date ("last week", "this week"), not a gap."""
    return any(c.lower_ in NAMING_WORDS for c in word.children)


def _dates_the_phrase(words: list[Token], phrase: Token) -> bool:
    """Whether date words are in a phrase or right after it, which the parser often hangs on the
    verb above ("detained them on Monday after the riot *on Saturday*")."""
    inside = {t.i for t in phrase.subtree}
    return any(w.i in inside or w.left_edge.i - 1 == phrase.right_edge.i + 1 and
               w.doc[w.left_edge.i - 1].dep_ == "prep" for w in words)


# verbs of attempting: an act tried is dated as done, whatever came of it
ATTEMPT_VERBS = {"attempt", "try"}


def _attempted(tok: Token) -> bool:
    """Whether the trigger is what a verb in the past tense says was attempted ("the unions
    attempted to *march* on Monday", "attempted a *strike* on Thursday", "tried to stage a
    *protest*")."""
    verb = tok.head if tok.dep_ in ("xcomp", "dobj") else None
    if verb is not None and tok.dep_ == "dobj" and verb.dep_ == "xcomp":
        verb = verb.head
    return verb is not None and verb.lemma_.lower() in ATTEMPT_VERBS and verb.tag_ == "VBD"


def _iso(value: str) -> date:
    return date.fromisoformat(value)


def gap_clause(tok: Token) -> tuple[Token, str, str, int | None] | None:
    """(the clause or phrase, "after"/"before", unit, number or None) when the trigger is in a
    clause or phrase of "after/before" with a gap of days, weeks or hours ("a day after X met",
    "two days after the raid", "hours before the vote"; also the gap the parser puts above its
    phrase or beside it: "*Hours* after the bombings")."""
    t = tok
    for _ in range(6):
        marker = None
        if t.dep_ == "pobj" and t.head.lower_ in ("after", "before"):
            marker, clause = t.head, t
        else:
            marker = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            clause = t
        if marker is not None:
            gaps = [c for c in marker.children if c.dep_ == "npadvmod"] + \
                ([marker.head] if marker.head.dep_ == "npadvmod" and marker.dep_ == "prep" else []) + \
                [c for c in marker.head.children if marker.dep_ == "prep" and c.dep_ == "npadvmod" and
                 c.i < marker.i and marker.i - c.i <= 2] + \
                [c for c in t.children if c.dep_ == "npadvmod" and c.i < marker.i] + \
                [c for c in t.head.children if c.dep_ == "npadvmod" and c.i < marker.i and marker.i - c.i <= 2]
            for g in gaps:
                unit = g.lemma_.lower()
                if unit not in GAP_UNITS and unit != "hour" or _a_named_week(g):
                    continue
                nums = [c for c in g.children if c.dep_ in ("nummod", "det")]
                n = None
                if nums:
                    w = nums[0].lower_
                    n = int(w) if w.isdigit() else NUMBER_WORDS.get(w) if w != "the" else 1
                elif g.tag_ == "NN":
                    n = 1       # "the day after" (no article parsed)
                return clause, marker.lower_, unit, n
            return None
        if t.head == t or t.dep_ in ("ROOT",):
            return None
        t = t.head
    return None


# verbs that carry on an act already under way ("will continue to support", "would keep backing")
ONGOING_WORDS = {"continue", "keep", "remain", "maintain"}


def _ongoing(tok: Token) -> bool:
    """Whether a future act is one already going on ("will *continue* to support", "would keep
    backing"): the day it was said on is still a day of it."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head == t:
            break
        t = t.head
        if t.lemma_.lower() in ONGOING_WORDS:
            return True
    return False


# adverbs that put a future act at the time it is announced ("would now impose")
NOW_WORDS = {"now", "immediately", "henceforth"}


def _from_now(tok: Token) -> bool:
    """Whether an act still to come is said to start from the moment of speaking ("sanctions would
    *now* be widened", "will take effect *immediately*")."""
    return any(c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in tok.children)


# words that put an act on a schedule ("was due to hold", "were expected to meet")
SCHEDULE_WORDS = {"due", "expect", "schedule", "set", "plan", "slate", "suppose"}


def _scheduled_in_the_past(tok: Token) -> bool:
    """Whether an act is one a past-tense schedule governs ("was due to hold", "were expected to
    meet"): from after the day it was due, the text looks back at it."""
    t = tok
    while t.dep_ == "xcomp" and t.head != t:
        t = t.head
    if t == tok or t.lemma_.lower() not in SCHEDULE_WORDS:
        return False
    if t.dep_ == "acomp":      # "was due": the adjective's verb carries the tense
        t = t.head
    return past_tense(t)


def _date_words(ents: list[SpacySpan], expr: str, sent: SpacySpan | None = None) -> list[Token]:
    """The head words of the date entities an expression is made of, and (given the sentence) its
    weekdays the tagger left untagged."""
    words = [e.root for e in ents if e.label_ == "DATE" and e.text in expr]
    return words + [t for t in sent if t.lower_ in WEEKDAYS and t.text in expr] if sent is not None else words


def _dates_a_past_verb_above(tok: Token, sent: SpacySpan, ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date dates a verb above the trigger reported in the past tense ("*said on
    Monday* it will continue to support …", "*released* a video *on Sunday* saying it was ready for
    battle"): that day is before publication, whatever the act it reports is still to come."""
    words = _date_words(ents, expr, sent)
    above = set(tok.ancestors)
    return any((clause := _date_clause(word)) in above and past_tense(clause) for word in words)


def _hangs_on_a_verb_to_come(ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date hangs on a verb not reported as past ("the envoys *would meet* on May 3")."""
    words = _date_words(ents, expr)
    return any((clause := _date_clause(word)).pos_ in ("VERB", "AUX") and not past_tense(clause) for word in words)


def _ahead_of(sent: SpacySpan, ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date is in a phrase of "ahead of" ("comes ahead of *Saturday's* summit",
    "ahead of talks on Friday"): what it dates is still to come."""
    words = _date_words(ents, expr, sent)
    return any(_ahead_word(word) is not None for word in words)


def _ahead_of_another(word: Token, tok: Token) -> bool:
    """Whether a date is in a phrase of "ahead of" that the trigger is not in ("met in Paris
    ahead of talks on Friday": the talks' Friday, not the meeting's)."""
    ahead = _ahead_word(word)
    return ahead is not None and tok not in ahead.subtree


def _ahead_word(word: Token) -> Token | None:
    """The "ahead" a date word's phrase hangs from ("ahead of Sunday's vote"), if any."""
    t = word
    for _ in range(4):
        if t.head == t:
            return None
        t = t.head
        if t.lower_ == "ahead":
            return t
        if t.lower_ == "of" and t.head.lower_ == "ahead":
            return t.head
    return None


def _on_the_noun(tok: Token, ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date hangs right on the trigger noun ("the meeting this week", "talks on Friday")."""
    words = _date_words(ents, expr)
    return any(w.head == tok or w.head.dep_ == "prep" and w.head.head == tok for w in words)


def _dated_by_a_past_clause_on(tok: Token, ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date dates a clause on the trigger noun told in the past tense ("the accords
    that *defused* a standoff in August")."""
    words = _date_words(ents, expr)
    return any((clause := _date_clause(word)).head == tok and clause.dep_ in ("relcl", "acl") and past_tense(clause)
               for word in words)


def _dated_by_a_clause_to_come(tok: Token, sent: SpacySpan, ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date dates a clause on the trigger noun that is still to come ("a truce that
    *will begin* on Sunday", "talks, which are due to resume on Friday")."""
    words = _date_words(ents, expr, sent)
    for word in words:
        clause = _date_clause(word)
        chain = [clause]
        while clause.dep_ == "xcomp" and clause.head != clause and clause.head != tok:
            clause = clause.head
            chain.append(clause)
        if clause.head == tok and clause.dep_ in ("relcl", "acl") and clause.pos_ in ("VERB", "AUX") and any(
                any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in c.children) or
                c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
                any(a.dep_ == "auxpass" for a in c.children) or     # ("the talks *to be held* on 2 May")
                c.lemma_.lower() in SCHEDULE_WORDS and not past_tense(c) for c in chain):
            return True
    return False


def _done(tok: Token) -> bool:
    """Whether an act is reported as done: a past tense, or a participle describing a thing ("the
    roadmap *agreed* by both sides")."""
    return past_tense(tok) or tok.tag_ == "VBN" and tok.dep_ == "acl"


def _still_to_come(tok: Token) -> bool:
    """Whether the clause of a trigger reports its act as present or possible, not past: "takes
    place", "is due", "are meeting", "would meet" (not "met", "has met", "could have met")."""
    verb = tok
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("nsubj", "nsubjpass"):
        verb = verb.head            # a trigger noun as subject: the verb of its clause ("the summit takes place")
    elif verb.pos_ not in ("VERB", "AUX") and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and \
            verb.head.head.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.head.head.children):
        verb = verb.head.head       # "would sit down for talks on May 3": the modal verb the noun's phrase hangs on
    if verb.pos_ not in ("VERB", "AUX") or past_tense(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes) or any(a.lower_ == "could" for a in auxes) and \
            any(c.dep_ == "neg" for c in verb.children):
        return False                # "could have met"; "could not agree in August" is a past inability
    if any(a.tag_ == "MD" for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _present_progressive(tok: Token) -> bool:
    """"are meeting", "is visiting": a present-tense "be" with the -ing form."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
                                     for c in tok.children)


def _present_perfect(verb: Token) -> bool:
    """Whether a verb is told in the present perfect ("*has* worked", "*have* displaced")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def past_tense(tok: Token) -> bool:
    """Whether a verb reports its act in the past ("signed", "was signed", "has ratified"): a
    date after publication does not make such an act future (the publication date is off)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or \
        (tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))


def _date_expression(tok: Token, sent: SpacySpan, ents: list[SpacySpan], published=None) -> tuple[str | None, bool]:
    """The text of the date expression that dates this trigger's clause (with a leading
    "next"/"starting"/"last"), else one anywhere in the sentence, else None; and whether it is
    the clause's own. A length of time that names no date ("after a gap of two years, on
    Sunday") gives way to one that does."""
    doc = tok.doc
    candidates = [e for e in ents if e.label_ == "DATE"]
    covered = {i for e in candidates for i in range(e.start, e.end)}
    candidates += [doc[t.i:t.i + 1] for t in sent if t.lower_ in WEEKDAYS and t.i not in covered]
    if not candidates:
        return None, False
    candidates = [e for e in candidates if not _part_of_a_name(e) and not _dates_a_span_since(e.root, tok) and not _dates_another_noun(e.root, tok)
                  and not _past_point_after_a_perfect(e, tok) and not _ahead_of_another(e.root, tok)]
    naming = [e for e in candidates if resolve_date(e.text, published or DATELESS) is not None or
              RELATIVE_DAY.search(e.text.lower()) or SAME_TIME.search(e.text.lower())]
    candidates = naming or candidates
    attached = [e for e in candidates if attached_to(_anchor(e), tok) or _day_of_the_subject(e.root, tok) or
                _left_on_a_participle(_anchor(e), tok)]
    # a date elsewhere in the sentence dates the event only from a clause the trigger is part of
    # ("said on Friday that …"), not from another clause ("the fund created *last year*",
    # "Crimea, which Russia seized *in 2014*")
    pool = attached or [e for e in candidates if _dates_the_clause_of(_anchor(e), tok, own=looks_forward(e.text))]
    if not pool:
        return None, False
    chain = [tok, *tok.ancestors]
    # the date of the nearest clause up from the trigger, then the nearest in words ("will set
    # off *next week* on a tour to promote trade, visiting Lima, his office said *Monday*": next week)
    best = min(pool, key=lambda e: (_rank_in(_governing_clause(_anchor(e), tok), chain, tok), abs(e.root.i - tok.i)))
    # "on Saturday (Nov 18)": the date a weekday is glossed with says which Saturday
    best = next((e for e in pool if e.root.dep_ == "appos" and e.root.head.i in range(best.start, best.end)), best)
    if best.end + 2 < sent.end and doc[best.end].text == "(":
        close = next((t.i for t in doc[best.end + 1:min(best.end + 6, sent.end)] if t.text == ")"), None)
        if close is not None and MONTH_DAY.fullmatch(doc[best.end + 1:close].text.lower()):
            return doc[best.end + 1:close].text, bool(attached)      # (the tagger often leaves the gloss untagged)
    start = best.start
    if start > sent.start and doc[start - 1].lower_ in FORWARD_WORDS | BACKWARD_WORDS:
        start -= 1
    return doc[start:best.end].text, bool(attached)


def _governing_clause(word: Token, tok: Token) -> Token:
    """The clause a date word dates, up through the verbs that govern an infinitive ("talks,
    which are due to *resume on Friday*"; "the talks *are due* to open next week": the
    schedule's verb), not past the trigger."""
    clause = _date_clause(word)
    while clause.dep_ == "xcomp" and clause.head != clause and clause.head != tok:
        clause = clause.head
    if clause.dep_ == "acomp" and clause.lemma_.lower() in SCHEDULE_WORDS and clause.head != clause and clause != tok:
        clause = clause.head
    return clause


def _rank_in(clause: Token, chain: list[Token], tok: Token) -> int:
    """How far up the trigger's chain of heads a date's clause is (past the end for one off it; a
    clause on the trigger noun is its own: "the talks to be held on 2 May")."""
    if clause.head == tok and clause.dep_ in ("relcl", "acl"):
        return 0
    return chain.index(clause) if clause in chain else len(chain)


def _part_of_a_name(span: SpacySpan) -> bool:
    """Whether a date is the first part of a name ("the *May 12* Brigade", "the *April 6* Youth
    Movement", also when the tagger takes the name into the date): right before a capitalized
    name word its month hangs on, it dates nothing."""
    doc = span.doc
    if not MONTH_DAY.match(span.text.lower()) or YEAR.search(span.text):
        return False    # (a year names which thing: "the 1973 war", "the 2016 Lima accord")
    day_end = span.start + 2
    if day_end >= span.sent.end or day_end < span.end and not MONTH_DAY.fullmatch(doc[span.start:day_end].text.lower()):
        return False
    after, head = doc[day_end], doc[span.start].head
    if head.i < day_end or head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return False    # ("the June 9 Nairobi summit": a summit's day)
    return after.pos_ == "PROPN" and after.text[:1].isupper() and after.lower_ not in WEEKDAYS and \
        after.lower_.rstrip(".") not in MONTHS and after.lower_ not in DAY_PARTS


def _past_point_after_a_perfect(span: SpacySpan, tok: Token) -> bool:
    """Whether a date naming a past point ("on Saturday", "last year") follows a trigger verb in
    the present perfect past a phrase of its own ("has blamed Peru for a mortar attack on a depot
    in X on Saturday", "has expelled six envoys over the murder of a leader last year"): English
    dates no present perfect so; the date is the phrase's ("has on Monday summoned" is left alone)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or span.start <= tok.i or _date_clause(_anchor(span)) != tok:
        return False    # (a date of the verb that reports it stays: "has agreed to talks, an official said on Saturday")
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return False
    text = span.text.lower()
    if not (WEEKDAY.search(text) or set(text.split()) & {"last", "yesterday", "ago"} or MONTH_DAY.search(text)):
        return False
    if any(a.lower_ == "according" and tok.i < a.i < span.start for a in _anchor(span).ancestors):
        return False    # "have expelled four envoys, *according to* their ministries on Monday": the report's day
    # (a place is no phrase of its own: "have been killed in X late on Friday")
    return any(t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("GPE", "LOC", "FAC")
               for t in tok.doc[tok.i + 1:span.start])


def _anchor(span: SpacySpan) -> Token:
    """The word a date expression hangs from: its root, or the preposition right before it when
    the parser left the date outside that preposition's phrase ("In mid-May, …" read with "May"
    as a subject)."""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and before.pos_ == "ADP" and before.dep_ == "prep" and span.root.head != before and \
            span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "appos"):
        return before
    return span.root


# a stand-in "now" to ask whether an expression names a date at all
DATELESS = date(2000, 1, 3)


PREMODIFIER_DEPS = {"compound", "nummod", "amod", "poss"}


# parts of a day a weekday names with it ("on Wednesday night", "early Sunday morning")
DAY_PARTS = {"morning", "afternoon", "evening", "night", "midnight", "dawn", "noon"}


OCCASION_PREPS = {"during", "at", "amid"}


def _dates_another_noun(word: Token, tok: Token) -> bool:
    """Whether a date only says which of some other thing the text means: it modifies a noun that
    is not the trigger ("the 2015 deal", "the March 18 election", "last year's conference", "the
    anniversary of the normalization … next year")."""
    head = word.head
    if word.dep_ == "compound" and head.lemma_.lower() in DAY_PARTS and head != tok:
        return _dates_another_noun(head, tok)     # "Wednesday night": the day and its part are one time
    if word.dep_ == "pobj" and head.pos_ == "ADP" and _dates_a_happening_below(head.head, tok):
        return True       # "protested over an *incident on Tuesday*": the day of the incident
    if head == tok or head == word or head.pos_ not in ("NOUN", "PROPN") and word.dep_ != "poss":
        return False      # ("Sunday's coup d'etat": a possessive day is the thing's, whatever its tag)
    if _day_of_the_subject(word, tok):
        return False      # "Friday's drone strike *killed* X", "the October 7 attack *killed* 900": its day
    if tok.dep_ == "relcl" and tok.head in (head, word) and head.lemma_.lower() in HAPPENING_NOUNS | DEADLY_NOUNS:
        return False      # "clashes last week that killed 30": the day of the clash is the day of its acts
    if head.lemma_.lower() in HAPPENING_NOUNS | DEADLY_NOUNS and _in_a_relative_clause_on(head, tok):
        return False      # "Sunday's bombing near the market in which four were *killed*": its day
    if tok.head.lower_ == "of" and tok.head.head == head:
        return False      # "last year's wave of *violence*"
    if head.dep_ == "pobj" and _occasion_of(head, tok):
        return False      # "*seized* during the May 3 raid": the occasion dates the act
    return word.dep_ in PREMODIFIER_DEPS or word.dep_ in ("npadvmod", "nmod") and head.dep_ == "pobj"


def _day_of_the_subject(word: Token, tok: Token) -> bool:
    """Whether a date premodifies a happening that is the subject of the trigger verb ("*Friday's*
    drone strike killed X", "the *October 7* attack killed 900"): what the happening did, it did
    that day."""
    head = word.head
    return head.dep_ == "nsubj" and head.head == tok and tok.pos_ == "VERB" and word.dep_ in PREMODIFIER_DEPS | {"nmod"} and \
        head.lemma_.lower() in HAPPENING_NOUNS | DEADLY_NOUNS


def _left_on_a_participle(word: Token, tok: Token) -> bool:
    """Whether a date closing the sentence's clause hangs on a participle or a present-tense
    relative clause that describes a word below the trigger verb ("fired missiles at bases *hosting*
    U.S. troops *early on Wednesday*", "at bases that *host* troops on Tuesday"): the parser's
    attachment; what such a clause tells stands, the day is the act's."""
    clause = _date_clause(word)
    if tok.pos_ != "VERB" or clause == tok or clause.dep_ not in ("acl", "relcl") or tok not in clause.ancestors:
        return False
    if not (clause.tag_ == "VBG" or clause.dep_ == "relcl" and clause.tag_ in ("VBZ", "VBP")):
        return False
    return word.i > clause.i and clause.right_edge.i <= word.right_edge.i + 1 and \
        all(a == tok or a.pos_ != "VERB" for a in clause.ancestors if a in tok.subtree)


def _in_a_relative_clause_on(noun: Token, tok: Token) -> bool:
    """Whether the trigger is in a relative clause on the noun or on a noun of its phrase ("the
    bombing near the market *in which* four were killed")."""
    t = tok
    while t.dep_ != "relcl" and t.head != t and t.dep_ in ("conj", "xcomp", "ccomp"):
        t = t.head
    if t.dep_ != "relcl":
        return False
    n = t.head
    for _ in range(3):
        if n == noun:
            return True
        if n.dep_ not in ("pobj", "prep") or n.head == n:
            return False
        n = n.head
    return n == noun


SIDELINE_NOUNS = {"sidelines", "margins", "margin", "sideline"}

# what an act can be said or done in ("in a statement last week", "in a phone call on Monday")
UTTERANCE_NOUNS = {"statement", "speech", "interview", "address", "letter", "communique", "communiqué", "message",
                   "post", "briefing", "remark", "declaration", "call", "conversation", "meeting", "talk", "summit"}


def _occasion_of(noun: Token, tok: Token) -> bool:
    """Whether a noun is the occasion of the act ("seized during the May 3 raid", "a deal made on
    the sidelines of July's summit", "the truce agreed at the July 30 meeting"): its date is the
    act's."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in SIDELINE_NOUNS and prep.head.head.lower_ in ("on", "at"):
        prep = prep.head.head
    elif prep.lower_ not in OCCASION_PREPS and not (prep.lower_ == "in" and noun.lemma_.lower() in UTTERANCE_NOUNS):
        return False    # ("backed the plan *in Monday's speech*": what it was said in)
    verb = prep.head
    return verb == tok or verb.dep_ in ("acl", "relcl") and verb.head == tok and verb.tag_ == "VBN"


# nouns that name a happening of their own, which a date after them dates ("an incident on Tuesday")
HAPPENING_NOUNS = {"incident", "clash", "skirmish", "collision", "confrontation", "encounter", "accident",
                   "explosion", "blast", "shooting", "bombing", "ambush", "incursion", "standoff",
                   "flare-up", "escalation", "unrest", "violence"}


# nouns of violent happenings whose relative clause tells what they did ("an attack on Monday that killed")
DEADLY_NOUNS = {"attack", "raid", "strike", "airstrike", "fighting", "battle", "assault", "shelling"}


def _dates_a_happening_below(noun: Token, tok: Token) -> bool:
    """Whether a date's phrase hangs on a noun naming another happening, itself the object of a
    preposition below the trigger ("filed a protest over an *incident* on Tuesday", "in response to
    a *clash* on Sunday"); not the occasion of the act ("during the clash on Sunday")."""
    doc = noun.doc
    word = noun.lemma_.lower()
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        word = f"{doc[noun.i - 2].lower_}-{word}"       # "flare-up", read as "flare - up"
    if noun == tok or noun.pos_ != "NOUN" or word not in HAPPENING_NOUNS or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ in OCCASION_PREPS:
        return False
    # (also below the verb a trigger noun is the object of: "lodged a protest in answer to a clash")
    return tok in noun.ancestors or tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head in noun.ancestors


# words that may open a date set off at the head of a sentence ("In late May, …", "Last August, …")
FRONTED_OPENERS = {"in", "on", "at", "early", "late", "last", "this", "that", "the", "mid"}


def _fronted(word: Token) -> bool:
    """Whether a date word ends a date phrase that opens its sentence, set off by a comma ("Last
    August, after X visited Taiwan, Y conducted …"): it dates the main clause, wherever the parser
    hangs it."""
    doc, sent = word.doc, word.sent
    if word.i + 1 >= sent.end or doc[word.i + 1].text != "," or sent.root.pos_ not in ("VERB", "AUX"):
        return False
    return all(t.ent_type_ == "DATE" or t.lower_ in FRONTED_OPENERS or t.lower_ in WEEKDAYS
               for t in doc[sent.start:word.i + 1])


def _date_clause(word: Token) -> Token:
    """The word a date expression hangs from, up through prepositions and modifiers, up to the
    verb of a clause that is a preposition's object ("a third of what they *asked* for
    this year")."""
    if _fronted(word):
        return word.sent.root   # "Last August, after X visited, Y conducted …": the main clause's date
    t = word
    while t.dep_ in ATTACH_DEPS | {"agent"} and t.head != t and not prepositional_clause(t):
        t = t.head      # ("by May 1" is parsed as an agent)
    if t.dep_ in ("nsubj", "nsubjpass") and any(a.dep_ == "prep" and a.head == t for a in word.ancestors) and \
            (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or t.i < word.i < t.head.i):
        return t.head   # "Norway on Friday recalled …", "the guards on Monday closed …": a day between
        # the subject and its verb dates the verb
    if t.dep_ in ("aux", "auxpass") and word.i < t.head.i:
        return t.head   # "had on Sunday condemned": the day hung on the auxiliary dates its verb
    if t.dep_ == "advcl" and t.head != t and not _a_gap(word) and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before") and word.i < c.i for c in t.children) and \
            word.head == t and word.i > t.head.i:
        return t.head   # "closed the border last week after a soldier was wounded": the parser hangs the
        #               main verb's date on the clause after it
    if t.dep_ == "dep" and t.i < t.head.i and t.head.dep_ == "ROOT" and t.right_edge.i + 1 < len(t.doc) and \
            t.doc[t.right_edge.i + 1].text == ":" or t.dep_ == "dep" and any(c.text == ":" for c in t.children):
        return t.head   # "May 2, 2019: two envoys are expelled …": a date heading an entry of a list
    return t


def _dates_the_clause_of(word: Token, tok: Token, own: bool = False) -> bool:
    """Whether a date hangs from the trigger, a clause above it, or a clause on the trigger noun
    ("a truce that takes effect on Sunday"). ``own``: a clause above it only within the trigger's
    own clause, for a date still to come ("is expected to declassify *in the next weeks* pages
    linked to an inquiry into the *attacks*" says nothing of when they were)."""
    clause = _governing_clause(word, tok)
    above = _clause_ancestors(tok) if own else tok.ancestors     # ``own``: only up to the trigger's clause
    if clause != tok and clause in tok.ancestors and _in_a_present_relative_clause(tok, clause):
        return False    # "will meet by the end of November, while the deputies, who chair a commission, …"
    if clause != tok and clause in tok.ancestors and _named_in_an_aim(tok, clause):
        return False    # "announced on December 19 an operation to protect ships from attacks"
    if clause.head == tok and clause.dep_ == "conj" and clause.pos_ == "VERB" and tok.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and \
            not (clause.tag_ == "VBD" and _present_perfect(tok)):
        return True     # "fired tear gas and detained ten of them on Friday": the verbs share the day
        # (not a present perfect and a past: "has worked with X since 2015 and sealed a pact in 2021")
    if clause.head == tok and clause.dep_ == "conj" and clause.tag_ == "VBN" and tok.tag_ == "VBN" and \
            not any(c.dep_ in ("aux", "auxpass") for c in clause.children) and \
            any(c.dep_ == "auxpass" for c in tok.children):
        return True     # "were killed and dozens wounded on Friday": the second verb's auxiliary is the first's
    if clause.head == tok and clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > tok.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children) and \
            (word.head == clause or word.head.lower_ in ("on", "in") and word.head.head == clause):
        return True     # "has denounced the closure, *saying Monday* that …": the participle's day is the act's
    if (clause.head == tok or clause.head.dep_ == "conj" and clause.head.head == tok and clause.head.pos_ == "VERB") and \
            clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return True     # "were seized when gunmen stormed the camp on May 3": the act of the when-clause's day
    if clause != tok and clause in tok.ancestors and _as_done_before(tok):
        return False    # "failed to hand over power by October as *agreed*": agreed before, not then
    if clause != tok and clause in tok.ancestors and _in_a_conjunct_of_its_own_tense(tok, clause):
        return False    # "broke away in 1994 but *has* not been recognised": not that year
    if tok.dep_ in ("amod", "compound") and clause.head == tok.head and clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD"):
        return True     # "a Swiss-*brokered* pact concluded in Geneva last month": the pact's date
    return clause in (tok, *above) or clause.head == tok and clause.dep_ in ("relcl", "acl")


def _as_done_before(tok: Token) -> bool:
    """Whether the trigger is a bare participle of "as" on the clause above ("as agreed", "as
    promised"): it points back at an act done before the one it goes with."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _in_a_conjunct_of_its_own_tense(tok: Token, top: Token) -> bool:
    """Whether the trigger is in a verb coordinated below a past-tense ``top`` and told in the
    present perfect ("*broke away* in 1994 but *has* not been recognised"): the date of
    the first verb is not the second's."""
    t = tok
    while t != top and t.head != t:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and past_tense(t.head) and t.head.tag_ == "VBD" and \
                _present_perfect(t):
            return True
        t = t.head
    return False


# verbs whose object an aim works against or talks about ("to counter attacks", "preventing raids")
AGAINST_VERBS = {"prevent", "protect", "counter", "stop", "end", "halt", "curb", "contain", "deter", "avenge",
                 "punish", "investigate", "probe", "defuse", "resolve", "address", "discuss", "condemn", "implement",
                 "respond", "repel", "combat", "fight", "tackle", "quell",
                 # an accord or truce kept or broken was made before ("accused X of violating the truce")
                 "violate", "breach", "break", "respect", "honour", "honor", "uphold", "observe", "abide", "comply"}


def _named_in_an_aim(tok: Token, top: Token) -> bool:
    """Whether a trigger noun is what an aim below ``top`` works against or is about ("an
    operation *to protect* ships from attacks", "responsibility for *preventing* attacks", "talks
    *to try to bring* an end to the clashes"): the date of ``top`` is not the day of the act the
    noun names. An aim that carries the act out ("went to attend talks", "agreed to adopt
    sanctions") still is dated by it, as is a clause that only goes with the act ("failed to
    unload … due to violence", "escalating a crackdown")."""
    noun = tok.head if tok.dep_ == "compound" else tok     # ("violating the *truce* agreement")
    if tok.pos_ != "NOUN" or not (noun.dep_ == "pobj" or noun.dep_ == "dobj" and noun.head.lemma_.lower() in AGAINST_VERBS):
        return False
    t = noun.head
    if t.pos_ == "ADP" and t.head != top and t.head.pos_ == "VERB" and t.head.lemma_.lower() in AGAINST_VERBS:
        return True     # "said X had stopped *abiding by* the accord": kept or broken, it was made before
    while t != top and t.head != t:
        if t.pos_ == "VERB" and (
                t.tag_ == "VB" and t.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                or t.tag_ == "VBG" and t.dep_ == "pcomp"):
            return True
        t = t.head
    return False


def _in_a_present_relative_clause(tok: Token, top: Token) -> bool:
    """Whether the trigger is in a clause describing a noun in the simple present, below ``top``
    ("officials who *chair* a commission", "a group that *runs* the port"): a state of things that
    the date of a clause above does not date."""
    t = tok
    while t != top and t.head != t:
        if t.dep_ == "relcl" and t.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return True
        if t.dep_ == "relcl" and t.tag_ == "VBN" and _present_perfect(t):
            return True     # "a militia whose raids *have displaced* thousands": a present perfect, neither
        t = t.head
    return False


def _clause_ancestors(tok: Token) -> list[Token]:
    """The words above the trigger up to the clause it is in, not past a clause that only
    describes a noun."""
    out, t = [], tok
    while t.head != t and (t.dep_ not in ("relcl", "acl") or _to_infinitive(t)):
        t = t.head      # (not a describing clause: an aim "a tour *to promote* trade, *visiting* Lima")
        out.append(t)
    return out


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is a bare infinitive with "to" ("a tour *to promote* trade")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _dates_a_span_since(word: Token, tok: Token | None = None) -> bool:
    """Whether a date opens a span ("since late September"): the act is
    not dated by it (unless the act is what the span opens from: "since another *meeting* in late
    March")."""
    t = word
    for _ in range(4):
        if t == tok:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in SPAN_PREPS:
            # (unless the act is told in a clause on the point the span opens from: "since the
            # incident on May 3, when troops fired", "since March, when talks broke down")
            return tok is None or tok not in t.subtree and not any(
                tok in c.subtree for c in t.head.head.children if c.dep_ == "advcl" and
                c.left_edge.i - t.right_edge.i in (1, 2) and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children))
        if t.head == t or t.dep_ not in ("pobj", "prep", "compound", "amod", "nummod", "npadvmod", "advmod"):
            return False      # ("since the war began nearly eight years *ago*")
        t = t.head
    return False
