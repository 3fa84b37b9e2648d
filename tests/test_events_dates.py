"""Date expressions resolved against a publication date (pure functions, no spaCy)."""
from datetime import date

import pytest

from communique.events.dates import resolve_date

TUESDAY = date(2019, 3, 5)


@pytest.mark.parametrize("expr, forward, expected", [
    ("Tuesday", False, "2019-03-05"),            # the day itself
    ("Monday", False, "2019-03-04"),
    ("last Friday", False, "2019-03-01"),
    ("on Monday", False, "2019-03-04"),
    ("starting Wednesday", False, "2019-03-06"),  # "starting" looks forward
    ("Wednesday", True, "2019-03-06"),            # a future event looks forward
    ("next Tuesday", False, "2019-03-12"),
    ("in 2014", False, "2014"),
    ("last month", False, "2019-02"),
    ("next week", False, "2019-03"),
    ("March 1", False, "2019-03-01"),
    ("June 5", False, "2018-06-05"),              # a past June, months before publication
    ("5 March 2011", False, "2011-03-05"),
    ("yesterday", False, "2019-03-04"),
    ("three years ago", False, "2016"),
    ("in March", False, "2019-03"),
    ("December", False, "2018-12"),              # a past December
    ("December", True, "2019-12"),
])
def test_resolve(expr, forward, expected):
    assert resolve_date(expr, TUESDAY, forward=forward) == expected


def test_absolute_dates_need_no_publication_date():
    assert resolve_date("April 9, 2016", None) == "2016-04-09"
    assert resolve_date("Tuesday", None) is None


def test_unknown_expression():
    assert resolve_date("the decade", TUESDAY) is None


def test_looks_forward():
    from communique.events.dates import looks_forward
    assert looks_forward("next week") and looks_forward("starting Wednesday")
    assert not looks_forward("last week") and not looks_forward("from January to March 2010")


@pytest.mark.parametrize("expr, forward, expected", [
    ("in August", True, "2019-08"),        # a future act: the next August
    ("in August", False, "2018-08"),       # an asserted past act: the last August
    ("in March", True, "2019-03"),         # the month of publication itself, either way
    ("in February", True, "2020-02"),
    ("in early October", True, "2019-10"),
])
def test_dline_a_month_without_its_year_is_the_next_or_the_last_one(expr, forward, expected):
    assert resolve_date(expr, TUESDAY, forward=forward) == expected


def test_dline_names_month_without_year():
    from communique.events.dates import names_month_without_year
    assert names_month_without_year("in August") and names_month_without_year("on June 5")
    assert not names_month_without_year("August 2015") and not names_month_without_year("next week")


def test_dline_a_month_after_a_backward_word_is_not_a_bare_month():
    from communique.events.dates import names_month_without_year
    assert not names_month_without_year("last December") and not names_month_without_year("since May")


@pytest.fixture(scope="module")
def dates7_date_of(event_of):
    """date_of(text, trigger) → the resolved date of the event with that trigger (published Wednesday 2019-03-06)."""
    return lambda text, trigger: event_of(text, trigger).date


@pytest.mark.parametrize("text, trigger, expected", [
    # a date that only says which thing another noun means does not date the act
    ("The envoys held talks about the 2015 accord.", "held", "2019-03-06"),
    ("Gunmen killed two officials before the March 18 vote.", "killed", "2019-03-06"),
    # a length of time gives way to a date
    ("Inspectors visited the reactor site after a gap of three years on Sunday.", "visited", "2019-03-03"),
    # a date in a clause that is a preposition's object dates that clause
    ("Donors pledged aid on Tuesday, half of what the agency asked for this year.", "pledged", "2019-03-05"),
    # "since … ago" opens a span
    ("Officials hailed the biggest humanitarian convoy since the outbreak of fighting nearly nine years ago.",
     "humanitarian convoy", "2019-03-06"),
])
def test_dates7_a_date_of_something_else_does_not_date_the_act(dates7_date_of, text, trigger, expected):
    assert dates7_date_of(text, trigger) == expected


