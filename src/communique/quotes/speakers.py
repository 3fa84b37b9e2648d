"""Speakers: from a cue word to the noun phrase that speaks and the actor it names.

``subject_of(verb)`` finds who does the saying (through participles and conjoined verbs,
and in inverted "..., said X" order); ``speaker_phrase`` grows that token into the noun
phrase as written; ``speaker_actor`` maps the phrase to an actor id, resolving pronouns
and definite descriptions ("the spokesman", "the ministry") to an earlier mention.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..actors import ActorIndex
from ..actors.context import within_ranges

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# subjects that stand for no one who speaks ('it seems', 'there is')
EXPLETIVES = ("it", "there")
_SENTENCES = "communique.sentence_bounds"
# verbs that inherit the subject of the verb they hang from: "..., adding that",
# "and said", "went on to say"
INHERITING_DEPS = ("advcl", "conj", "xcomp", "pcomp", "acl")
# children that end a speaker phrase: relative clauses, participles, parentheticals
CUT_DEPS = ("relcl", "acl", "advcl", "punct", "cc", "conj", "prep")
PERSONAL = {"he": "person", "she": "person", "him": "person", "her": "person"}
IMPERSONAL = {"it": ("organization", "country")}
NAME_POS = ("PROPN", "NOUN", "PRON")
_ROLE_WORD = re.compile(r"[\w'-]+")


def sentence_of(token):
    """The sentence (spaCy Span) of ``token``. Same as ``token.sent``, which walks all of the
    doc's sentences on every call; the bounds are computed once per doc here."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        doc.user_data[_SENTENCES] = bounds
    start, end = bounds[bisect_right(bounds, (token.i, len(doc) + 1)) - 1]
    return doc[start:end]


def subject_of(verb):
    """The token that is the subject of ``verb`` (a spaCy Token), or None."""
    tok = verb
    if ((verb.tag_ == "VBG" and verb.dep_ == "advcl") or verb.dep_ == "conj") and _reported_by_speech_verb(verb.head) \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "X said he saw no need, telling Y that ...", "X said A and added B": the parser hung
        # the second cue on the reported clause; it is X who tells and adds
        tok = verb.head.head
    elif verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "X said that China welcomes the steps both sides have taken, adding ...": hung deeper in the
        # reported clause, on a clause of its own inside it; X adds
        clause = next((a for a in list(verb.ancestors)[:4] if _reported_by_speech_verb(a)), None)
        if clause is not None:
            tok = clause.head
    for _ in range(4):
        # of two subjects the parser gave one verb, the nearest before it ('..., the actions of X which
        # blocked the boats, its top diplomat said': the diplomat)
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        before = [c for c in subjects if c.i < tok.i]
        for child in ([before[-1]] if len(subjects) > 1 and before else subjects[:1]):
            if child.dep_ in SUBJECT_DEPS:
                # a subject in an earlier paragraph is a parse running over a heading
                if _participle_misparse(child):
                    child = next(c for c in child.rights if c.dep_ == "appos")
                return _after_dateline(child, verb) if not _paragraph_between(child, verb) else _phrase_before(verb)
        inverted = inverted_subject(tok)
        if inverted is not None:
            return inverted
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None   # "the right to respond", "a plan to announce": the noun says nothing
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "a statement confirming ..." → who issued it; "a spokesman saying ..." → him
            noun = tok.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "to":
                # "(sent) an email to supporters saying ...": the email speaks, not its readers
                from .cues import load_cues

                target = noun.head.head
                if target.pos_ in ("VERB", "AUX"):
                    target = next((c for c in target.children if c.dep_ == "dobj"), target)
                if load_cues().is_speech_noun(target):
                    noun = target
            return noun_speaker(noun)
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            quoted = quoted_as_saying(tok)
            if quoted is not None:
                return quoted
            tok = tok.head.head  # "began by saying", "After saying ..., X ended up": X says
            continue
        if tok.dep_ in INHERITING_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        if _verb_after_comma_sharing_subject(tok):
            tok = tok.head   # 'X accused Y of ..., said he had ...': the parser left 'said' a bare dep; X says
            continue
        break
    return _phrase_before(verb)


