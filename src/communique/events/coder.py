"""EventCoder: spaCy Doc + actors → PLOVER events.

Per sentence: triggers (lexicon + objects, :mod:`.triggers`) → governors resolved
("agreed to", "threatened to", "refused to") → for each remaining act: status (negation,
modality; :mod:`.status`), actor and recipient (:mod:`.arguments`), date (:mod:`.dates`),
place (:mod:`.places`), contexts, CAMEO code and intensity (:mod:`.plover`).
All rules are data in ``data/events/``; this module only applies them.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..actors import ActorIndex
from ..document import Actor, Event, Location, Meta, Quote, Span
from ..settings import Settings
from .arguments import (SAY_VERBS, ArgumentContext, clause_recipient, clause_subject_recipient, event_arguments,
                        phrase_actors, prep_actors, requested_party, subject_token)
from .contexts import ContextLexicon
from .dates import (BACKWARD_WORDS, FORWARD_WORDS, WEEKDAY, WEEKDAYS, YEAR, earlier_than, later_than, looks_forward,
                    names_month_without_year, parse_published, resolve_date)
from .lexicon import load_lexicon
from ..actors.kb import load_kb
from .places import capital_of, country_name, resolve_place
from .plover import cameo_code, intensity
from .status import StatusRules
from .governors import GovernorRules, fighting_goes_on, obligation_requests, quoted_imperative, resolve_governors
from .syntax import Candidate
from .triggers import AGREEING_VERBS, TriggerFinder

PLACE_PREPS = {"in", "at", "through", "near", "across", "outside", "inside", "around", "throughout", "into", "on"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# dependencies that keep a date or place word inside the clause of the word it hangs from
ATTACH_DEPS = {"prep", "pobj", "npadvmod", "tmod", "compound", "poss", "nmod", "appos", "amod", "nummod", "advmod",
               "dobj", "obl", "pcomp"}
FORWARD_MODALITIES = {"future", "expected", "intended"}
# prepositions whose date opens a span of time instead of dating an act
SPAN_PREPS = {"since"}
# verbs that make what they report a declaration (a declared ceasefire is CONCEDE, not RETREAT)
DECLARING_VERBS = {"announce", "declare", "proclaim", "pledge", "promise"}
DECLARING_NOUNS = {"declaration", "announcement", "proclamation"}   # "the *ceasefire* declaration"
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
# acts whose attempt is the act itself (status.yaml `attempts`)
ATTEMPTED_AS_DONE = {"ASSAULT", "COERCE"}
SUBORDINATE_DEPS = {"relcl", "acl", "advcl", "pcomp", "amod", "compound", "npadvmod"}
# acts whose recipient, when the sentence names none, is the state where they happen
PLACE_TARGETED = {"PROTEST", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"}
# acts that, with no recipient and no place, are aimed at the actor's own state: a protest, a
# concession ("lifted the curfew") or a refusal to yield ("declined to resign"), and violence or
# threats by non-state actors (rebels, peoples)
OWN_STATE_TARGETED = {"PROTEST", "CONCEDE", "REJECT"}
NON_STATE_OWN_STATE_TARGETED = {"ASSAULT", "THREATEN", "COERCE"}
NON_STATE_SECTORS = {"REB", "IMG", "OPP", "CVL", "LAB", "REL", "EDU"}
# acts done with another party, not with the state that hosts them: a venue abroad names no
# recipient ("a deal agreed in Geneva"); nor does the place of the talks at which an act is
# done ("agreed to a ceasefire at talks in Havana")
VENUE_BLIND = {"AGREE"}
TALKS_NOUNS = {"talk", "negotiation", "meeting", "dialogue", "round", "summit", "conference", "session"}
# gatherings of a body's own members: the host state is no party to them ("the bloc's summit
# in Accra", "its session in Lima")
GATHERING_NOUNS = {"summit", "session", "conference", "congress", "assembly", "forum", "convention", "plenary",
                   "ministerial"}
# acts that move the actor's own forces: "withdrew its troops from X", "deployed police to X";
# the forces moved are the means, the recipient is the party or place they move from or to
FORCE_MOVING = {"RETREAT", "MOBILIZE", "CONCEDE"}
MOVED_FORCE_MODES = {"withdraw", "troops", "police", "militia", "weapons", None}
FORCE_SECTORS = {"MIL", "COP"}
FORCE_PREPS = {"from", "to", "into", "in", "toward", "towards", "against"}
# acts whose unnamed perpetrators ("a car bomb killed …") are coded as the state where they happen
PLACE_PERPETRATED = {"ASSAULT"}


class EventCoder:
    """Loads the trigger lexicon and rule tables once; :meth:`find` codes one document."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.lexicon = load_lexicon(self.settings.trigger_files)
        self.governors = GovernorRules()
        self.status_rules = StatusRules()
        self.context_lexicon = ContextLexicon()
        self.finder = TriggerFinder(self.lexicon)

    # -- the document -------------------------------------------------------
    def find(self, doc: Doc, actors: ActorIndex, meta: Meta, quotes: list[Quote]) -> list[Event]:
        """Every event the document reports, in text order."""
        cands = self.finder.find(doc, skip=_actor_modifiers(doc, actors))
        resolve_governors(cands, self.governors)
        cands = sorted(cands + obligation_requests(doc, cands, self.governors), key=lambda c: c.token.i)
        published = parse_published(meta.published if meta else None) or parse_published(self.settings.published)
        ctx = ArgumentContext(actors=actors, quotes=quotes or [])
        ents_by_sentence: dict[int, list[SpacySpan]] = {}
        for ent in doc.ents:
            ents_by_sentence.setdefault(ent.sent.start, []).append(ent)
        visit_place = _visit_place(doc, ents_by_sentence)
        by_sentence: dict[int, list[Candidate]] = {}
        for c in cands:
            if not c.absorbed:
                by_sentence.setdefault(c.token.sent.start, []).append(c)
        events: list[Event] = []
        for sent in doc.sents:
            sent_events = []
            contexts = None
            for cand in by_sentence.get(sent.start, ()):
                if contexts is None:
                    contexts = self.context_lexicon.contexts(sent)
                ev = self._event(cand, sent, ents_by_sentence.get(sent.start, []), ctx, published, contexts,
                                 visit_place, quotes or [])
                ev.id = f"e{len(events) + len(sent_events) + 1}"
                sent_events.append(ev)
            events.extend(sent_events)
            _remember_groups(sent, sent_events, ctx)
        return events

    # -- one event ------------------------------------------------------------
    def _event(self, cand: Candidate, sent: SpacySpan, ents: list[SpacySpan], ctx: ArgumentContext, published,
               contexts: list[str], visit_place: SpacySpan | None, quotes: list[Quote]) -> Event:
        """The Event one candidate reports, with everything the sentence says about it."""
        tok = cand.token
        status = self.status_rules.status(tok)
        if status.attempt is not None and cand.event in ATTEMPTED_AS_DONE and not status.negated:
            status = self.status_rules.status(status.attempt)
        modality = "asserted" if cand.promised else status.modality
        if cand.governor is not None and cand.governor.role == "request" and (
                modality == "asserted" or modality == "hypothetical" and _obliged(tok)):
            modality = "requested"   # also "said the troops *must* be withdrawn": the obligation is the ask
        elif modality == "hypothetical" and tok.dep_ == "ROOT" and _obliged(tok) and _others_obliged(tok) and \
                any(q.content.start <= tok.idx < q.content.end for q in quotes):
            modality = "requested"   # a statement quoted: "All armed formations *must be withdrawn* …"
        elif modality == "asserted" and quoted_imperative(tok):
            modality = "requested"   # a command chanted or shouted: 'chanted "Minister, resign"
        actor, recipient = _arguments(cand, ctx)
        if cand.event == "REQUEST":
            # "called for the release of the journalist": the one to be freed is not the one asked
            asked = [cand.governed.token] if cand.governed is not None and cand.governed.mode == "release" else []
            asked += [o for o in cand.objects if o.lemma_.lower() in RELEASE_NOUNS]
            freed = [a for w in asked for a in prep_actors(w, {"of"}, ctx) +
                     [a for c in w.children if c.dep_ in ("dobj", "obj") for a in phrase_actors(c, ctx)]]
            recipient = [r for r in recipient if r not in freed]
        date, modality = _date_and_modality(tok, sent, ents, published, modality)
        event, mode, modality, negated = self._recode(cand, modality, status.negated or cand.negated)
        if event in CONFLICTUAL and event != "THREATEN" and _or_face(tok):
            # an ultimatum ("ordered them to disperse or face arrest"): the one who sets it
            # threatens the act against the one told to comply (CAMEO 139, PLOVER THREATEN)
            event, mode, modality, negated = "THREATEN", self.governors.mode_for("threat", cand), "asserted", False
            main = _main_verb(tok)
            issuer = event_arguments(main, ctx, False)[0] if main is not None else []
            if issuer:
                actor, recipient = issuer, [a for a in actor + recipient if a not in issuer]
        if event == "MOBILIZE" and actor and all(_labour_body(a, ctx.actors) for a in actor):
            # unions mobilizing their members protest (the manual's MOBILIZE: "mobilizing supporters
            # to demonstrate" is PROTEST): "the unions launched a mobilisation against the reform"
            event, mode = "PROTEST", "demo"
        if modality == "requested" and quoted_imperative(tok):
            # a command's doer is the one addressed ('"Minister, resign"'), not who shouts it
            actor = [a for t in _vocative(tok) for a in ctx.actors.actors_in(t.idx, t.idx + len(t))]
            actor = list(dict.fromkeys(actor))
            recipient = [r for r in recipient if r not in actor]
        if event == "PROTEST" and mode == "demo" and _diplomatic_protest(tok, actor, ctx.actors):
            # the manual: diplomatic protests are ACCUSE disapprove, PROTEST presumes physical action
            event, mode = "ACCUSE", "disapprove"
        if cand.reciprocal and modality in ("asserted", "historical"):
            actor, recipient = actor + [r for r in recipient if r not in actor], []
        if event in FORCE_MOVING and cand.mode in MOVED_FORCE_MODES:
            recipient = _without_moved_forces(tok, actor, recipient, ctx)

        # the states this sentence names pick among cities of one name ("London" in a Canadian story)
        prefer = ctx.actors.countries(ctx.actors.actors_in(sent.start_char, sent.end_char)) \
            if ents or visit_place is not None else set()
        location = _event_location(tok, ents, cand, prefer)
        if location is None and event == "CONSULT" and visit_place is not None and modality == "asserted":
            location = resolve_place(visit_place.text, prefer)
        if not recipient:
            recipient = _object_place_state(tok, ents, actor, prefer, ctx.actors)
        if not recipient and cand.role in ("threat", "intent"):
            # "threatened to turn Seoul into …": a place the governed clause acts on
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and not recipient:
                    recipient = _object_place_state(c, ents, actor, prefer, ctx.actors)
        if event == "PROTEST" and not recipient:
            # a protest outside an embassy is aimed at the state it represents, not the host
            recipient = _embassy_state(tok, ctx.actors)
        if not recipient and not (event in NON_STATE_OWN_STATE_TARGETED and _names_a_target(tok)) and \
                not (mode == "boycott" and cand.object_matched):
            # (nor is where boycotted talks or a vote take place the one boycotted: "boycotted the talks in Addis Ababa")
            # (an attack on what the text names, "attacked ships in the Red Sea", is not aimed at
            # the rebels' own state)
            recipient = _default_recipient(event, actor, location, ctx.actors)
        if not recipient and event not in PLACE_TARGETED | VENUE_BLIND and not (
                event == "CONSULT" and (len(actor) != 1 or _gathering_of_a_body(tok, actor, ctx.actors))):
            # where parties meet names none of them ("Iran and Peru met in Geneva", "the summit in
            # Lima"); one side's talks abroad are with the host ("held talks in Moscow")
            recipient = _foreign_place_state(tok, ents, actor, prefer, ctx.actors, event)
        if not actor and event != "PROTEST":     # ("Lima erupted in protests" is its people)
            actor = _seat_subject_state(tok, ctx.actors)
        if not actor:
            actor = _default_actor(event, location, ctx.actors)

        trig = tok.doc[cand.start:cand.end]
        confidence = cand.confidence + (0.1 if actor else -0.05) + _clause_weight(tok)
        return Event(id="", event=event, sentence=Span.from_spacy(sent).stripped(), trigger=Span.from_spacy(trig),
                     actor=actor, recipient=recipient, mode=mode,
                     context=list(cand.context) + [c for c in contexts if c not in cand.context],
                     cameo=cameo_code(event, mode), intensity=intensity(event, mode),
                     negated=negated, modality=modality, date=date, location=location,
                     confidence=round(max(0.05, min(0.99, confidence)), 3),
                     quote=next((q.id for q in quotes if q.content.start <= trig.start_char < q.content.end), None))

    def _recode(self, cand: Candidate, modality: str, negated: bool) -> tuple[str, str | None, str, bool]:
        """(category, mode, modality, negated) after the rules where status changes the kind of act."""
        if cand.rule.needs_denial:
            # "will not tolerate any attack": the declared denial is itself the act (a warning), made now
            return cand.event, cand.mode, "asserted", False
        if negated and modality in ("future", "hypothetical", "intended") and fighting_goes_on(cand):
            # "will not stop our attacks until the troops leave", "would not halt the offensive":
            # declaring that the fighting goes on is a warning of violence (THREATEN), made now
            return "THREATEN", "violence", "asserted", False
        if negated and modality in ("future", "hypothetical", "intended") and cand.event in COOPERATIVE and \
                not _is_condition(cand.token):
            # "will not send aid", "would not meet the envoy": declaring a refusal is a REJECT, now
            return "REJECT", self.governors.mode_for("refusal", cand), "asserted", False
        if negated and modality == "asserted" and _denied_acceptance(cand.token):
            # "did not accept the presence of foreign forces", "does not recognize the vote": not
            # accepting what is put forward is a refusal (the manual's REJECT); "has not yet
            # accepted" is still open
            return "REJECT", self.governors.mode_for("refusal", cand), modality, False
        if negated and modality == "asserted" and _unwilling(cand):
            # "has no intention of accepting a mediator", "is not willing to negotiate": declaring
            # oneself unwilling refuses the act (REJECT); unwilling to use force is restraint (CONCEDE)
            if cand.governed is not None and cand.governed.event in CONFLICTUAL:
                return "CONCEDE", None, modality, False
            mode = self.governors.mode_for("refusal", cand.governed) if cand.governed is not None else None
            return "REJECT", mode, modality, False
        if negated and modality == "asserted" and cand.event == "SUPPORT" and _present_stance(cand.token):
            # "34 percent do not approve of the minister", "the party does not support him": a
            # standing refusal of approval is the manual's ACCUSE disapprove
            return "ACCUSE", "disapprove", modality, False
        # "said police would not beat …": a "would" reported by a declaration is its "will"
        reported = modality == "hypothetical" and _reported_would(cand.token)
        if negated and (modality in ("future", "intended") or reported and _promised_deed(cand.token)) and \
                (cand.event in CONFLICTUAL or cand.event == "REJECT" and
                 cand.token.lemma_.lower() in self.governors.yield_when_denied) and not _defied(cand.token):
            # "police will not beat protesters": the manual's concessions are mostly promises that
            # something will not happen; promising not to use force or pressure is CONCEDE, made now
            return "CONCEDE", None, "asserted", False
        if modality in ("future", "hypothetical", "intended") and \
                _conditional(cand.token, threat_only=cand.event in COOPERATIVE):
            threat_mode = self.governors.mode_for("threat", cand)
            if threat_mode is not None:
                # "will boycott the elections unless the president resigns": a conditional
                # conflictual act is a threat, made now
                return "THREATEN", threat_mode, "asserted", negated
        if modality == "requested" and not negated and cand.event in CONFLICTUAL | {"PROTEST"} and \
                cand.event != "THREATEN" and _conditional(cand.token, threat_only=True):
            threat_mode = self.governors.mode_for("threat", cand)
            if threat_mode is not None:
                # "ordered the arrest of the reporters unless they name their sources", "called a
                # strike unless the wage deal is signed": force or pressure demanded on a condition
                # the other side must meet is an ultimatum (a threat, made now)
                return "THREATEN", threat_mode, "asserted", negated
        if modality == "hypothetical" and not negated and cand.event in COOPERATIVE and _has_would(cand.token) and \
                not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cand.token.children) and \
                _conditional(cand.token):
            # "said they would meet the envoy if he gave them a veto": a conditional offer, not
            # speculation (and not "would have met if", a counterfactual)
            modality = "future"
        if reported and not negated and cand.event != "PROTEST":
            # "said it would send troops", "announced the deal would take effect": a "would"
            # reported by a declaration is the "will" of what was said, a decision, not speculation
            # (a protest that would be held stays hypothetical: a warning, THREATEN)
            modality = "future"
        if cand.event == "RETREAT" and (modality in FORWARD_MODALITIES or reported):
            # the manual: an announced or promised retreat is a (verbal) concession
            return "CONCEDE", None, modality if modality in FORWARD_MODALITIES else "future", negated
        if cand.event == "RETREAT" and cand.mode in ("ceasefire", "withdraw") and \
                modality != "requested" and _agreed_to(cand.token):
            # "signed a ceasefire", "reached a truce", "concluded an agreement on the withdrawal":
            # an agreement to a truce or a pull-out declares it, it does not carry it out
            return "CONCEDE", None, modality, negated
        if cand.event == "RETREAT" and cand.mode == "ceasefire" and _reported_by_saying(cand.token):
            # the manual: declarations (not implementations) of ceasefires are CONCEDE
            # ("the rebels announced they had suspended attacks")
            return "CONCEDE", None, modality, negated
        return cand.event, cand.mode, modality, negated


