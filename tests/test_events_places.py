"""Where events happen: the place words of the trigger's clause, the article's opening place, and
the gazetteer lookups behind them, on sentences written for these tests."""
from __future__ import annotations

import pytest

from communique.events.places import resolve_place


@pytest.fixture(scope="module")
def place_of(event_of):
    """place_of(text, trigger) → the name of the location of the event with that trigger, or None."""
    def run(text, trigger):
        ev = event_of(text, trigger)
        return ev.location.name if ev.location else None
    return run


@pytest.mark.parametrize("text, trigger, expected", [
    # a place in another clause of the sentence is where something else happened
    ("The minister condemned the raid, which was planned by exiles living in Madrid.", "condemned", None),
    ("The ministry sent food after the flood that hit villages in Kenya.", "sent", None),
    # where the reporting verb was spoken is not where the reported act happened
    ('"The bombing was cruel," the spokesman told reporters at a briefing in Oslo.', "bombing", None),
    # a place reached through a topic is what the act is about ("the war on X in Y")
    ("The strike comes amid anger over the war on rebels in Yemen.", "strike", None),
])
def test_dates7_a_place_outside_the_acts_clause_does_not_place_it(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("In Nairobi, the march turned violent: students threw stones at the police.", "threw", "Nairobi"),
    ("Farmers across Kenya have been protesting the new tax.", "protesting", "Kenya"),
    ("Donors pledged aid for families displaced by the war at a conference in Kuwait.", "pledged", "Kuwait"),
    ("Two bridges were destroyed and ten soldiers were killed in Kandahar.", "destroyed", "Kandahar"),
    ("The talks that opened in Geneva on Monday ended without a result.", "talks", "Geneva"),
    ("The two ministers met on the sidelines of an energy forum in Lima.", "met", "Lima"),
])
def test_dates7_a_place_framing_the_acts_clause_places_it(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


def test_dates7_a_country_after_on_is_a_topic_not_a_place(place_of):
    assert place_of("The ministers held talks on Venezuela.", "held") is None
    assert place_of("The ministers held talks on Venezuela in Brussels.", "held") == "Brussels"


def test_dates7_where_delegates_come_from_is_not_where_they_meet(place_of):
    assert place_of("Delegates from across Asia met on Monday.", "met") is None


def test_dates7_of_names_a_place_only_after_a_place_word(place_of):
    assert place_of("Thousands rallied in support of Ukraine.", "rallied") is None
    assert place_of("Thousands rallied in the northern city of Kharkiv.", "rallied") == "Kharkiv"


def test_dates7_the_opening_place_is_where_someone_is_or_meets(place_of):
    opened = "The Peruvian president is in Geneva for two days. The visit is his first abroad. He met the Swiss leader."
    assert place_of(opened, "met") == "Geneva"
    passing = "The offensive in Syria went on. Aid groups warned of hunger. Two envoys met on Monday."
    assert place_of(passing, "met") is None


def test_dates7_a_namesake_far_smaller_than_the_known_city_does_not_win():
    assert resolve_place("Moscow", {"USA"}).country == "RUS"
    assert resolve_place("Vienna", {"USA"}).country == "AUT"
    assert resolve_place("London", {"CAN"}).country == "CAN"      # a big namesake still wins


def test_dates7_a_building_is_not_found_by_another_name_of_a_city():
    assert resolve_place("White House", alternates=False).country is None


def test_dates7_gazetteer_names_match_without_their_hyphens():
    assert resolve_place("Sharm el Sheikh").country == "EGY"


def test_dates7_a_facility_named_after_its_city_is_in_that_citys_state():
    loc = resolve_place("Karachi Airport")
    assert loc.name == "Karachi Airport" and loc.country == "PAK"


def test_dates7_a_states_capital_is_that_capital(place_of):
    assert place_of("The envoys held talks in Kenya's capital on Monday.", "held") == "Nairobi"
    assert place_of("The envoys held talks in the Kenyan capital Nairobi on Monday.", "held") == "Nairobi"


def test_dates7_the_place_someone_went_to_do_the_act(place_of):
    assert place_of("The government team flew back to Doha to restart negotiations with rebel envoys.",
                    "negotiations") == "Doha"
    assert place_of("The envoy will travel to Oslo for talks with both parties.", "talks") == "Oslo"
    assert place_of("The envoy wrote a letter to restart negotiations with rebel envoys.", "negotiations") is None


@pytest.mark.parametrize("text, trigger, expected", [
    # what a protest or a condemnation is about is not where it happens ...
    ("Protests against the air strikes in Yemen turned violent in Oslo on Sunday.", "Protests", "Oslo"),
    ("The coup in Niger was condemned by its neighbours.", "condemned", None),
    # ... but an attack or a truce is where what it is done to is
    ("The navy carried out an assault on smuggling skiffs in the Red Sea.", "assault", "Red Sea"),
    ("The violence in Kenya must be ended at once.", "ended", "Kenya"),
])
def test_dates7_the_place_of_a_topic_places_only_physical_acts(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


def test_dates7_the_triggers_own_place_comes_first(place_of):
    assert place_of("Ghana pleaded for peace in Mali after a meeting in Accra.", "meeting") == "Accra"


@pytest.mark.parametrize("text, trigger, expected", [
    # where the act a condemnation or a demand is about happens is not where it is made ...
    ("The bishops condemned the killing of two farmers in Lagos.", "condemned", None),
    ("The envoy demanded a truce in Darfur.", "demanded", None),
    ("The attack in Lagos has drawn condemnation from the bishops.", "condemnation", None),
    # ... the act itself is there
    ("The bishops condemned the killing of two farmers in Lagos.", "killing", "Lagos"),
    ("The envoy demanded a truce in Darfur.", "truce", "Darfur"),
])
def test_place9_a_verbal_act_is_not_where_what_it_is_about_happens(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


@pytest.mark.parametrize("second, trigger, expected", [
    ("The ministers held a meeting with the bankers.", "held", "Vienna"),
    # not a meeting by phone, another meeting, one held before the story, one placed elsewhere
    ("The minister later held talks by phone with his Chilean counterpart.", "held", None),
    ("The ministers held another meeting with the bankers.", "held", None),
    ("Chile has held talks with Peru for years.", "held", None),
    ("The two navies held talks which took place in Lisbon.", "talks", "Lisbon"),
    # nor talks that a summit elsewhere leads to
    ("The summit in Lisbon is the prelude to talks between the two navies.", "talks", None),
])
def test_place9_the_opening_place_only_for_meetings_nothing_puts_elsewhere(place_of, second, trigger, expected):
    assert place_of("The foreign ministers met in Vienna on Tuesday. " + second, trigger) == expected


def test_place9_talks_that_took_up_a_topic_do_not_make_it_the_opening_place(place_of):
    text = "The first round of talks took {} Lagos. The ministers later held a meeting with the bankers."
    assert place_of(text.format("up the floods in"), "held") is None
    assert place_of(text.format("place in"), "held") == "Lagos"


@pytest.mark.parametrize("name, country", [
    ("the Gulf of Aden", None),          # a sea lies in no state
    ("Donbass", "UKR"),                  # another spelling of a region in one state
    ("the West Bank", "PSE"),
    ("Kashmir", None),                   # a region states dispute
])
def test_place9_seas_and_regions_the_city_gazetteer_lacks(name, country):
    loc = resolve_place(name)
    assert loc.country == country and loc.lat is not None and loc.lon is not None


def test_place9_a_continent_has_its_gazetteer_id():
    assert resolve_place("Africa").geonames_id is not None


@pytest.mark.parametrize("text, trigger, expected", [
    # a part of a place through "of" whose word the tagger lemmatises ("waters", "outskirts")
    ("The coast guard seized a trawler in the waters of the Gulf of Aden.", "seized", "Gulf of Aden"),
    ("Gunmen burned a market on the outskirts of Kaduna on Friday.", "burned", "Kaduna"),
    # forces sent somewhere are there
    ("The navy sent two frigates to the Black Sea.", "sent", "Black Sea"),
    # a clause on the act places it before the clause above it does
    ("Chile summoned the Peruvian envoy in Santiago to protest the shelling that damaged a trawler near Arica.",
     "shelling", "Arica"),
])
def test_place9_places_the_clause_rules_missed(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "the Kenyan capital": the capital of the state of that people
    ("Hundreds of farmers marched through the Kenyan capital on Sunday.", "marched", "Nairobi"),
    # "there": the place the sentence named before
    ("A rebel delegation was due in Ghana on Monday, as the envoy also met officials there.", "met", "Ghana"),
])
def test_place9_a_capital_by_its_people_and_there(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


def test_place9_a_place_hung_on_the_verb_after_a_nearer_act_is_that_acts(place_of):
    # the parser hangs "in the Aegean Sea" on "defended"; the patrols are there, the defending is not
    text = "The ministry defended its naval patrols in the Aegean Sea."
    assert place_of(text, "defended") is None
    assert place_of(text, "patrols") == "Aegean Sea"


def test_place9_the_place_of_an_act_before_or_after_is_that_acts(place_of):
    text = "The arrest came after weeks of attacks on ferries in the Aegean Sea."
    assert place_of(text, "arrest") is None
    assert place_of(text, "attacks") == "Aegean Sea"


def test_date10_a_verbal_act_is_not_where_what_it_charges_happens(place_of):
    assert place_of("Norway accused the militia of trying to inflame the conflict in the Sahel.", "accused") is None
    assert place_of("The ministers met in Oslo and accused the junta of abuses.", "accused") == "Oslo"
    # a gathering it is done at still places it
    assert place_of("Donors pledged grain for the refugees of the drought at a summit in Nairobi.", "pledged") == "Nairobi"


def test_date11_a_standing_relative_clause_is_not_placed_by_the_clause_above(place_of):
    text = "The two premiers will meet in Malaysia to end a border feud that has killed at least forty herders."
    assert place_of(text, "meet") == "Malaysia"
    assert place_of(text, "killed") is None
    # a clause of "where" is about the place itself
    assert place_of("Envoys warned of new penalties if there is no calm in eastern Ukraine, where armed men have "
                    "stormed and occupied town halls.", "stormed") == "Ukraine"


def test_date11_a_place_right_after_the_addressee_of_a_verbal_act_is_where_they_are(place_of):
    # the parser hangs "in Mali" on "accusing"; the authorities are there, the accusing is not
    assert place_of("The premier spoke in a televised address, accusing the military authorities in Mali of "
                    "hiding gunmen.", "accusing") is None


def test_date11_shoals_island_groups_and_breakaway_regions_have_coordinates():
    from communique.events.places import resolve_place
    shoal = resolve_place("Ayungin Shoal")
    assert shoal.name == "Ayungin Shoal" and shoal.lat is not None and shoal.country is None   # disputed
    assert resolve_place("the Spratlys").lat is not None
    assert resolve_place("Puntland").country == "SOM"


def test_date11_a_compass_part_of_a_state_by_another_of_its_names():
    from communique.events.places import resolve_place
    assert resolve_place("eastern Congo").country == "COD"
    assert resolve_place("Eastern DRC").country == "COD"
    # a part of a continent names no state
    assert resolve_place("Central America").country is None
    assert resolve_place("West Africa").country is None


def test_date14_another_name_of_a_state_is_the_state_with_its_gazetteer_entry():
    from communique.events.places import resolve_place
    uk = resolve_place("U.K.")
    assert uk.country == "GBR" and uk.geonames_id is not None
    drc = resolve_place("Democratic Republic of Congo")
    assert drc.country == "COD" and drc.geonames_id is not None


def test_date14_a_meeting_with_several_partners_is_at_the_place_after_the_last(place_of):
    assert place_of("The envoy met with the premier and the foreign minister in Lisbon on Monday.", "met") == "Lisbon"


def test_date14_a_bare_compass_part_is_no_place_the_state_after_it_is(place_of):
    assert place_of("Three guards were killed in north west of the Central African Republic.",
                    "killed") == "Central African Republic"


@pytest.mark.parametrize("second, trigger", [
    ("Both ministers agreed to open a new round of consultations soon.", "consultations"),
    ("The rebels joined failed negotiations with the junta.", "negotiations"),
])
def test_date14_a_new_or_failed_round_is_another_meeting_than_the_opening_one(place_of, second, trigger):
    assert place_of("The foreign ministers met in Vienna on Tuesday. " + second, trigger) is None


@pytest.mark.parametrize("text, trigger, expected", [
    # a place of the act a verbal act came after is not the verbal act's
    ("The republic severed relations with its neighbour after troops raided the consulate in Tartu.", "severed", None),
    # nor the place of the verbal act that of what it came after
    ("The envoys signed the accord in Tallinn after the ministry denounced the raids.", "denounced", None),
    # a physical act mostly follows another where it happened
    ("Four guards were killed in Narva after raiders stormed the depot.", "stormed", "Narva"),
])
def test_date15_a_phrase_of_after_places_only_what_it_tells(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    ("The defence chiefs met in Riga to discuss the border clashes.", "clashes"),
    ("The premier will host the envoys in Riga in May for talks on sanctions against the junta.", "sanctions"),
])
def test_date15_what_talks_are_about_is_not_where_they_are(place_of, text, trigger):
    assert place_of(text, trigger) is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("Two reporters were detained on Friday in Dakar by the gendarmes.", "detained", "Dakar"),
    ("The police broke up a sit-in in the capital Antananarivo.", "sit-in", "Antananarivo"),
])
def test_date15_a_gazetteer_town_the_tagger_took_for_a_name_is_a_place(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


def test_date15_a_place_of_what_came_before_does_not_move_the_meeting(place_of):
    text = "The two premiers met on Monday in Vilnius for talks on the border. " \
           "The meeting came after a skirmish in Latvia that left two guards dead."
    assert place_of(text, "meeting") == "Vilnius"


def test_date15_an_accord_after_talks_in_a_place_is_made_there(place_of):
    assert place_of("The delegates agreed the new rules after six days of talks in Tallinn.", "agreed") == "Tallinn"


def test_when1_a_province_the_gazetteer_lacks_is_in_its_state():
    # first- and second-level subdivisions (ISO 3166-2), also without their kind word or article
    assert resolve_place("Balochistan").country == "PAK"
    assert resolve_place("Aceh").country == "IDN"
    assert resolve_place("Fujian province").country == "CHN"
    assert resolve_place("Anbar").country == "IRQ"
    assert resolve_place("Sweida").country == "SYR"
    assert resolve_place("Bekaa valley").country == "LBN"
    assert resolve_place("Kashmir").country is None        # disputed: no state


def test_when1_a_small_town_namesake_does_not_beat_a_city_for_a_state_the_text_names():
    assert resolve_place("Geneva", {"USA", "RUS"}).country == "CHE"
    assert resolve_place("Rafah", {"EGY"}).country == "EGY"    # not far smaller: still the one there


def test_when1_an_attack_is_where_the_place_it_strikes_is(place_of):
    assert place_of("Warplanes pounded the Gaza Strip again on Sunday.", "pounded") == "Gaza Strip"
    assert place_of("Russian troops invaded Georgia in 2008.", "invaded") == "Georgia"
    assert place_of("Rebel fighters shelled Goma overnight.", "shelled") == "Goma"    # (tagged a person)
    assert place_of("Pirates attacked the Ever Bright on Monday.", "attacked") is None    # a ship, no place


def test_when1_a_name_the_gazetteer_lacks_takes_the_state_of_the_sentences_other_places(event_of):
    ev = event_of("In North Darfur state, gunmen killed nine villagers in Tawila on Monday.", "killed")
    assert ev.location.name == "Tawila" and ev.location.country == "SDN"


def test_when1_off_a_coast_and_along_a_border_are_places(place_of):
    assert place_of("The navy held drills off the coast of Fujian province on Saturday.", "held") == "Fujian province"
    assert place_of("Gunmen ambushed a patrol along the Line of Control on Friday.", "ambushed") == "Line of Control"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Air strikes pounded the Nigerian capital on Monday.", "pounded", "Abuja"),
    ("Gunmen killed a judge in the Mezzeh district of the Syrian capital.", "killed", "Damascus"),
])
def test_when2_a_capital_named_by_its_people_is_that_states_capital(place_of, text, trigger, expected):
    assert place_of(text, trigger) == expected