def _verb_after_comma_sharing_subject(verb) -> bool:
    """Whether ``verb`` is the second of a run of verbs sharing one subject that the parser left
    as a bare 'dep' after a comma ('X accused Y of ..., said he had ...'): a verb without a subject
    of its own, hung on an earlier verb."""
    doc = verb.doc
    return (verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ in ("VERB", "AUX")
            and verb.head.i < verb.i and verb.i > 0 and doc[verb.i - 1].text == ","
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def quoted_as_saying(verb):
    """Who speaks in "the agency quoted X as saying" (X) and "X was quoted as saying" (X): not the
    one who quotes; None for any other "as saying"."""
    prep = verb.head
    if prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    for dep in ("dobj", "nsubjpass"):
        who = next((c for c in prep.head.children if c.dep_ == dep), None)
        if who is not None:
            return who
    return None


def _participle_misparse(subj) -> bool:
    """Whether the parser took a participle clause for the subject's own words and the
    subject for an apposition ('Welcoming Ana Veldt, Lars Berglund said': 'Welcoming' a name
    word, Berglund an apposition of Veldt): the clause opens the sentence with an -ing word
    and a name stands apposed after the comma."""
    first = subj.sent[0]
    return (first.i < subj.i and first.lower_.endswith("ing") and first.is_title
            and not any(t.is_punct for t in subj.doc[first.i: subj.i])
            and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i
                    and subj.doc[c.left_edge.i - 1].text == "," for c in subj.rights))


def _reported_by_speech_verb(tok) -> bool:
    from .cues import load_cues

    cues = load_cues()
    if cues.is_speech_verb(tok) and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
            and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return False   # 'X said A, Y reported, citing Z' parsed with 'Y reported A' as what X said: Y cites
    return tok.dep_ == "ccomp" and cues.is_speech_verb(tok.head)


def noun_speaker(noun):
    """Who speaks through a noun: a speech noun's issuer (the ministry in "the ministry's
    statement", "the ministry issued a statement", "Putin said in a statement"), else the
    noun itself ("a spokesman saying ...")."""
    from .cues import load_cues

    if not load_cues().is_speech_noun(noun):
        return noun
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(head)


def _paragraph_between(a, b) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def _phrase_before(verb):
    """The noun phrase just before a verb the parser gave no subject, in the same
    paragraph: 'The UN's humanitarian chief, Tom Fletcher (pictured), told ...'."""
    doc = verb.doc
    i = verb.i - 1
    depth = 0
    while i >= 0 and (doc[i].is_punct or depth > 0) and "\n" not in doc[i].text:
        depth += doc[i].text == ")"
        depth -= doc[i].text == "("
        i -= 1
    if i < 0 or doc[i].is_space or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    tok = doc[i]
    while (tok.dep_ in ("appos", "compound", "pobj", "prep", "acl", "amod", "poss", "case", "flat")
           and tok.head.i < verb.i and tok.head.i != tok.i):
        tok = tok.head
    owner = _participle_owner(tok)
    if owner is not None:
        return owner
    if tok.pos_ in ("PROPN", "NOUN"):
        return tok
    return _antecedent_of_relative(tok)


def _participle_owner(tok):
    """Who a participle clause between commas describes when ``tok`` is its object ('Maduro,
    addressing a crowd outside the palace, said ...', parsed with Maduro the participle's
    subject): the one who speaks, not the crowd; None for anything else."""
    part = tok.head
    if tok.dep_ not in ("dobj", "dative", "attr") or part.tag_ not in ("VBG", "VBN") \
            or part.dep_ not in ("advcl", "acl") or part.i == 0 or part.doc[part.i - 1].text != ",":
        return None
    owner = next((c for c in part.children if c.dep_ in SUBJECT_DEPS and c.i < part.i), None)
    if owner is None and part.dep_ == "acl" and part.head.i < part.i:
        owner = part.head
    return owner if owner is not None and owner.pos_ in ("PROPN", "NOUN") else None


def _antecedent_of_relative(clause):
    """The noun before 'who' when a parse took 'X, who sits on ..., said' for a clause of
    the verb: the token before the relative pronoun (past commas and adverbs), or None."""
    rel = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT")), None)
    if rel is None:
        return None
    doc = clause.doc
    i = rel.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].pos_ == "ADV") and "\n" not in doc[i].text:
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("PROPN", "NOUN") else None


