"""issue #9/#10 comments49: a speaker, and the owner of "I", is never a place. A town the
recogniser tags as a person ("a cleaner in Exeter") is no one "he" can be; a reader's town
("Ashley, Swindon saying") gives the speaker's name, not the town; an "I" of the narration is the
writer's, not the last person named. Texts written for these tests; the recogniser's labels are
fixed, so the rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402


def test_a_town_after_in_is_no_one_he_can_be(nlp):
    text = (
        "The pay of a hospital cleaner in Exeter has not kept up with rents.\n\n"
        "The rise would barely cover the bus fare to work, he said."
    )
    doc = finish_labelled(nlp, text, [("Exeter", 0, "PERSON")], published="2005-02-08")
    quote = quote_with(doc, "bus fare")
    assert quote.speaker != "Exeter", quote.rule


def test_the_reader_a_town_is_signed_after_speaks(nlp):
    text = (
        "Many readers wrote in about the minimum wage.\n\n"
        "I disagree with Ashley, Swindon saying that young workers should earn less."
    )
    labels = [("Ashley", 0, "PERSON"), ("Swindon", 0, "ORG")]
    doc = finish_labelled(nlp, text, labels, published="2005-02-08")
    quote = quote_with(doc, "young workers")
    assert quote.speaker == "Ashley", (quote.speaker, quote.rule)


def test_an_i_of_the_narration_is_not_the_last_person_named(nlp):
    text = (
        "Chancellor Gordon Brown announced the rise in the minimum wage on Monday.\n\n"
        "I can assure you that the rise will not cost a single job in my town."
    )
    doc = finish_labelled(nlp, text, [("Gordon Brown", 0, "PERSON")], published="2005-02-08")
    quote = quote_with(doc, "single job")
    assert quote.speaker is None, quote.rule


def test_an_i_inside_a_quote_is_still_the_speaker(nlp):
    text = (
        'Chancellor Gordon Brown announced the rise on Monday. "I told the unions that we '
        'would not go further this year," Mr Brown said.'
    )
    doc = finish_labelled(nlp, text, [("Gordon Brown", 0, "PERSON"), ("Brown", 1, "PERSON")])
    quote = quote_with(doc, "told the unions")
    assert quote.speaker == "Gordon Brown", quote.rule


def test_a_town_that_is_the_surname_of_someone_named_stays_that_person(nlp):
    text = (
        "Hillary Clinton spoke at a fundraiser in New York on Friday. At the dinner with the "
        "singer Barbra Streisand, Clinton called the plan a disgrace."
    )
    labels = [
        ("Hillary Clinton", 0, "PERSON"),
        ("Barbra Streisand", 0, "PERSON"),
        ("Clinton", 1, "PERSON"),
    ]
    doc = finish_labelled(nlp, text, labels, published="2016-09-21")
    quote = quote_with(doc, "disgrace")
    assert quote.speaker == "Hillary Clinton", (quote.speaker, quote.rule)