APPROVAL_VERBS = {"approve", "support", "back", "endorse", "trust", "like"}
# "is not satisfied with the accord", "was not supportive of the plan": a stance, whatever the tense
APPROVAL_ADJECTIVES = {"supportive", "pleased", "satisfied", "happy", "positive"}
# verbs whose denial is a refusal ("did not accept the offer", "does not recognize the result");
# "recognize" only of what states and parties recognize ("doesn't recognize the bigotry" perceives)
ACCEPTING_VERBS = {"accept", "recognize", "recognise"}
RECOGNIZED = {"government", "state", "independence", "sovereignty", "result", "election", "vote", "outcome", "claim",
              "authority", "annexation", "regime", "genocide", "border", "referendum", "president", "leader", "court",
              "jurisdiction", "status", "legitimacy", "republic", "country", "group", "movement", "party", "union",
              "administration", "parliament", "tally", "victory", "win", "ruling", "verdict", "deal", "agreement",
              "territory", "island", "region", "province", "enclave", "entity", "nation"}


def _denied_acceptance(tok: Token) -> bool:
    """Whether an accepting verb is denied by its own negator, not left open by "yet"."""
    lemma = tok.lemma_.lower()
    if lemma not in ACCEPTING_VERBS or tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children) or \
            any(c.lower_ == "yet" for c in tok.children):
        return False
    if lemma == "accept":
        return True
    recognized = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    recognized += [c for c in tok.children if c.dep_ == "nsubj" and tok.tag_ == "VBN"]
    return any(c.lemma_.lower() in RECOGNIZED or c.ent_type_ in ("GPE", "ORG", "NORP") for c in recognized)


