"""EventCoder: spaCy Doc + actors → PLOVER events.

Per sentence: triggers (lexicon + objects, :mod:`.triggers`) → governors resolved
("agreed to", "threatened to", "refused to") → for each remaining act: status (negation,
modality; :mod:`.status`), actor and recipient (:mod:`.arguments`; those the sentence only
implies, :mod:`.implied`), date (:mod:`.dating`), place (:mod:`.placing`), contexts, CAMEO code
and intensity (:mod:`.plover`).
All rules are data in ``data/events/``; this module only applies them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..actors import ActorIndex
from ..actors.kb import load_kb
from ..document import Event, Location, Meta, Quote, Span
from ..settings import Settings
from .antecedents import referred_act
from .arguments import (object_actors, clause_recipient, clause_subject_recipient, event_arguments, judged_acts,
                        judged_doers, prep_actors, requested_party, span_agent_actors)
from .contexts import ContextLexicon
from .dates import parse_published
from .dating import FORWARD_MODALITIES, date_and_modality, date_once_recoded
from .governors import (GovernorRules, fighting_goes_on, obligation_requests, quoted_imperative, resolve_governors,
                         vocative)
from .implied import (NON_STATE_OWN_STATE_TARGETED, PLACE_PERPETRATED, PLACE_TARGETED, answers_another,
                      embassy_state, foreign_party_named, foreign_place_state, gathering_of_a_body, implied_actor,
                      implied_recipient, names_craft_as_target, object_place_state, place_in_target,
                      seat_subject_state, state_left, victims_named_as_people, visit_host)
from .lexicon import load_lexicon
from .placing import (capital_spans, dateline_fits, dateline_location, event_location, opening_place, opening_place_fits,
                      place_location, story_at_dateline)
from .phrases import ArgumentContext, phrase_actors, speaker_of
from .plover import cameo_code, intensity
from .referents import date_from_referents
from .status import StatusRules
from .subjects import subject_token
from .syntax import Candidate
from .triggers import AGREEING_VERBS, TriggerFinder

# verbs that make what they report a declaration (a declared ceasefire is CONCEDE, not RETREAT)
DECLARING_VERBS = {"announce", "declare", "proclaim", "pledge", "promise"}
DECLARING_NOUNS = {"declaration", "announcement", "proclamation"}   # "the *ceasefire* declaration"
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
# acts whose attempt is the act itself (status.yaml `attempts`)
ATTEMPTED_AS_DONE = {"ASSAULT", "COERCE"}
# acts whose decision is the act itself (status.yaml `decisions`)
DECIDED_AS_DONE = {"SANCTION"}
# acts a deed carries out through its to-purpose ("fired tear gas to disperse them", "marched to
# demand his release", "held a briefing to make the offer"): they take the deed's status
DONE_BY_THE_DEED = {"ASSAULT", "COERCE", "PROTEST", "REQUEST", "ACCUSE", "REJECT", "CONSULT", "THREATEN", "AGREE",
                    "SUPPORT"}   # ("turned out to support her", "held a call to defend the firm")
# the acts that take the status of the word governing them, in this order: (the Status field
# naming that word, the acts, whether a negated act keeps its own status)
STATUS_OF_THE_GOVERNOR = (("attempt", ATTEMPTED_AS_DONE, True), ("decision", DECIDED_AS_DONE, True),
                          ("purpose", DONE_BY_THE_DEED, False))
SUBORDINATE_DEPS = {"relcl", "acl", "advcl", "pcomp", "amod", "compound", "npadvmod"}
# acts done with another party, not with the state that hosts them: a venue abroad names no
# recipient ("a deal agreed in Geneva"); nor does the place of the talks at which an act is
# done ("agreed to a ceasefire at talks in Havana")
VENUE_BLIND = {"AGREE"}
# acts that move the actor's own forces: "withdrew its troops from X", "deployed police to X";
# the forces moved are the means, the recipient is the party or place they move from or to
FORCE_MOVING = {"RETREAT", "MOBILIZE", "CONCEDE"}
MOVED_FORCE_MODES = {"withdraw", "troops", "police", "militia", "weapons", None}
FORCE_SECTORS = {"MIL", "COP"}
# verbs of sending envoys on a visit ("dispatched a delegation to X")
SENDING_VERBS = {"send", "dispatch"}
FORCE_PREPS = {"from", "to", "into", "in", "toward", "towards", "against"}


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
    def find(self, doc: Doc, actors: ActorIndex, meta: Meta, quotes: list[Quote],
             dateline: str | None = None) -> list[Event]:
        """Every event the document reports, in text order. ``dateline``: the place the article's
        dateline named (cleaned off the text), if any."""
        cands = self.finder.find(doc, skip=_actor_modifiers(doc, actors))
        resolve_governors(cands, self.governors)
        cands = sorted(cands + obligation_requests(doc, cands, self.governors), key=lambda c: c.token.i)
        published = parse_published(meta.published if meta else None) or parse_published(self.settings.published)
        ctx = ArgumentContext(actors=actors, quotes=quotes or [], act_categories={c.token.i: c.event for c in cands})
        ents_by_sentence: dict[int, list[SpacySpan]] = {}
        for ent in doc.ents:
            ents_by_sentence.setdefault(ent.sent.start, []).append(ent)
        visit_place = opening_place(doc, ents_by_sentence)
        home = dateline_location(dateline)
        story_home = home if story_at_dateline(doc, ents_by_sentence, home) else None
        acts: dict[int, set[int]] = {}     # every trigger word of a sentence, folded ones too
        for c in cands:
            acts.setdefault(c.token.sent.start, set()).add(c.token.i)
        by_sentence: dict[int, list[Candidate]] = {}
        for c in cands:
            if not c.absorbed:
                by_sentence.setdefault(c.token.sent.start, []).append(c)
        events: list[Event] = []
        triggers: list = []
        for sent in doc.sents:
            _note_mediators(sent, ctx)
            sent_events, told = [], []
            contexts = None
            for cand in by_sentence.get(sent.start, ()):
                if contexts is None:
                    contexts = self.context_lexicon.contexts(sent)
                ev = self._event(cand, sent, ents_by_sentence.get(sent.start, []), ctx, published, contexts,
                                 visit_place, quotes or [], acts.get(sent.start, set()) - {cand.token.i}, home, story_home)
                ev.id = f"e{len(events) + len(sent_events) + 1}"
                sent_events.append(ev)
                triggers.append(cand.token)
                told.append((cand.event, ev.actor, ev.recipient))
                if cand.governed is not None:   # ("agreed to impose sanctions": the sanctions too)
                    told.append((cand.governed.event, ev.actor, ev.recipient))
            events.extend(sent_events)
            ctx.earlier_acts.extend(told)
            _remember_groups(sent, sent_events, ctx)
        date_from_referents(events, triggers, published)
        return events

    # -- one event ------------------------------------------------------------
    def _event(self, cand: Candidate, sent: SpacySpan, ents: list[SpacySpan], ctx: ArgumentContext, published,
               contexts: list[str], visit_place: SpacySpan | None, quotes: list[Quote],
               acts: set[int] = frozenset(), home: Location | None = None,
               story_home: Location | None = None) -> Event:
        """The Event one candidate reports, with everything the sentence says about it."""
        tok = cand.token
        status = self.status_rules.status(tok)
        for governing, governed_acts, unless_negated in STATUS_OF_THE_GOVERNOR:
            word = getattr(status, governing)
            if word is not None and cand.event in governed_acts and not (unless_negated and status.negated):
                status = self.status_rules.status(word)
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
        # "Greece condemned *the seizure*": the one Iran made before, with its parties as told there
        earlier = referred_act(tok, ctx) if not actor and not recipient else None
        if earlier is not None:
            actor, recipient = earlier
        if cand.event == "REQUEST":
            # "called for the release of the journalist": the one to be freed is not the one asked
            asked = [cand.governed.token] if cand.governed is not None and cand.governed.mode == "release" else []
            asked += [o for o in cand.objects if o.lemma_.lower() in RELEASE_NOUNS]
            freed = [a for w in asked for a in prep_actors(w, {"of"}, ctx) +
                     [a for c in w.children if c.dep_ in ("dobj", "obj") for a in phrase_actors(c, ctx)]]
            recipient = [r for r in recipient if r not in freed]
        date, modality = date_and_modality(tok, sent, ents, published, modality)
        told = modality
        if status.counterfactual:
            # what a past counterfactual tells did (not) happen: no threat, offer or refusal is made
            # by it ("if the navy had been able to send a frigate, it would have …")
            event, mode, modality, negated = cand.event, cand.mode, status.modality, status.negated or cand.negated
        else:
            event, mode, modality, negated = self._recode(cand, modality, status.negated or cand.negated)
        date = date_once_recoded(date, tok, sent, ents, published, told, modality)
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
            actor = [a for t in vocative(tok) for a in ctx.actors.actors_in(t.idx, t.idx + len(t))]
            actor = list(dict.fromkeys(actor))
            recipient = [r for r in recipient if r not in actor]
        if event == "PROTEST" and mode == "demo" and _diplomatic_protest(tok, actor, ctx.actors):
            # the manual: diplomatic protests are ACCUSE disapprove, PROTEST presumes physical action
            event, mode = "ACCUSE", "disapprove"
        if cand.reciprocal and modality in ("asserted", "historical") and event != "REJECT":
            # (a meeting refused, "would not meet with X", is the refuser's act against X)
            actor, recipient = actor + [r for r in recipient if r not in actor], []
        if event in FORCE_MOVING and cand.mode in MOVED_FORCE_MODES:
            recipient = _without_moved_forces(tok, actor, recipient, ctx)
        elif event == "SANCTION" and mode == "withdraw":
            # "recalled its ambassador from Paris": the envoy is the recaller's own; Paris is the recipient
            recipient = _without_moved_forces(tok, actor, recipient, ctx, any_own=True)
        if event == "CONSULT" and tok.lemma_.lower() in SENDING_VERBS and actor:
            # "dispatched a delegation to X": the envoys sent are the sender's own, not whom they visit
            own = ctx.actors.countries(actor)
            recipient = [r for r in recipient if not ctx.actors.countries([r]) & own]

        # the states this sentence names pick among cities of one name ("London" in a Canadian story)
        prefer = ctx.actors.countries(ctx.actors.actors_in(sent.start_char, sent.end_char)) \
            if ents or visit_place is not None else set()
        if home is not None:
            prefer = prefer | {home.country}
        location = event_location(tok, ents, cand, prefer, acts, event)
        if location is None and event == "CONSULT" and visit_place is not None and modality == "asserted" and \
                opening_place_fits(tok, sent, ents, visit_place):
            location = place_location(visit_place, prefer)
        named = recipient
        if not recipient and not judged_acts(tok):   # (the place of the victims of a condemned killing)
            recipient = object_place_state(tok, ents, actor, prefer, ctx.actors)
        if not recipient and event == "SANCTION" and mode == "withdraw":
            recipient = state_left(tok, actor, prefer, ctx.actors)   # "recalled its envoy from Paris"
        if not recipient and event == "CONSULT":
            # "visited Colombo", "a visit to Kyiv by X", "arrived in Tehran, the first visit by …": the host
            recipient = visit_host(tok, actor, location, ctx.actors)
        if not recipient and cand.role in ("threat", "intent"):
            # "threatened to turn Seoul into …": a place the governed clause acts on
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and not recipient:
                    recipient = object_place_state(c, ents, actor, prefer, ctx.actors)
        if event == "PROTEST" and not recipient:
            # a protest outside an embassy is aimed at the state it represents, not the host
            recipient = embassy_state(tok, ctx.actors)
        # "condemned the attack on peacekeepers *in Somalia*": a place that says where the target is
        # names neither who attacked nor whom (the target is named)
        target_placed = event in PLACE_PERPETRATED and location is not None and \
            place_in_target(tok, ents, location, ctx.actors)
        if not recipient and not target_placed and \
                not (event in NON_STATE_OWN_STATE_TARGETED and names_craft_as_target(tok)) and \
                not (mode == "boycott" and cand.object_matched):
            # (nor is where boycotted talks or a vote take place the one boycotted: "boycotted the talks in Addis Ababa")
            # (an attack on what the text names, "attacked ships in the Red Sea", is not aimed at
            # the rebels' own state)
            recipient = victims_named_as_people(tok, event, location, ctx.actors) or \
                implied_recipient(event, actor, location, ctx.actors)
            if recipient and event in YIELDING_ACTS and set(ctx.actors.countries(recipient)) <= set(
                    ctx.actors.countries(actor)) and (foreign_party_named(sent, actor, ctx.actors) or answers_another(tok) or _denied_statement(tok)):
                # "Orban relented under pressure from Paris", "persuaded X to drop its veto": a concession
                # or refusal in dealings with other states or a bloc is not aimed at the actor's own state;
                # nor is rejecting or regretting what someone else said or decided ("rejected the accusation"),
                # or denying a statement ("denied that its troops were involved")
                recipient = []
        if not recipient and event not in PLACE_TARGETED | VENUE_BLIND and not (
                event == "CONSULT" and (len(actor) != 1 or gathering_of_a_body(tok, actor, ctx.actors))):
            # where parties meet names none of them ("Iran and Peru met in Geneva", "the summit in
            # Lima"); one side's talks abroad are with the host ("held talks in Moscow")
            recipient = foreign_place_state(tok, ents, actor, prefer, ctx.actors, event)
        if recipient is not named:
            recipient = [r for r in recipient if r not in ctx.mediators]   # (the mediators' city hosts talks)
        if not actor and event != "PROTEST":     # ("Lima erupted in protests" is its people)
            actor = seat_subject_state(tok, ctx.actors)
        if not actor and not target_placed:
            actor = implied_actor(event, location, ctx.actors)
        # (after the arguments: a capital no name says, or the dateline, names no party)
        if location is None and (capitals := capital_spans(sent, ents, home)):
            location = event_location(tok, ents + capitals, cand, prefer, acts, event)
        if location is None and story_home is not None and \
                dateline_fits(tok, event, modality, date, published, sent, ents, story_home):
            location = Location(story_home.name, story_home.country, story_home.lat, story_home.lon,
                                story_home.geonames_id)

        if earlier is not None:
            actor, recipient = earlier   # (no party implied anew: those of the act told before stand)
        actor = _group_members(actor, ctx.actors)
        recipient = _group_members(recipient, ctx.actors)
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
    agent = span_agent_actors([t for t in cand.token.doc[cand.start:cand.end] if t != cand.token], ctx)
    if agent:
        # a phrase trigger whose participle has its own agent ("was water cannoned by X"): X does it
        recipient = [r for r in dict.fromkeys(recipient + actor) if r not in agent]
        actor = agent
    if cand.rule.said_of:
        # "Lima said the raid violates the truce": Lima accuses the raid's doer; what was violated
        # (the truce, a state's sovereignty) takes no part
        speaker = speaker_of(cand.token, ctx)
        return speaker, [a for a in actor if a not in speaker]
    if cand.event == "PROTEST" and actor and _pronoun_for_forces(cand.token, actor, ctx):
        # "Police fired tear gas at the marchers. *They* were rallying over …": the marchers protest
        actor = _recent_crowd(cand.token, ctx) or actor
    if cand.event == "ACCUSE":
        # "criticized the police actions against protesters": the one whose act is judged
        recipient = [r for r in judged_doers(cand.token, ctx) if r not in actor] or recipient
    if not recipient and cand.role == "request":
        recipient = [r for r in requested_party(cand.token, ctx) if r not in actor]
    governed = cand.governed
    if cand.role == "refusal" and _denied_statement(cand.token):
        # "denied that civilians had been targeted", "denied that its government was involved": what is
        # denied is a statement; those it names are not whom the denial answers
        return actor, [r for r in recipient if not _body_of(actor, r, ctx.actors)]
    if not recipient and governed is not None:
        recipient = [r for r in event_arguments(governed.token, ctx, False)[1] if r not in actor]
    if not recipient and cand.role:
        recipient = [r for r in clause_recipient(cand.token, ctx) if r not in actor]
    if not recipient:
        recipient = [r for r in clause_subject_recipient(cand.token, ctx) if r not in actor]
    if governed is not None and governed.event in FORCE_MOVING and governed.mode in MOVED_FORCE_MODES:
        recipient = _without_moved_forces(governed.token, actor, recipient, ctx)   # "agreed to withdraw its troops"
    # a mediator is no party to the talks it brokers ("quit the US-brokered talks"), unless the act is aimed at it
    direct = set(object_actors(cand.token, ctx)) if ctx.mediators else set()
    return actor, [r for r in recipient if not _body_of(actor, r, ctx.actors) and (r not in ctx.mediators or r in direct)]


def _denied_statement(tok: Token) -> bool:
    """Whether a refusal's complement is a clause with a subject of its own ("denied *that* civilians had
    been targeted", "denied its troops were involved") or a gerund ("denied *targeting* civilians"): a
    statement denied, not an act refused ("refused to meet X", "declined to let X in")."""
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or
               c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp", "dobj", "obj") and tok.lemma_.lower() in DENYING_VERBS
               for c in tok.children)   # ("opposed *putting* it to a vote" refuses an act)


# verbs whose gerund is a deed denied, not one refused ("denied targeting civilians")
DENYING_VERBS = {"deny"}


def _body_of(actor: list[str], aid: str, actors: ActorIndex) -> bool:
    """Whether an organization is the body one of the actors is an organ of: the Security Council
    extending "a UN mission" acts for the UN, not on it."""
    other = actors.get(aid)
    if other is None or other.kind != "organization":
        return False
    orgs = load_kb().organizations
    return any((a := actors.get(i)) is not None and (org := orgs.get(a.name)) is not None and org.part_of == other.name
               for i in actor)


# sectors of the crowds that protest, and of the forces that police them
CROWD_SECTORS = {"CVL", "OPP", "LAB", "EDU"}
POLICING_SECTORS = {"COP", "MIL"}


def _pronoun_for_forces(tok: Token, actor: list[str], ctx: ArgumentContext) -> bool:
    """Whether a protest's actor comes from a pronoun subject resolved to police or soldiers."""
    subj, passive = subject_token(tok)
    if subj is None or passive or subj.lower_ not in ("they", "them"):
        return False
    return all((a := ctx.actors.get(i)) is not None and a.sector in POLICING_SECTORS for i in actor)