@pytest.fixture(scope="module")
def when2_places():
    """when2_places(text) → {trigger: place name or None} for an article read by the whole pipeline."""
    from communique.pipeline import Pipeline
    pipeline = Pipeline()

    def run(text):
        doc = pipeline.extract(text=text, published="2019-03-06")
        return {e.trigger.text: e.location.name if e.location else None for e in doc.events}
    return run


def test_when2_the_dateline_places_the_storys_acts_of_force_with_no_place(when2_places):
    places = when2_places("NAIROBI, March 5 (Reuters) - Police fired tear gas at students in the capital on "
                          "Tuesday.\n\nThe opposition condemned the crackdown on Tuesday. Officers arrested "
                          "dozens of students overnight. Rebels shelled a base in Somalia on Monday. "
                          "Riots broke out in several other towns on Tuesday.")
    assert places["fired"] == "Nairobi"         # "in the capital": the dateline's state's
    assert places["arrested"] == "Nairobi"      # no place of its own: the dateline's
    assert places["Riots"] is None              # in other towns, not at the dateline
    assert places["condemned"] is None          # what was said is not placed by the dateline
    assert places["shelled"] == "Somalia"


def test_when2_the_dateline_does_not_place_a_story_told_of_another_town(when2_places):
    places = when2_places("WELLINGTON, March 5 (Reuters) - Gunmen attacked a mosque in the southern city of "
                          "Dunedin on Tuesday.\n\nPolice arrested two men overnight.")
    assert places["arrested"] is None


