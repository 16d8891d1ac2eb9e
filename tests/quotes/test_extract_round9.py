"""Quotes found in the ninth round of quote work (issue #10): quoted words inside a "that"
clause no cue list governs, and a reported clause that runs on to quoted words later in its
sentence. News-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_quoted_words_in_a_that_clause_make_the_clause_a_mixed_quote(quotes_of):
    quotes = quotes_of(
        "The governor worried that the new budget was “a recipe for disaster” for rural schools."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == "that the new budget was “a recipe for disaster” for rural schools"
    assert quote.rule.startswith("mixed:that-clause(worry)")
    assert quote.speaker_text == "The governor"


def test_a_that_clause_of_a_noun_is_said_by_who_holds_the_view(quotes_of):
    quotes = quotes_of(
        "The mayor expressed confidence that the new stadium would be “a gift to the whole city.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == "that the new stadium would be “a gift to the whole city.”"
    assert quote.rule.startswith("mixed:that-clause(confidence)")
    assert quote.speaker_text == "The mayor"  # the subject of the verb the noun is the object of
    quotes = quotes_of(
        "Republicans on the committee seethed after the disclosure that the director had been "
        "granted “full immunity” by the department."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text.startswith("that the director had been granted “full immunity”")
    assert quote.speaker_text == "Republicans"


def test_a_that_clause_without_quoted_words_is_not_a_quote(quotes_of):
    quotes = quotes_of("The governor worried that the new budget would hurt rural schools.")
    assert not kinds(quotes, "direct", "mixed")


def test_a_reported_clause_runs_on_to_quoted_words_in_its_sentence(quotes_of):
    quotes = quotes_of(
        "Jones said the city has already cut its budget, moving from a deficit to a “healthy "
        "surplus” in two years."
    )
    (quote,) = kinds(quotes, "direct", "mixed", "indirect")
    assert quote.kind == "mixed"
    assert quote.text == (
        "the city has already cut its budget, moving from a deficit to a “healthy surplus” in "
        "two years"
    )
    assert quote.rule.startswith("mixed:run-on-to-quoted(say)")
    assert quote.speaker_text == "Jones"


def test_a_reported_clause_does_not_run_over_a_semicolon_or_another_cue(quotes_of):
    quotes = quotes_of(
        "Jones said the city has already cut its budget; the mayor called that claim “nonsense.”"
    )
    assert [q.text for q in kinds(quotes, "indirect")] == ["the city has already cut its budget"]
    assert not any(q.rule.startswith("mixed:run-on") for q in quotes)
    quotes = quotes_of(
        "Jones said the city has cut its budget and told reporters the plan was “a real success.”"
    )
    assert not any(q.rule.startswith("mixed:run-on") for q in quotes)


def test_an_opening_participle_clause_is_not_run_on_into_the_main_clause(quotes_of):
    quotes = quotes_of(
        "Declaring that he alone could fix the roads, the candidate offered himself as a "
        "“law and order” mayor."
    )
    assert not any(q.rule.startswith("mixed:run-on") for q in quotes)


def test_a_colon_after_a_verb_without_a_subject_of_its_own(quotes_of):
    # "lecturing" has no subject; the subject of the passive verb above it speaks
    quotes = quotes_of(
        "The cleric is shown lecturing: “Believers of the West, take heed and learn from the "
        "lessons of history.”"
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "direct"
    assert quote.rule.startswith("direct:speaker-colon")
    assert quote.speaker_text == "The cleric"
