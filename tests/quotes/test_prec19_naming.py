"""issue #9 prec19: a naming verb's participle ("Dubbed “X” by her critics, she …", "Nicknamed
“X,” the president …") names the clause's subject; the subject did not say the name. The agent
of the participle gave it; with no agent, no one named did. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _named(quotes, term):
    found = [q for q in quotes if term in q.text]
    assert found, [(q.text, q.speaker_text) for q in quotes]
    return found[0]


def test_a_dubbed_subject_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "Dubbed “the Bulldozer” by her opponents, she pushed the road plan through parliament."
    )
    quote = _named(quotes, "Bulldozer")
    assert quote.speaker_text == "her opponents", (quote.speaker_text, quote.rule)


def test_a_participle_names_its_agent_as_speaker(quotes_of):
    quotes = quotes_of(
        "Nicknamed “the Professor” by Senator Ann Hale, the nominee spent the hearing reading "
        "from his notes."
    )
    quote = _named(quotes, "Professor")
    assert quote.speaker_text == "Senator Ann Hale", (quote.speaker_text, quote.rule)


def test_a_name_with_no_giver_has_no_speaker(quotes_of):
    quotes = quotes_of("Nicknamed “the Iron Mayor,” Carla Ruiz has run the city since 2015.")
    quote = _named(quotes, "Iron Mayor")
    assert quote.speaker_text in (None, ""), (quote.speaker_text, quote.rule)


def test_an_active_naming_verb_keeps_its_subject(quotes_of):
    quotes = quotes_of("The governor dubbed the plan “a fantasy” on Tuesday.")
    quote = _named(quotes, "fantasy")
    assert quote.speaker_text == "The governor", (quote.speaker_text, quote.rule)
