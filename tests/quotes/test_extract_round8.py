"""Quote extents fixed in the eighth round of quote work (issue #10): who a naming verb names
is part of the quote, and a writer's clause ending in a colon before a quotation whose cue
follows it is not. News-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_the_object_of_an_active_naming_verb_is_in_the_quote(quotes_of):
    quotes = quotes_of(
        "The senator went after the governor at a town hall in Concord, calling him "
        "“a total lightweight.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "him “a total lightweight.”"
    assert quote.kind == "mixed"
    assert quote.rule.startswith("mixed:named-object(call)")
    quotes = quotes_of("Clinton later called the proposal “reckless and dangerous.”")
    (quote,) = kinds(quotes, "direct", "mixed")
    # more than one word outside the quotation: the usual mixed quote, not this rule
    assert quote.kind == "mixed"
    assert not quote.rule.startswith("mixed:named-object")


def test_a_lead_in_ending_in_a_colon_is_not_what_the_cue_reports(quotes_of):
    quotes = quotes_of(
        "A few minutes later, the mayor turned to the budget and the cuts it demands: "
        "“There is simply no money left for the parks,” she said."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "“There is simply no money left for the parks,”"
    assert quote.kind == "direct"
    assert quote.speaker_text == "she"


def test_a_colon_after_the_cue_still_opens_its_quotation(quotes_of):
    # the cue comes first: the colon is the cue's own, nothing is cut
    quotes = quotes_of(
        "The governor told reporters in Albany: “We will not raise taxes this year.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "“We will not raise taxes this year.”"


def test_a_title_in_the_speakers_apposition_is_not_a_quote(quotes_of):
    quotes = quotes_of(
        "“The court got it wrong,” said Jane Doe, the author of “The Long Road Home,” a history "
        "of the court."
    )
    assert [q.text for q in kinds(quotes, "direct", "mixed")] == ["“The court got it wrong,”"]
    quotes = quotes_of(
        "Jane Doe, the author of “The Long Road Home,” said the court got the ruling wrong."
    )
    assert not kinds(quotes, "direct", "mixed")


def test_the_quotation_after_a_title_in_the_apposition_goes_on(quotes_of):
    quotes = quotes_of(
        '"It is too early to tell," said Cuban, who is also a host on the TV show "Shark '
        'Tank." "I mean, it depends on who wins the primary."'
    )
    texts = [q.text for q in kinds(quotes, "direct", "mixed")]
    assert texts == ['"It is too early to tell,"', '"I mean, it depends on who wins the primary."']


def test_a_sign_that_reads_still_quotes_its_words(quotes_of):
    # the cue is inside the phrase ("a sign that read"): the quotation is what the sign said
    quotes = quotes_of(
        'At the rally, a teenager hoisted a sign that read "Fifteen percent or bust!"'
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.text == '"Fifteen percent or bust!"'


def test_a_reported_clause_runs_on_after_a_quotation_closed_by_a_comma(quotes_of):
    quotes = quotes_of(
        "The governor told a town hall in Manchester on Monday that the new tax is "
        "“a rounding error,” compared to what the state already spends on roads."
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text.endswith("compared to what the state already spends on roads")


def test_a_writers_clause_after_the_quotation_is_not_taken(quotes_of):
    # a contrast the writer adds, and a main clause with its own subject
    quotes = quotes_of(
        "Pollsters found that the candidates’ positions are “about right,” though voters are "
        "more likely to call them too liberal."
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text.endswith("“about right,”")
    quotes = quotes_of(
        "While admitting that she is “not a natural politician,” the senator had a good night "
        "on Tuesday."
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text.endswith("“not a natural politician,”")


def test_a_quotation_that_opens_the_clause_stays_direct(quotes_of):
    quotes = quotes_of(
        'On the video she says repeatedly, "Don\'t you do it," until gunshots are heard.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == '"Don\'t you do it,"'