# intent words whose denial declares unwillingness ("no intention of", "not willing to", "not prepared to")
UNWILLING_WORDS = {"intention", "intent", "willing", "ready", "prepared", "willingness", "readiness"}


def _unwilling(cand) -> bool:
    """Whether a denied intent word declares unwillingness to do something ("not willing to talk",
    "no intention of leaving"), not an intent not yet formed ("not yet ready") nor a state of
    readiness ("markets are not prepared for the fallout")."""
    tok = cand.token
    if cand.event != "AGREE" or cand.role != "intent" or tok.lemma_.lower() not in UNWILLING_WORDS or \
            any(t.lower_ == "yet" for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i + 2]):
        return False
    return any(c.dep_ in ("xcomp", "acl") for c in tok.children) or \
        any(c.dep_ == "prep" and c.lower_ in ("of", "to") and any(g.pos_ in ("VERB", "AUX") for g in c.children)
            for c in tok.children)


def _present_stance(tok: Token) -> bool:
    """Whether an approval verb states a present stance ("do not approve of", "does not back"),
    or an approving adjective a stance ("not pleased with")."""
    if tok.pos_ == "ADJ":
        return tok.lemma_.lower() in APPROVAL_ADJECTIVES
    return tok.lemma_.lower() in APPROVAL_VERBS and tok.pos_ == "VERB" and (
        tok.tag_ in ("VBP", "VBZ") or
        (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lemma_ == "do" for c in tok.children)))


def _arguments(cand: Candidate, ctx: ArgumentContext) -> tuple[list[str], list[str]]:
    """(actor, recipient) of a candidate; a request's or governor's recipient may be named in the
    clause it governs ("demanded that X …", "offered to negotiate with X")."""
    actor, recipient = event_arguments(cand.token, ctx, cand.object_on_patient)
    if not recipient and cand.role == "request":
        recipient = [r for r in requested_party(cand.token, ctx) if r not in actor]
    governed = cand.governed
    if not recipient and governed is not None:
        recipient = [r for r in event_arguments(governed.token, ctx, False)[1] if r not in actor]
    if not recipient and cand.role:
        recipient = [r for r in clause_recipient(cand.token, ctx) if r not in actor]
    if not recipient:
        recipient = [r for r in clause_subject_recipient(cand.token, ctx) if r not in actor]
    if governed is not None and governed.event in FORCE_MOVING and governed.mode in MOVED_FORCE_MODES:
        recipient = _without_moved_forces(governed.token, actor, recipient, ctx)   # "agreed to withdraw its troops"
    return actor, recipient


