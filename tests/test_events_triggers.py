"""Trigger matching details: hyphenated words split by the tokenizer, gerund objects. Sentences
are written for these tests."""
from __future__ import annotations

import pytest

from communique.actors import ActorIndex
from communique.document import Meta
from communique.events import EventCoder


@pytest.fixture(scope="module")
def kinds(nlp):
    coder = EventCoder()

    def run(text):
        return {(e.event, e.trigger.text) for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), [])}
    return run


def test_hyphenated_trigger_word_matches(kinds):
    assert any(k == "CONCEDE" for k, _ in kinds("The militia declared a cease-fire in the valley."))
    # a ceasefire in force is observed (RETREAT); the declared one above is a concession
    # ("began" matches its subject through the hyphenated key, and takes the noun in)
    assert ("RETREAT", "began") in kinds("A cease-fire began in the valley.")


def test_stopping_a_conflictual_act_is_not_that_act(kinds):
    found = kinds("The militia stopped shelling the valley on Sunday.")
    assert not any(k == "ASSAULT" for k, _ in found)
    assert any(k in ("RETREAT", "CONCEDE") and t.startswith("stopped") for k, t in found)


@pytest.mark.parametrize("text", [
    "The defence ministry called up 3,000 reservists on Tuesday.",
    "Armoured units were rushed to the northern frontier.",
    "Soldiers arrived in the port town overnight.",
])
def test_moves_of_forces_are_mobilization(kinds, text):
    assert any(k == "MOBILIZE" for k, _ in kinds(text))


def test_moves_of_other_things_are_not(kinds):
    assert not any(k == "MOBILIZE" for k, _ in kinds("The bank moved its offices to the harbour district."))


@pytest.mark.parametrize("text", [
    "The two agencies expanded their intelligence sharing last year.",
    "Engineers from both states began a joint feasibility study for a new bridge.",
])
def test_joint_undertakings_are_cooperation(kinds, text):
    assert any(k == "COOPERATE" for k, _ in kinds(text))


def test_a_study_alone_is_no_cooperation(kinds):
    assert not any(k == "COOPERATE" for k, _ in kinds("The ministry published a study on rail safety."))


def test_military_trainers_sent_or_arriving_are_aid(kinds):
    assert any(k == "AID" for k, _ in kinds("The navy sent military trainers to the island."))
    assert any(k == "AID" for k, _ in kinds("Military instructors arrived in the port on Monday."))
    assert not any(k == "AID" for k, _ in kinds("Financial advisers arrived in the port on Monday."))


def test_announced_ceasefire_is_a_concession_and_a_carried_out_one_a_retreat(kinds):
    assert any(k == "CONCEDE" for k, _ in kinds("The militia announced that it had halted its raids on the valley."))
    assert any(k == "RETREAT" for k, _ in kinds("The militia halted its raids on the valley."))


def test_a_conflictual_act_only_floated_as_a_possibility_is_hypothetical(nlp):
    from communique.events.plover import fold_event
    coder = EventCoder()
    events = coder.find(nlp("The cabinet raised the possibility of a ban on the weekly paper."), ActorIndex(),
                        Meta(published="2019-03-06"), [])
    ban = [e for e in events if e.trigger.text == "ban"]
    assert ban and ban[0].modality == "hypothetical" and fold_event(ban[0]) == "THREATEN"


@pytest.mark.parametrize("text, trigger", [
    ("The interior ministry agreed to the strikers' key demands on Friday.", "agreed"),
    ("The governor met the protesters' demands after a week of sit-ins.", "met"),
    ("The council gave into demands made by the farmers' union.", "gave into"),
    ("The cabinet eased the reporting burden on charities.", "eased"),
    ("The mayor announced an easing of the rules on street markets.", "easing"),
    ("The authorities will allow public gatherings in the old town again.", "allow"),
])
def test_giving_way_to_demands_and_loosening_rules_are_concessions(kinds, text, trigger):
    assert ("CONCEDE", trigger) in kinds(text)


def test_a_ceasefire_in_force_is_a_retreat_and_a_declared_one_a_concession(kinds):
    assert ("RETREAT", "truce") in kinds("The truce between the two militias held through the night.")
    assert ("CONCEDE", "suspension") in kinds("The rebels announced a suspension of attacks on army posts.")
    # an announced suspension of talks is a break in relations, not a concession
    assert ("SANCTION", "suspension") in kinds("The ministry announced the suspension of talks with the union.")


def test_easing_sanctions_is_a_retreat_not_a_concession(kinds):
    assert ("RETREAT", "eased") in kinds("The union eased sanctions on the island's banks.")


def test_a_promise_not_to_use_force_is_a_concession(nlp):
    coder = EventCoder()
    doc = nlp("The interior minister said on Monday that police will not beat the marchers.")
    [beat] = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "beat"]
    assert beat.event == "CONCEDE" and not beat.negated


@pytest.mark.parametrize("text, expected", [
    ("The movement formally dissolved itself on Sunday.", ("RETREAT", "dissolved")),
    ("The guerrillas renounced violence at the peace conference.", ("CONCEDE", "renounced")),
    ("Gunmen in the hills put down their rifles after the talks.", ("RETREAT", "put down")),
    ("The curfew in the port city ended on Friday.", ("CONCEDE", "ended")),
])
def test_giving_up_arms_and_the_struggle(kinds, text, expected):
    assert expected in kinds(text)


def test_a_halt_to_an_attack_takes_the_attack_in(kinds):
    found = kinds("Both militias observed a lull in the shelling of the old town.")
    assert ("RETREAT", "lull") in found and not any(k == "ASSAULT" for k, _ in found)


def test_a_conditional_strike_named_by_a_noun_is_a_threat(kinds):
    found = kinds("The dockers' union said it would go on strike if the port authority did not raise pay.")
    assert ("THREATEN", "strike") in found
    assert ("PROTEST", "strike") in kinds("Dockers went on strike at the northern port on Monday.")


@pytest.mark.parametrize("text, trigger", [
    ("Four opposition parties are boycotting the municipal polls.", "boycotting"),
    ("The student union launched a boycott of the state broadcaster.", "launched"),
    ("The island states' boycott of the summit angered the hosts.", "boycott"),
])
def test_boycotts_are_protests(kinds, text, trigger):
    assert ("PROTEST", trigger) in kinds(text)


def test_a_trade_boycott_by_states_is_a_sanction(kinds):
    found = kinds("The two neighbours kept up an economic boycott of the enclave.")
    assert not any(k == "PROTEST" for k, _ in found)


@pytest.mark.parametrize("text, trigger", [
    ("A schoolteacher was burned to death by a mob near the market.", "burned"),
    ("Two herders were hacked to death in the hills overnight.", "hacked"),
    ("Youths pelted the patrol with bricks.", "pelted"),
    ("Witnesses described ethnic cleansing in the valley.", "ethnic cleansing"),
    ("The militia carried out mass expulsions of the valley's farmers.", "expulsions"),
])
def test_killing_with_fire_or_blades_and_mass_expulsions_are_assaults(kinds, text, trigger):
    assert ("ASSAULT", trigger) in kinds(text)


def test_burning_property_and_one_deportation_are_not_assaults(kinds):
    assert not any(k == "ASSAULT" for k, _ in kinds("Looters burned three warehouses by the docks."))
    assert not any(k == "ASSAULT" for k, _ in kinds("The court approved the deportation of the smuggler."))


@pytest.mark.parametrize("text, trigger", [
    ("The envoy began a regional tour on Sunday.", "tour"),
    ("The premiers spoke in a telephone conversation late on Friday.", "telephone conversation"),
    ("The two chancellors had a phone call on Monday.", "phone call"),
    ("Finance ministers of the bloc convened in Valletta.", "convened"),
])
def test_trips_phone_calls_and_convening_are_consultations(kinds, text, trigger):
    assert ("CONSULT", trigger) in kinds(text)
    assert not any(k == "CONSULT" for k, _ in kinds("She took a trip to the seaside with her cousins."))


def test_words_inside_names_and_dates_report_no_act(kinds):
    found = kinds("Secretary-General Ban Ki-moon praised the World Trade Organization in March.")
    assert ("SUPPORT", "praised") in found
    assert not {t for _, t in found} & {"Ban", "Trade", "March"}
    assert any(k == "CONSULT" for k, _ in kinds("Ministers opened the Pacific Islands Forum Summit in Apia."))


@pytest.mark.parametrize("text, trigger", [
    ("The opposition bloc strongly condemned the ruling party's stance on refugees.", "condemned"),
    ("The senator criticized the police for the mass detentions in the capital.", "criticized"),
    ("The foreign office said it was appalled by the shelling of the hospital.", "appalled"),
    ("The envoy called the raid on the newspaper unacceptable.", "unacceptable"),
    ("The ministry voiced grave concern over the detention of the aid workers.", "concern"),
])
def test_expressions_of_disapproval_are_accuse(kinds, text, trigger):
    found = kinds(text)
    assert ("ACCUSE", trigger) in found and not any(k == "ASSAULT" and t == trigger for k, t in found)


def test_slamming_into_a_crowd_is_still_violence(kinds):
    assert ("ASSAULT", "slammed") in kinds("A truck slammed into a crowd of people near the market.")


@pytest.mark.parametrize("text, trigger", [
    ("The senators want an investigative panel on the ferry sinking.", "investigative panel"),
    ("The regulator will study the causes of the refinery collapse.", "study"),
    ("Prosecutors are looking into the procurement contracts.", "looking into"),
    ("The minister said the blockade was a violation of international law.", "violation"),
])
def test_investigations_and_violations_are_accuse(kinds, text, trigger):
    assert ("ACCUSE", trigger) in kinds(text)


@pytest.mark.parametrize("text, trigger", [
    ("The premier said she was grateful for Ghana's help during the floods.", "grateful"),
    ("The cabinet appreciated the efforts of the mediators.", "appreciated"),
    ("The two states are developing ties in energy and education.", "developing"),
])
def test_gratitude_and_building_ties_are_support(kinds, text, trigger):
    assert ("SUPPORT", trigger) in kinds(text)


def test_calling_for_an_end_is_a_request_not_a_concession(kinds):
    found = kinds("The council is calling for an end to the shelling of the villages.")
    assert ("REQUEST", "calling for") in found and not any(k == "CONCEDE" for k, _ in found)


def test_wanting_another_party_to_act_is_a_request(kinds):
    assert any(k == "REQUEST" and t == "wants" for k, t in kinds("Peru wants Chile to lift the fishing ban."))
    assert not any(k == "REQUEST" for k, _ in kinds("Peru wants to discuss the fishing ban."))


def test_a_past_tense_act_dated_after_publication_is_not_future(nlp):
    coder = EventCoder()
    doc = nlp("Norway and Chile signed a fisheries agreement on 4 March 2021.")
    [signed] = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "signed"]
    assert signed.modality == "asserted"
    doc = nlp("Norway and Chile will sign a fisheries agreement on 4 March 2021.")
    [sign] = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "sign"]
    assert sign.modality == "future"


@pytest.mark.parametrize("text", [
    "Lakeland and Norvania jointly staged a naval exercise off the cape on Friday.",
    "The Lakeland navy held drills with the Norvanian navy near the strait.",
    "Two battalions from Norvania took part in a live-fire drill hosted by Lakeland.",
    "Norvanian troops trained with their Lakeland counterparts for a month.",
])
def test_coop_helper_joint_exercises_are_cooperation(kinds, text):
    found = kinds(text)
    assert any(k == "COOPERATE" for k, _ in found)
    assert not any(k == "MOBILIZE" for k, _ in found)


def test_coop_helper_one_army_exercising_is_mobilization(kinds):
    found = kinds("The Lakeland army held a large drill with live ammunition near the border.")
    assert any(k == "MOBILIZE" for k, _ in found) and not any(k == "COOPERATE" for k, _ in found)


@pytest.mark.parametrize("text", [
    "Three charities and the health ministry formed a working group on clean water.",
    "The two rights groups have begun working together on a report about prison conditions.",
])
def test_coop_helper_joint_work_is_cooperation(kinds, text):
    assert any(k == "COOPERATE" for k, _ in kinds(text))


def test_coop_helper_forming_an_ordinary_group_is_no_mobilization(kinds):
    assert not any(k == "MOBILIZE" for k, _ in kinds("Retired teachers formed a choir in the village."))
    assert any(k == "MOBILIZE" for k, _ in kinds("The newly formed paramilitary group paraded in the valley."))


@pytest.mark.parametrize("text, kind", [
    ("Dozens of riot police were called in after the match.", "MOBILIZE"),
    ("A batch of military instructors arrived at the airbase on Tuesday.", "AID"),
    ("Foreign advisers trained the island's coast guard last year.", "AID"),
    ("A cargo plane brought in an arms shipment for the border units.", "AID"),
])
def test_coop_helper_forces_and_military_aid(kinds, text, kind):
    assert any(k == kind for k, _ in kinds(text))


@pytest.mark.parametrize("text, kind", [
    ("The ministry recalled its ambassador from the capital.", "SANCTION"),
    ("The governor dismissed the foreign election observers on Monday.", "SANCTION"),
    ("The republic closed its consulate in the port city.", "SANCTION"),
    ("The regulator blocked four news websites before the vote.", "COERCE"),
    ("Party officials spread false rumours about the rival candidate.", "COERCE"),
    ("Election officials falsified the results in two districts.", "COERCE"),
])
def test_coop_helper_reducing_relations_and_coercion(kinds, text, kind):
    assert any(k == kind for k, _ in kinds(text))


def test_coop_helper_blocking_a_road_is_no_censorship(kinds):
    assert not any(k == "COERCE" and t == "blocked" for k, t in kinds("Farmers blocked the main road with tractors."))


@pytest.mark.parametrize("text, kind", [
    ("Riot police ringed the stadium before the final.", "MOBILIZE"),
    ("The republic has been building up its missile arsenal for a decade.", "MOBILIZE"),
    ("The ministers of Lakeland and Norvania broke ground on a shared power line.", "COOPERATE"),
    ("A self-defense group of farmers patrols the valley at night.", "MOBILIZE"),
])
def test_coop_helper_force_postures_and_joint_projects(kinds, text, kind):
    assert any(k == kind for k, _ in kinds(text))


def test_coop_helper_one_party_breaking_ground_is_no_cooperation(kinds):
    assert not any(k == "COOPERATE" for k, _ in kinds("The mayor broke ground on a new library."))


@pytest.mark.parametrize("text, trigger", [
    ("The interior minister promised more detentions after the weekend.", "promised"),
    ("The separatists vowed to resume their raids on border posts.", "vowed"),
    ("The clan elders vowed to retaliate for the ambush.", "vowed"),
])
def test_promising_a_conflictual_deed_is_a_threat(kinds, text, trigger):
    assert ("THREATEN", trigger) in kinds(text)


def test_promising_to_prevent_an_attack_is_no_threat(kinds):
    found = kinds("The governor vowed to prevent attacks on the pipeline.")
    assert not any(k == "THREATEN" for k, _ in found)


@pytest.mark.parametrize("text, trigger", [
    ("Farmers' groups are weighing civil disobedience if the levy is not scrapped.", "civil disobedience"),
    ("The nurses' union plans to strike unless the ward closures are reversed.", "strike"),
])
def test_a_planned_protest_on_a_condition_is_a_threat(kinds, text, trigger):
    assert ("THREATEN", trigger) in kinds(text)


def test_taking_to_the_streets_is_a_protest(kinds):
    assert any(k == "PROTEST" for k, _ in kinds("Pensioners took to the streets of the port city on Saturday."))


@pytest.mark.parametrize("text", [
    "When asked whether the border would reopen, the minister shrugged.",
    "Asked about the new tariffs, the spokeswoman smiled.",
    "A guard, who asked not to be named, described the night of the escape.",
])
def test_asking_a_question_is_no_request(kinds, text):
    assert not any(k == "REQUEST" for k, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "The port authority asked the shipping firms to reroute their vessels.",
    "The villagers asked for food and blankets.",
])
def test_asking_for_something_is_a_request(kinds, text):
    assert any(k == "REQUEST" for k, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "The embassy in Lima declined to comment.",
    "A navy spokesman declined to say where the frigate was heading.",
    "The ministry refused to give details of the raid.",
])
def test_declining_to_comment_rejects_nothing(kinds, text):
    assert not any(k == "REJECT" for k, _ in kinds(text))


def test_declining_to_release_prisoners_is_still_a_rejection(kinds):
    assert any(k == "REJECT" for k, _ in kinds("The junta declined to release the jailed students."))


@pytest.mark.parametrize("text, kind", [
    ("The naval exercise involving ships from Lakeland and Norvania ended on Sunday.", "COOPERATE"),
    ("The council announced the creation of a new joint working group on fisheries.", "COOPERATE"),
    ("The authorities expelled Tomas Ferreira, a campaigner for land rights, from the country.", "COERCE"),
    ("The ruling bloc expelled four deputies from the party on Monday.", "SANCTION"),
    ("Officials spent months trying to smear the investigative reporter.", "COERCE"),
])
def test_coop_helper_joint_drills_expulsions_smears(kinds, text, kind):
    found = kinds(text)
    assert any(k == kind or (kind == "COERCE" and k == "COERCE") for k, _ in found), found


def test_coop_helper_one_country_drills_with_many_troops_stay_mobilization(kinds):
    found = kinds("Drills involving 3,000 Lakeland troops began on Monday.")
    assert any(k == "MOBILIZE" for k, _ in found) and not any(k == "COOPERATE" for k, _ in found)


def test_the_political_opposition_is_a_party_not_a_rejection(kinds):
    assert not any(k == "REJECT" for k, _ in kinds("Opposition leaders met the prime minister on Monday."))
    assert ("REJECT", "voiced") in kinds("Fishermen voiced their opposition to the new harbour wall.")
    assert ("REJECT", "opposition") in kinds("The opposition to the harbour wall grew over the summer.")


@pytest.mark.parametrize("text, mode", [
    ("The rape of a schoolgirl by two guards was reported on Monday.", "sexual"),
    ("A stabbing outside the stadium left one fan dead.", "primitive"),
    ("Two smugglers died in a shootout with border guards.", "firearms"),
    ("An air raid levelled the bakery.", "aerial"),
])
def test_acts_of_violence_named_by_nouns(nlp, text, mode):
    coder = EventCoder()
    found = {(e.event, e.mode) for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), [])}
    assert ("ASSAULT", mode) in found


@pytest.mark.parametrize("text, kind", [
    ("Scores of police officers were called to the harbour after the brawl.", "MOBILIZE"),
    ("A cybercriminal group emptied the accounts of two regional banks.", "COERCE"),
    ("Armed supporters of the governor set up roadblocks on the highway.", "MOBILIZE"),
])
def test_coop_helper_police_called_cyber_crime_armed_supporters(kinds, text, kind):
    assert any(k == kind for k, _ in kinds(text))


