"""QuoteFinder: each quote form, its speaker (also across sentences), cue and content."""
from __future__ import annotations

import pytest

from communique.actors import ActorIndex
from communique.quotes import QuoteFinder
from communique.quotes.marks import find_passages

from _handmade_actors import index_of

PEOPLE = {
    "Maria Okonkwo": {"kind": "person", "country": "NGA", "say": ["Maria Okonkwo", "Okonkwo"]},
    "Lars Berglund": {"kind": "person", "country": "SWE", "say": ["Lars Berglund", "Berglund"]},
    "Ministry of Trade": {"kind": "organization", "country": "KEN", "say": ["Ministry of Trade"]},
}


@pytest.fixture(scope="module")
def quotes_of(nlp):
    finder = QuoteFinder()

    def run(text: str, spec: dict | None = None):
        doc = nlp(text)
        actors = index_of(text, spec if spec is not None else PEOPLE)
        return finder.find(doc, actors), actors
    return run


def only(quotes, fragment):
    """The one quote whose content contains ``fragment``."""
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


# -- quotation marks ---------------------------------------------------------
def test_passages_curly_and_straight_marks_without_the_marks():
    text = 'She said "the road is long" and “the river is wide.”'
    got = [text[p.start:p.end] for p in find_passages(text)]
    assert got == ["the road is long", "the river is wide."]


def test_passage_nested_quote_stays_inside_the_outer_one():
    text = '"He told me “never again” and left," she said.'
    (p,) = find_passages(text)
    assert text[p.start:p.end] == "He told me “never again” and left"


def test_passage_runs_over_paragraphs_when_the_next_opens_with_a_mark():
    text = '"The first part goes on\n\n"and the second part ends here," he said.\n\nNo "quote here'
    passages = find_passages(text)
    assert text[passages[0].start:passages[0].end].startswith("The first part")
    assert text[passages[0].start:passages[0].end].endswith("ends here")
    # an unclosed mark with no continuation ends with its paragraph
    assert text[passages[1].start:passages[1].end] == "quote here"
    assert passages[1].close_at is None


def test_two_apostrophes_are_a_quotation_mark():
    text = "''We will rebuild the bridge,'' the mayor said."
    (p,) = find_passages(text)
    assert text[p.start:p.end] == "We will rebuild the bridge"


# -- direct quotes -------------------------------------------------------------
def test_direct_quote_before_its_cue(quotes_of):
    quotes, _ = quotes_of('"Our talks were frank and useful," Okonkwo said on Friday.')
    q = only(quotes, "frank and useful")
    assert (q.kind, q.speaker, q.speaker_text, q.cue.text) == ("direct", "a1", "Okonkwo", "said")
    assert not q.content.text.startswith('"')


def test_direct_quote_after_a_colon(quotes_of):
    quotes, _ = quotes_of('Lars Berglund told reporters: "The border will stay open for trade."')
    q = only(quotes, "border will stay open")
    assert (q.kind, q.speaker, q.cue.text) == ("direct", "a2", "told")


def test_direct_quote_with_inverted_speaker_and_a_stray_second_verb(quotes_of):
    text = '"We cannot wait any longer," said Sweden\'s Lars Berglund (right) said, adding that talks must go on.'
    quotes, _ = quotes_of(text)
    q = only(quotes, "cannot wait any longer")
    assert q.kind == "direct" and q.speaker == "a2"
    assert q.speaker_text == "Sweden's Lars Berglund"
    adding = only(quotes, "talks must go on")
    assert adding.kind == "indirect" and adding.speaker == "a2"


def test_statement_with_a_quote_after_the_colon_is_the_issuer_s(quotes_of):
    text = ('The Ministry of Trade issued a statement confirming that tariffs will fall: '
            '"On the question of tariffs, both governments agreed to cut them by half."')
    quotes, _ = quotes_of(text)
    q = only(quotes, "On the question of tariffs")
    assert q.kind == "direct" and q.speaker == "a3"
    assert q.cue.text == "statement"


def test_quote_running_over_two_paragraphs_is_one_quote(quotes_of):
    text = ('Okonkwo said: "The first thing we need is water for the farms\n\n'
            '"and the second thing is a road to the market."')
    quotes, _ = quotes_of(text)
    q = only(quotes, "first thing we need")
    assert "road to the market" in q.content.text and q.speaker == "a1"


def test_bare_quote_after_an_introducing_sentence(quotes_of):
    text = 'Berglund continued:\n\n"Nobody in this room wants another winter without gas."'
    quotes, _ = quotes_of(text)
    q = only(quotes, "another winter without gas")
    assert q.speaker == "a2" and q.kind == "direct"


def test_quote_running_on_after_the_attribution_keeps_the_speaker(quotes_of):
    text = '"The vote was fair," said Okonkwo. "Everyone had the chance to take part in it."'
    quotes, _ = quotes_of(text)
    assert only(quotes, "vote was fair").speaker == "a1"
    assert only(quotes, "chance to take part").speaker == "a1"


def test_transcript_line(quotes_of):
    quotes, _ = quotes_of("HOST: What happens to the harbour next year if the talks fail?", {})
    q = only(quotes, "harbour next year")
    assert q.speaker_text == "HOST" and q.kind == "direct" and q.speaker is None


def test_scare_quotes_alone_are_not_quotes(quotes_of):
    quotes, _ = quotes_of('The so-called "reform" passed the assembly in March.')
    assert quotes == []


# -- mixed and indirect -----------------------------------------------------------
def test_mixed_quote_is_the_whole_reported_clause(quotes_of):
    text = 'Okonkwo said the new pipeline would help both countries to "grow together for a generation."'
    quotes, _ = quotes_of(text)
    q = only(quotes, "grow together")
    assert q.kind == "mixed" and q.speaker == "a1"
    assert q.content.text.startswith("the new pipeline")


def test_indirect_quote_with_and_without_that(quotes_of):
    quotes, _ = quotes_of("Berglund said that the harbour would reopen in May. "
                          "Okonkwo said the fishermen could return next week.")
    first, second = only(quotes, "harbour would reopen"), only(quotes, "fishermen could return")
    assert (first.kind, first.speaker, second.kind, second.speaker) == ("indirect", "a2", "indirect", "a1")
    assert not first.content.text.startswith("that")


def test_told_reporters_content_is_the_clause_not_the_audience(quotes_of):
    quotes, _ = quotes_of("Okonkwo told reporters on Monday that the ceasefire was holding.")
    q = only(quotes, "ceasefire was holding")
    assert "reporters" not in q.content.text and q.cue.text == "told"


def test_reported_clause_before_the_verb(quotes_of):
    quotes, _ = quotes_of("The old treaty no longer protects the fishermen, Berglund said.")
    q = only(quotes, "no longer protects")
    assert q.speaker == "a2" and q.kind == "indirect"
    assert "Berglund" not in q.content.text


def test_described_as(quotes_of):
    quotes, _ = quotes_of('Okonkwo described the drought in the north as "the worst in forty years."')
    q = only(quotes, "worst in forty years")
    assert q.content.text.startswith("the drought") and q.speaker == "a1"
    assert q.kind == "mixed"


def test_according_to(quotes_of):
    quotes, _ = quotes_of("Prices rose by a third last year, according to the Ministry of Trade.")
    q = only(quotes, "Prices rose")
    assert q.speaker == "a3" and q.cue.text == "according to"
    assert "according" not in q.content.text


def test_source_without_an_actor_keeps_its_text(quotes_of):
    quotes, _ = quotes_of("Two senior diplomats said the summit had been postponed.")
    q = only(quotes, "summit had been postponed")
    assert q.speaker is None and q.speaker_text == "Two senior diplomats"


# -- speakers across sentences ------------------------------------------------------
def test_pronoun_speaker_resolves_to_the_latest_person(quotes_of):
    text = ('Maria Okonkwo arrived in the capital on Sunday. '
            '"We came to listen before we decide anything," she said.')
    quotes, actors = quotes_of(text)
    q = only(quotes, "came to listen")
    assert q.speaker == "a1" and q.speaker_text == "she"
    # the resolved pronoun becomes a mention of the speaker
    assert any(m.text == "she" for m in actors.get("a1").mentions)


def test_definite_description_resolves_to_an_earlier_mention(quotes_of):
    text = ('The Ministry of Trade published new figures on Monday. '
            'The ministry said exports of tea had doubled since January.')
    quotes, _ = quotes_of(text)
    assert only(quotes, "exports of tea").speaker == "a3"


def test_ids_are_in_text_order_and_spans_match_the_text(quotes_of):
    text = ('Berglund said the port would close. "It will reopen when the storm has passed," '
            'Okonkwo said.')
    quotes, _ = quotes_of(text)
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.content.start for q in quotes] == sorted(q.content.start for q in quotes)
    for q in quotes:
        assert text[q.content.start:q.content.end] == q.content.text
        assert text[q.cue.start:q.cue.end] == q.cue.text


def test_finder_runs_without_actors(nlp):
    doc = nlp('"Nothing was decided today," a spokesman said.')
    (q,) = QuoteFinder().find(doc, ActorIndex())
    assert q.speaker is None and q.speaker_text == "a spokesman"


