"""issue #9/#10 actors11: events with the right act and the wrong actors. Sentences written for
these tests (news-like, invented people where the rule is about unknown names)."""

from __future__ import annotations

import pytest
from event_views import actor_triples


def test_name_in_apposition_to_a_department_spokesperson_is_that_government(code_text):
    # the name the book does not know is placed by the role noun it names, not the story's
    # home country
    doc = code_text(
        "BAGHDAD (Reuters) - After the vote, a United States Department of State spokeswoman, "
        'Helen Marsh, said Washington was disappointed. "We strongly urge Iraqi leaders to '
        'reconsider," she said.',
        published="2020-01-06",
    )
    assert ("USAGOV", "IRQGOV", "020") in actor_triples(doc), [e.rule for e in doc.events]
    marsh = [m for m in doc.mentions if m.text == "Helen Marsh"]
    assert marsh and marsh[0].actor == "USAGOV"


def test_pronoun_in_a_quote_is_not_the_speaker_named_in_its_reporting_clause(code_text):
    doc = code_text(
        "HONG KONG (Reuters) - Chief Executive Clara Wong withdrew the bill on Wednesday.\n\n"
        '"This changes nothing," wrote student leader Tom Baker on Twitter.\n\n'
        '"She is just trying to divide us," said a protester using the name Mei. '
        '"People here have learned to ignore her."',
        published="2019-09-04",
    )
    last_her = [m for m in doc.mentions if m.text == "her"][-1]
    assert last_her.canonical == "Clara Wong"
    she = next(m for m in doc.mentions if m.text == "She")
    assert she.canonical == "Clara Wong"


def test_a_company_the_book_knows_is_no_person(code_text):
    doc = code_text(
        '"This changes nothing," wrote student leader Tom Baker on Twitter. She did not reply.',
        published="2019-09-04",
    )
    twitter = [m for m in doc.mentions if m.text == "Twitter"]
    assert all(m.type != "person" for m in twitter)


def test_territory_dateline_places_unnamed_actors_in_the_territory(code_text):
    doc = code_text(
        "SAN JUAN (Reuters) - Police arrested 12 protesters outside the governor's mansion on "
        "Monday.",
        published="2019-07-22",
    )
    assert ("USAPRICOP", "USAPRICVL", "173") in actor_triples(doc)


def test_a_story_about_a_territory_is_at_home_there(code_text):
    doc = code_text(
        "Puerto Rico's governor said on Monday he would not resign. Puerto Rico has seen a "
        "week of protests, the biggest in the U.S. island territory in years. Protesters in "
        "Puerto Rico called for his resignation.",
        published="2019-07-22",
    )
    sources = {e.source_actor for e in doc.events if e.code.startswith("02")}
    assert sources and all(s.startswith("USAPRI") for s in sources), actor_triples(doc)


def test_two_people_of_one_code_are_still_two_sides(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Senator Chuck Schumer said on Monday that Senator Mitch "
        "McConnell was the right choice to lead the talks.",
        published="2019-03-06",
    )
    assert ("USALEG", "USALEG", "051") in actor_triples(doc)


def test_a_known_person_in_a_modifier_is_not_the_named_head(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Federal prosecutors charged former Trump campaign aide Jane Roe "
        "with fraud on Monday.",
        published="2018-03-06",
    )
    assert ("USAJUD", "USA", "173") in actor_triples(doc), [e.rule for e in doc.events]


def test_a_bare_denial_in_a_misconduct_story_answers_the_accusers(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Three former staff members accused Representative John Halloway "
        "of sexual harassment on Tuesday. The House Ethics Committee said it would review the "
        "case. Halloway, 64, has denied the accusations.",
        published="2019-03-06",
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert denials and denials[-1].target_actor == "USACVL", [e.rule for e in doc.events]


def test_claims_called_false_in_a_misconduct_story_answer_the_accusers(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Two women accused Senate candidate Tom Garver of sexual "
        'misconduct on Tuesday. His campaign called it a smear. "These allegations are '
        'completely false," Garver said.',
        published="2019-03-06",
    )
    denials = [e for e in doc.events if e.code == "016" and "false" in e.text]
    assert denials and denials[-1].target_actor == "USACVL", [e.rule for e in doc.events]


def test_the_house_is_not_short_for_the_white_house(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - The White House said on Friday it backed the tax bill. Senate "
        "Republicans criticized the House on Friday.",
        published="2017-12-02",
    )
    targets = [e.target_actor for e in doc.events if e.code == "111"]
    assert targets and "USAGOV" not in targets, [e.rule for e in doc.events]


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        ("the former U.S. national security adviser", "2017-12-01", "USAELI"),
        ("a former White House official", "2017-12-01", "USAELI"),
        ("the U.S. national security adviser", "2017-12-01", "USAGOV"),
        ("the former Soviet republic's president", "2017-12-01", "---GOV"),
        # a person outside every dated role: the title the text gives, not the country alone
        ("Congressman John Conyers", "2024-09-13", "USALEG"),
        ("former President Barack Obama", "2017-12-01", "USAELI"),
        ("former Secretary of State Hillary Clinton", "2017-06-01", "USAELI"),
        # people of the 2017 wire: their own office, not a description's
        ("former Trump campaign manager Paul Manafort", "2017-10-30", "USA"),
        ("Democrat Al Franken", "2017-11-20", "USALEG"),
        ("former FBI chief Robert Mueller", "2017-12-01", "USAJUD"),
        ("U.S. Senate candidate Roy Moore", "2017-11-20", "USA"),
        # a U.S. state legislator is a lawmaker, not the state's government
        ("Kentucky state Representative Dan Johnson", "2017-12-13", "---LEG"),
    ],
)
def test_book_codes(book, phrase, date, code):
    match = book.lookup(phrase, date=date)
    assert match is not None and match.code == code, match