def _date_and_modality(tok: Token, sent: SpacySpan, ents: list[SpacySpan], published,
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
    if expr and _scheduled_in_the_past(tok):
        forward = False     # "the alliance was due to hold its summit on Sunday": the Sunday before publication
    elif expr and _dated_by_a_clause_to_come(tok, sent, ents, expr):
        forward = True      # "a truce that will begin on Sunday"
    date = resolve_date(expr, published, forward=forward) if expr else None
    if date and published and later_than(date, published) and _done(tok) and not YEAR.search(expr):
        # "have agreed, ahead of the anniversary next year, …": a done act is not dated after
        # publication by words that do not name their year; they date something else
        date = None
    if expr and modality == "asserted" and not _past_tense(tok) and (arranged or looks_forward(expr)):
        modality = "future"          # "next week", "starting Wednesday": whatever the publication date
    elif date and published and modality == "asserted":
        if later_than(date, published) and not _past_tense(tok):
            modality = "future"
        elif len(date) == 4 and earlier_than(date, published):
            modality = "historical"
    if date is None and published is not None:
        date = published.isoformat()
    return date, modality


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
    return _past_tense(t)


def _dated_by_a_clause_to_come(tok: Token, sent: SpacySpan, ents: list[SpacySpan], expr: str) -> bool:
    """Whether the date dates a clause on the trigger noun that is still to come ("a truce that
    *will begin* on Sunday", "talks, which are due to resume on Friday")."""
    words = [e.root for e in ents if e.label_ == "DATE" and e.text in expr] + \
        [t for t in sent if t.lower_ in WEEKDAYS and t.text in expr]
    for word in words:
        clause = _date_clause(word)
        chain = [clause]
        while clause.dep_ == "xcomp" and clause.head != clause and clause.head != tok:
            clause = clause.head
            chain.append(clause)
        if clause.head == tok and clause.dep_ in ("relcl", "acl") and clause.pos_ in ("VERB", "AUX") and any(
                any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in c.children) or
                c.lemma_.lower() in SCHEDULE_WORDS and not _past_tense(c) for c in chain):
            return True
    return False


def _done(tok: Token) -> bool:
    """Whether an act is reported as done: a past tense, or a participle describing a thing ("the
    roadmap *agreed* by both sides")."""
    return _past_tense(tok) or tok.tag_ == "VBN" and tok.dep_ == "acl"


def _still_to_come(tok: Token) -> bool:
    """Whether the clause of a trigger reports its act as present or possible, not past: "takes
    place", "is due", "are meeting", "would meet" (not "met", "has met", "could have met")."""
    verb = tok
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("nsubj", "nsubjpass"):
        verb = verb.head            # a trigger noun as subject: the verb of its clause ("the summit takes place")
    if verb.pos_ not in ("VERB", "AUX") or _past_tense(verb):
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


def _vocative(verb: Token) -> list[Token]:
    """The words addressed before a quoted command ('"Ministers, resign"' → Ministers)."""
    words = []
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("PROPN", "NOUN", "DET", "PUNCT", "ADJ") and \
            verb.doc[i].text not in ('"', "“", "‘", "«", "„"):
        words.append(verb.doc[i])
        i -= 1
    return [w for w in reversed(words) if not w.is_punct]


OBLIGATION_AUX = {"must", "should", "ought"}


def _obliged(tok: Token) -> bool:
    """Whether a verb is put as an obligation ("must be withdrawn", "should lift", "has to go");
    "should never have been cut" judges the past, asking nothing."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in OBLIGATION_AUX for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("have", "need") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _others_obliged(tok: Token) -> bool:
    """Whether an obligation is put on others, not on the speaker's side ("we must …")."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ not in ("i", "we", "you", "one", "it", "this", "that", "there")


def _past_tense(tok: Token) -> bool:
    """Whether a verb reports its act in the past ("signed", "was signed", "has ratified"): a
    date after publication does not make such an act future (the publication date is off)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or \
        (tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))


def _default_recipient(event: str, actor: list[str], location: Location | None, actors: ActorIndex) -> list[str]:
    """A recipient the text implies: the state where a protest, attack or threat happens, or, with
    no place or a place inside it, the actors' own state for a protest, a concession, a refusal, or
    violence and threats by non-state actors (see OWN_STATE_TARGETED)."""
    iso3 = None
    if location is not None and location.country and event in PLACE_TARGETED:
        iso3 = location.country
    elif actor and _aims_at_own_state(event, [actors.get(a) for a in actor]):
        states = {a.country for a in map(actors.get, actor) if a is not None and a.country}
        # no place, or a place in the actors' own state ("took steps to ease restrictions in Sudan")
        iso3 = states.pop() if len(states) == 1 and (location is None or not location.country or
                                                        location.country in states) else None
    if iso3 is None:
        return []
    state = _state_actor(actors, iso3)
    return [state] if state and state not in actor else []


TARGET_PREPS = {"on", "against", "at"}
# craft at sea or in the air: an attack on them is not aimed at the attackers' own state
CRAFT_NOUNS = {"ship", "vessel", "tanker", "boat", "freighter", "carrier", "destroyer", "warship", "frigate",
               "aircraft", "airliner", "plane", "jet"}


def _names_a_target(tok: Token) -> bool:
    """Whether an act names a ship or aircraft as what it is done to ("attacked *ships*", "an
    attack *on a tanker*", "launched assaults on US *destroyers*", "an attack struck *a ship*")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CRAFT_NOUNS for c in tok.head.children):
        return True
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CRAFT_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in CRAFT_NOUNS for g in c.children):
            return True
    return False


def _gathering_of_a_body(tok: Token, actor: list[str], actors: ActorIndex) -> bool:
    """Whether a meeting is a gathering of an organization's own members ("a summit of the
    bloc's heads of state in Accra"): a summit or session noun whose actor is an international body."""
    if tok.lemma_.lower() not in GATHERING_NOUNS and not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GATHERING_NOUNS for c in tok.children):
        return False   # "a summit …", "held a summit …"
    return any((a := actors.get(x)) is not None and a.sector == "IGO" for x in actor)


def _object_place_state(tok: Token, ents: list[SpacySpan], actor: list[str], prefer: set[str],
                        actors: ActorIndex) -> list[str]:
    """The state of a place that is the act's direct object ("shelled the port city of Arden",
    "bombed Arden"): the act is done to that state."""
    for e in ents:
        if e.label_ not in PLACE_LABELS:
            continue
        root = e.root
        while root.dep_ in ("compound", "appos", "pobj") and root.head != root and root.head.dep_ != "prep" \
                or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "dobj":
            root = root.head.head if root.dep_ == "pobj" else root.head
        if root.dep_ in ("dobj", "obj") and root.head == tok:
            state = _place_state(e.text, prefer, actors)
            if state and state not in actor:
                return [state]
    return []


def _foreign_place_state(tok: Token, ents: list[SpacySpan], actor: list[str], prefer: set[str],
                         actors: ActorIndex, event: str) -> list[str]:
    """With no recipient named, the foreign state where the act's own clause places it ("sought
    refuge in Arcadia", "refused to deploy troops in Arcadia"): requests, refusals, inspections
    made there are aimed at it. A place in the actor's own state says nothing of a recipient."""
    own = set(actors.countries(actor))
    for e in _place_entities(ents):
        if not _attached_to_clause(e.root, tok) or event != "CONSULT" and _at_talks(e.root, tok):
            continue
        loc = resolve_place(e.text, prefer)
        if loc is None or not loc.country or loc.country in own:
            continue
        state = _state_actor(actors, loc.country)
        return [state] if state and state not in actor else []
    return []


def _at_talks(word: Token, target: Token) -> bool:
    """Whether a place names where talks were held, on the way up to the act ("a ceasefire *at
    talks in Havana*"): the host is the venue, not the other party."""
    t = word
    while t != target and t.head != t and t.dep_ in ATTACH_DEPS:
        t = t.head
        if t != target and t.lemma_.lower() in TALKS_NOUNS:
            return True
    return False


def _attached_to_clause(word: Token, target: Token, limit: int = 4) -> bool:
    """Whether ``word`` hangs from ``target`` through modifiers, objects and the verbs it
    governs ("refused to *deploy* troops *in* X"), a few steps up: a place deep inside an object
    ("denounced the crackdown on unrest in X") is where something else happened."""
    t = word
    for _ in range(limit):
        if t == target:
            return True
        if t.head == t or t.dep_ not in ATTACH_DEPS | {"xcomp"}:
            return False
        t = t.head
    return t == target