def test_dates7_a_schedule_in_the_past_tense_looks_back(dates7_date_of):
    assert dates7_date_of("The alliance was due to hold its summit on Sunday.", "hold") == "2019-03-03"
    assert dates7_date_of("The alliance is due to hold its summit on Sunday.", "hold") == "2019-03-10"


def test_dates7_a_clause_to_come_on_the_trigger_looks_forward(dates7_date_of):
    assert dates7_date_of("The rebel chief ordered a halt before a truce that will begin on Sunday.",
                          "truce") == "2019-03-10"
    assert dates7_date_of("The envoys welcomed the talks, which are expected to resume on Friday.",
                          "talks") == "2019-03-08"


def test_dates7_a_done_act_is_not_dated_after_publication_by_words_without_a_year(dates7_date_of):
    assert dates7_date_of("Under the plan agreed by the two sides, the envoys would meet on March 20.",
                          "agreed") == "2019-03-06"


def test_dates7_earlier_in_the_year_is_the_year():
    assert resolve_date("earlier in the year", TUESDAY) == "2019"


def test_place9_the_day_a_past_verb_above_names_is_before_publication(dates7_date_of):
    # said on Monday / on Friday: the day before publication, whatever is still to come in what was said
    assert dates7_date_of("The ministry said on Monday that it will keep supporting the farmers.",
                          "supporting") == "2019-03-04"
    # (an act only still to come has no day of its own: not the Friday it was announced on, but the
    # publication date, as for any act nothing dates)
    assert dates7_date_of("The governor said on Friday that police would arrest the smugglers.",
                          "arrest") == "2019-03-06"


def test_place9_the_act_a_span_opens_from_keeps_its_date(dates7_date_of):
    # "since" opens a span for the drill, but the meeting it counts from is dated by its own words
    assert dates7_date_of("The two navies held their first joint drill since another meeting of their chiefs "
                          "in early May.", "meeting") == "2018-05"


def test_date10_a_future_act_is_not_dated_by_the_day_it_was_announced(dates7_date_of):
    assert dates7_date_of("The coastguard said on Monday that a meeting of the two fleet commanders would "
                          "be held within weeks.", "held") == "2019-03-06"
    assert dates7_date_of("The envoy said on Thursday that both leaders would meet to settle the row.",
                          "meet") == "2019-03-06"
    # an act already going on is going on that day
    assert dates7_date_of("The cabinet said on Monday that it will continue to back the growers' union.",
                          "back") == "2019-03-04"
    # "now": from the day it was said
    assert dates7_date_of("The bloc said on Monday that it would now impose travel bans on four more officers.",
                          "impose") == "2019-03-04"


def test_date10_a_day_after_another_happening_dates_that_happening(dates7_date_of):
    # "over an incident on Monday": the incident's day, not the protest's
    assert dates7_date_of("The embassy lodged a protest over an incident on Monday near the islets.",
                          "protest") == "2019-03-06"
    # the occasion of the act still dates it
    assert dates7_date_of("Soldiers were deployed during the clash on Sunday.", "deployed") == "2019-03-03"


def test_date10_a_refusal_or_warning_about_the_future_is_made_the_day_it_is_said(dates7_date_of):
    assert dates7_date_of("The premier said on Monday that his cabinet would not ratify the fishing accord.",
                          "ratify") == "2019-03-04"
    assert dates7_date_of("The garrison said on Friday that any incursion would not be tolerated.",
                          "tolerated") == "2019-03-01"


def test_date10_a_day_on_a_named_subject_or_a_later_verb_dates_the_act(dates7_date_of):
    # "Norway on Thursday …": the day hangs on the subject but dates its verbs
    assert dates7_date_of("Norway on Monday summoned the consul and lodged a protest over the seizure.",
                          "summoned") == "2019-03-04"
    # verbs joined under one subject share the day named at the end
    assert dates7_date_of("Riot police fired tear gas at the marchers and held a dozen of them on Friday.",
                          "fired") == "2019-03-01"


