"""Trigger finding: spaCy Doc → candidate events (category, mode, context, role) per word.

Matching is kept apart from writing results (spaCy style): :class:`TriggerFinder` only says
which words report which kind of act, using the lexicon (:mod:`.lexicon`) and the words the
trigger governs (its object or complement: "fire *tear gas*", "impose *sanctions*"). Resolving
governors ("agreed to lift", "threatened to cut") is :mod:`.governors`; the words around a
trigger are read by :mod:`.syntax`, and the word senses that report no act by :mod:`.senses`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import TriggerLexicon, TriggerRule
from .senses import (deadline_to_leave, deports, holds_responsible, keeps_force_word, leaves_a_place, made_to_regret,
                     only_carries_arms, orders_out, reports_no_act, walkout_launched, sends_envoy_home, strike_as_attack, summons_own_envoy,
                     strike_carried_out, works_for_a_settlement, forces_block)
from .syntax import (FOLLOW_WINDOW, QUANTITY_NOUNS, SPAN_NOUNS, Candidate, acting_subject, acts_jointly, agent_lemma,
                     clause_subjects, has_complement, headline, is_party, name_words, object_tokens, people_let,
                     repeated_subject, says_what_is_asked, shares_a_view, subject_lemma, word_keys)

class TriggerFinder:
    """Finds candidate events in a Doc with a :class:`TriggerLexicon`."""

    def __init__(self, lexicon: TriggerLexicon):
        self.lexicon = lexicon
        # phrases by their first word: a dict lookup per token is far cheaper than a Matcher
        self._phrases_by_first: dict[str, list[TriggerRule]] = {}
        for rule in lexicon.phrases:
            self._phrases_by_first.setdefault(rule.words[0], []).append(rule)

    def rules_by_token(self, doc: Doc, skip: set[int] = frozenset()) -> dict[int, list[tuple[TriggerRule, int, int]]]:
        """token index → (rule, start, end) for every lexicon entry that may apply there (not
        at names, dates, or the ``skip`` tokens)."""
        found: dict[int, list[tuple[TriggerRule, int, int]]] = {}
        single, phrases = self.lexicon.single, self._phrases_by_first
        n = len(doc)
        names = name_words(doc) | skip
        for tok in doc:
            if tok.i in names:
                continue
            lemma = tok.lemma_.lower()
            rules = single.get(lemma)
            if rules:
                for r in rules:
                    if not r.pos or tok.pos_ in r.pos or "VERB" in r.pos and headline_verb(tok):
                        found.setdefault(tok.i, []).append((r, tok.i, tok.i + 1))
            starts = phrases.get(lemma) or phrases.get(tok.lower_)
            if starts:
                for r in starts:
                    end = tok.i + len(r.words)
                    if end <= n and all(doc[tok.i + k].lemma_.lower() == w or doc[tok.i + k].lower_ == w
                                        for k, w in enumerate(r.words[1:], 1)):
                        root = doc[tok.i:end].root
                        found.setdefault(root.i, []).append((r, tok.i, end))
        return found

    def find(self, doc: Doc, skip: set[int] = frozenset()) -> list[Candidate]:
        """One Candidate per trigger word (the best-fitting rule), in text order; none at the
        ``skip`` tokens."""
        out, left_words = [], set()
        for i, options in sorted(self.rules_by_token(doc, skip).items()):
            cand = choose_rule(doc[i], options)
            if cand is None or reports_no_act(cand) or cand.event == "ASSAULT" and not keeps_force_word(cand) or \
                    in_a_title(cand.token):
                continue
            if cand.event == "SANCTION" and cand.mode == "withdraw" and not cand.object_matched and \
                    leaves_a_place(cand.token):
                # a state pulling out of a country or region cedes ground (what it names as
                # withdrawn decides first: "withdrew its ambassador from Cairo" is a sanction)
                cand.event = "RETREAT"
            if cand.event == "COOPERATE" and works_for_a_settlement(cand.token):
                cand.event = "SUPPORT"     # the manual: diplomatic, non-material cooperation
                cand.context = cand.context + ["diplomatic"]
            if cand.event == "CONCEDE" and made_to_regret(cand.token):
                cand.event, cand.mode = "THREATEN", None     # "we shall make the raiders regret it" punishes, no apology
            if cand.event == "PROTEST" and cand.mode == "strike" and (strike_carried_out(cand.token) or strike_as_attack(cand.token)):
                cand.event, cand.mode = "ASSAULT", None     # militants carry out strikes, workers stage theirs
            elif walkout_launched(cand):
                cand.event, cand.mode = "PROTEST", "strike"     # "launched a nationwide strike over pay": a walkout
            if cand.event == "PROTEST" and cand.mode == "obstruct" and forces_block(cand.token):
                cand.event, cand.mode = "COERCE", "restrict"     # troops blocking roads cordon off, no protest
            if cand.event == "ACCUSE" and cand.rule.event == "REQUEST" and (gone := orders_out(cand.token)) is not None:
                cand.event, cand.mode = "SANCTION", "expel"     # envoys ordered out are expelled
                left_words.add(gone.i)
            elif cand.event == "ACCUSE" and cand.rule.event == "REQUEST" and summons_own_envoy(cand.token):
                cand.event, cand.mode = "SANCTION", "withdraw"     # one's own envoy summoned home is recalled
            elif cand.event == "REQUEST" and cand.rule.event == "REQUEST" and (gone := deports(cand.token)) is not None:
                cand.event, cand.mode = "COERCE", "deport"      # others ordered out of the country are deported
                left_words.add(gone.i)
            out.append(cand)
        # the leaving of envoys ordered out is their expulsion, coded once at the order
        out = [c for c in out if c.token.i not in left_words]
        # a word inside a matched phrase that names another kind of act is part of the phrase's
        # act: "an *arrest* warrant" is a threat of arrest (THREATEN), not an arrest
        inside = {i: c.event for c in out if c.end - c.start > 1 for i in range(c.start, c.end) if i != c.token.i}
        out = [c for c in out if inside.get(c.token.i, c.event) == c.event]
        absorb_objects(out)
        relief_sent_by_forces(out)
        same_joint_drill(out)
        same_prisoner_exchange(out)
        return out


DRILL_NOUNS = {"exercise", "drill", "maneuver", "manoeuvre"}
JOINT_WORDS = {"joint", "combined", "bilateral", "trilateral", "multinational", "multilateral"}


def same_joint_drill(cands: list[Candidate]) -> None:
    """Drills named again after joint ones ("navies began joint drills with Japan ... the drills
    were routine") are the same joint exercise (COOPERATE, the manual), unless a party's own
    ("Beijing then held its own exercises")."""
    joint = False
    for c in cands:
        if c.token.pos_ != "NOUN" or c.token.lemma_.lower() not in DRILL_NOUNS:
            continue
        if c.event == "MOBILIZE" and any(m.dep_ == "amod" and any(j.dep_ == "amod" and j.lower_ in JOINT_WORDS
                                                                  for j in m.children) for m in c.token.children):
            c.event, c.mode, c.context = "COOPERATE", None, ["military"]     # "joint naval and aerial drills"
        if c.event == "COOPERATE":
            joint = True
        elif joint and c.event == "MOBILIZE" and not any(ch.dep_ == "poss" or ch.lower_ == "own" for ch in c.token.children):
            c.event, c.mode, c.context = "COOPERATE", None, ["military"]


def relief_sent_by_forces(cands: list[Candidate]) -> None:
    """Ships, planes or troops sent carrying relief bring aid, no show of force ("dispatched two navy
    ships *carrying* tents and ambulances"): the manual's MOBILIZE, "mobilizing police or military
    forces for disaster relief should be coded as AID". The carrying is part of that act."""
    aid = {c.token.i: c for c in cands if c.event == "AID" and c.token.dep_ == "acl"}
    for c in cands:
        if c.event != "MOBILIZE" or c.token.pos_ != "VERB":
            continue
        carrying = [aid[k.i] for o in c.objects for k in o.children if k.i in aid]
        if carrying:
            c.event, c.mode, c.context = "AID", None, list(carrying[0].context)
            for a in carrying:
                a.absorbed = True


SWAP_WORDS = {"exchange", "swap"}
# words that only place an exchange in a series ("the latest exchange", "their biggest exchanges so far")
ORDER_WORDS = {"latest", "recent", "last", "first", "second", "third", "new", "previous", "next", "further", "similar"}


def same_prisoner_exchange(cands: list[Candidate]) -> None:
    """A bare exchange named after a release or swap of prisoners ("the sides swapped 90 prisoners,
    their biggest exchange yet ... relatives waited until the exchange ended") is that swap (the manual's
    RETREAT: "the actual release or exchange of prisoners"), no trade or cooperation; an exchange
    with its own modifier or object ("cultural exchanges", "an exchange of views") keeps its sense."""
    swapped = False
    for c in cands:
        if c.event == "RETREAT" and c.mode == "release" and any(
                t.lemma_.lower() in SWAP_WORDS for t in c.token.doc[c.start:c.end]):
            swapped = True
        elif swapped and c.event == "COOPERATE" and c.token.pos_ == "NOUN" and c.token.lemma_.lower() in SWAP_WORDS and \
                not c.object_matched and not any(ch.dep_ == "compound" or ch.dep_ == "amod" and not (ch.tag_ == "JJS" or ch.lemma_.lower() in ORDER_WORDS) or
                        ch.dep_ == "prep" and ch.lower_ == "of" for ch in c.token.children):
            c.event, c.mode, c.context = "RETREAT", "release", []


def headline_verb(token: Token) -> bool:
    """Whether a word the small model tags as a plural noun is a headline's present-tense verb
    ("Germany *returns* looted bronzes to Nigeria", "Artillery *shells* border villages"): in a
    sentence without final punctuation, an -s word right after the subject's noun, with no
    determiner or modifier of its own, and words after it."""
    sent = token.sent
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.lower_.endswith("ss"):
        return False
    # a noun heading a sentence that has a direct object is a verb misread, headline or not ('"The
    # government *rejects* claims by …"'): nouns take no objects
    takes_object = token.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in token.children)
    if not headline(sent) and not takes_object:
        return False
    if token.i == sent.start or token.i >= sent.end - 1:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in token.doc[sent.start:token.i]):
        return False     # "Rioters torch police *stations*": the headline's verb came first
    if token.dep_ not in ("nsubj", "nsubjpass") and not takes_object and \
            not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False     # read as the subject of the next word, or governing a to-clause ("pledges *to pull*")
    prev = token.doc[token.i - 1]
    return prev.pos_ in ("PROPN", "NOUN") and prev.dep_ in ("compound", "nsubj", "nmod") and \
        not any(c.dep_ in ("det", "poss", "amod", "nummod", "case") for c in token.children)