# -- attribution beyond speech verbs ----------------------------------------------
def test_intention_verb_reports_its_infinitive(quotes_of):
    quotes, _ = quotes_of("Okonkwo hopes to sign the water agreement before the rains.")
    q = only(quotes, "to sign the water agreement")
    assert q.speaker == "a1" and q.kind == "indirect" and q.cue.text == "hopes"


def test_position_verb_reports_its_object(quotes_of):
    quotes, _ = quotes_of("Berglund endorsed the harbour plan on Tuesday.")
    q = only(quotes, "the harbour plan")
    assert q.speaker == "a2" and q.cue.text == "endorsed"


def test_passive_and_evidential_cues_name_no_speaker(quotes_of):
    quotes, _ = quotes_of("Okonkwo is expected to win the vote. The harbour seemed to be empty.")
    expected, seemed = only(quotes, "expected to win"), only(quotes, "seemed to be empty")
    assert expected.speaker is None and expected.speaker_text is None
    assert expected.content.text.startswith("Okonkwo")
    assert seemed.speaker is None and seemed.content.text.startswith("The harbour")


def test_relative_pronoun_speaker_is_written_as_is_and_resolved_to_its_antecedent(quotes_of):
    quotes, _ = quotes_of("Berglund, who said the border would stay closed, left the talks early.")
    q = only(quotes, "border would stay closed")
    assert q.speaker_text == "who" and q.speaker == "a2"


def test_question_ending_its_sentence_before_the_cue(quotes_of):
    quotes, _ = quotes_of('"Will the border open this year?" Okonkwo asked the minister.')
    q = only(quotes, "border open this year")
    assert q.speaker == "a1" and q.cue.text == "asked" and q.kind == "direct"


def test_a_sentence_after_a_quote_with_its_own_clause_is_not_its_cue(quotes_of):
    quotes, _ = quotes_of('"The plan is finished for good." Berglund said the talks would go on anyway.')
    assert all(q.speaker != "a2" or "talks would go on" in q.content.text for q in quotes)


def test_accusation_keeps_its_charge_with_the_object(quotes_of):
    quotes, _ = quotes_of("Okonkwo accused the council of hiding the budget.")
    q = only(quotes, "the council")
    assert q.content.text == "the council of hiding the budget" and q.speaker == "a1"


def test_a_participle_of_speech_opens_its_own_quote_for_the_same_speaker(quotes_of):
    quotes, _ = quotes_of('Okonkwo said she saw no reason to resign, telling the board that '
                          '"the ledger is clean and the audit proves it" in a letter.')
    said = only(quotes, "no reason to resign")
    told = only(quotes, "ledger is clean")
    assert "ledger" not in said.content.text
    assert said.speaker == told.speaker == "a1"


def test_an_added_clause_is_cut_from_the_first_report(quotes_of):
    quotes, _ = quotes_of("Berglund said the talks had failed, adding that a new round would start in May.")
    first, added = only(quotes, "talks had failed"), only(quotes, "new round")
    assert "new round" not in first.content.text and added.cue.text == "adding"


def test_a_relative_clause_of_the_speaker_is_not_what_was_said(quotes_of):
    quotes, _ = quotes_of("Okonkwo, meanwhile, who sits on no committee, said that fact speaks volumes "
                          "about which of the parties is ready to govern.")
    q = only(quotes, "ready to govern")
    assert q.speaker == "a1" and "sits on no committee" not in q.content.text


def test_called_for_someone_to_act_reports_the_whole_demand(quotes_of):
    quotes, _ = quotes_of("Okonkwo called for the council to reopen the harbour before winter.")
    q = only(quotes, "reopen the harbour")
    assert q.content.text.startswith("the council") and q.speaker == "a1"


@pytest.mark.parametrize("sentence, fragment", [
    ("Berglund referred to the old treaty.", "the old treaty"),
    ("Okonkwo sided with the farmers.", "the farmers"),
    ("Berglund portrayed the mayor as a reformer.", "the mayor as a reformer"),
    ("Okonkwo mocked the new budget.", "the new budget"),
])
def test_position_cues_of_the_lexicon_report_their_object(quotes_of, sentence, fragment):
    quotes, _ = quotes_of(sentence)
    q = only(quotes, fragment)
    assert q.speaker in ("a1", "a2") and q.kind == "indirect"


def test_cue_nouns_report_what_they_are_about_with_the_voice_behind_them(quotes_of):
    quotes, _ = quotes_of("Okonkwo voiced support for the new harbour treaty. Berglund's criticism of "
                          "the tax plan was sharp.")
    support = only(quotes, "harbour treaty")
    assert support.content.text == "the new harbour treaty" and support.speaker == "a1"
    criticism = only(quotes, "tax plan")
    assert criticism.speaker_text == "Berglund's" and criticism.cue.text == "criticism of"


def test_a_cue_noun_with_no_one_behind_it_is_no_quote(quotes_of):
    quotes, _ = quotes_of("Support for the harbour treaty grew over the summer.")
    assert not any("harbour treaty" in q.content.text for q in quotes)


def test_the_object_of_a_position_verb_keeps_its_as_and_against(quotes_of):
    quotes, _ = quotes_of("Okonkwo dismissed the report as a fantasy. Berglund defended the mayor against "
                          "charges of fraud.")
    assert only(quotes, "report").content.text == "the report as a fantasy"
    assert only(quotes, "mayor").content.text == "the mayor against charges of fraud"


def test_the_passive_subject_of_ask_is_the_one_asked(quotes_of):
    quotes, _ = quotes_of("Berglund was asked by the host whether the border would reopen soon.")
    q = only(quotes, "border would reopen")
    assert "Berglund" not in q.content.text and q.speaker_text == "the host"


def test_a_dateline_is_not_part_of_the_speaker(quotes_of):
    quotes, _ = quotes_of("OSLO (Wire) - Berglund said on Monday the harbour would stay closed.")
    q = only(quotes, "harbour would stay closed")
    assert q.speaker_text == "Berglund" and q.speaker == "a2"


def test_a_joined_second_cue_keeps_the_first_speaker(quotes_of):
    quotes, _ = quotes_of("Okonkwo said the harbour would reopen and added that the budget was safe.")
    first, added = only(quotes, "harbour would reopen"), only(quotes, "budget was safe")
    assert first.speaker == added.speaker == "a1" and "budget" not in first.content.text


def test_what_someone_wants_is_their_position(quotes_of):
    quotes, _ = quotes_of("Berglund wants a new vote on the harbour.")
    assert only(quotes, "new vote").speaker == "a2"


def test_asked_with_no_one_asking_names_no_speaker(quotes_of):
    quotes, _ = quotes_of("Asked whether the harbour would reopen, Okonkwo said she did not know.")
    question, answer = only(quotes, "harbour would reopen"), only(quotes, "did not know")
    assert question.speaker is None and question.speaker_text is None
    assert answer.speaker == "a1"


def test_seeing_someone_as_something_is_a_view(quotes_of):
    quotes, _ = quotes_of("Okonkwo sees the treaty as a trap. Berglund is seen as the favourite.")
    assert only(quotes, "treaty").content.text == "the treaty as a trap"
    seen = only(quotes, "favourite")
    assert seen.content.text.startswith("Berglund") and seen.speaker is None


def test_light_verb_and_cue_noun(quotes_of):
    quotes, _ = quotes_of("Berglund made the point that the harbour needs dredging.")
    q = only(quotes, "harbour needs dredging")
    assert q.speaker == "a2" and q.cue.text.startswith("point")


def test_a_cue_noun_that_is_the_object_of_a_cue_verb_is_left_to_the_verb(quotes_of):
    quotes, _ = quotes_of("Okonkwo defended her support for the harbour treaty.")
    q = only(quotes, "harbour treaty")
    assert q.cue.text == "defended" and q.content.text == "her support for the harbour treaty"


def test_a_parenthetical_cue_reports_only_its_own_sentence(quotes_of):
    quotes, _ = quotes_of('"It was far from the first choice." A new harbour master, Okonkwo said, could set '
                          'a new tone for the port. The staff agreed.')
    q = only(quotes, "new tone")
    assert q.content.text.startswith("A new harbour master") and "staff" not in q.content.text


def test_a_clause_before_a_colon_and_the_quote_after_it_are_two_quotes_of_one_speaker(quotes_of):
    quotes, _ = quotes_of('Berglund says he agrees with this view up to a point: "Look, there is a real '
                          'argument for keeping the harbour open to everyone."')
    clause, quote = only(quotes, "agrees with this view"), only(quotes, "real argument")
    assert "Look" not in clause.content.text and clause.kind == "indirect"
    assert clause.speaker == quote.speaker == "a2" and quote.kind == "direct"


def test_a_reported_clause_may_itself_be_a_report(quotes_of):
    quotes, _ = quotes_of("Okonkwo said she warned the council that the harbour would flood.")
    q = only(quotes, "she warned")
    assert q.content.text.startswith("she warned") and q.speaker == "a1"


