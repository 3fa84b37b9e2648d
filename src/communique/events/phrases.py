"""Who a noun phrase names: its own actors ("China and Russia", "the presidents of X and Y"), else the
parties a pronoun or collective reference stands for ("they", "both sides", "the two countries", "it"),
else the speaker of the report around it. The ground :mod:`.arguments` builds actor and recipient on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors import ActorIndex
from ..actors.groups import NOT_A_SIDE_SECTORS
from ..document import Quote
from .lexicon import load_data

# modifiers that are part of a noun phrase naming an actor
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "flat", "conj", "cc", "det", "nummod", "npadvmod"}
PHRASE_PREPS = {"of", "from", "including"}   # "three navies, including those of X and Y"
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
LEADING_VERBS = {"lead", "head", "headed", "chair"}   # "a delegation *led by* X" names X's party
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
SPEAKER_PRONOUNS = {"we", "us", "our", "i", "me", "my", "ours"}
SINGULAR_PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
THING_PRONOUNS = {"it", "its"}
SET_NOUNS = {"country", "nation", "state", "partner", "government", "ally"}   # new sets, unless "the"/"its"
# nouns that name an organization of states by its kind ("the bloc imposed", "the alliance agreed")
BLOC_NOUNS = {"bloc", "alliance", "grouping"}
SUBJECT_DEPS = ("nsubj", "csubj", "expl")
_WORDS = load_data("arguments.yaml")
SAY_VERBS = frozenset(_WORDS["say_verbs"])
COLLECTIVE_HEADS = frozenset(_WORDS["collective_heads"])


@dataclass
class ArgumentContext:
    """What argument resolution needs to know about the document around one sentence."""
    actors: ActorIndex
    quotes: list[Quote] = field(default_factory=list)
    recent_groups: list[list[str]] = field(default_factory=list)   # compound actor lists, most recent last
    mediators: set[str] = field(default_factory=set)   # who mediates between the parties ("US mediators")
    # the acts of the sentences before, latest last: (category, actor, recipient); "the seizure" refers back
    earlier_acts: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    act_categories: dict[int, str] = field(default_factory=dict)   # trigger word index → its category
    resolving_neighbour: bool = False   # finding a neighbour's owner now: no neighbour is resolved inside it


def phrase_actors(token: Token, ctx: ArgumentContext, depth: int = 0) -> list[str]:
    """Actor ids a noun phrase names: its head's mention, else those in its modifiers and
    conjuncts ("China and Russia", "the presidents of Peru and Chile"), else a pronoun
    or collective reference resolved against the sentences before."""
    if depth > 8:
        return []
    actors = ctx.actors
    out: list[str] = []
    head_actor = actors.actor_for_token(token)
    if head_actor and depth == 0 and _names_two_parties(token):
        # "both sides" made by the actors stage from the last states named: when the sides the text
        # showed acting together are of one state (a leader and a rebel leader), they, not other states
        inner = _joint_group_of_one_state(ctx)
        if inner and (a := actors.get(head_actor)) is not None and a.kind == "group":
            return inner
    if head_actor and _names_two_parties(token) and (a := actors.get(head_actor)) is not None and \
            (set(_own_clause_subject(token, ctx)) & {head_actor, *a.members} or ctx.mediators & set(a.members)):
        # "X and Y called on *both sides*": others than X and Y; nor is a mediator one of the sides
        return resolve_reference(token, ctx)
    if head_actor:
        out.append(head_actor)
    elif any(c.dep_ == "poss" for c in token.children):
        # "Chile's ally Peru", "Iran's envoy Amir Saeid": the one named, not the possessor
        named = [a for c in token.children if c.dep_ == "appos" for a in [actors.actor_for_token(c)] if a]
        if named:
            return unique_ids(named)
    for c in token.children:
        if c.dep_ == "conj" and _stray_sayer(c):
            continue
        if c.dep_ == "conj" or (c.dep_ in PHRASE_DEPS and not head_actor):
            out.extend(phrase_actors(c, ctx, depth + 1))
        elif c.dep_ == "appos" and head_actor and actors.actor_for_token(c) == head_actor:
            # "President of X Jan Novak and UN chief Ana Bell agreed": the title's name is coordinated
            for g in c.children:
                if g.dep_ == "conj":
                    out.extend(phrase_actors(g, ctx, depth + 1))
        elif c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children):
            # "Peruvian and Chilean frigates": the mention covers one state, the coordination both
            out.extend(phrase_actors(c, ctx, depth + 1))
        elif c.dep_ == "prep" and (c.lower_ in PHRASE_PREPS or c.lower_ == "for" and token.lemma_.lower() in
                                    SPOKESPERSON_NOUNS) and not head_actor:   # ("a spokesman *for* X": X's)
            if c.lower_ == "of" and _counted_members(token):
                continue   # "143 member states of the assembly voted": some members, not the body
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(phrase_actors(p, ctx, depth + 1))
        elif c.dep_ == "npadvmod" and head_actor and c.pos_ == "PROPN" and c.i > token.i and \
                token.doc[c.left_edge.i - 1].text == "," and any(g.dep_ == "conj" for g in c.children):
            # "A, B, C and D voted" parsed with B (and the rest) hung on A as a modifier
            out.extend(phrase_actors(c, ctx, depth + 1))
        elif c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS:
            # "welcomed a delegation *led by* the speaker of X's parliament": the leader's party,
            # not the host's (a bare "delegation" is read as the state the sentence names)
            leaders = [a for g in c.children if g.dep_ == "agent"
                       for p in g.children if p.dep_ == "pobj" for a in phrase_actors(p, ctx, depth + 1)]
            if leaders:
                out = [a for a in out if a != head_actor] + leaders
    if not out and depth == 0:
        out = resolve_reference(token, ctx)
    elif not out:
        # "the council's members", "a meeting of the commission", "the neighbour"
        out = _body_named_before(token, ctx) or _neighbour_named_before(token, ctx)
    return unique_ids(out)


NEIGHBOUR_NOUNS = {"neighbor", "neighbour"}


def _neighbour_named_before(token: Token, ctx: ArgumentContext) -> list[str]:
    """"the neighbour", "its northern neighbor": the state named last before it (about this sentence and
    the one before) other than the one whose neighbour it is (the possessor, the clause's subject)."""
    if token.lemma_.lower() not in NEIGHBOUR_NOUNS or token.tag_ not in ("NN", "NNP") or \
            not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
            ctx.resolving_neighbour:
        return []
    ctx.resolving_neighbour = True   # (no neighbour resolved again while finding this one's owner)
    try:
        return _neighbour_of_other_state(token, ctx)
    finally:
        ctx.resolving_neighbour = False


def _neighbour_of_other_state(token: Token, ctx: ArgumentContext) -> list[str]:
    own: set = set()
    verb = token.head
    while verb.head is not verb and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "advcl", "xcomp") and
                                     not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        verb = verb.head   # ("X handed Y a note *urging its neighbour*": X's neighbour)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() not in NEIGHBOUR_NOUNS:
            # (only the head's own mention: no reference resolved again from here)
            own |= ctx.actors.countries([a for t in c.subtree if (a := ctx.actors.actor_for_token(t))])
    if not own:
        own = {i for c in token.children if c.dep_ == "poss" and c.lower_ in THING_PRONOUNS | PLURAL_PRONOUNS
               for i in ctx.actors.countries(resolve_reference(c, ctx))}
    if not own:
        return []
    doc = token.doc
    mentions = list(reversed(ctx.actors.mentions_in(doc[max(0, token.sent.start - 80)].idx, token.idx)))
    for kinds in (("country",), ("person", "organization")):
        for s, e, aid in mentions:
            a = ctx.actors.get(aid)
            if a is not None and a.kind in kinds and a.country and a.country not in own:
                return [aid]
    return []