def test_date10_a_happening_under_the_verb_of_a_trigger_noun_keeps_its_day(dates7_date_of):
    assert dates7_date_of("The envoy said she had lodged a complaint in response to a collision on Monday "
                          "near the atoll.", "complaint") == "2019-03-06"


def test_date10_last_or_next_month_of_the_same_name_is_a_year_away():
    # published in March: "last March" is the March before, "next March" the one after
    assert resolve_date("last March", TUESDAY) == "2018-03"
    assert resolve_date("next March", TUESDAY) == "2020-03"
    assert resolve_date("in March", TUESDAY) == "2019-03"


def test_date10_a_possessive_day_dates_its_noun_whatever_the_tag(dates7_date_of):
    assert dates7_date_of("The bloc denounced in the harshest terms Friday's coup d'etat in the capital.",
                          "denounced") == "2019-03-06"


def test_date11_a_weekday_with_a_part_of_the_day_dates_the_act(dates7_date_of):
    assert dates7_date_of("Gunmen raided the fuel depot on Monday night.", "raided") == "2019-03-04"
    assert dates7_date_of("The garrison shelled the ridge early Tuesday morning.", "shelled") == "2019-03-05"


def test_date11_a_gap_after_or_before_moves_the_date_of_the_act_it_hangs_on(dates7_date_of):
    assert dates7_date_of("The consul was expelled on Tuesday, a day after sailors exchanged fire near the reef.",
                          "exchanged") == "2019-03-04"
    assert dates7_date_of("The embassy was closed two days after the raid on its annex.", "raid") == "2019-03-04"
    # a vague gap keeps only the month
    assert dates7_date_of("The tanker sank on Sunday, days after it was shelled by the militia.",
                          "shelled") == "2019-03"


def test_date11_a_past_point_after_a_present_perfect_dates_the_phrase_before_it(dates7_date_of):
    text = "Oslo has blamed the militia for a rocket attack on a northern depot on Saturday."
    assert dates7_date_of(text, "blamed") == "2019-03-06"
    assert dates7_date_of(text, "attack") == "2019-03-02"
    # the day of the verb that reports it still dates it
    assert dates7_date_of("The north has agreed to family reunion talks with the south, an envoy said on Saturday.",
                          "agreed") == "2019-03-02"


def test_date11_a_present_relative_clause_is_not_dated_by_the_clause_above(dates7_date_of):
    assert dates7_date_of("The two premiers will meet in Vienna by the end of April, while their deputies, who "
                          "chair a joint fishing commission, will also meet there.", "commission") == "2019-03-06"


def test_date11_an_act_an_aim_is_about_is_not_dated_by_the_verb_above(dates7_date_of):
    assert dates7_date_of("On February 19, the navy announced a patrol mission to shield tankers from pirate attacks.",
                          "attacks") == "2019-03-06"


def test_date11_ahead_of_a_day_looks_forward(dates7_date_of):
    assert dates7_date_of("The cabinet meeting in Lima comes ahead of Saturday's summit in Quito.",
                          "summit") == "2019-03-09"
    # the day of what is ahead does not date the act before it
    assert dates7_date_of("The ministers met in Lisbon ahead of talks on Friday.", "met") == "2019-03-06"


def test_date11_a_recent_ago_is_news_not_history(event_of):
    recent = event_of("Rebel soldiers seized the airport two days ago.", "seized")
    assert (recent.date, recent.modality) == ("2019-03-04", "asserted")
    assert event_of("Rebel soldiers seized the airport ten years ago.", "seized").modality == "historical"


def test_date11_the_previous_day_counts_from_another_day_of_the_sentence(dates7_date_of):
    assert dates7_date_of("The envoy was expelled on Monday; border guards had clashed near the river "
                          "the previous day.", "clashed") == "2019-03-03"


def test_date11_a_date_the_parser_left_outside_its_preposition(dates7_date_of):
    assert dates7_date_of("In mid-January, the junta expelled the trade attache.", "expelled") == "2019-01"


def test_date11_a_happening_after_the_act_keeps_its_day(dates7_date_of):
    assert dates7_date_of("The summit came after a flare-up in the contested valley on February 25 that saw "
                          "rebels seize a village.", "summit") == "2019-03-06"


