"""relations: member_of, observer_of, leader_of, represents — between the actors of one text.

Patterns (the role and membership words are data: ``data/relations/roles.yaml``):

* membership lists: "The six member countries of X are A, B ... and F", "X's members
  include A and B", "A and B are members of X" → each of A..F member_of X;
* appositions: "A, a member of X, ..." → A member_of X;
* roles in a sentence: "A will attend the meeting as an observer" → A observer_of the
  organization named there, else the latest organization mentioned before;
* titles: "NATO Secretary-General X" → X leader_of NATO; "Chinese Foreign Ministry
  spokesman X" → X represents the ministry (or China when no ministry actor exists);
  appositions on either side ("the commander of the X, Name", "Name, the secretary general
  of X"; not what follows: "a spokesman *based in Y*"); the head of a delegation represents.
  A leader leads the state only by a head-of-state title ("President X", ``state_leader``
  in the roles file) or a bare leader word beside the state's name ("the Kosovo leader");
  a rebel leader, a party chairman or an army commander leads what the title names, or
  nothing we can name. A person with a recorded role and no written title relates the same
  way to the organization named in the role, else to their country. A state named only in the
  title ("Turkish President X", no other "Turkey") is added as an actor without mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .actors import ActorIndex
from .actors.coref import opening_possessive_antecedent
from .actors.kb import load_kb
from .document import Actor, Relation, Span
from .events.places import country_name
from .quotes.speakers import sentence_of

ROLES_FILE = Path(__file__).resolve().parent / "data" / "relations" / "roles.yaml"
COPULAS = {"be", "include", "comprise", "consist"}   # "the members of X are / include A and B"
BEING_VERBS = {"be", "become", "remain"}   # "A and B are members of X" ("X includes members of Y" is not X's)
CONTEXT_CHARS = 1500  # how far back "the organization in context" may be named


@dataclass(frozen=True)
class RoleWords:
    leader: frozenset[str]
    state_leader: frozenset[str]    # leaders whose bare title means their state ("the president")
    represents: frozenset[str]
    membership: dict[str, str]  # lemma or phrase → relation type

    def membership_type(self, token) -> str | None:
        return self.membership.get(token.lemma_.lower()) or self.membership.get(token.lower_)

    def role_relation(self, words: str) -> str | None:
        """'leader_of' / 'represents' for a title ('secretary-general', 'spokesman')."""
        w = words.lower().strip()
        if w in self.leader:
            return "leader_of"
        if w in self.represents:
            return "represents"
        return None


@lru_cache(maxsize=None)
def load_role_words() -> RoleWords:
    raw = yaml.safe_load(ROLES_FILE.read_text("utf-8"))
    membership = {}
    for rel, words in (raw.get("membership") or {}).items():
        for w in words:
            membership[str(w).lower()] = rel
    return RoleWords(frozenset(str(w).lower() for w in raw.get("leader_of") or ()),
                     frozenset(str(w).lower() for w in raw.get("state_leader") or ()),
                     frozenset(str(w).lower() for w in raw.get("represents") or ()),
                     membership)


def find_relations(doc, actors: ActorIndex) -> list[Relation]:
    """Relations between the actors of ``doc`` (spaCy Doc of Document.text), no repeats."""
    if not len(actors):
        return []
    words = load_role_words()
    out: list[Relation] = []
    for tok in doc:
        rel = words.membership_type(tok) if tok.pos_ in ("NOUN", "PROPN") else None
        if rel is not None:
            out.extend(_membership(tok, rel, actors))
        elif tok.lower_ in LED_WORDS:
            out.extend(_led_by(tok, actors))
        elif tok.lemma_ in LEADING_VERBS and tok.pos_ == "VERB" and tok.dep_ == "relcl":
            out.extend(_who_leads(tok, actors))
        elif tok.lemma_ == "comprise" and tok.pos_ == "VERB":
            out.extend(_comprises(tok, actors))
    out.extend(_titles(doc, actors, words))
    return _unique(out)


def _led_by(led, actors: ActorIndex) -> list[Relation]:
    """A person leading a body: "the army, led by General X" (the agent of "led" after the body),
    "an X-led junta" (the name glued before "-led"); states leading a coalition ("a Saudi-led
    coalition") are not leaders of it."""
    if led.dep_ == "acl":
        agent = next((c for c in led.children if c.dep_ == "agent"), None)
        person = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    elif led.dep_ == "amod" and led.i > 1 and led.doc[led.i - 1].text in HYPHENS:
        person = next((c for c in led.lefts if c.dep_ in ("npadvmod", "compound", "nmod") and
                       c.i == led.i - 2), None)
    else:
        return []
    leader = actors.actor_for_token(person) if person is not None else None
    if led.head.pos_ != "PROPN" and led.head.lemma_.lower() not in LED_BODIES:
        return []   # "officials / a delegation led by X": X heads the group, not the body it is read as
    body = actors.actor_for_token(led.head)
    if leader is None or body is None or leader == body or actors.get(leader).kind != "person" or \
            actors.get(body).kind in ("person", "country"):
        return []
    doc = led.doc
    start, end = min(led.head.i, person.i, led.i), max(led.head.i, person.i, led.i) + 1
    return [Relation("leader_of", leader, body, Span.from_spacy(doc[start:end]))]


LED_WORDS = {"led", "headed", "chaired", "commanded"}   # "the RSF, commanded by X"
LEADING_VERBS = {"lead", "head", "chair", "command"}


def _who_leads(verb, actors: ActorIndex) -> list[Relation]:
    """A person leading a body named in a relative clause on the person: "X, who heads the party",
    "Y, who chairs the bloc" (not a state: "who leads Peru" is the recorded role's to read; not what a
    person leads for a while: "who led the talks" names no body)."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) or \
            any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children) or \
            any(c.dep_ == "neg" for c in verb.children):
        return []
    body_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
    leader = actors.actor_for_token(verb.head)
    body = (actors.actor_for_token(body_tok) or _organization_at(body_tok, actors)) if body_tok is not None else None
    # (the name may stand before the noun: "who heads the far-right XYZ party")
    if leader is None or body is None or leader == body or actors.get(leader).kind != "person" or \
            actors.get(body).kind in ("person", "country") or verb.tag_ == "VBD" and _former_lead(verb):
        return []
    doc = verb.doc
    return [Relation("leader_of", leader, body, Span.from_spacy(doc[verb.head.i: body_tok.right_edge.i + 1]))]


def _former_lead(verb) -> bool:
    """Whether a past "who led X" is over ("who led the army until 2019", "who once headed it")."""
    return any(c.lower_ in ("once", "formerly", "previously", "until", "then") for c in verb.subtree)


HYPHENS = {"-", "‐", "–"}
LED_BODIES = {"army", "force", "military", "junta", "militia", "coalition", "government", "movement", "party",
              "alliance", "faction", "council", "committee", "commission", "organization", "organisation"}


def _comprises(verb, actors: ActorIndex) -> list[Relation]:
    """Members listed by "comprise": "the Contact Group, which comprises A and B" / "the Group
    comprises A and B" → each member_of the Group (an organization)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or verb.dep_ == "relcl" and subj.lower_ in ("which", "that"):
        subj = verb.head if verb.dep_ == "relcl" else subj
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    org = _organization_at(subj, actors) if subj is not None else None
    if org is None or obj is None:
        return []
    members = [a for a in _actor_list(obj, actors) if a != org and actors.get(a).kind != "person"]
    return [Relation("member_of", a, org, Span.from_spacy(sentence_of(verb))) for a in members]


# -- membership --------------------------------------------------------------
def _membership(noun, rel: str, actors: ActorIndex) -> list[Relation]:
    """Relations made by one membership noun ('members', 'observer')."""
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "member countries of X": the phrase's head carries the structure
    org = _organization_of(noun, actors)
    sent = sentence_of(noun)
    if org is None:
        if rel != "observer_of" and noun.dep_ != "pobj":
            return []
        org = _organization_before(noun, actors)
        if org is None:
            return []
    subjects = [a for a in _members_named(noun, actors) if a != org]
    evidence = Span.from_spacy(sent)
    return [Relation(rel, a, org, evidence) for a in subjects]


def _organization_of(noun, actors: ActorIndex) -> str | None:
    """The organization a membership noun belongs to: 'members of X', "X's members",
    'X members', 'member countries of X'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "to", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    org = _organization_at(pobj, actors)
                    if org:
                        return org
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            org = _organization_at(child, actors)
            if org:
                return org
    return None


def _organization_at(token, actors: ActorIndex) -> str | None:
    aid = actors.actor_for_token(token)
    if aid is None:
        found = actors.actors_in(token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text))
        aid = found[0] if found else None
    actor = actors.get(aid) if aid else None
    return aid if actor is not None and actor.kind == "organization" else None


def _organization_before(token, actors: ActorIndex) -> str | None:
    """The latest organization named before ``token`` within CONTEXT_CHARS (the IGO whose
    meeting the sentence is about), or None."""
    best, best_start = None, -1
    lo = token.idx - CONTEXT_CHARS
    for actor in actors:
        if actor.kind != "organization":
            continue
        for m in actor.mentions:
            if lo <= m.start < token.idx and m.start > best_start:
                best, best_start = actor.id, m.start
    return best


def _members_named(noun, actors: ActorIndex) -> list[str]:
    """The actors a membership noun is said of, by the shape of the sentence."""
    head = noun.head
    including = next((p for p in noun.rights if p.dep_ == "prep" and p.lower_ == "including"), None)
    if including is not None:                      # "the member states of X, including A and B"
        pobj = next((c for c in including.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return _actor_list(pobj, actors)
    if noun.dep_ == "appos":                       # "A, a member of X,"
        return _actor_list(head, actors, skip=noun)
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in COPULAS:
        for child in head.rights:                  # "The members of X are A, B and C"
            if child.dep_ in ("attr", "dobj", "acomp", "oprd"):
                return _actor_list(child, actors)
        return []
    if noun.dep_ in ("attr", "dobj") and head.lemma_.lower() in BEING_VERBS:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _actor_list(subj, actors) if subj is not None else []   # "A and B are members of X"
    if noun.dep_ == "pobj" and head.lower_ == "as":  # "A will attend ... as an observer"
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _actor_list(subj, actors) if subj is not None else []
    return []


def _actor_list(token, actors: ActorIndex, skip=None) -> list[str]:
    """Actors named in the phrase of ``token`` and its conjuncts ("China, Russia and
    Kazakhstan"), leaving out the subtree of ``skip``."""
    skipped = {t.i for t in skip.subtree} if skip is not None else set()
    out: list[str] = []
    for t in token.subtree:
        if t.i in skipped:
            continue
        aid = actors.actor_for_token(t)
        if aid and aid not in out:
            out.append(aid)
    return _expand_groups(out, actors)


def _expand_groups(ids: list[str], actors: ActorIndex) -> list[str]:
    """Group actors ("China, Russia ... and F") replaced by their members."""
    out: list[str] = []
    for aid in ids:
        actor = actors.get(aid)
        for m in (actor.members if actor is not None and actor.members else [aid]):
            if m not in out:
                out.append(m)
    return out


# -- titles --------------------------------------------------------------------
def _titles(doc, actors: ActorIndex, words: RoleWords) -> list[Relation]:
    """leader_of / represents from the title written before a person's name, and from the
    role the actors stage recorded."""
    out = []
    for actor in actors:
        if actor.kind != "person":
            continue
        written = [r for m in actor.mentions for r in _title_relations(doc, actor.id, m, actors, words)]
        if not written and any(_former_title(doc, m) for m in actor.mentions):
            continue    # "X, himself a former trade minister": the recorded role is the old one
        out.extend(written or _recorded_role(doc, actor, actors, words))
    return out


def _role_of(role: str, words: RoleWords) -> str | None:
    """The relation a recorded role makes, from its last one or two words
    ('Foreign Ministry spokesman' → represents, 'Secretary-General' → leader_of)."""
    whole = role.lower().replace(",", " ").split()
    cut = next((i for i, w in enumerate(whole) if w in TITLE_PREPS and i > 0), len(whole))
    for parts in (whole, whole[:cut]):   # "Secretary of State", "Minister of Foreign Affairs": the role comes first
        rel = _last_role_words(parts, words)
        if rel:
            return rel
    return None


def _last_role_words(parts: list[str], words: RoleWords) -> str | None:
    for n in (3, 2, 1):
        if len(parts) >= n:
            rel = words.role_relation(" ".join(parts[-n:]))
            if rel:
                if rel == "leader_of" and len(parts) > n and parts[-n - 1] in SECOND_RANK:
                    return "represents"    # "Vice Prime Minister", "Deputy Head": not the leader
                return rel
    return None


SECOND_RANK = {"vice", "deputy", "assistant", "vice-", "under"}


def _title_relations(doc, person: str, mention: Span, actors: ActorIndex, words: RoleWords) -> list[Relation]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return []
    own_title = _mention_as_title(span)   # "interim leader of the X" standing for the person
    title = own_title or _title_of(span)
    if title is None:
        return []
    title_span, role_span = title
    rel = _role_of(_hyphen_joined(role_span).text, words)
    if rel is None or _former(span, title_span) or _military_rank(_hyphen_joined(role_span).text, words):
        return []
    destinations = _destinations(title_span, person, actors, words)
    named = [a for a in actors.actors_for_span(title_span) if a != person and a not in destinations]
    if rel == "leader_of" and (_leads_a_part(title_span, person, actors, words) or
                               any(t.lower_ in SECOND_RANK for t in title_span)):
        rel = "represents"   # "head of the Office of the President of X", "director of operations for X"
    organizations = [a for a in named if actors.get(a).kind == "organization"] or \
        [a.id for a in actors if a.kind == "organization" and _names_in(a, title_span.text.lower())
         and a.id not in destinations]
    countries = [a for a in named if actors.get(a).kind == "country"] or \
        [a.id for a in actors if a.kind == "country" and _named_whole(a, title_span.text.lower())
         and a.id not in destinations]
    if own_title is not None and not organizations:
        return []       # a bare "the president" / "the minister" is the recorded role's to read
    if not organizations and not countries and not actors.get(person).country:
        organizations = _organization_in_title(title_span, actors, rel == "leader_of")   # "NATO Secretary General X"
    if rel == "represents" and destinations and not organizations and not countries:
        countries = _country_actor_of(actors.get(person), actors)   # "US envoy to the UN": the US
    if not organizations and not countries:
        organizations = _owner_named_before(title_span, actors) or _bloc_named_before(title_span, actors)   # "the bloc's chairman", "the chairman of the bloc"
    if rel == "leader_of" and not organizations:
        if any(t.ent_type_ == "ORG" for t in title_span) or not _leads_the_state(role_span, words) or \
                _heads_a_body_of(title_span, actors):
            return []     # "rebel leader", "army commander", "head of the X Agency": not the state
        if not _state_words(title_span):
            countries = countries or _country_actor_of(actors.get(person), actors, add=True)   # "President X"
    if not organizations and not countries and not destinations and (_state_words(title_span) or (
            rel == "represents" and _government_office(role_span.text, actors.get(person)))):
        countries = _country_actor_of(actors.get(person), actors, add=True)   # "Turkish President X", no Turkey
    if rel == "leader_of" and any(t.lemma_.lower() in DELEGATIONS for t in title_span):
        rel = "represents"   # "head of the Korean delegation" speaks for the state
    if rel == "represents" and organizations and role_span[-1].lemma_.lower() in DIPLOMATS and \
            all(actors.get(o).sector == "IGO" for o in organizations):
        sender = countries or _possessor_state(title_span, actors)
        if sender:      # "China's UN ambassador": a state's envoy to the UN speaks for the state
            organizations, countries = [], sender
    target = (organizations or countries or [None])[-1] if rel == "represents" else \
        (organizations or countries or [None])[0]
    if target is None or (rel == "leader_of" and target in organizations and
                          _party_post_in(actors.get(target), title_span[-1].lower_)):
        return []
    if rel == "leader_of" and target in organizations and _leads_another_body(title_span, target, person, actors, words):
        rel = "represents"  # "[X] Budget Committee chairman" heads a body of X and speaks for X
    evidence = Span.from_spacy(doc[title_span.start: span.end])
    return [Relation(rel, person, target, evidence)]


DIPLOMATS = {"ambassador", "envoy", "representative", "delegate"}


def _possessor_state(title_span, actors: ActorIndex) -> list[str]:
    """The state named in the possessive just before a title ("[China]'s UN ambassador"), or []."""
    doc, i = title_span.doc, title_span.start - 1
    if i < 1 or doc[i].lower_ not in ("'s", "’s"):
        return []
    aid = actors.actor_for_token(doc[i - 1])
    if aid is not None and actors.get(aid).kind == "country":
        return [aid]
    return [a.id for a in actors if a.kind == "country" and _named_whole(a, doc[i - 1].lower_)][:1]   # inside the person's mention
STATE_NOUNS = {"republic", "state", "states", "country", "nation", "kingdom", "government", "people"}


def _heads_a_body_of(title_span, actors: ActorIndex) -> bool:
    """Whether a leader's title names, after "of", a body that is no state and no actor ("the
    president of the German Farmers' Association"): a state word inside it ("German") does not make
    the person the state's leader. "President of Kenya", "president of the republic" lead the state."""
    for prep in title_span:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.i < title_span.start:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() in STATE_NOUNS or obj.ent_type_ == "GPE":
            continue
        aid = actors.actor_for_token(obj)
        if aid is None or actors.get(aid).kind not in ("country",):
            return True
    return False


BLOC_WORDS = {"bloc", "grouping", "alliance"}


def _owner_named_before(title_span, actors: ActorIndex) -> list[str]:
    """The organization "its" stands for in a title ("the opposition said its candidate, X,"; "the agency and
    its chief, X"): the latest one named before the title in its sentence, or the subject of the sentence
    before when "its" opens the sentence ("The Front refused. Its spokesman, X, said"), or []."""
    owned = next((t.head for t in title_span if t.lower_ in ("its", "their") and t.dep_ == "poss"), None)
    if owned is None:
        return []
    antecedent = opening_possessive_antecedent(owned)
    if antecedent is not None:
        org = _organization_at(antecedent, actors)
        return [org] if org else []
    org = _organization_before(title_span[0], actors)
    start = title_span[0].sent.start_char
    return [org] if org and any(start <= m.start < title_span[0].idx for m in actors.get(org).mentions) else []


def _bloc_named_before(title_span, actors: ActorIndex) -> list[str]:
    """The international organization a title's "of the (regional) bloc" stands for: the latest one
    named before it ("ECOWAS ... its chairman, the head of the regional bloc"), or none."""
    for tok in title_span:
        if tok.lemma_.lower() in BLOC_WORDS and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            org = _organization_before(title_span[0], actors)
            if org is not None and getattr(actors.get(org), "sector", None) == "IGO":
                return [org]
    return []


PARTY_POST_WORDS = {"leader", "leaders", "chief", "head"}   # "[Congress] leader X": a party post, not a parliament's


def _leads_another_body(title_span, target: str, person: str, actors: ActorIndex, words: RoleWords) -> bool:
    """Whether a title written before a name leads something other than the organization it names:
    a body named between the two that is no actor ("[NATO] Budget Committee chairman X" chairs the
    committee)."""
    organization = actors.get(target)
    last = title_span[-1]
    if _last_role_words([t.lower_ for t in title_span], words) is None:
        return False    # not a title ending on its role word before the name
    ends = [e for _, e, a in actors.mentions_in(title_span.start_char, title_span.end_char) if a == target]
    if not ends and organization is not None:     # named by an alias the mentions left out
        names = {w for n in (organization.name, *organization.aliases) for w in n.lower().split()}
        ends = [t.idx + len(t.text) for t in title_span if t.lower_ in names]
    if not ends:
        return False
    role_words = {w for phrase in words.leader | words.represents | words.state_leader for w in phrase.split()}
    end = max(ends)
    return any(t.idx >= end and t.pos_ == "PROPN" and t.lower_ not in role_words and t.lower_ not in SECOND_RANK
               and actors.actor_for_token(t) in (None, person) and t.i < last.i for t in title_span)


def _party_post_in(organization, role_word: str) -> bool:
    """Whether a bare leader word is written with a legislature's name ("Congress leader"): a party's or
    a group's post, not the head of the legislature."""
    return getattr(organization, "sector", None) == "LEG" and role_word in PARTY_POST_WORDS


FORMER = {"former", "ex", "ex-", "then", "late", "ousted", "deposed", "predecessor", "erstwhile"}


def _former(mention, title_span=None) -> bool:
    """Whether a title is one the person no longer holds ("former President X", "then-President X",
    "the ousted president, X", "his predecessor, X")."""
    doc = mention.doc
    start = min(mention.start, title_span.start) if title_span is not None else mention.start
    near = list(doc[max(0, start - 2): start]) + list(title_span if title_span is not None else mention)
    if title_span is not None:      # the mention's own words before the title ("[ousted] President X")
        near += [t for t in mention if t.i < title_span.start]
    head = _person_part(mention).root
    if head.dep_ == "appos":
        near.append(head.head)
    return any(t.lower_.rstrip("-") in FORMER or t.lower_ in FORMER for t in near)


def _former_title(doc, mention: Span) -> bool:
    """Whether the title written with a mention is one the person no longer holds."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    title = _title_of(span) if span is not None else None
    return title is not None and _former(span, title[0])


def _destinations(title_span, person: str, actors: ActorIndex, words: RoleWords) -> set[str]:
    """Ids of actors a title sends its holder *to* ("ambassador to the UN", "envoy at the court"):
    the holder represents the sender, not them."""
    out: set[str] = set()
    for prep in title_span:
        if prep.lower_ in ("to", "at") and prep.head.i < prep.i and \
                words.role_relation(prep.head.lemma_.lower()) == "represents":
            sub = list(prep.subtree)
            out.update(a for a in actors.actors_in(sub[0].idx, sub[-1].idx + len(sub[-1].text)) if a != person)
    return out


def _leads_a_part(title_span, person: str, actors: ActorIndex, words: RoleWords) -> bool:
    """Whether a leader word leads a part of what is named after it, not the whole ("head of the
    [Office] of the President of X", "director of [operations] for the X")."""
    for prep in title_span:
        if prep.lower_ in ("of", "for") and words.role_relation(prep.head.lemma_.lower()) == "leader_of" \
                and prep.head.i < prep.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if obj.pos_ not in ("NOUN", "PROPN") or \
                    any(a != person for _, _, a in actors.mentions_in(obj.idx, obj.idx + len(obj.text))) or \
                    _starts_an_organization_name(obj, actors):
                return False     # "head of [the Investigative Committee]", "chairman of [the X Community]"
            return any(_names_a_body(c, person, actors) for c in obj.children
                       if c.dep_ == "prep" and c.lower_ in ("of", "for")) or \
                any(_names_an_organization(c, person, actors) for c in obj.children if c.dep_ == "poss" or (
                    c.dep_ == "compound" and obj.lemma_.lower() in ORGAN_WORDS))   # "of the [X] Commission"
    return False


ORGAN_WORDS = {"commission", "secretariat", "committee", "council", "court", "authority", "bank", "directorate"}


def _starts_an_organization_name(obj, actors: ActorIndex) -> bool:
    """Whether the phrase of ``obj`` is an organization actor's name ("the Economic Community of ...")."""
    owner = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}   # not "[the Union's] panel"
    text = " ".join(t.lower_ for t in obj.subtree if t.i not in owner and not (t.dep_ == "det" and t.i < obj.i))
    return any(text.startswith(name.lower()) for a in actors if a.kind == "organization"
               for name in [a.name, *a.aliases] if len(name.split()) > 1)


def _names_an_organization(token, person: str, actors: ActorIndex) -> bool:
    """Whether a possessor names an organization ("[the Union's] panel"; not "[Georgia's] party")."""
    sub = list(token.subtree)
    found = [actors.get(a) for a in actors.actors_in(sub[0].idx, sub[-1].idx + len(sub[-1].text)) if a != person]
    return any(a is not None and a.kind == "organization" for a in found)


def _names_a_body(token, person: str, actors: ActorIndex) -> bool:
    """Whether the phrase of ``token`` names an actor or a state or organization ("of [Ukraine]",
    "[the Union's] panel")."""
    sub = list(token.subtree)
    return any(a != person for a in actors.actors_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))) or \
        any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in sub)