def test_when2_an_attack_is_where_the_verb_it_is_subject_of_strikes(place_of):
    assert place_of("Air strikes rocked the Sudanese capital overnight.", "strikes") == "Khartoum"


def test_when2_the_dateline_does_not_place_what_came_before_nor_a_story_abroad(when2_places):
    places = when2_places("KABUL, March 5 (Reuters) - Police fired tear gas at students on Tuesday.\n\n"
                          "Troops sealed off the university on Tuesday, a day after militants attacked a bus.")
    assert places["fired"] == "Kabul"
    assert places["attacked"] is None           # what came before is not the dateline's news
    places = when2_places("JERUSALEM, March 5 (Reuters) - Israeli jets pounded the Gaza Strip on Tuesday.\n\n"
                          "Troops arrested dozens of people overnight.")
    assert places["arrested"] is None           # the story is abroad


def test_dates_a_name_before_its_kind_of_place_places_the_act(place_of, when2_places):
    assert place_of("Soldiers killed ten fighters in an operation in the Hiran region on Monday.", "killed") == "Hiran"
    # (a town of the clause still comes first)
    assert place_of("In the Kassala region, clashes in Tawila killed nine people on Monday.", "killed") == "Tawila"
    places = when2_places("MOGADISHU, March 5 (Reuters) - Troops killed ten fighters in the Hiran region on Tuesday.")
    assert places["killed"] == "Hiran"          # not the dateline's city


def test_dates_a_noun_naming_an_act_again_is_where_the_act_was(when2_places):
    places = when2_places("Rebels shelled a market in Goma on Monday.\n\nThe UN condemned the shelling.")
    assert places["shelling"] == "Goma"


def test_dates_a_province_of_the_storys_state_before_a_town_elsewhere():
    assert resolve_place("Bali", {"IDN"}).country == "IDN"      # the island, not the town in India
    assert resolve_place("Bali").country == "IND"               # with no state to go by, the gazetteer's town


def test_dates_a_state_the_tagger_took_for_a_person_keeps_the_dateline_off(when2_places):
    places = when2_places("NIAMEY, March 5 (Reuters) - Gunmen killed nine soldiers near the border with Mali on Tuesday.")
    assert places["killed"] != "Niamey"