def test_coop_helper_calling_the_police_is_no_mobilization(kinds):
    assert not any(k == "MOBILIZE" for k, _ in kinds("Neighbours called the police after hearing shouts."))


def test_a_protest_that_would_be_held_is_a_threat_and_one_that_went_ahead_is_not(nlp):
    from communique.events.plover import fold_event
    coder = EventCoder()

    def folds(text):
        return {(fold_event(e), e.trigger.text) for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), [])}
    assert ("THREATEN", "blockade") in folds("Fishermen said they would blockade the harbour from Thursday.")
    assert ("PROTEST", "rampage") in folds("Football fans went on a rampage through the old town.")
    assert ("ASSAULT", "war") in folds("The two kingdoms went to war over the river.")


@pytest.mark.parametrize("text, trigger", [
    ("Bhutan joined the regional fisheries convention last spring.", "joined"),
    ("The island state acceded to the anti-mining treaty.", "acceded to"),
])
def test_joining_a_treaty_is_support(kinds, text, trigger):
    assert ("SUPPORT", trigger) in kinds(text)


def test_joining_a_march_is_no_support(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("Farmers joined the march on the capital."))


@pytest.mark.parametrize("text", [
    "The mountain pass remained blocked by snow for a week.",
    "The marchers were blocked by a line of police vans.",
])
def test_physical_blocking_is_no_rejection(kinds, text):
    assert not any(k == "REJECT" for k, _ in kinds(text))


@pytest.mark.parametrize("text, mode", [
    ("Moscow blocked the draft resolution in the council.", None),
    ("The monitors were barred from entering the province.", "assist"),
])
def test_blocking_a_proposal_or_entry_is_a_rejection(nlp, text, mode):
    coder = EventCoder()
    found = [e for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), []) if e.event == "REJECT"]
    assert found and found[0].mode == mode


def test_a_refusal_itself_denied_leaves_the_act_open(nlp):
    from communique.events.plover import fold_event
    coder = EventCoder()
    doc = nlp("The interior ministry did not rule out banning the farmers' union.")
    [ban] = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "banning"]
    assert not ban.negated and ban.modality == "hypothetical" and fold_event(ban) == "THREATEN"
    doc = nlp("The interior ministry refused to ban the farmers' union.")
    [ban] = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "ban"]
    assert ban.negated


@pytest.mark.parametrize("text, expected", [
    ("Observers reported widespread intimidation of voters in the east.", ("THREATEN", "intimidation")),
    ("The council authorised military action against the pirates.", ("ASSAULT", "military action")),
])
def test_intimidation_and_force_named_as_such(kinds, text, expected):
    assert expected in kinds(text)


def test_a_hyphened_backer_is_no_act_of_support(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("Gulf-backed gunmen held the harbour district."))
    assert ("SUPPORT", "backed") in kinds("Qatar backed the gunmen in the harbour district.")


def test_financial_or_military_support_is_aid_not_verbal_support(kinds):
    found = kinds("Norway has given logistical support to the relief convoys.")
    assert ("AID", "support") in found and ("SUPPORT", "support") not in found
    assert ("SUPPORT", "support") in kinds("The senator voiced support for the mayor's plan.")


def test_coop_helper_authorities_shutting_down_a_protest_restrict_it(kinds):
    assert ("COERCE", "shut") in kinds("Riot police shut down the vigil outside the court on Friday.")


def test_out_of_the_question_is_a_rejection(kinds):
    assert ("REJECT", "out of the question") in kinds("The finance minister said a second bailout was out of the question.")


@pytest.mark.parametrize("text, expected", [
    ("The junta said it was open to talks with the exiled opposition.", ("AGREE", "open")),
    ("The monks consented to an inspection of the monastery.", ("AGREE", "consented")),
    ("Iceland volunteered to host the next round.", ("AGREE", "volunteered")),
    ("The envoys exchanged views on the fishing dispute.", ("CONSULT", "exchanged")),
    ("The mayor sat down with the strikers' leaders.", ("CONSULT", "sat down with")),
    ("Border guards exchanged fire with smugglers overnight.", ("ASSAULT", "exchanged")),
])
def test_willingness_consultation_and_exchanges(kinds, text, expected):
    assert expected in kinds(text)
    assert not any(k == "AGREE" for k, _ in kinds("The botanical garden is open to the public on Sundays."))


def test_an_arrest_warrant_is_a_threat_of_arrest_not_an_arrest(kinds):
    found = kinds("The tribunal issued an arrest warrant for the former governor.")
    assert ("THREATEN", "arrest warrant") in found and not any(k == "COERCE" for k, _ in found)
    assert ("THREATEN", "warrant for the arrest") in kinds("A judge signed a warrant for the arrest of the smuggler.")


def test_a_participle_modifier_or_a_conjunct_keeps_its_own_tense(nlp):
    coder = EventCoder()

    def modality(text, trigger):
        [e] = [e for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == trigger]
        return e.modality
    assert modality("The charter, approved on Monday by the assembly, will take effect in May.", "approved") == "asserted"
    assert modality("Chile will host the summit, but the plan has been criticized by unions.", "criticized") == "asserted"


def test_relations_improving_is_support(kinds):
    assert ("SUPPORT", "warmed") in kinds("Ties between Ghana and Togo warmed after the summit.")
    assert not any(k == "SUPPORT" for k, _ in kinds("The harvest improved after the rains."))


def test_a_denied_negator_affirms_the_act(nlp):
    from communique.events.plover import fold_event
    coder = EventCoder()
    doc = nlp("The navy will not hesitate to use force against the trawlers.")
    [use] = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "use"]
    assert not use.negated and fold_event(use) == "THREATEN"
    doc = nlp("The navy hesitated to fire on the trawlers.")
    assert all(e.negated for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.event == "ASSAULT")


def test_speaking_by_phone_is_a_phone_consultation(kinds):
    assert ("CONSULT", "spoke by telephone") in kinds("The two premiers spoke by telephone on Sunday evening.")


@pytest.mark.parametrize("text", [
    "Riot police pushed back the crowd outside the stadium.",
    "The convoy pushed its way through the mountain pass.",
    "The strikers pressed on with the stoppage.",
])
def test_physical_pushing_is_no_request(kinds, text):
    assert not any(k == "REQUEST" for k, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "The envoy pressed Lagos to free the reporters.",
    "Farm groups pushed for lower fuel taxes.",
    "Lisbon is pushing hard for the bank to ease the loan terms.",
])
def test_pressing_someone_for_something_is_a_request(kinds, text):
    assert any(k == "REQUEST" for k, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "The colonel in charge of the garrison retired in June.",
    "Two more ministries followed suit on Friday.",
    "The panel is charged with reviewing the port contracts.",
])
def test_idioms_with_charge_and_suit_accuse_nobody(kinds, text):
    assert not any(k == "ACCUSE" for k, _ in kinds(text))


def test_charging_a_suspect_is_still_an_accusation(kinds):
    assert ("ACCUSE", "charged") in kinds("Prosecutors charged the former mayor with fraud.")


def test_promising_restraint_is_a_concession_and_a_denied_protest_no_threat(nlp, kinds):
    from communique.events.plover import fold_event
    assert ("CONCEDE", "pledged") in kinds("The guerrillas pledged not to attack the polling stations.")
    coder = EventCoder()
    doc = nlp("The dean said the students should not hold sit-ins in the library.")
    assert not any(fold_event(e) == "THREATEN" for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []))


def test_not_approving_as_a_stance_is_disapproval(kinds):
    assert ("ACCUSE", "approve") in kinds("Most farmers do not approve of the new land minister.")
    assert ("SUPPORT", "approve") in kinds("The council did not approve the budget.")


@pytest.mark.parametrize("text, trigger", [
    ("Border guards fired on a fishing boat near the reef.", "fired"),
    ("Masked men gunned down a magistrate outside the courthouse.", "gunned down"),
    ("Three engineers were taken hostage at the mine.", "taken hostage"),
    ("Mortar fire hit the market overnight.", "Mortar fire"),
])
def test_firing_on_targets_and_hostage_taking_are_assaults(kinds, text, trigger):
    assert ("ASSAULT", trigger) in kinds(text)
    assert not any(k == "ASSAULT" for k, _ in kinds("The club fired its coach on Tuesday."))


def test_a_bare_measure_is_no_sanction(kinds):
    assert not any(k == "SANCTION" for k, _ in kinds("The assembly approved a measure to fund rural clinics."))
    assert any(k == "SANCTION" for k, _ in kinds("The bloc imposed punitive measures on the junta."))


def test_walking_out_of_talks_is_halting_negotiations(nlp, kinds):
    assert ("SANCTION", "walked out") in kinds("The union's negotiators walked out of the wage talks.")
    assert ("PROTEST", "walked out") in kinds("Dock workers walked out of the terminal at dawn.")
    coder = EventCoder()
    doc = nlp("The separatists threatened to walk away from the negotiations.")
    found = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.event == "THREATEN"]
    assert found and found[0].mode == "relations"


def test_allowing_is_a_concession_only_when_people_or_doings_are_allowed(kinds):
    assert ("CONCEDE", "allow") in kinds("The cabinet agreed to allow women to drive taxis.")
    assert ("CONCEDE", "permit") in kinds("The junta will permit foreign journalists to enter the province.")
    assert not any(k == "CONCEDE" for k, _ in kinds("Deeper integration would allow both harbours to grow faster."))
    assert not any(k == "CONCEDE" for k, _ in kinds("The new law allows the ministry to freeze the assets of charities."))
    assert ("CONCEDE", "allowed") in kinds("Relatives of the detainees will be allowed to visit them on Sundays.")


def test_a_roundtable_is_a_consultation(kinds):
    assert ("CONSULT", "held") in kinds("The rival clans held a roundtable in the port town.")


def test_imposed_measures_are_penalties(kinds):
    assert ("SANCTION", "imposing") in kinds("The council held off imposing further measures on the cartel bosses.")


def test_a_conditional_withdrawal_is_a_threat_only_on_a_demand(kinds):
    assert ("THREATEN", "withdraw") in kinds(
        "Ghana said it will withdraw its monitors from the valley unless the militias disarm.")
    found = kinds("The militia said it will hand over its rifles if the amnesty is signed.")
    assert not any(k == "THREATEN" for k, _ in found)


def test_the_alternative_of_an_ultimatum_is_a_threat(kinds):
    assert ("THREATEN", "detention") in kinds("The governor told the squatters to leave the park or face detention.")
    assert ("THREATEN", "sanctions") in kinds("The bloc said the junta must free the prisoners or risk fresh sanctions.")
    assert ("COERCE", "detained") in kinds("Police detained the squatters in the park.")


@pytest.mark.parametrize("text, expected", [
    ("Striking dockers occupied the harbour master's office.", ("PROTEST", "occupied")),
    ("Students defaced the monument to the old regime.", ("PROTEST", "defaced")),
])
def test_protesters_occupying_or_defacing(kinds, text, expected):
    assert expected in kinds(text)
    assert not any(k == "PROTEST" for k, _ in kinds("Government troops occupied the hill town."))


@pytest.mark.parametrize("text, expected", [
    ("The fighting in the delta stopped on Sunday.", ("RETREAT", "stopped")),
    ("Two decades of conflict in the highlands have ended.", ("RETREAT", "ended")),
    ("The siege of the port was lifted after talks.", ("RETREAT", "lifted")),
])
def test_an_ending_conflict_is_a_retreat_and_takes_its_subject_in(kinds, text, expected):
    found = kinds(text)
    assert expected in found and not any(k == "ASSAULT" for k, _ in found)


@pytest.mark.parametrize("text", [
    "The embassy did not immediately respond to a request for comment.",
    "Calls seeking comment from the ministry went unanswered.",
    "The ministry did not respond to a phone call seeking comment on Friday.",
])
def test_a_reporter_seeking_comment_reports_no_act(kinds, text):
    assert kinds(text) == set()


def test_a_request_for_access_is_still_a_request(kinds):
    assert ("REQUEST", "requested") in kinds("The agency requested access to the camp on Friday.")


# precision on real news: allowing is a concession only when a party allows
@pytest.mark.parametrize("text", [
    "The new rebate allowed the bakery to hire four more staff.",
    "The disputed tally was allowed to stand until the audit.",
    "We were not allowed to finish the rehearsal.",
    "It would allow the committee to finish its report before the holidays.",
    "A messaging service that allows members to share photos grew quickly.",
])
def test_allowing_by_things_or_by_nobody_is_no_concession(kinds, text):
    assert not any(k in ("CONCEDE", "REJECT") for k, _ in kinds(text))


@pytest.mark.parametrize("text, expected", [
    ("The junta allowed opposition parties to hold rallies in the capital.", ("CONCEDE", "allowed")),
    ("The regime freed two editors and allowed independent candidates to register.", ("CONCEDE", "allowed")),
    ("Striking miners were allowed by the authorities to march to the ministry.", ("CONCEDE", "allowed")),
])
def test_a_party_allowing_is_still_a_concession(kinds, text, expected):
    assert expected in kinds(text)


def test_looking_into_someones_eyes_is_no_investigation(kinds):
    assert not any(k == "ACCUSE" for k, _ in kinds("The governor looked into the eyes of the grieving families."))
    assert ("ACCUSE", "look into") in kinds("The ombudsman will look into the complaints about the tender.")


@pytest.mark.parametrize("text", [
    "The columnist was discredited by a string of retractions.",
    "The coach kept discrediting his assistant's tactics.",
])
def test_discrediting_alone_is_no_misinformation(kinds, text):
    assert not any(k == "COERCE" for k, _ in kinds(text))


@pytest.mark.parametrize("text, expected", [
    ("The assembly voted against the pension reform on Thursday.", ("REJECT", "voted against")),
    ("The board decided against reopening the talks with the union.", ("REJECT", "decided against")),
])
def test_voting_or_deciding_against_is_a_rejection(kinds, text, expected):
    assert expected in kinds(text)
    assert not any(k == "REJECT" for k, _ in kinds("The assembly voted for the pension reform on Thursday."))


@pytest.mark.parametrize("text, expected", [
    ("The ministry says it has no plans to lift the fuel embargo.", "REJECT"),
    ("The garrison has no plans to shell the harbour.", "CONCEDE"),
])
def test_no_plans_to_act_is_a_declared_refusal_or_restraint(kinds, text, expected):
    found = kinds(text)
    assert any(k == expected for k, _ in found)
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Kidnappers freed Maria Lopez late on Tuesday.", ("RETREAT", "freed")),
    ("The trawler's crew was released after nine days.", ("RETREAT", "released")),
    ("The guerrillas vacated their hilltop positions overnight.", ("RETREAT", "vacated")),
    ("Norway evacuated its embassy in the besieged capital.", ("SANCTION", "evacuated")),
])
def test_releases_abandoned_ground_and_evacuated_embassies(kinds, text, expected):
    assert expected in kinds(text)
    assert not any(k == "RETREAT" for k, _ in kinds("The agency released its annual report on Monday."))
    assert not any(k == "SANCTION" for k, _ in kinds("Firefighters evacuated two hundred residents."))


def test_wanting_someone_to_be_something_is_no_request(kinds):
    assert not any(k == "REQUEST" for k, _ in kinds("Most farmers want the senator to be their next governor."))
    assert not any(k == "REQUEST" for k, _ in kinds("If you want voters to know your plan, publish it."))
    assert ("REQUEST", "wants") in kinds("The union wants the ministry to withdraw the decree.")


def test_a_conjoined_verb_with_its_own_tense_escapes_the_first_negation(nlp):
    coder = EventCoder()
    doc = nlp("The chamber is not a lobby and supports candidates of both parties.")
    found = [(e.event, e.negated) for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), [])
             if e.trigger.text == "supports"]
    assert found and found[0] == ("SUPPORT", False)
    doc = nlp("The envoys did not meet or talk on Friday.")
    found = coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), [])
    assert found and all(e.negated for e in found)
    doc = nlp("The ministry neither confirmed nor denied the report of a prisoner swap.")
    assert all(e.negated for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), [])
               if e.trigger.text == "denied")


def test_forces_moving_or_advancing_is_a_mobilization(kinds):
    assert ("MOBILIZE", "moved") in kinds("The marines moved into the valley overnight.")
    assert ("MOBILIZE", "advanced") in kinds("Riot police advanced toward the harbour gates.")
    # "moved to" + a step is taking a step, not a move of forces
    assert not any(k == "MOBILIZE" for k, _ in kinds("The army moved to dissolve the assembly."))


def test_firing_observers_is_expelling_them_but_firing_on_them_is_not(kinds):
    assert ("SANCTION", "fired") in kinds("The governor fired the foreign election observers.")
    assert not any(k == "SANCTION" for k, _ in kinds("Gunmen fired on the election observers on Monday."))


@pytest.mark.parametrize("text", [
    "The senator has long taken a cautious approach to the use of military force.",
    "The admiral in charge of military operations in the region gave a lecture.",
])
def test_force_as_a_nouns_topic_is_no_assault(kinds, text):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds(text))


def test_force_used_is_still_an_assault(kinds):
    assert any(k == "ASSAULT" for k, _ in kinds("The rights group condemned the excessive use of force against the marchers."))
    assert any(k == "ASSAULT" for k, _ in kinds("A military operation against the smugglers began at dawn."))


@pytest.mark.parametrize("text, expected", [
    ("The tribunal fined the shipping firm for the spill.", ("SANCTION", "fined")),
    ("The attache was declared persona non grata and told to leave.", ("SANCTION", "persona non grata")),
])
def test_fines_and_persona_non_grata_are_sanctions(kinds, text, expected):
    assert expected in kinds(text)
    assert not any(k == "SANCTION" for k, _ in kinds("The harvest was fine this year."))


@pytest.mark.parametrize("text, expected", [
    ("The shelling of the port paused for three hours.", ("RETREAT", "paused")),
    ("The skirmishes along the ridge died down by dawn.", ("RETREAT", "died down")),
    ("The guerrillas gave back the land they had taken.", ("RETREAT", "gave back")),
])
def test_fighting_that_pauses_and_property_given_back_are_retreats(kinds, text, expected):
    found = kinds(text)
    assert expected in found and not any(k == "ASSAULT" for k, _ in found)


def test_firing_people_is_no_shooting(kinds):
    assert not any(k == "ASSAULT" for k, _ in kinds("The bakery chain keeps firing workers to cut costs."))
    assert ("ASSAULT", "fired") in kinds("Soldiers fired on the workers and the students at the gate.")


@pytest.mark.parametrize("text", [
    "The governor is assured of winning most of the county's delegates.",
    "Her early wins assure her of a place in the runoff.",
])
def test_an_assured_outcome_is_no_promise(kinds, text):
    assert not any(k == "AGREE" for k, _ in kinds(text))