def ruled_out(rule: TriggerRule, token: Token, end: int) -> bool:
    """Whether a rule's own conditions keep it from this word (needs_complement, not_subjects,
    not_followed_by, not_compound_of, plural_only, not_modified_by, actor_subject), whatever its objects."""
    if rule.needs_complement and not has_complement(token):
        return True
    if rule.needs_ask and not says_what_is_asked(token):
        return True
    if rule.not_opinion and shares_a_view(token):
        return True
    if rule.not_subjects and (subject_lemma(token) in rule.not_subjects or agent_lemma(token) in rule.not_subjects):
        return True
    if rule.not_followed_by and any(t.lemma_.lower() in rule.not_followed_by
                                    for t in token.doc[end:min(end + FOLLOW_WINDOW, len(token.doc))]):
        return True
    if rule.not_compound_of and token.dep_ == "compound" and any(h.lemma_.lower() in rule.not_compound_of
                                                                 for h in compound_heads(token)):
        return True      # "*ceasefire* talks", "a *truce* proposal", "an old Gulf *War*-era tank": the noun only names what the other is about
    if rule.plural_only and token.tag_ not in ("NNS", "NNPS"):
        return True      # "all the *talk* about unity" is chatter; "*talks*" are negotiations
    if rule.not_modified_by and any(c.dep_ in ("compound", "amod") and
                                    (c.lemma_.lower() in rule.not_modified_by or c.lower_ in rule.not_modified_by)
                                    for c in token.children):
        return True      # "a *news* conference" is a statement, "an *email* exchange" no trade
    if rule.needs_denial and not declared_denial(token):
        return True
    if rule.event == "SANCTION" and rule.mode == "expel" and token.lemma_.lower() == "give" and not deadline_to_leave(token):
        return True      # "gave the envoy 72 hours to leave" expels him; "gave the envoy a letter" does not
    if rule.event == "SANCTION" and rule.mode == "expel" and token.lemma_.lower() == "send" and not sends_envoy_home(token):
        return True      # "sent the envoy back home" expels him; "sent an envoy to the talks" does not
    if rule.event == "ACCUSE" and token.lemma_.lower() == "hold" and not holds_responsible(token):
        return True      # "held the party responsible" blames it; "held talks" does not
    if rule.event == "AID" and only_carries_arms(token):
        return True      # "fighters armed with rifles" carry arms; "arming the rebels" gives them
    if rule.not_naming and describes_named_party(token):
        return True      # "the Northern Shield *paramilitary group*", "Hezbollah, the *militia*, …"
    if rule.not_describing and _passive_participle(token) and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return True      # "sailors *stationed* on the frigate" says where they are ("a unit *to be stationed*" is a plan)
    return rule.actor_subject and not (is_party(acting_subject(token)) or people_let(token) or vowed_done_to(token))