def test_according_to_names_the_source_of_a_speakerless_view(quotes_of):
    quotes, _ = quotes_of("The voters of the port seem enamored with Okonkwo, according to Berglund.")
    q = only(quotes, "enamored")
    assert q.speaker == "a2"


def test_a_speaker_phrase_stops_at_its_paragraph(quotes_of):
    quotes, _ = quotes_of("The harbour was quiet, said Okonkwo\n\nThe next morning the ships left the port early.")
    for q in quotes:
        assert "\n" not in (q.speaker_text or "")


@pytest.mark.parametrize("sentence", [
    'The sign on the gate reads: "Nobody passes here without a permit."',
    'The rally had one message: "Keep the harbour open for everyone."',
])
def test_colon_cues_of_the_lexicon_introduce_a_quote(quotes_of, sentence):
    quotes, _ = quotes_of(sentence)
    q = only(quotes, "harbour" if "harbour" in sentence else "permit")
    assert q.kind == "direct" and q.speaker_text


def test_reportedly_marks_a_clause_said_by_no_one_named(quotes_of):
    quotes, _ = quotes_of("Okonkwo is reportedly considering a run for the senate.")
    q = only(quotes, "considering a run")
    assert q.speaker is None and q.cue.text == "reportedly"


def test_a_gerund_after_a_speech_verb_is_what_was_reported(quotes_of):
    quotes, _ = quotes_of("Okonkwo reported raising about nine million during the month.")
    q = only(quotes, "nine million")
    assert q.content.text.startswith("raising") and q.speaker == "a1"


def test_agreeing_with_someone_is_a_position(quotes_of):
    quotes, _ = quotes_of("Berglund agrees with the mayor.")
    assert only(quotes, "the mayor").speaker == "a2"


def test_called_on_someone_to_act_includes_the_one_called_on(quotes_of):
    quotes, _ = quotes_of("Okonkwo called on the council to reopen the harbour.")
    assert only(quotes, "reopen the harbour").content.text == "the council to reopen the harbour"


def test_quot_a_name_inside_the_quote_is_not_the_speaker_of_said_x(quotes_of):
    quotes, _ = quotes_of('"We will carry the coastal towns this year: Tema, Keta, Ada," said Berglund.')
    assert only(quotes, "coastal towns").speaker == "a2"


def test_quot_according_to_at_the_end_covers_the_whole_sentence(quotes_of):
    quotes, _ = quotes_of("Okonkwo won 40 percent, Berglund had 35 percent and the rest went to others, "
                          "according to the official count.")
    q = only(quotes, "Okonkwo won")
    assert q.content.text.endswith("went to others") and q.speaker_text == "the official count"


def test_quot_a_mixed_quote_opens_at_that_after_the_verb(quotes_of):
    quotes, _ = quotes_of('Okonkwo said in an interview that in the northern villages, "the wells are dry."')
    q = only(quotes, "wells are dry")
    assert q.kind == "mixed" and q.content.text.startswith("in the northern villages")


def test_quot_words_of_the_report_before_the_mark_make_a_mixed_quote(quotes_of):
    quotes, _ = quotes_of('Okonkwo said the "costs of the new port are far too high" for the city to bear.')
    q = only(quotes, "costs of the new port")
    assert q.kind == "mixed" and q.content.text.startswith("the") and q.content.text.endswith("to bear")


def test_quot_to_whom_and_when_it_was_said_stay_out_of_the_quote(quotes_of):
    quotes, _ = quotes_of('Okonkwo told reporters on Friday "the bridge will open in May."')
    assert only(quotes, "bridge").content.text.startswith("the bridge")


def test_quot_a_report_inside_a_report_is_a_quote_of_its_own(quotes_of):
    quotes, _ = quotes_of("Okonkwo said Berglund had told the council that the harbour would close in June.")
    outer = only(quotes, "Berglund had told")
    inner = next(q for q in quotes if q.cue.text == "told")
    assert outer.speaker == "a1" and inner.speaker == "a2" and inner.content.text.startswith("the harbour")


def test_quot_the_quoted_speakers_own_i_say_does_not_nest(quotes_of):
    quotes, _ = quotes_of("Okonkwo said that the port, I think, will need more cranes.")
    assert len(quotes) == 1


def test_quot_a_relative_clause_the_writer_appends_is_not_what_was_said(quotes_of):
    quotes, _ = quotes_of("Okonkwo said the council would close the old ferry pier, which was built in 1950.")
    assert only(quotes, "ferry pier").content.text == "the council would close the old ferry pier"


def test_quot_a_relative_clause_inside_what_was_said_stays(quotes_of):
    quotes, _ = quotes_of("Okonkwo said the ferry pier, which was built in 1950, would close.")
    assert only(quotes, "ferry pier").content.text.endswith("would close")


def test_quot_saying_after_a_preposition_is_said_by_the_subject_of_the_verb(quotes_of):
    quotes, _ = quotes_of("After saying the harbour was unsafe, Okonkwo left the meeting early.")
    assert only(quotes, "harbour was unsafe").speaker == "a1"


def test_quot_by_saying_is_said_by_the_one_who_began(quotes_of):
    quotes, _ = quotes_of("Berglund opened the debate by saying that the ferries must run at night.")
    assert only(quotes, "ferries must run").speaker == "a2"


def test_quot_on_in_the_cue_lexicon_is_the_word_not_a_yaml_boolean(quotes_of):
    quotes, _ = quotes_of("Okonkwo kept up her attacks on the harbour board.")
    assert only(quotes, "harbour board").speaker == "a1"


def test_quot_according_to_around_a_report_is_a_quote_around_it(quotes_of):
    quotes, _ = quotes_of("On Monday, Okonkwo said the ferry would run again, according to Berglund.")
    outer = next(q for q in quotes if q.cue.text == "according to")
    inner = next(q for q in quotes if q.cue.text == "said")
    assert outer.speaker == "a2" and outer.content.text.startswith("On Monday, Okonkwo said")
    assert inner.speaker == "a1"


def test_quot_according_to_at_the_end_is_not_part_of_the_inner_report(quotes_of):
    quotes, _ = quotes_of("Okonkwo said the port would close in winter, according to two aides.")
    inner = next(q for q in quotes if q.cue.text == "said")
    assert inner.content.text == "the port would close in winter"


def test_cact_single_curly_marks_quote_when_a_paragraph_has_no_double_ones():
    text = "‘The harbour will reopen in spring and the ferries will run again,’ the mayor said.\n\n" \
           "The councillors’ plans were ‘bold’ and the ‘town’s pride’ was at stake."
    got = [text[p.start:p.end] for p in find_passages(text)]
    assert got == ["The harbour will reopen in spring and the ferries will run again"], got


def test_cact_a_participle_after_a_quote_opens_the_next_quote_not_this_one(quotes_of):
    quotes, _ = quotes_of('Okonkwo pointed out "the harbour must stay open to all", adding "the ferries '
                          'will run again in spring".')
    first, second = only(quotes, "stay open"), only(quotes, "ferries")
    assert (first.kind, first.cue.text, first.content.text) == ("direct", "pointed", "the harbour must stay open to all")
    assert (second.kind, second.cue.text) == ("direct", "adding")


def test_cact_a_clause_before_its_speaker_never_reaches_into_the_paragraph_before(quotes_of):
    quotes, _ = quotes_of("The ferry strike ended after ten days\n\nThe harbour is safe again, Okonkwo said at a "
                          "dinner on Tuesday.")
    q = only(quotes, "harbour")
    assert q.content.text == "The harbour is safe again" and q.speaker == "a1"


def test_cact_the_statement_speaks_for_whoever_was_quoted_just_before(quotes_of):
    quotes, _ = quotes_of('The Ministry of Trade said in a statement that the harbour would reopen. "We ask every '
                          'shipowner to respect the new rules in the port," the statement said.')
    q = only(quotes, "shipowner")
    assert (q.speaker, q.speaker_text) == ("a3", "the statement")


def test_cact_a_plural_description_is_never_one_person_named_before(quotes_of):
    spec = {"Maria Okonkwo": {"kind": "person", "country": "NGA", "role": "Minister", "say": ["Maria Okonkwo"]},
            "Lars Berglund": {"kind": "person", "country": "SWE", "role": "Minister", "say": ["Lars Berglund"]}}
    quotes, _ = quotes_of("Maria Okonkwo met Lars Berglund in Lagos. The ministers said the harbour would "
                          "reopen in spring.", spec)
    assert only(quotes, "harbour").speaker is None


def test_cact_a_name_with_a_colon_before_a_quotation_is_its_speaker(quotes_of):
    quotes, _ = quotes_of('Harbour plans\n\nLars Berglund: "We will reopen the harbour in spring."\n\nThat is not so.')
    q = only(quotes, "reopen")
    assert (q.kind, q.speaker, q.content.text) == ("direct", "a2", "We will reopen the harbour in spring.")