def test_a_party_assuring_another_still_agrees(kinds):
    assert any(k == "AGREE" for k, _ in kinds("Ghana assured the donors that it would repay the loan."))


@pytest.mark.parametrize("text", [
    "The poll numbers are a positive sign for the governing party.",
    "Voters should remain appreciative of the region's many languages.",
])
def test_assessments_and_understanding_are_no_support(kinds, text):
    assert not any(k == "SUPPORT" for k, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "The junta did not accept the envoy's offer of mediation.",
    "The opposition does not recognize the official tally.",
    "Harbour officials turned away two aid shipments on Friday.",
])
def test_not_accepting_and_turning_away_are_rejections(kinds, text):
    assert any(k == "REJECT" for k, _ in kinds(text))


def test_an_acceptance_not_yet_given_is_no_rejection(kinds):
    assert not any(k == "REJECT" for k, _ in kinds("The junta has not yet accepted the offer of mediation."))


@pytest.mark.parametrize("text, expected", [
    ("Extra gendarmes were drafted in before the count.", ("MOBILIZE", "drafted in")),
    ("The navy has been stockpiling anti-ship missiles.", ("MOBILIZE", "stockpiling")),
    ("Armoured columns of tanks rolled into the port.", ("MOBILIZE", "rolled")),
])
def test_drafting_in_stockpiling_and_rolling_in_are_mobilizations(kinds, text, expected):
    assert expected in kinds(text)
    assert not any(k == "MOBILIZE" for k, _ in kinds("The exporters increased arms sales to the region."))


def test_observers_leaving_and_revoked_accreditation_are_sanctions(kinds):
    assert ("SANCTION", "left") in kinds("The European monitors left the country on Thursday.")
    assert ("SANCTION", "revoked") in kinds("The ministry revoked the accreditation of the foreign monitors.")
    assert not any(k == "SANCTION" for k, _ in kinds("The envoy left for Nairobi on Thursday."))


@pytest.mark.parametrize("text", [
    "The junta brushed aside appeals for a truce.",
    "The governor shrugged off demands to resign.",
])
def test_brushing_aside_or_shrugging_off_rejects(kinds, text):
    assert any(k == "REJECT" for k, _ in kinds(text))


@pytest.mark.parametrize("text, expected", [
    ("Customs officers released the seized cargo to its owners.", ("RETREAT", "released")),
    ("The garrison pulled out of the hill town at dawn.", ("RETREAT", "pulled out")),
])
def test_released_cargo_and_a_garrison_pulling_out_are_retreats(kinds, text, expected):
    assert expected in kinds(text)


@pytest.mark.parametrize("text", [
    "Truce talks between the clans resumed on Tuesday.",
    "Diplomats tabled a ceasefire proposal at the summit.",
])
def test_a_ceasefire_naming_what_talks_are_about_is_no_ceasefire(kinds, text):
    assert not any(k in ("RETREAT", "CONCEDE") for k, _ in kinds(text))
    assert ("RETREAT", "truce") in kinds("A truce between the clans has been in place since Tuesday.")


def test_abandoning_a_stance_is_no_retreat(kinds):
    assert not any(k == "RETREAT" for k, _ in kinds("The party abandoned its position on the pension reform."))
    assert ("RETREAT", "abandoned") in kinds("The militia abandoned its last stronghold in the hills.")


def test_not_recognizing_in_the_sense_of_perceiving_is_no_rejection(kinds):
    assert not any(k == "REJECT" for k, _ in kinds("The senator does not recognize the danger of the new policy."))
    assert any(k == "REJECT" for k, _ in kinds("Most states do not recognize the breakaway republic."))
    assert not any(k == "REJECT" for k, _ in kinds("The mayor's bold moves have brushed aside the old routines."))


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Soldiers traded fire with gunmen near the dam.", ("ASSAULT", "traded"), "COOPERATE"),
    ("Tensions eased after the second round of talks.", ("CONSULT", "talks"), "CONCEDE"),
    ("The charity suspended its activities in the north.", None, "RETREAT"),
    ("Frigates were sent to the disputed waters.", None, "AID"),
])
def test_words_that_only_look_like_acts(kinds, text, expected, not_expected):
    found = kinds(text)
    assert expected is None or expected in found
    assert not any(k == not_expected for k, _ in found)


def test_a_party_named_by_a_pronoun_or_a_group_let_in_makes_allowing_a_concession(kinds):
    assert ("CONCEDE", "allow") in kinds("We are going to allow the families to leave the camp.")
    assert ("CONCEDE", "allowed") in kinds("The rebel group has been allowed to enter the capital.")
    assert not any(k == "CONCEDE" for k, _ in kinds("It allows exports of fruit and wine."))


def test_concede_a_would_reported_by_a_declaration_is_a_promise(kinds):
    assert ("CONCEDE", "beat") in kinds("The governor said on Friday that the guards would not beat the strikers.")
    assert ("CONCEDE", "withdraw") in kinds("The commander told the council the army would withdraw its brigade from the valley.")
    # a condition makes it a threat, not a promise
    assert not any(k == "CONCEDE" for k, _ in kinds("The general said he would shell the port if the siege went on."))


def test_concede_withdrawing_fighters_is_a_retreat_not_a_sanction(kinds):
    found = kinds("The movement agreed to withdraw its guerrillas from the two districts.")
    assert ("CONCEDE", "withdraw") in found
    assert not any(k in ("SANCTION", "THREATEN") for k, _ in found)


def test_concede_dropping_an_objection_or_charges(kinds):
    assert ("CONCEDE", "dropped") in kinds("The ministry dropped its objection to the pipeline route.")
    assert ("CONCEDE", "drop") in kinds("The prosecutor will drop the charges against the dockworkers.")


def test_concede_suspending_an_offensive_declares_a_pause(kinds):
    assert ("CONCEDE", "suspended") in kinds("The insurgents suspended their offensive on the port city.")
    assert ("RETREAT", "stopped") in kinds("The shelling of the port stopped at dawn.")


def test_concede_backing_off_is_no_support(kinds):
    found = kinds("The council backed off from its plan to tax street vendors.")
    assert ("CONCEDE", "backed off") in found
    assert not any(k == "SUPPORT" for k, _ in found)


def test_concede_an_announced_intention_to_disarm(kinds):
    assert ("CONCEDE", "hand over") in kinds("The militia announced its intention to hand over its weapons.")


def test_threat_vow_to_renew_a_campaign_named_by_its_act_is_a_threat(kinds):
    found = kinds("The insurgents pledged to revive the bombing campaign in the valley.")
    assert any(k == "THREATEN" and t == "pledged" for k, t in found)
    assert not any(k == "ASSAULT" for k, _ in found)


def test_threat_not_ruling_out_a_named_act_leaves_it_open(kinds):
    found = kinds("The defence minister did not rule out air strikes on the rebel camps.")
    assert not any(k == "REJECT" for k, _ in found)
    assert any(k == "ASSAULT" for k, _ in found)
    assert any(k == "REJECT" for k, _ in kinds("The defence minister ruled out air strikes on the rebel camps."))


def test_threat_warning_of_readiness_is_a_threat_of_the_act(kinds):
    found = kinds("The general warned that his troops were ready to attack the town.")
    assert any(k == "THREATEN" for k, _ in found)
    assert not any(k in ("ASSAULT", "MOBILIZE") for k, _ in found)


def test_support_an_aid_deal_signed_is_aid(kinds):
    assert ("AID", "signed") in kinds("The two governments signed a $200 million aid agreement in the capital.")
    assert ("SUPPORT", "signed") in kinds("The two governments signed a border treaty in the capital.")


def test_support_medical_support_is_aid(kinds):
    found = kinds("Medical support from the neighbouring state reached the flooded towns.")
    assert ("AID", "support") in found and ("SUPPORT", "support") not in found


def test_support_cancelled_participation_is_a_boycott(kinds):
    assert ("PROTEST", "cancelled") in kinds("The federation cancelled its participation in the regional summit.")


def test_support_approving_adjectives(kinds):
    assert ("SUPPORT", "pleased") in kinds("The envoy said she was pleased with the ruling.")
    assert ("SUPPORT", "supportive") in kinds("The bishops were supportive of the reform.")
    assert not any(k == "SUPPORT" for k, _ in kinds("The coach was happy with the weather."))
    found = kinds("The union is not satisfied with the decision.")
    assert ("ACCUSE", "satisfied") in found and not any(k == "SUPPORT" for k, _ in found)


def test_support_diplomatic_cooperation_is_support(kinds):
    found = kinds("The two capitals have expanded their diplomatic cooperation.")
    assert ("SUPPORT", "expanded") in found and not any(k == "COOPERATE" for k, _ in found)
    assert ("COOPERATE", "expanded") in kinds("The two navies have expanded their military cooperation.")


def test_support_poll_shares_are_no_support(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("Most voters backed the governor in the primary."))
    assert not any(k == "SUPPORT" for k, _ in kinds("The senator's support among farmers has grown."))
    assert ("SUPPORT", "backed") in kinds("The cabinet backed the reform on Monday.")


def test_support_talking_consults_only_with_someone(kinds):
    assert not any(k == "CONSULT" for k, _ in kinds("The governor spent the evening talking about farm prices."))
    assert not any(k == "CONSULT" for k, _ in kinds("The mayor talked to reporters after the vote."))
    assert ("CONSULT", "talked") in kinds("The premier talked with the rebel commander on Sunday.")
    assert ("CONSULT", "talked") in kinds("The two delegations talked for six hours.")


def test_support_talk_in_the_singular_is_chatter(kinds):
    assert not any(k == "CONSULT" for k, _ in kinds("There has been much talk of a merger in the capital."))
    assert ("CONSULT", "Talks") in kinds("Talks between the miners and the owners resumed on Friday.")


def test_support_a_news_conference_is_no_consultation(kinds):
    assert not any(k == "CONSULT" for k, _ in kinds("The governor spoke at a news conference in the port city."))
    assert ("CONSULT", "conference") in kinds("A regional conference on water sharing opened in the port city.")


def test_support_words_naming_a_firm_or_a_quarrel_are_no_cooperation(kinds):
    assert not any(k == "COOPERATE" for k, _ in kinds("The trade group for the growers filed a complaint."))
    assert not any(k == "COOPERATE" for k, _ in kinds("The aide read the email exchanges aloud."))
    assert ("COOPERATE", "Trade") in kinds("Trade between the two islands doubled last year.")


def test_lead_showing_and_gathering_verbs_and_figurative_fights_are_no_protest_or_assault(kinds):
    assert not any(k == "PROTEST" for k, _ in kinds("The senator demonstrated a firm grasp of the budget."))
    assert not any(k == "PROTEST" for k, _ in kinds("The governor hopes to rally rural voters behind the plan."))
    assert not any(k == "PROTEST" for k, _ in kinds("The candidate spoke at a campaign rally in the mill town."))
    assert ("PROTEST", "demonstrated") in kinds("Thousands of teachers demonstrated outside the ministry.")
    assert not any(k == "ASSAULT" for k, _ in kinds("The mayor shrugged off the personal attacks from his rivals."))
    assert not any(k == "ASSAULT" for k, _ in kinds("The long nomination battle drained her funds."))
    assert not any(k == "ASSAULT" for k, _ in kinds("The party aired an attack ad on Sunday."))
    assert ("ASSAULT", "violence") in kinds("Gangs stirred up political violence in the port city.")


def test_concede_promising_not_to_oppose(kinds):
    assert ("CONCEDE", "agreed") in kinds("The farmers' union agreed on Monday it would not oppose the new canal.")
    assert ("CONCEDE", "block") in kinds("The senators said they would not block the appointment.")
    # not denying a report concedes nothing
    assert not any(k == "CONCEDE" for k, _ in kinds("The ministry would not deny the report."))


def test_concede_announcing_the_lifting_of_a_curfew_imposes_none(kinds):
    found = kinds("The governor announced the lifting of the night curfew.")
    assert ("CONCEDE", "lifting") in found
    assert not any(k == "COERCE" for k, _ in found)


def test_concede_giving_up_a_veto_or_an_opposition(kinds):
    assert ("CONCEDE", "giving up") in kinds("The island is giving up its veto over the fishing quotas.")
    assert ("CONCEDE", "stop") in kinds("The rebel army agreed to stop its guerrilla warfare in the south.")


def test_concede_a_state_pulling_out_of_a_country_is_a_retreat(kinds):
    assert ("RETREAT", "withdrew") in kinds("Serbia withdrew from Kosovo in June.")
    # a rights group or a company leaving a country withdraws itself (SANCTION)
    assert ("SANCTION", "withdrawn") in kinds("Human Rights Watch has withdrawn from Georgia.")
    assert ("CONCEDE", "denuclearize") in kinds("Pyongyang agreed to denuclearize within two years.")


def test_concede_a_truce_signed_or_reached_is_declared(kinds):
    assert ("CONCEDE", "truce") in kinds("The two clans reached a truce on Tuesday.")
    assert ("CONCEDE", "ceasefire") in kinds("The militias signed a ceasefire agreement in the capital.")
    # a mediator brokering one, or one in force, declares nothing
    assert not any(k in ("CONCEDE", "RETREAT") for k, _ in kinds("The envoy is trying to broker a ceasefire."))
    assert ("RETREAT", "held") in kinds("The ceasefire held through the night.")


def test_retreat_a_verb_without_subject_takes_the_subject_of_the_verb_it_completes(kinds):
    assert ("RETREAT", "withdrawing") in kinds("The marines started withdrawing from the valley at dawn.")
    assert ("RETREAT", "withdraw") in kinds("The guerrillas were forced to withdraw from the hills.")
    assert ("RETREAT", "withdrew") in kinds("The rebels crossed the river and withdrew from the mining town.")


def test_retreat_pull_is_a_withdrawal_only_out_or_back_or_with_what_is_pulled(kinds):
    assert not any(k in ("SANCTION", "RETREAT") for k, _ in kinds("The governor pulled almost sixty percent of the vote."))
    assert not any(k in ("SANCTION", "RETREAT") for k, _ in kinds("She pulled the old banner from the wall."))
    assert ("RETREAT", "pulled back") in kinds("The brigade pulled back from the frontier villages.")
    assert ("RETREAT", "pulled") in kinds("Ankara pulled its soldiers out of the enclave.")
    assert ("SANCTION", "pulled") in kinds("Lima pulled its envoy from the neighbouring capital.")


def test_retreat_a_person_named_by_a_pronoun_is_released(kinds):
    assert ("RETREAT", "released") in kinds("She was arrested at the rally and released two days later.")
    assert ("RETREAT", "freed") in kinds("Most of those detained in the sweep were freed on Monday.")
    assert not any(k == "RETREAT" for k, _ in kinds("The bureau has not released them for this year."))
    assert not any(k == "RETREAT" for k, _ in kinds("He was treated and released from the hospital."))


def test_retreat_military_presence_and_held_ground_are_withdrawn(kinds):
    assert ("RETREAT", "withdrew") in kinds("The kingdom withdrew its military presence from the disputed archipelago.")


def test_retreat_tightening_security_is_mobilizing_police(kinds):
    assert ("MOBILIZE", "tightened") in kinds("Police tightened security around the cathedral before the funeral.")
    assert ("MOBILIZE", "stepped up") in kinds("Gendarmes stepped up security at the border crossings.")
    assert not any(k == "MOBILIZE" for k, _ in kinds("The senator wants to expand Social Security benefits."))


def test_retreat_an_army_preparing_for_war_mobilizes(kinds):
    assert ("MOBILIZE", "preparing") in kinds("The army is preparing for a possible conflict with its neighbour.")
    assert not any(k == "MOBILIZE" for k, _ in kinds("Villagers prepared for an attack by bandits."))
    assert not any(k == "MOBILIZE" for k, _ in kinds("The campaign is preparing for a long battle in the primaries."))


def test_retreat_forces_leaving_their_positions_withdraw(kinds):
    assert ("RETREAT", "left") in kinds("By midnight the border units had left their positions on the ridge.")
    assert not any(k == "RETREAT" for k, _ in kinds("The engineer left the company after ten years."))


def test_retreat_declared_unwillingness_is_a_refusal_or_restraint(kinds):
    assert ("REJECT", "willing") in kinds("The council is not willing to negotiate with the strikers.")
    assert ("REJECT", "intention") in kinds("The cabinet has no intention of changing its stance on the dam.")
    assert ("CONCEDE", "intention") in kinds("The general said his army has no intention of invading the islands.")
    assert ("REJECT", "unwilling") in kinds("The governor is unwilling to meet the union leaders.")
    assert not any(k == "REJECT" for k, _ in kinds("The two delegations are not yet ready to sign the final text."))


def test_retreat_deploying_or_reinforcing_needs_a_force_or_a_weapon(kinds):
    assert not any(k == "MOBILIZE" for k, _ in kinds("The campaign deployed its best fundraiser in the suburbs."))
    assert not any(k == "MOBILIZE" for k, _ in kinds("The debate reinforced doubts about the senator."))
    assert ("MOBILIZE", "deployed") in kinds("The ministry deployed two tank battalions along the river.")
    assert ("MOBILIZE", "reinforced") in kinds("The general reinforced the garrison with fresh troops.")


def test_retreat_a_guilty_pleasure_and_a_deal_cut_are_no_sanctions(kinds):
    assert not any(k == "SANCTION" for k, _ in kinds("The mayor called the quiz show her guilty pleasure."))
    assert not any(k == "SANCTION" for k, _ in kinds("The two senators cut a deal on the farm bill."))
    assert ("SANCTION", "cut") in kinds("The republic cut diplomatic ties with its neighbour.")


def test_retreat_peacekeepers_arriving_or_a_border_reopened_for_them_is_access(kinds):
    assert ("RETREAT", "arriving") in kinds("Peacekeepers arriving in the port town were greeted by crowds.")
    assert ("RETREAT", "reopened") in kinds("The junta reopened the border to the aid convoys.")
    assert ("RETREAT", "arrival") in kinds("The arrival of the ceasefire monitors calmed the villages.")


def test_retreat_a_bare_mention_of_peacekeepers_is_no_access(kinds):
    assert not any(k == "RETREAT" for k, _ in kinds("Two peacekeepers were hurt when their truck overturned."))
    assert ("RETREAT", "patrolling") in kinds("Blue-helmeted peacekeepers began patrolling the buffer zone.")


def test_retreat_a_patch_or_handful_of_peacekeepers_arriving_is_access(kinds):
    assert ("RETREAT", "arrived") in kinds("A second patch of peacekeeping troops arrived at the river port on Sunday.")