def _title_of(name):
    """(the title written with a name, the part that holds the role word), or None:
    'Japanese Foreign Ministry spokesman [Kenji Sato]' → both 'Japanese Foreign Ministry
    spokesman'; the appositions 'commander of the X, [Name]' and '[Name], the secretary
    general of X' → ('commander of the X', 'commander'), ('the secretary general of X',
    'the secretary general')."""
    doc = name.doc
    mention, name = name, _person_part(name)
    root = name.root
    if root.dep_ == "appos" and root.head.i < name.start:
        head = root.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i and \
                not _role_word(head):
            head = head.head.head    # the parser hung the name on the last noun: "commander of the X, [Name]"
        title = doc[head.left_edge.i: name.start]
        other = max((t.i for t in title if t.ent_type_ == "PERSON"), default=None)
        if other is not None and other + 2 < name.start and doc[other + 1].dep_ == "cc":
            own = _trimmed(doc[other + 2: name.start])  # "the head of X [Name1] and [Y President] Name2"
            return own, own
        return _trimmed(title), doc[head.left_edge.i: head.i + 1]
    after = next((c for c in root.rights if c.dep_ == "appos" and (c.pos_ == "NOUN" or (
        c.pos_ == "PROPN" and load_role_words().role_relation(c.lower_)))), None)   # "X, Head of ..." too
    if after is not None:
        return _title_phrase(after), doc[after.left_edge.i: after.i + 1]
    start = name.start
    i = start - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "poss", "case", "nmod", "punct") \
            and i < doc[i].head.i < name.end and doc[i].text not in (",", "(", ")"):
        i -= 1
    if i + 1 >= start:
        return _title_inside(mention, name)
    while i >= mention.start and doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and doc[i].ent_type_ != "PERSON":
        i -= 1      # the mention's own name words the parser hung elsewhere: "[European Council] President X"
    title = doc[i + 1: start]
    return title, title