@pytest.mark.parametrize("expr, expected", [
    ("15/05/2018", "2018-05-15"),       # day first: the first number is no month
    ("5/15/2018", "2018-05-15"),        # month first
    ("3/5/2018", "2018"),               # either order: only the year is sure
    ("04.03.2018", "2018-03-04"),       # dots: day first
    ("by the end of the year", "2019"),
    ("the end of this month", "2019-03"),
])
def test_date11_numeric_dates_and_parts_of_this_year(expr, expected):
    assert resolve_date(expr, TUESDAY) == expected


def test_date11_the_past_year_is_a_span_up_to_now_not_last_year():
    assert resolve_date("in the past year", TUESDAY) is None
    assert resolve_date("past year", TUESDAY) == "2018"
    assert resolve_date("last year", TUESDAY) == "2018"


def test_date11_the_occasion_an_act_is_done_at_dates_it(dates7_date_of):
    assert dates7_date_of("The lull followed an accord made on the sidelines of January's regional summit in Baku.",
                          "accord") == "2019-01"
    assert dates7_date_of("Police detained the poet at last week's rally.", "detained") == "2019-02"   # the week before


def test_date11_an_accord_kept_or_broken_is_not_dated_by_the_charge(dates7_date_of):
    # ("violating" an accord is itself the accusation's act and takes the accord in: "breaking" is not)
    text = "Last week, the ministry accused the neighbours of breaking the truce agreement by laying mines."
    assert dates7_date_of(text, "accused") == "2019-02"
    assert dates7_date_of(text, "truce") == "2019-03-06"
    assert dates7_date_of(text, "agreement") == "2019-03-06"


def test_date14_a_day_between_the_subject_and_its_verb_dates_the_verb(dates7_date_of):
    assert dates7_date_of("The coast guards on Monday seized a fishing trawler.", "seized") == "2019-03-04"
    assert dates7_date_of("The cabinet had on Friday condemned the shelling of the port.", "condemned") == "2019-03-01"


def test_date14_a_weekday_glossed_with_its_date_takes_the_date(dates7_date_of):
    assert dates7_date_of("The premier on Saturday (Feb 23) formally asked the envoy to leave.", "asked") == "2019-02-23"


def test_date14_a_date_heading_an_entry_of_a_list_dates_the_entry(dates7_date_of):
    assert dates7_date_of("October 3, 2011: Four observers are killed near the river crossing.", "killed") == "2011-10-03"


def test_date14_a_clause_of_when_shares_the_day_of_what_it_hangs_on(dates7_date_of):
    # (a day named without its year after publication, for a past act, is last year's)
    assert dates7_date_of("Since the skirmish on March 20, when soldiers shot two herders, the valley has been calm.",
                          "shot") == "2018-03-20"
    assert dates7_date_of("Tensions have risen since January, when a patrol fired on a fishing boat.", "fired") == "2019-01"
    assert dates7_date_of("Dozens were detained by the militia when it stormed the town hall on Monday.",
                          "detained") == "2019-03-04"


def test_date14_the_same_day_or_year_points_back_at_the_last_date(dates7_date_of):
    assert dates7_date_of("The bridge was bombed on February 11. A convoy was ambushed near the pass on the same day.",
                          "ambushed") == "2019-02-11"
    assert dates7_date_of("In 2009 rebels seized the mine. In the same year they kidnapped three engineers.",
                          "kidnapped") == "2009"


def test_date14_a_month_with_last_or_next_year_keeps_the_month():
    assert resolve_date("in November last year", TUESDAY) == "2018-11"
    assert resolve_date("in May next year", TUESDAY) == "2020-05"


def test_date14_a_meeting_a_modal_verb_is_for_looks_forward(dates7_date_of):
    assert dates7_date_of("The premier said the two leaders would sit down for talks on June 9.", "talks") == "2019-06-09"