def _labour_body(aid: str, actors: ActorIndex) -> bool:
    """Whether an actor is a union or workers (sector LAB), no armed body."""
    a = actors.get(aid)
    return a is not None and a.kind != "country" and a.sector == "LAB"


# words that make a protest a diplomatic one ("a formal protest", "lodged a protest with the embassy")
DIPLOMATIC_PROTEST_WORDS = {"diplomatic", "formal", "official", "written", "verbal"}
LODGING_VERBS = {"lodge", "file", "convey", "deliver", "hand", "register", "send", "submit"}


def _diplomatic_protest(tok: Token, actor: list[str], actors: ActorIndex) -> bool:
    """Whether "protest" is a state's diplomatic protest: said so ("a formal protest", "lodged a
    protest"), or made by states or their governments only ("Manila protested the ramming",
    "summoned the envoy to protest"), not by people in the street (nor by a person's name)."""
    if tok.lemma_.lower() != "protest":
        return False
    if tok.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lower_ in DIPLOMATIC_PROTEST_WORDS for c in tok.children)
                               or tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in LODGING_VERBS):
        return True
    found = [actors.get(a) for a in actor]
    return bool(found) and all(a is not None and (a.kind == "country" or a.kind == "organization" and a.sector in ("GOV", "IGO"))
                               for a in found)


def _place_state(name: str, prefer: set[str], actors: ActorIndex) -> str | None:
    loc = resolve_place(name, prefer)
    return _state_actor(actors, loc.country) if loc is not None and loc.country else None


def _aims_at_own_state(event: str, actors: list[Actor | None]) -> bool:
    """Whether an act with no recipient named is aimed at its actors' own state."""
    if event in OWN_STATE_TARGETED:
        return True
    return event in NON_STATE_OWN_STATE_TARGETED and all(
        a is not None and a.kind != "country" and a.sector in NON_STATE_SECTORS for a in actors)


def _actor_modifiers(doc: Doc, actors: ActorIndex) -> set[int]:
    """Nouns that only say what kind of body an actor mention is: "*riot* police", "*aid*
    workers", "*protest* leaders" name no act."""
    out: set[int] = set()
    for start, end, _ in actors.mentions_in(0, len(doc.text)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.update(t.i for t in span if t.i != span.root.i and t.dep_ == "compound" and t.pos_ == "NOUN")
    return out


def _without_moved_forces(tok: Token, actor: list[str], recipient: list[str], ctx: ArgumentContext) -> list[str]:
    """The recipients of a withdrawal or deployment less the forces moved: the actor's own armed
    forces or police, and those the verb's object names ("Russia withdrew its troops from X",
    "sent troops into X": X); with none left, the party named after "from"/"to"/"into" the verb."""
    own = set(ctx.actors.countries(actor))
    moved = {aid for c in tok.children if c.dep_ in ("dobj", "obj") for aid in phrase_actors(c, ctx)}

    def forces(aid: str) -> bool:
        a = ctx.actors.get(aid)
        return a is not None and a.kind != "country" and a.sector in FORCE_SECTORS and (a.country in own or aid in moved)
    kept = [r for r in recipient if not forces(r)]
    if kept or not recipient:
        return kept
    return [r for r in prep_actors(tok, FORCE_PREPS, ctx) if r not in actor and not forces(r)]


RELEASE_NOUNS = {"release", "freedom", "freeing"}
EMBASSY_NOUNS = {"embassy", "consulate", "legation", "high commission", "mission"}
EMBASSY_PREPS = {"outside", "at", "near", "before", "to", "toward", "towards", "on", "of"}
_DEMONYM_STATES: dict[str, str] = {}


def _embassy_state(tok: Token, actors: ActorIndex) -> list[str]:
    """The state whose embassy or consulate a protest is held at ("rallied outside the French
    embassy", "marched to the embassy of Chile", "in front of the US consulate")."""
    if not _DEMONYM_STATES:
        for c in load_kb().countries.values():
            for n in (*c.demonyms, c.name, *c.names):
                _DEMONYM_STATES.setdefault(n.lower(), c.iso3)
    verbs = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" else [])
    for v in verbs:
        for p in v.subtree:
            if p.dep_ != "prep" or p.lower_ not in EMBASSY_PREPS or p.head not in verbs and p.head.lower_ != "front":
                continue
            for e in p.children:
                if e.dep_ != "pobj" or e.lemma_.lower() not in EMBASSY_NOUNS:
                    continue
                words = [c for c in e.children if c.dep_ in ("amod", "compound", "nmod")] + \
                    [g for c in e.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                for w in words:
                    name = " ".join(t.text for t in w.subtree if t.dep_ != "det") if w.dep_ == "pobj" else w.text
                    iso3 = _DEMONYM_STATES.get(name.lower()) or _DEMONYM_STATES.get(w.text.lower())
                    state = _state_actor(actors, iso3) if iso3 else None
                    if state:
                        return [state]
    return []


def _seat_subject_state(tok: Token, actors: ActorIndex) -> list[str]:
    """The state whose capital is the one doing the act, when the actors stage read the capital as a
    place ("accuses Quito of *backing* the rebels": Ecuador backs them)."""
    subj, passive = subject_token(tok)
    if subj is None or passive or subj.ent_type_ != "GPE":
        return []
    ent = next((e for e in tok.doc.ents if e.start <= subj.i < e.end), None)
    iso3 = load_kb().state_named(ent.text, seats=True) if ent is not None else None
    state = _state_actor(actors, iso3) if iso3 else None
    return [state] if state else []


def _default_actor(event: str, location: Location | None, actors: ActorIndex) -> list[str]:
    """The actor of an attack whose perpetrators the text does not name ("a roadside bomb killed
    three soldiers outside the port city"): the state where it happened, as event data codes unattributed
    violence."""
    if event not in PLACE_PERPETRATED or location is None or not location.country:
        return []
    state = _state_actor(actors, location.country)
    return [state] if state else []


def _clause_weight(tok: Token) -> float:
    """Main-clause acts are what a sentence reports; acts in relative, adverbial or modifier
    phrases ("a ceasefire *brokered* by …", "its long-*threatened* invasion") are background.
    Reported clauses ("X said Y *opposes* …") count as main: they are the news."""
    weight, t, depth = 0.05, tok, 0
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        weight -= 0.1    # a purpose ("staged rallies *to demand* …"): the act done for it is the news
    while t.head != t and depth < 8:
        if t.dep_ in SUBORDINATE_DEPS:
            weight -= 0.15
        elif t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN"):
            weight -= 0.08
        t, depth = t.head, depth + 1
    return max(weight, -0.3)


def _reported_by_saying(tok: Token) -> bool:
    """Whether a trigger's clause is what a declaration reports ("announced (that) they had
    suspended attacks"), within a few steps up the parse."""
    if (tok.dep_ == "compound" and tok.head.lemma_.lower() in DECLARING_NOUNS) or \
            (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in DECLARING_NOUNS):
        return True     # "confirmed the *ceasefire* declaration", "the declaration of a *truce*"
    t = tok
    for _ in range(3):
        # the declared clause, or the declared thing itself ("announced a *suspension* of attacks")
        if t.dep_ not in ("ccomp", "xcomp", "conj", "dobj") or t.head == t:
            return False
        t = t.head
        if t.lemma_.lower() in DECLARING_VERBS and t.pos_ in ("VERB", "AUX"):
            return True
    return False


# verbs whose reported clause turns "would" into the "will" of what was said ("announced that
# police would not use force" reports "police will not use force")
REPORTING_VERBS = {"say", "tell", "announce", "declare", "state", "pledge", "promise", "assure", "insist", "confirm",
                   "add", "vow", "reiterate", "stress", "indicate", "signal", "agree", "decide", "write", "explain"}
CONDITION_MARKS = {"if", "unless"}
# prepositions through which a reported "would" still governs the act ("abide *by* the truce")
ACT_OBJECT_PREPS = {"by", "to", "from", "of", "on", "with", "out", "for", "into"}


def _has_would(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def _reported_would(tok: Token) -> bool:
    """Whether a trigger's "would" is indirect speech: its verb (up a few steps of the verb
    chain) carries "would", is the clause a reporting verb reports, and has no "if"/"unless"."""
    t = tok
    for _ in range(4):
        if _has_would(t):
            break
        if t.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") or t.head == t or \
                t.dep_ == "prep" and t.lower_ not in ACT_OBJECT_PREPS:
            return False    # "abide *by* the truce" is the act; "*following* the end of …" is not
        t = t.head
    else:
        return False
    kids = list(t.children)
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids) or \
            any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                for c in kids):
        return False
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING_VERBS


def _is_condition(tok: Token) -> bool:
    """Whether the trigger's clause is itself an "if"/"unless" condition ("sanctions could follow if
    the fighting does not ease", "if they do not withdraw"): the condition of another act, no refusal."""
    clause = tok
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX"):
            break
        if clause.head == clause:
            return False
        clause = clause.head
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "protocol", "memorandum", "arrangement"}