def _stray_sayer(conj: Token) -> bool:
    """Whether a conjunct after a comma is the subject of a saying verb right after it that has none
    ("… has reached X, the minister Y announced" parsed with Y joined to X)."""
    doc = conj.doc
    nxt = conj.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lemma_.lower() not in SAY_VERBS or doc[nxt].pos_ != "VERB" or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[nxt].children):
        return False
    return doc[conj.left_edge.i - 1].text == "," and not any(
        c.dep_ == "cc" and c.i < conj.i for c in conj.head.children)


def _counted_members(token: Token) -> bool:
    """Whether a noun counts some members of a body ("143 member countries", "five of the states")."""
    return token.lemma_.lower() in SET_NOUNS | {"member"} and any(t.like_num for t in token.subtree if t.i < token.i)


def unique_ids(ids) -> list[str]:
    seen: list[str] = []
    for i in ids:
        if i and i not in seen:
            seen.append(i)
    return seen


def is_collective(token: Token) -> bool:
    """'both sides', 'the two countries', 'the ministers': a reference to several actors named before."""
    low = token.lower_
    if low in PLURAL_PRONOUNS:
        return True
    if token.lemma_.lower() in COLLECTIVE_HEADS and token.tag_ in ("NNS", "NNPS"):
        return True
    if token.tag_ == "NNPS" and _singular(token.lower_) in COLLECTIVE_HEADS and \
            not any(c.dep_ in ("prep", "compound", "amod") for c in token.children):
        return True   # "The Ministers welcomed": a capitalized plural keeps its plural as its lemma
    return any(c.lower_ in ("both", "two", "three", "all") for c in token.children)