def test_date14_a_deadline_or_an_accord_kept_dates_no_done_act(dates7_date_of):
    assert dates7_date_of("The ministry said it had signed the accord and was aiming to begin the transfers by March 20.",
                          "signed") == "2019-03-06"
    text = "Rebels on Sunday shelled the depot, claiming the army was not abiding by the truce."
    assert dates7_date_of(text, "shelled") == "2019-03-03"
    assert dates7_date_of(text, "truce") == "2019-03-06"


def test_date14_a_place_between_a_present_perfect_and_its_day_is_no_phrase_of_its_own(dates7_date_of):
    assert dates7_date_of("Six rangers have been killed in Kenya late on Monday.", "killed") == "2019-03-04"


def test_date14_a_verb_sharing_the_first_ones_auxiliary_shares_its_day(dates7_date_of):
    assert dates7_date_of("Two monks were beaten and three others detained on Sunday by the police.", "beaten") == "2019-03-03"


def test_date14_that_day_after_a_month_keeps_the_month(dates7_date_of):
    text = "The envoys met in the capital last month. On that day the rivals said they had agreed to hold talks."
    assert dates7_date_of(text, "agreed") == "2019-02"


def test_date14_a_past_clause_on_an_aimed_at_accord_dates_it_back(dates7_date_of):
    # (the accord's intended use does not move the month the clause tells of into the future)
    assert dates7_date_of("Both sides hope to build on the pledges that calmed a border crisis in June.",
                          "pledges") == "2018-06"


@pytest.mark.parametrize("text, trigger, expected", [
    # what a dated act came after was earlier: that month, as far as the text tells
    ("The ministry recalled its consul on Monday after gunmen attacked the mission.", "attacked", "2019-03"),
    ("The cabinet resigned on Tuesday following weeks of protests over fuel prices.", "protests", "2019-03"),
    # the dated act itself keeps its day, and a phrase with a day of its own keeps that day
    ("The ministry recalled its consul on Monday after gunmen attacked the mission.", "recalled", "2019-03-04"),
    ("Police detained nine men on Monday after the riot on Saturday.", "riot", "2019-03-02"),
])
def test_date15_an_act_a_dated_one_came_after_is_not_dated_that_day(dates7_date_of, text, trigger, expected):
    assert dates7_date_of(text, trigger) == expected


def test_date15_an_act_tried_on_a_weekday_is_dated_back(dates7_date_of):
    assert dates7_date_of("Farmers once again tried to march on the ministry on Monday.", "march") == "2019-03-04"


@pytest.mark.parametrize("expr, published, forward, expected", [
    ("this week", date(2019, 3, 2), False, "2019-02"),    # Saturday: the days of the week so far are mostly February
    ("next week", date(2019, 7, 26), False, "2019-07"),   # Monday 29 July to Friday 2 August: mostly July
    ("last week", date(2019, 3, 6), False, "2019-02"),
])
def test_date16_a_week_across_two_months_is_the_month_of_most_of_its_days(expr, published, forward, expected):
    assert resolve_date(expr, published, forward=forward) == expected


def test_date16_a_date_that_begins_a_name_dates_nothing(dates7_date_of):
    assert dates7_date_of("Fighters of the May 12 Brigade ambushed a patrol.", "ambushed") == "2019-03-06"


def test_date16_the_day_of_a_participle_after_the_act_dates_the_act(dates7_date_of):
    text = "The foreign minister has denounced the border closure, saying Monday that it hurt traders."
    assert dates7_date_of(text, "denounced") == "2019-03-04"


def test_date16_a_schedule_dates_the_noun_it_is_told_of(dates7_date_of):
    assert dates7_date_of("Talks between the two rivals are due to open in Oslo next week.", "Talks") == "2019-03"


def test_date16_the_date_of_the_nearest_clause_up_wins(dates7_date_of):
    text = ("The premier will set off next week on a long tour of the region to promote trade and investment, "
            "visiting Lima, his office said Monday.")
    assert dates7_date_of(text, "visiting") == "2019-03"


def test_date16_a_day_of_an_according_to_phrase_dates_the_act(dates7_date_of):
    text = "Two countries have expelled four envoys, according to their ministries on Monday."
    assert dates7_date_of(text, "expelled") == "2019-03-04"