def inverted_subject(verb):
    """The name right after a verb in '"...," said Belgium's Hadja Lahbib'."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or verb.i == 0:
        return None
    before = [t.text for t in doc[max(0, verb.i - 2): verb.i]]
    marks = ('"', "”", "'", "’", "''", "»")
    if not (before[-1] in marks or (len(before) == 2 and before[-1] == "," and before[0] in marks)):
        return None
    nxt = doc[verb.i + 1]
    if nxt.pos_ not in ("PROPN", "NOUN", "DET") or sentence_of(nxt).start != sentence_of(verb).start:
        return None
    head = nxt
    while head.dep_ in ("poss", "compound", "case", "amod", "det", "nmod") and head.head.i > head.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN") else None


def speaker_phrase(token):
    """The noun phrase (spaCy Span) headed by ``token``, without relative clauses,
    parentheticals or trailing punctuation: "Japanese Foreign Ministry spokesman Kenji Sato"."""
    doc = token.doc
    start, end = token.i, token.i + 1
    for child in token.lefts:
        if child.pos_ == "VERB" and child.right_edge.i + 1 < token.i and doc[child.right_edge.i + 1].text == ",":
            continue  # a participle clause before the name: 'Welcoming his guest, Tokayev said'
        if child.dep_ not in ("punct", "cc", "preconj"):
            start = min(start, child.left_edge.i)
    for child in token.rights:
        if child.text in ("(", "["):
            break  # a parenthetical: "(right)", "(pictured)"
        if child.dep_ == "punct":
            continue  # commas around an apposition; trailing ones are trimmed below
        if child.left_edge.text in ("(", "[") or (child.left_edge.i > 0 and doc[child.left_edge.i - 1].text in ("(", "[")):
            break
        if child.dep_ in CUT_DEPS and child.dep_ != "prep":
            break
        if child.dep_ == "appos" and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == "(":
            break
        if child.dep_ == "prep" and child.lower_ not in ("of", "for", "at", "from", "to"):
            break
        end = max(end, child.right_edge.i + 1)
    for t in doc[token.i:end]:  # nor on into the next paragraph
        if "\n" in t.text_with_ws or t.is_space:
            end = t.i + (0 if t.is_space else 1)
            break
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].text == "("):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    for t in doc[start:token.i]:  # a phrase never reaches back into an earlier paragraph
        if "\n" in t.text_with_ws or _dateline_dash(t):  # nor into a dateline "LONDON (Reuters) -"
            start = t.i + 1
    return doc[start:end]


def _after_dateline(subj, verb):
    """The subject, or the name after a dateline the parser took for it ('OSLO (Wire) -
    Berglund said': Berglund)."""
    doc = subj.doc
    for t in doc[subj.i + 1: verb.i]:
        if _dateline_dash(t) and t.i + 1 < verb.i:
            tok = doc[t.i + 1]
            while t.i < tok.head.i < verb.i and tok.head.i != tok.i:
                tok = tok.head
            return tok if tok.pos_ in ("PROPN", "NOUN", "PRON") else subj
    return subj


def _dateline_dash(tok) -> bool:
    """A dash standing apart ('LONDON -', 'PARIS —'), not one joining a word ('pro-EU')."""
    if tok.text in ("—", "–", "--"):
        return True
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def speaker_actor(phrase, actors: ActorIndex, quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The actor id a speaker phrase (spaCy Span) names, or None.

    Prefers the actor covering the phrase's head ("spokesman Kenji Sato" → Kenji Sato),
    then a person inside it, then any actor inside it; a pronoun or a definite description
    without an actor of its own is resolved to an earlier mention, outside the ``quoted``
    character ranges (what was said) while one fits."""
    head = phrase.root
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
        # "Rendell, who said ...": the phrase is written "who"; the speaker is its antecedent
        return speaker_actor(speaker_phrase(head.head.head), actors, quoted)
    aid = actors.actor_for_token(head)
    if aid and len(phrase) == 1 and head.pos_ == "PROPN" and getattr(actors.get(aid), "kind", None) == "country":
        # '"...," Chad said' after 'Secretary Wolf Chad': a person named before, not the country
        named = _latest_mention_before(head.idx, actors, lambda a: a.kind == "person" and " of " not in a.name
                                       and head.text in a.name.split())   # not 'Envoy of X', a role
        aid = named or aid
    if aid:
        return aid
    if len(phrase) == 1 and head.pos_ == "PROPN":
        # '"...," Geng said' after 'Spokesman Geng Shuang' when the name alone got no mention of its own
        named = _latest_mention_before(head.idx, actors, lambda a: a.kind == "person" and head.text in a.name.split())
        if named:
            return named
    inside = actors.actors_for_span(phrase)
    for apart in (_served(head), _body_owner(head)):
        if apart is not None:   # 'an adviser to Prime Minister X', 'a spokesman for X', "the PM's office": not X
            inside = [a for a in inside if not any(s >= apart[0] and e <= apart[1] for s, e, b in
                                                   actors.mentions_in(phrase.start_char, phrase.end_char) if b == a)]
    # of several people in a title, the name that closes it speaks ('assistant to the president Ana Veldt')
    closing = {aid for start, end, aid in actors.mentions_in(phrase.start_char, phrase.end_char) if end == phrase.end_char}
    inside = sorted(inside, key=lambda a: a not in closing)
    for kind in ("person", "organization", "group", "country"):
        for a in inside:
            actor = actors.get(a)
            if actor is not None and actor.kind == kind:
                return a
    if head.pos_ == "PRON":
        return resolve_pronoun(head, actors, quoted)
    if head.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "that") for c in head.lefts):
        return resolve_description(head, actors, quoted)
    return None


def _served(head) -> tuple[int, int] | None:
    """The characters of the "to"/"for" phrase of a common noun that speaks ("an adviser *to Prime
    Minister X*", "a spokesman *for X*"): whom the speaker serves is named there, not the speaker."""
    if head.pos_ != "NOUN":
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "for")), None)
    if prep is None:
        return None
    last = prep.right_edge
    return prep.idx, last.idx + len(last.text)