def _names_two_parties(token: Token) -> bool:
    """'the sides', 'the parties', 'both countries', 'the two governments': more than one party."""
    return token.tag_ in ("NNS", "NNPS") and (token.lemma_.lower() in ("side", "party") or any(
        c.lower_ in ("both", "two") for c in token.children))


def _joint_group_of_one_state(ctx: ArgumentContext) -> list[str]:
    """The last group of two or more that took in the party last named, when all its parties are of
    one state or of none named ("the president and the rebel leader signed …"): an internal conflict."""
    joint = next((g for g in reversed(ctx.recent_groups) if len(g) > 1), None)
    if joint is None or not _takes_in(joint, ctx.recent_groups[-1], ctx):
        return []
    parties = [a for i in joint if (a := ctx.actors.get(i)) is not None]
    if len(parties) < len(joint) or any(a.kind not in ("person", "organization") or
                                        not (a.country or a.sector) for a in parties):
        return []   # (a group, a state, or a name the actors stage could not place)
    states = {a.country for a in parties if a.country}
    return list(joint) if len(states) == 1 else []


def _takes_in(group: list[str], last: list[str], ctx: ArgumentContext) -> bool:
    """Whether every party of the last group is in a group, by itself or by its state."""
    def states(ids):
        return {(a.country if a.country else i) for i in ids if (a := ctx.actors.get(i)) is not None}
    return set(last) <= set(group) or bool(states(last)) and states(last) <= states(group)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def resolve_reference(token: Token, ctx: ArgumentContext) -> list[str]:
    """A pronoun or collective noun → the actors it most plausibly stands for."""
    low = token.lower_
    if low in SPEAKER_PRONOUNS:
        return speaker_of(token, ctx)
    if is_collective(token):
        mine = set(_subject_of_object(token, ctx)) if low == "them" else set()
        found = [a for a in _collective_reference(token, ctx) if a not in mine]
        # "police detained two journalists. They accused *them* of …": not the clause's own subject,
        # but the plural object named before
        if found or not mine:
            return found
        # else the plural object named before, or the last parties told acting together
        return _earlier_plural_object(token, ctx, mine) or \
            next((list(g) for g in reversed(ctx.recent_groups) if len(g) > 1 and not mine & set(g)), [])
    if token.lemma_.lower() in BLOC_NOUNS and (token.tag_ == "NN" or token.is_lower) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        # "the 27-nation bloc", "the alliance": the organization of states named last before it
        for s, e, aid in reversed(ctx.actors.mentions_in(0, token.idx)):
            a = ctx.actors.get(aid)
            if a is not None and a.sector == "IGO" and a.kind == "organization":
                return [aid]
        return []
    named_body = _body_named_before(token, ctx) or _neighbour_named_before(token, ctx)
    if named_body:
        return named_body
    if low in SINGULAR_PERSON_PRONOUNS or low in THING_PRONOUNS:
        want = ("person",) if low in SINGULAR_PERSON_PRONOUNS else ("country", "organization", "group")
        # an object pronoun is never its own clause's subject ("she invited *him*")
        own = set(_subject_of_object(token, ctx))
        said = [a for a in _sayer_of_own_clause(token, ctx, want) or previous_main_subject(token, ctx, want)
                if a not in own]
        if said:
            return said
        sent = token.sent
        doc = token.doc
        start = doc[max(0, sent.start - 80)].idx  # about the sentence before and this one
        described = _described_phrase(token)
        mentions = list(reversed(ctx.actors.mentions_in(start, token.idx)))
        # a state named only as the place an act is from or in ("withdraw its forces from X and urged *it*
        # to …") stands for the pronoun only when no other party does
        places = {s for s, e, aid in mentions if (t := _token_at(doc, s)) is not None and _place_object(t)}
        for s, e, aid in [m for m in mentions if m[0] not in places] + [m for m in mentions if m[0] in places]:
            a = ctx.actors.get(aid)
            if described is not None and described[0] <= s < described[1]:
                continue    # "released Ukrainian soldiers *it* had detained": not the soldiers' own state
            if a is not None and a.kind in want and aid not in own:
                return [aid]
    return []


