"""find_stances: stances from events and from quote content, merged by holder, polarity, issue."""
from __future__ import annotations

from communique.document import Event, Quote, Span
from communique.stances import find_stances

from _handmade_actors import index_of

COUNTRIES = {
    "Chile": {"kind": "country", "country": "CHL"},
    "Peru": {"kind": "country", "country": "PER"},
    "Norway": {"kind": "country", "country": "NOR"},
}


def event_at(text, eid, category, trigger, actor, recipient=(), negated=False):
    start = text.index(trigger)
    sentence = Span.of(text, 0, len(text))
    return Event(id=eid, event=category, sentence=sentence, trigger=Span.of(text, start, start + len(trigger)),
                 actor=list(actor), recipient=list(recipient), negated=negated)


def quote_of(text, qid, content, speaker=None):
    start = text.index(content)
    return Quote(id=qid, kind="direct", content=Span.of(text, start, start + len(content)), speaker=speaker)


def test_support_event_gives_a_stance_on_its_object(nlp):
    text = "Chile supports the new fishing treaty with Peru."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "supports", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.evidence) == (["a1"], "support", ["e1"])
    assert "fishing treaty" in s.issue
    assert s.target == ["a2"]


def test_reject_event_is_oppose_and_a_negated_one_is_no_stance(nlp):
    text = "Norway rejected the proposal for a new tax. Peru did not reject the plan."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a3"]),
              event_at(text, "e2", "REJECT", "reject", ["a2"], negated=True)]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity) == (["a3"], "oppose")
    assert s.issue == "the proposal for a new tax"


def test_events_without_polarity_give_no_stance(nlp):
    text = "Chile met Peru in Lima."
    actors = index_of(text, COUNTRIES)
    assert find_stances(nlp(text), [event_at(text, "e1", "CONSULT", "met", ["a1"], ["a2"])], [], actors) == []


def test_quote_content_stance_held_by_the_group_it_names(nlp):
    text = 'The minister said: "Both sides oppose foreign intervention in the region."'
    spec = {**COUNTRIES,
            "both sides": {"kind": "group", "members": ["a1", "a2"], "say": ["Both sides"]},
            "The minister": {"kind": "person", "country": "CHL", "say": ["The minister"]}}
    actors = index_of(text, spec)
    quote = quote_of(text, "q1", "Both sides oppose foreign intervention in the region.", speaker="a5")
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert s.holder == ["a4"] and s.polarity == "oppose"
    assert s.issue.startswith("foreign intervention")
    assert s.evidence == ["q1"]


def test_first_person_stance_in_a_quote_is_the_speaker_s(nlp):
    text = '"We support the ceasefire agreement," said the president of Peru.'
    actors = index_of(text, {**COUNTRIES, "the president": {"kind": "person", "country": "PER"}})
    quote = quote_of(text, "q1", "We support the ceasefire agreement", speaker="a4")
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert s.holder == ["a4"] and s.polarity == "support" and s.issue == "the ceasefire agreement"


def test_stance_reported_inside_a_quote_belongs_to_the_reporter(nlp):
    text = 'The ministry said: "Chile and Peru said the region should support the water plan."'
    spec = {**COUNTRIES, "the ministry": {"kind": "organization", "country": "NOR", "say": ["The ministry"]}}
    actors = index_of(text, spec)
    quote = quote_of(text, "q1", "Chile and Peru said the region should support the water plan.", speaker="a4")
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert set(s.holder) == {"a1", "a2"} and s.issue == "the water plan"


def test_same_holder_polarity_and_issue_merge_keeping_all_evidence(nlp):
    text = 'Norway opposes the dam. "We oppose the dam," the Norwegian envoy said.'
    actors = index_of(text, {**COUNTRIES, "envoy": {"kind": "person", "country": "NOR",
                                                    "say": ["the Norwegian envoy"]}})
    events = [event_at(text, "e1", "REJECT", "opposes", ["a3"])]
    quote = quote_of(text, "q1", "We oppose the dam", speaker="a3")
    (s,) = find_stances(nlp(text), events, [quote], actors)
    assert s.evidence == ["e1", "q1"] and s.issue == "the dam" and s.id == "s1"