def test_threat_declaring_an_act_will_not_be_tolerated_is_a_warning(kinds):
    assert ("THREATEN", "tolerate") in kinds("The coastal state will not tolerate any incursion into its fishing zone.")
    assert any(k == "THREATEN" for k, _ in kinds("Officials said such provocations would no longer be tolerated."))
    # describing a habit is no warning
    assert not any(k == "THREATEN" for k, _ in kinds("The old regime does not tolerate dissent among its officers."))


def test_threat_warning_that_attacks_will_not_be_tolerated_promises_nothing(kinds):
    found = kinds("The governor warned that the province would not tolerate attacks on its police posts.")
    assert any(k == "THREATEN" for k, _ in found)
    assert not any(k == "CONCEDE" for k, _ in found)


def test_threat_vowing_revenge_is_a_threat_of_violence(kinds):
    assert ("THREATEN", "vowed") in kinds("The clan elders vowed revenge after the raid on their village.")
    assert not any(k == "THREATEN" for k, _ in kinds("The clan elders vowed reforms of the grazing rules."))


def test_threat_an_act_a_noun_is_about_keeps_its_own_status(kinds):
    # the shelling happened: the plan is of the inquiry, not of the shelling
    found = kinds("The council plans an inquiry into the shelling of the market.")
    assert ("ASSAULT", "shelling") in found
    assert not any(k == "THREATEN" for k, _ in found)


@pytest.mark.parametrize("text", [
    "Senator Maria Gonzalez would beat Governor Peter Lang by six points.",
    "Governor Peter Lang was crushed by Senator Maria Gonzalez in the primary.",
])
def test_threat_beating_a_rival_in_a_vote_is_no_assault(kinds, text):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds(text))


def test_threat_one_politician_attacking_another_is_criticism(kinds):
    found = kinds("Senator Maria Gonzalez attacked Governor Peter Lang over his pension plan.")
    assert ("ACCUSE", "attacked") in found
    assert not any(k == "ASSAULT" for k, _ in found)
    assert any(k == "ASSAULT" for k, _ in kinds("Masked gunmen attacked him outside the station."))


def test_support_a_joint_rail_link_is_cooperation(kinds):
    assert ("COOPERATE", "link") in kinds("Ghana and Togo have begun building a joint rail link.")


def test_support_calls_and_appeals_that_ask_nothing(kinds):
    assert not any(k == "REQUEST" for k, _ in kinds("The mayor spoke on a conference call with donors."))
    assert not any(k == "REQUEST" for k, _ in kinds("The governor's appeal among young farmers is growing."))
    assert not any(k == "REQUEST" for k, _ in kinds("Domestic demand for timber fell sharply."))
    assert ("REQUEST", "appeal") in kinds("The bishops issued an appeal for calm.")


def test_support_offering_views_promises_nothing(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("The minister offered his thoughts on the budget."))
    assert ("AGREE", "offered") in kinds("The junta offered to release the detained students.")


def test_support_obligations_that_ask_no_one(kinds):
    assert not any(k == "REQUEST" for k, _ in kinds('"We have to win the western counties," the senator said.'))
    assert not any(k == "REQUEST" for k, _ in kinds('"There should be a better way," the mayor said.'))
    assert not any(k == "REQUEST" for k, _ in kinds("The governor said a judge must be patient."))
    assert not any(k == "REQUEST" for k, _ in kinds("In the survey, 40 percent of voters said the mayor should resign."))
    assert ("REQUEST", "said") in kinds("The envoy said the militias must leave the port.")
    assert ("REQUEST", "told") in kinds('"You need to release the journalists," the envoy told the general.')


def test_support_receiving_is_hosting_only_a_visitor(kinds):
    assert ("CONSULT", "received") in kinds("The emir received the Malian foreign minister in Doha.")
    assert not any(k == "CONSULT" for k, _ in kinds("The governor received hundreds of letters from farmers."))
    assert not any(k == "CONSULT" for k, _ in kinds("The mayor received the report on Wednesday."))


def test_support_a_campaign_rally_is_no_protest(kinds):
    assert not any(k == "PROTEST" for k, _ in kinds("The senator spoke at a campaign rally in the mill town."))
    assert any(k == "PROTEST" for k, _ in kinds("Thousands joined a rally against the dam in the mill town."))


def test_appeals_seeking_and_lobbying_are_requests_only_when_they_ask_for_something(kinds):
    assert ("REQUEST", "appealed") in kinds("The bishop appealed for calm after the vote.")
    assert ("REQUEST", "appealed") in kinds("The envoy appealed to both militias to leave the bridge.")
    assert not any(k == "REQUEST" for k, _ in kinds("The governor hopes to appeal to suburban voters."))
    assert not any(k == "REQUEST" for k, _ in kinds("Nobody doubted the senator's broad appeal."))
    assert ("REQUEST", "sought") in kinds("The island sought talks with the fishing league.")
    assert not any(k == "REQUEST" for k, _ in kinds("Both candidates sought to align themselves with farmers."))
    assert not any(k == "REQUEST" for k, _ in kinds("The lobbying firms kept their contracts."))


def test_concede_refusing_to_be_intimidated_is_no_promise(kinds):
    assert not any(k == "CONCEDE" for k, _ in kinds("The mayor said she would not be bullied by the cartel."))
    assert not any(k == "CONCEDE" for k, _ in kinds("The army said it would not comment on the manoeuvres."))
    assert ("CONCEDE", "attack") in kinds("The guerrillas said they would not attack the convoys.")


def test_support_defending_is_verbal(kinds):
    assert ("SUPPORT", "defended") in kinds("The minister defended the decision to close the consulate.")
    assert not any(k == "SUPPORT" for k, _ in kinds("Militiamen defended the town against the raiders."))
    assert not any(k == "SUPPORT" for k, _ in kinds("The party must defend nine seats in the spring."))


def test_support_signing_up_and_name_recognition_are_no_support(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("Nearly two million farmers signed up for the scheme."))
    assert not any(k == "SUPPORT" for k, _ in kinds("The mayor lacks the name recognition of her rival."))
    assert not any(k == "SUPPORT" for k, _ in kinds("The governor was backed by a majority of voters in the north."))
    assert ("SUPPORT", "backed") in kinds("The rebels were backed by the neighbouring state.")


def test_support_carrying_aid_is_aid(kinds):
    assert ("AID", "carrying") in kinds("Lorries carrying food and medicine reached the flooded valley.")
    assert not any(k == "AID" for k, _ in kinds("Gunmen carrying rifles entered the market."))


def test_support_household_loans_and_campaign_money_are_no_aid(kinds):
    assert not any(k == "AID" for k, _ in kinds("The nurse is still paying off her student loans."))
    assert not any(k == "AID" for k, _ in kinds("The senator accepted campaign donations from the bankers."))
    assert ("AID", "loan") in kinds("The fund approved a loan of $2 billion for the island state.")


def test_support_a_town_hall_meeting_is_no_consultation(kinds):
    assert not any(k == "CONSULT" for k, _ in kinds("At a town hall meeting in the valley, the candidate took questions."))


def test_retreat_a_decline_in_numbers_or_ignoring_a_fact_is_no_rejection(kinds):
    assert not any(k == "REJECT" for k, _ in kinds("Exports of coffee declined 12 percent in the spring."))
    assert not any(k == "REJECT" for k, _ in kinds("The candidate ignored the long history of the dispute."))
    assert ("REJECT", "declined") in kinds("The premier declined the invitation to the summit.")
    assert ("REJECT", "ignored") in kinds("The militia ignored the ultimatum from the governor.")


def test_retreat_ships_sailing_or_sent_and_troops_on_standby_mobilize(kinds):
    assert ("MOBILIZE", "sailed") in kinds("Two destroyers sailed toward the contested reef.")
    assert ("MOBILIZE", "dispatched") in kinds("The admiralty dispatched a submarine to the gulf.")
    assert not any(k == "MOBILIZE" for k, _ in kinds("She headed the finance committee for a decade."))
    assert not any(k == "RETREAT" for k, _ in kinds("The former governor is returning to the White House as an adviser."))


def test_retreat_leaving_a_company_or_board_is_no_resignation(kinds):
    assert not any(k == "RETREAT" for k, _ in kinds("The bank's chief executive resigned after the merger collapsed."))
    assert not any(k == "RETREAT" for k, _ in kinds("The actor stepped down from the board of the museum."))
    assert ("RETREAT", "resigned") in kinds("The defence minister resigned after the leak.")


def test_retreat_refusing_in_other_words(kinds):
    assert ("REJECT", "voted down") in kinds("The assembly voted down the budget amendment.")
    assert ("REJECT", "balked") in kinds("The council balked at the union's conditions.")
    assert ("REJECT", "shunned") in kinds("The guerrillas shunned the mediation effort.")
    assert ("REJECT", "said no to") in kinds("The emir said no to a second round of negotiations.")


def test_retreat_freezing_assets_suspending_membership_withholding_loans_are_sanctions(kinds):
    assert ("SANCTION", "froze") in kinds("The treasury froze the bank accounts of the general's family.")
    assert ("SANCTION", "suspended") in kinds("The bloc suspended the republic's membership after the coup.")
    assert ("SANCTION", "withheld") in kinds("The lenders withheld the second loan tranche from the ministry.")
    assert ("SANCTION", "blacklisted") in kinds("The regulator blacklisted three shipping firms.")
    assert not any(k == "SANCTION" for k, _ in kinds("The chain slashed prices before the holidays."))


def test_retreat_prisoner_swaps_silent_guns_barracks_and_repatriation(kinds):
    assert ("RETREAT", "swapped") in kinds("The warring clans swapped captives at the bridge.")
    assert ("RETREAT", "fell silent") in kinds("The artillery fell silent along the eastern front.")
    assert ("RETREAT", "returned") in kinds("The mutinous soldiers returned to their barracks overnight.")
    assert ("RETREAT", "repatriated") in kinds("About two thousand refugees were repatriated from the border camps.")
    assert not any(k == "RETREAT" for k, _ in kinds("The two ministers exchanged views on fisheries."))


def test_threat_an_attack_made_in_words_is_criticism(kinds):
    assert ("ACCUSE", "attacks") in kinds("The senator stepped up her attacks on the governor's record on taxes.")
    assert ("ACCUSE", "attacks") in kinds("Both candidates traded personal attacks during the debate.")
    found = kinds("A vicious racist attack left a shopkeeper in hospital.")
    assert ("ASSAULT", "attack") in found and not any(k == "ACCUSE" for k, _ in found)


def test_threat_things_named_after_war_report_no_war(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("The mayor has built a large war chest for the race."))
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("The party aired a new attack ad on Sunday."))


def test_threat_fighting_for_people_or_a_place_in_a_race_is_no_force(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("The candidate promised to fight for working families."))
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("Two senators are fighting for third place in the primary."))
    assert any(k == "ASSAULT" for k, _ in kinds("The militia fought for control of the bridge."))


def test_threat_a_rout_at_the_polls_is_no_assault(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("The senator crushed in three southern states."))
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("Our party got crushed last November."))
    assert any(k == "ASSAULT" for k, _ in kinds("The border revolt was crushed within a week."))


def test_threat_force_demanded_on_a_condition_is_an_ultimatum(kinds):
    found = kinds("The ministry demanded the detention of the editors unless they retract the report.")
    assert any(k == "THREATEN" for k, _ in found)
    assert not any(k == "COERCE" for k, _ in found)
    # "even if" sets no condition
    assert any(k == "COERCE" for k, _ in kinds("The ministry demanded the detention of the editors even if they do not retract the report."))


def test_precision_readiness_is_an_offer_only_of_a_coded_act(kinds):
    assert ("AGREE", "ready") in kinds("The rebel commanders said they were ready to negotiate with the army.")
    assert not any(k == "AGREE" for k, _ in kinds("The mayor seemed ready to go back to work after the holiday."))


def test_precision_discussing_needs_a_partner(kinds):
    assert ("CONSULT", "discussed") in kinds("The Kenyan minister discussed the drought with his Ugandan counterpart.")
    assert not any(k == "CONSULT" for k, _ in kinds("The author appeared on the radio to discuss her new novel."))


def test_precision_trade_as_the_topic_of_a_deal_or_a_market_is_no_cooperation(kinds):
    assert not any(k == "COOPERATE" for k, _ in kinds("The senator voted against the regional trade pact."))
    assert not any(k == "COOPERATE" for k, _ in kinds("Fewer families enrolled on the insurance exchanges this year."))
    assert ("COOPERATE", "Trade") in kinds("Trade between the two neighbours doubled after the border reopened.")


def test_precision_a_candidates_following_is_no_support(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("The governor enjoys 41% support in the state."))
    assert not any(k == "SUPPORT" for k, _ in kinds("Her evangelical support has eroded since the spring."))
    assert ("SUPPORT", "support") in kinds("The union announced its support for the striking dockers.")


def test_precision_agreeing_with_a_view_commits_to_nothing(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("Several economists agree that the slowdown was caused by the drought."))
    assert not any(k == "AGREE" for k, _ in kinds("The former ambassador agreed with the analysis."))
    assert ("AGREE", "agreed") in kinds("The two governments agreed that the border post would reopen in May.")


def test_precision_committing_a_crime_is_no_commitment(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("Two brothers committed the murders, police said."))
    assert not any(k == "AGREE" for k, _ in kinds("The witness committed perjury, the judge ruled."))


def test_precision_an_offer_of_no_act_is_no_agreement(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("The bakery offers free coffee to its regular customers."))
    assert ("AGREE", "offered") in kinds("Norway offered to mediate between the government and the rebels.")


def test_precision_recognizing_is_support_only_of_a_party_or_its_claims(kinds):
    assert ("SUPPORT", "recognized") in kinds("The European Union recognized the new government in Tripoli.")
    assert not any(k == "SUPPORT" for k, _ in kinds("The mayor recognized the need to cut spending."))
    assert not any(k == "SUPPORT" for k, _ in kinds("The governor's approval ratings fell to 30 percent."))


def test_precision_signing_is_support_only_of_an_accord(kinds):
    assert ("SUPPORT", "signed") in kinds("Forty states signed onto the climate treaty.")
    assert not any(k == "SUPPORT" for k, _ in kinds("The governor signed the budget bill into law on Friday."))


def test_precision_attending_or_hosting_is_consultation_only_of_a_meeting_or_visitor(kinds):
    assert ("CONSULT", "attended") in kinds("The Ghanaian foreign minister attended the summit in Addis Ababa.")
    assert not any(k == "CONSULT" for k, _ in kinds("The governor attended a football game on Sunday."))
    assert not any(k == "CONSULT" for k, _ in kinds("The comedian hosts a weekly show on cable."))
    assert not any(k == "CONSULT" for k, _ in kinds("The bill stalled during the lame-duck session."))


def test_precision_tuition_help_is_no_aid(kinds):
    assert not any(k == "AID" for k, _ in kinds("Graduates who teach in rural schools would get tuition assistance."))


def test_sthr_renewed_commitment_to_a_party_is_support(kinds):
    assert ("SUPPORT", "renewed") in kinds("Iceland renewed its commitment to the regional alliance on Monday.")
    assert ("SUPPORT", "reaffirmed") in kinds("Peru reaffirmed its solidarity with the flood victims in Bolivia.")
    # a commitment to doing something is a pledge, not support for anyone
    assert not any(k == "SUPPORT" for k, _ in kinds("The mayor reiterated her commitment to lowering fares."))


def test_sthr_signing_an_extradition_treaty_is_judicial_cooperation(kinds):
    assert ("COOPERATE", "signed") in kinds("Malta and Tunisia signed an extradition treaty in Valletta.")
    assert ("SUPPORT", "signed") in kinds("Malta and Tunisia signed a fisheries treaty in Valletta.")


def test_sthr_declaring_the_fighting_goes_on_is_a_threat(kinds):
    assert ("THREATEN", "halt") in kinds("The rebel commander said his men would not halt their raids until the army left.")
    assert ("THREATEN", "vowed") in kinds("The insurgents vowed never to end their attacks on the garrison.")
    # stopping something that is no fighting stays a refusal; a past denial describes
    assert not any(k == "THREATEN" for k, _ in kinds("The mining firm will not stop its operations in the valley."))
    assert not any(k == "THREATEN" for k, _ in kinds("The army did not halt its offensive on Friday."))


def test_sthr_an_intent_through_a_carry_on_verb_takes_the_act(kinds):
    assert ("THREATEN", "vowed") in kinds("The militia vowed to keep shelling the port city.")
    assert ("THREATEN", "promised") in kinds("The interior minister promised to continue to hunt down the kidnappers.")
    # a candidate's verbal attacks on another stay words
    assert not any(k == "THREATEN" for k, _ in kinds("Senator Maria Lopez vowed to keep attacking John Harmon over his votes."))


def test_sthr_tracking_down_wanted_people_is_arrest_only_of_people(kinds):
    assert ("COERCE", "tracked down") in kinds("Police tracked down the two gunmen in a farmhouse near Tarija.")
    assert not any(k == "COERCE" for k, _ in kinds("The reporter tracked down the missing files."))


def test_sthr_fighting_a_social_ill_is_no_force(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("The new premier pledged to fight corruption in the ports."))
    assert ("THREATEN", "vowed") in kinds("The garrison commander vowed to fight the insurgents in the hills.")


def test_sthr_troops_sent_to_a_joint_exercise_cooperate(kinds):
    assert ("COOPERATE", "sent") in kinds("Latvia sent 300 soldiers to the joint naval exercise with Norway.")
    assert ("MOBILIZE", "sent") in kinds("Latvia sent 300 soldiers to the eastern border.")


def test_sthr_a_step_in_the_right_direction_approves(kinds):
    assert ("SUPPORT", "step") in kinds("Chile called the border accord a step in the right direction.")


def test_sthr_a_campaign_of_force_is_fighting_not_a_stand(kinds):
    assert ("THREATEN", "vowed") in kinds("The separatists vowed not to end their campaign of car bombings.")
    assert ("CONCEDE", "ended") in kinds("The nurses' union ended its campaign for shorter shifts.")


def test_sthr_working_together_to_settle_a_dispute_is_diplomatic_support(kinds):
    assert ("SUPPORT", "working") in kinds("Gabon and Congo have been working together to resolve their maritime dispute.")
    assert ("COOPERATE", "working") in kinds("Gabon and Congo have been working together to build a port.")


def test_sthr_promising_not_to_resume_fighting_is_restraint(kinds):
    found = kinds("The militia agreed not to resume fighting in the valley.")
    assert not any(k == "THREATEN" for k, _ in found)


def test_newsp_attacking_someone_over_a_matter_is_criticism(kinds):
    found = kinds("The senator attacked his rival over the pension plan.")
    assert ("ACCUSE", "attacked") in found and not any(k == "ASSAULT" for k, _ in found)
    assert ("ASSAULT", "attacked") in kinds("Militants attacked the checkpoint for the second time this week.")


