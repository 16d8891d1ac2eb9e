"""Mixed quotes added in the fifth round of quote work (issue #10): a verb casting its object
*as* quoted words, quoted words deep inside what a cue before them reports, and scare quotes a
passive naming verb gives its subject. News-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_any_verb_casting_its_object_as_quoted_words_is_a_mixed_quote(quotes_of):
    quotes = quotes_of(
        "Senate leaders, in particular, have been steadily pounding the governor as a "
        "“con artist” ― just as they did with his predecessor."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == "the governor as a “con artist”"
    assert quote.cue == "pounding"
    assert quote.rule.startswith("mixed:as-frame(pound)")


def test_as_frame_ends_before_the_writers_date_and_place(quotes_of):
    quotes = quotes_of(
        "Christie blasted the minister as a “disgrace” Wednesday on a morning radio show."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "the minister as a “disgrace”"


def test_as_frame_runs_on_over_a_second_quotation_not_over_another_verb(quotes_of):
    quotes = quotes_of(
        "The campaign chose between going after the senator as “uniquely unfit” or poking "
        "holes in his record."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "the senator as “uniquely unfit”"
    quotes = quotes_of(
        "In contrast, Ham described the mayor as “a lifetime politician” who “has never "
        "held a real job in her life.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text.startswith("the mayor as “a lifetime politician” who")
    assert quote.text.endswith("her life.”")


def test_quoted_words_inside_the_object_of_a_cue_are_a_mixed_quote(quotes_of):
    quotes = quotes_of(
        "Rubio also bemoaned the political climate in which people “literally hate each "
        "other” because they differ on policy."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == (
        "the political climate in which people “literally hate each other” because they "
        "differ on policy"
    )
    assert quote.rule.startswith("mixed:inside-complement(bemoan)")


def test_after_tell_the_addressee_is_no_part_of_the_mixed_quote(quotes_of):
    quotes = quotes_of(
        "The governor told residents along the coast to “leave now” before the storm arrives."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == "to “leave now” before the storm arrives"
    quotes = quotes_of(
        "The candidate tells his backers at a Florida rally to “go to your place and vote” "
        "and then “go watch some other place with your friends.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text.startswith("to “go to your place and vote” and then “go watch")


def test_a_quotation_set_off_by_a_comma_after_the_cue_stays_direct(quotes_of):
    quotes = quotes_of("The minister told reporters on Tuesday, “We will not back down.”")
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "direct"
    assert quote.text == "“We will not back down.”"


def test_a_term_a_passive_naming_verb_gives_is_a_scare_quote_not_a_direct_quote(quotes_of):
    quotes = quotes_of(
        "Health officials in Mexico said the outbreak began in April. The virus has been "
        'called "swine flu." It has spread to 30 countries.'
    )
    assert not kinds(quotes, "direct")
    (quote,) = kinds(quotes, "mixed")
    assert quote.text == 'The virus has been called "swine flu."'
    assert quote.speaker_text is None
    assert quote.rule.startswith("mixed:named-as(call)")


def test_a_named_speakers_longer_words_after_call_keep_their_speaker(quotes_of):
    quotes = quotes_of('The senator called the trade deal "a disaster for our workers."')
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.speaker_text == "The senator"


def test_name_before_a_comma_set_apposition_after_the_closing_mark_speaks(quotes_of):
    quotes = quotes_of(
        "“He's absolutely right. There's a severe disconnect between this White House and our "
        "military,” Flynn, a retired general, said Thursday morning on the network's morning "
        "show."
    )
    spoken = [q for q in quotes if "absolutely right" in q.text]
    assert spoken and spoken[0].speaker_text.startswith("Flynn")


def test_a_speaker_the_dateline_pushed_into_apposition_still_speaks(quotes_of):
    quotes = quotes_of(
        "WASHINGTON -- President Obama, opening the new museum on the Mall on Saturday, said it "
        "would tell ''a story of suffering and delight'' to every visitor."
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.speaker_text == "President Obama"


def test_a_show_title_after_a_cue_is_not_a_mixed_quote(quotes_of):
    quotes = quotes_of(
        "The senator said Thursday morning on the network's “Fox and Friends” that the bill "
        "would pass."
    )
    assert not any(q.rule.startswith("mixed:inside-complement") for q in quotes)


def test_a_name_inside_the_speakers_apposition_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "“Young people have a different swagger about themselves,” said Griffin, an Obama "
        "backer from Fort Worth."
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.speaker == "Griffin"


def test_a_place_the_parser_made_a_second_subject_does_not_speak(quotes_of):
    quotes = quotes_of(
        "Tuesday at a college in Berea, OH, after winning the primary, Gov. John Kasich "
        "(R-OH), said, “I’m getting ready to rent a covered wagon.”"
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.speaker == "John Kasich"


def test_a_name_parsed_as_a_compound_of_the_cue_speaks(quotes_of):
    quotes = quotes_of(
        "When someone in the crowd shouted, “Cruz,” Beck joked, again using a Southern accent, "
        "“Amen, brother! Come on up and get baptized!”"
    )
    joke = next(q for q in quotes if "Amen" in q.text)
    assert joke.speaker_text == "Beck"


def test_scare_quote_clause_leaves_out_the_verbs_time_and_a_second_verb(quotes_of):
    quotes = quotes_of(
        "Trump posted in the early morning hours that Machado was “disgusting” and “a con” and "
        "encouraged Americans to check out her tape."
    )
    framed = [q for q in quotes if "disgusting" in q.text]
    assert [q.text for q in framed] == ["that Machado was “disgusting” and “a con”"]
    assert framed[0].rule.startswith("mixed:scare-quote(post)")


def test_a_show_title_in_two_apostrophe_marks_is_not_a_scare_quote(quotes_of):
    quotes = quotes_of(
        "The candidate, who sat for an interview this month on the host's show, ''Politicking,'' "
        "did not take questions."
    )
    assert not any("Politicking" in q.text for q in quotes)


def test_as_x_put_it_reports_the_clause_it_hangs_on(quotes_of):
    quotes = quotes_of(
        "As the network's editor put it in a statement in July, the channel is ''providing a "
        "perspective you won't get from the mainstream press.''"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text.startswith("the channel is ''providing")
    assert quote.rule.startswith("mixed:as-put-it")
    assert quote.speaker_text == "the network's editor"
    quotes = quotes_of("As the magazine put it, “Hello, it’s the comeback of the year.”")
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "direct" and quote.rule.startswith("direct:as-put-it")


def test_put_without_the_idiom_is_no_cue(quotes_of):
    assert quotes_of("He put it on the table before the meeting began.") == []