def test_cact5_a_pronoun_speaker_passes_over_people_named_only_in_what_was_said(quotes_of):
    quotes, _ = quotes_of("Maria Okonkwo said on Monday that Lars Berglund would not be welcome in Lagos. "
                          "\"If Berglund comes, we will not meet him,\" she said.")
    q = only(quotes, "we will not meet")
    assert (q.speaker, q.speaker_text) == ("a1", "she"), (q.speaker, q.speaker_text)


def test_cact5_a_pronoun_speaker_after_a_long_quotation_is_the_one_quoted_before_it(quotes_of):
    quotes, _ = quotes_of("The harbour may reopen, Maria Okonkwo told a forum on Friday.\n\n\"I will meet Berglund. "
                          "I have asked Berglund to come. The gates are open. Berglund is welcome,\" she said later.")
    assert only(quotes, "gates are open").speaker == "a1"


def test_cact5_according_to_reports_narrative_whose_people_a_pronoun_may_point_to(quotes_of):
    quotes, _ = quotes_of("Maria Okonkwo met Lars Berglund in Lagos. Berglund also agreed to open the port, according "
                          "to the ministry. He said that the ships would sail in May.")
    assert only(quotes, "sail in May").speaker == "a2"


def test_cact5_speaking_on_condition_of_anonymity_is_no_quote(quotes_of):
    quotes, _ = quotes_of("The talks will resume in Lagos, an official who spoke on condition of anonymity said.")
    assert not [q for q in quotes if "anonymity" in q.content.text], [(q.cue.text, q.content.text) for q in quotes]
    assert [q.content.text for q in quotes] == ["The talks will resume in Lagos"], [q.content.text for q in quotes]


def test_quot5_a_participle_clause_before_a_speech_verb_is_no_quote_of_its_own(quotes_of):
    quotes, _ = quotes_of('Referring to the fishing dispute, Okonkwo stressed: "Our boats will keep sailing in these waters."')
    assert [q.cue.text for q in quotes] == ["stressed"], [(q.cue and q.cue.text, q.content.text) for q in quotes]


def test_quot5_continue_with_an_object_or_a_gerund_reports_nothing(quotes_of):
    quotes, _ = quotes_of("Lagos regrets that Stockholm continues delaying the grain deal, Okonkwo said. "
                          'Berglund said the two ministries would continue the harbour talks "without any delay".')
    assert sorted(q.cue.text for q in quotes) == ["said", "said"], [(q.cue.text, q.content.text) for q in quotes]


def test_quot5_an_occasion_as_subject_gives_no_quote(quotes_of):
    quotes, _ = quotes_of("Okonkwo met Berglund in Lagos on Monday. The talks focused on fishing rights and river ports.")
    assert quotes == [], [(q.cue.text, q.content.text) for q in quotes]


def test_quot5_a_capitals_kicker_before_a_named_line_is_no_speaker(quotes_of):
    quotes, _ = quotes_of("HARBOUR DESK UPDATE: Minister Okonkwo: The harbour reopens in spring\n\nOkonkwo spoke on radio.")
    assert not [q for q in quotes if q.speaker_text == "HARBOUR DESK UPDATE"], [q.speaker_text for q in quotes]


def test_quot5_a_closing_guillemet_is_no_speaker(quotes_of):
    quotes, _ = quotes_of("Okonkwo met Berglund in Lagos.\n\n«We open a new page in the ties of our two countries "
                          "today,» said Maria Okonkwo.")
    q = only(quotes, "new page")
    assert (q.speaker, q.speaker_text) == ("a1", "Maria Okonkwo"), (q.speaker, q.speaker_text)


def test_quot5_a_participle_clause_is_no_part_of_the_speaker(quotes_of):
    quotes, _ = quotes_of("Welcoming Lars Berglund, Maria Okonkwo praised the new river treaty.")
    q = only(quotes, "river treaty")
    assert q.speaker == "a1", (q.speaker, q.speaker_text)


def test_quot5_a_first_person_cue_inside_a_report_without_its_opening_mark_is_no_quote(quotes_of):
    quotes, _ = quotes_of("We want to make it plain that we will not sign the harbour deal,” Maria Okonkwo said on Friday.")
    assert [q.cue.text for q in quotes] == ["said"], [(q.cue.text, q.content.text) for q in quotes]


def test_quot5_the_one_pressed_is_not_who_presses(quotes_of):
    quotes, _ = quotes_of("\"Nothing is settled yet,\" Okonkwo said at a forum in Lagos when pressed to give a date for the harbour talks.")
    assert not [q for q in quotes if q.cue.text == "pressed" and q.speaker is not None], \
        [(q.cue.text, q.speaker, q.content.text) for q in quotes]


def test_quot5_an_opening_participle_misparsed_as_a_name_leaves_the_apposed_speaker(quotes_of):
    for text in ("Welcoming Berglund, Maria Okonkwo highlighted the value of the trip.",
                 "Greeting Lars Berglund, Maria Okonkwo highlighted the value of the trip for the harbour deal."):
        quotes, _ = quotes_of(text)
        q = only(quotes, "value of the trip")
        assert q.speaker == "a1", (text, q.speaker, q.speaker_text)


def test_wishing_not_to_be_named_or_attacking_with_sticks_says_nothing(quotes_of):
    quotes, _ = quotes_of("The figure came from a harbour clerk who did not wish to be identified. "
                          "Some youths attacked the parked lorries with sticks and stones.")
    assert not [q for q in quotes if q.cue.text in ("want", "attacked")], [(q.cue.text, q.content.text) for q in quotes]
    quotes, _ = quotes_of("Maria Okonkwo attacked the harbour plan in a long speech.")
    assert [q.cue.text for q in quotes] == ["attacked"]


def test_cact7_who_is_quoted_as_saying_speaks_not_who_quotes(quotes_of):
    spec = {"Maria Okonkwo": {"say": ["Maria Okonkwo"]}, "Ministry of Trade": {"kind": "organization",
                                                                                 "say": ["the Ministry of Trade"]}}
    for text in ("\"The harbour deal is a fair bargain for both ports,\" the Ministry of Trade quoted Maria Okonkwo as saying.",
                 "The Ministry of Trade quoted Maria Okonkwo as saying that the harbour deal was fair.",
                 "Maria Okonkwo was quoted by the Ministry of Trade as saying that the harbour deal was fair."):
        quotes, _ = quotes_of(text, spec)
        q = only(quotes, "harbour deal")
        assert q.speaker == "a1", (text, q.speaker, q.speaker_text)


def test_cact7_an_adding_hung_deep_in_the_reported_clause_is_the_reporters(quotes_of):
    quotes, _ = quotes_of("Maria Okonkwo said that the port welcomes the steps Lars Berglund has taken to open the harbour, "
                          "adding, \"We stand ready to help both ports grow again.\"")
    q = only(quotes, "stand ready to help")
    assert q.speaker == "a1", (q.speaker, q.speaker_text)


def test_cact7_a_clause_no_one_voices_still_holds_the_antecedent_of_he(quotes_of):
    spec = {"Maria Okonkwo": {"say": ["Maria Okonkwo", "Okonkwo"]}, "Lars Berglund": {"say": ["Lars Berglund"]}}
    quotes, _ = quotes_of("The guests included Maria Okonkwo and Lars Berglund. Okonkwo's trip is seen as a friendly signal. "
                          "Later, he stressed that the harbour deal needed more time.", spec)
    q = only(quotes, "needed more time")
    assert q.speaker == "a1", (q.speaker, q.speaker_text)


def test_cact7_an_adviser_to_someone_is_not_that_someone(quotes_of):
    spec = {"Maria Okonkwo": {"say": ["President Maria Okonkwo"]}}
    for text in ("An adviser to President Maria Okonkwo said the harbour deal was fair.",
                 "A spokesman for President Maria Okonkwo said the harbour deal was fair."):
        quotes, _ = quotes_of(text, spec)
        q = only(quotes, "harbour deal")
        assert q.speaker is None, (text, q.speaker, q.speaker_text)


def test_cact7_of_two_subjects_the_parser_gave_the_cue_the_nearest_speaks(quotes_of):
    spec = {"Ana Veldt": {"say": ["its top envoy"]}}
    quotes, _ = quotes_of("Valdoria denounced \"in the harshest words\" the moves of four Ruritanian navy boats which chased "
                          "and fired flares at three Valdorian fishing boats on their trip to a Valdoria-held reef in the Blue "
                          "Sea, its top envoy said on Friday (May 4).", spec)
    q = only(quotes, "Valdoria denounced")
    assert q.speaker == "a1", (q.speaker, q.speaker_text)


def test_quot9_it_speaks_for_the_body_named_before(quotes_of):
    quotes, _ = quotes_of("The Ministry of Trade issued a note on Tuesday. It said the new tariffs on copper would be lifted in May.")
    q = only(quotes, "tariffs on copper")
    assert q.speaker_text == "It" and q.cue.text == "said", (q.speaker_text, q.cue)


def test_quot9_it_of_seeming_or_a_passive_says_nothing(quotes_of):
    quotes, _ = quotes_of("It is said that the copper mines will close. It seems the harbour will stay open.")
    assert quotes == [] or all(q.speaker_text is None for q in quotes), [(q.speaker_text, q.content.text) for q in quotes]