def _role_word(tok) -> bool:
    """Whether a noun is itself a title ("the mediation of the NATO Secretary General, [Name]": the
    title ends at "General"; the name is not the mediation's)."""
    words = load_role_words()
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return bool(words.role_relation(tok.lower_) or
                (prev is not None and words.role_relation(f"{prev.lower_} {tok.lower_}")))


def _mention_as_title(mention):
    """(title, role part) of a mention that is a title with no name in it, naming what it is the title
    of ("interim leader of the X" for the person named before), or None."""
    root = mention.root
    if any(t.ent_type_ == "PERSON" for t in mention) or root.pos_ != "NOUN" or \
            not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in root.rights):
        return None
    title = _trimmed(mention)
    doc, end = mention.doc, root.i + 1
    if end + 1 < title.end and doc[end].lower_ == "of" and doc[end + 1].is_lower:
        end += 2        # "chief of staff", "minister of state": the role goes on
    return title, doc[title.start: end]


def _title_inside(mention, name):
    """(title, role part) of an apposition the actors stage kept inside the person's mention when
    the parser did not hang it on the name ("Barack Obama, the US president" with "president" read
    as a second subject; "NATO Secretary General, Jens Stoltenberg"), or None."""
    doc = name.doc
    comma = next((t for t in name if t.text == "," and t.i > name.start), None)
    if mention.start < name.start - 1 and doc[name.start - 1].text == ",":
        title = _trimmed(doc[mention.start: name.start - 1])
    elif comma is not None and comma.i + 1 < name.end:
        title = _trimmed(doc[comma.i + 1: name.end])
    else:
        return None
    if title.root.pos_ not in ("NOUN", "PROPN") or any(t.ent_type_ == "PERSON" for t in title):
        return None
    return title, doc[title.start: title.root.i + 1]