def _recent_crowd(tok: Token, ctx: ArgumentContext) -> list[str]:
    """The crowd (civilians, opposition, workers, students) named last before a word, within about a sentence."""
    start = tok.doc[max(0, tok.sent.start - 60)].idx
    for s, e, aid in reversed(ctx.actors.mentions_in(start, tok.idx)):
        a = ctx.actors.get(aid)
        if a is not None and a.kind in ("group", "organization") and a.sector in CROWD_SECTORS:
            return [aid]
    return []


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


# acts of yielding or refusing whose own-state recipient holds only in domestic affairs
YIELDING_ACTS = {"CONCEDE", "REJECT"}


def _labour_body(aid: str, actors: ActorIndex) -> bool:
    """Whether an actor is a union or workers (sector LAB), no armed body."""
    a = actors.get(aid)
    return a is not None and a.kind != "country" and a.sector == "LAB"


# words that make a protest a diplomatic one ("a formal protest", "lodged a protest with the embassy")
DIPLOMATIC_PROTEST_WORDS = {"diplomatic", "formal", "official", "written", "verbal"}
LODGING_VERBS = {"lodge", "file", "convey", "deliver", "hand", "register", "send", "submit"}


# written protests states hand each other
PROTEST_DOCUMENTS = {"note", "letter", "memorandum", "demarche"}
# a protest "made" firmly is a state's ("made a firm protest to X"); crowds stage or hold theirs
FIRM_PROTEST_WORDS = {"strong", "firm", "stern", "vigorous", "strongly-worded", "firmly-worded"}


