"""Acts the text names again, and times told from another act.

A noun that names again an act the text has told ("Rebels shelled the camp late last week … The
UN condemned *the shelling*") is that act: it takes the act's date and, with no place of its own,
its place, instead of the publication date. A time told from another act ("fired rockets *on the
eve of the strikes*", "*hours after the bombings*, the president vowed …", "the raid came *three
days after* militants attacked") is counted from that act's date. :func:`date_from_referents` is
what the coder asks once every event of the document is coded.
"""
from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from ..document import Event, Location
from .dates import WEEKDAYS, resolve_date
from .dating import GAP_UNITS, gap_clause
from .syntax import points_back


# how many sentences back the act a noun names again may be told
REFERENT_REACH = 3
# modalities of an act that happened, which a noun can name again
DONE = {"asserted", "historical"}
# kinds of act a noun names again whatever the mode each was told in ("the attack" of "shelled",
# "bombed", "fired rockets"); of other kinds the same mode only ("the detention" of "detained",
# not of "dispersed")
ANY_MODE = {"ASSAULT"}
# verbs that only place their subject in time ("the raid *came* three days after …")
TIMING_VERBS = {"come", "follow", "happen", "occur", "take"}


def date_from_referents(events: list[Event], triggers: list[Token], published: date | None) -> None:
    """Date (and place) in place the events whose noun names again an act told before, then the
    events whose time is told from another act, then the nouns naming those again ("The mayor was
    arrested on the eve of the vote. … criticised *the arrest*")."""
    if published is None:
        return
    day = published.isoformat()
    redated = _take_referents(events, triggers, day)
    counted = [_counted_from_another(i, events, triggers, redated, day) for i in range(len(events))]
    for event, new in zip(events, counted):
        if new is not None:
            event.date = new
    if any(new is not None for new in counted):
        _take_referents(events, triggers, day)


def _take_referents(events: list[Event], triggers: list[Token], day: str) -> set[int]:
    """Give each event whose noun names again an act told before that act's date and, with no
    place of its own, its place; the indices of the events redated."""
    redated = set()
    for i, (event, tok) in enumerate(zip(events, triggers)):
        if event.date != day and not _counted_from_the_act_above(tok) or not _names_again(tok) or \
                event.modality not in DONE:
            continue
        k = _referent(i, events, triggers)
        if k is None:
            continue
        if events[k].date != day:
            event.date = events[k].date
            redated.add(i)
        if event.location is None and events[k].location is not None:
            event.location = Location(**vars(events[k].location))
    return redated


def _names_again(tok: Token) -> bool:
    """Whether a trigger noun points back at an act ("condemned *the attack*"), with no date of its
    own ("Friday's attack", "the attack on Friday")."""
    if tok.pos_ != "NOUN" or not points_back(tok):
        return False
    return not any(_date_word(c) or c.dep_ == "prep" and any(_date_word(g) for g in c.children)
                   for c in tok.children)


def _counted_from_the_act_above(tok: Token) -> bool:
    """Whether a noun is the object of a phrase with a gap ("a day after *the kidnapping*"): the
    date it was given is only counted from the act the phrase hangs on."""
    found = gap_clause(tok)
    return found is not None and found[0] == tok