def test_different_issues_stay_apart(nlp):
    text = "Chile supports the treaty. Chile supports the new port."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "supports", ["a1"])]
    second = text.index("supports", text.index("supports") + 1)
    events.append(Event(id="e2", event="SUPPORT", sentence=Span.of(text, 0, len(text)),
                        trigger=Span.of(text, second, second + 8), actor=["a1"]))
    stances = find_stances(nlp(text), events, [], actors)
    assert [s.issue for s in stances] == ["the treaty", "the new port"]
    assert [s.id for s in stances] == ["s1", "s2"]


def test_stance_of_an_accused_party_in_a_quote_is_not_the_accuser_s(nlp):
    text = "Peru accused Chile of supporting the armed smugglers."
    actors = index_of(text, COUNTRIES)
    quote = quote_of(text, "q1", "Chile of supporting the armed smugglers", speaker="a2")   # Peru
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert s.holder == ["a1"] and s.polarity == "support"    # Chile


def test_stance_of_someone_the_speaker_describes_is_not_the_speaker_s(nlp):
    text = 'The Chilean envoy said the committee\'s goal was "to endorse a scheme of raids on the ports".'
    actors = index_of(text, {**COUNTRIES, "The Chilean envoy": {"kind": "person", "country": "CHL"}})
    quote = quote_of(text, "q1", "the committee's goal was \"to endorse a scheme of raids on the ports", speaker="a1")
    assert find_stances(nlp(text), [], [quote], actors) == []


def test_issue_never_ends_on_a_dangling_word_or_inside_a_hyphenated_word(nlp):
    text = "Peru rejected the re-election of the governor. Chile supported the construction of a new road " \
           "between the two towns of the northern region."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a2"]), event_at(text, "e2", "SUPPORT", "supported", ["a1"])]
    issues = {s.issue for s in find_stances(nlp(text), events, [], actors)}
    assert any(i.startswith("the re-election") for i in issues)
    assert "the construction of a new road between the two towns" in issues    # cut at 12 words, not after "of the"


def test_an_open_quotation_mark_is_left_out_of_the_issue(nlp):
    text = 'Chile rejected the plan to "disengage along the border, which Peru made.'
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert '"' not in s.issue and "disengage" in s.issue


def test_stance11_deals_pledges_cooperation_steps_and_denials_are_no_stance(nlp):
    text = "Chile and Peru reached an agreement on fishing quotas. Norway will strengthen ties with Peru. " \
           "Peru denied the report about the mine."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "AGREE", "reached", ["a1", "a2"]),
              event_at(text, "e2", "SUPPORT", "strengthen", ["a3"], ["a2"]),
              event_at(text, "e3", "REJECT", "denied", ["a2"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance11_a_to_clause_is_an_issue_only_through_a_stance_verb(nlp):
    text = "Norway is ready to back the water plan. Peru agreed to build a new bridge. " \
           "Chile refused to recognize the border vote."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "AGREE", "ready", ["a3"]), event_at(text, "e2", "AGREE", "agreed", ["a2"]),
              event_at(text, "e3", "REJECT", "refused", ["a1"])]
    got = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), events, [], actors)}
    assert got == {(("a3",), "support", "the water plan"), (("a1",), "oppose", "the border vote")}


def test_stance11_an_accusation_is_about_the_act_and_targets_the_accused(nlp):
    text = "Peru accused Chile of arming the rebels in the north."
    actors = index_of(text, COUNTRIES)
    (s,) = find_stances(nlp(text), [event_at(text, "e1", "ACCUSE", "accused", ["a2"], ["a1"])], [], actors)
    assert (s.holder, s.polarity, s.issue, s.target) == (["a2"], "oppose", "arming the rebels in the north", ["a1"])


