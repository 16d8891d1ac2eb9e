"""Quote extents fixed in the eighth round of quote work (issue #10): who a naming verb names
is part of the quote, and a writer's clause ending in a colon before a quotation whose cue
follows it is not. News-like text written here."""

from __future__ import annotations


def kinds(quotes, *wanted: str):
    return [q for q in quotes if q.kind in wanted]


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
