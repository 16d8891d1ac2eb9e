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
    assert letwin.actor == "GBROPP" and "+actor:role-in-GBR-article" in letwin.rule