def _body_owner(head) -> tuple[int, int] | None:
    """The characters of the possessor of a body that speaks for someone ("*the president's*
    office", "*Lula's* cabinet"; ``body_nouns`` of the cue lexicon): the office speaks, not
    the president."""
    from .cues import load_cues

    if head.pos_ != "NOUN" or head.lemma_.lower() not in load_cues().body_nouns:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    last = owner.right_edge
    return owner.left_edge.idx, last.idx + len(last.text)


def resolve_pronoun(token, actors: ActorIndex, quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The actor a pronoun refers to: the actors stage's resolver (``actors/coref.py``) when
    it finds one, else the most recent earlier mention of a fitting kind (person for
    he/she, organization or country for it)."""
    try:
        from ..actors import coref  # written by the actors stage; optional here
    except ImportError:
        coref = None
    if coref is not None and hasattr(coref, "resolve_pronoun"):
        try:
            resolved = coref.resolve_pronoun(token.doc, token, actors, quoted=quoted)
        except Exception:  # a resolver that fails on one token must not lose the quote
            resolved = None
        if resolved is not None:
            return resolved
    kinds = (PERSONAL[token.lower_],) if token.lower_ in PERSONAL else IMPERSONAL.get(token.lower_)
    if not kinds:
        return None
    return _latest_mention_before(token.idx, actors, lambda a: a.kind in kinds, quoted)


def resolve_description(token, actors: ActorIndex, quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """'the spokesman', 'the ministry': the latest earlier actor whose name, role or a
    mention contains the head noun; 'the diplomat', 'the lawmaker': the latest person whose
    role is one of the titles the noun stands for (``description_roles`` of the cue lexicon)."""
    from .cues import load_cues

    word = token.lemma_.lower()
    plural = token.tag_ in ("NNS", "NNPS")   # "the ministers" are never one of them
    titles = load_cues().description_roles.get(word, ())

    def fits(actor) -> bool:
        if plural and actor.kind == "person":
            return False
        texts = [actor.name, actor.role or ""] + [m.text for m in actor.mentions]
        role = " " + " ".join(_ROLE_WORD.findall((actor.role or "").lower())) + " "
        if actor.kind == "person" and any(f" {title} " in role for title in titles):
            return True
        return any(word in t.lower() for t in texts)

    return _latest_mention_before(token.idx, actors, fits, quoted)


def _latest_mention_before(offset: int, actors: ActorIndex, fits, quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The fitting actor mentioned last before ``offset``: outside the ``quoted`` ranges while one
    fits there, else anywhere."""
    best, best_start = None, -1
    for actor in actors:
        for m in actor.mentions:
            if best_start < m.start and m.end <= offset and fits(actor) and not within_ranges(quoted, m.start, m.end):
                best, best_start = actor.id, m.start
    if best is None and quoted:
        return _latest_mention_before(offset, actors, fits)
    return best