def test_quot9_as_the_source_reported_reports_the_other_clause(quotes_of):
    quotes, _ = quotes_of("As the Ministry of Trade reported, the copper exports fell by a third in the spring.")
    q = only(quotes, "copper exports fell")
    assert q.speaker_text == "the Ministry of Trade" and "reported" not in q.content.text, (q.speaker_text, q.content.text)
    quotes, _ = quotes_of("The copper exports fell by a third in the spring, as Maria Okonkwo noted on Friday.")
    q = only(quotes, "copper exports fell")
    assert q.speaker_text == "Maria Okonkwo" and "noted" not in q.content.text, (q.speaker_text, q.content.text)


def test_quot9_as_someone_spoke_is_a_time_not_a_report(quotes_of):
    quotes, _ = quotes_of("The crowd cheered as Maria Okonkwo spoke about the harbour. "
                          "The prices rose as the miners complained about the wages.")
    assert not any("crowd cheered" in q.content.text or "prices rose" in q.content.text for q in quotes), \
        [q.content.text for q in quotes]


def test_quot9_curly_marks_typed_the_wrong_way_round_still_pair():
    text = "“The harbour is closed,“ she said. ”We will open it in May,” he said. She called it “a pause” today."
    assert [text[p.start:p.end] for p in find_passages(text)] == [
        "The harbour is closed", "We will open it in May", "a pause"]


def test_quot9_said_after_its_clause_in_the_paragraph_after_a_closing_mark(quotes_of):
    quotes, _ = quotes_of("Berglund said: \"We will open the harbour in May. The ships are ready.\"\n\n"
                          "Copper prices depend on the weather and on the cost of fuel, said Maria Okonkwo, "
                          "a trade official who has written two books on the port.")
    q = only(quotes, "Copper prices depend")
    assert q.speaker_text.startswith("Maria Okonkwo") and "said" not in q.content.text, (q.speaker_text, q.content.text)


def test_quot9_what_a_speech_verb_confirms_or_explains_is_its_object(quotes_of):
    quotes, _ = quotes_of("The Ministry of Trade confirmed the closure of two copper mines. "
                          "Later, Maria Okonkwo explained her reasons to the miners.")
    q = only(quotes, "closure of two copper mines")
    assert q.speaker_text == "The Ministry of Trade" and q.cue.text == "confirmed", (q.speaker_text, q.cue)
    q = only(quotes, "her reasons")
    assert q.speaker == "a1" and q.cue.text == "explained", (q.speaker, q.cue)


def test_quot9_asked_someone_if_reports_the_question(quotes_of):
    quotes, _ = quotes_of("At the harbour, Maria Okonkwo asked the dockers if they were ready to load the copper.")
    q = only(quotes, "they were ready")
    assert q.speaker == "a1" and q.cue.text == "asked" and "dockers" not in q.content.text, (q.speaker, q.content.text)


def test_quot9_a_short_quote_set_off_by_a_comma_after_its_verb_is_said(quotes_of):
    quotes, _ = quotes_of("Asked whether the harbour would reopen in May, Maria Okonkwo said, \"Certainly not.\" "
                          "Berglund called the delay \"a pity\" on Friday.")
    q = only(quotes, "Certainly not")
    assert q.kind == "direct" and q.speaker == "a1", (q.kind, q.speaker)
    assert not any(q.kind == "direct" and q.content.text == "a pity" for q in quotes), [q.content.text for q in quotes]


def test_quot9_as_someone_put_it_reports_and_putting_a_thing_somewhere_does_not(quotes_of):
    quotes, _ = quotes_of("As Maria Okonkwo put it, the copper talks were going nowhere fast. "
                          "Berglund put it on the table and left the harbour.")
    q = only(quotes, "copper talks")
    assert q.speaker == "a1" and "put" not in q.content.text, (q.speaker, q.content.text)
    assert not any("table" in q.content.text for q in quotes), [q.content.text for q in quotes]


def test_quot11_a_relative_pronoun_before_the_verb_is_no_part_of_what_was_said(quotes_of):
    quotes, _ = quotes_of("Sweden leased a pier near the old fort, a pier that Maria Okonkwo says her ministry built.")
    q = only(quotes, "her ministry built")
    assert q.content.text == "her ministry built" and q.speaker == "a1", (q.content.text, q.speaker)


def test_quot11_where_a_remark_was_made_stands_before_its_that(quotes_of):
    quotes, _ = quotes_of("Berglund praised the port, with Maria Okonkwo adding at a trade fair in Lagos that "
                          "copper exports are \"far too slow\".")
    q = only(quotes, "far too slow")
    assert q.content.text.startswith("copper exports") and q.speaker == "a1", (q.content.text, q.speaker)


def test_quot11_a_report_of_another_speaker_after_while_ends_what_was_said(quotes_of):
    quotes, _ = quotes_of("The Ministry of Trade announced that two copper mines had closed after the floods, "
                          "while Berglund accused the miners of hiding the damage.")
    q = only(quotes, "two copper mines")
    assert "Berglund" not in q.content.text, q.content.text
    q = only(quotes, "hiding the damage")
    assert q.speaker == "a2", q.speaker


def test_quot11_a_wire_reporting_a_statement_reports_the_whole_sentence(quotes_of):
    quotes, _ = quotes_of("Sweden on Monday said it \"firmly rejects\" the new copper tariffs announced by the "
                          "Ministry of Trade, Berglund reported, citing a radio bulletin.")
    said = next(q for q in quotes if q.cue.text == "said")
    assert said.content.text.endswith("Ministry of Trade") and said.speaker_text == "Sweden", said.content.text
    reported = next(q for q in quotes if q.cue.text == "reported")
    assert reported.content.text.startswith("Sweden on Monday said") and reported.speaker == "a2", reported.content.text


def test_quot11_a_mixed_quote_after_an_object_verb_runs_to_the_end_of_its_charge(quotes_of):
    quotes, _ = quotes_of("Maria Okonkwo accused the Ministry of Trade of trying to \"bury\" the copper report "
                          "before the vote, leaving the miners angry.")
    q = only(quotes, "bury")
    assert q.content.text.endswith("before the vote") and q.speaker == "a1", (q.content.text, q.speaker)


def test_quot11_a_noun_with_a_to_infinitive_is_no_speaker(quotes_of):
    quotes, _ = quotes_of("Maria Okonkwo said Sweden kept the right to respond \"at a time of its own choosing.\"")
    assert not any(q.cue.text == "respond" for q in quotes), [(q.cue.text, q.speaker_text) for q in quotes]
    q = only(quotes, "time of its own choosing")
    assert q.speaker == "a1", q.speaker


def test_quot11_an_attack_by_it_or_by_a_state_is_a_strike_not_a_position(quotes_of):
    quotes, _ = quotes_of("The talks resumed after its attack on the border posts. "
                          "Sweden's attacks on the fishing towns went on for a week. "
                          "Okonkwo's attacks on the copper tariffs drew criticism.")
    assert not any("border posts" in q.content.text or "fishing towns" in q.content.text for q in quotes), \
        [q.content.text for q in quotes]
    q = only(quotes, "copper tariffs")
    assert q.speaker == "a1", q.speaker


def test_quot11_a_second_verb_in_the_tense_of_the_speech_verb_is_a_second_report(quotes_of):
    quotes, _ = quotes_of("The Ministry of Trade says the copper fines were far too low and has called on "
                          "the port authority to raise them.")
    q = only(quotes, "fines were far too low")
    assert "called" not in q.content.text, q.content.text
    q = only(quotes, "port authority to raise them")
    assert q.speaker_text == "The Ministry of Trade", q.speaker_text


def test_quot11_a_speech_verb_inside_a_relative_clause_reports_the_rest_of_it(quotes_of):
    quotes, _ = quotes_of("The strike began with a quarrel at the gate, a quarrel that Okonkwo says cost the port a week.")
    q = only(quotes, "cost the port a week")
    assert q.content.text == "cost the port a week" and q.speaker == "a1", (q.content.text, q.speaker)


def test_quot11_a_message_to_readers_saying_something_is_its_senders(quotes_of):
    quotes, _ = quotes_of("The Ministry of Trade quickly sent a letter to exporters saying, "
                          "\"The copper quota will rise in June and the port stays open.\"")
    q = only(quotes, "copper quota will rise")
    assert q.speaker_text == "The Ministry of Trade", q.speaker_text


def test_quot12_a_date_or_duration_is_never_what_was_said_or_sought(quotes_of):
    quotes, _ = quotes_of("Okonkwo, who has been campaigning for almost four years for a new bridge at the port, "
                          "spoke to farmers in the valley.")
    assert not any(q.content.text.startswith("almost four years") for q in quotes), [q.content.text for q in quotes]
    q = only(quotes, "a new bridge")
    assert q.content.text.startswith("a new bridge"), q.content.text