# the words of a party saying what it will do to another ("vowed that X *will be punished*")
VOWING_VERBS = {"vow", "pledge", "promise", "swear", "threaten", "warn"}


def vowed_done_to(token: Token) -> bool:
    """Whether a passive verb with no agent is what a party vows will be done ("Tehran vowed that
    the aggressor will be punished"): the vowing party is the one who would do it."""
    head = token.head
    return token.dep_ == "ccomp" and head.lemma_.lower() in VOWING_VERBS and \
        any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children) and \
        is_party(next((c for c in head.children if c.dep_ == "nsubj"), None))


def in_a_title(token: Token) -> bool:
    """Whether a capitalised word inside a sentence is part of a document's title, hanging by
    "of/on/for" from another capitalised word: "the draft Treaty on the *Restoration* of Ties"."""
    def capitalised(t: Token) -> bool:
        return t.i != t.sent.start and t.text[:1].isupper() and not t.is_upper
    if not capitalised(token) or token.pos_ != "PROPN" or headline(token.sent) or \
            sum(w.is_title for w in token.sent) * 2 > len(token.sent):
        return False     # (a headline's words: "Envoys Call for Release of Hostages")
    t = token
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("of", "on", "for") and t.head.i > 0 and \
        (capitalised(t.head.head) or capitalised(t.doc[t.head.i - 1]))