def _person_part(mention):
    """The person's name inside a mention that carries its title ('North Korean leader [Kim]')."""
    first = next((t for t in mention if t.ent_type_ == "PERSON"), None)
    return mention if first is None or first.i == mention.start else mention.doc[first.i: mention.end]


TITLE_PREPS = {"of", "for", "to", "at"}     # "secretary general *of* X", "envoy *for* X", "ambassador *to* X"
STATE_ENTITIES = ("GPE", "NORP")
DELEGATIONS = {"delegation", "team", "mission", "negotiator"}   # led for a state, not the state's own leadership


def _title_phrase(head):
    """A title noun with what it is the title of, not what follows ('a spokesman [based in Y]')."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in TITLE_PREPS:
            break
        end = child.right_edge.i + 1
    comma = next((t.i for t in head.doc[head.i: end] if t.text in (",", "(", ";")), end)
    return head.doc[head.left_edge.i: comma]


def _trimmed(span):
    """The span without the punctuation at its ends ('commander of the X,')."""
    start, end = span.start, span.end
    while end > start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def _recorded_role(doc, actor, actors: ActorIndex, words: RoleWords) -> list[Relation]:
    """A person the actors stage gave a role: leader_of / represents the organization
    named in the role ('Foreign Ministry spokesman' → the Foreign Ministry actor), else
    the country of the person."""
    rel = _role_of(actor.role or "", words)
    spans = _mention_spans(doc, actor)
    if rel is None or any(_former(span) for span in spans):
        return []
    if rel == "leader_of" and any(t.lower_ in SECOND_RANK for span in spans for t in span):
        rel = "represents"    # the role was recorded without its "Vice"
    role = actor.role.lower()
    evidence = actor.mentions[0] if actor.mentions else None
    for other in actors:
        if other.kind == "organization" and _names_in(other, role) \
                and not (actor.country and other.country and other.country != actor.country):
            # not another state's body of that name: an Azerbaijani "Foreign Ministry spokesman"
            # does not represent the Russian Foreign Ministry
            if rel == "leader_of" and _party_post_in(other, role.split()[-1]):
                return []       # "Congress leader": a party post, not the legislature's head
            if rel == "leader_of" and _heads_a_part_of(other, role, words):
                rel = "represents"      # "African Union Commission Chairperson" heads the Commission
            return [Relation(rel, actor.id, other.id, evidence)]
    if _military_rank(role, words):
        return []
    named = [] if actor.country else _organization_in_title(role, actors, rel == "leader_of")
    if named:       # "President of the European Council", no other mention of the Council
        return [Relation(rel, actor.id, named[0], evidence)]
    if rel == "leader_of" and not _heads_a_state(role, words) and not _names_only_a_state(doc, evidence, words):
        return []     # a commander, chairman or party leader leads something the text does not name here
    if rel == "leader_of" and any(_heads_a_body_of(_trimmed(doc[c.left_edge.i: c.right_edge.i + 1]), actors)
                                  for span in spans for c in span.root.children if c.dep_ == "appos"):
        return []     # "X, the president of the Farmers' Association": not the state's president
    if rel == "leader_of" and _heads_another_body(actor.role, words):
        return []     # "Congress President": the party's, not the state's
    written = any(role in m.text.lower() for m in actor.mentions)   # not only from the knowledge base
    add = written and (rel == "leader_of" or _government_office(role, actor))   # "John Healey, the defence secretary"
    return [Relation(rel, actor.id, other, evidence) for other in _country_actor_of(actor, actors, add=add)]


RANK_WORDS = {"general", "gen.", "senior", "brigadier", "major", "lieutenant", "lt.", "maj.", "colonel", "col."}


def _military_rank(role: str, words: RoleWords) -> bool:
    """Whether a title is only a military rank ("General X", "Brigadier General X"): an officer
    neither represents nor leads a state by rank alone ("Director General", "Secretary-General"
    and "army spokesman Brigadier General X" are offices)."""
    parts = role.lower().replace(",", " ").split()
    return bool(parts) and parts[-1] in ("general", "gen.") and all(p in RANK_WORDS for p in parts)


GOVERNMENT_OFFICES = {"minister", "secretary"}   # a cabinet office: its holder speaks for the state


def _government_office(role: str, person) -> bool:
    """Whether a role is a state's cabinet office held by a government person ("Home Secretary",
    "Cabinet Office minister"; not a party's "Secretary-General" or an IGO's)."""
    return person is not None and person.sector == "GOV" and \
        any(w in GOVERNMENT_OFFICES for w in role.lower().replace("-", " ").split()[-2:]) and \
        "general" not in role.lower()


def _hyphen_joined(span):
    """The role part with the words hyphenated onto its end ("the secretary[-general]")."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return doc[span.start:end]