def test_date16_a_when_clause_on_a_second_verb_dates_the_first(dates7_date_of):
    text = "Three guards were wounded and two others went missing when gunmen raided the post on Sunday."
    assert dates7_date_of(text, "wounded") == "2019-03-03"


def test_date16_a_relative_clause_in_a_dated_attack_takes_its_day(dates7_date_of):
    text = "The envoy was summoned on Tuesday over Sunday's bombing near the market in which four people were killed."
    assert dates7_date_of(text, "killed") == "2019-03-03"


def test_date16_a_day_of_the_statement_an_act_is_told_in_dates_it(dates7_date_of):
    assert dates7_date_of("The president backed the plan in Monday's speech.", "backed") == "2019-03-04"


def test_date16_a_present_perfect_conjunct_is_not_dated_by_the_past_verb(dates7_date_of):
    text = "The province broke away from the federation in 1994 but has since gained the recognition of no state."
    assert dates7_date_of(text, "recognition") == "2019-03-06"


def test_date16_a_premodifier_takes_the_date_of_a_participle_on_its_noun(dates7_date_of):
    assert dates7_date_of("Both sides praised the Swiss-brokered pact concluded in Geneva last month.", "brokered") == "2019-02"


def test_date16_a_relative_clause_in_the_present_perfect_is_not_dated_by_the_main_verb(dates7_date_of):
    text = "The militia, whose raids on the valley have already displaced thousands, announced a truce on Monday."
    assert dates7_date_of(text, "raids") == "2019-03-06"


def test_date16_a_date_opening_the_sentence_dates_the_main_clause(dates7_date_of):
    text = "Last August, after then-Senator Ana Ruiz visited the island, the army fired rockets at targets near the strait."
    assert dates7_date_of(text, "fired") == "2018-08"


def test_date16_a_past_conjunct_does_not_date_a_present_perfect_one(dates7_date_of):
    text = "The island state has trained with Peru's coast guard since 2012 and bought two patrol boats from Lima in 2016."
    assert dates7_date_of(text, "trained") == "2019-03-06"


def test_date16_an_as_agreed_participle_is_not_dated_by_the_deadline_above(dates7_date_of):
    text = "Critics say the junta did not hold the vote in June 2018 as agreed."
    assert dates7_date_of(text, "agreed") == "2019-03-06"


def test_date16_a_summit_to_be_held_on_a_day_takes_that_day(dates7_date_of):
    text = "Officials said on Monday that the premier would join the regional summit, to be held in Rome on 9 March."
    assert dates7_date_of(text, "summit") == "2019-03-09"


def test_when1_a_gap_of_a_day_is_no_date_of_its_clause_nor_part_of_a_weekday(dates7_date_of):
    # "a day" is tagged a date and its "day" sits in "Tuesday": neither dates the stormed clause
    text = "The premier scrapped the levy on Tuesday, a day after rioters stormed the assembly."
    assert dates7_date_of(text, "stormed") == "2019-03-04"
    text = "Troops advanced on the port on Wednesday, a day after the general launched the offensive."
    assert dates7_date_of(text, "launched") == "2019-03-05"


def test_when1_the_following_day_counts_from_the_day_the_sentence_before_names(dates7_date_of):
    text = "A ferry sank off the island on February 27. The following day, the governor ordered an inquiry."
    assert dates7_date_of(text, "ordered") == "2019-02-28"
    text = "Police detained the mayor on Monday. A day earlier, the court barred him from the race."
    assert dates7_date_of(text, "barred") == "2019-03-03"


@pytest.mark.parametrize("text, trigger, expected", [
    # what a dated happening did, it did that day
    ("Sunday's bombing of the market killed twelve traders.", "killed", "2019-03-03"),
    ("The January 14 raid killed four soldiers.", "killed", "2019-01-14"),
    # a date closing the clause, hung by the parser on a participle describing the object
    ("Rebels shelled two villages sheltering displaced families late on Monday.", "shelled", "2019-03-04"),
])
def test_when2_a_date_the_parser_hung_elsewhere_dates_the_act(dates7_date_of, text, trigger, expected):
    assert dates7_date_of(text, trigger) == expected