def _diplomatic_protest(tok: Token, actor: list[str], actors: ActorIndex) -> bool:
    """Whether "protest" is a state's diplomatic protest: said so ("a formal protest", "lodged a
    protest"), or made by states or their governments only ("Manila protested the ramming",
    "summoned the envoy to protest"), not by people in the street (nor by a person's name)."""
    if tok.lemma_.lower() != "protest":
        return False
    if tok.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lower_ in DIPLOMATIC_PROTEST_WORDS for c in tok.children)
                               or tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in LODGING_VERBS
                               # "handed over a protest note", "a protest letter to the embassy"
                               or tok.dep_ == "compound" and tok.head.lemma_.lower() in PROTEST_DOCUMENTS
                               # "handed the envoy a note of protest"
                               or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PROTEST_DOCUMENTS
                               # "made a firm protest to Seoul"
                               or tok.dep_ == "dobj" and tok.head.lemma_.lower() == "make" and
                               any(c.dep_ == "amod" and c.lower_ in FIRM_PROTEST_WORDS for c in tok.children)):
        return True
    found = [actors.get(a) for a in actor]
    return bool(found) and all(a is not None and (a.kind == "country" or a.kind == "organization" and a.sector in ("GOV", "IGO"))
                               for a in found)


def _actor_modifiers(doc: Doc, actors: ActorIndex) -> set[int]:
    """Nouns that only say what kind of body an actor mention is: "*riot* police", "*aid*
    workers", "*protest* leaders" name no act."""
    out: set[int] = set()
    for start, end, _ in actors.mentions_in(0, len(doc.text)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.update(t.i for t in span if t.i != span.root.i and t.dep_ == "compound" and t.pos_ == "NOUN")
    return out


def _without_moved_forces(tok: Token, actor: list[str], recipient: list[str], ctx: ArgumentContext,
                          any_own: bool = False) -> list[str]:
    """The recipients of a withdrawal or deployment less the forces moved: the actor's own armed
    forces or police, and those the verb's object names ("Russia withdrew its troops from X",
    "sent troops into X": X); with none left, the party named after "from"/"to"/"into" the verb.
    With ``any_own``, whoever of the actor's own state the object names is moved too ("recalled
    its ambassador from X")."""
    own = set(ctx.actors.countries(actor))
    moved = {aid for c in tok.children if c.dep_ in ("dobj", "obj") for aid in phrase_actors(c, ctx)}

    def forces(aid: str) -> bool:
        a = ctx.actors.get(aid)
        if a is None or a.kind == "country":
            return False
        if any_own and aid in moved and a.country in own:
            return True
        return a.sector in FORCE_SECTORS and (a.country in own or aid in moved)
    kept = [r for r in recipient if not forces(r)]
    if kept or not recipient:
        return kept
    return [r for r in prep_actors(tok, FORCE_PREPS, ctx) if r not in actor and not forces(r)]


RELEASE_NOUNS = {"release", "freedom", "freeing"}


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
    if t.dep_ == "nsubj" and t.lemma_.lower() in AGREEMENT_NOUNS and t.head.lemma_.lower() in AGREEING_VERBS and \
            t.head.tag_ == "VBD" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.head.children):
        return True     # the same participle parsed as the agreement's own verb (an agreement agrees to nothing)
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