def _state_words(span) -> list:
    """The words of a span that name a state: a state entity the knowledge base knows ("Turkish",
    "Israel's"; not a party member's "Democrat" read as a nationality), or a capitalized state name or
    people's adjective the parser left untagged ("British Home Secretary")."""
    kb, out = load_kb(), []
    for t in span:
        if t.ent_type_ in STATE_ENTITIES:
            ent = next((e for e in span.doc.ents if e.start <= t.i < e.end), None)
            name = re.sub(r"['’]s$", "", ent.text if ent is not None else t.text).removeprefix("the ")
            if kb.state_named(name, seats=True, demonyms=True) or kb.state_named(t.text, seats=True, demonyms=True):
                out.append(t)
        elif t.text[:1].isupper() and t.is_alpha and kb.state_named(t.text, demonyms=True):
            out.append(t)
    return out


def _mention_spans(doc, actor):
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions)
    return [s for s in spans if s is not None]


def _names_only_a_state(doc, mention: Span | None, words: RoleWords) -> bool:
    """Whether a mention is a state's name and a leader word ("the Kosovo leader")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    return span is not None and _leads_the_state(span, words)


def _leads_the_state(role_span, words: RoleWords) -> bool:
    """Whether a written title makes its holder the state's leader: a head of state or government
    ("Chinese President"), or a bare "leader"/"chief" beside only a state's name ("Kosovo leader";
    not "rebel leader", "army chief")."""
    if _heads_a_state(role_span.text, words):
        return True
    state = _state_words(role_span)
    names_a_state = bool(state)
    others = [t for t in role_span[:-1] if t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.ent_type_ and t not in state]
    return names_a_state and not others


def _country_actor_of(person, actors: ActorIndex, add: bool = False) -> list[str]:
    """The actor of the person's own state; with ``add``, one is added without mentions when the text
    names the state only in the person's title ("Turkish President X" and no other "Turkey"), as the
    events stage adds the state of a place ("rioted in Kirkuk" → Iraq)."""
    found = [a.id for a in actors if a.kind == "country" and person.country and a.country == person.country][:1]
    if found or not add or not person.country or person.kind != "person":
        return found
    name = country_name(person.country)
    if name is None:
        return []
    return [actors.add(Actor(id=actors.new_id(), name=name, kind="country", country=person.country)).id]


def _organization_in_title(title, actors: ActorIndex, leader: bool = False) -> list[str]:
    """The actor of a known organization a title names when the text names it nowhere else ("NATO
    Secretary General X", "European Council President X"): added without mentions, as a state named
    only in a title is; the longest name wins ("European Council", not a shorter name inside it).
    Only for people of no state (a state's official is sent to the body: "Russia's U.N. Ambassador").
    Not the destination ("ambassador [to the UN]"); a leader leads it only when the role word is
    written right beside it ("NATO Secretary General", "head of the Council"; not "EU foreign
    policy chief")."""
    words = [re.sub(r"['’]s$", "", w.strip(",;")) for w in (title if isinstance(title, str) else title.text).split()
             if w.strip(",;")]    # "Secretary-General" one word, "the EU's" the EU
    cut = next((i for i, w in enumerate(words) if w.lower() in ("to", "at")), len(words))
    words = words[:cut]
    names = _known_organizations()
    for n in range(min(len(words), 8), 0, -1):
        for i in range(len(words) - n + 1):
            found = names.get(" ".join(words[i:i + n]).lower().removeprefix("the "))
            if found is None or (leader and not _role_beside(words[:i], words[i + n:])):
                continue
            existing = next((a.id for a in actors if a.kind == "organization" and a.name == found), None)
            if existing is not None:
                return [existing]
            org = load_kb().organizations[found]
            aliases = [a for a in org.abbr[:1] if a != org.name]
            return [actors.add(Actor(id=actors.new_id(), name=found, kind="organization", country=org.country,
                                     sector=org.sector, aliases=aliases)).id]
    return []


def _role_beside(before: list[str], after: list[str]) -> bool:
    """Whether a leader word is written right after an organization's name ("[Secretary General]") or
    right before "of (the)" and the name ("[head] of the")."""
    words = load_role_words()
    if after:
        return words.role_relation(" ".join(after)) == "leader_of"
    low = [w.lower() for w in before]
    if low[-1:] == ["the"]:
        low = low[:-1]
    if low[-1:] != ["of"]:
        return False
    return any(words.role_relation(" ".join(low[-1 - n:-1])) == "leader_of" for n in (1, 2, 3) if len(low) > n)


@lru_cache(maxsize=1)
def _known_organizations() -> dict[str, str]:
    """Lower-case name, alias or abbreviation (of two letters or more) → the known organization's name."""
    out: dict[str, str] = {}
    for org in load_kb().organizations.values():
        for n in (org.name, *org.aliases, *(a for a in org.abbr if len(a) > 1)):
            out.setdefault(n.lower().removeprefix("the "), org.name)
    return out


def _heads_another_body(role: str, words: RoleWords) -> bool:
    """Whether a head-of-state word is written after a name that is no state's ("Congress President",
    "Senate President"; not "Chinese President", "Acting President")."""
    parts = role.replace(",", " ").split()
    n = next((n for n in (3, 2, 1) if len(parts) >= n and " ".join(parts[-n:]).lower() in words.state_leader), 0)
    kb = load_kb()
    return any(w[:1].isupper() and w.lower() not in SECOND_RANK | FORMER | {"acting", "interim", "new"} and
               not kb.state_named(re.sub(r"['’]s$", "", w), seats=True, demonyms=True) for w in parts[:len(parts) - n])


def _heads_a_state(role: str, words: RoleWords) -> bool:
    parts = role.lower().replace(",", " ").split()
    return any(" ".join(parts[-n:]) in words.state_leader for n in (1, 2, 3) if len(parts) >= n)


def _names_in(actor, text: str) -> bool:
    """Whether one of the actor's names (without a leading demonym) is written in ``text``:
    'Chinese Foreign Ministry' in 'foreign ministry spokesman'."""
    for name in [actor.name, *actor.aliases]:
        name = name.lower()
        words = name.split()
        if _has_words(text, name) or (len(words) > 1 and _has_words(text, " ".join(words[1:]))):
            return True
    return False


def _heads_a_part_of(actor, role: str, words: RoleWords) -> bool:
    """Whether a recorded leader role names a body inside the organization between its name and the
    leader word ("african union commission chairperson"): the person leads that body, not the whole."""
    for name in [actor.name, *actor.aliases]:
        found = re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", role)
        if found:
            between = role[found.end():].split()[:-1]
            return any(w.isalpha() and words.role_relation(w) is None for w in between[:1]) and \
                words.role_relation(" ".join(role[found.end():].split())) is None
    return False


def _has_words(text: str, words: str) -> bool:
    """Whether ``words`` are written in ``text`` as whole words ("eu" is not in "european council")."""
    return re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text) is not None


def _named_whole(actor, text: str) -> bool:
    """Whether one of the actor's names is written whole in ``text`` ("North Korea" in "North
    Korean leader"; "South Korea" is not), and not as the start of another state's name or demonym
    ("Niger" is not named in "the Nigerian president")."""
    for name in [actor.name, *actor.aliases]:
        for m in re.finditer(r"\b" + re.escape(name.lower()), text) if name else ():
            word = m.group() + re.match(r"[\w-]*", text[m.end():]).group()
            other = load_kb().state_named(word, demonyms=True)
            if other is None or other == actor.country:
                return True
    return False


def _unique(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in relations:
        key = (r.type, r.subject, r.object)
        if key not in seen and r.subject != r.object:
            seen.add(key)
            out.append(r)
    return out
