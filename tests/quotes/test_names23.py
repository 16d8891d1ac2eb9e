"""issue #10 names23: someone who speaks for a person or a body ("a spokesman for Lopez", "a
spokeswoman for Acme Corp") is not named as the one spoken for, and a "she said" after an unnamed
spokeswoman goes on being her. Sentences written for these tests in the style of news pages; the
recogniser's labels are fixed where the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402

FOR_PERSON = (
    "Maria Lopez, the mayor of Springfield, faced questions on Tuesday about the budget. "
    "“The mayor has no plans to resign,” a spokesman for Lopez said."
)


def test_a_spokesman_for_a_person_is_not_that_person(nlp):
    doc = finish_labelled(nlp, FOR_PERSON, [("Maria Lopez", 0, "PERSON"), ("Lopez", 1, "PERSON")])
    assert quote_with(doc, "no plans to resign").speaker == "Maria Lopez's spokesman"


FOR_BODY = (
    "The company cut 300 jobs at its plant in Dayton last year. "
    "“We regret the decision,” a spokeswoman for Acme Corp said."
)


def test_a_spokeswoman_for_a_company_is_not_the_company(nlp):
    doc = finish_labelled(nlp, FOR_BODY, [("Acme Corp", 0, "ORG")])
    assert quote_with(doc, "regret the decision").speaker == "Acme Corp's spokeswoman"


FOR_PERSON_IN_A_CLAUSE = (
    "Alan Pryce paid for the consultant's advice for three years. A communications aide for "
    "Mr. Pryce, who financed Mr. Kessler's work, declined to say whether he was still paid."
)


def test_the_one_spoken_for_not_a_name_in_the_relative_clause(nlp):
    labels = [("Alan Pryce", 0, "PERSON"), ("Pryce", 1, "PERSON"), ("Kessler", 0, "PERSON")]
    doc = finish_labelled(nlp, FOR_PERSON_IN_A_CLAUSE, labels)
    assert quote_with(doc, "still paid").speaker == "Alan Pryce's aide"


SHE_AFTER_SPOKESWOMAN = (
    "Senator Anna Kowalski voted against the bill on Thursday. A spokeswoman for the senator "
    "declined to comment further. “We will not be commenting on private meetings,” she said."
)


def test_she_after_an_unnamed_spokeswoman_is_not_the_senator(nlp):
    doc = finish_labelled(nlp, SHE_AFTER_SPOKESWOMAN, [("Anna Kowalski", 0, "PERSON")])
    quote = quote_with(doc, "private meetings")
    assert quote.speaker is None
    assert "unnamed-spokeswoman-before" in quote.rule


HE_AFTER_SPOKESWOMAN = (
    "Senator Mark Ellison voted against the bill on Thursday. A spokeswoman for the senator "
    "declined to comment further. “I will not be commenting on private meetings,” he said."
)


def test_he_after_a_spokeswoman_is_still_the_senator(nlp):
    doc = finish_labelled(nlp, HE_AFTER_SPOKESWOMAN, [("Mark Ellison", 0, "PERSON")])
    assert quote_with(doc, "private meetings").speaker == "Mark Ellison"


NAMED_SPOKESMAN = (
    "Governor Tom Reyes signed the order on Friday. His spokesman, Dan Whitfield, defended the "
    "timing. “The governor acted as soon as the report arrived,” he said."
)


def test_a_named_spokesman_keeps_his_name(nlp):
    labels = [("Tom Reyes", 0, "PERSON"), ("Dan Whitfield", 0, "PERSON")]
    doc = finish_labelled(nlp, NAMED_SPOKESMAN, labels)
    assert quote_with(doc, "acted as soon").speaker == "Dan Whitfield"


INITIALS = (
    "Former president George H.W. Bush attended the ceremony in Houston. "
    "“It was a moving day,” Mr. Bush said."
)


def test_a_surname_with_initials_takes_the_full_name(nlp):
    doc = finish_labelled(nlp, INITIALS, [("George H.W. Bush", 0, "PERSON"), ("Bush", 1, "PERSON")])
    assert quote_with(doc, "moving day").speaker == "George H.W. Bush"


RANK = (
    "Vikram Amar, the dean of the law school, wrote the brief with two colleagues. "
    "“In Fisher, the court was clear,” Dean Amar said."
)


def test_a_rank_before_a_surname_named_in_full_is_not_a_first_name(nlp):
    labels = [("Vikram Amar", 0, "PERSON"), ("Dean Amar", 0, "PERSON")]
    doc = finish_labelled(nlp, RANK, labels)
    assert quote_with(doc, "court was clear").speaker == "Vikram Amar"


FIRST_NAME = (
    "Dean Baquet, the executive editor, defended the story on Sunday. "
    "“We stand by every word,” Dean Baquet said."
)


def test_the_same_word_as_a_first_name_stays(nlp):
    labels = [("Dean Baquet", 0, "PERSON"), ("Dean Baquet", 1, "PERSON")]
    doc = finish_labelled(nlp, FIRST_NAME, labels)
    assert quote_with(doc, "every word").speaker == "Dean Baquet"
