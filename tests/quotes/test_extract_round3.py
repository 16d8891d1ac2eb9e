"""Patterns added in the third round of quote work (issue #10), on news-like text written here."""

from __future__ import annotations

BBC_STYLE = (
    "Gordon Brown has criticised a union leader who said conflict between ministers was "
    "harming the workings of government.\n\n"
    "The union was only trying to resist the planned reforms of the civil service, Mr Brown "
    "told BBC Radio 4's Today programme. Mr Brown said: \"To be honest I do not think you can "
    'rely on his judgement on this matter. "The prime minister and I are making the same '
    'decisions. We are determined to go on." Number 10 said ministers were interested in '
    'governing and not a "soap opera". Tory shadow chancellor Oliver Letwin said: "This '
    'battle is preventing them both from getting on with the business of government."'
)


def test_bbc_style_article_quotes_and_speakers(code_text):
    doc = code_text(BBC_STYLE)
    by_start = {q.text[:16]: q for q in doc.quotes}
    # the object of "criticised" is a person described by what they said: not Brown's words
    assert not any(q.text.startswith("a union leader") for q in doc.quotes)
    # a reported clause the cue follows ("…, Mr Brown told BBC Radio 4") is his
    told = by_start["The union was on"]
    assert told.speaker == "Gordon Brown" and told.cue == "told"
    # run-together paragraphs of one long quote: the second opening mark opens, not closes
    assert by_start['"The prime minis'].speaker == "Gordon Brown"
    assert by_start['"The prime minis'].text.endswith('go on."')
    soap = next(q for q in doc.quotes if "soap opera" in q.text)
    assert soap.speaker_text == "Number 10" and soap.actor == "GBRGOV"
    letwin = next(q for q in doc.quotes if "battle" in q.text)
    assert letwin.speaker == "Oliver Letwin"
    # the opposition, whether by the article's country or by the party the actor book names
    assert letwin.actor == "GBROPP"


def test_trailing_cue_parsed_as_relative_clause_reports_the_sentence(quotes_of):
    text = (
        "Volvo is preparing to enter the market for family-style people carriers, the firm's "
        "chief has told BBC News."
    )
    (quote,) = quotes_of(text)
    assert quote.kind == "indirect" and quote.cue == "told"
    assert quote.text == "Volvo is preparing to enter the market for family-style people carriers"
    assert quote.speaker_text == "the firm's chief"
    assert quote.rule.startswith("indirect:trailing(tell)")


def test_lets_say_is_not_a_report(quotes_of):
    assert quotes_of("Let's say the council raises the fare to two dollars next spring.") == []


def test_country_modifying_a_common_noun_is_not_the_speakers_name(code_text):
    doc = code_text(
        "Three leading UK video game companies also predicted that more studios would close. "
        "U.S. officials said the strike was legal."
    )
    companies, officials = doc.quotes
    assert companies.speaker is None and companies.actor == "GBRBUS"
    assert officials.speaker is None and officials.actor == "USAGOV"


def test_person_tagged_as_organisation_with_mr_surname_is_a_pronouns_antecedent(code_text):
    doc = code_text(
        "Speaking at a trade fair in Hanover, Helmut Brandl predicted demand for electric vans "
        'would soar. "Customers are moving away from diesel," he said. Mr Brandl praised the '
        "rival model."
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Helmut Brandl"


def test_role_owned_by_an_unknown_body_takes_no_country(code_text):
    doc = code_text(
        'Gordon Brown and Tony Blair met in London. "We are investing in better tools," said '
        "Simon Gardner, president of Climax's studio."
    )
    (quote,) = [q for q in doc.quotes if "tools" in q.text]
    # not the article's country's government; since issue #10 codes59 the named person is of the
    # article's country, bare, as any named speaker whose words give no country (guideline §8.2)
    assert quote.actor in (None, "---GOV", "GBR")
    assert "role-in-GBR-article" not in quote.rule


def test_first_name_and_surname_ending_a_mistagged_mention(code_text):
    doc = code_text(
        "“We had to face the trade record head on,” said United Auto Workers "
        "Secretary-Treasurer Gary Casteel. “What stuns me is how little the field shifts,” "
        "Twitter's Adam Sharp said."
    )
    casteel, sharp = [q for q in doc.quotes if q.kind == "direct"]
    assert casteel.speaker == "Gary Casteel" and "speaker:first-name+surname" in casteel.rule
    assert sharp.speaker == "Adam Sharp"


def test_clergy_titles_leave_the_name(code_text):
    doc = code_text("“We welcome every family here,” Rabbi Rick Jacobs said on Sunday.")
    (quote,) = doc.quotes
    assert quote.speaker == "Rick Jacobs"


def test_place_line_a_paragraph_before_is_not_the_speaker(quotes_of):
    text = (
        "Maria Lopez.\n\nSan Diego, Calif.\n\nAt the town hall before the primary, Clinton said "
        'she would "certainly look into" releasing the transcripts of her speeches.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "Clinton"


def test_true_relative_clause_is_not_a_trailing_cue(quotes_of):
    text = (
        "His closest friend is the strategist Joel Bennett, whom one insider described as family."
    )
    assert not any("trailing" in q.rule for q in quotes_of(text))


def test_participle_framing_a_reply_is_not_what_was_said(nlp):
    """A reply whose (misparsed) content is the "Asked if …" clause before it does not go
    ahead of the "asked" cue inside that clause."""
    from redline.quotes.extract import Attribution, _holds_a_cue

    text = (
        "Asked if it had appeared she was excusing the attack with her first remarks, Ellis "
        "replied, “Well, maybe so.”"
    )
    doc = nlp(text)
    asked, replied = doc[0], next(t for t in doc if t.text == "replied")
    content = (0, text.index(", Ellis"))
    reply = Attribution(replied, replied.idx, replied.idx + 7, "replied", None, content, "ccomp")
    assert not _holds_a_cue(reply, [asked.idx, replied.idx], text)
    told = "The union was trying to resist the reforms, Mr Brown told the BBC."
    doc = nlp(told)
    cue = next(t for t in doc if t.text == "told")
    inner = next(t for t in doc if t.text == "trying")
    outer = Attribution(cue, cue.idx, cue.idx + 4, "told", None, (0, told.index(",")), "ccomp")
    assert _holds_a_cue(outer, [inner.idx, cue.idx], told)


def test_clean_name_drops_a_trailing_lowercase_word():
    from redline.quotes.speakers import clean_name

    assert clean_name(["Juan", "Manriquez", "of"]) == ["Juan", "Manriquez"]
    assert clean_name(["Osama", "bin", "Laden"]) == ["Osama", "bin", "Laden"]
    assert clean_name(["Park", "Geun", "-", "hye"]) == ["Park", "Geun", "-", "hye"]