def _collective_reference(token: Token, ctx: ArgumentContext) -> list[str]:
    """The actors a plural pronoun or collective noun stands for ("they", "both sides", "the two countries")."""
    low = token.lower_
    if any(c.dep_ == "nummod" for c in token.children) and not any(
            c.dep_ in ("det", "poss", "predet") or c.lower_ == "both" for c in token.children):
        return []   # "diplomats from 23 countries": a number without "the" counts new ones, not those named before
    own = set(_own_clause_subject(token, ctx))
    same = _earlier_joint_subject(token, ctx)
    if same and not own & set(same):
        return same
    if low == "they":
        # "the ministry said *they* would …": a body named as one sayer speaks of itself
        body = _sayer_of_own_clause(token, ctx, ("organization",))
        subj = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if body and subj is not None and subj.tag_ in ("NN", "NNP") and not subj.conjuncts:
            return body
    plural = _earlier_plural_subject(token, ctx)
    if plural is not None:
        # "police said those held were students, and *they* were charged with …": the ones named there
        return phrase_actors(plural, ctx, depth=1)
    # the parties a clause's subject addresses or names are others than itself ("X and Y called on *both
    # sides*", "urged *the warring parties*": the parties of the conflict named before, else no one)
    groups = [g for g in ctx.recent_groups if not own & set(g) and not _no_side(g, ctx)] \
        if _names_two_parties(token) else ctx.recent_groups
    if _names_two_parties(token):
        # "the sides began exchanging fire", "both parties": the last group of two or more, not one party
        # (one that takes in the party last named, by itself or its state: still the same two)
        joint = next((g for g in reversed(groups) if len(g) > 1), None)
        if joint is not None and _takes_in(joint, groups[-1], ctx):
            return list(joint)
        if not groups or len(groups[-1]) < 2:
            return []   # "the parties must accept …" after one body's act: not that one body
    if groups and (low in PLURAL_PRONOUNS or len(groups[-1]) > 1 or _definite_reference(token)):
        # ("all states", "other nations", "partners" after one party's act are not that party;
        # "the regional leaders" after a bloc's act are its own)
        return list(groups[-1])
    return []


# words between a body's head noun and what it is of ("Ministry *of* Defence", "Committee *for* …")
BODY_NAME_LINKS = {"of", "for", "on"}