def test_quot12_a_thing_that_supports_something_holds_no_position(quotes_of):
    quotes, _ = quotes_of("The ferry line, a service that supports the island's fishing trade, was cut in May. "
                          "The Ministry of Trade, which supports the line, wants it back.")
    assert not any(q.content.text.startswith("the island's fishing trade") for q in quotes), \
        [q.content.text for q in quotes]
    assert any(q.content.text == "the line" and q.speaker_text == "which" for q in quotes), \
        [(q.speaker_text, q.content.text) for q in quotes]


def test_quot12_a_surname_that_is_also_a_country_speaks_for_the_person_named_before(quotes_of):
    spec = {"Ruth Chad": {"kind": "person", "country": "USA", "say": ["Ruth Chad"]},
            "Chad": {"kind": "country", "country": "TCD", "say": ["Chad"]}}
    quotes, actors = quotes_of("Trade envoy Ruth Chad met the mill owners on Friday. "
                               "\"The tariff on cotton will not rise this year,\" Chad said.", spec)
    q = only(quotes, "tariff on cotton")
    assert actors.get(q.speaker).name == "Ruth Chad", q.speaker


def test_quot13_she_stands_for_the_woman_named_before_not_the_latest_man(quotes_of):
    spec = {"Ilse Marwitz": {"kind": "person", "country": "AUT", "role": "spokeswoman", "say": ["Ilse Marwitz", "Marwitz"]},
            "Tomas Brandl": {"kind": "person", "country": "CZE", "say": ["Tomas Brandl", "Brandl"]}}
    quotes, actors = quotes_of("Ministry spokeswoman Ilse Marwitz spoke on Tuesday after Tomas Brandl, who had warned "
                               "that the river dam would be delayed. \"We expect the dam to open on time next spring,\" "
                               "she said.", spec)
    q = only(quotes, "dam to open on time")
    assert actors.get(q.speaker).name == "Ilse Marwitz", q.speaker


def test_quot13_a_verb_after_a_comma_without_a_subject_shares_the_first_verbs_speaker(quotes_of):
    quotes, _ = quotes_of("Okonkwo accused Berglund of hiding his motives for selling the mine, "
                          "said he had betrayed the town by declining to put the sale to a ballot.")
    q = only(quotes, "betrayed the town")
    assert q.speaker_text == "Okonkwo" and q.speaker == "a1", (q.speaker_text, q.speaker)


def test_quot13_a_long_title_between_the_quote_and_its_verb_keeps_the_quote_direct(quotes_of):
    quotes, _ = quotes_of("\"The new levy will hurt every small farm in the valley,\" Maria Okonkwo, the elected head "
                          "of the regional farmers' union and a former member of the trade council, said.")
    q = only(quotes, "new levy will hurt")
    assert (q.kind, q.speaker) == ("direct", "a1"), (q.kind, q.speaker)


def test_quot13_a_short_title_in_marks_far_before_the_verb_is_no_quote(quotes_of):
    quotes, _ = quotes_of("On Sunday's edition of \"Morning Harbour,\" the long-serving chair of the regional "
                          "farmers' union and former trade council member Maria Okonkwo said the levy was unfair.")
    assert not any("Morning Harbour" in q.content.text for q in quotes), [q.content.text for q in quotes]


def test_quot13_a_report_before_an_inverted_verb_is_not_lost_to_a_participle_after_it(quotes_of):
    quotes, _ = quotes_of("Okonkwo spoke at the port. The mill owners, however, have yet to give a similar answer, she "
                          "noted, referencing the board's \"empty promises and delays\" repeatedly voiced.")
    q = only(quotes, "have yet to give")
    assert (q.kind, q.speaker_text) == ("indirect", "she") and q.content.text.startswith("The mill owners"), \
        (q.kind, q.speaker_text, q.content.text)
    assert not any(q.content.text.startswith("referencing") for q in quotes), [q.content.text for q in quotes]


def test_quot13_a_surname_alone_without_a_mention_speaks_for_the_person_named_before(quotes_of):
    spec = {"Anton Veltri": {"kind": "person", "country": "ITA", "say": ["Anton Veltri"]}}
    quotes, actors = quotes_of("Harbour spokesman Anton Veltri met the ferry crews on Monday. "
                               "\"The night crossings will resume once the new lights are fitted,\" Veltri said.", spec)
    q = only(quotes, "night crossings will resume")
    assert q.speaker_text == "Veltri" and actors.get(q.speaker).name == "Anton Veltri", (q.speaker_text, q.speaker)


def test_quot14_an_actor_confident_that_holds_the_clause(quotes_of):
    quotes, _ = quotes_of("Okonkwo is confident that the harbour tolls will fall before the winter.")
    q = only(quotes, "harbour tolls will fall")
    assert (q.kind, q.speaker, q.content.text) == ("indirect", "a1", "the harbour tolls will fall before the winter"), \
        (q.kind, q.speaker, q.content.text)


def test_quot14_critical_of_gives_the_object_as_content(quotes_of):
    quotes, _ = quotes_of("Berglund has long been critical of the new fishing quotas.")
    q = only(quotes, "fishing quotas")
    assert q.speaker == "a2" and q.content.text == "the new fishing quotas", (q.speaker, q.content.text)


def test_quot14_a_thing_ready_to_act_holds_no_attitude(quotes_of):
    quotes, _ = quotes_of("The new ferry terminal is ready to open after three years of building.")
    assert not quotes, [q.content.text for q in quotes]


def test_quot14_it_appears_that_reports_the_clause_with_no_speaker(quotes_of):
    quotes, _ = quotes_of("By late evening it appeared that the dock workers had ended their strike.")
    q = only(quotes, "dock workers had ended")
    assert q.speaker_text is None and q.content.text.startswith("the dock workers"), (q.speaker_text, q.content.text)


def test_quot14_expressed_doubt_that_reports_the_clause(quotes_of):
    quotes, _ = quotes_of("Okonkwo expressed doubt that the mill would reopen this year.")
    q = only(quotes, "mill would reopen")
    assert q.speaker == "a1", q.speaker


def test_quot14_weighed_in_on_gives_the_topic(quotes_of):
    quotes, _ = quotes_of("Berglund weighed in on the quarrel over the canal fees.")
    q = only(quotes, "canal fees")
    assert q.speaker == "a2" and q.content.text.startswith("the quarrel"), (q.speaker, q.content.text)


def test_quot14_a_possessor_s_plan_to_act_is_its_intention(quotes_of):
    quotes, _ = quotes_of("Okonkwo's plan to close the northern salt mines angered the unions.")
    q = only(quotes, "close the northern salt mines")
    assert q.speaker == "a1" and q.content.text == "to close the northern salt mines", (q.speaker, q.content.text)


def test_quot14_a_pledge_by_a_holder_names_it_as_speaker_and_not_in_the_cue(quotes_of):
    quotes, _ = quotes_of("A pledge by the Ministry of Trade to lower the grain levy surprised the farmers.")
    q = only(quotes, "lower the grain levy")
    assert q.speaker == "a3" and q.cue.text == "pledge", (q.speaker, q.cue.text)


def test_quot14_promises_of_a_thing_to_a_place_are_no_infinitive_position(quotes_of):
    quotes, _ = quotes_of("Okonkwo's promises of new roads to the northern villages were printed on posters.")
    assert not any("northern villages" == q.content.text for q in quotes), [q.content.text for q in quotes]


def test_quot14_said_in_a_statement_that_reports_the_clause_hung_on_the_noun(quotes_of):
    quotes, _ = quotes_of("Okonkwo's senior adviser Lars Berglund says in his memo that the ferry line will now run "
                          "between three harbours.")
    q = only(quotes, "ferry line will now run")
    assert q.speaker == "a2" and q.content.text.startswith("the ferry line"), (q.speaker, q.content.text)


def test_quot14_a_passive_position_verb_gives_its_subject_to_the_agent(quotes_of):
    quotes, _ = quotes_of("The new harbour toll was sharply criticized by the Ministry of Trade on Friday.")
    q = only(quotes, "harbour toll")
    assert q.speaker == "a3" and q.content.text == "The new harbour toll", (q.speaker, q.content.text)


def test_quot14_a_passive_deed_by_an_agent_is_no_position(quotes_of):
    quotes, _ = quotes_of("The grain convoy was attacked by armed men near the border.")
    assert not quotes, [q.content.text for q in quotes]


def test_quot14_expressed_shock_at_and_believes_in_give_their_objects(quotes_of):
    quotes, _ = quotes_of("Okonkwo expressed shock at the closure of the port. Berglund believes in open borders.")
    assert only(quotes, "closure of the port").speaker == "a1"
    assert only(quotes, "open borders").speaker == "a2"


def test_quot15_it_was_announced_that_reports_the_clause_with_no_speaker(quotes_of):
    quotes, _ = quotes_of("Late on Friday, it was officially announced that the ferry line would close for the winter.")
    q = only(quotes, "ferry line would close")
    assert q.speaker is None and q.cue.text == "announced" and q.content.text.startswith("the ferry"), (q.speaker, q.content.text)