def test_newsp_a_named_persons_attack_is_criticism(kinds):
    found = kinds("Elizabeth Warren's latest attack drew loud applause from the crowd.")
    assert ("ACCUSE", "attack") in found and not any(k == "ASSAULT" for k, _ in found)
    assert ("ASSAULT", "attack") in kinds("The attack on the fuel depot killed four guards.")


def test_newsp_ads_attacking_a_person_are_criticism(kinds):
    found = kinds("A business group paid for television ads attacking Robert Hall.")
    assert ("ACCUSE", "attacking") in found and not any(k == "ASSAULT" for k, _ in found)


def test_newsp_a_following_gained_or_measured_is_no_support(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("The mayor has lost support in the suburbs."))
    assert not any(k == "SUPPORT" for k, _ in kinds("Support for the toll plan is minimal."))
    assert ("SUPPORT", "support") in kinds("Germany voiced support for the ceasefire.")


def test_newsp_a_counted_public_backing_someone_is_a_poll(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("In the county, 12,000 people backed the mayor."))
    assert ("SUPPORT", "backed") in kinds("Both governments backed the resolution.")


def test_newsp_a_great_deal_is_no_agreement(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("She has a great deal of respect for the judges."))
    assert not any(k == "AGREE" for k, _ in kinds("The staff are bound by non-disclosure agreements."))


def test_newsp_meeting_a_standard_is_no_meeting(kinds):
    assert not any(k == "CONSULT" for k, _ in kinds("The plant failed to meet the new safety standards."))


def test_newsp_capturing_attention_takes_nothing(kinds):
    assert not any(k == "COERCE" for k, _ in kinds("The scandal captured the attention of the whole country."))
    assert not any(k == "COERCE" for k, _ in kinds("The moment was captured by a news photographer."))


def test_newsp_beating_a_named_person_at_the_polls_is_a_contest(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("She hopes to beat Thomas Reed at the polls in May."))
    assert ("ASSAULT", "beat") in kinds("Police beat Thomas Reed outside the station.")


def test_newsp_a_candidates_rally_is_no_protest(kinds):
    assert not any(k == "PROTEST" for k, _ in kinds("Thousands packed his rally in the stadium on Friday."))
    assert ("PROTEST", "rally") in kinds("Thousands joined a rally against the dam on Friday.")


def test_newsp_the_cold_war_is_a_period(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("During the Cold War, the two navies kept their distance."))


def test_newsp_an_accord_only_opposed_or_backed_is_no_agreement(kinds):
    found = kinds("The governor opposed the regional water pact.")
    assert ("REJECT", "opposed") in found and not any(k == "AGREE" for k, _ in found)
    assert ("AGREE", "reached") in kinds("The two provinces reached a water pact on Monday.")


def test_newsp_a_donation_rule_is_no_aid(kinds):
    assert not any(k == "AID" for k, _ in kinds("The state legislature raised donation limits last year."))


def test_newsp_attacking_a_record_or_decision_is_criticism(kinds):
    found = kinds("The mayor attacked the council's decision on Tuesday.")
    assert ("ACCUSE", "attacked") in found and not any(k == "ASSAULT" for k, _ in found)


def test_newsp_beating_a_rival_by_a_margin_is_a_contest(kinds):
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("Maria Lopez beat the governor by nine points in the primary state."))
    assert not any(k in ("ASSAULT", "THREATEN") for k, _ in kinds("The mayor beat his challenger by 300 votes."))


def test_sconc_a_main_verb_parsed_as_the_root_nouns_modifier_keeps_its_subject(kinds):
    # the parser reads "ended" as a reduced relative of a root "curfew"; the curfew still ended
    assert ("CONCEDE", "ended") in kinds("A curfew in the hill district ended Friday in a town near the border.")
    # and a verb the name recognizer ran into a name ("Bosnia and Herzegovina ended") is still a verb
    assert ("CONCEDE", "ended") in kinds("Police said a curfew in Bosnia and Herzegovina ended Sunday.")


def test_sconc_granting_a_request_or_permission_is_a_concession(kinds):
    assert ("CONCEDE", "granted") in kinds("The interior ministry granted the union permission to march on Sunday.")
    assert ("CONCEDE", "granted") in kinds("The council granted the villagers their request for a new polling station.")
    assert ("AID", "granted") in kinds("Ecuador granted asylum to the dissident journalist.")


def test_sconc_a_run_of_attacks_that_will_stop_is_a_declared_pause(kinds):
    assert ("CONCEDE", "stop") in kinds("The militia announced that its campaign of bombings will stop on Friday.")
    assert not any(k in ("CONCEDE", "RETREAT") for k, _ in kinds("The senator said his campaign would end in May."))


def test_sconc_a_declared_or_agreed_truce_named_as_a_noun_is_a_concession(kinds):
    assert ("CONCEDE", "truce") in kinds("Reporters confirmed the truce declaration on Tuesday evening.")
    assert ("CONCEDE", "truce") in kinds("Farmers protested against a truce deal struck between the army and the rebels.")
    held = kinds("The truce has largely held across the province.")   # observed: RETREAT, as before
    assert ("RETREAT", "held") in held and not any(k == "CONCEDE" for k, _ in held)


def test_sconc_ending_a_protest_fast_is_a_concession(kinds):
    assert ("CONCEDE", "ended") in kinds("The jailed activists ended their fast after nine days.")


def test_sconc_regret_expressed_is_a_concession(kinds):
    assert ("CONCEDE", "expressed") in kinds("The army chief expressed regret over the shelling of the village.")
    assert not any(k == "CONCEDE" for k, _ in kinds("The envoy expressed hope that talks would resume."))


def test_sconc_bowing_to_pressure_or_demands_is_a_concession(kinds):
    assert ("CONCEDE", "bowed") in kinds("The cabinet bowed to mounting street pressure on Thursday.")
    assert not any(k == "CONCEDE" for k, _ in kinds("The conductor bowed to the orchestra."))


def test_sconc_legalizing_a_banned_party_is_a_concession(kinds):
    assert ("CONCEDE", "legalized") in kinds("The military council legalized the outlawed communist party.")
    assert not any(k == "CONCEDE" for k, _ in kinds("Voters legalized recreational marijuana in three states."))


def test_sconc_reversing_a_restrictive_decision_or_a_stand_is_a_concession(kinds):
    assert ("CONCEDE", "reversed") in kinds("The regional governor reversed his decision to shut the radio station.")
    assert not any(k == "CONCEDE" for k, _ in kinds("The home team reversed its fortunes in the second half."))


def test_sconc_freeing_captives_named_by_their_trade_is_a_release(kinds):
    assert ("RETREAT", "released") in kinds("The gunmen released the abducted engineers near the oil field.")
    assert not any(k == "RETREAT" for k, _ in kinds("The studio released a new film on Friday."))


def test_sconc_widening_allowed_freedoms_is_a_concession(kinds):
    assert ("CONCEDE", "broaden") in kinds("The ruling council promised to broaden press freedom before the vote.")
    assert ("CONCEDE", "expanded") in kinds("Parliament expanded the autonomy of the northern provinces.")
    assert not any(k == "CONCEDE" for k, _ in kinds("The chain expanded its menu in the spring."))


def test_sconc_an_extended_curfew_is_no_concession(kinds):
    found = kinds("The governor extended the night curfew by another week.")
    assert not any(k == "CONCEDE" for k, _ in found) and any(k == "COERCE" for k, _ in found)


def test_sconc_humanitarian_access_widened_is_a_retreat_access(kinds):
    assert ("RETREAT", "restored") in kinds("The army restored humanitarian access to the besieged district.")
    assert not any(k == "RETREAT" for k, _ in kinds("Access to clinics has improved in rural counties."))


def test_intl_a_danger_assessed_is_no_threat_made(kinds):
    assert ("THREATEN", "threat") not in kinds("The occupation of the border districts poses a grave threat to the region.")
    assert ("THREATEN", "threat") not in kinds("The ministry said the new missiles are a threat to stability.")
    assert ("THREATEN", "threat") in kinds("The minister issued a threat to cut the gas supply.")


def test_intl_warning_what_something_would_be_is_no_threat(kinds):
    assert ("THREATEN", "warned") not in kinds("The council warned that the offensive would be a disaster for civilians.")
    assert ("THREATEN", "warned") in kinds("The council warned that it would impose sanctions.")


def test_intl_aerial_strikes_are_attacks_not_walkouts(kinds):
    found = kinds("Twelve fighters died in precise aerial strikes on their camp.")
    assert ("ASSAULT", "strikes") in found and ("PROTEST", "strikes") not in found


def test_intl_a_recognized_status_before_its_noun_reports_no_support(kinds):
    assert ("SUPPORT", "recognized") not in kinds("Troops crossed the internationally recognized border at dawn.")
    assert ("SUPPORT", "recognized") in kinds("Peru recognized the new government on Monday.")


def test_words_committing_a_deed_is_no_pledge(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("The rebels have repeatedly committed provocations along the river."))
    assert not any(k == "AGREE" for k, _ in kinds("The raids committed near the border angered the villagers."))
    assert ("AGREE", "committed") in kinds("The two parties committed to a lasting truce in the valley.")
    assert ("AGREE", "committed") in kinds("Norway committed 300 troops to the mission.")
    assert ("AGREE", "committed") in kinds("The government committed itself to the peace process.")


def test_words_a_settlement_people_live_in_is_no_accord(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("Aid workers reached a tent settlement near the frontier."))
    assert not any(k == "AGREE" for k, _ in kinds("The ministers criticized the expansion of Israeli settlements."))
    assert not any(k == "AGREE" for k, _ in kinds("The council approved new settlement construction near the ridge."))
    assert any(k == "AGREE" for k, _ in kinds("The two governments reached a political settlement of the border dispute."))
    assert ("AGREE", "settlement") in kinds("A negotiated settlement of the war remains the goal of the envoys.")


def test_words_in_exchange_for_names_terms_not_an_exchange(kinds):
    found = kinds("The militia freed two sailors in exchange for five detained fishermen.")
    assert not any(t == "exchange" for _, t in found) and ("RETREAT", "freed") in found


def test_words_easing_a_feeling_is_no_concession(kinds):
    assert not any(k == "CONCEDE" for k, _ in kinds("The statement eased fears that the talks would stall."))
    assert ("CONCEDE", "eased") in kinds("The junta eased the restrictions on public gatherings.")


def test_words_striking_a_note_is_no_walkout(kinds):
    found = kinds("Striking a hopeful note, the envoys described the meeting as useful.")
    assert not any(k in ("PROTEST", "ASSAULT", "AGREE") and t == "Striking" for k, t in found)
    assert ("PROTEST", "struck") in kinds("Thousands of dock workers struck on Monday over unpaid wages.")


def test_words_an_alliance_named_as_a_body_is_no_cooperation(kinds):
    assert not any(k == "COOPERATE" for k, _ in kinds("The opposition alliance boycotted the municipal vote."))
    assert not any(k == "COOPERATE" for k, _ in kinds("An alliance of rebel groups seized the northern town."))
    assert ("COOPERATE", "alliance") in kinds("The two republics formed an alliance against the smugglers.")
    assert ("COOPERATE", "alliance") in kinds("Lithuania sealed an alliance with Poland in May.")


def test_words_cooperation_as_a_topic_of_talks_is_no_cooperation(kinds):
    found = kinds("The two ministers met in Riga and discussed cooperation in energy and transport.")
    assert not any(k == "COOPERATE" for k, _ in found) and any(k == "CONSULT" for k, _ in found)
    assert not any(k == "COOPERATE" for k, _ in kinds("The envoys held talks on economic cooperation."))
    assert any(k == "COOPERATE" for k, _ in kinds("The two navies expanded their cooperation in the strait."))


def test_story5_resumption_of_ties_said_with_a_noun_is_support(kinds):
    assert ("SUPPORT", "resumption") in kinds("Ruritania and Freedonia announced the resumption of diplomatic ties.")
    assert ("SUPPORT", "normalization") in kinds("The normalization of relations between the two states began in May.")
    assert not any(k == "SUPPORT" for k, _ in kinds("He wrote a book on the establishment of the monarchy."))


def test_story5_united_nations_staff_leaving_a_country_is_a_withdrawal(kinds):
    assert ("SANCTION", "left") in kinds("The remaining U.N. staff left the capital on Sunday.")
    assert ("SANCTION", "leave") in kinds("The junta ordered all UN personnel in the province to leave.")
    assert not any(k == "SANCTION" for k, _ in kinds("The company's staff left the building at noon."))


@pytest.mark.parametrize("text, refused", [
    ("The prime minister dismissed the army chief on Tuesday.", False),
    ("Nine police officers were dismissed from their posts.", False),
    ("The ministry dismissed the charges as fabricated.", True),
])
def test_dismissing_an_official_is_no_refusal(kinds, text, refused):
    assert any(k == "REJECT" for k, _ in kinds(text)) == refused


def test_intl5_a_militia_named_by_the_text_is_no_mobilization(kinds):
    found = kinds("Talks resumed with the Northern Shield (NS) paramilitary group in the capital.")
    assert not any(k == "MOBILIZE" for k, _ in found)
    assert not any(k == "MOBILIZE" for k, _ in kinds("Hamad Brigades, the militia backed by the governor, shelled the town."))
    assert any(k == "MOBILIZE" for k, _ in kinds("Armed volunteers and a new militia patrolled the border villages."))


def test_intl5_vetoing_a_resolution_that_would_condemn_is_a_rejection(kinds):
    found = kinds("Bolivia vetoed a draft text of the regional council to condemn Chile for the raids.")
    assert ("REJECT", "vetoed") in found
    assert ("ACCUSE", "condemn") in kinds("Bolivia refused to condemn the border raids.")


def test_intl5_warning_what_a_conflict_may_bring_threatens_no_one(kinds):
    assert not any(k == "THREATEN" for k, _ in kinds("The envoy warned that the fighting in the valley could lead to famine."))
    assert not any(k == "THREATEN" for k, _ in kinds("The agency warned that promises from Lima are not enough."))
    assert any(k == "THREATEN" for k, _ in kinds("Quito warned that the raids would trigger a harsh response."))
    assert any(k == "THREATEN" for k, _ in kinds("Quito warned the rebels that it is ready to defend the border towns."))


def test_intl5_a_negating_verb_denies_neither_its_subject_nor_its_conjunct(nlp):
    coder = EventCoder()
    doc = nlp("Two members abstained, and Bolivia vetoed the draft. The border talks failed on Monday.")
    events = coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), [])
    assert not any(e.negated for e in events if e.trigger.text in ("vetoed", "talks"))


@pytest.mark.parametrize("text, event", [
    ("Militiamen raped villagers near the river crossing.", "ASSAULT"),
    ("Riot police cordoned off the central square before dawn.", "COERCE"),
    ("The electoral board fined the ruling party for illegal donations.", "SANCTION"),
])
def test_codebook5_verb_forms_the_model_lemmatizes_wrongly_still_trigger(kinds, text, event):
    # the small model reads "raped" as "rap", "cordoned" as "cordone", "fined" as "fin"
    assert any(k == event for k, _ in kinds(text))


def test_codebook5_a_weapon_that_strikes_or_hits_is_an_attack_not_a_walkout(kinds):
    found = kinds("Drone strikes by the navy killed four smugglers near the coast.")
    assert not any(k == "PROTEST" for k, _ in found)
    assert ("ASSAULT", "hit") in kinds("A rebel missile hit the fuel depot outside the capital.")
    assert not any(k == "ASSAULT" for k, _ in kinds("The new tariffs hit farmers in the south."))


def test_codebook5_firing_into_the_air_is_crowd_control(kinds):
    assert ("ASSAULT", "fired") in kinds("Riot police fired into the air to break up the march.")


def test_codebook5_a_test_fired_missile_is_a_weapons_test(kinds):
    found = kinds("The navy test-fired a new anti-ship missile on Thursday.")
    assert any(k == "MOBILIZE" for k, _ in found) and not any(k == "ASSAULT" for k, _ in found)


def test_codebook5_debt_forgiveness_is_aid(kinds):
    assert ("AID", "wrote off") in kinds("Japan wrote off the debts of the island republic.")
    assert not any(k == "AID" for k, _ in kinds("The senator wants to cancel student debt."))


def test_codebook5_arms_sent_to_a_party_are_military_aid(kinds):
    assert ("AID", "shipped") in kinds("Poland shipped artillery ammunition to the Latvian army.")
    assert not any(k == "AID" for k, _ in kinds("The navy deployed a missile defence system near the strait."))


def test_codebook5_a_seized_ship_handed_back_is_returned(kinds):
    assert any(k == "RETREAT" for k, _ in kinds("The detained oil tanker was handed back to its owners by the coast guard."))


def test_codebook5_a_state_leaving_a_body_or_treaty_is_a_sanction_withdrawal(kinds):
    assert ("SANCTION", "withdrawal") in kinds("Ruritania confirmed its withdrawal from the regional customs union.")
    assert ("RETREAT", "withdrawal") in kinds("The withdrawal of the militia from the two hill towns began at dawn.")


def test_codebook5_intelligence_handed_over_is_cooperation(kinds):
    assert ("COOPERATE", "passed") in kinds("The two navies passed intelligence on the smuggling boats to each other.")


def test_codebook5_a_court_ruling_a_law_unconstitutional_is_a_verdict(kinds):
    assert ("SANCTION", "ruled") in kinds("The constitutional court ruled the emergency decree unconstitutional.")
    assert ("SANCTION", "struck down") in kinds("Judges struck down the new election law on Friday.")


def test_codebook5_funding_pulled_is_a_sanction_withdrawal(kinds):
    assert ("SANCTION", "pulled") in kinds("The donor states pulled their funding for the refugee agency.")


def test_codebook5_fuel_or_food_deliveries_halted_are_withheld(kinds):
    assert ("COERCE", "halted") in kinds("The occupying army halted food deliveries to the besieged district.")


def test_codebook5_blocking_access_to_media_is_censorship(kinds):
    assert ("COERCE", "blocked") in kinds("The interior ministry blocked access to two opposition news websites.")
    assert ("REJECT", "blocked") in kinds("The navy blocked the entry of the rescue ship.")


def test_codebook5_water_supplies_cut_off_are_withheld(kinds):
    assert ("COERCE", "cut") in kinds("The garrison cut off the water supply to the old quarter.")


def test_codebook5_a_case_filed_against_a_state_is_an_allegation(kinds):
    assert ("ACCUSE", "filed") in kinds("Bolivia filed a case against Chile at the world court in The Hague.")


def test_codebook5_a_missile_launched_into_the_sea_is_a_weapons_test(kinds):
    found = kinds("The army launched two cruise missiles into the sea on Friday.")
    assert ("MOBILIZE", "launched") in found and not any(k == "ASSAULT" for k, _ in found)