def _name_head(name: str) -> str:
    """The head word of an organization's name: "Security Council", "Ministry of Defence" → council, ministry."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in BODY_NAME_LINKS and i > 0), len(words))
    return words[cut - 1] if cut else ""


def _body_named_before(token: Token, ctx: ArgumentContext) -> list[str]:
    """"*The council* voted", "*the Commission* announced": a singular noun with "the" that is the head
    word of an organization named earlier in the text ("the UN Security Council", "the European
    Commission") → that organization, the last named (not nouns of states, sides or leaders)."""
    low = token.lemma_.lower()
    if token.tag_ not in ("NN", "NNP") or low in COLLECTIVE_HEADS or low in SET_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("compound", "amod", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []   # (nor "the Department *of* Justice", a name of its own)
    for s, e, aid in reversed(ctx.actors.mentions_in(0, token.idx)):
        a = ctx.actors.get(aid)
        if a is not None and a.kind == "organization" and _name_head(a.name) == low:
            return [aid]
    return []


PLACE_PREPS = {"from", "in", "into", "inside", "across", "out"}


def _token_at(doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _place_object(tok: Token) -> bool:
    """Whether a name is (the last word of) the object of a preposition of place ("forces from X")."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _described_phrase(token: Token) -> tuple[int, int] | None:
    """(start, end) characters of the noun phrase a relative clause with this pronoun subject
    describes, without the clause: what the pronoun cannot stand for."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = clause.head
    return noun.left_edge.idx, noun.idx + len(noun.text)


def _definite_reference(token: Token) -> bool:
    """Whether a plural noun may point back to one party named before: not with "all"/"other", and
    a noun of states or partners only with "the" or a possessor ("the regional leaders", "its
    leaders"; not "all states", "other nations", "Western countries", "our partners")."""
    words = {c.lower_ for c in token.children}
    if words & {"all", "other", "both"}:
        return False
    if token.lemma_.lower() in SET_NOUNS:
        return bool(words & {"the", "these", "those", "its", "their"})
    return True


def _sayer_of_own_clause(token: Token, ctx: ArgumentContext, want: tuple[str, ...]) -> list[str]:
    """Who a pronoun subject of a reported clause stands for when the one reporting is of its kind:
    "Peru said *it* had recalled its envoy" is Peru, whatever was named last ("… expelled six
    Canadian diplomats, and said *it* had …")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return []
    say = token.head.head
    if say.lemma_.lower() not in SAY_VERBS:
        return []
    while True:
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if subj is not None or say.dep_ not in ("conj", "advcl") or say.head == say:
            break
        say = say.head       # "… and *said* it had …", "condemned …, *saying* it would …": the verb above
    if subj is None or subj.pos_ == "PRON":
        return []
    found = [a for a in phrase_actors(subj, ctx, depth=1) if (x := ctx.actors.get(a)) is not None and x.kind in want]
    if found and ctx.actors.get(found[0]).sector == "MED" and say.dep_ == "ccomp" and \
            say.head.lemma_.lower() in SAY_VERBS and say.head.i < token.i:
        # "X said it condemns …, Reuters reported" parsed with the agency's report inside X's words:
        # the pronoun is X's
        upper = next((c for c in say.head.children if c.dep_ == "nsubj"), None)
        if upper is not None and upper.pos_ != "PRON":
            return [a for a in phrase_actors(upper, ctx, depth=1)
                    if (x := ctx.actors.get(a)) is not None and x.kind in want][:1] or found[:1]
    return found[:1]


def previous_main_subject(token: Token, ctx: ArgumentContext, want: tuple[str, ...]) -> list[str]:
    """The subject of the sentence before, for a pronoun that opens the main clause of its own ("The
    coalition denounced the count. *It* said …": the coalition, not a state named after it)."""
    sent = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head != sent.root or sent.start == 0 or any(
            t.pos_ in ("NOUN", "PROPN", "PRON") for t in token.doc[sent.start:token.i]):
        return []
    before = token.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    found = [a for a in phrase_actors(subj, ctx, depth=1) if (x := ctx.actors.get(a)) is not None and x.kind in want]
    return found[:1]


def _earlier_plural_subject(token: Token, ctx: ArgumentContext) -> Token | None:
    """A plural subject before a "they" in its own sentence that it stands for rather than the parties
    named in earlier sentences: one that names actors ("the Russians … when they …") or is newly
    described ("those arrested", "people who fled")."""
    if token.lower_ not in PLURAL_PRONOUNS:
        return None
    for t in reversed(token.doc[token.sent.start:token.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and (t.tag_ in ("NNS", "NNPS") or t.lower_ == "those") and \
                (any(c.dep_ in ("acl", "relcl") for c in t.children) or phrase_actors(t, ctx, depth=1)):
            return t
    return None


def _subject_clause(verb: Token) -> Token:
    """The verb whose subject a verb shares: itself, or for a joined verb with no subject of its own
    the first ("X welcomed the truce and *urged* both sides …": X's)."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb


def _subject_of_object(token: Token, ctx: ArgumentContext) -> list[str]:
    """The actors of the subject of the verb a pronoun is the object of ("she invited *him*"): not
    whom the pronoun stands for. None for any other pronoun."""
    if token.dep_ not in ("dobj", "obj", "iobj", "dative") or token.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in _subject_clause(token.head).children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return phrase_actors(subj, ctx, depth=1) or (resolve_reference(subj, ctx) if subj.pos_ == "PRON" else [])


def _no_side(group: list[str], ctx: ArgumentContext) -> bool:
    """Whether actors acting together are no side of a conflict (aid agencies, the press, firms)."""
    return all((a := ctx.actors.get(i)) is not None and a.sector in NOT_A_SIDE_SECTORS for i in group)


def _earlier_plural_object(token: Token, ctx: ArgumentContext, mine: set[str]) -> list[str]:
    """The actors of the last plural object before a "them", in its sentence or the one before, that are
    not its own clause's subject (``mine``): "police detained two journalists. They accused *them* …"."""
    doc = token.doc
    first = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    for t in reversed(doc[first:token.i]):
        if t.dep_ in ("dobj", "obj") and t.tag_ in ("NNS", "NNPS"):
            found = [a for a in phrase_actors(t, ctx, depth=1) if a not in mine]
            if found:
                return found
    return []


def _own_clause_subject(token: Token, ctx: ArgumentContext) -> list[str]:
    """The actors of the subject of the clause a collective object stands in ("X and Y *urged* both sides"),
    none for a subject itself."""
    if not _names_two_parties(token) or token.dep_ in ("nsubj", "nsubjpass", "conj"):
        return []
    tok = token
    for _ in range(4):
        if tok.head == tok or tok.dep_ in ("nsubj", "nsubjpass", "conj", "appos"):
            return []   # ("the ministers of *the two countries* spoke": part of the subject itself)
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in _subject_clause(tok).children if c.dep_ == "nsubj"), None)
            return phrase_actors(subj, ctx, depth=1) if subj is not None and subj.i < token.i else []
    return []


def _earlier_joint_subject(token: Token, ctx: ArgumentContext) -> list[str]:
    """Several parties named as a subject earlier in the same sentence, which a "they" or "the two
    sides" after them stands for ("the leaders of A and B agreed … when *they* met")."""
    for t in reversed(token.doc[token.sent.start:token.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PLURAL_PRONOUNS and \
                any(g.dep_ == "conj" for g in t.subtree):
            found = phrase_actors(t, ctx, depth=1)
            if len(found) >= 2:
                return found
    return []


def speaker_of(token: Token, ctx: ArgumentContext) -> list[str]:
    """Who reports the clause a word stands in: the speaker of the quote around it, or the
    subject of the nearest saying verb above it ("…, the minister said")."""
    # (the innermost report: "according to a post by X, Y said …" is Y's)
    around = [q for q in ctx.quotes if q.speaker and q.content.start <= token.idx < q.content.end]
    if around:
        return [min(around, key=lambda q: q.content.end - q.content.start).speaker]
    tok = token
    for _ in range(12):
        if tok.head == tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in SAY_VERBS and tok.pos_ in ("VERB", "AUX"):
            subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            if subj:
                found = phrase_actors(subj[0], ctx, depth=1) or ctx.actors.actors_for_span(subj[0])
                if found:
                    return found
    # a saying verb elsewhere in the sentence ("We will …," the minister said)
    for t in token.sent:
        if t.lemma_.lower() in SAY_VERBS and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ in SUBJECT_DEPS and c.lower_ not in SPEAKER_PRONOUNS:
                    found = phrase_actors(c, ctx, depth=1)
                    if found:
                        return found
    return []