def _date_word(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAYS


def _referent(i: int, events: list[Event], triggers: list[Token]) -> int | None:
    """The event the noun of event ``i`` names again: an act of its kind told in a clause on the
    noun ("the attack on a convoy *that killed* 17 soldiers on Tuesday"), else the nearest act of
    its kind told before it, at most :data:`REFERENT_REACH` sentences back (not the act whose
    phrase the noun is in: "fired mortars on the eve of *the shelling*")."""
    tok, kind = triggers[i], events[i].event
    same = [k for k in range(len(events)) if k != i and events[k].event == kind and events[k].modality in DONE and
            (kind in ANY_MODE or events[k].mode == events[i].mode)]
    phrase = _noun_phrase(tok)
    below = [k for k in same if triggers[k].dep_ == "relcl" and triggers[k].head.i in phrase]
    if below:
        return below[0]
    sentences = list(tok.doc.sents)
    first = max(0, _sentence_index(tok, sentences) - REFERENT_REACH)
    before = [k for k in same if triggers[k].i < tok.i and _sentence_index(triggers[k], sentences) >= first and
              triggers[k] not in tok.ancestors]
    return before[-1] if before else None


def _noun_phrase(tok: Token) -> set[int]:
    """The token indices of a noun's phrase, with a phrase of "on/against" right after it that the
    parser hung on the verb ("condemned the assault | on a post that killed …")."""
    inside = {t.i for t in tok.subtree}
    after = tok.right_edge.i + 1
    if after < len(tok.doc) and tok.doc[after].dep_ == "prep" and tok.doc[after].head == tok.head and \
            tok.doc[after].lower_ in ("on", "against"):
        inside |= {t.i for t in tok.doc[after].subtree}
    return inside


def _sentence_index(tok: Token, sentences: list) -> int:
    return next(n for n, s in enumerate(sentences) if s.start <= tok.i < s.end)


def _counted_from_another(i: int, events: list[Event], triggers: list[Token], redated: set[int],
                          day: str) -> str | None:
    """The date of event ``i`` when its time is told from another act, else None: "on the eve of
    X" is the day before X; "hours after X" X's day, "a day after X" the day after; an act in a
    clause "three days after" that a noun names again hangs on ("the raid came three days after
    militants attacked") is that many days before the raid as the text dates it."""
    tok, event = triggers[i], events[i]
    head = _clause_head(tok)
    found = gap_clause(tok)
    if found is not None:
        clause, word, unit, n = found
        hung = clause.head if clause.dep_ != "pobj" else clause.head.head
        subject = next((c for c in hung.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if hung.lemma_.lower() in TIMING_VERBS and subject is not None:
            k = next((k for k in redated if triggers[k] == subject), None)
            if k is not None and n is not None and unit in GAP_UNITS and len(events[k].date or "") == 10:
                return _shift(events[k].date, n * GAP_UNITS[unit] * (-1 if word == "after" else 1))
        return None
    if event.date not in (day, day[:7]) or _dated_in_its_sentence(tok, head):
        return None
    for prep in _time_phrases(head):
        anchor, step = _anchor_phrase(prep)
        if anchor is None or tok in prep.subtree:
            continue        # (not the act named: "on the eve of *the curfew*")
        k = _event_named(anchor, i, events, triggers)
        told = events[k].date if k is not None else _own_day(anchor, day)
        if len(told or "") != 10:
            return None
        return _shift(told, step) if step is not None else told[:7]
    return None


def _clause_head(tok: Token) -> Token:
    """The verb whose clause a trigger is in (itself when a verb)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head != t:
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else tok


def _time_phrases(head: Token) -> list[Token]:
    """The phrases that may tell when a verb's act was: those of its clause, also those the parser
    hung on its object or gap ("fired at a barracks *on the eve of X*", "*Hours* after X, … vowed"),
    and those of the verb it is coordinated with ("On the eve of X, protesters stormed a prison and
    *freed* inmates"); not those of a clause below it."""
    found = []
    stack = [c for v in [head] + ([head.head] if head.dep_ == "conj" else []) for c in v.children]
    while stack:
        word = stack.pop()
        if word.dep_ == "prep":
            found.append(word)
        if word.dep_ in ("prep", "pobj", "dobj", "npadvmod"):
            stack.extend(word.children)
    return sorted(found, key=lambda t: t.i)


def _dated_in_its_sentence(tok: Token, head: Token) -> bool:
    """Whether the trigger's sentence names a date outside a phrase of time told from another act
    (the gap "hours" or "a day" of such a phrase is no date)."""
    told = set()
    for prep in _time_phrases(head):
        if _anchor_phrase(prep)[0] is not None:
            told |= {t.i for t in (prep.head if prep.head.dep_ == "npadvmod" else prep).subtree}
            told |= {t.i for c in prep.head.children if c.dep_ == "npadvmod" and c.i < prep.i for t in c.subtree}
    return any(_date_word(t) and t.i not in told for t in tok.sent)


def _anchor_phrase(prep: Token) -> tuple[Token | None, int | None]:
    """(the act named, days from it) of a phrase of time told from another act: "on the eve of
    *the strikes*" (-1), "hours after *the bombings*" (0), "a day before *the vote*" (-1); (None,
    None) for any other phrase; days None for a vague gap ("days after")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None, None
    if prep.lower_ == "on" and objects[0].lemma_.lower() == "eve":
        named = [g for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        return (named[0], -1) if named else (None, None)
    found = gap_clause(objects[0]) if prep.lower_ in ("after", "before") and objects[0].pos_ == "NOUN" else None
    if found is None or found[0] != objects[0]:
        return None, None
    _, word, unit, n = found
    if unit == "hour":
        return objects[0], 0
    return objects[0], n * GAP_UNITS[unit] * (1 if word == "after" else -1) if n is not None else None


def _event_named(noun: Token, i: int, events: list[Event], triggers: list[Token]) -> int | None:
    """The event a noun names: the event it is the trigger of, else the nearest act before event
    ``i`` whose trigger, subject or object is a word of that noun ("the strikes" of "Israeli
    strikes hit X")."""
    k = next((k for k, t in enumerate(triggers) if t == noun and k != i), None)
    if k is not None:
        return k
    lemma = noun.lemma_.lower()
    before = [k for k, t in enumerate(triggers) if t.i < noun.i and k != i and events[k].modality in DONE and
              (t.lemma_.lower() == lemma or
               any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() == lemma for c in t.children))]
    return before[-1] if before else None


def _own_day(noun: Token, day: str) -> str | None:
    """The day a noun that names no act of the text gives itself ("the May 9 parade", "Sunday's
    vote", "the vote, which was held on Sunday"), resolved against the publication day ``day``."""
    inside = {t.i for t in noun.subtree}
    named = [e for e in noun.doc.ents if e.label_ == "DATE" and e.root.i in inside]
    return resolve_date(named[0].text, date.fromisoformat(day)) if named else None


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