def test_intl5_the_accused_and_a_ship_struck_report_no_accusation_or_walkout(kinds):
    assert not any(k == "ACCUSE" for k, _ in kinds("Lawyers for the accused asked the court in Quito for bail."))
    assert not any(k == "PROTEST" for k, _ in kinds("The tanker was struck by a drone off the coast."))
    assert ("PROTEST", "struck") in kinds("Port workers in Callao struck on Monday.")


def test_intl5_aid_and_truces_talked_about_are_the_talks_topic(kinds):
    found = kinds("Peru and Chile held talks on a truce and on humanitarian assistance in Lima.")
    assert any(k == "CONSULT" for k, _ in found)
    assert not any(k in ("AID", "RETREAT", "CONCEDE") for k, _ in found)
    assert any(k == "AID" for k, _ in kinds("Peru delivered humanitarian assistance to the flooded towns."))


def test_intl5_stopping_an_exchange_of_insults_cuts_no_ties(kinds):
    found = kinds("The two delegations agreed to stop trading verbal insults.")
    assert not any(k in ("SANCTION", "THREATEN") for k, _ in found)
    assert ("SANCTION", "stopped") in kinds("Peru stopped the exchange of students with Chile in May.")


def test_intl5_an_act_said_to_be_a_must_is_requested(nlp):
    coder = EventCoder()
    doc = nlp("The foreign minister of Peru said the Chilean troops must be withdrawn from the border.")
    events = coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), [])
    [withdrawn] = [e for e in events if e.trigger.text == "withdrawn"]
    assert withdrawn.modality == "requested"


def test_codebook5_pirates_seizing_a_ship_hijack_it(kinds):
    assert ("ASSAULT", "seized") in kinds("Pirates seized a bulk carrier in the gulf on Tuesday.")
    assert ("COERCE", "seized") in kinds("Customs officers seized a shipment of counterfeit drugs.")


def test_codebook5_letting_a_un_mission_in_is_access(kinds):
    assert ("RETREAT", "allowed") in kinds("The military government allowed the UN mission to reopen its office in the capital.")


def test_codebook5_food_rations_distributed_are_aid(kinds):
    assert ("AID", "distributed") in kinds("The Red Crescent distributed food parcels to families in the flooded valley.")


def test_codebook5_an_attempted_attack_is_an_attack_not_a_threat(nlp):
    coder = EventCoder()

    def folded(text):
        from communique.events.plover import fold_event
        return {fold_event(e) for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), [])}
    assert "ASSAULT" in folded("Two gunmen tried to kill the district governor outside his office.")
    assert "ASSAULT" not in folded("The rebels will try to capture the dam next week.")


def test_codebook5_the_signing_of_an_accord_is_support(kinds):
    assert ("SUPPORT", "signing") in kinds("The signing of the water-sharing pact by the two republics took place in May.")
    assert ("COOPERATE", "signing") in kinds("The signing of an extradition treaty followed the talks.")


def test_codebook5_reopening_an_embassy_restores_relations(kinds):
    assert ("SUPPORT", "reopened") in kinds("The two monarchies reopened their embassies after a six-year rift.")


def test_codebook5_a_contested_bill_or_tax_hike_taken_back_is_a_concession(kinds):
    assert ("CONCEDE", "withdrew") in kinds("Under pressure from the unions, the cabinet withdrew the pension bill.")
    assert ("CONCEDE", "scrapped") in kinds("The finance ministry scrapped the bread price hike on Monday.")


def test_intl6_in_protest_names_the_motive_of_another_act(kinds):
    # the act done in protest is coded; the protest word is no demonstration of its own
    assert not any(k == "PROTEST" for k, _ in kinds("Lagos recalled its envoy from Accra in protest at the border closure."))
    assert not any(k == "PROTEST" for k, _ in kinds("The rebel delegation suspended its role in the talks in protest of the shelling."))
    # a crowd gathering in protest still protests
    assert any(k == "PROTEST" for k, _ in kinds("Hundreds of farmers gathered in protest against the new levy."))


def test_intl6_customs_duties_imposed_are_a_sanction(kinds):
    assert ("SANCTION", "imposed") in kinds("Ottawa imposed 15 percent duties on aluminium imports from the neighbour.")


def test_intl6_a_deal_judged_bad_is_no_accord(kinds):
    assert not any(k == "AGREE" for k, _ in kinds("The opposition leader called the arrangement with the lenders a terrible deal."))


def test_intl6_holding_prisoner_swaps_frees_prisoners(kinds):
    found = kinds("The two warring states have held several prisoner swaps this year.")
    assert not any(k == "ASSAULT" for k, _ in found)
    assert ("RETREAT", "held") in found


def test_intl6_a_deadline_to_leave_expels_the_envoy(kinds):
    assert ("SANCTION", "gave") in kinds("The cabinet gave the Ruritanian ambassador 48 hours to leave the country.")
    # a span to answer sets no expulsion
    assert ("SANCTION", "gave") not in kinds("The cabinet gave the Ruritanian ambassador 48 hours to answer the note.")


def test_intl6_suspending_ones_part_in_talks_withdraws(kinds):
    assert ("SANCTION", "suspended") in kinds("The rebel delegation suspended its participation in the border negotiations.")


def test_intl6_walking_off_their_jobs_is_a_strike(kinds):
    assert any(k == "PROTEST" for k, _ in kinds("Bus drivers and cleaners walked off their jobs across the region on Friday."))


@pytest.mark.parametrize("text, seized", [
    ("The opposition seized the opportunity to demand a recount.", False),
    ("Border guards seized two trucks of weapons on Tuesday.", True),
])
def test_seizing_a_chance_takes_nothing(kinds, text, seized):
    assert any(k == "COERCE" for k, _ in kinds(text)) == seized


def test_seizing_on_a_remark_or_capturing_on_film_seizes_nothing(kinds):
    assert not any(e == "COERCE" for e, _ in kinds("The opposition leader quickly seized on the minister's slip to demand a vote."))
    assert not any(e == "COERCE" for e, _ in kinds("Rival parties seized upon the leaked memo within hours."))
    assert not any(e == "COERCE" for e, _ in kinds("The clash outside the parliament was captured on video by a passer-by."))
    assert ("COERCE", "seized") in kinds("Customs officers seized on Monday three lorries loaded with rifles.")
    assert ("COERCE", "seized") in kinds("Border guards seized two tonnes of cocaine on a fishing boat.")


def test_codebook7_resumed_exports_are_cooperation(kinds):
    assert ("COOPERATE", "resumed") in kinds("Argentina resumed its wheat exports to Egypt after the drought ended.")


def test_codebook7_abandoning_a_town_is_a_retreat(kinds):
    assert ("RETREAT", "abandoned") in kinds("The insurgents abandoned the border town before dawn.")


def test_codebook7_troops_leaving_a_country_retreat(kinds):
    assert ("RETREAT", "left") in kinds("The remaining Italian troops left the country in March.")
    assert not any(k == "RETREAT" for k, _ in kinds("The troops left for the northern front in March."))


def test_codebook7_the_return_of_property_is_a_retreat(kinds):
    assert ("RETREAT", "return") in kinds("The return of the stolen antiquities to Peru began last week.")


def test_codebook7_handing_over_a_terror_suspect_is_judicial_cooperation(kinds):
    assert ("COOPERATE", "handed over") in kinds("Tanzania handed over a terror suspect to Uganda on Friday.")


def test_codebook7_a_lender_approving_credit_gives_aid(kinds):
    assert ("AID", "approved") in kinds("The development bank approved a $300 million credit for Zambia.")


def test_codebook7_armoured_vehicles_delivered_are_military_aid(kinds):
    assert ("AID", "delivered") in kinds("Qatar delivered armoured vehicles to the Malian police last month.")


def test_codebook7_banning_imports_cuts_trade(kinds):
    assert ("SANCTION", "banned") in kinds("Moscow banned imports of Moldovan fruit on Tuesday.")


def test_codebook7_blocking_food_withholds_it(kinds):
    assert ("COERCE", "blocked") in kinds("The militia blocked food convoys bound for the besieged district.")


def test_codebook7_withholding_tax_revenue_stops_a_payment(kinds):
    assert ("SANCTION", "withheld") in kinds("The government withheld the tax revenue it collects for the authority.")


def test_codebook7_jailing_for_a_term_is_a_sentence(kinds):
    assert ("SANCTION", "jailed") in kinds("A court in Baku jailed the editor for six years.")
    assert ("COERCE", "jailed") in kinds("Police jailed the editor after the raid.")


def test_codebook7_cleansing_villages_is_assault(kinds):
    assert ("ASSAULT", "cleansed") in kinds("The militia cleansed three villages of their Fur residents, witnesses said.")


def test_codebook7_hanging_convicts_is_an_execution(kinds):
    assert ("ASSAULT", "hanged") in kinds("The authorities hanged three prisoners at dawn.")
    assert not any(k == "ASSAULT" for k, _ in kinds("A cloud of doubt hung over the talks for weeks."))


def test_codebook7_put_to_death_is_an_execution(kinds):
    assert any(k == "ASSAULT" for k, _ in kinds("Two smugglers were put to death in the capital on Monday."))


def test_codebook7_an_attempt_on_a_life_is_assault(kinds):
    assert ("ASSAULT", "attempt") in kinds("Police foiled an attempt on the life of the governor.")


def test_codebook7_deporting_thousands_is_a_mass_expulsion(kinds):
    assert ("ASSAULT", "deported") in kinds("The government deported thousands of migrant workers last month.")
    assert ("COERCE", "deported") in kinds("The government deported the preacher last month.")


def test_codebook7_refusing_food_is_a_hunger_strike(kinds):
    assert ("PROTEST", "refused") in kinds("The detained activists refused food for ten days.")


def test_codebook7_quitting_a_bloc_withdraws_from_it(kinds):
    assert ("SANCTION", "quit") in kinds("Niger quit the regional bloc in January.")


def test_codebook7_lashing_out_at_a_party_is_criticism(kinds):
    assert ("ACCUSE", "lashed out") in kinds("The minister lashed out at Brussels over the quota plan.")


def test_codebook7_ready_to_make_peace_is_agreement(kinds):
    assert any(k == "AGREE" for k, _ in kinds("The rebel leader said his movement was ready to make peace with the government."))


def test_codebook7_designating_a_terrorist_group_bans_it(kinds):
    assert ("COERCE", "designated") in kinds("Canada designated the militia a terrorist organization on Thursday.")


def test_codebook7_imposing_a_closure_restricts_movement(kinds):
    assert ("COERCE", "imposed") in kinds("The army imposed a closure on the occupied district.")


def test_codebook7_a_vow_to_punish_is_a_threat(kinds):
    assert ("THREATEN", "vowed") in kinds("Pyongyang vowed to punish Seoul for the border incident.")


def test_codebook7_a_bloc_suspending_a_member_state_expels_it(kinds):
    assert ("SANCTION", "suspended") in kinds("The African Union suspended Niger after the coup.")


def test_codebook7_cutting_prices_withholds_nothing(kinds):
    assert not any(k in ("COERCE", "SANCTION") for k, _ in kinds("The cabinet cut fuel prices by ten percent."))
    assert ("COERCE", "cut") in kinds("The militia cut water to the besieged quarter.")


def test_codebook7_letting_a_peacekeeping_force_in_is_access(kinds):
    assert ("RETREAT", "allowed") in kinds("Khartoum allowed the peacekeeping force to enter the western province.")


def test_codebook7_ministers_gathering_meet(kinds):
    assert ("CONSULT", "gathered") in kinds("Defence ministers from the region gathered in Accra to discuss piracy.")
    assert not any(k == "CONSULT" for k, _ in kinds("Fans gathered outside the stadium."))


def test_codebook7_an_offer_declined_in_the_passive_is_refused(kinds):
    assert ("REJECT", "declined") in kinds("The offer of talks was declined by the junta.")


def test_codebook7_voicing_objections_is_disapproval(kinds):
    assert ("ACCUSE", "raised") not in kinds("The envoy raised a glass.")
    assert ("ACCUSE", "expressed") in kinds("Seoul expressed its objections to the new textbook on Monday.")


def test_codebook7_a_headline_verb_read_as_a_plural_noun_still_reports(kinds):
    assert any(k == "REJECT" for k, _ in kinds("Cabinet rejects calls to delay the budget vote"))
    assert any(k == "CONCEDE" for k, _ in kinds("Moscow pledges to pull its forces out of the enclave"))
    # a noun after the headline's own verb stays a noun
    assert not any(k == "MOBILIZE" for k, _ in kinds("Crowds torch police stations in the capital"))


def test_codebook7_seeking_financing_requests_aid(kinds):
    assert ("REQUEST", "sought") in kinds("Ghana sought fresh financing from its creditors on Monday.")


def test_codebook7_answering_with_military_measures_if_is_a_threat(kinds):
    assert any(k == "THREATEN" for k, _ in kinds("Minsk said it would respond with military measures if the alliance moved closer."))


def test_codebook7_raising_combat_readiness_mobilizes(kinds):
    found = kinds("Armenia raised the combat readiness of its border units on Friday.")
    assert ("MOBILIZE", "raised") in found and not any(k == "AGREE" for k, _ in found)


def test_codebook7_revoking_media_licences_censors(kinds):
    assert ("COERCE", "revoked") in kinds("The regulator revoked the licences of three television stations.")


def test_codebook7_rescuers_sent_are_aid(kinds):
    assert ("AID", "sent") in kinds("Greece sent a team of rescuers to the flooded province.")


def test_codebook7_letting_inspectors_return_is_access(kinds):
    assert ("RETREAT", "let") in kinds("The government let the inspectors return to the plant.")


def test_codebook7_turning_aside_an_offer_refuses_it(kinds):
    assert any(k == "REJECT" for k, _ in kinds("Athens turned aside the offer of talks on the islands."))


def test_codebook7_a_lockdown_restricts_movement(kinds):
    assert ("COERCE", "lockdown") in kinds("The authorities placed the port city under lockdown on Friday.")


@pytest.mark.parametrize("text", [
    "Oslo ordered three Chilean envoys to leave Norway within a week.",
    "The two Peruvian envoys were asked to leave Lima by Sunday.",
    "The cabinet ordered the expulsion of four foreign diplomats.",
])
def test_intl7_envoys_ordered_out_are_expelled(kinds, text):
    found = kinds(text)
    assert any(k == "SANCTION" for k, _ in found), found
    assert not any(k == "ACCUSE" for k, _ in found), found
    assert len([k for k, _ in found if k == "SANCTION"]) == 1, found    # the leaving is the same act


def test_intl7_summoning_an_envoy_stays_a_reproach(kinds):
    assert ("ACCUSE", "summoned") in kinds("Lima summoned the Chilean ambassador over the remarks.")


def test_intl7_the_ousted_leader_names_a_person(kinds):
    assert not any(k == "SANCTION" for k, _ in kinds("Aides to the ousted premier met reporters on Friday."))
    assert any(k == "SANCTION" for k, _ in kinds("The party ousted its chairman on Friday."))


@pytest.mark.parametrize("text, event", [
    ("The navy launched three days of drills off the southern cape.", "MOBILIZE"),
    ("The two fleets launched joint drills off the southern cape.", "COOPERATE"),
    ("Peruvian and Chilean frigates launched a week of war games on Monday.", "COOPERATE"),
])
def test_intl7_launching_drills_is_one_partys_mobilization(kinds, text, event):
    assert (event, "launched") in kinds(text)


@pytest.mark.parametrize("text", [
    "A senior trade official from Lima arrived on Tuesday.",
    "The pass is the main trade route between the two valleys.",
])
def test_intl7_trade_naming_an_office_or_a_road_is_no_cooperation(kinds, text):
    assert not any(k == "COOPERATE" for k, _ in kinds(text))


def test_intl7_pausing_talks_discontinues_them(kinds):
    assert ("SANCTION", "paused") in kinds("Lima paused negotiations with the northern league last month.")


def test_intl7_met_with_a_reaction_is_no_meeting(kinds):
    assert not any(k == "CONSULT" for k, _ in kinds("The proposal was met with scorn in the capital."))
    assert any(k == "CONSULT" for k, _ in kinds("The envoy was met by the foreign minister at the airport."))


def test_intl7_a_refusal_to_cooperate_is_no_cooperation(kinds):
    found = kinds("The court's refusal to extradite the banker angered Lima.")
    assert any(k == "REJECT" for k, _ in found) and not any(k == "COOPERATE" for k, _ in found), found


@pytest.mark.parametrize("text, event", [
    ("Insurgents carried out strikes on two border posts overnight.", "ASSAULT"),
    ("The navy conducted strikes against the smugglers' boats.", "ASSAULT"),
    ("Bus drivers carried out a strike over unpaid wages.", "PROTEST"),
])
def test_intl7_strikes_carried_out_by_fighters_are_attacks(kinds, text, event):
    assert any(k == event and t.startswith("strike") for k, t in kinds(text)), kinds(text)


def test_intl7_words_that_only_name_a_status_or_goods(kinds):
    assert not any(k == "ASSAULT" for k, _ in kinds("Nine sailors remain prisoners of war in the north."))
    assert not any(k == "COOPERATE" for k, _ in kinds("Customs officers found imported rifles in the truck."))


def test_intl7_boycotted_talks_are_not_held_by_the_boycotters(kinds):
    found = kinds("The opposition boycotted the negotiations in the capital on Monday.")
    assert any(k == "PROTEST" for k, _ in found) and not any(k == "CONSULT" for k, _ in found), found


def test_intl7_exchanging_ambassadors_keeps_relations(kinds):
    assert ("SUPPORT", "exchanged") in kinds("The two republics exchanged ambassadors in May.")


def test_intl8_arming_a_group_is_military_aid(kinds):
    assert ("AID", "arming") in kinds("The report says Orvania has been arming the highland rebels for a decade.")
    assert not any(k == "AID" for k, _ in kinds("Guards armed with clubs stood at the palace gate."))


def test_intl8_stopping_visas_reduces_relations(kinds):
    assert ("SANCTION", "suspended") in kinds("Orvania suspended issuing tourist visas to Veldish citizens.")


def test_intl8_throwing_out_an_intelligence_officer_expels_him(kinds):
    assert ("SANCTION", "threw out") in kinds("Veldia threw out the embassy's senior intelligence officer on Friday.")


def test_intl8_dangerous_manoeuvres_and_maritime_militia_are_no_mobilization(kinds):
    found = kinds("The coast guard complained of dangerous manoeuvres by trawlers of the maritime militia.")
    assert not any(k == "MOBILIZE" for k, _ in found), found


