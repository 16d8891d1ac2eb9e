"""Patterns added in the second round of quote work, each on a news-like text written here."""

from __future__ import annotations


def direct_and_mixed(quotes):
    return [q for q in quotes if q.kind in ("direct", "mixed")]


def test_extract_dash_speaker_after_no_break_space(quotes_of):
    text = (
        "Readers sent us their views on the debate.\n"
        "“The candidates spent more time on insults than on the budget.”"
        "\u00a0― Maria Okafor\u00a0\n"
        "“I still do not know what either of them would do about rents.” ― Tomas Berg\n"
    )
    quotes = direct_and_mixed(quotes_of(text))
    assert [q.speaker_text for q in quotes] == ["Maria Okafor", "Tomas Berg"]
    assert all(q.rule.startswith("direct:dash-speaker") for q in quotes)


def test_extract_transcript_inside_quoted_paragraphs(quotes_of):
    text = (
        "Part of the interview follows:\n\n"
        '"HOST: Will the coalition survive the budget vote next week?\n\n'
        '"MARTINEZ: I am confident it will. We have the numbers.\n\n'
        '"And the smaller parties have told me they will back the plan.\n\n'
        '"HOST: Thank you, minister.'
    )
    quotes = [q for q in quotes_of(text) if "transcript" in (q.rule or "")]
    assert [q.speaker_text for q in quotes] == ["HOST", "MARTINEZ", "HOST"]
    # the minister's turn runs on into the next quoted paragraph
    assert quotes[1].text.startswith("I am confident")
    assert quotes[1].text.endswith("back the plan")
    assert all(q.kind == "direct" for q in quotes)


def test_extract_cue_with_colon_before_quoted_paragraph(quotes_of):
    text = (
        "The governor spoke to farmers in Fresno on Tuesday. He said:\n\n"
        "“We cannot keep sending water south while our own wells run dry. "
        "The state has to choose.”"
    )
    (quote,) = direct_and_mixed(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.cue == "said"
    assert quote.speaker_text == "He"
    assert quote.rule.startswith("direct:cue-then-quote(say)")


def test_extract_interrupted_indirect_gives_two_pieces(quotes_of):
    text = "The new bridge, the mayor said, will open to traffic before the end of the year."
    pieces = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.text for q in pieces] == [
        "The new bridge",
        "will open to traffic before the end of the year",
    ]
    assert pieces[0].cue_start == pieces[1].cue_start
    assert {q.speaker_text for q in pieces} == {"the mayor"}


def test_extract_interrupted_mixed_quote(quotes_of):
    text = (
        "Sanctions on oil exports, the minister said, had been "
        "“a slow poison” for the economy since 2022."
    )
    pieces = [q for q in quotes_of(text) if q.cue == "said"]
    assert [q.kind for q in pieces] == ["indirect", "mixed"]
    assert pieces[1].text.endswith("since 2022")
    assert "“a slow poison”" in pieces[1].text


def test_extract_speaker_never_a_date(quotes_of):
    text = (
        "“We will find the people responsible and they will face the courts,” "
        "Police Chief Ana Ruiz said Monday."
    )
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert "Ruiz" in quote.speaker_text
    assert "Monday" not in quote.speaker_text


def test_extract_verb_frame_quote_is_mixed(quotes_of):
    text = "The governor described the new pipeline as “a gift to polluters” at a rally."
    (quote,) = [q for q in quotes_of(text) if q.kind == "mixed"]
    assert quote.text.startswith("the new pipeline as")
    assert quote.text.endswith("“a gift to polluters”")
    assert quote.rule.startswith("mixed:frame(describe)")
    assert quote.speaker_text == "The governor"


def test_extract_accused_of_keeps_the_charge(quotes_of):
    text = "The opposition accused the government of hiding the true cost of the stadium."
    (quote,) = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert quote.text == "the government of hiding the true cost of the stadium"
    assert quote.cue == "accused"


def test_extract_adjective_participle_is_not_a_cue(quotes_of):
    text = "She leads the race by 120 pledged delegates after the latest primaries."
    assert [q for q in quotes_of(text) if q.cue == "pledged"] == []


def test_extract_noun_cue_with_that_clause(quotes_of):
    text = (
        "Election officials rejected the mayor's claim that thousands of ballots "
        "had been thrown away in the river."
    )
    (quote,) = [q for q in quotes_of(text) if q.cue == "claim"]
    assert quote.kind == "indirect"
    assert quote.text == "that thousands of ballots had been thrown away in the river"
    assert quote.speaker_text == "the mayor"
    assert quote.rule.startswith("indirect:noun(claim)")


def test_extract_quote_verb_attributes_quoted_words_only(quotes_of):
    text = (
        "Thousands marched to parliament on Saturday. “No more cuts to our hospitals!” "
        "the crowd chanted outside the gates.\n\nThe crowd chanted for an hour."
    )
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].cue == "chanted"
    assert quotes[0].speaker_text == "the crowd"


def test_extract_coordinated_cue_ends_the_first_clause(quotes_of):
    text = (
        "The foreign ministry said it was “firmly opposed” to the missile launch "
        "and warned Pyongyang to stop any further tests."
    )
    quotes = quotes_of(text)
    said = [q for q in quotes if q.cue == "said"]
    assert len(said) == 1
    assert said[0].kind == "mixed"
    assert said[0].text.endswith("to the missile launch")
    assert any(q.cue == "warned" for q in quotes)