def test_quot15_this_was_stated_by_gives_the_sentence_before_to_the_agent(quotes_of):
    quotes, _ = quotes_of("The harbour toll will be cut by half next year. This was stated by Maria Okonkwo at a forum.")
    q = only(quotes, "harbour toll")
    assert q.speaker == "a1" and q.content.text == "The harbour toll will be cut by half next year", (q.speaker, q.content.text)


def test_quot15_this_was_reported_after_a_report_is_no_second_quote(quotes_of):
    quotes, _ = quotes_of("Okonkwo said the toll would fall. This was later reported by the Ministry of Trade.")
    assert [q.content.text for q in quotes] == ["the toll would fall"], [q.content.text for q in quotes]


def test_quot15_in_a_memo_sent_out_by_x_it_was_announced_gives_the_quote_to_x(quotes_of):
    quotes, _ = quotes_of("In a memo sent out by the Ministry of Trade, it was announced that \"all grain "
                          "exports will be checked twice from now on.\"")
    q = only(quotes, "grain exports")
    assert q.speaker == "a3" and q.kind == "direct", (q.speaker, q.kind)


def test_quot15_protested_that_reports_the_clause(quotes_of):
    quotes, _ = quotes_of("Okonkwo protested that the harbour toll had been raised without a vote.")
    q = only(quotes, "harbour toll had been raised")
    assert q.speaker == "a1" and q.cue.text == "protested", (q.speaker, q.cue.text)


def test_quot15_a_cue_noun_after_a_cue_verb_with_no_quote_keeps_its_own(quotes_of):
    quotes, _ = quotes_of("Fishermen marched to protest Okonkwo's decision to close the northern harbour.")
    q = only(quotes, "close the northern harbour")
    assert q.speaker == "a1" and q.cue.text.startswith("decision"), (q.speaker, q.cue.text)


def test_quot15_according_to_over_a_passive_expected_is_the_cue(quotes_of):
    quotes, _ = quotes_of("The ferry to the islands is expected to resume in June, according to the Ministry of Trade.")
    q = only(quotes, "ferry to the islands")
    assert q.speaker == "a3" and q.cue.text == "according to", (q.speaker, q.cue.text)


def test_quot16_a_topic_participle_after_a_quote_reports_nothing(quotes_of):
    quotes, _ = quotes_of("\"The toll stays where it is,\" Okonkwo said, responding to questions from the fishermen.")
    assert [q.cue.text for q in quotes] == ["said"], [(q.cue.text, q.content.text) for q in quotes]


def test_quot16_according_to_a_rule_noun_after_a_verb_names_no_source(quotes_of):
    quotes, _ = quotes_of("Berglund said he would finish his term and govern according to the charter.")
    assert [q.cue.text for q in quotes] == ["said"], [(q.cue.text, q.content.text) for q in quotes]


def test_quot16_attacking_soldiers_is_a_deed_not_a_position(quotes_of):
    quotes, _ = quotes_of("Before dawn the rebels attacked soldiers guarding the northern harbour.")
    assert quotes == [], [(q.cue.text, q.content.text) for q in quotes]


def test_quot16_a_noun_with_a_reduced_passive_speech_verb_gives_it_no_quote(quotes_of):
    quotes, _ = quotes_of("Okonkwo said the truce announced by the rebels was a \"hollow\" gesture.")
    q = only(quotes, "hollow")
    assert q.speaker == "a1" and q.cue.text == "said", (q.speaker, q.cue.text)


def test_quot16_reported_citing_a_source_that_starts_at_the_clause(quotes_of):
    quotes, _ = quotes_of("On Monday, Berglund reported, citing a source in the port authority, that the ferry would stop in May.")
    q = only(quotes, "ferry would stop")
    assert q.content.text == "the ferry would stop in May", q.content.text


def test_quot16_a_lone_it_as_object_of_a_position_verb_is_no_content(quotes_of):
    quotes, _ = quotes_of("The fishermen cheered the new toll when Okonkwo announced it on Monday.")
    assert not any(q.content.text == "it" for q in quotes), [(q.cue.text, q.content.text) for q in quotes]


def test_quot16_inverted_speech_verb_without_marks_gives_the_clause_to_the_name(quotes_of):
    quotes, _ = quotes_of("The harbour toll will be cut by half next year, assured Okonkwo.")
    q = only(quotes, "harbour toll")
    assert q.speaker == "a1" and q.cue.text == "assured" and q.content.text.endswith("next year"), (q.speaker, q.content.text)


def test_quot16_this_was_announced_by_x_holds_an_intention_before_it(quotes_of):
    quotes, _ = quotes_of("Okonkwo plans to visit the northern harbour next week. This was announced by the Ministry of Trade.")
    q = only(quotes, "Okonkwo plans")
    assert q.speaker == "a3" and q.cue.text == "announced", (q.speaker, q.cue.text)


def test_quot16_announcing_sanctions_is_a_measure_not_a_position(quotes_of):
    quotes, _ = quotes_of("The fishermen went home early as Berglund announced new sanctions against the port on Monday.")
    assert not any(q.cue.text == "announced" for q in quotes), [(q.cue.text, q.content.text) for q in quotes]


def test_quot16_a_source_tag_after_a_quote_reports_the_quote_not_said_by_the_speaker(quotes_of):
    quotes, _ = quotes_of("\"We will not sign this deal with you,\" Okonkwo said at a news briefing, state-run television reported.")
    assert not any(q.content.text.endswith("television reported") for q in quotes), [q.content.text for q in quotes]
    q = only(quotes, "news briefing")
    assert q.cue.text == "reported" and q.speaker_text == "state-run television", (q.cue.text, q.speaker_text)


# -- session 11 (quot): international wire copy ------------------------------
def test_quot11_a_mixed_quote_ending_the_sentence_keeps_its_closing_mark(quotes_of):
    quotes, _ = quotes_of('Okonkwo said the harbour talks had come to "a dead end".')
    q = only(quotes, "harbour talks")
    assert q.kind == "mixed" and q.content.text == 'the harbour talks had come to "a dead end"', q.content.text


def test_quot11_the_second_half_of_a_split_quotation_is_direct(quotes_of):
    quotes, _ = quotes_of('"We are not leaving the harbour," the official said, "but we will not be pushed around either."')
    q = only(quotes, "pushed around")
    assert q.kind == "direct", (q.kind, q.content.text)


@pytest.mark.parametrize("text, fragment, content", [
    # a time right after the speech verb is when it was said
    ("The Ministry of Trade said on Tuesday it was ending the fishing agreement with immediate effect.",
     "fishing agreement", "it was ending the fishing agreement with immediate effect"),
    ("Okonkwo vowed on Monday to rebuild the fishing port within two years.",
     "fishing port", "to rebuild the fishing port within two years"),
    # after 'that' it belongs to what was said
    ("Berglund said that on Friday the northern border would reopen.",
     "northern border", "on Friday the northern border would reopen"),
])
def test_quot11_a_time_after_the_speech_verb(quotes_of, text, fragment, content):
    quotes, _ = quotes_of(text)
    q = only(quotes, fragment)
    assert q.content.text == content, q.content.text


def test_quot11_addressing_an_audience_and_requesting_anonymity_say_nothing(quotes_of):
    quotes, _ = quotes_of("Okonkwo, addressing a rally of dock workers in Lagos, said the strike would end soon. "
                          "An official, who requested anonymity, said the port was closed.")
    assert not any(q.cue.text.lower() in ("addressing", "requested") for q in quotes), \
        [(q.cue.text, q.content.text) for q in quotes]
    q = only(quotes, "strike would end")
    assert q.speaker == "a1", q.speaker


def test_quot11_addressing_an_issue_is_still_a_position(quotes_of):
    quotes, _ = quotes_of("Okonkwo addressed the shortage of fuel in the northern towns on Monday.")
    q = only(quotes, "shortage of fuel")
    assert q.cue.text == "addressed", q.cue.text


def test_quot11_asked_to_comment_gives_no_quote(quotes_of):
    quotes, _ = quotes_of("Berglund, when asked to comment on the leaked harbour report, said nothing new had been decided.")
    assert not any("leaked harbour report" in q.content.text for q in quotes), \
        [(q.cue.text, q.content.text) for q in quotes]


def test_quot11_the_latest_in_a_series_is_the_writers_appendix(quotes_of):
    quotes, _ = quotes_of("Okonkwo accused the navy of blocking a supply convoy near Bonny Shoal, the latest in a string of incidents at sea.")
    q = only(quotes, "supply convoy")
    assert q.content.text.endswith("near Bonny Shoal"), q.content.text


