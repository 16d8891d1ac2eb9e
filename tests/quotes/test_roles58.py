"""issue #10 roles58: speakers given as a role description or as a name with an apposition.
"The former secretary of state", "the retired neurosurgeon", "the justice", "the columnist",
"the Ohio State law graduate" are the person the text named before; "Her economic plan promises"
is its owner speaking; "Mariel Ostrander, a Flickly spokeswoman" is she, never the body in her
apposition; a surname read as a plural noun after an initial ("M. Dane Waters") keeps the whole
name; an "and" with nothing conjoined after a name ("De Blasio, speaking on the radio, called
him a “blowhard,” and said") is no part of the speaker's phrase; a name that closes an aside a
dash opened leaves the description after the closing dash to speak. Sentences written for these
tests in the style of news pages; the recogniser's labels are fixed where the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402

from redline.actors.graph import description_of  # noqa: E402


def _speaker(nlp, text: str, labels: list, words: str) -> str | None:
    doc = finish_labelled(nlp, text, labels)
    assert not doc.warnings, doc.warnings
    return quote_with(doc, words).speaker


SECRETARY = (
    "Madeleine Harper spoke to supporters in Denver on Monday about the economy. The former "
    "secretary of state mocked her rival for calling himself the “prince of loans,” to loud "
    "cheers."
)


def test_the_secretary_of_state_is_a_description_of_a_person(nlp):
    labels = [("Madeleine Harper", 0, "PERSON")]
    assert _speaker(nlp, SECRETARY, labels, "prince of loans") == "Madeleine Harper"


def test_the_secretary_of_a_company_is_not_a_described_office(nlp):
    parsed = nlp("The secretary of the club said the fees would rise.")
    assert description_of(parsed[1]) is None
    parsed = nlp("The secretary of state said the talks would resume.")
    assert description_of(parsed[1]) is not None


SURGEON = (
    "Paul Whitaker fell to fourth place in the latest state poll.\n\nThe retired neurosurgeon "
    "said only that his campaign was “making some changes to match the work ahead.”"
)


def test_a_profession_describes_the_person_named_before(nlp):
    labels = [("Paul Whitaker", 0, "PERSON")]
    assert _speaker(nlp, SURGEON, labels, "making some changes") == "Paul Whitaker"


JUSTICE = (
    "Eleanor Voss regrets her remarks about the senator, a court spokeswoman said.\n\nIn two "
    "interviews last week, the justice said she did not “want to imagine” the court under him."
)


def test_the_justice_is_the_judge_named_before(nlp):
    labels = [("Eleanor Voss", 0, "PERSON")]
    assert _speaker(nlp, JUSTICE, labels, "want to imagine") == "Eleanor Voss"


COLUMNIST = (
    "“Most of his plans are far from sensible,” columnist Lin Mei wrote in the Harbour Daily.\n\n"
    "But voters share one thing with him, the columnist suggested: “They are tired of the old "
    "guard.”"
)


def test_the_columnist_is_the_columnist_named_before(nlp):
    labels = [("Lin Mei", 0, "PERSON"), ("Harbour Daily", 0, "ORG")]
    assert _speaker(nlp, COLUMNIST, labels, "tired of the old") == "Lin Mei"


PLAN = (
    "Senator Ruth Calloway has built her campaign on issues of interest to working parents. Her "
    "economic plan promises to “bring child care within reach of every family.”"
)


def test_a_candidates_plan_speaks_for_her(nlp):
    labels = [("Ruth Calloway", 0, "PERSON")]
    assert _speaker(nlp, PLAN, labels, "child care") == "Ruth Calloway"


SPOKESWOMAN = (
    "“We support people sharing their views on the app, but we do not allow spam,” Mariel "
    "Ostrander, a Flickly spokeswoman, said in an email."
)


def test_a_name_before_a_spokeswomans_apposition_speaks(nlp):
    labels = [("Mariel Ostrander", 0, "NORP"), ("Flickly", 0, "ORG")]
    assert _speaker(nlp, SPOKESWOMAN, labels, "do not allow spam") == "Mariel Ostrander"


AND_AFTER_NAME = (
    "Mayor Carl Brennan defended the police chief on Friday.\n\nBrennan, speaking on the radio, "
    "called Dawson a “blowhard,” and said his remarks were “a gift” to extremists."
)


def test_an_and_after_a_name_is_not_part_of_the_speaker(nlp):
    labels = [("Carl Brennan", 0, "PERSON"), ("Dawson", 0, "ORG")]
    doc = finish_labelled(nlp, AND_AFTER_NAME, labels)
    quote = quote_with(doc, "blowhard")
    assert doc.text[quote.speaker_start : quote.speaker_end] == "Brennan"
    assert quote.speaker == "Carl Brennan"


DASH_ASIDE = (
    "Committee Chairman Jason Hollis on Tuesday requested another inquiry into the deleted "
    "emails.\n\nIn the letter - addressed to the U.S. attorney for the district, Maria Lopez - "
    "the Utah Republican asks whether the staff “broke the rules on records.”"
)


def test_a_description_after_an_asides_closing_dash_speaks(nlp):
    labels = [("Jason Hollis", 0, "PERSON"), ("Maria Lopez", 0, "ORG"), ("Utah", 0, "GPE")]
    assert _speaker(nlp, DASH_ASIDE, labels, "broke the rules") == "Jason Hollis"