def test_extract_participle_cue_takes_the_main_subject(quotes_of):
    text = (
        "The Security Council issued a statement calling the test "
        "“a grave threat to regional peace.”"
    )
    (quote,) = [q for q in quotes_of(text) if q.cue == "calling"]
    assert quote.speaker_text == "The Security Council"


def test_extract_label_before_colon_is_not_a_speaker(quotes_of):
    text = (
        "The council approved the budget on Tuesday.\n\n"
        "CLARIFICATION: An earlier version of this story misstated the date of the vote."
    )
    assert [q for q in quotes_of(text) if "transcript" in (q.rule or "")] == []


def test_extract_short_quote_as_object_of_cue(quotes_of):
    text = "Fans lining the road chanted “Go home!” as the motorcade passed the stadium."
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.text == "“Go home!”"
    assert quote.cue == "chanted"
    assert quote.speaker_text.startswith("Fans")


def test_extract_clause_after_cue_preferred_to_one_before(quotes_of):
    text = (
        "While she agreed the budget was tight, the auditor also noted several "
        "accounts had not been checked since 2019."
    )
    (quote,) = [q for q in quotes_of(text) if q.cue == "noted"]
    assert quote.text == "several accounts had not been checked since 2019"


def test_extract_according_to_covers_coordinated_clauses(quotes_of):
    text = (
        "Turnout reached 61 percent and the ruling party won 40 seats, "
        "according to the electoral commission."
    )
    (quote,) = [q for q in quotes_of(text) if q.cue == "according to"]
    assert quote.text == "Turnout reached 61 percent and the ruling party won 40 seats"


def test_extract_called_as_a_name_is_not_a_cue(quotes_of):
    text = "She now runs a charity called Clean Water First in the northern provinces."
    assert [q for q in quotes_of(text) if q.cue == "called"] == []


def test_extract_pronoun_prefers_recent_subject_to_recent_mention(quotes_of):
    text = (
        "Governor Maria Lopez met the mayor of the city, Claire Dubois, at the airport on Monday. "
        "She said the housing bill would pass before the summer recess."
    )
    (quote,) = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.speaker_text == "She"
    assert quote.speaker == "Maria Lopez"


def test_extract_continuation_after_short_lead_in(quotes_of):
    text = (
        "“We will not raise taxes this year,” the finance minister said on Tuesday. "
        "But “nobody should expect new spending either.”"
    )
    pieces = [q for q in quotes_of(text) if q.cue == "said"]
    assert len(pieces) == 2
    assert pieces[1].text == "But “nobody should expect new spending either.”"
    assert pieces[1].rule.startswith("mixed:continues-previous")


def test_extract_topic_verb_reports_its_object(quotes_of):
    text = "The governor spoke about the drought and the state of the reservoirs on Friday."
    (quote,) = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert quote.text.startswith("the drought and the state of the reservoirs")
    assert quote.cue == "spoke about"
    assert quote.speaker_text == "The governor"
    assert quote.rule.startswith("indirect:topic(speak about)")


def test_extract_second_that_clause_stays_in_the_quote(quotes_of):
    # "and that …" is a second clause of the same cue, even when its verb ("continue") is a cue
    text = (
        "The committee chairman said the staffers’ actions were “completely unacceptable” and "
        "that the committee would continue to investigate the incident."
    )
    (quote,) = direct_and_mixed(quotes_of(text))
    assert quote.kind == "mixed"
    assert quote.text.endswith("would continue to investigate the incident")


def test_extract_contrast_clause_after_the_quote_is_narration(quotes_of):
    text = (
        "Most voters said the candidates’ positions on taxes are “about right,” though voters "
        "are more likely to call the senator too liberal."
    )
    quote = next(q for q in quotes_of(text) if "about right" in q.text)
    assert quote.kind == "mixed"
    assert quote.text.endswith("“about right,”")


def test_extract_participle_cue_speaks_for_the_sentence_subject(quotes_of):
    # the parser hangs "telling" off the quotation's own verb: the speaker is the main subject
    text = (
        "Clinton seemed ready to joke about the incident in Iowa, telling the crowd, “Some "
        "people get a little carried away, have you noticed that?”"
    )
    (quote,) = direct_and_mixed(quotes_of(text))
    assert quote.speaker == "Clinton"


def test_extract_speaker_before_a_party_label(quotes_of):
    text = (
        "Speaker of the House Rep. Paul Ryan (R-WI) said “images like these have no place in a "
        "presidential campaign.”"
    )
    (quote,) = direct_and_mixed(quotes_of(text))
    assert quote.speaker == "Paul Ryan"


def test_extract_passive_cue_speaker_is_the_agent(quotes_of):
    text = (
        "Rubio was asked by Fox Business moderator Gerard Baker whether his plan to expand child "
        "tax credits was “truly conservative.”"
    )
    (quote,) = direct_and_mixed(quotes_of(text))
    assert quote.speaker == "Gerard Baker"


def test_extract_wire_dateline_is_never_the_speaker(quotes_of):
    text = (
        "Trump Says He Is Unlikely To Get Along With Cameron.\n\n"
        "LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with "
        "David Cameron because the British leader had been “very nasty” about him."
    )
    quote = next(q for q in quotes_of(text) if "very nasty" in q.text)
    assert quote.speaker == "Donald Trump"