def test_intl8_an_accord_talked_about_is_not_made(kinds):
    found = kinds("The envoys held discussions on a river treaty in the capital.")
    assert not any(k == "AGREE" for k, _ in found), found


def test_intl8_occupied_land_and_riot_gear_report_no_act(kinds):
    found = kinds("Officers carrying riot shields patrolled the occupied districts.")
    assert not any(k in ("COERCE", "PROTEST") for k, _ in found), found


def test_intl8_ready_for_battle_is_no_agreement(kinds):
    found = kinds('The army said its brigades were "prepared for battle".')
    assert not any(k == "AGREE" for k, _ in found), found


def test_intl8_resolving_that_a_party_act_demands_it(kinds):
    assert ("REQUEST", "resolved") in kinds("The regional summit resolved that the militias disarm within a month.")
    assert not any(k == "REQUEST" for k, _ in kinds("The two villages resolved their quarrel over the well."))


def test_intl8_a_with_clause_with_its_own_subject_is_its_own_act(kinds):
    found = kinds("Orvania expelled a consul, with Veldia throwing out two attaches a day later.")
    assert ("SANCTION", "throwing out") in found, found


def test_intl8_shutting_a_named_route_restricts(kinds):
    assert ("COERCE", "shut") in kinds("The border guards shut Dravo, the busiest trade route, on Sunday.")
    assert ("COERCE", "shut") in kinds("The army shut down the main commercial artery into the valley.")


def test_story9_an_end_put_to_a_war_ends_the_fighting(kinds):
    # a future end of the war is a promised retreat: CONCEDE, and no threat of war
    found = kinds("The new pact will bring an end to the war in the valley by spring.")
    assert ("CONCEDE", "end") in found and not any(k == "ASSAULT" for k, _ in found), found
    assert ("RETREAT", "end") in kinds("The mediators put an end to the fighting around the dam.")
    assert not any(k == "RETREAT" for k, _ in kinds("Since the end of the war the port has grown."))


def test_story9_weapons_and_planes_pulled_back_are_a_retreat(kinds):
    found = kinds("The rebels agreed to withdraw their artillery from the ridge.")
    assert ("CONCEDE", "withdraw") in found and not any(k == "THREATEN" for k, _ in found), found
    assert ("RETREAT", "withdrew") in kinds("The navy withdrew two helicopters from the gulf on Monday.")


def test_story9_an_envoy_withdrawn_from_a_capital_is_a_sanction(kinds):
    assert ("SANCTION", "recalled") in kinds("Norway recalled its ambassador from Caracas.") or \
        ("SANCTION", "withdrew") in kinds("Norway withdrew its ambassador from Caracas.")
    assert ("SANCTION", "withdrew") in kinds("Norway withdrew its ambassador from Caracas.")


def test_story9_a_pistol_pulled_out_is_drawn_not_withdrawn(kinds):
    assert not any(k in ("RETREAT", "SANCTION") for k, _ in kinds("The gunman pulled out a small pistol in the lobby."))
    assert ("RETREAT", "pulled out") in kinds("The militia pulled out of the war in the spring.")


def test_story9_an_assault_ship_is_no_assault(kinds):
    assert not any(k == "ASSAULT" for k, _ in kinds("A new assault ship will join the fleet in the spring."))


def test_story9_a_successor_who_takes_over_seizes_nothing(kinds):
    assert not any(k == "COERCE" for k, _ in kinds("The deputy will take over as acting governor in June."))
    assert not any(k == "COERCE" for k, _ in kinds("A new minister took over the portfolio last week."))
    assert ("COERCE", "took over") in kinds("Mutinous soldiers took over the state radio station at dawn.")


def test_story9_dissolving_a_parliament_bans_no_one(kinds):
    assert not any(k == "COERCE" for k, _ in kinds("The president dissolved parliament and called early elections."))
    assert ("COERCE", "dissolved") in kinds("The supreme court dissolved the main opposition party on Tuesday.")
    assert not any(k in ("RETREAT", "COERCE") for k, _ in kinds("Many firms closed after the dissolution of the federation."))


def test_intl9_strikes_on_a_place_or_beside_air_strikes_are_attacks(kinds):
    assert ("ASSAULT", "strikes") in kinds("The council deplored the overnight strikes on Lebanon.")
    assert ("ASSAULT", "strike") in kinds("Witnesses said the strike on rebel positions lasted an hour.")
    found = kinds("A drone strike hit the depot. Friday's strike in the harbour town left nine guards dead.")
    assert ("ASSAULT", "strike") in found and not any(k == "PROTEST" for k, _ in found), found
    found = kinds("Bus drivers began a strike on Tuesday against the fare reform.")
    assert ("PROTEST", "strike") in found and not any(k == "ASSAULT" for k, _ in found), found


def test_intl9_drills_named_again_after_joint_ones_are_the_joint_drills(kinds):
    found = kinds("Four navies opened joint naval and aerial drills near the cape. The drills will last a week.")
    assert ("COOPERATE", "drills") in found and not any(k == "MOBILIZE" for k, _ in found), found
    found = kinds("Six fleets began a combined drill off the coast. Later Belgravia announced its own exercises.")
    assert ("MOBILIZE", "exercises") in found, found


def test_intl9_vowing_that_a_party_will_be_punished_threatens_it(kinds):
    assert ("THREATEN", "vowed") in kinds("Norway vowed that Chile will be punished for the shelling.")


def test_intl9_a_deed_that_will_not_go_unanswered_is_a_threat(kinds):
    assert ("THREATEN", "go unanswered") in kinds("The general said the raid on the depot will not go unanswered.")
    assert not any(k == "THREATEN" for k, _ in kinds("Such thefts often go unpunished in the port."))


def test_intl9_making_another_regret_is_no_apology(kinds):
    found = kinds('"We will make the invaders regret their raid," the commander said.')
    assert ("THREATEN", "regret") in found and not any(k == "CONCEDE" for k, _ in found), found


def test_intl9_warning_what_a_move_would_ignite_threatens_no_one(kinds):
    found = kinds("The envoy warned that the blockade could ignite a wider conflict in the gulf.")
    assert not any(k == "THREATEN" for k, _ in found), found


def test_intl9_ordering_envoys_described_by_a_clause_to_leave_expels_them(kinds):
    found = kinds("Peru ordered three Chilean diplomats who had served over two years to leave the capital.")
    assert ("SANCTION", "ordered") in found and not any(k == "ACCUSE" for k, _ in found), found


def test_intl9_a_protest_note_is_a_diplomatic_protest(kinds):
    found = kinds("The deputy minister handed a protest note to the charge d'affaires.")
    assert ("ACCUSE", "protest") in found and not any(k == "PROTEST" for k, _ in found), found


def test_intl9_a_body_suspending_a_member_sanctions_it(kinds):
    assert ("SANCTION", "suspension") in kinds("The regional bloc ordered the suspension of Chad from all its summits.")


def test_intl9_stopping_transactions_with_a_state_sanctions_it(kinds):
    assert ("SANCTION", "halted") in kinds("The union halted all commercial transactions with Peru on Friday.")


def test_intl9_a_rocket_barrage_is_an_attack_criticism_is_not(kinds):
    assert ("ASSAULT", "barrage") in kinds("A rocket barrage on the border posts wounded two guards.")
    assert not any(k == "ASSAULT" for k, _ in kinds("The mayor faced a barrage of questions."))


def test_intl9_refuting_claims_rejects_them(kinds):
    assert ("REJECT", "refuted") in kinds("The defence ministry refuted the claims of the rebel commanders.")


def test_intl9_a_closely_fought_race_is_no_fighting(kinds):
    assert not any(k == "ASSAULT" for k, _ in kinds("It was a closely fought contest for the mayoralty."))


def test_intl10_insisting_that_things_are_so_is_no_request(kinds):
    assert not any(k == "REQUEST" for k, _ in kinds("The rebel spokesman insists the referendum was stolen."))


def test_intl10_insisting_that_a_party_act_is_a_request(kinds):
    assert ("REQUEST", "insisted") in kinds("The monitors insisted that the army free the detained reporters.")
    assert ("REQUEST", "insisted") in kinds("Farm groups insisted that any budget include a fuel subsidy.")


def test_intl10_handing_down_prison_sentences_frees_no_one(kinds):
    found = kinds("A tribunal handed long jail sentences to nine student leaders.")
    assert not any(k == "RETREAT" for k, _ in found), found


def test_intl10_burning_tyres_is_no_seizure_burning_a_school_is(kinds):
    assert not any(k == "COERCE" for k, _ in kinds("Youths were burning tyres on the ring road at dawn."))
    assert ("COERCE", "burned") in kinds("Gunmen burned the district clinic overnight.")


def test_intl10_sending_a_foreign_envoy_home_expels_him(kinds):
    assert ("SANCTION", "sent") in kinds("Bolivia sent the Chilean ambassador back home on Tuesday.")
    assert not any(k == "SANCTION" for k, _ in kinds("Bolivia sent its ambassador back to Lima."))


def test_intl10_holding_a_party_responsible_blames_it(kinds):
    assert ("ACCUSE", "held") in kinds("The human rights league held the border police responsible for the drownings.")
    assert not any(k == "ACCUSE" for k, _ in kinds("The envoys held three rounds of talks in Oslo."))
    assert not any(k == "ACCUSE" for k, _ in kinds("The governor vowed to hold those responsible to account."))


def test_intl10_militias_only_talked_about_or_named_as_what_someone_is_mobilize_nothing(kinds):
    assert not any(k == "MOBILIZE" for k, _ in kinds("The minister flew home for consultations about militias on the frontier."))
    assert not any(k == "MOBILIZE" for k, _ in kinds("The raiders were paramilitaries, the mayor said."))
    assert ("MOBILIZE", "gathered") in kinds("Armed militias gathered outside the provincial capital.")


def test_intl10_a_patrol_that_is_only_where_something_happened_is_no_deployment(kinds):
    assert not any(k == "MOBILIZE" for k, _ in kinds("Two officers on a border patrol were wounded by gunmen."))
    assert ("MOBILIZE", "patrol") in kinds("The navy began a patrol of the disputed strait.")


def test_intl10_holding_veto_power_is_no_rejection(kinds):
    assert not any(k == "REJECT" for k, _ in kinds("As permanent members, both states hold veto power in the chamber."))
    assert ("REJECT", "veto") in kinds("Moscow cast its veto on Tuesday.")


def test_intl10_the_recall_of_an_envoy_withdraws_him(kinds):
    assert ("SANCTION", "recall") in kinds("On Sunday the cabinet announced the recall of its envoy in Quito.")
    assert not any(k == "SANCTION" for k, _ in kinds("The recall of the faulty engines cost the firm dearly."))


def test_intl10_the_release_of_people_named_by_who_they_are_is_a_release(kinds):
    assert ("RETREAT", "release") in kinds("The mediation ended with the release of three fishermen and a nurse.")
    assert not any(k == "RETREAT" for k, _ in kinds("The band postponed the release of its album."))


def test_intl10_retaliating_by_a_named_act_is_that_act(kinds):
    found = kinds("Quito retaliated by expelling four Peruvian diplomats.")
    assert ("SANCTION", "expelling") in found and not any(k == "ASSAULT" for k, _ in found), found


def test_story11_cracking_down_on_people_is_coercion_but_not_on_markets(kinds):
    assert ("COERCE", "cracked down") in kinds("Riot police cracked down on the student marchers in the old town.")
    assert not any(k == "COERCE" for k, _ in kinds("The senator promised to crack down on Wall Street lenders."))


def test_story11_limiting_access_to_a_place_restricts_it(kinds):
    assert ("COERCE", "limit") in kinds("The army will limit access to the northern valley.")
    assert not any(k == "COERCE" for k, _ in kinds("The new rules limited the cost of the repairs."))


def test_story11_the_departure_of_troops_is_a_withdrawal(kinds):
    assert ("RETREAT", "departure") in kinds("The departure of the foreign troops from the province began at dawn.")
    assert not any(k == "RETREAT" for k, _ in kinds("The departure of the finance minister surprised the markets."))


def test_story11_armed_men_pulling_out_of_a_town_retreat(kinds):
    assert ("RETREAT", "pulled out") in kinds("Armed men pulled out of the border town on Friday.")


def test_story11_a_noun_takes_its_possessor_as_the_doer(kinds):
    assert ("RETREAT", "exit") in kinds("The soldiers' exit from the valley ended at noon.")
    assert not any(k == "RETREAT" for k, _ in kinds("The senator's exit from the race surprised donors."))


def test_story11_saying_a_measure_violates_the_law_accuses(kinds):
    assert ("ACCUSE", "violates") in kinds("The bar council said the new decree violates the constitution.")
    assert not any(k == "ACCUSE" for k, _ in kinds("The striker violated the offside rule twice."))


def test_lead11_disputing_claims_or_results_rejects_them(kinds):
    assert ("REJECT", "disputes") in kinds("The ministry disputes the figures in the monitors' report.")
    assert ("REJECT", "contested") in kinds("The opposition contested the official results of the vote.")
    assert not any(k == "REJECT" for k, _ in kinds("Two veterans contested the seat in the northern district."))


def test_lead11_voicing_reservations_disapproves(kinds):
    assert ("ACCUSE", "voiced") in kinds("Several members voiced reservations about the new border rules.")


def test_lead11_a_reluctant_party_has_not_acted(nlp):
    coder = EventCoder()
    doc = nlp("The premier was reluctant to sign the accord with the rebels.")
    signed = [e for e in coder.find(doc, ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == "sign"]
    assert signed and all(e.negated for e in signed), [(e.event, e.negated) for e in signed]


def test_lead11_a_recommended_or_suggested_act_is_only_asked_for(nlp):
    coder = EventCoder()

    def modality(text, trigger):
        [e] = [e for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), []) if e.trigger.text == trigger]
        return e.modality
    assert modality("The inquiry recommended that the cabinet ban the militia.", "ban") == "requested"
    assert modality("The mediator suggested that both armies withdraw their tanks.", "withdraw") == "requested"
    assert modality("The committee recommended sanctions on the ruling council.", "sanctions") == "requested"
    # evidence that suggests an act reports it
    assert modality("The footage suggests the guards shot two protesters.", "shot") == "asserted"


def test_lead11_people_ordered_out_of_the_country_are_deported(kinds):
    assert ("COERCE", "ordered") in kinds("Two foreign reporters were ordered to leave the country within a week.")
    assert ("SANCTION", "ordered") in kinds("The ministry ordered three attaches to leave the country.")
    assert not any(k == "COERCE" for k, _ in kinds("Stewards asked the fans to leave the stadium."))
    assert not any(k == "COERCE" for k, _ in kinds("The junta ordered all foreign troops to leave the country."))


def test_intl11_a_peace_operation_kept_on_is_aid(kinds):
    assert ("AID", "renewed") in kinds("The Security Council renewed the peacekeeping force's mandate in Kivu for six months.")
    found = kinds("Blue helmets have served there since 2004. The council voted to prolong the mission until May, "
                  "despite calls from the peacekeepers' critics.")
    assert ("AID", "prolong") in found and not any(k in ("CONSULT", "MOBILIZE") for k, _ in found), found
    assert not any(k == "AID" for k, _ in kinds("The board prolonged its governor's mandate by a year."))


def test_intl11_an_exchange_named_after_a_prisoner_swap_is_that_swap(kinds):
    found = kinds("The two armies swapped 40 captives on Friday. Relatives waited for hours before the exchange began.")
    assert ("RETREAT", "exchange") in found and not any(k == "COOPERATE" for k, _ in found), found
    assert ("COOPERATE", "exchanges") in kinds("After the prisoner swap the two universities began academic exchanges.")


def test_intl11_a_broken_truce_is_not_observed(kinds):
    assert not any(k == "RETREAT" for k, _ in kinds("The militia was accused of breaching the truce near the river."))
    assert not any(k == "RETREAT" for k, _ in kinds("The ceasefire was violated within hours."))
    assert ("RETREAT", "held") in kinds("The ceasefire held through the weekend.")


def test_intl11_arms_arriving_or_handed_over_are_aid(kinds):
    assert ("AID", "arrived") in kinds("Two missile systems from Norway arrived in the capital on Sunday.")
    assert ("AID", "hand over") in kinds("Madrid will hand over four air defence systems to the army of Moldova.")
    assert ("AID", "delivered") in kinds("Last spring Berlin delivered three missile batteries to Kyiv.")


def test_intl11_voting_for_a_resolution_supports_it(kinds):
    assert ("SUPPORT", "voted in favour") in kinds("Chile voted in favour of that draft on Monday.")
    found = kinds("At a closed meeting in Geneva, 120 delegations voted for the motion.")
    assert ("SUPPORT", "voted") in found and ("CONSULT", "meeting") in found, found
    assert not any(k == "SUPPORT" for k, _ in kinds("Most farmers voted for the incumbent mayor."))


def test_intl11_a_threat_of_sanctions_imposes_none(kinds):
    found = kinds("The minister raised the threat of fresh sanctions against the junta.")
    assert ("THREATEN", "threat") in found and not any(k == "SANCTION" for k, _ in found), found


def test_intl11_words_of_force_in_hyphened_modifiers_or_crime_names_report_no_fighting(kinds):
    assert not any(k == "ASSAULT" for k, _ in kinds("Aid reached the war-ravaged province on Tuesday."))
    assert not any(k == "ASSAULT" for k, _ in kinds("The general was charged with war crimes in absentia."))
    assert ("PROTEST", "march") in kinds("Students joined an anti-war march in the port city.")


def test_intl11_troops_blocking_roads_cordon_them_off(kinds):
    assert ("COERCE", "blocked") in kinds("Troops blocked the main roads into the capital at dawn.")
    assert ("PROTEST", "blocked") in kinds("Farmers blocked the main roads into the capital at dawn.")


def test_intl11_licences_of_aid_agencies_revoked_expel_them(kinds):
    found = kinds("The junta revoked the licences of three aid agencies on Monday.")
    assert ("SANCTION", "revoked") in found and not any(k in ("CONCEDE", "AID") for k, _ in found), found


def test_intl11_recognising_licences_or_executing_manoeuvres_is_no_act(kinds):
    assert not any(k == "SUPPORT" for k, _ in kinds("The pact covers mutual recognition of driving licences and diplomas."))
    assert not any(k == "ASSAULT" for k, _ in kinds("The frigate executed risky manoeuvres near the fishing boats."))


def test_intl11_speaking_with_a_leader_is_a_consultation(kinds):
    assert ("CONSULT", "spoke") in kinds("On Friday the chancellor spoke with Foreign Minister Anna Varga about the port deal.")
    assert not any(k == "CONSULT" for k, _ in kinds("The governor spoke with reporters outside the court."))
    assert not any(k == "CONSULT" for k, _ in kinds("The envoy confirmed the figure while speaking with Reuters on Monday."))