def _agreed_to(tok: Token) -> bool:
    """Whether a ceasefire or withdrawal noun is what parties sign or reach: its verb's object
    ("signed a *ceasefire* with …", "approved a *ceasefire*"), or an agreement's compound or topic
    ("signed a *ceasefire* agreement", "concluded the agreement on the *withdrawal*")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    t = tok
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ == "compound" and t.head.lemma_.lower() in AGREEMENT_NOUNS:
        t = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in ("on", "regarding", "for", "over", "about") and \
            t.head.head.lemma_.lower() in AGREEMENT_NOUNS:
        t = t.head.head
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in AGREEING_VERBS for c in t.children):
        return True     # "the ceasefire agreement, *agreed* on Wednesday", "a truce *signed* last week"
    return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in AGREEING_VERBS


# what one refuses to suffer, not to do: "we will not be intimidated", "would not be bullied"
DEFIED_PASSIVES = {"intimidate", "bully", "threaten", "blackmail", "pressure", "silence", "cow", "deter", "coerce",
                   "scare", "frighten", "provoke", "force", "browbeat", "bribe", "dictate", "push", "drag"}


def _defied(tok: Token) -> bool:
    """Whether a denied conflictual act is one the subject refuses to suffer ("will not be
    *intimidated* by *threats*"), not one a party promises not to do."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return True
    return tok.lemma_.lower() in DEFIED_PASSIVES and any(c.dep_ == "auxpass" for c in tok.children)


def _promised_deed(tok: Token) -> bool:
    """Whether a trigger under a reported "would" is the act promised: the verb itself ("would not
    *beat*"), or its direct object ("would not use *force*"); not a noun further down ("would not
    comment on the *drills*")."""
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "dobj" and \
        _has_would(tok.head)


def _or_face(tok: Token) -> bool:
    """Whether a conflictual act is the alternative of an ultimatum: "… or face *arrest*", "… or
    risk new *sanctions*", "… or face an all-out *assault*"."""
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and tok.i - i <= 5 and (doc[i].pos_ in ("DET", "ADJ", "ADV", "NUM", "PUNCT", "ADP", "PART") or
                                         doc[i].dep_ in ("compound", "amod") and doc[i].head.i >= tok.i and
                                         doc[i].lower_ not in ("face", "faces", "facing", "risk")):
        i -= 1
    return i >= 1 and doc[i].lower_ in ("face", "faces", "facing", "risk", "risks") and \
        (doc[i - 1].lower_ == "or" or doc[i - 1].lower_ == "else" and i >= 2 and doc[i - 2].lower_ == "or")


def _main_verb(tok: Token) -> Token | None:
    """The verb whose clause an act hangs from, up through coordination and complements ("*ordered*
    them to disperse or face arrest")."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            return t
        if t.head == t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _conditional(tok: Token, threat_only: bool = False) -> bool:
    """Whether the trigger's clause, or the plan it is the complement of, carries an "unless …"/
    "if …" condition: a noun trigger's clause is the verb it hangs from, directly or through one
    preposition ("would go *on strike* if …"; not a topic: "a pact *on embargos* … if"), and
    "are planning to strike if …" puts the condition on the plan. ``threat_only``: only a condition
    the other side must meet ("unless …", "if … not"), which makes even a withdrawal a threat;
    "will lay down arms if the demands are met" is an offer."""
    clause = tok
    if tok.pos_ not in ("VERB", "AUX"):
        while clause.dep_ == "compound" and clause.head != clause:     # "civil disobedience *activities*"
            clause = clause.head
        clause = clause.head
        if clause.dep_ == "prep" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
    for _ in range(3):
        for c in clause.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & {"unless", "if"} and \
                    not any(m.lower_ == "even" for m in c.children if m.dep_ == "advmod"):   # "even if": no condition
                if not threat_only or "unless" in marks or any(n.dep_ == "neg" for n in c.children):
                    return True
        if clause.dep_ != "xcomp" or clause.head == clause:
            return False
        clause = clause.head
    return False


def _attached_to(word: Token, target: Token, limit: int = 6) -> bool:
    """Whether ``word`` hangs (through prepositions, modifiers) from ``target`` or from the verb
    whose clause ``target`` is in."""
    clause_head = target
    while clause_head.pos_ not in ("VERB", "AUX") and clause_head.head != clause_head and \
            clause_head.dep_ in ATTACH_DEPS | {"nsubj", "nsubjpass", "attr", "conj"}:
        clause_head = clause_head.head
    t = word
    for _ in range(limit):
        if t == target or t == clause_head:
            return True
        if t.head == t or t.dep_ not in ATTACH_DEPS or _prepositional_clause(t):
            return False
        t = t.head
    return t == target or t == clause_head


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
    candidates = [e for e in candidates if not _dates_a_span_since(e.root) and not _dates_another_noun(e.root, tok)]
    naming = [e for e in candidates if resolve_date(e.text, published or DATELESS) is not None]
    candidates = naming or candidates
    attached = [e for e in candidates if _attached_to(e.root, tok)]
    # a date elsewhere in the sentence dates the event only from a clause the trigger is part of
    # ("said on Friday that …"), not from another clause ("the program set up *last year*",
    # "Crimea, which Russia seized *in 2014*")
    pool = attached or [e for e in candidates if _dates_the_clause_of(e.root, tok, own=looks_forward(e.text))]
    if not pool:
        return None, False
    best = min(pool, key=lambda e: abs(e.root.i - tok.i))
    start = best.start
    if start > sent.start and doc[start - 1].lower_ in FORWARD_WORDS | BACKWARD_WORDS:
        start -= 1
    return doc[start:best.end].text, bool(attached)


# a stand-in "now" to ask whether an expression names a date at all
DATELESS = date(2000, 1, 3)
PREMODIFIER_DEPS = {"compound", "nummod", "amod", "poss"}
OCCASION_PREPS = {"during", "at", "amid"}


def _dates_another_noun(word: Token, tok: Token) -> bool:
    """Whether a date only says which of some other thing the text means: it modifies a noun that
    is not the trigger ("the 2015 deal", "the March 18 election", "last year's conference", "the
    anniversary of the normalization … next year")."""
    head = word.head
    if head == tok or head == word or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.head.lower_ == "of" and tok.head.head == head:
        return False      # "last year's wave of *violence*"
    if head.dep_ == "pobj" and head.head.lower_ in OCCASION_PREPS and head.head.head == tok:
        return False      # "*seized* during the May 3 raid": the occasion dates the act
    return word.dep_ in PREMODIFIER_DEPS or word.dep_ in ("npadvmod", "nmod") and head.dep_ == "pobj"


def _date_clause(word: Token) -> Token:
    """The word a date expression hangs from, up through prepositions and modifiers, up to the
    verb of a clause that is a preposition's object ("a third of what they *asked* for
    this year")."""
    t = word
    while t.dep_ in ATTACH_DEPS | {"agent"} and t.head != t and not _prepositional_clause(t):
        t = t.head      # ("by May 1" is parsed as an agent)
    return t


def _prepositional_clause(t: Token) -> bool:
    return t.dep_ == "pcomp" and t.pos_ == "VERB"


def _dates_the_clause_of(word: Token, tok: Token, own: bool = False) -> bool:
    """Whether a date hangs from the trigger, a clause above it, or a clause on the trigger noun
    ("a truce that takes effect on Sunday"). ``own``: a clause above it only within the trigger's
    own clause, for a date still to come ("is expected to declassify *in the next weeks* pages
    related to a probe into the *attacks*" says nothing of when they were)."""
    clause = _date_clause(word)
    while clause.dep_ == "xcomp" and clause.head != clause and clause.head != tok:
        clause = clause.head      # "talks, which are due to *resume on Friday*"
    above = _clause_ancestors(tok) if own else tok.ancestors     # ``own``: only up to the trigger's clause
    return clause in (tok, *above) or clause.head == tok and clause.dep_ in ("relcl", "acl")


def _clause_ancestors(tok: Token) -> list[Token]:
    """The words above the trigger up to the clause it is in, not past a clause that only
    describes a noun."""
    out, t = [], tok
    while t.head != t and t.dep_ not in ("relcl", "acl"):
        t = t.head
        out.append(t)
    return out


def _dates_a_span_since(word: Token) -> bool:
    """Whether a date opens a span ("since late September"): the act is
    not dated by it."""
    t = word
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ in SPAN_PREPS:
            return True
        if t.head == t or t.dep_ not in ("pobj", "prep", "compound", "amod", "nummod", "npadvmod", "advmod"):
            return False      # ("since the war began nearly eight years *ago*")
        t = t.head
    return False


def _place_entities(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Place names after "in/at/through …", also through "of" ("in the northern city of Kirkuk")."""
    out = []
    for e in ents:
        if e.root.dep_ != "pobj" or e.label_ not in PLACE_LABELS and not _named_as_place(e.root):
            continue
        prep = e.root.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep" and \
                prep.head.lemma_.lower() in PLACE_NOUNS | PART_NOUNS:   # not "in the direction of X"
            prep = prep.head.head
        if prep.lower_ == "of" and prep.head.lower_ in PLACE_PREPS:   # "outside of the town of Arden"
            prep = prep.head
        if prep.lower_ == "on" and e.label_ == "GPE":
            continue        # "talks on Ukraine", "sanctions on Belarus": a topic or a target, no place
        if prep.head.lower_ == "from":
            continue        # "delegates from across the region": where they come from
        if prep.dep_ in ("prep", "advmod") and prep.lower_ in PLACE_PREPS:
            out.append(e)
    for e in ents:     # "in Kenya's capital", "in the Kenyan capital Nairobi"
        head = e.root.head
        if e.label_ == "GPE" and e.root.dep_ in ("poss", "appos") and head.dep_ == "pobj" and \
                head.lemma_.lower() in PLACE_NOUNS | PART_NOUNS and head.head.lower_ in PLACE_PREPS and \
                head.head.dep_ == "prep" and e not in out:
            out.append(e)
    return out


# nouns that make the name after "of" a place, whatever the tagger calls it ("the town of X")
PLACE_NOUNS = {"town", "city", "village", "province", "district", "region", "port", "capital", "county",
               "island", "enclave", "suburb", "neighbourhood", "neighborhood", "area"}
# nouns for a part of a place, through which "of" still names where ("on the outskirts of X")
PART_NOUNS = {"outskirts", "coast", "centre", "center", "heart", "north", "south", "east", "west", "part", "territory",
              "waters", "border", "streets", "suburbs", "shores", "vicinity", "state", "republic", "kingdom", "resort",
              "camp", "base", "airport", "harbour", "harbor", "valley", "peninsula", "governorate", "prefecture",
              "municipality", "emirate", "oblast", "islands", "gulf", "sea", "strait", "borders", "sector",
              "quarter", "zone", "section"}


def _named_as_place(word: Token) -> bool:
    """Whether a name the tagger did not call a place is one the gazetteer places after "the
    town of" ("near the town of Samarra" tagged a nationality)."""
    if word.head.lower_ != "of" or word.head.head.lemma_.lower() not in PLACE_NOUNS:
        return False
    loc = resolve_place(" ".join(t.text for t in word.subtree))
    return loc is not None and loc.country is not None


def _event_location(tok: Token, ents: list[SpacySpan], cand: Candidate, prefer: set[str]) -> Location | None:
    """Where the event happened: a place in its own clause ("in Nairobi", "through Lima"),
    the place visited, else a place elsewhere in the sentence."""
    places = [e for e in _place_entities(ents) if not _in_reporting_subject(e.root, tok)]
    if cand.mode == "visit":
        places = [e for e in ents if e.label_ in PLACE_LABELS and e.root.dep_ == "dobj"
                  and e.root.head == tok] + places
    # (not through a topic: "protests against the offensive in X" are not in X)
    physical = cand.event in PHYSICAL_ACTS
    attached = [e for e in places if _attached_to(e.root, tok) and (physical or not _through_topic(e.root, tok))]
    # the trigger's own place first ("pleaded for peace in X after a meeting in Y": the meeting is in Y)
    attached.sort(key=lambda e: tok not in _up_through_modifiers(e.root))
    # else a place of a clause the trigger is part of, not of another clause ("met Peru's minister,
    # who arrived in Lima" places nothing)
    places = attached or [e for e in places if _places_the_clause_of(e.root, tok, threat=cand.event == "THREATEN",
                                                                     physical=physical)]
    if not places:
        return _destination(tok, ents, prefer)
    best = places[0] if attached else min(places, key=lambda e: abs(e.root.i - tok.i))
    if best.root.dep_ == "poss" and best.root.head.lemma_.lower() == "capital":
        return capital_of(best.text) or resolve_place(best.text, prefer)     # "in Nigeria's capital"
    loc = resolve_place(best.text, prefer, alternates=best.label_ != "FAC")
    if loc is not None and loc.country is None:
        loc.country = _context_country(best, prefer)
    return loc


def _up_through_modifiers(word: Token, limit: int = 6) -> list[Token]:
    """The words a word hangs from through prepositions and modifiers, a few steps up."""
    out, t = [], word
    while len(out) < limit and t.head != t and t.dep_ in ATTACH_DEPS:
        t = t.head
        out.append(t)
    return out


def _through_topic(word: Token, tok: Token) -> bool:
    """Whether a place hangs from the trigger through a topic preposition above its own ("protests
    *against* the offensive in X", "talks *on* the war in Y")."""
    for t in _up_through_modifiers(word):
        if t == tok:
            return False
        if t != word.head and t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and \
                not any(c.dep_ == "pobj" and (c.lower_ in OCCASION_NOUNS or c.ent_type_ == "DATE") for c in t.children):
            return True     # (not "over the last three days")
    return False


def _context_country(ent: SpacySpan, prefer: set[str]) -> str | None:
    """The state the words around a place the gazetteer lacks put it in: "Syria's Eastern Ghouta",
    "Hodeidah in Yemen", "the resort of X, Egypt"."""
    near = [c for c in ent.root.children if c.dep_ in ("poss", "appos", "npadvmod")]
    near += [g for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj"]
    for word in near:
        if word.ent_type_ == "GPE":
            loc = resolve_place(" ".join(t.text for t in word.subtree if t.ent_type_ == "GPE"), prefer)
            if loc is not None and loc.country and loc.lat is None:     # a state, not a city
                return loc.country
    return None


# verbs of going somewhere: the act they go to do happens at the destination
MOVEMENT_VERBS = {"return", "travel", "go", "come", "fly", "head", "arrive", "send", "dispatch"}


def _destination(tok: Token, ents: list[SpacySpan], prefer: set[str]) -> Location | None:
    """The place someone went to do the act ("flew back to Doha to *restart negotiations*",
    "flew to Doha for talks"), when the act's clause names none."""
    verb = tok.head if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP") else tok
    if verb.pos_ == "ADP" and verb.lower_ == "for":      # "flew to Doha for *talks*"
        verb = verb.head
    elif verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head                                 # "flew back to Doha to *restart* negotiations"
    else:
        return None
    if verb.lemma_.lower() not in MOVEMENT_VERBS:
        return None
    for e in ents:
        if e.label_ in PLACE_LABELS and e.root.dep_ == "pobj" and e.root.head.lower_ in ("to", "in") and \
                verb in (e.root.head.head, e.root.head.head.head):       # (also "flew back to X")
            return resolve_place(e.text, prefer, alternates=e.label_ != "FAC")
    return None


# prepositions whose object is what a noun is about, not where it is ("the war *on* Hamas in Gaza")
TOPIC_PREPS = {"on", "over", "about", "against", "regarding", "concerning"}
TIME_MARKS = {"when", "while", "as", "after", "before", "during"}
OCCASION_NOUNS = {"sidelines", "margins", "margin", "side", "eve", "occasion"}   # "talks on the margins of a summit held in X"


# acts done to people or things where they are: the place of what they are done to is theirs
# ("attacks on skiffs at sea", "the violence in X should be ended")
PHYSICAL_ACTS = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "AID"}


def _places_the_clause_of(word: Token, tok: Token, threat: bool = False, physical: bool = False) -> bool:
    """Whether a place name (the object of "in/at/…") says where the trigger's clause happens:
    it opens the sentence ("In Paris, …"), hangs from the trigger's clause or one above it (not a
    reporting verb: "told reporters *at* the ministry that the raid …" says where it was said),
    from the subject of such a clause ("farmers *across Kenya* have been protesting"), from a
    clause on the trigger noun ("a deal agreed *in Beijing*"), or from a gathering the act is done
    at ("committed aid *at a conference in* Kuwait", however the parser attached it); not through
    a topic ("a campaign over the war on Hamas *in Gaza*"). Also the place of a time clause on the
    trigger ("killed … when they blew themselves up *in* X") and, for a threat, of the act
    threatened ("threatened to impose a curfew *in* X")."""
    prep = word.head
    if prep.i == word.sent.start and any(t.text == "," for t in word.doc[word.i:word.i + 4]):
        return True
    t, at_gathering = prep, False
    while t.dep_ in ATTACH_DEPS | {"acl"} and t.head != t:
        if t.dep_ == "pobj" and t.lemma_.lower() in TALKS_NOUNS | GATHERING_NOUNS and \
                t.head.lower_ in ("at", "during"):
            at_gathering = True
        if t != prep and t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and not at_gathering and not physical and \
                not any(c.dep_ == "pobj" and (c.lower_ in OCCASION_NOUNS or c.ent_type_ == "DATE") for c in t.children):
            return False
        if t.dep_ == "acl" and not at_gathering:
            break
        t = t.head
    if t.dep_ == "nsubj" or physical and t.dep_ == "nsubjpass":
        t = t.head          # (a passive's subject only for a physical act: "the coup in X was condemned")
    if t != tok and t.lemma_.lower() in SAY_VERBS and (t in tok.ancestors or at_gathering):
        return False
    return at_gathering or t == tok or t in tok.ancestors or t.head == tok and t.dep_ in ("relcl", "acl") or \
        t.pos_ == "VERB" and t in tok.conjuncts or \
        t.head == tok and (t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                                                     for c in t.children)
                           or threat and t.dep_ == "xcomp")


def _in_reporting_subject(word: Token, event: Token) -> bool:
    """Whether a word is inside the subject of the verb that reports the event ("relief officials
    *in Nairobi* said"): where the speakers are is not where it happened."""
    t = word
    while t.head != t:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SAY_VERBS:
            return event not in t.subtree
        t = t.head
    return False


def _visit_place(doc: Doc, ents_by_sentence: dict[int, list[SpacySpan]]) -> SpacySpan | None:
    """Where the article's story happens, from its opening ("the minister is in Nairobi to …", a dateline)."""
    for i, sent in enumerate(doc.sents):
        if i >= 3:
            break
        places = [e for e in _place_entities(ents_by_sentence.get(sent.start, [])) if _visited(e.root)]
        if places:
            return places[0]
    return None


# verbs whose place is where someone went or is: "is in Nairobi", "arrived in Lima"
VISITING_VERBS = {"be", "arrive", "visit", "travel", "land", "fly", "go", "come", "head", "return", "stay", "tour",
                  "meet", "hold", "host", "gather", "convene", "open", "take", "talk"}


def _visited(word: Token) -> bool:
    """Whether a place in the article's opening is where its story happens: the place of a being
    there, a coming, or a meeting ("the minister is *in Nairobi*", "arrived in Lima", "talks in
    Geneva", "took place in Bonn"); not one the opening mentions in passing ("the offensive in
    X", "an agreement in Y")."""
    t = word.head
    for _ in range(8):             # up through nouns to the verb ("met Blinken in Brussels")
        if t.lemma_.lower() in TALKS_NOUNS | GATHERING_NOUNS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in VISITING_VERBS
        if t.head == t or t.dep_ not in ATTACH_DEPS | {"appos", "conj"}:
            return False
        t = t.head
    return False


def _remember_groups(sent: SpacySpan, events: list[Event], ctx: ArgumentContext) -> None:
    """Keeps the compound actors of this sentence, for "they"/"both sides" in the next ones."""
    for ev in events:
        if len(ev.actor) >= 2:
            ctx.recent_groups.append(list(ev.actor))
        elif ev.actor and ev.recipient and ev.event == "CONSULT":
            ctx.recent_groups.append(list(ev.actor) + list(ev.recipient))
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.conjuncts:
            ids = phrase_actors(tok, ctx, depth=1)
            if len(ids) >= 2:
                ctx.recent_groups.append(ids)
    if not any(len(ev.actor) >= 2 for ev in events):
        for ev in events:
            if ev.actor:
                ctx.recent_groups.append(list(ev.actor))
                break
    del ctx.recent_groups[:-5]


def _state_actor(actors: ActorIndex, iso3: str) -> str | None:
    """The document's actor for the state with this ISO3 code; added (without mentions) when the
    text names the state only through a place in it ("rioted in Kirkuk" → Iraq)."""
    for a in actors:
        if a.kind == "country" and a.country == iso3:
            return a.id
    name = country_name(iso3)
    if name is None:
        return None
    return actors.add(Actor(id=actors.new_id(), name=name, kind="country", country=iso3)).id