def test_quot11_a_participle_between_commas_does_not_give_its_object_the_word(nlp):
    from spacy.tokens import Doc

    from communique.quotes.speakers import subject_of

    # the parse the small model gives after a paragraph break: the name is the participle's
    # subject and 'said' has none ('Okonkwo, addressing a crowd outside the stadium, said ...')
    words = ["Okonkwo", ",", "addressing", "a", "crowd", "outside", "the", "stadium", ",", "said", "the", "result", "stood", "."]
    heads = [2, 0, 9, 4, 2, 4, 7, 5, 9, 9, 11, 12, 9, 9]
    deps = ["nsubj", "punct", "advcl", "det", "dobj", "prep", "det", "pobj", "punct", "ROOT", "det", "nsubj", "ccomp", "punct"]
    tags = ["NNP", ",", "VBG", "DT", "NN", "IN", "DT", "NN", ",", "VBD", "DT", "NN", "VBD", "."]
    pos = ["PROPN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              spaces=[False, True, True, True, True, True, True, False, True, True, True, True, False, False])
    assert subject_of(doc[9]).text == "Okonkwo"


def test_quot11_a_would_clause_hung_on_the_speech_verb_goes_on_with_the_report(quotes_of):
    quotes, _ = quotes_of('Berglund said the navy was "ready for anything" and would answer "at a moment of our choosing".')
    q = only(quotes, "ready for anything")
    assert q.content.text.endswith('"at a moment of our choosing"') and q.kind == "mixed", (q.kind, q.content.text)
    assert not any(q.cue.text == "answer" for q in quotes), [(q.cue.text, q.content.text) for q in quotes]


def test_quot11_a_speech_act_after_a_clause_of_being_is_the_speakers(quotes_of):
    quotes, _ = quotes_of('The Ministry of Trade said the closure of the two ports was "a hostile act" and promised swift countermeasures.')
    q = only(quotes, "closure of the two ports")
    assert "promised" not in q.content.text, q.content.text


@pytest.mark.parametrize("text, content", [
    ("According to a harbour official who asked not to be named, the night ferry was cancelled.",
     "the night ferry was cancelled"),
    ("The night ferry was cancelled, according to harbour officials who spoke to the agency on Monday.",
     "The night ferry was cancelled"),
])
def test_quot11_the_relative_clause_of_an_according_to_source_tells_who_it_is(quotes_of, text, content):
    quotes, _ = quotes_of(text)
    q = only(quotes, "night ferry")
    assert q.content.text == content and q.cue.text.lower() == "according to", (q.cue.text, q.content.text)


# -- session 12: quotes (who said what) -------------------------------------------
def test_quotes12_a_mixed_quote_on_a_clause_hung_on_the_statement_runs_to_its_end(quotes_of):
    quotes, _ = quotes_of('The Ministry of Trade said in a statement that the rival port was "quietly undercutting" grain tariffs along the coast.')
    q = only(quotes, "quietly undercutting")
    assert q.content.text.endswith("grain tariffs along the coast") and q.kind == "mixed", q.content.text


def test_quotes12_a_past_perfect_conjunct_hung_on_the_speech_verb_goes_on_with_the_report(nlp):
    from spacy.tokens import Doc

    # the small model's parse: the second half 'but had seen no action' hung on 'said' as its conjunct
    words = ["Okonkwo", "said", "Ghana", "had", '"', "twice", "sent", "proof", '"', "to", "Accra", "but", "had", "seen",
             "no", "action", "."]
    heads = [1, 1, 7, 7, 7, 6, 7, 1, 7, 7, 9, 1, 13, 1, 15, 13, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "punct", "advmod", "amod", "ccomp", "punct", "prep", "pobj", "cc", "aux",
            "conj", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNP", "VBD", "``", "RB", "VBN", "NN", "''", "IN", "NNP", "CC", "VBD", "VBN", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "PROPN", "AUX", "PUNCT", "ADV", "VERB", "NOUN", "PUNCT", "ADP", "PROPN", "CCONJ", "AUX",
           "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["Okonkwo", "say", "Ghana", "have", '"', "twice", "send", "proof", '"', "to", "Accra", "but", "have", "see",
              "no", "action", "."]
    spaces = [True, True, True, True, False, True, True, False, True, True, True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas, spaces=spaces)
    quotes = QuoteFinder().find(doc, index_of(doc.text, PEOPLE))
    q = only(quotes, "twice sent proof")
    assert q.content.text.endswith("but had seen no action"), q.content.text


@pytest.mark.parametrize("text, fragment, act", [
    # a simple past beside a past perfect report
    ('Okonkwo said the port had "fully reopened" to tankers and praised the dock workers.', "fully reopened", "praised"),
    # any cue verb after a clause of being
    ('Okonkwo said the harbour was "open for business" and called on shippers to return.', "open for business", "called"),
])
def test_quotes12_a_second_act_after_the_report_is_the_speakers_own(quotes_of, text, fragment, act):
    quotes, _ = quotes_of(text)
    q = only(quotes, fragment)
    assert act not in q.content.text, q.content.text


def test_quotes12_an_according_to_source_keeps_its_relative_clause_to_the_end(quotes_of):
    quotes, _ = quotes_of("The river ferry will stop running in May, according to two harbour clerks who talked to the agency "
                          "but were not allowed to speak on the record.")
    q = only(quotes, "river ferry")
    assert q.content.text == "The river ferry will stop running in May", q.content.text
    assert not any("record" in q.content.text for q in quotes), [q.content.text for q in quotes]


@pytest.mark.parametrize("text, title", [
    ("Berglund, the Swedish ambassador, wrote that the embassy would stay open. The diplomat added that staff were safe.",
     "The diplomat"),
    ("Senator Lars Berglund said the vote would pass. The lawmaker added that the budget was balanced.", "The lawmaker"),
])
def test_quotes12_a_title_noun_speaker_is_the_person_named_before_by_a_narrower_title(quotes_of, text, title):
    spec = {"Lars Berglund": {"kind": "person", "role": "ambassador" if "ambassador" in text else "senator",
                              "say": ["Lars Berglund", "Berglund"]}}
    quotes, _ = quotes_of(text, spec)
    q = next(q for q in quotes if q.speaker_text == title)
    assert q.speaker == "a1", (q.speaker_text, q.speaker)


def test_quotes12_a_title_noun_never_matches_inside_another_word(quotes_of):
    spec = {"Lars Berglund": {"kind": "person", "role": "campaign manager", "say": ["Lars Berglund", "Berglund"]}}
    quotes, _ = quotes_of("Lars Berglund said the vote would pass. The lawmaker added that the budget was balanced.", spec)
    q = next(q for q in quotes if q.speaker_text == "The lawmaker")
    assert q.speaker is None, q.speaker


@pytest.mark.parametrize("who, speaker", [("office", None), ("spokesman", "a1")])
def test_quotes12_an_office_speaks_for_itself_a_spokesman_for_whom_he_serves(quotes_of, who, speaker):
    quotes, _ = quotes_of(f"Maria Okonkwo's {who} said on Friday that the visit was postponed.")
    q = only(quotes, "visit was postponed")
    assert q.speaker == speaker and who in q.speaker_text, (q.speaker, q.speaker_text)


def test_quotes12_citing_a_source_after_a_comma_is_not_what_was_said(quotes_of):
    quotes, _ = quotes_of("The Ministry of Trade said grain exports had fallen by a third, citing figures from the port authority.")
    q = only(quotes, "grain exports")
    assert q.content.text == "grain exports had fallen by a third", q.content.text


def test_quotes12_a_headline_name_colon_is_a_person_of_the_article_speaking(quotes_of):
    text = "Okonkwo: The budget will not be cut\n\nMaria Okonkwo told lawmakers on Monday the plan was sound."
    quotes, _ = quotes_of(text)
    q = only(quotes, "budget will not be cut")
    assert q.speaker == "a1" and q.kind == "direct", (q.speaker, q.kind)
    quotes, _ = quotes_of("Update: The budget will not be cut\n\nMaria Okonkwo told lawmakers on Monday the plan was sound.")
    assert not any("budget" in q.content.text for q in quotes), [q.content.text for q in quotes]


@pytest.mark.parametrize("text", [
    "Okonkwo made it clear that the refinery would not be sold.",
    "Okonkwo made clear on Monday that the refinery would not be sold.",
])
def test_quotes12_made_it_clear_that_reports_the_clause(quotes_of, text):
    quotes, _ = quotes_of(text)
    q = only(quotes, "refinery")
    assert q.content.text == "the refinery would not be sold" and q.speaker == "a1", (q.content.text, q.speaker)


def test_quotes12_made_with_no_that_clause_says_nothing(quotes_of):
    quotes, _ = quotes_of("The flood made the coast road unsafe and made it clear to drivers.")
    assert quotes == [], [q.content.text for q in quotes]


@pytest.mark.parametrize("text, content, source", [
    ("In a new survey of dock workers, most backed the strike.", "most backed the strike", "a new survey of dock workers"),
    ("Grain exports fell by a third, in the latest port tally.", "Grain exports fell by a third", "the latest port tally"),
])
def test_quotes12_in_a_poll_opening_or_closing_a_sentence_is_its_source(quotes_of, text, content, source):
    quotes, _ = quotes_of(text)
    q = only(quotes, content)
    assert q.content.text == content and q.speaker_text == source, (q.content.text, q.speaker_text)


def test_quotes12_in_a_poll_inside_a_clause_is_no_source(quotes_of):
    quotes, _ = quotes_of("Okonkwo said she had voted in the poll on Sunday.")
    assert not any(q.cue.text == "in" for q in quotes), [(q.cue.text, q.content.text) for q in quotes]
