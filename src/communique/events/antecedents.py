"""Who a word that points back stands for as an actor or recipient.

A possessive pronoun on a subject ("*its fighters* now hold …", "*our country* has protested"), "them"
after two joined verbs or below the main clause ("informed X and Y … and urged *them*"), "the
country" of a reporter, and a definite act noun that names no party ("Iran seized a tanker. Greece
condemned *the seizure*": :func:`referred_act`). The general resolution of pronouns and collective
references ("they", "both sides", "the two countries") is :mod:`.phrases`'; these are the cases
:mod:`.arguments` reads from the clause around the word. (The date an act named again takes is
:mod:`.referents`'.)
"""
from __future__ import annotations

from spacy.tokens import Token

from ..document import Actor
from .phrases import ArgumentContext, phrase_actors, speaker_of, unique_ids
from .places import country_name
from .subjects import OBJECT_OF_GERUND_VERBS, subject_token
from .syntax import points_back

# acts done to someone that a definite noun refers back to ("the seizure", "the sanctions", "the raids")
REFERRED_CATEGORIES = {"ASSAULT", "COERCE", "SANCTION"}


# a body's people, whose "its/their" names the body ("*its fighters* are battling", "*their troops* entered")
MEMBER_NOUNS = {"fighter", "troop", "force", "soldier", "militant", "member", "official", "diplomat", "unit",
                "warplane", "jet", "navy", "army", "militia", "gunman", "rebel"}


def owned_subject_actors(subj: Token, verb: Token, ctx: ArgumentContext) -> list[str]:
    """The party a possessive pronoun on a subject stands for, where it is sure: "*our country* has
    protested" is the speaker's state; "X has kept shelling the town, and *its fighters* now hold …" is
    X, the subject of the clause the verb is joined to (not the last state named, the target)."""
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None:
        return []
    noun = subj.lemma_.lower()
    if owner.lower_ == "our" and noun in ("country", "nation"):
        return owners_state(speaker_of(subj, ctx), ctx)
    if owner.lower_ not in ("its", "their") or noun not in MEMBER_NOUNS:
        return []
    main = verb
    while main.dep_ == "conj" and main.head != main:
        main = main.head
    first = subject_token(main)[0] if main != verb else None
    if first is None or first == subj or first.i > owner.i or first.pos_ == "PRON":
        return []
    return [a for a in phrase_actors(first, ctx, depth=1)
            if (x := ctx.actors.get(a)) is not None and x.kind in ("country", "organization", "group")]


def earlier_object_actors(obj: Token, verb: Token, ctx: ArgumentContext) -> list[str]:
    """The parties "them" stands for as the object of the second of two joined verbs: those named as the
    first verb's object ("informed X and Y of the decision and urged *them* to …", "welcomed the talks
    between X and Y and urged *them* to …")."""
    if obj.lower_ != "them":
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and verb.i > verb.head.i:
        # "expelled three diplomats, *accusing them* of spying": the plural object of the act the participle follows
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        # (or of the act the object names: "announced the expulsion *of three diplomats*, accusing them")
        first = [o for c in objects for o in [c] + of_objects(c) if o.tag_ in ("NNS", "NNPS")]
        found = unique_ids(a for c in first for a in phrase_actors(c, ctx, depth=1))
        if found:
            return found
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return main_plural_subject(obj, ctx)
    first = [c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < obj.i]
    found = [a for c in first for a in ctx.actors.actors_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]
    return unique_ids(found) if len(unique_ids(found)) > 1 else []


def of_objects(noun: Token) -> list[Token]:
    """The nouns after "of" on a noun ("the expulsion *of* three diplomats")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def main_plural_subject(pron: Token, ctx: ArgumentContext) -> list[str]:
    """"them" in a clause below the main one → the main clause's plural subject, when the pronoun's own
    clause has another ("the rebels denied it, a pattern since the army began shelling *them*")."""
    if pron.lower_ != "them":
        return []
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    root = pron.sent.root
    main = [c for c in root.children if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.conjuncts or any(
        (a := ctx.actors.get(i)) is not None and (a.kind == "group" or a.sector == "REB") and c.lower_.endswith("s")
        for i in phrase_actors(c, ctx)))]   # ("the Houthis", tagged a singular name)
    if root == verb or not main or root.i > pron.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    subj, _ = subject_token(verb)
    own = phrase_actors(subj, ctx) if subj is not None else []
    if not own:
        return []
    return [a for a in phrase_actors(main[0], ctx) if a not in own]


def the_country(token: Token) -> bool:
    """'the country', 'the nation' (singular, definite): a state named before, not a new one."""
    return token.lemma_.lower() in ("country", "nation") and token.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def own_state(ids: list[str], ctx: ArgumentContext) -> list[str]:
    """The state actor of the one state these actors belong to, when the document has it."""
    states = {a.country for a in map(ctx.actors.get, ids) if a is not None and a.country}
    if len(states) != 1:
        return []
    state = states.pop()
    return next(([a.id] for a in ctx.actors if a.kind == "country" and a.country == state), [])


def owners_state(ids: list[str], ctx: ArgumentContext) -> list[str]:
    """The state actor of the one state these actors belong to, added (without mentions) when the text
    names it only through them ("Japan's minister said *our country* …")."""
    found = own_state(ids, ctx)
    states = {a.country for a in map(ctx.actors.get, ids) if a is not None and a.country}
    if found or len(states) != 1:
        return found
    iso3 = states.pop()
    name = country_name(iso3)
    return [ctx.actors.add(Actor(id=ctx.actors.new_id(), name=name, kind="country", country=iso3)).id] if name else []


def referred_act(noun: Token, ctx: ArgumentContext) -> tuple[list[str], list[str]] | None:
    """(actor, recipient) of the earlier act a definite act noun that names no party refers back to
    ("Iran seized a tanker. Greece condemned *the seizure*"): the latest act of its category told in
    the sentences before; None when there is none or the noun names a party itself."""
    category = ctx.act_categories.get(noun.i)
    if category not in REFERRED_CATEGORIES:
        return None   # ("the meeting", "the deal": talks and pacts of many parties, often not the last one told)
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in OBJECT_OF_GERUND_VERBS:
        return None   # "blamed X *for the violence*": the act is the one accused's, not the last one told
    if category is None or noun.pos_ != "NOUN" or not points_back(noun):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in noun.children if c.lower_ not in
           ("new", "latest", "recent", "such")):
        return None   # ("the seizure of a tanker", "the US sanctions": its own parties, or another act)
    return next(((a, r) for cat, a, r in reversed(ctx.earlier_acts) if cat == category and a), None)
