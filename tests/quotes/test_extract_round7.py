"""Quotes found in the seventh round of quote work (issue #10): a quotation closed by a comma,
"?" or "!" whose speaker and verb follow it, when the verb is one no list has ("fumed",
"pressed", "beamed") or a reporting verb past a long apposition. News-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_a_verb_no_list_has_after_the_quotation_attributes_it(quotes_of):
    quotes = quotes_of(
        "The vote on the pipeline bill failed again on Monday.\n\n"
        "“If they were serious about a deal, they would have brought a bill both sides "
        "could vote for,” Toomey fumed on Tuesday."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text.startswith("“If they were serious")
    assert quote.speaker_text == "Toomey"
    assert quote.cue == "fumed"
    assert quote.rule.startswith("direct:quote-then-verb(fume)")


def test_a_question_and_an_inverted_verb_after_the_quotation(quotes_of):
    (quote,) = kinds(quotes_of("“Would the wall be negotiable?” Hannity pressed."), "direct")
    assert quote.speaker_text == "Hannity"
    assert quote.rule.startswith("direct:quote-then-verb(press)")
    quotes = quotes_of(
        "The delegates rose as the nominee walked on stage.\n\n"
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who sneaked onto the "
        "floor from the guest seats."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "“This is fantastic!”"
    assert quote.speaker_text.startswith("Donald Hartley")


def test_a_reporting_verb_past_a_long_apposition(quotes_of):
    quotes = quotes_of(
        "“Very good reporter, a very good reporter this guy,” Trump, the Republican front-runner "
        "nationally and the current polling leader in South Carolina by a wide margin, said on "
        "Monday."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.cue == "said"
    assert quote.speaker_text.startswith("Trump")
    assert quote.rule.startswith("direct:quote-then-cue(say)")


def test_quoted_words_inside_the_writers_sentence_are_not_taken(quotes_of):
    # the chant is the object of "reprised", the relative clause is the writer's
    quotes = quotes_of(
        "At one point the crowd loudly reprised the chant “Lock her up!” that echoed through "
        "the arena all week."
    )
    assert not [q for q in quotes if q.rule and "quote-then-verb" in q.rule]
    # a new sentence after a closing "!" with a verb of its own object
    quotes = quotes_of(
        "“I want America First - so do voters!” After his rally in San Jose, the candidate "
        "went a step further."
    )
    assert not [q for q in quotes if q.rule and "quote-then-verb" in q.rule]


def test_a_speaker_the_parser_hung_on_the_opening_phrase_as_an_apposition(quotes_of):
    quotes = quotes_of(
        "In a statement to the Guardian, her senior policy adviser, Jake Sullivan, said: "
        "“The secretary believes that cooperation across the Atlantic is essential.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.speaker_text == "Jake Sullivan"
    quotes = quotes_of(
        "In an email to the Times, his campaign manager, Corey Lewandowski, said: “The "
        "candidate will not apologize for telling the truth.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.speaker == "Corey Lewandowski"
    quotes = quotes_of(
        "At Boca West, where it costs new members $70,000 to join, Jay DiPietro, the club's "
        "78-year-old president and general manager, suggested that the troubles of some rivals "
        "came from their focus on ''the business of selling houses.''"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.speaker_text.startswith("Jay DiPietro")


def test_a_surname_takes_a_full_name_the_recogniser_did_not_tag_as_a_person(quotes_of):
    # the only full form is inside a show's title, tagged as a work of art
    quotes = quotes_of(
        "Clinton sat down on Wednesday with the host of The Rachel Maddow Show for a long "
        "interview.\n\n“Would you rule out a run against him?” Maddow asked."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.speaker_text == "Maddow"
    assert quote.speaker == "Rachel Maddow"


def test_what_a_poll_found_is_reported(quotes_of):
    quotes = quotes_of(
        "In 2014, Pew found that “about twice as many Democrats as Republicans said it was more "
        "important to control gun ownership.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.cue == "found"
    assert quote.speaker_text == "Pew"


def test_a_speaker_the_parser_coordinated_with_the_opening_phrase(quotes_of):
    # "Reid" parsed as a conjunct of "Nevada", the cue left without a subject
    quotes = quotes_of(
        "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that the "
        "senator faced a “test of leadership” over the protests."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.speaker == "Harry Reid"


def test_a_quotation_goes_on_with_the_clause_reported_just_before_it(quotes_of):
    quotes = quotes_of(
        "The crowd cheered as the senator took the stage. And then he promised that he would "
        "stay in the race until the convention. “Let me be as clear as I can be: we are in "
        "until the last ballot is cast!”"
    )
    (reported,) = [q for q in quotes if q.kind == "indirect"]
    (quoted,) = kinds(quotes, "direct", "mixed")
    assert reported.text.startswith("that he would stay in the race")
    assert quoted.rule.startswith("direct:continues-reported(promise)")
    # one cue for both pieces: scored and shown as one quotation
    assert (quoted.cue_start, quoted.speaker_start) == (reported.cue_start, reported.speaker_start)


def test_said_in_a_statement_that_is_said_by_the_subject(quotes_of):
    quotes = quotes_of(
        "Rep. Zoe Lofgren, who introduced a bill this month, said in a statement that the "
        "changes were “important preliminary steps” toward treating them as refugees."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.speaker == "Zoe Lofgren"