NAME_ENTITY_TYPES = {"ORG", "PERSON", "NORP", "GPE", "FAC"}


def describes_named_party(token: Token) -> bool:
    """Whether a noun only describes a group the text names: it is modified by a name ("the NS
    paramilitary group"), stands in apposition to one ("Hezbollah, the Iran-backed militia") or is a
    copula's predicate ("the attackers were militiamen")."""
    def is_name(t: Token) -> bool:
        return t.pos_ == "PROPN" and (t.ent_type_ in NAME_ENTITY_TYPES or t.is_upper)
    if token.dep_ == "appos" and is_name(token.head):
        return True
    if token.dep_ == "attr":
        return True      # "the gunmen were paramilitaries": a copula's predicate only says what its subject is
    return any(c.dep_ in ("compound", "nmod", "appos") and is_name(c) for c in token.children)


# auxiliaries that make a denial a declaration about what will be done ("will not tolerate")
DECLARING_AUX = {"will", "would", "shall", "wo", "'ll", "can", "ca", "could"}


def declared_denial(token: Token) -> bool:
    """Whether a verb is denied as a declaration of what one will do: "will not tolerate",
    "cannot be tolerated", "will no longer tolerate" (not "does not tolerate dissent", a description)."""
    kids = list(token.children)
    denied = any(c.dep_ == "neg" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)) for c in kids) \
        or any(c.lower_ == "no" and c.head.lower_ == "longer" for c in token.subtree if c.head in kids)
    return denied and any(c.dep_ in ("aux", "auxpass") and c.lower_ in DECLARING_AUX for c in kids)