def test_intl11_a_vessel_rammed_is_attacked(kinds):
    assert ("ASSAULT", "rammed") in kinds("A fishing boat was rammed by a navy cutter near the atoll, the ministry said.")
    assert not any(k == "ASSAULT" for k, _ in kinds("The majority rammed the budget through the assembly."))


def test_intl11_trade_named_as_the_field_of_an_accord_is_no_cooperation(kinds):
    found = kinds("The ministers initialled accords in the areas of fishing, trade and tourism.")
    assert not any(k == "COOPERATE" for k, _ in found), found
    assert ("COOPERATE", "expanded") in kinds("Both states expanded cooperation in the field of mining.")


def test_intl11_fire_resumed_is_an_attack(kinds):
    assert ("ASSAULT", "resumed firing") in kinds("The truce broke down when the gunners resumed firing at dusk.")


def test_intl13_breaking_a_ceasefire_is_fighting(kinds):
    assert ("ASSAULT", "violated") in kinds("The rebels violated the truce near the river crossing on Sunday, a spokesman said.")
    assert ("ASSAULT", "violate") not in kinds("Quito said the air raids violate the truce.")
    assert ("ASSAULT", "violations") in kinds("Kabul protested against repeated ceasefire violations by the border guards.")
    found = kinds("The army answered the truce violations along the frontier with mortar fire.")
    assert not any(k == "RETREAT" for k, _ in found), found


def test_intl13_opening_fire_near_a_border_opens_no_border(kinds):
    found = kinds("Officials said soldiers opened fire on two lorries close to the frontier crossing.")
    assert ("ASSAULT", "opened fire") in found, found
    assert not any(k == "RETREAT" for k, _ in found), found


def test_intl13_armies_that_exchange_fire_do_not_cooperate(kinds):
    found = kinds("Guards from both republics often exchange fire across the mountain frontier.")
    assert any(k == "ASSAULT" for k, _ in found), found
    assert not any(k == "COOPERATE" for k, _ in found), found


def test_intl13_a_deal_struck_is_no_walkout(kinds):
    found = kinds("The accord, struck in Doha last week, was welcomed by both capitals.")
    assert not any(k == "PROTEST" for k, _ in found), found
    assert ("PROTEST", "struck") in kinds("Hundreds of nurses struck on Tuesday over pay.")


def test_intl13_ordering_goods_is_no_command(kinds):
    assert not any(k == "REQUEST" for k, _ in kinds("The navy has ordered six frigates from a Korean yard."))
    assert ("REQUEST", "ordered") in kinds("The governor ordered the police to clear the square.")


def test_intl13_sealing_borders_restricts(kinds):
    assert ("COERCE", "sealed") in kinds("The junta sealed its borders with both neighbours on Monday.")


def test_intl13_blocking_a_supply_run_coerces(kinds):
    assert ("COERCE", "blocked") in kinds("Two patrol ships blocked the resupply mission to the reef garrison.")
    assert not any(k == "COERCE" for k, _ in kinds("The senators blocked the mission of the new envoy."))


def test_intl13_hostages_captured_are_abducted(kinds):
    assert ("ASSAULT", "captured") in kinds("The two hostages had been captured by the gang in the hills last spring.")


def test_intl13_scrapping_a_warrant_is_a_concession(kinds):
    found = kinds("The attorney general scrapped the arrest warrant for the rebel commander last week.")
    assert ("CONCEDE", "scrapped") in found, found
    assert not any(k == "THREATEN" for k, _ in found), found


def test_intl13_annulling_a_law_rules_against_it(kinds):
    assert ("SANCTION", "annulled") in kinds("The constitutional court annulled the new election law on Friday.")
    assert not any(k == "SANCTION" for k, _ in kinds("Angry fans tried to overturn a parked van."))


def test_intl13_trading_barbs_is_disapproval(kinds):
    assert ("ACCUSE", "traded") in kinds("For weeks the two capitals have traded barbs over the dam.")


def test_intl13_fire_begun_is_an_attack(kinds):
    assert ("ASSAULT", "initiated firing") in kinds("Shortly before noon the garrison initiated firing at the hill posts.")


def test_intl13_ceding_villages_gives_up_ground(kinds):
    assert ("RETREAT", "ceded") in kinds("Under the accord the republic ceded three villages along the ridge to its neighbour.")
    assert not any(k == "RETREAT" for k, _ in kinds("The carmaker ceded market share to cheaper rivals last year."))


def test_intl13_remarks_against_a_leader_disapprove(kinds):
    assert ("ACCUSE", "remarks") in kinds("Two deputies made crude remarks against President Ilona Marek on Sunday.")
    assert not any(k == "ACCUSE" for k, _ in kinds("The mayor made brief remarks about the new bridge."))


def test_nonev13_what_a_statement_stresses_is_its_topic(kinds):
    found = kinds("A lasting truce and the release of the fishermen were stressed by both delegations.")
    assert not any(k in ("RETREAT", "CONCEDE") for k, _ in found), found


def test_nonev13_a_promise_set_before_the_thing_promised_is_no_new_promise(kinds):
    found = kinds("A promised batch of grain finally reached the northern villages on Friday.")
    assert not any(k == "AGREE" for k, _ in found), found
    assert ("AGREE", "promised") in kinds("The donors promised a batch of grain for the villages.")


def test_nonev13_retaliation_as_the_purpose_of_a_deed_repeats_the_deed(kinds):
    found = kinds("The cabinet will bar fruit imports from the bloc to retaliate against its tariffs.")
    assert [t for k, t in found if t == "retaliate"] == [], found


def test_nonev13_cooperation_named_by_an_ing_verb_talked_about_is_a_topic(kinds):
    found = kinds("The two cabinets spent the morning discussing expanding trade in timber.")
    assert not any(k == "COOPERATE" for k, _ in found), found
    found = kinds("The pacts signed in Hanoi are centred on deepening cooperation in shipping.")
    assert not any(k == "COOPERATE" for k, _ in found), found
    assert ("COOPERATE", "expanding") in kinds("Both states began expanding trade in timber last year.")


def test_nonev14_militia_naming_a_craft_mobilizes_no_one(kinds):
    found = kinds("Dozens of militia boats circled the reef while the freighter unloaded rice.")
    assert not any(k == "MOBILIZE" for k, _ in found), found


def test_nonev14_a_war_naming_an_era_is_no_fighting(kinds):
    found = kinds("Divers mapped a Cold War-era submarine resting off the cape.")
    assert not any(k == "ASSAULT" for k, _ in found), found


def test_nonev14_forces_stationed_somewhere_are_only_described(kinds):
    found = kinds("The ministry flew fresh water to marines stationed on the remote atoll.")
    assert not any(k == "MOBILIZE" for k, _ in found), found
    assert ("MOBILIZE", "stationed") in kinds("Ruritania stationed two brigades along the northern river last week.")
    assert ("MOBILIZE", "stationed") in kinds("The summit approved a new brigade to be stationed in the north.")


def test_nonev14_trade_naming_a_quarrel_or_goods_is_no_cooperation(kinds):
    found = kinds("Fruit growers blamed mounting trade tensions for the slump, while trade lorries idled at the gate.")
    assert not any(k == "COOPERATE" for k, _ in found), found


def test_nonev14_a_ballot_question_asks_no_party_to_act(kinds):
    found = kinds("The second ballot question asks islanders to approve a new flag.")
    assert not any(k == "REQUEST" for k, _ in found), found


def test_nonev14_an_attack_on_a_polity_order_is_criticism(kinds):
    found = kinds("The governor called the decree an attack on democracy and the constitutional order.")
    assert not any(k == "ASSAULT" for k, _ in found), found


def test_nonev14_supplies_carried_to_a_manned_post_are_no_aid(kinds):
    found = kinds("The coast guard shipped rations and water to its outpost on the sandbar.")
    assert not any(k == "AID" for k, _ in found), found
    assert ("AID", "shipped") in kinds("Portugal shipped rations and water to Malawi after the floods.")


def test_nonev14_easing_a_queue_concedes_nothing(kinds):
    found = kinds("The port reopened at dawn, letting the lorries move on to ease the backlog.")
    assert not any(k == "CONCEDE" for k, _ in found), found


def test_intl15_travel_to_a_state_or_its_capital_is_a_visit(kinds):
    assert ("CONSULT", "travel") in kinds("The Ghanaian trade minister will travel to Lisbon next week.")
    assert not any(k == "CONSULT" for k, _ in kinds("The Ghanaian trade minister flew back to Accra on Friday."))
    assert not any(k == "CONSULT" for k, _ in kinds("The senator will travel to Nebraska next week."))


def test_intl15_a_missile_launch_named_by_a_noun_is_a_weapons_test(kinds):
    assert ("MOBILIZE", "launch") in kinds("Tokyo met hours after a Pyongyang missile launch.")
    assert ("MOBILIZE", "firing") in kinds("Ottawa condemned the test-firing of a cruise missile by Tehran.")
    assert not any(k == "MOBILIZE" for k, _ in kinds("The agency delayed the launch of its weather satellite."))


def test_intl15_lowering_diplomatic_relations_reduces_them(kinds):
    assert ("SANCTION", "lowered") in kinds("Chile lowered its relations with Bolivia to the level of chargés.")
    assert not any(k == "SANCTION" for k, _ in kinds("The bloc agreed to lower trade barriers with Peru."))


def test_intl15_retaliatory_strikes_are_attacks_not_walkouts(kinds):
    found = kinds("Yemen's rebels faced the navy's retaliatory strikes overnight.")
    assert any(k == "ASSAULT" for k, _ in found) and not any(k == "PROTEST" for k, _ in found), found


def test_intl15_a_deal_struck_down_by_judges_is_annulled_not_made(kinds):
    found = kinds("The water-sharing deal between Bolivia and Chile was struck down by the supreme court.")
    assert ("SANCTION", "struck down") in found and not any(k == "AGREE" for k, _ in found), found


def test_intl15_ordering_consulates_closed_closes_them(kinds):
    found = kinds("Minsk ordered the shutting of two Polish consulates within a week.")
    assert ("SANCTION", "ordered") in found and not any(k == "REQUEST" for k, _ in found), found


def test_intl15_a_note_of_protest_is_a_diplomatic_protest(kinds):
    found = kinds("The ministry handed the attaché a note of protest over the overflights.")
    assert ("ACCUSE", "protest") in found and not any(k == "PROTEST" for k, _ in found), found


def test_intl15_readiness_to_keep_on_shelling_threatens(kinds):
    found = kinds("The rebel commander said his gunners were ready to keep on shelling the port until spring.")
    assert ("THREATEN", "ready") in found and not any(k == "AGREE" for k, _ in found), found


def test_intl15_a_decision_in_the_subject_is_not_denied_by_its_verb(kinds):
    found = kinds("Fiji's decision to sign the fisheries accord with Samoa will not weaken regional unity, the premier said.")
    assert ("SUPPORT", "sign") in found and not any(k == "REJECT" for k, _ in found), found


def test_intl15_a_plural_noun_heading_a_sentence_with_an_object_is_its_verb(kinds):
    assert ("REJECT", "rejects") in kinds("The Malawian government rejects claims by the Zambian minister.")


def test_intl15_summoning_ones_own_envoy_home_recalls_them(kinds):
    found = kinds("Lima summoned its ambassador to Quito for consultations on Tuesday.")
    assert ("SANCTION", "summoned") in found and not any(k == "ACCUSE" for k, _ in found), found
    assert ("ACCUSE", "summoned") in kinds("Lima summoned the Ecuadorian ambassador on Tuesday.")


def test_nonev15_a_verb_shares_the_object_of_the_verb_after_its_and(kinds):
    assert ("COERCE", "blocked") in kinds("A patrol cutter blocked and rammed the supply boat near the reef.")


def test_nonev15_words_of_a_document_title_report_no_act(kinds):
    found = kinds("Aides read each line of that proposed Accord for the Normalization of Ties with Chad.")
    assert not any(t == "Normalization" for _, t in found), found
    assert ("SUPPORT", "normalization") in kinds("Mali and Chad began the normalization of relations last week.")


def test_nonev15_a_thing_described_as_recognized_is_no_recognition(kinds):
    found = kinds("Herders still graze a province widely recognized as part of Niger.")
    assert not any(k == "SUPPORT" for k, _ in found), found
    assert ("SUPPORT", "recognized") in kinds("Chad recognized the province as part of Niger in a note.")


def test_nonev16_a_war_named_in_a_sentence_reports_no_fighting(kinds):
    found = kinds("Chile unveiled its largest naval budget since World War Two on Friday.")
    assert not any(k == "ASSAULT" for k, _ in found), found


def test_nonev16_a_thing_that_threatens_is_no_threat(kinds):
    found = kinds("Diplomats said the border plan threatened to weaken the fragile coalition.")
    assert not any(k == "THREATEN" for k, _ in found), found
    assert ("THREATEN", "threatened") in kinds("The rebels threatened to shell the harbour town.")


def test_nonev16_a_threat_named_in_a_condemnation_is_an_assessment(kinds):
    found = kinds("The minister condemned the incursion as a breach of its borders and a threat to regional stability.")
    assert not any(k == "THREATEN" for k, _ in found), found


def test_nonev16_a_standing_ban_or_backing_is_a_description(kinds):
    found = kinds("Police detained members of the outlawed student union near the courthouse.")
    assert not any(k == "COERCE" and t == "outlawed" for k, t in found), found
    found = kinds("Envoys spoke with the well armed, Tehran-backed faction to negotiate.")
    assert not any(k == "SUPPORT" for k, _ in found), found
    found = kinds("The old charter prohibits foreign bases on the islands.")
    assert not any(k == "COERCE" for k, _ in found), found


def test_nonev16_broken_truces_are_not_observed(kinds):
    assert not any(k == "RETREAT" for k, _ in kinds("Three truces broke down in the valley last year."))
    assert not any(k == "RETREAT" for k, _ in kinds("It came after months of broken truces in the valley."))


def test_nonev16_meeting_milestones_is_no_meeting(kinds):
    found = kinds("Both parties were faulted for not meeting milestones set out in the accord.")
    assert not any(k == "CONSULT" for k, _ in found), found


@pytest.mark.parametrize("text", [
    "Coalition jets struck two radar sites near the coast on Sunday.",
    "The navy struck a supply boat heading for the island.",
    "Allied forces struck the rebels' command headquarters overnight.",
    "Drones struck the country's power infrastructure before dawn.",
    "Patrol helicopters sank four speedboats carrying armed men.",
    "The frigate was sunk by an anti-ship missile.",
])
def test_striking_or_sinking_a_target_of_war_is_an_attack(kinds, text):
    assert any(k == "ASSAULT" for k, _ in kinds(text)), kinds(text)


@pytest.mark.parametrize("text", [
    "A strong earthquake struck the mountain town on Friday.",
    "The cyclone struck the port city, killing eleven people.",
    "Floods destroyed hundreds of homes across the delta.",
    "The old ferry sank near the island in calm seas.",
])
def test_what_nature_strikes_kills_or_sinks_is_no_attack(kinds, text):
    assert not any(k == "ASSAULT" for k, _ in kinds(text)), kinds(text)


def test_striking_workers_still_walk_out(kinds):
    assert ("PROTEST", "struck") in kinds("Dock workers struck for a third day over unpaid wages.")


def test_missed_a_strike_that_kills_or_wounds_is_an_attack(kinds):
    found = kinds("The strikes, which wounded six guards, hit a fuel depot.")
    assert not any(k == "PROTEST" for k, _ in found), found
    found = kinds("Warplanes carried out strikes on rebel camps. The strikes, which began at dawn, lasted two hours.")
    assert not any(k == "PROTEST" for k, _ in found), found
    # a walkout that shuts a port stays a walkout (no "at" or place makes it an attack)
    found = kinds("The strike at the container port, which shut it for a week, ended on Friday.")
    assert ("PROTEST", "strike") in found and not any(k == "ASSAULT" for k, _ in found), found


def test_missed_giving_the_green_light_approves(kinds):
    found = kinds("The ministry gave the green light to the sale of twelve fighter jets to Kenya.")
    assert ("SUPPORT", "gave") in found and not any(k == "MOBILIZE" for k, _ in found), found
    assert ("SUPPORT", "gave") in kinds("The Senate gave the go-ahead for the pipeline on Monday.")
    assert not any(k == "SUPPORT" for k, _ in kinds("The strong jobs report gave a green light to rate rises."))


def test_missed_a_court_handing_down_sentences_convicts(kinds):
    assert ("SANCTION", "handed down") in kinds("A military tribunal handed down prison sentences to nine journalists.")
    assert ("SANCTION", "passed") in kinds("The judge passed a life sentence on the former mayor.")


def test_missed_raised_tariffs_are_a_trade_penalty_and_utility_tariffs_are_prices(kinds):
    assert ("SANCTION", "raised") in kinds("Ottawa raised tariffs on Brazilian steel to 25 percent.")
    assert not any(k == "SANCTION" for k, _ in kinds("The utility raised electricity tariffs by 8 percent."))


def test_missed_a_ban_on_imports_is_a_sanction_and_imported_goods_no_trade(kinds):
    found = kinds("Lagos kept its ban on imports of Ghanaian poultry.")
    assert ("SANCTION", "ban") in found and not any(k == "COERCE" for k, _ in found), found
    assert not any(k == "COOPERATE" for k, _ in kinds("Duties on cars imported from Japan rose again."))


def test_missed_counter_measures_and_answering_in_kind_warn_of_retaliation(kinds):
    assert ("SANCTION", "take") in kinds("Beijing said it would take reciprocal measures against Canberra.")
    assert ("THREATEN", "respond in kind") in kinds("Caracas said it would respond in kind.")
    assert not any(k == "SANCTION" for k, _ in kinds("Firefighters took all necessary measures to contain the blaze."))


def test_missed_calling_an_act_illegal_condemns_it(kinds):
    assert ("ACCUSE", "called") in kinds("The embassy called the seizure of its land illegal.")
    assert ("ACCUSE", "branded") in kinds("Havana branded the naval blockade an act of aggression.")
    assert not any(k == "ACCUSE" for k, _ in kinds("The minister called the talks useful and the deal fair."))


def test_missed_ships_sent_carrying_relief_bring_aid(kinds):
    found = kinds("Greece sent two warships carrying blankets and medicine to the island.")
    assert ("AID", "sent") in found and not any(k == "MOBILIZE" for k, _ in found), found
    assert ("MOBILIZE", "sent") in kinds("Moscow sent two warships to the strait.")


def test_missed_vowing_to_take_revenge_threatens(kinds):
    found = kinds("The militia vowed to take revenge for the killing of its commander.")
    assert ("THREATEN", "vowed") in found and not any(k == "AGREE" for k, _ in found), found