def test_stance11_issue_stops_before_a_relative_clause_deeper_in(nlp):
    text = "Norway condemned the results of the regional vote, which came late."
    actors = index_of(text, COUNTRIES)
    (s,) = find_stances(nlp(text), [event_at(text, "e1", "ACCUSE", "condemned", ["a3"])], [], actors)
    assert s.issue == "the results of the regional vote"


def test_stance11_quote_negation_covers_both_verbs_and_a_governed_verb_is_read_once(nlp):
    text = 'Norway said: "We do not support or endorse the new levy." Chile said: "We refuse to accept the tariff plan."'
    actors = index_of(text, COUNTRIES)
    quotes = [quote_of(text, "q1", "We do not support or endorse the new levy.", speaker="a3"),
              quote_of(text, "q2", "We refuse to accept the tariff plan.", speaker="a1")]
    got = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), [], quotes, actors)}
    assert got == {(("a1",), "oppose", "the tariff plan")}


def test_stance11_fighting_for_something_is_not_opposing_it_nor_defending_oneself_a_stance(nlp):
    text = 'Chile said: "Our soldiers fight for the freedom of the valley and we will defend ourselves."'
    actors = index_of(text, COUNTRIES)
    quote = quote_of(text, "q1", "Our soldiers fight for the freedom of the valley and we will defend ourselves.",
                     speaker="a1")
    assert find_stances(nlp(text), [], [quote], actors) == []


def test_stance11_a_protest_is_a_stance_only_against_something(nlp):
    text = "Chilean students rallied against the new tuition law. Peruvian miners marched for higher wages. " \
           "Norway boycotted the ceremony."
    spec = {**COUNTRIES, "Chilean students": {"kind": "group", "country": "CHL"},
            "Peruvian miners": {"kind": "group", "country": "PER"}}
    actors = index_of(text, spec)
    events = [event_at(text, "e1", "PROTEST", "rallied", ["a4"]), event_at(text, "e2", "PROTEST", "marched", ["a5"]),
              event_at(text, "e3", "PROTEST", "boycotted", ["a3"])]
    got = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), events, [], actors)}
    assert got == {(("a4",), "oppose", "the new tuition law"), (("a3",), "oppose", "the ceremony")}


def test_stance12_rejecting_an_accusation_is_a_denial_not_a_stance(nlp):
    text = "Norway rejected the accusation of spying on its neighbour. Peru dismissed the allegations."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a3"]), event_at(text, "e2", "REJECT", "dismissed", ["a2"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance12_voting_in_favour_of_a_text_is_support_of_it(nlp):
    text = "Chile voted in favour of the draft resolution."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "voted in favour", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a1"], "support", "the draft resolution")


def test_stance12_issue_named_before_the_verb_passive_or_relative(nlp):
    text = "The new border levy was condemned by Chile. Peru criticised the tariff, which Norway has rejected."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "ACCUSE", "condemned", ["a1"]), event_at(text, "e2", "REJECT", "rejected", ["a3"])]
    got = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), events, [], actors)}
    assert got == {(("a1",), "oppose", "The new border levy"), (("a3",), "oppose", "the tariff")}


def test_stance12_calling_something_illegal_is_opposing_it_without_an_event(nlp):
    text = "Peru called the fishing ban illegal. Chile did not call the vote illegal."
    actors = index_of(text, COUNTRIES)
    got = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), [], [], actors)}
    assert got == {(("a2",), "oppose", "the fishing ban")}


def test_stance12_an_act_judged_unacceptable_in_a_quote(nlp):
    text = 'Norway said: "The raids on the harbour are unacceptable."'
    actors = index_of(text, COUNTRIES)
    quote = quote_of(text, "q1", "The raids on the harbour are unacceptable.", speaker="a1")
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert (s.holder, s.polarity, s.issue) == (["a1"], "oppose", "The raids on the harbour")


def test_stance12_pushing_for_a_policy_is_support_of_it(nlp):
    text = "Chile is pushing for a truce in the valley."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REQUEST", "pushing for", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a1"], "support", "a truce in the valley")