def choose_rule(token: Token, options) -> Candidate | None:
    """Picks among the lexicon rules for one word, using its objects; None when none fits."""
    objects = object_tokens(token)
    keys = [(o, word_keys(o)) for o in objects]
    subject_keys = None
    jointly = None
    best, best_score = None, -1.0
    for rule, start, end in options:
        subject_hit = None
        # a rule about what follows its prepositions looks only there ("fired the workers" is no
        # shooting; "discussed the crisis *with Kagame*" consults Kagame, not the crisis)
        matched, matched_on = _match_words(rule.objects, keys if not rule.object_preps else
                                           [(t, k) for t, k in keys if _after_preps(t, rule.object_preps)])
        if matched is None and rule.subjects:
            if subject_keys is None:
                # a noun's doer is its possessor ("the troops' *departure*")
                subjects = clause_subjects(token) if token.pos_ != "NOUN" else \
                    [c for c in token.children if c.dep_ == "poss"]
                subjects += [a for s in subjects for a in repeated_subject(s)]   # "the rebels said *they* …"
                subjects += [c for s in subjects for c in s.conjuncts]
                subjects += [g for s in subjects if s.lemma_.lower() in QUANTITY_NOUNS | SPAN_NOUNS or s.pos_ == "NUM"
                             for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"]     # "hundreds of police arrived"
                subject_keys = [(t, word_keys(t)) for t in subjects]
            matched, subject_hit = _match_words(rule.subjects, subject_keys)
        joint = (matched.joint if matched is not None and matched.joint else None) or rule.joint
        if joint is not None:
            if jointly is None:
                jointly = acts_jointly(token)
            if not jointly:
                joint = None
        if rule.needs_object and matched is None and joint is None:
            continue
        if rule.intransitive and matched is None and (any(c.dep_ in ("dobj", "ccomp") for c in token.children) or
                                                      _passive_participle(token)):
            continue      # "crowds *demonstrated*", not "*demonstrated* his resolve", "*rallied* voters", "the deal, *struck* in …"
        if ruled_out(rule, token, end):
            continue
        score = rule.confidence + (0.3 if matched or joint else 0) + 0.01 * (end - start)
        if score <= best_score:
            continue
        event, mode, context, role = rule.event, rule.mode, list(rule.context), rule.role
        if matched is not None:
            if matched.event and matched.event != event:
                event, mode, role = matched.event, None, None
            if matched.set_mode:
                mode = matched.mode
            context += [c for c in matched.context if c not in context]
        if joint is not None:     # the manual: joint exercises are COOPERATE, one country's MOBILIZE
            if joint.event and joint.event != event:
                event, mode, role = joint.event, None, None
            if joint.set_mode:
                mode = joint.mode
            context += [c for c in joint.context if c not in context]
        best_score = score
        best = Candidate(token=token, start=start, end=end, rule=rule, event=event, mode=mode, context=context,
                         confidence=min(0.85, rule.confidence + (0.1 if matched else 0)), role=role,
                         reciprocal=event == "CONSULT" and mode != "visit",
                         # a matched subject is taken in like an object ("the *fighting* stopped")
                         objects=objects + [subject_hit] if matched is not None and subject_hit is not None else objects,
                         object_matched=matched is not None,
                         object_on_patient=matched_on is not None and matched_on.dep_ == "nsubjpass")
    return best


def compound_heads(token: Token) -> list[Token]:
    """The nouns a compound modifier names, climbing a chain of compounds ("World *War* II-era
    ship": II, era, ship)."""
    heads, t = [], token
    while t.dep_ == "compound" and t.head != t and len(heads) < 4:
        t = t.head
        heads.append(t)
    return heads


def _passive_participle(token: Token) -> bool:
    """Whether a verb is a past participle describing the noun it was done to ("the deal, *struck*
    in Beijing"): the noun is its object, so an intransitive reading does not apply."""
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and token.head.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _after_preps(token: Token, preps) -> bool:
    """Whether a word (or the first of the words joined to it) is the object of one of ``preps``
    ("opposition to *granting* him a hearing": a gerund too)."""
    first = token
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first.dep_ in ("pobj", "pcomp") and first.head.lower_ in preps


def _match_words(rules, keyed_tokens):
    """The first word rule any of the (token, keys) pairs matches, and that token."""
    for wrule in rules:
        for tok, keys in keyed_tokens:
            if wrule.words & keys:
                return wrule, tok
    return None, None


# verbs of the parties themselves agreeing to something ("signed a truce"; a mediator *brokers* one)
AGREEING_VERBS = {"sign", "reach", "conclude", "agree", "accept", "approve", "seal", "strike", "clinch", "ratify", "endorse"}


# an accord that is only what a party opposes, criticizes or backs is a mention, no agreement made
# ("opposed the trade deal", "criticized the climate accord", "supported the free-trade agreement")
ACCORD_NOUNS = {"agreement", "deal", "accord", "treaty", "pact"}
STANCE_EVENTS = {"ACCUSE", "REJECT", "SUPPORT"}


def mentioned_accord(verb: Candidate, noun: Candidate) -> bool:
    return verb.token.pos_ == "VERB" and verb.event in STANCE_EVENTS and noun.event == "AGREE" and \
        noun.token.lemma_.lower() in ACCORD_NOUNS and verb.token.lemma_.lower() not in AGREEING_VERBS


# verbs that name what an act is ("called the bombing a crime", "branded the blockade illegal")
NAMING_VERBS = {"call", "brand", "term", "label", "describe", "dub", "deem"}


def judged_act(verb: Candidate) -> bool:
    """Whether a verb condemns an act by naming it ("called *the bombing* a crime"): the act judged
    stays its own event beside the condemnation."""
    return verb.event == "ACCUSE" and verb.token.lemma_.lower() in NAMING_VERBS


def absorb_objects(cands: list[Candidate]) -> None:
    """A trigger word that is the object of another trigger is part of that event, not its own
    ("imposed *sanctions*", "held *talks*", "fired *tear gas*")."""
    by_token = {c.token.i: c for c in cands}
    for c in cands:
        # a noun takes its object in only when its rule is about it ("a pause in *fighting*")
        if c.token.pos_ not in ("VERB", "ADJ") and not c.object_matched:
            continue
        for o in c.objects:
            if c.rule.object_preps and c.object_matched and not (o.dep_ == "pobj" and o.head.lower_ in c.rule.object_preps):
                continue    # a rule about what follows its prepositions takes in nothing else ("voted for the text
                #             *at a meeting*": the meeting is its own act)
            other = by_token.get(o.i)
            # only when the verb's rule is about this object, or both name the same kind of act
            # ("approved a ceasefire" stays two acts: the approval and the ceasefire)
            # a ceasefire signed or reached stays its own act ("signed a *ceasefire* agreement":
            # the agreement to a truce, CONCEDE in the coder)
            if other is not None and other is not c and other.role is None and not judged_act(c) and \
                    (c.object_matched or other.event == c.event or mentioned_accord(c, other)) and \
                    not (other.event == "RETREAT" and other.mode == "ceasefire" and
                         c.token.lemma_.lower() in AGREEING_VERBS):
                other.absorbed = True
                for ctx in other.context:
                    if ctx not in c.context:
                        c.context.append(ctx)