def _group_members(ids: list[str], actors: ActorIndex) -> list[str]:
    """An actor list with each group reference ("the two leaders", "both sides") replaced by the
    members it stands for: the parties themselves, as when the text names them."""
    out: list[str] = []
    for aid in ids:
        a = actors.get(aid)
        for m in (a.members if a is not None and a.kind == "group" and a.members else [aid]):
            if m not in out:
                out.append(m)
    return out


# nouns naming who brings parties together: their modifiers and "of" name no party ("US mediators")
MEDIATOR_NOUNS = {"mediator", "mediation", "broker", "facilitator"}
MEDIATING_VERBS = {"mediate", "broker", "facilitate"}


def _note_mediators(sent: SpacySpan, ctx: ArgumentContext) -> None:
    """Adds the mediators this sentence names ("US mediators", "the mediation of A and B", "Saudi-brokered")."""
    for tok in sent:
        if tok.lemma_.lower() in MEDIATOR_NOUNS and tok.pos_ == "NOUN" or \
                tok.lemma_.lower() in MEDIATING_VERBS and tok.dep_ == "amod":   # ("Saudi-brokered talks")
            named = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")]
            named += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                      for p in c.children if p.dep_ == "pobj"]
            ctx.mediators.update(a for c in named for a in phrase_actors(c, ctx, depth=1))
        elif tok.lemma_.lower() in MEDIATING_VERBS and tok.dep_ in ("acl", "relcl"):
            # "a swap *mediated by* the UAE": the agent mediates
            ctx.mediators.update(a for c in tok.children if c.dep_ == "agent" for p in c.children
                                 if p.dep_ == "pobj" for a in phrase_actors(p, ctx, depth=1))


def _remember_groups(sent: SpacySpan, events: list[Event], ctx: ArgumentContext) -> None:
    """Keeps the compound actors of this sentence, for "they"/"both sides" in the next ones (not the
    mediators: "US and Saudi mediators suspended the talks … the two parties")."""
    known = len(ctx.recent_groups)
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
    ctx.recent_groups[known:] = [g for g in ctx.recent_groups[known:] if not ctx.mediators.issuperset(g)]
    for tok in sent:
        if tok.lower_ == "between" and tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
            # "mediators suspended talks *between* A and B … the two parties": A and B, not the mediators
            ids = [a for p in tok.children if p.dep_ == "pobj" for a in phrase_actors(p, ctx, depth=1)]
            if len(ids) >= 2:
                ctx.recent_groups.append(ids)
    del ctx.recent_groups[:-5]