def test_stance12_no_stance_from_a_power_to_veto_or_on_an_unnamed_it(nlp):
    text = "Norway has the power to veto any new quota. Chile voted against it."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "veto", ["a3"]), event_at(text, "e2", "REJECT", "voted against", ["a1"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance12_concern_over_an_act_is_opposition_but_not_a_matter_of_concern_to_someone(nlp):
    text = 'Peru voiced deep concern over the new mining law. Chile said: "It is a matter of concern to Norway."'
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "ACCUSE", "concern", ["a2"])]
    quote = quote_of(text, "q1", "It is a matter of concern to Norway.", speaker="a1")
    got = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), events, [quote], actors)}
    assert got == {(("a2",), "oppose", "the new mining law")}


def test_stance13_an_act_asked_of_someone_or_only_supposed_is_no_stance(nlp):
    text = "Peru called on Chile to endorse the fishing accord. Norway must accept the new quota."
    actors = index_of(text, COUNTRIES)
    asked = event_at(text, "e1", "SUPPORT", "endorse", ["a1"])
    asked.modality = "requested"
    duty = event_at(text, "e2", "AGREE", "accept", ["a3"])
    duty.modality = "hypothetical"
    assert find_stances(nlp(text), [asked, duty], [], actors) == []


def test_stance13_an_owner_split_off_its_object_by_a_quotation_mark(nlp):
    text = "Peru condemned Chile’s ‘sudden and reckless raid’ on the harbour."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "ACCUSE", "condemned", ["a2"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.target) == (["a2"], "oppose", ["a1"])
    assert s.issue.startswith("Chile’s") and "raid" in s.issue and "‘" not in s.issue


