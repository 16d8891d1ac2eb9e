"""issue #10 speakers24: speaker names wrong for reasons other than pronouns. A hyphenated role
("the GOP front-runner", tokenised "front - runner") is a description of a person like "the
senator", and so is "the … diplomat"; capitalised words after a person noun ("his friend Idris
Mahamat Abakar") are that person's name when the recogniser tags them a product or nothing; a
person's page, profile or brief is their own words; a role held before ("Tom Carver, the former
Ohio governor") titles its holder "the former governor" only, never "the governor". Sentences
written for these tests in the style of news pages; the recogniser's labels are fixed, so the
rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

import pytest  # noqa: E402
from labelled_entities import finish_labelled, quote_with  # noqa: E402

FRONT_RUNNER = (
    "Darla Ventrice won the Nevada primary on Tuesday by twenty points.\n\n"
    "The Democratic front-runner complained that the count in Reno had been “rigged” against "
    "her, a charge the county clerk denied."
)


def test_a_hyphenated_role_describes_a_person(nlp):
    doc = finish_labelled(
        nlp, FRONT_RUNNER, [("Darla Ventrice", 0, "PERSON"), ("Democratic", 0, "NORP")]
    )
    assert quote_with(doc, "rigged").speaker == "Darla Ventrice"


FRIEND = (
    "Oumar Brahim, 24, was in his second year at the naval academy in Brest.\n\n"
    "Friends in N’Djamena were stunned by the news. “He had so many plans for his family,” "
    "his friend{space}Idris Mahamat Abakar told the website."
)


@pytest.mark.parametrize("space", [" ", "\xa0"], ids=["space", "no-break-space"])
def test_an_untagged_name_after_a_person_noun_speaks(nlp, space):
    text = FRIEND.format(space=space)
    doc = finish_labelled(
        nlp, text, [("Oumar Brahim", 0, "PERSON"), ("Idris Mahamat Abakar", 0, "PRODUCT")]
    )
    assert quote_with(doc, "so many plans").speaker == "Idris Mahamat Abakar"


PAGE = (
    "The dealership was owned by Kemal Ozturk, a cousin of the suspect.\n\n"
    "Ozturk’s LinkedIn page lists him as “Chief Executive at Ozturk Motors.” The number at the "
    "lot has been disconnected."
)


def test_a_persons_page_is_their_own_words(nlp):
    doc = finish_labelled(nlp, PAGE, [("Kemal Ozturk", 0, "PERSON"), ("Ozturk", 1, "PERSON")])
    assert quote_with(doc, "Chief Executive").speaker == "Kemal Ozturk"


GOVERNOR = (
    "Martin Hale signed the pension bill on Monday in Columbus.\n\n"
    "Republican Tom Carver, the former Ohio governor, called the bill a mistake.\n\n"
    "Martin Hale defended the bill on his weekly radio show. “I believe it is the right thing "
    "for the state,” the governor said."
)


def test_a_former_governor_is_not_the_governor(nlp):
    doc = finish_labelled(
        nlp,
        GOVERNOR,
        [
            ("Martin Hale", 0, "PERSON"),
            ("Columbus", 0, "GPE"),
            ("Republican", 0, "NORP"),
            ("Tom Carver", 0, "PERSON"),
            ("Ohio", 0, "GPE"),
            ("Martin Hale", 1, "PERSON"),
        ],
    )
    assert quote_with(doc, "right thing").speaker == "Martin Hale"


FORMER = (
    "Republican Tom Carver, the former Ohio governor, spoke at the statehouse on Monday.\n\n"
    "Lawmakers listened in silence. “This bill will bankrupt the pension fund,” the former "
    "governor said."
)


def test_the_former_governor_is_still_the_former_governor(nlp):
    doc = finish_labelled(
        nlp,
        FORMER,
        [("Republican", 0, "NORP"), ("Tom Carver", 0, "PERSON"), ("Ohio", 0, "GPE")],
    )
    assert quote_with(doc, "bankrupt").speaker == "Tom Carver"


DIPLOMAT = (
    "Lena Varga took over the talks in Geneva in 2019. She made water rights her first cause, "
    "against the advice of her staff.\n\n"
    "“From the first week, I told them the rivers come first,” the soft-spoken, 64-year-old "
    "diplomat said in an interview."
)


def test_the_diplomat_is_a_description_of_a_person(nlp):
    doc = finish_labelled(nlp, DIPLOMAT, [("Lena Varga", 0, "PERSON"), ("Geneva", 0, "GPE")])
    assert quote_with(doc, "rivers come first").speaker == "Lena Varga"