@pytest.mark.parametrize("expr, published, forward, expected", [
    ("at the weekend", date(2025, 3, 3), False, "2025-03"),     # Monday 3 March: the weekend of 1-2 March
    ("over the weekend", date(2025, 3, 3), False, "2025-03"),
    ("at the weekend", date(2025, 6, 2), False, "2025-05"),     # Monday 2 June: the weekend of 31 May-1 June
    ("at the weekend", date(2025, 5, 27), True, "2025-05"),     # Tuesday: the coming one, 31 May
])
def test_when2_the_weekend_is_the_one_just_gone_or_the_coming_one(expr, published, forward, expected):
    assert resolve_date(expr, published, forward=forward) == expected


@pytest.fixture(scope="module")
def dates_of_all(nlp):
    """dates_of_all(text) → {trigger: date} of every event of a text published on Wednesday 2019-03-06."""
    from communique.actors import ActorIndex
    from communique.document import Meta
    from communique.events import EventCoder
    coder = EventCoder()
    return lambda text: {e.trigger.text: e.date for e in coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), [])}


@pytest.mark.parametrize("text, trigger, expected", [
    # a noun that names again an act told before is that act, on its day
    ("Militants ambushed a convoy near the border on Monday. The government condemned the ambush.", "ambush",
     "2019-03-04"),
    ("Police detained the editor on Saturday. A rights group denounced the detention.", "detention", "2019-03-02"),
    # ... or told in a clause on the noun
    ("The army condemned the assault on a police post that killed six officers on Sunday.", "assault", "2019-03-03"),
    # a noun with a day of its own keeps it
    ("Militants ambushed a convoy on Monday. The government condemned Tuesday's attack on a school.", "attack",
     "2019-03-05"),
])
def test_dates_a_noun_naming_an_act_again_takes_its_day(dates_of_all, text, trigger, expected):
    assert dates_of_all(text)[trigger] == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "on the eve of X": the day before the act X names
    ("Troops shelled the town on Monday. Rebels had fired mortars at a barracks on the eve of the shelling.",
     "fired", "2019-03-03"),
    # ... or the day before the day the noun gives itself
    ("Rebels shelled the city on the eve of the March 1 parade.", "shelled", "2019-02-28"),
    # ... or the day a clause on the noun gives it; and a noun naming that act again takes that day
    ("The mayor was arrested on the eve of the vote, which was held on Sunday. Officials criticised the arrest.",
     "arrest", "2019-03-02"),
    # "a day after X" where X names an act told before (not a day counted from the act it hangs on)
    ("Gunmen abducted ten pupils on Sunday. Troops launched a rescue operation a day after the kidnapping.",
     "launched", "2019-03-04"),
    # "hours after X" with X's day told in the sentence before
    ("Gunmen bombed a bus station on Sunday. Hours after the bombing, police arrested three suspects.",
     "arrested", "2019-03-03"),
    # an act in a clause "two days after" that a noun naming an act again hangs on
    ("Soldiers raided a camp on Monday. The raid came two days after militants attacked a checkpoint.",
     "attacked", "2019-03-02"),
    # "a day earlier" counts from the last day the sentences before name, not only the one just before
    ("Drones struck a depot overnight, officials said on Monday. The governor condemned the strikes. "
     "Firefighters worked for hours. A day earlier, a missile hit a refinery.", "hit", "2019-03-03"),
])
def test_dates_a_time_told_from_another_act_counts_from_its_day(dates_of_all, text, trigger, expected):
    assert dates_of_all(text)[trigger] == expected


def test_dates_a_named_week_before_after_dates_the_act_above(dates_of_all):
    dates = dates_of_all("Thailand closed the border crossings last week after a soldier was wounded by a landmine.")
    assert dates["closed"] == "2019-02"     # last week of Wednesday 6 March: 25 February - 3 March, mostly February


def test_dates_the_eve_of_a_named_day_is_the_day_before():
    assert resolve_date("the eve of the March 1 parade", TUESDAY) == "2019-02-28"