def test_stance13_solidarity_with_someone_is_support_of_them(nlp):
    text = "Peru again declared its firm solidarity with the striking dock workers."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "declared", ["a2"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a2"], "support", "the striking dock workers")


def test_stance13_a_vote_with_no_object_of_its_own_is_on_the_draft_named_before(nlp):
    text = "The fisheries motion passed on Friday. Chile and Norway voted against it."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "voted against", ["a1", "a3"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a1", "a3"], "oppose", "The fisheries motion")


def test_stance14_an_ing_clause_after_a_refusal_is_its_issue(nlp):
    text = "On Monday Norway ruled out reopening the border talks with Peru. Chile refused to attend."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "ruled out", ["a3"]), event_at(text, "e2", "REJECT", "refused", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a3"], "oppose", "reopening the border talks with Peru")


def test_stance14_an_owner_named_only_inside_the_issue_is_not_a_holder(nlp):
    text = "Norway stated its support for Chile's new fishing quota."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "support", ["a3", "a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.target) == (["a3"], "support", ["a1"])


def test_stance14_an_act_under_an_opposition_noun_gives_no_stance_of_its_own(nlp):
    text = "Peru restated its outright rejection of recognizing the breakaway council."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "recognizing", ["a2"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance14_a_recipient_the_text_never_names_is_no_target(nlp):
    text = "Norway firmly rejected the fishing plan on Monday."
    spec = dict(COUNTRIES, Bolivia={"kind": "country", "country": "BOL", "say": []})
    actors = index_of(text, spec)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a3"], recipient=["a4"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.target) == (["a3"], "oppose", [])


def test_stance15_a_plural_subject_drawn_from_no_actor_gives_no_stance(nlp):
    text = "Hardline partners in Peru's cabinet rejected the fishing deal on Monday."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a2"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance15_leaders_of_named_states_hold_their_stance(nlp):
    text = "Leaders of Chile and Norway condemned the border raid."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "ACCUSE", "condemned", ["a1", "a3"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity) == (["a1", "a3"], "oppose")


def test_stance15_a_victim_or_place_inside_the_issue_is_no_target(nlp):
    text = "Norway condemned the naval blockade of Peru. Norway condemned Chile's invasion of Peru."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "ACCUSE", "condemned the naval", ["a3"]),
              event_at(text, "e2", "ACCUSE", "condemned Chile", ["a3"])]
    for e in events:
        e.trigger = Span.of(text, e.trigger.start, e.trigger.start + len("condemned"))
    first, second = find_stances(nlp(text), events, [], actors)
    assert (first.issue, first.target) == ("the naval blockade of Peru", [])
    assert second.target == ["a1"]


def test_stance15_the_holder_s_own_state_is_no_target(nlp):
    text = "Peru's trade minister Ana Ruiz rejected the fishing plan."
    spec = dict(COUNTRIES, **{"Ana Ruiz": {"country": "PER", "sector": "GOV", "say": ["Ana Ruiz"]}})
    actors = index_of(text, spec)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a4"], recipient=["a2"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.target) == (["a4"], "oppose", [])


def test_stance15_the_party_urged_takes_no_stance_the_one_urging_does(nlp):
    text = 'Norway urged Peru to "accept the water plan" without delay.'
    actors = index_of(text, COUNTRIES)
    quote = quote_of(text, "q1", "accept the water plan")
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert (s.holder, s.polarity, s.issue) == (["a3"], "support", "the water plan")


def test_stance15_what_a_state_has_yet_to_do_is_no_stance(nlp):
    text = "Chile has yet to endorse the water plan."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "endorse", ["a1"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance15_backing_an_act_against_a_state_targets_that_state(nlp):
    text = "Norway backed new trade sanctions against Peru."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "backed", ["a3"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.polarity, s.target) == ("support", ["a2"])


def test_stance15_a_group_named_one_level_down_holds_the_stance(nlp):
    text = "The trade envoys of the member states of the Andean Water Council approved the fishing accord."
    spec = dict(COUNTRIES, **{"Andean Water Council": {"kind": "organization"}})
    actors = index_of(text, spec)
    events = [event_at(text, "e1", "SUPPORT", "approved", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity) == (["a4"], "support")


def test_stance15_defending_one_s_own_country_is_no_stance(nlp):
    text = 'The minister said: "We will always defend our homeland against any invader."'
    spec = dict(COUNTRIES, **{"The minister": {"kind": "person", "country": "CHL", "say": ["The minister"]}})
    actors = index_of(text, spec)
    quote = quote_of(text, "q1", "We will always defend our homeland against any invader.", speaker="a4")
    assert find_stances(nlp(text), [], [quote], actors) == []


def test_stance16_a_crowd_of_a_nationality_is_not_the_state(nlp):
    text = "Hundreds of Chileans marched on Sunday chanting their support for the new mayor."
    spec = {"Chile": {"kind": "country", "country": "CHL", "say": ["Chileans"]}}
    actors = index_of(text, spec)
    events = [event_at(text, "e1", "SUPPORT", "support", ["a1"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_stance16_repeating_a_rejection_opposes_what_is_rejected(nlp):
    text = "Peru spoke again on Friday, repeating its firm rejection of any tariff pact."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "repeating", ["a2"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a2"], "oppose", "any tariff pact")


def test_stance16_throwing_one_s_weight_behind_a_plan_supports_it(nlp):
    text = "Norway threw its weight behind the fishing plan, but Chile did not put its weight behind it."
    actors = index_of(text, COUNTRIES)
    (s,) = find_stances(nlp(text), [], [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a3"], "support", "the fishing plan")


def test_stance16_taking_exception_to_something_opposes_it(nlp):
    text = "Taking sharp exception to the new fishing quotas, Chile recalled its envoy."
    actors = index_of(text, COUNTRIES)
    (s,) = find_stances(nlp(text), [], [], actors)
    assert (s.holder, s.polarity, s.issue) == (["a1"], "oppose", "the new fishing quotas")


def test_a_position_adjective_after_remain_or_be_is_a_stance_of_its_subject(nlp):
    text = ("Chile remains committed to the fishing accord. Peru is not committed to the plan. "
            "Norway was openly critical of the new levy. Peru regretted the vote but stayed committed to the talks.")
    actors = index_of(text, COUNTRIES)
    found = {(tuple(s.holder), s.polarity, s.issue) for s in find_stances(nlp(text), [], [], actors)}
    assert found == {(("a1",), "support", "the fishing accord"), (("a3",), "oppose", "the new levy"),
                     (("a2",), "support", "the talks")}


def test_a_pronoun_holding_a_position_adjective_in_a_report_is_its_speaker(nlp):
    text = "Chile said it remained committed to dialogue with Peru."
    actors = index_of(text, COUNTRIES)
    quote = quote_of(text, "q1", "it remained committed to dialogue with Peru", speaker="a1")
    (s,) = find_stances(nlp(text), [], [quote], actors)
    assert (s.holder, s.polarity, s.issue, s.target, s.evidence) == (["a1"], "support", "dialogue with Peru", ["a2"], ["q1"])


def test_what_the_holder_calls_its_object_after_as_is_not_part_of_the_issue(nlp):
    text = 'Chile welcomed the decision as "historic", while Peru said nothing. Norway condemned the move as "reckless."'
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "welcomed", ["a1"]), event_at(text, "e2", "ACCUSE", "condemned", ["a3"])]
    found = {(tuple(s.holder), s.issue) for s in find_stances(nlp(text), events, [], actors)}
    assert found == {(("a1",), "the decision"), (("a3",), "the move")}


def test_a_voiced_opposition_is_about_what_follows_it_or_about_nothing(nlp):
    text = "Chile voiced opposition to the construction of the dam. Peru later expressed reservations."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "voiced", ["a1"]), event_at(text, "e2", "REJECT", "expressed", ["a2"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.issue) == (["a1"], "the construction of the dam")


def test_a_rejected_call_keeps_what_it_calls_for(nlp):
    text = "Peru rejected calls to suspend the mining licences, saying the economy needed them."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a1"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert s.issue == "calls to suspend the mining licences"


def test_an_opposition_blamed_for_an_act_is_the_target_and_the_act_the_issue(nlp):
    text = "Prime Minister Ana Ruiz's government blamed the opposition Peruvian Liberal Party for the violence."
    actors = index_of(text, {"Peruvian government": {"kind": "organization", "country": "PER",
                                                     "say": ["Prime Minister Ana Ruiz's government"]},
                             "Peruvian opposition": {"kind": "group", "country": "PER",
                                                     "say": ["opposition Peruvian Liberal Party"]}})
    events = [event_at(text, "e1", "ACCUSE", "blamed", ["a1"], ["a2"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.issue, s.target) == (["a1"], "the violence", ["a2"])


def test_a_stance_left_open_or_failed_or_a_filed_case_is_no_position(nlp):
    text = ("Chile has not said whether it would back the treaty. Peru said Norway had failed to back the treaty. "
            "Norway filed the case in May.")
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "SUPPORT", "back", ["a1"]),
              event_at(text, "e2", "ACCUSE", "filed", ["a3"])]
    quote = quote_of(text, "q1", "Norway had failed to back the treaty", speaker="a2")
    assert find_stances(nlp(text), events, [quote], actors) == []


def test_several_unnamed_holders_are_not_an_actor_found_elsewhere(nlp):
    text = "Peru backed the levy. Several governments criticised Chile for the levy."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "ACCUSE", "criticised", ["a2"], ["a1"])]
    assert find_stances(nlp(text), events, [], actors) == []


def test_rejected_claims_over_a_territory_are_a_position_not_a_denial(nlp):
    text = "Chile rejected Peru's claims over the disputed islands. Norway rejected the claims of fraud."
    actors = index_of(text, COUNTRIES)
    events = [event_at(text, "e1", "REJECT", "rejected", ["a1"], ["a2"]),
              event_at(text, "e2", "REJECT", "rejected the claims of", ["a3"])]
    (s,) = find_stances(nlp(text), events, [], actors)
    assert (s.holder, s.issue, s.target) == (["a1"], "Peru's claims over the disputed islands", ["a2"])
